"""Fresh held-out sessions, set 8: written without reading the parser (see FIRST_RUN_fresh.md).

Each session is a new user on a 180x320 canvas; expectations use the checks of
``tests/understanding/corpus.py``. Not registered in CI or the benchmark.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "f8-wedding",
        [
            (
                "Generate a 4-second clip of a wedding ceremony on a beach",
                "ops=generate_clip; n=1; c1.d=4000; order=wedding",
            ),
            (
                "add another clip of the first dance, 3 seconds",
                "ops=generate_clip; order=wedding,dance; c2.d=3000",
            ),
            (
                "and then a 2 s clip of a cake right after the ceremony",
                "ops=generate_clip; order=wedding,cake,dance",
            ),
            ("add romantic music", "ops=add_music; music=1; b.m.mood=romantic"),
            ("music a bit quieter", "ops=set_volume; b.vol<1"),
            (
                "add a title 'Anna & Tom' for the first 3 seconds",
                "ops=add_text; texts=1; t.txt=Anna & Tom; t.st=0; t.d=3000",
            ),
            (
                "make the title white and put it in the center",
                "t.m.position=center; texts=1",
            ),
            ("trim the cake clip from 0.5s to 2s", "ops=trim; c2.d=1500; order=wedding,cake,dance"),
            ("crossfade half a second between all clips", "ops=set_transition; c2.m.xfade=500"),
            ("remove the bouquet clip", "ask"),
        ],
    ),
    (
        "f8-iceland-zh",
        [
            ("做一个五秒的雪山视频", "ops=generate_clip; n=1; c1.d=5000; order=雪山"),
            ("再做一个三秒的湖泊", "ops=generate_clip; order=雪山,湖"),
            ("在开头加一个两秒的日出", "ops=generate_clip; order=日出,雪山,湖; c1.d=2000"),
            ("湖那段加一秒", "ops=trim; c3.d=4000; order=日出,雪山,湖"),
            ("把雪山那个剪掉一半", "ops=trim; c2.d=2500; order=日出,雪山,湖"),
            ("把视频改成横屏", "ops=set_canvas; draft.width>1080"),
            ("标题「冰岛之旅」", "ops=add_text; texts=1; t.txt=冰岛之旅"),
            ("标题改成黄色", "ops=style_text; texts=1"),
            ("加个配音，说欢迎来到冰岛", "ask"),
            ("现在一共多长", "ops=describe_timeline; n=3"),
        ],
    ),
    (
        "f8-product-photo",
        [
            ("upload:mug.png", ""),
            ("animate the photo, slow pan left", "ops=animate_image; n=1; c1.m.motion=pan_left"),
            ("make it 4 seconds long", "ops=trim; c1.d=4000"),
            (
                "generate a 3 second clip of coffee being poured and put it at the start",
                "ops=generate_clip; n=2; c1.m.label~coffee; c1.d=3000",
            ),
            ("add a caption 'Morning Blend'", "ops=add_text; texts=1; t.txt=Morning Blend"),
            (
                "make the caption bigger and move it to the top",
                "texts=1; t.m.position=top; t.m.size>0",
            ),
            ("show the whole photo, don't crop it", "ops=set_fit; c2.m.fit=contain"),
            ("remove the background from the mug photo", "ask"),
            ("add calm music at 15%", "ops=add_music; music=1; b.vol=0.15"),
            ("fade in the music", "ops=set_fade; b.m.fade_in>0"),
        ],
    ),
    (
        "f8-balloon-pronouns",
        [
            (
                "can you generate a clip of a red balloon floating up, 3 seconds",
                "ops=generate_clip; n=1; c1.d=3000; order=balloon",
            ),
            ("make it slower", "ops=set_speed; c1.m.speed<1"),
            ("a 2 second clip of kids laughing", "ops=generate_clip; order=balloon,kids"),
            ("put it first", "ops=move_clip; order=kids,balloon"),
            ("make that one a bit longer, 3 seconds", "ops=trim; c1.d=3000; order=kids,balloon"),
            ("delete the balloon", "ops=delete_clip; order=kids"),
            ("undo", "ops=undo; order=kids,balloon"),
            ("redo", "ops=redo; order=kids"),
            ("nvm undo again", "ops=undo; order=kids,balloon"),
            ("the third clip should be faster", "ask"),
        ],
    ),
    (
        "f8-rainy-mixed",
        [
            (
                "generate 一个三秒的 rainy window clip",
                "ops=generate_clip; n=1; c1.d=3000; order=rain",
            ),
            ("再来一个 but sunny", "ops=generate_clip; n=2"),
            ("把 rain 那个放到后面", "ops=move_clip; n=2; c2.m.label~rain"),
            ("add lofi 音乐", "ops=add_music; music=1"),
            ("音量调到30%", "ops=set_volume; b.vol=0.3"),
            ("make it for youtube", "ops=set_canvas; draft.width>1080"),
            ("把它发到 youtube 上", "ask"),
            ("标题 'Rainy Days'", "ops=add_text; texts=1; t.txt=Rainy Days"),
            ("what do we have", "ops=describe_timeline; n=2"),
            ("好的谢谢", "ask"),
        ],
    ),
]
