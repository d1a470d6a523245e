"""Development sessions: the phrasings the planner was tuned against (see corpus.py for checks).

Every session starts on an empty 180x320 draft. Clip lengths are kept short (1–3 s) only
because people's own numbers were chosen small here; the phrasing is theirs.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "beach day",
        [
            ("generate a 2 second clip of waves on a beach", "ops=generate_clip; order=beach"),
            (
                "now a 2-second clip of a lighthouse at dusk",
                "ops=generate_clip; order=beach,lighthouse",
            ),
            (
                "and then a 1 s clip of seagulls right after the beach one",
                "ops=generate_clip; order=beach,seagull,lighthouse",
            ),
            ("remove the lighthouse one", "ops=delete_clip; order=beach,seagull"),
            ("put the lighthouse clip first", "ask"),
            ("make the seagulls clip twice as fast", "ops=set_speed; c2.m.speed=2"),
            ("undo that", "ops=undo; n=2"),
            ("what's on the timeline right now?", "ops=describe_timeline; n=2"),
        ],
    ),
    (
        "city night",
        [
            ("make a 3 second video of a city street at night", "ops=generate_clip; order=city"),
            (
                "generate a 2-second clip of a sunset over the hills and put it before the city one",
                "ops=generate_clip; order=sunset,city",
            ),
            (
                "now generate a 1 second clip of a neon sign and put it after the sunset",
                "ops=generate_clip; order=sunset,neon,city",
            ),
            ("trim the city clip to one and a half seconds", "ops=trim; c3.d=1500"),
            ("swap the first and last clips", "ops=swap_clips; order=city,neon,sunset"),
            ("delete the fireworks one", "ask"),
            ("fade out the last clip", "ops=set_fade; c3.m.fade_out>0"),
        ],
    ),
    (
        "a title on the mountain",
        [
            (
                "generate a 3 second clip of a mountain landscape",
                "ops=generate_clip; c1.m.prompt=mountain landscape; draft.width=180",
            ),
            ("add a title 'Summit' for the first 2 seconds", "ops=add_text; t.txt=Summit"),
            ("make the title bigger and put it at the top", "t.m.position=top; t.m.size>0"),
            ("change the title to 'Peak'", "ops=edit_text; t.txt=Peak"),
            ("make it yellow", "ops=style_text; t.m.color=#ffcc00"),
            ("remove the title", "ops=remove_text; texts=0"),
        ],
    ),
    (
        "numbers in words",
        [
            ("generate a four second clip of rain on a window", "ops=generate_clip; c1.d=4000"),
            ("cut it to two and a half seconds", "ops=trim; c1.d=2500"),
            ("slow it down to half speed", "ops=set_speed; c1.m.speed=0.5"),
            ("add a one second fade in at the start", "ops=set_fade; c1.m.fade_in=1000"),
            ("set the whole video to three seconds", "ops=set_length; c1.d=3000"),
        ],
    ),
    (
        "海边",
        [
            ("生成一个2秒的海边日落视频", "ops=generate_clip; order=日落"),
            ("再生成一个两秒的森林视频", "ops=generate_clip; order=日落,森林"),
            ("把森林那段放到最前面", "ops=move_clip; order=森林,日落"),
            ("把第二个片段剪到一秒半", "ops=trim; c2.d=1500"),
            ("删除灯塔那个片段", "ask"),
            ("把它静音", "ops=set_volume; c2.vol=0"),
            ("加上轻松的背景音乐，音量百分之二十", "ops=add_music; b.vol=0.2"),
            ("撤销", "ops=undo; music=0"),
        ],
    ),
    (
        "雪山",
        [
            ("生成一个3秒的视频，内容是雪山和湖泊", "ops=generate_clip; c1.m.prompt=雪山和湖泊"),
            ("加一个标题“冬天”", "ops=add_text; t.txt=冬天"),
            ("标题改成红色", "ops=style_text; t.m.color=#ff3b30"),
            ("把标题放到顶部", "ops=style_text; t.m.position=top"),
            ("把视频时长改为两秒", "ops=set_length; c1.d=2000"),
            ("随便弄弄", "ask"),
            ("时间线里有什么", "ops=describe_timeline"),
        ],
    ),
    (
        "vague asks",
        [
            ("generate a 2 second clip of a forest", "ops=generate_clip; n=1"),
            ("make it better", "ask"),
            ("hmm", "ask"),
            ("do the thing", "ask"),
            ("can you make it pop?", "ask"),
            ("trim it to 1 second", "ops=trim; c1.d=1000"),
        ],
    ),
    (
        "a photo",
        [
            ("upload:beach.png", ""),
            ("animate it with a slow zoom", "ops=animate_image; n=1; c1.m.motion~zoom"),
            ("make it 3 seconds", "ops=trim; c1.d=3000"),
            ("add a caption 'Day one' at the bottom", "ops=add_text; t.txt=Day one"),
            ("upload:dog.png", ""),
            (
                "animate the new photo panning left to right and put it at the start",
                "ops=animate_image; n=2; c1.m.motion=pan_right",
            ),
        ],
    ),
]
