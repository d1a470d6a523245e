"""Blind set 42: NY pizza place, Zhangjiajie tour, wedding DJ, Wuhan noodle stall, piano recital.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "New York pizza place (EN, brash, short)",
        [
            (
                "gimme a 4 sec clip of a pizza oven w/ flames",
                "ops=generate_clip; order=oven; c1.d=4000",
            ),
            (
                "another one, guy tossing dough, 3 secs",
                "ops=generate_clip; order=oven,dough; c2.d=3000",
            ),
            (
                "one more: times square at night, five seconds",
                "ops=generate_clip; order=oven,dough,times; c3.d=5000",
            ),
            ("put the dough one first", "ops=move_clip; order=dough,oven,times"),
            ("cut the oven clip to 2 secs", "ops=trim; order=dough,oven,times; c2.d=2000"),
            (
                "times square one, speed it up 2x",
                "ops=set_speed; c3.m.speed=2; c3.d=2500; c1.d=3000",
            ),
            ("make the pepperoni look greasier", "ask"),
            (
                "title JOE'S SLICE up top, red",
                "ops=add_text; texts=1; t.txt~SLICE; t.m.position=top",
            ),
            (
                "add some upbeat music at 25%",
                "ops=add_music; music=1; b.vol=0.25; b.m.mood=upbeat",
            ),
            ("nah too loud, drop it to 15%", "ops=set_volume; music=1; b.vol=0.15"),
            ("fade out the last one", "ops=set_fade; n=3; c3.m.fade_out>0"),
            (
                "make it square for insta",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("undo that", "ops=undo; n=3; draft.width=1080; draft.height=1920"),
        ],
    ),
    (
        "Zhangjiajie mountain tour (ZH, wordy, chatty)",
        [
            (
                "您好，我们是张家界的一家旅行社，想做一个宣传短片，"
                "先帮我生成一段六秒的云雾缭绕的天门山镜头",
                "ops=generate_clip; order=天门山; c1.d=6000",
            ),
            (
                "接下来再来一段玻璃栈道的画面，游客在上面走，大概四秒钟就可以了",
                "ops=generate_clip; order=天门山,栈道; c2.d=4000",
            ),
            (
                "然后还想要一段袁家界的石柱峰林，日落的时候，时长两秒半",
                "ops=generate_clip; order=天门山,栈道,峰林; c3.d=2500",
            ),
            (
                "我觉得峰林那段放到最前面会比较吸引人，麻烦调整一下",
                "ops=move_clip; order=峰林,天门山,栈道",
            ),
            (
                "第二段，就是天门山那个，能不能放慢一点，半速吧",
                "ops=set_speed; order=峰林,天门山,栈道; c2.m.speed=0.5; c2.d=12000",
            ),
            (
                "栈道那段感觉有点太长了，帮我剪成三秒",
                "ops=trim; order=峰林,天门山,栈道; c3.d=3000",
            ),
            (
                "每两段之间都加上零点五秒的交叉淡化转场吧，这样看起来会更柔和一些",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            ("能不能把天门山那段里的天空变成大晴天？现在雾实在太大了，看不清山", "ask"),
            (
                "加一个标题“张家界·天门山一日游”，放在画面的顶部",
                "ops=add_text; texts=1; t.txt~天门山一日游; t.m.position=top",
            ),
            (
                "再配一段比较大气的电影感音乐，音量百分之三十左右",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.3",
            ),
            (
                "音乐在结尾的时候能淡出一下吗，两秒就差不多了",
                "ops=set_fade; music=1; b.m.fade_out=2000",
            ),
            (
                "麻烦跟我说一下现在时间线上都有哪些内容，我核对一下",
                "ops=describe_timeline; n=3; texts=1; music=1",
            ),
            (
                "嗯……还是撤销上一步吧，淡出感觉不太合适",
                "ops=undo; n=3; music=1; b.vol=0.3",
            ),
        ],
    ),
    (
        "wedding DJ promo (EN, slang, typos)",
        [
            (
                "yo make me a 5 sec clip of a packed dance floor w/ disco lights",
                "ops=generate_clip; order=floor; c1.d=5000",
            ),
            (
                "another one: bride n groom cutting the cake, like 4 secs",
                "ops=generate_clip; order=floor,cake; c2.d=4000",
            ),
            (
                "one more, dj booth w/ turntables n lasers, 6 secs",
                "ops=generate_clip; order=floor,cake,turntables; c3.d=6000",
            ),
            ("swap the first n last", "ops=swap_clips; order=turntables,cake,floor"),
            (
                "slooow the cake one down to half speed",
                "ops=set_speed; order=turntables,cake,floor; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "throw a caption 'BOOK US 4 UR BIG DAY' at the bottom",
                "ops=add_text; texts=1; t.txt~BOOK US; t.m.position=bottom",
            ),
            (
                "make the caption #ff1493 and way bigger",
                "ops=style_text; texts=1; t.m.color~ff1493; t.m.size>106",
            ),
            (
                "add sum hype music, upbeat, 40 percent",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4",
            ),
            ("make the dj look like calvin harris lmao", "ask"),
            (
                "actually swap the music for somethin romantic",
                "ops=replace_music; music=1; b.m.mood=romantic; b.vol=0.4; "
                "order=turntables,cake,floor",
            ),
            (
                "crossfade between the cake and the dance floor, 1 sec",
                "ops=set_transition; order=turntables,cake,floor; c3.m.xfade=1000",
            ),
            ("fix the 4th clip its blurry af", "ask"),
            (
                "make it 16:9 for youtube",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
        ],
    ),
    (
        "Wuhan hot-dry-noodle breakfast stall (ZH, very short)",
        [
            ("生成热干面特写，三秒", "ops=generate_clip; order=热干面; c1.d=3000"),
            ("再来个户部巷早上的街景，四秒", "ops=generate_clip; order=热干面,街景; c2.d=4000"),
            (
                "还要一个老板浇芝麻酱的镜头，两秒",
                "ops=generate_clip; order=热干面,街景,芝麻酱; c3.d=2000",
            ),
            ("街景放最前面", "ops=move_clip; order=街景,热干面,芝麻酱"),
            ("芝麻酱那段放热干面前面", "ops=move_clip; order=街景,芝麻酱,热干面"),
            ("它剪到一秒半", "ops=trim; order=街景,芝麻酱,热干面; c2.d=1500"),
            ("最后一段快点，一点五倍", "ops=set_speed; c3.m.speed=1.5; c3.d=2000"),
            ("加标题 老王热干面 五块一碗", "ops=add_text; texts=1; t.txt~老王热干面"),
            ("标题红色，放上面", "ops=style_text; texts=1; t.m.position=top"),
            ("配点轻松的音乐，百分之二十", "ops=add_music; music=1; b.vol=0.2"),
            ("让面看起来更好吃", "ask"),
            ("音乐不要了", "ops=remove_music; music=0; n=3"),
            ("撤销", "ops=undo; music=1; b.vol=0.2"),
        ],
    ),
    (
        "piano teacher's recital recap (EN, polite, hesitant)",
        [
            (
                "Hello! Would it be possible to generate a 4 second clip of a grand piano "
                "on a stage with a spotlight, please?",
                "ops=generate_clip; order=piano; c1.d=4000",
            ),
            (
                "Lovely, thank you. May I also have a short clip of children clapping in an "
                "audience, about three seconds?",
                "ops=generate_clip; order=piano,clapping; c2.d=3000",
            ),
            ("upload:recital_bow.png", ""),
            (
                "Would you mind turning the photo I just uploaded into a clip with a gentle "
                "zoom in?",
                "ops=animate_image; n=3; c3.m.motion=zoom_in",
            ),
            (
                "If it's all right, could it go right after the piano clip?",
                "ops=move_clip; n=3; c2.m.motion=zoom_in; c1.d=4000; c3.d=3000",
            ),
            (
                "Could you make the clapping clip a little slower, perhaps 0.75 speed?",
                "ops=set_speed; n=3; c3.m.speed=0.75; c3.d=4000",
            ),
            (
                "I'm sorry to be a bother, but could the first one fade in from black over "
                "one second?",
                "ops=set_fade; c1.m.fade_in=1000",
            ),
            (
                "May I add a title that says 'Spring Recital 2024' at the top, in white?",
                "ops=add_text; texts=1; t.txt~Spring Recital 2024; t.m.position=top",
            ),
            (
                "Would it be possible to make the little girl in the photo smile a bit more?",
                "ask",
            ),
            (
                "Could you please show the title only for the first two seconds?",
                "ops=time_text; texts=1; t.st=0; t.d=2000",
            ),
            (
                "Some calm piano music underneath would be nice, at around 30% if that's okay",
                "ops=add_music; music=1; b.vol=0.3; b.m.mood=calm",
            ),
            ("Hmm, I'm not sure... could you make it better somehow?", "ask"),
            (
                "Would you mind making it landscape, 16:9? Thank you so much.",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
        ],
    ),
]
