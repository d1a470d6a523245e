"""Blind set 36: tile installer, salted-duck shop, dinosaur museum, Harbin ski coach, cat cafe.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "ceramic-tile installer, before/after (EN, terse)",
        [
            (
                "gen 4s clip old bathroom floor, cracked tiles",
                "ops=generate_clip; order=bathroom; c1.d=4000",
            ),
            (
                "next: new marble tiles going down w trowel. six seconds",
                "ops=generate_clip; order=bathroom,marble; c2.d=6000",
            ),
            (
                "then finished shower wall. 3 sec",
                "ops=generate_clip; order=bathroom,marble,shower; c3.d=3000",
            ),
            ("shower one first", "ops=move_clip; order=shower,bathroom,marble"),
            ("nah undo", "ops=undo; order=bathroom,marble,shower"),
            ("marble one 2x", "ops=set_speed; c2.m.speed=2; c2.d=3000"),
            (
                "xfade between all, half sec",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "title BEFORE / AFTER at top",
                "ops=add_text; texts=1; t.txt~BEFORE; t.m.position=top",
            ),
            ("make the grout look whiter in the last one", "ask"),
            (
                "music upbeat 20%",
                "ops=add_music; music=1; b.vol=0.2; b.m.mood=upbeat",
            ),
            ("last clip fade out 1s", "ops=set_fade; c3.m.fade_out=1000"),
            (
                "square for insta",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("first clip 2.5s only", "ops=trim; c1.d=2500; order=bathroom,marble,shower"),
        ],
    ),
    (
        "Nanjing salted-duck restaurant (ZH, chatty)",
        [
            (
                "你好呀～我们是南京一家做盐水鸭的老店，先帮我生成一段五秒的盐水鸭切盘特写吧",
                "ops=generate_clip; order=盐水鸭; c1.d=5000",
            ),
            (
                "再来一段秦淮河夜景，要有灯笼那种感觉，大概四秒就行",
                "ops=generate_clip; order=盐水鸭,秦淮河; c2.d=4000",
            ),
            (
                "然后加一段店门口排队的老街，两秒半哈",
                "ops=generate_clip; order=盐水鸭,秦淮河,老街; c3.d=2500",
            ),
            (
                "秦淮河那段放到最前面吧，先看夜景比较有氛围",
                "ops=move_clip; order=秦淮河,盐水鸭,老街",
            ),
            (
                "第二段（就是鸭子那段）稍微放慢一点，零点五倍速",
                "ops=set_speed; c2.m.speed=0.5; c2.d=10000",
            ),
            ("哎呀这样太长了，把它剪到六秒吧", "ops=trim; c2.d=6000; order=秦淮河,盐水鸭,老街"),
            (
                "加个标题“金陵老字号 盐水鸭”，放在上面，用金色的字",
                "ops=add_text; texts=1; t.txt~金陵老字号; t.m.position=top",
            ),
            ("能不能把鸭子弄得更油亮一点，看着更好吃嘛", "ask"),
            (
                "再来点安静舒缓一点的背景音乐，音量百分之三十就好",
                "ops=add_music; music=1; b.vol=0.3; b.m.mood=calm",
            ),
            ("标题的字再大一点吧，我们老顾客年纪大看不清", "ops=style_text; t.m.size>106"),
            (
                "音乐还是换成喜庆一点、欢快的吧，过年用",
                "ops=replace_music; music=1; b.m.mood=upbeat",
            ),
            ("最后一段结尾淡出一下，一秒", "ops=set_fade; c3.m.fade_out=1000"),
            ("算了刚才那个淡出不要了，撤销吧", "ops=undo; c3.m.fade_out=null"),
        ],
    ),
    (
        "museum educator, dinosaur exhibit teaser (EN, formal)",
        [
            (
                "Good afternoon. I would like to begin with a clip of a Tyrannosaurus skeleton "
                "in a dim museum hall, approximately eight seconds in length.",
                "ops=generate_clip; order=tyrannosaurus; c1.d=8000",
            ),
            (
                "Next, please generate a scene of a fern forest in the Jurassic period, "
                "lasting half a minute.",
                "ops=generate_clip; order=tyrannosaurus,fern; c2.d=30000",
            ),
            (
                "Finally, a brief shot of children looking up at a fossil display. "
                "Ten seconds, please.",
                "ops=generate_clip; order=tyrannosaurus,fern,fossil; c3.d=10000",
            ),
            (
                "On reflection, the forest scene is rather long. "
                "Please reduce it to twelve seconds.",
                "ops=trim; c2.d=12000",
            ),
            (
                "Would you kindly place the children's scene directly after the skeleton?",
                "ops=move_clip; order=tyrannosaurus,fossil,fern",
            ),
            (
                "The skeleton clip should play at half speed, to lend it a sense of gravity.",
                "ops=set_speed; c1.m.speed=0.5; c1.d=16000",
            ),
            (
                "Please add the title 'Giants of the Past' in the centre of the frame, in white.",
                "ops=add_text; texts=1; t.txt~Giants of the Past; t.m.position=center",
            ),
            ("Could the dinosaur turn its head towards the camera?", "ask"),
            (
                "I should like some cinematic music beneath it, at a modest level; "
                "perhaps twenty-five percent.",
                "ops=add_music; music=1; b.vol=0.25; b.m.mood=cinematic",
            ),
            (
                "The title ought to appear only during the first four seconds.",
                "ops=time_text; t.st=0; t.d=4000",
            ),
            (
                "A gentle crossfade of one second between the children's scene and the forest, "
                "if you would.",
                "ops=set_transition; c3.m.xfade=1000; order=tyrannosaurus,fossil,fern",
            ),
            (
                "Our gallery screens are horizontal; please make the video widescreen.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Lastly, let the music fade out over the final three seconds.",
                "ops=set_fade; b.m.fade_out=3000",
            ),
        ],
    ),
    (
        "Harbin ski school coach (ZH, short, numbers in words)",
        [
            ("生成缆车上山，四秒", "ops=generate_clip; order=缆车; c1.d=4000"),
            (
                "再来一段小孩在初级道学滑雪，八秒",
                "ops=generate_clip; order=缆车,小孩; c2.d=8000",
            ),
            (
                "加个冰雪大世界冰灯夜景，三秒",
                "ops=generate_clip; order=缆车,小孩,冰灯; c3.d=3000",
            ),
            ("冰灯放第一个", "ops=move_clip; order=冰灯,缆车,小孩"),
            ("第三段一点五倍速", "ops=set_speed; c3.m.speed=1.5; c3.d=5333"),
            ("它再剪掉一秒", "ops=trim; c3.d=4333"),
            ("缆车那段淡入，零点五秒", "ops=set_fade; c2.m.fade_in=500"),
            ("让雪下得再大点", "ask"),
            (
                "加字幕：哈尔滨滑雪学校 零基础包教包会",
                "ops=add_text; texts=1; t.txt~哈尔滨滑雪学校",
            ),
            ("字放上面，黄色", "ops=style_text; t.m.position=top"),
            (
                "配乐，动感的，百分之四十",
                "ops=add_music; music=1; b.vol=0.4; b.m.mood=upbeat",
            ),
            ("音乐小点，百分之二十", "ops=set_volume; b.vol=0.2"),
            ("第五段删了", "ask"),
        ],
    ),
    (
        "cat cafe barista (EN, chatty slang)",
        [
            (
                "yo ok so i wanna make a lil vid for our cat cafe, can u make like a 5 sec clip "
                "of a ginger cat napping on the windowsill",
                "ops=generate_clip; order=ginger; c1.d=5000",
            ),
            (
                "sick. now one of latte art getting poured, like three seconds",
                "ops=generate_clip; order=ginger,latte; c2.d=3000",
            ),
            (
                "and a cozy cafe interior w fairy lights, make that one 7",
                "ops=generate_clip; order=ginger,latte,fairy; c3.d=7000",
            ),
            (
                "lowkey the latte one should go first, its the hook",
                "ops=move_clip; order=latte,ginger,fairy",
            ),
            (
                "slow the cat one down, like half speed, its giving zen",
                "ops=set_speed; c2.m.speed=0.5; c2.d=10000",
            ),
            ("ngl thats way too slow, undo that", "ops=undo; c2.d=5000; order=latte,ginger,fairy"),
            ("omg can u make the cat do a lil wave at the camera", "ask"),
            (
                "ok drop some lofi on it, like 30%",
                "ops=add_music; music=1; b.vol=0.3; b.m.mood=lofi",
            ),
            (
                "add a caption at the bottom that says 'open 8am til late'",
                "ops=add_text; texts=1; t.txt~open 8am; t.m.position=bottom",
            ),
            (
                "cut the fairy lights one down to 4 secs its dragging",
                "ops=trim; c3.d=4000; order=latte,ginger,fairy",
            ),
            ("upload:menu_board.png", ""),
            (
                "put that menu pic at the end w a slow zoom in, 4 sec",
                "ops=animate_image; n=4; c4.m.motion=zoom_in; c4.d=4000",
            ),
            (
                "oh and make it 4:5 pls its for the insta feed",
                "ops=set_canvas; draft.width=1080; draft.height=1350",
            ),
        ],
    ),
]
