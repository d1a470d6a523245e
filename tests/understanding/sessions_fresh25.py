"""Held-out set fresh25: a beekeeper, a Jingdezhen potter, a surf school, a grandmother, a kindergarten teacher.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "beekeeper_terse",
        [
            ("bees on a honeycomb frame 4 secs", "ops=generate_clip; n=1; c1.d=4000; order=bee"),
            (
                "honey dripping off a spoon 3 secs",
                "ops=generate_clip; n=2; c2.d=3000; order=bee,honey",
            ),
            ("one more like the honey one", "ops=generate_clip; n=3; c3.m.label~honey"),
            ("get rid of the 2nd honey clip", "ops=delete_clip; n=2; order=bee,honey"),
            ("honey one to 2 sec", "ops=trim; c2.d=2000; order=bee,honey"),
            ("reverse order", "ops=reverse_clips; order=honey,bee"),
            ("caption 'raw wildflower honey, $12'", "ops=add_text; texts=1; t.txt~$12"),
            ("caption yellow", "ops=style_text; texts=1; t.txt~$12"),
            ("calm music", "ops=add_music; music=1; b.m.mood=calm"),
            ("no music actually", "ops=remove_music; music=0"),
        ],
    ),
    (
        "jingdezhen_potter",
        [
            (
                "我想做一个景德镇陶艺工作室的宣传片，先来一段拉坯的画面，六秒",
                "ops=generate_clip; n=1; c1.d=6000; order=拉坯",
            ),
            (
                "接着来一段窑里取出青花瓷碗的，四秒",
                "ops=generate_clip; n=2; c2.d=4000; order=拉坯,青花",
            ),
            (
                "拉坯那段加快一点，一点五倍速",
                "ops=set_speed; c1.m.speed=1.5; c1.d=4000; order=拉坯,青花",
            ),
            (
                "在两段中间加一个三秒的釉料上色的镜头",
                "ops=generate_clip; n=3; c2.d=3000; order=拉坯,釉,青花",
            ),
            ("最后一段删掉", "ops=delete_clip; order=拉坯,釉"),
            ("再撤销一下", "ops=undo; order=拉坯,釉,青花"),
            ("加字幕「一坯一釉，皆是手作」", "ops=add_text; texts=1; t.txt~皆是手作"),
            ("字幕放上面，大一点", "texts=1; t.m.position=top"),
            ("来点文艺一点的音乐", "ops=add_music; music=1"),
            ("帮我把它弄得好看点", "ask"),
            ("现在时间线上有什么", "ops=describe_timeline"),
        ],
    ),
    (
        "surf_school_slang",
        [
            (
                "dude gimme a 5 second shot of a longboarder hangin ten on a glassy wave",
                "ops=generate_clip; n=1; c1.d=5000; order=longboard",
            ),
            (
                "add 3 secs of a surf lesson on the sand after that",
                "ops=generate_clip; n=2; c2.d=3000; order=longboard,lesson",
            ),
            ("crossfade em", "ops=set_transition; c2.m.xfade>0"),
            ("half speed on the wave one", "ops=set_speed; c1.m.speed=0.5; order=longboard,lesson"),
            ("big text 'SURF CAMP BALI' up top", "texts=1; t.txt~SURF CAMP BALI; t.m.position=top"),
            ("yo make that text orange", "ops=style_text; texts=1"),
            ("throw on some upbeat music", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("music fade out at the end", "music=1; b.m.fade_out>0"),
            ("delete the shark clip lol", "ask"),
            (
                "make it landscape for youtube",
                "ops=set_canvas; draft.width>1080; draft.height<1920",
            ),
        ],
    ),
    (
        "grandma_birthday",
        [
            (
                "Hello dear, I want to make a birthday video for my grandson Leo. Can you make a clip of a birthday cake with candles, about 4 seconds?",
                "ops=generate_clip; n=1; c1.d=4000; order=cake",
            ),
            (
                "And then a clip of balloons floating in a blue sky, 3 seconds please",
                "ops=generate_clip; n=2; c2.d=3000; order=cake,balloon",
            ),
            (
                "Can you put the ballons one first? sorry for my typing",
                "ops=move_clip; order=balloon,cake",
            ),
            ("Please write Happy 7th Birthday Leo! on it", "ops=add_text; texts=1; t.txt~Leo"),
            ("can the words be bigger", "ops=style_text; texts=1"),
            ("and put them in the middle", "texts=1; t.m.position=center"),
            ("Some happy music would be lovely", "ops=add_music; music=1"),
            ("Is the music too loud? make it softer please", "ops=set_volume; music=1; b.vol<1"),
            ("I pressed something wrong, can you undo the last thing", "ops=undo; music=1"),
            ("Can you send it to my daughter's email?", "ask"),
            ("What is in the video now?", "ops=describe_timeline"),
        ],
    ),
    (
        "kindergarten_teacher",
        [
            ("做一个两秒的小朋友画彩虹的视频", "ops=generate_clip; n=1; c1.d=2000; order=彩虹"),
            (
                "再来一个一样长的，小朋友在操场跑步",
                "ops=generate_clip; n=2; c2.d=2000; order=彩虹,操场",
            ),
            ("它放慢一点", "ops=set_speed; c2.m.speed<1; order=彩虹,操场"),
            ("把跑步那个挪到第一个", "ops=move_clip; order=操场,彩虹"),
            ("加标题：阳光幼儿园 毕业典礼", "ops=add_text; texts=1; t.txt~阳光幼儿园"),
            ("标题改成“阳光幼儿园 2026届毕业典礼”", "ops=edit_text; texts=1; t.txt~2026届"),
            ("标题只在最后三秒出现", "ops=time_text; texts=1; t.d=3000"),
            ("加点可爱的音乐", "ops=add_music; music=1"),
            ("第五个片段加快两倍", "ask"),
            (
                "帮我加一个 3 秒的气球的片段放在最后",
                "ops=generate_clip; n=3; c3.d=3000; order=操场,彩虹,气球",
            ),
        ],
    ),
]
