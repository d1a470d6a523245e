"""Fresh set 30: a florist, a Harbin ice-festival vlogger, a science teacher, a Xiamen milk-tea
shop owner and an indie band drummer.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "florist mother's day promo (chatty)",
        [
            (
                "Hi! I run a little flower shop and I'm putting together a Mother's Day promo. "
                "Could you start me off with a 4 second clip of pink peonies in a glass vase?",
                "ops=generate_clip; order=peonies; c1.d=4000",
            ),
            (
                "Lovely. Next I'd like a shot of a woman arranging tulips on a wooden counter, "
                "about six seconds",
                "ops=generate_clip; order=peonies,tulips; c2.d=6000",
            ),
            (
                "oh and one more, a close up of a ribbon being tied around a bouquet, "
                "three and a half seconds please",
                "ops=generate_clip; order=peonies,tulips,ribbon; c3.d=3500",
            ),
            (
                "Actually can the ribbon one go first? It's kind of the prettiest",
                "ops=move_clip; order=ribbon,peonies,tulips",
            ),
            (
                'Now put a title at the top that says "Happy Mother\'s Day"',
                "ops=add_text; texts=1; t.txt~Happy Mother; t.m.position=top",
            ),
            ("Hmm, can you make the whole thing feel a bit more magical?", "ask"),
            (
                "some soft romantic music underneath would be perfect, not too loud though, "
                "like 30%",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.3",
            ),
            (
                "The tulip clip feels long, trim it down to 4 seconds",
                "ops=trim; order=ribbon,peonies,tulips; c3.d=4000",
            ),
            (
                "and slow the peonies down a little, half speed maybe",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "could you add a caption at the bottom: order by May 10, free local delivery",
                "ops=add_text; texts=2; t.m.kind=caption; t.m.position=bottom; "
                "t.txt~free local delivery",
            ),
            ("Can you post this to my shop's Instagram when it's done?", "ask"),
            (
                "Last thing, a soft half-second crossfade between the peonies and the tulips",
                "ops=set_transition; order=ribbon,peonies,tulips; c3.m.xfade=500",
            ),
        ],
    ),
    (
        "哈尔滨冰雪大世界博主（兴奋）",
        [
            (
                "哇！！我到哈尔滨冰雪大世界啦！先帮我生成一段冰雕城堡晚上亮灯的视频，五秒！",
                "ops=generate_clip; order=城堡; c1.d=5000",
            ),
            (
                "再来一段松花江上玩冰滑梯的，四秒就行！",
                "ops=generate_clip; order=城堡,滑梯; c2.d=4000",
            ),
            (
                "还要一个街边卖冰糖葫芦的小摊，三秒半～",
                "ops=generate_clip; order=城堡,滑梯,糖葫芦; c3.d=3500",
            ),
            ("把滑梯那段放到最前面！！太刺激了", "ops=move_clip; order=滑梯,城堡,糖葫芦"),
            (
                "加个标题“尔滨我来啦”，放在上面",
                "ops=add_text; texts=1; t.txt=尔滨我来啦; t.m.position=top",
            ),
            ("城堡那段有点快，放慢一点", "ops=set_speed; order=滑梯,城堡,糖葫芦; c2.m.speed<1"),
            ("能不能让雪花从屏幕里飘出来，像3D电影那种！", "ask"),
            ("配一段欢快的音乐！", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("音乐小声点，百分之二十", "ops=set_volume; b.vol=0.2"),
            (
                "改成横屏16:9吧，B站上看着舒服点",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            ("企鹅那段删掉吧", "ask"),
            ("哦不对，我说的是糖葫芦那段，删掉", "ops=delete_clip; order=滑梯,城堡"),
        ],
    ),
    (
        "high-school science teacher (precise)",
        [
            (
                "Please set the canvas to 16:9; this will be shown on the classroom projector.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Generate a 6-second clip of a volcano erupting at night.",
                "ops=generate_clip; order=volcano; c1.d=6000",
            ),
            (
                "Next, generate a 5-second clip of a glacier calving into the sea.",
                "ops=generate_clip; order=volcano,glacier; c2.d=5000",
            ),
            (
                "Then a 4-second clip of a thunderstorm over a wheat field, please.",
                "ops=generate_clip; order=volcano,glacier,thunderstorm; c3.d=4000",
            ),
            ("Swap clip 1 and clip 3.", "ops=swap_clips; order=thunderstorm,glacier,volcano"),
            (
                "Add a title reading 'Earth Systems: Unit 4', centered.",
                "ops=add_text; texts=1; t.txt=Earth Systems: Unit 4; t.m.position=center; "
                "t.m.kind=title",
            ),
            (
                "Set the volcano clip to 2x speed.",
                "ops=set_speed; order=thunderstorm,glacier,volcano; c3.m.speed=2; c3.d=3000",
            ),
            (
                "Split the glacier clip at two and a half seconds.",
                "ops=split_clip; order=thunderstorm,glacier,glacier,volcano",
            ),
            (
                "Delete clip 3.",
                "ops=delete_clip; order=thunderstorm,glacier,volcano; c2.d=2500",
            ),
            (
                "Could you add labelled arrows pointing at the magma chamber in the volcano shot?",
                "ask",
            ),
            (
                "Add calm background music at 15% volume.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            ("Fade in the first clip over one second.", "ops=set_fade; c1.m.fade_in=1000"),
        ],
    ),
    (
        "厦门奶茶店老板（简短）",
        [
            ("生成一段珍珠奶茶特写，4秒", "ops=generate_clip; order=奶茶; c1.d=4000"),
            ("再来一个鼓浪屿海边，5秒", "ops=generate_clip; order=奶茶,海边; c2.d=5000"),
            (
                "再要一个店门口招牌的，3秒",
                "ops=generate_clip; order=奶茶,海边,招牌; c3.d=3000",
            ),
            ("招牌放第一个", "ops=move_clip; order=招牌,奶茶,海边"),
            (
                "加字幕：第二杯半价",
                "ops=add_text; texts=1; t.m.kind=caption; t.txt=第二杯半价",
            ),
            ("字放上面", "texts=1; t.m.position=top; n=3"),
            ("奶茶那段0.5倍速", "ops=set_speed; c2.m.speed=0.5; c2.d=8000"),
            ("弄好看点", "ask"),
            ("加个舒缓的音乐", "ops=add_music; music=1; b.m.mood=calm"),
            ("海边那段剪成两秒", "ops=trim; order=招牌,奶茶,海边; c3.d=2000"),
            ("背景音乐换成我自己的歌", "ask"),
            ("最后一段加个淡出", "ops=set_fade; c3.m.fade_out>0"),
        ],
    ),
    (
        "indie band drummer gig teaser (slang, typos)",
        [
            (
                "yo make me a vid of a drum kit under red stage lights, like 4 secs",
                "ops=generate_clip; order=drum; c1.d=4000",
            ),
            (
                "sick. now genrate a crowd moshing in a sweaty basement, 5 sec",
                "ops=generate_clip; order=drum,crowd; c2.d=5000",
            ),
            (
                "one more: a beat up van driving down a highway at night, 3 secs",
                "ops=generate_clip; order=drum,crowd,van; c3.d=3000",
            ),
            ("put the van b4 the crowd", "ops=move_clip; order=drum,van,crowd"),
            (
                "the drum one drags, speed it up 2x",
                "ops=set_speed; order=drum,van,crowd; c1.m.speed=2; c1.d=2000",
            ),
            (
                'slap a title at the top: "THE LOOSE TEETH // fri 9pm"',
                "ops=add_text; texts=1; t.txt~loose teeth; t.m.position=top",
            ),
            ("can u make it look like an old vhs tape lol", "ask"),
            ("add some lofi beats", "ops=add_music; music=1; b.m.mood=lofi"),
            ("music's way too loud, drop it to like 25%", "ops=set_volume; b.vol=0.25"),
            ("upload:bandpic.png", ""),
            (
                "ok use that band pic i just sent, slow zoom in on it",
                "ops=animate_image; n=4",
            ),
            ("ditch the moshing clip tbh", "ops=delete_clip; n=3"),
        ],
    ),
]
