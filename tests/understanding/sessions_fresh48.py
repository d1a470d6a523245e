"""Blind set 48: BBQ pitmaster, silk-scarf seller, headteacher, grape farm, indie drummer.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh48-texas-bbq",
        [
            (
                "howdy partner, fire up a 5 second clip of brisket comin off the smoker",
                "ops=generate_clip;n=1;c1.d=5000",
            ),
            (
                "now gimme four seconds of pork ribs gettin mopped with sauce",
                "ops=generate_clip;n=2;order=brisket,ribs;c2.d=4000",
            ),
            (
                "and one more, two and a half seconds, folks lined up out front of the pit house",
                "ops=generate_clip;n=3;order=brisket,ribs,folks;c3.d=2500",
            ),
            (
                "slide them folks in line to the very start, that's the hook",
                "ops=move_clip;order=folks,brisket,ribs",
            ),
            (
                "the ribs one's draggin a bit, cut it down to 3 seconds",
                "ops=trim;order=folks,brisket,ribs;c3.d=3000",
            ),
            (
                "slow that brisket down to half speed, want folks droolin",
                "ops=set_speed;c2.m.speed=0.5;c2.d=10000",
            ),
            ("can ya make the bark on that brisket look darker n crustier", "ask"),
            (
                "throw a crossfade in betwen all of em, half a second",
                "ops=set_transition;c2.m.xfade=500;c3.m.xfade=500",
            ),
            (
                'slap a title up top sayin "Low & Slow Since 1987"',
                "ops=add_text;t.txt=Low & Slow Since 1987;t.m.position=top",
            ),
            (
                "lay some upbeat music under it, bout 25 percent",
                "ops=add_music;music=1;b.vol=0.25;b.m.mood=upbeat",
            ),
            (
                "fade that music out over the last 2 seconds",
                "ops=set_fade;b.m.fade_out=2000",
            ),
            ("hmm somethin ain't sittin right, just fix it up for me will ya", "ask"),
            (
                "actually make it square, it's goin on facebook",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
        ],
    ),
    (
        "fresh48-hangzhou-silk",
        [
            (
                "宝宝们看过来！先来个5秒的，真丝丝巾在西湖边随风飘",
                "ops=generate_clip;n=1;c1.d=5000",
            ),
            (
                "再来一个三秒的，模特把丝巾系在脖子上",
                "ops=generate_clip;n=2;order=西湖,模特;c2.d=3000",
            ),
            (
                "还要一个两秒半的，丝绸面料花纹的特写",
                "ops=generate_clip;n=3;order=西湖,模特,花纹;c3.d=2500",
            ),
            ("花纹那个放最前面！一上来就要抓眼球", "ops=move_clip;order=花纹,西湖,模特"),
            (
                "西湖那段太慢了，加速到两倍",
                "ops=set_speed;order=花纹,西湖,模特;c2.m.speed=2;c2.d=2500",
            ),
            ("模特能不能换个笑得甜一点的小姐姐", "ask"),
            (
                "加个大标题「真丝丝巾 限时99元」放顶上",
                "ops=add_text;t.txt=真丝丝巾 限时99元;t.m.position=top",
            ),
            ("字再大点！直播间家人们看不清", "ops=style_text;t.m.size>106"),
            (
                "第一段跟第二段中间加个转场",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade=null",
            ),
            (
                "配个欢快的音乐，音量百分之三十",
                "ops=add_music;music=1;b.vol=0.3;b.m.mood=upbeat",
            ),
            ("嗯……感觉还差点意思，你看着弄弄呗", "ask"),
            ("模特那段删了吧，不要了", "ops=delete_clip;n=2;order=花纹,西湖"),
            ("哎呀删错了！撤回撤回", "ops=undo;n=3;order=花纹,西湖,模特;music=1"),
        ],
    ),
    (
        "fresh48-sports-day",
        [
            (
                "Good afternoon. Could you please generate a four-second clip of children "
                "hopping in the sack race on the school field?",
                "ops=generate_clip;n=1;c1.d=4000",
            ),
            (
                "Thank you. Next, I would like a clip of the prize-giving ceremony with "
                "medals, six seconds in length.",
                "ops=generate_clip;n=2;order=sack,ceremony;c2.d=6000",
            ),
            (
                "Finally, a 3 second clip of the relay race baton handover, please.",
                "ops=generate_clip;n=3;order=sack,ceremony,relay;c3.d=3000",
            ),
            (
                "Apologies, I have the order slightly wrong. Please move the relay clip so "
                "that it comes directly after the sack race.",
                "ops=move_clip;order=sack,relay,ceremony",
            ),
            (
                "The second clip is rather long; please trim it to two and a half seconds.",
                "ops=trim;order=sack,relay,ceremony;c2.d=2500",
            ),
            ("Could you ensure that every child's face is clearly visible in the footage?", "ask"),
            (
                "I should like gentle crossfades between all of the clips, one second each.",
                "ops=set_transition;c2.m.xfade=1000;c3.m.xfade=1000",
            ),
            (
                'Please add a title reading "Oakfield Primary Sports Day" at the top.',
                "ops=add_text;texts=1;t.txt=Oakfield Primary Sports Day;t.m.position=top",
            ),
            (
                'In addition, a caption at the bottom: "Well done to every pupil!"',
                "ops=add_text;texts=2;t.txt=Well done to every pupil!",
            ),
            (
                "Some calm background music would be lovely, at a modest volume of about 20%.",
                "ops=add_music;music=1;b.vol=0.2;b.m.mood=calm",
            ),
            (
                "Please fade the final clip out over two seconds.",
                "ops=set_fade;c3.m.fade_out=2000",
            ),
            (
                "This will be shown on the school's YouTube channel, so landscape format, please.",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
            ("Is it possible to make the whole thing look a little more professional?", "ask"),
            (
                "On reflection, please remove the caption.",
                "ops=remove_text;texts=1;t.txt=Oakfield Primary Sports Day",
            ),
        ],
    ),
    (
        "fresh48-xinjiang-grapes",
        [
            ("整一个葡萄架下面挂满绿葡萄的视频，4秒", "ops=generate_clip;n=1;c1.d=4000"),
            (
                "再来一个晾房里晒葡萄干的，六秒",
                "ops=generate_clip;n=2;order=葡萄架,晾房;c2.d=6000",
            ),
            (
                "还要一个巴郎子摘葡萄的，三秒钟",
                "ops=generate_clip;n=3;order=葡萄架,晾房,摘;c3.d=3000",
            ),
            ("第一个跟第三个换一下", "ops=swap_clips;order=摘,晾房,葡萄架"),
            ("晾房那个太长咧，剪到四秒", "ops=trim;order=摘,晾房,葡萄架;c2.d=4000"),
            ("葡萄能不能弄得再紫一点，看着甜", "ask"),
            (
                "摘葡萄那段慢放，0.5倍速",
                "ops=set_speed;order=摘,晾房,葡萄架;c1.m.speed=0.5;c1.d=6000",
            ),
            ("加个标题「吐鲁番葡萄 亚克西」", "ops=add_text;texts=1;t.txt=吐鲁番葡萄 亚克西"),
            ("配点轻松的音乐，声音小点，百分之二十就行", "ops=add_music;music=1;b.vol=0.2"),
            ("再整得歹一些嘛，你看着办", "ask"),
            ("开头淡入一下，一秒", "ops=set_fade;c1.m.fade_in=1000"),
            ("弄成方的，要发朋友圈", "ops=set_canvas;draft.width=1080;draft.height=1080"),
            ("最后那个不要了，删掉", "ops=delete_clip;n=2;order=摘,晾房"),
        ],
    ),
    (
        "fresh48-gig-teaser",
        [
            (
                "clip of a drummer smashing a crash cymbal, 2 sec",
                "ops=generate_clip;n=1;c1.d=2000",
            ),
            (
                "next: crowd moshing in a sweaty basement, 3 sec",
                "ops=generate_clip;n=2;order=cymbal,crowd;c2.d=3000",
            ),
            (
                "one more, neon venue sign at night. 1.5s",
                "ops=generate_clip;n=3;order=cymbal,crowd,neon;c3.d=1500",
            ),
            ("put that one first", "ops=move_clip;order=neon,cymbal,crowd"),
            (
                "cymbal hit 2x speed",
                "ops=set_speed;order=neon,cymbal,crowd;c2.m.speed=2;c2.d=1000",
            ),
            (
                "quick xfade between cymbal and crowd, 0.2s",
                "ops=set_transition;c3.m.xfade=200;c2.m.xfade=null",
            ),
            ("sync every cut to the kick on the downbeat", "ask"),
            (
                'title "LOOSE TEETH LIVE FRIDAY", top of frame',
                "ops=add_text;t.txt=LOOSE TEETH LIVE FRIDAY;t.m.position=top",
            ),
            (
                "cinematic music bed under it, 40%",
                "ops=add_music;music=1;b.vol=0.4;b.m.mood=cinematic",
            ),
            ("fade music in over 1s", "ops=set_fade;b.m.fade_in=1000"),
            ("make the drummer's shirt black", "ask"),
            ("actually undo the music fade", "ops=undo;music=1;b.m.fade_in=null"),
            ("eh no, redo it", "ops=redo;b.m.fade_in=1000"),
        ],
    ),
]
