"""Held-out set fresh28: a bicycle repair shop, a Guilin river-cruise guide, a high-school
robotics team, a Chongqing hotpot restaurant, a real-estate agent showing a flat.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "bike repair shop, terse",
        [
            (
                "need 3 clips: mechanic truing a bike wheel 4s, greasy chain getting oiled 3 s, "
                "our shop front with bikes parked outside for five seconds",
                "ops=generate_clip,generate_clip,generate_clip; n=3; order=wheel,chain,shop; "
                "c1.d=4000; c2.d=3000; c3.d=5000",
            ),
            ("put the shop one first", "ops=move_clip; order=shop,wheel,chain"),
            (
                "trim the chain clip to 2.5s and add a half second fade out",
                "ops=trim,set_fade; order=shop,wheel,chain; c3.d=2500; c3.m.fade_out=500",
            ),
            (
                "speed up the wheel one 2x",
                "ops=set_speed; c2.m.speed=2; c2.d=2000; n=3",
            ),
            (
                'title "Spoke & Chain Repairs" at the top',
                "ops=add_text; texts=1; t.txt=Spoke & Chain Repairs; t.m.position=top",
            ),
            ("make the title yellow, a bit bigger", "texts=1; t.m.size>106; t.m.position=top"),
            (
                "add some upbeat music, not too loud, like 30%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            ("can u make it look like a gopro shot", "ask"),
            ("whats on the timeline rn", "ops=describe_timeline"),
            ("swap first and last", "ops=swap_clips; order=chain,wheel,shop"),
            ("undo that", "ops=undo; order=shop,wheel,chain"),
            (
                "crossfade between all the clips, half a sec",
                "ops=set_transition; n=3; c2.m.xfade=500; c3.m.xfade=500",
            ),
        ],
    ),
    (
        "桂林漓江游船导游，话多",
        [
            (
                "你好！我是桂林漓江游船的导游，想给游客做个宣传短片。先帮我生成一段五秒的漓江山水视频",
                "ops=generate_clip; n=1; c1.d=5000; order=漓江",
            ),
            (
                "再来一段三秒的竹筏在江上漂的镜头",
                "ops=generate_clip; n=2; c2.d=3000; order=漓江,竹筏",
            ),
            (
                "还有象鼻山的日落也很美，再生成一段四秒的象鼻山日落",
                "ops=generate_clip; n=3; c3.d=4000; order=漓江,竹筏,象鼻山",
            ),
            ("把日落那段放到最前面吧", "ops=move_clip; order=象鼻山,漓江,竹筏"),
            ("第二段有点长，剪到三秒半", "ops=trim; c2.d=3500; order=象鼻山,漓江,竹筏"),
            (
                "加个标题：漓江一日游，放在上面",
                "ops=add_text; texts=1; t.txt=漓江一日游; t.m.position=top",
            ),
            ("标题改成“漓江精华游”", "ops=edit_text; texts=1; t.txt=漓江精华游"),
            ("配点舒缓的音乐，音量小一点", "music=1; b.m.mood=calm"),
            ("能不能帮我把视频直接发到抖音上？", "ask"),
            (
                "竹筏那个放慢一点，零点五倍速",
                "ops=set_speed; c3.m.speed=0.5; c3.d=6000; order=象鼻山,漓江,竹筏",
            ),
            (
                "整个视频首尾加个淡入淡出，一秒",
                "ops=set_fade; c1.m.fade_in=1000; c-1.m.fade_out=1000",
            ),
            ("好的，现在时间线上都有什么？", "ops=describe_timeline"),
        ],
    ),
    (
        "high-school robotics team, excited",
        [
            (
                "hiii we're team 4471 from Westfield High!! can you generate a 6 second clip of "
                "our robot driving across the arena",
                "ops=generate_clip; n=1; c1.d=6000; order=arena",
            ),
            (
                "now one of the robot arm picking up a cube, two and a half seconds",
                "ops=generate_clip; n=2; c2.d=2500; order=arena,cube",
            ),
            (
                "and a crowd cheering in the bleachers for 3 secs",
                "ops=generate_clip; n=3; c3.d=3000; order=arena,cube,crowd",
            ),
            ("the cube one is too long, cut it to 2 seconds", "ops=trim; c2.d=2000; n=3"),
            ("put the crowd after the arena clip", "ops=move_clip; order=arena,crowd,cube"),
            (
                "add a caption at the bottom: Westfield Robotics - Regionals 2024",
                "ops=add_text; texts=1; t.txt~Westfield Robotics; t.m.position=bottom",
            ),
            (
                "make it 16:9 for youtube pls",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            ("can you add lasers shooting out of the robot", "ask"),
            (
                "add cinematic music at 40% volume",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.4",
            ),
            ("start the music at the 6 second mark", "ops=time_music; b.st=6000; music=1"),
            ("undo", "ops=undo; b.st=0; music=1"),
            (
                "actually make it vertical again, 9:16",
                "ops=set_canvas; draft.width=1080; draft.height=1920; n=3",
            ),
        ],
    ),
    (
        "重庆火锅店老板，口语",
        [
            (
                "帮我生成三段：红油锅底翻滚 4秒，毛肚在锅里涮 3秒，店门口排队的人 5秒",
                "ops=generate_clip,generate_clip,generate_clip; n=3; order=锅底,毛肚,排队; "
                "c1.d=4000; c2.d=3000; c3.d=5000",
            ),
            ("排队那个放到第一个", "ops=move_clip; order=排队,锅底,毛肚"),
            ("毛肚那段有点拖，剪成两秒嘛", "ops=trim; c3.d=2000; order=排队,锅底,毛肚"),
            ("第一段和第二段换一下", "ops=swap_clips; order=锅底,排队,毛肚"),
            (
                "加个标题“老码头火锅”，红色，大一点",
                "texts=1; t.txt=老码头火锅; t.m.size>106",
            ),
            ("巴适，再配个热闹点的音乐", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("音乐声音调到百分之二十", "ops=set_volume; b.vol=0.2; music=1"),
            ("弄个滤镜嘛，让颜色看起来更有食欲", "ask"),
            ("改成方形的", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            (
                "锅底那段加速到1.5倍",
                "ops=set_speed; c1.m.speed=1.5; c1.d=2667; order=锅底,排队,毛肚",
            ),
            ("算了，撤销", "ops=undo; c1.d=4000; n=3"),
            ("删掉最后一个", "ops=delete_clip; n=2; order=锅底,排队"),
        ],
    ),
    (
        "real-estate agent, polite",
        [
            (
                "Good afternoon. Could you please generate a 5-second clip of a bright living "
                "room with large windows?",
                "ops=generate_clip; n=1; c1.d=5000; order=living",
            ),
            (
                "Next, a 4-second clip of a modern kitchen with a marble island, please.",
                "ops=generate_clip; n=2; c2.d=4000; order=living,kitchen",
            ),
            (
                "Then a balcony overlooking the city at dusk, six seconds.",
                "ops=generate_clip; n=3; c3.d=6000; order=living,kitchen,balcony",
            ),
            (
                "And finally a cosy bedroom, three seconds, placed between the kitchen and the "
                "balcony.",
                "ops=generate_clip; n=4; order=living,kitchen,bedroom,balcony; c3.d=3000",
            ),
            (
                "Please add the title 'Bright 2-Bed Flat in Islington' for the first three "
                "seconds.",
                "ops=add_text; texts=1; t.txt=Bright 2-Bed Flat in Islington; t.st=0; t.d=3000",
            ),
            (
                "Also add the price '£450,000' at the bottom, shown at the end of the video.",
                "ops=add_text; texts=2; t.txt=£450,000; t.m.position=bottom; t.m.anchor=end; "
                "t.st=16000",
            ),
            (
                "Could you change the price to £435,000?",
                "ops=edit_text; texts=2; t.txt=£435,000",
            ),
            (
                "I'd like the kitchen clip trimmed to three seconds and the balcony one slowed "
                "down slightly, to 0.75x.",
                "ops=trim,set_speed; order=living,kitchen,bedroom,balcony; c2.d=3000; "
                "c4.m.speed=0.75; c4.d=8000",
            ),
            ("Would it be possible to remove the clutter from the kitchen shot?", "ask"),
            (
                "Please add calm background music at a low volume, around 25%.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.25",
            ),
            (
                "Please fade the music out over the last two seconds.",
                "ops=set_fade; b.m.fade_out=2000; music=1",
            ),
            (
                "Thank you. Could you tell me what is currently on the timeline?",
                "ops=describe_timeline",
            ),
        ],
    ),
]
