"""Fresh held-out sessions, set 6: written without reading the parser (see FIRST_RUN_fresh.md).

Each session is a new user on a 180x320 canvas; expectations use the checks of
``tests/understanding/corpus.py``. Not registered in CI or the benchmark.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "f6-beach-day",
        [
            (
                "hey can u make a 3 second clip of waves crashing on rocks",
                "ops=generate_clip; n=1; c1.d=3000; order=waves",
            ),
            ("now a sunset over the beach, 4 seconds", "ops=generate_clip; order=waves,sunset"),
            (
                "another one but of seagulls, two seconds",
                "ops=generate_clip; order=waves,sunset,seagull; c3.d=2000",
            ),
            ("put the seagull one at the start", "ops=move_clip; order=seagull,waves,sunset"),
            ("make the sunset one a second longer", "ops=trim; c3.d=5000; n=3"),
            ("what do we have so far?", "ops=describe_timeline; n=3"),
            ("delete the waves one", "ops=delete_clip; order=seagull,sunset"),
            ("wait no bring it back", "ops=undo; order=seagull,waves,sunset"),
            ("add some chill lofi music at 25%", "ops=add_music; music=1; b.vol=0.25"),
            ("post it to instagram for me", "ask"),
        ],
    ),
    (
        "f6-city-night-zh",
        [
            ("生成一个三秒的城市夜景", "ops=generate_clip; n=1; c1.d=3000; order=城市"),
            ("再来一个", "ops=generate_clip; n=2"),
            ("把第二个剪到一秒半", "ops=trim; c2.d=1500; n=2"),
            ("加一个标题「夜色」", "ops=add_text; texts=1; t.txt=夜色"),
            ("标题再大一点", "ops=style_text; t.m.size>0"),
            ("把标题放到顶部", "ops=style_text; t.m.position=top"),
            ("第一个片段加速到两倍", "ops=set_speed; c1.m.speed=2"),
            ("帮我把背景抠掉", "ask"),
            ("现在时间线上有什么", "ops=describe_timeline; n=2"),
            ("弄得好看一点", "ask"),
        ],
    ),
    (
        "f6-forest-typos",
        [
            (
                "genrate a 5 sec clip of a forest in the fog",
                "ops=generate_clip; n=1; c1.d=5000; order=forest",
            ),
            ("then a waterfall, 3s", "ops=generate_clip; order=forest,waterfall; c2.d=3000"),
            ("make the waterfall one slower, half speed", "ops=set_speed; c2.m.speed=0.5"),
            ("add a crossfade between them", "ops=set_transition; c2.m.xfade>0"),
            ("make it 16:9", "ops=set_canvas; draft.width>1080"),
            ("nah vertical again, like for tiktok", "ops=set_canvas; draft.height>1080"),
            ("put the mountain one first", "ask"),
            ("add a caption 'into the woods'", "ops=add_text; texts=1; t.txt=into the woods"),
            ("fade the music out", "ask"),
            ("trim the forest clip by one and a half seconds", "ops=trim; c1.d=3500"),
        ],
    ),
    (
        "f6-photo-trip",
        [
            ("upload:beach.png", ""),
            ("animate it with a slow zoom", "ops=animate_image; n=1; c1.m.motion~zoom"),
            ("make it 3 seconds", "ops=trim; c1.d=3000"),
            (
                "now generate a 2 second clip of palm trees swaying and put it before the photo",
                "ops=generate_clip; n=2; c1.m.label~palm",
            ),
            (
                "add a title 'Summer 2026' at the top",
                "ops=add_text; t.txt=Summer 2026; t.m.position=top",
            ),
            ("make it yellow", "ops=style_text; texts=1"),
            ("add a voiceover saying welcome to my trip", "ask"),
            ("the title should be bigger", "ops=style_text; t.m.size>0"),
            ("speed the palm one up 2x", "ops=set_speed; c1.m.speed=2"),
            ("whats on the timeline rn", "ops=describe_timeline; n=2"),
        ],
    ),
    (
        "f6-cabin-mixed",
        [
            ("hi", "ask"),
            ("can you make something cool", "ask"),
            (
                "a 4 second clip of snow falling on a cabin",
                "ops=generate_clip; n=1; c1.d=4000; order=snow",
            ),
            ("再加一个两秒的篝火", "ops=generate_clip; order=snow,篝火; c2.d=2000"),
            ("把篝火那段放到最前面", "ops=move_clip; order=篝火,snow"),
            ("给它加一秒", "ops=trim; c1.d=3000; n=2"),
            ("开头淡入", "ops=set_fade; c1.m.fade_in>0"),
            ("删掉下雨那个", "ask"),
            ("make it better", "ask"),
            ("ok export it", "ask"),
        ],
    ),
]
