"""Fresh held-out sessions, set 7: written without reading the parser (see FIRST_RUN_fresh.md).

Each session is a new user on a 180x320 canvas; expectations use the checks of
``tests/understanding/corpus.py``. Not registered in CI or the benchmark.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "f7-cooking",
        [
            (
                "make a clip of pasta boiling in a pot, five seconds",
                "ops=generate_clip; n=1; c1.d=5000; order=pasta",
            ),
            ("and a 3 second one of chopping tomatoes", "ops=generate_clip; order=pasta,tomato"),
            ("swap them", "ops=swap_clips; order=tomato,pasta"),
            (
                "the pasta one is too long, cut it to two and a half seconds",
                "ops=trim; c2.d=2500; order=tomato,pasta",
            ),
            (
                'add a title that says "Nonna\'s Sunday Sauce"',
                "ops=add_text; texts=1; t.txt=Nonna's Sunday Sauce",
            ),
            ('change the title to "Sunday Sauce"', "ops=edit_text; texts=1; t.txt=Sunday Sauce"),
            ("show it for the first 2 seconds only", "ops=time_text; t.st=0; t.d=2000"),
            ("add upbeat music", "ops=add_music; music=1"),
            ("turn the music down to 20 percent", "ops=set_volume; b.vol=0.2"),
            ("fade the music out at the end", "ops=set_fade; b.m.fade_out>0"),
            ("remove the garlic one", "ask"),
        ],
    ),
    (
        "f7-pets-zh",
        [
            (
                "帮我生成一段猫咪在沙发上睡觉的视频，四秒",
                "ops=generate_clip; n=1; c1.d=4000; order=猫",
            ),
            ("再生成一个小狗在草地上跑的，三秒", "ops=generate_clip; order=猫,狗; c2.d=3000"),
            ("再来一个", "ops=generate_clip; order=猫,狗,狗"),
            ("删掉最后一个", "ops=delete_clip; order=猫,狗"),
            ("把小狗那段放到开头", "ops=move_clip; order=狗,猫"),
            ("猫那个慢一点，零点五倍速", "ops=set_speed; c2.m.speed=0.5"),
            ("背景音乐加上，音量百分之二十", "ops=add_music; music=1; b.vol=0.2"),
            ("帮我发到抖音", "ask"),
            ("字幕写「周末日常」", "ops=add_text; texts=1; t.txt=周末日常"),
            ("撤销", "ops=undo; texts=0; music=1"),
        ],
    ),
    (
        "f7-japan-mixed",
        [
            (
                "generate a 3s clip of cherry blossoms in kyoto",
                "ops=generate_clip; n=1; c1.d=3000; order=cherry",
            ),
            ("then tokyo street at night, 3 seconds", "ops=generate_clip; order=cherry,tokyo"),
            (
                "and a 2 second one of mount fuji right after the cherry blossoms",
                "ops=generate_clip; order=cherry,fuji,tokyo; c2.d=2000",
            ),
            ("middle one +1s please", "ops=trim; c2.d=3000; order=cherry,fuji,tokyo"),
            ("把东京那段剪短一点，两秒", "ops=trim; c3.d=2000; order=cherry,fuji,tokyo"),
            ("add crossfades", "ops=set_transition; c2.m.xfade>0"),
            ("make it square", "ops=set_canvas; n=3"),
            ("what's the total length now", "ops=describe_timeline; n=3"),
            ("add japanese subtitles automatically from the audio", "ask"),
            ("move the first one to the end", "ops=move_clip; order=fuji,tokyo,cherry"),
        ],
    ),
    (
        "f7-gym",
        [
            (
                "quick 4 second clip of someone lifting weights in a gym",
                "ops=generate_clip; n=1; c1.d=4000; order=weight",
            ),
            (
                "now a 3 second clip of a runner on a treadmill",
                "ops=generate_clip; order=weight,runner",
            ),
            ("speed the runner up, 1.5x", "ops=set_speed; c2.m.speed=1.5"),
            ("mute the first clip", "ops=set_volume; c1.vol=0"),
            (
                "add a caption 'no excuses' at the bottom",
                "ops=add_text; texts=1; t.txt=no excuses; t.m.position=bottom",
            ),
            ("make the caption red", "ops=style_text; texts=1"),
            ("also make it pop in", "ops=style_text; t.m.anim=pop"),
            ("loop the whole thing twice", "ops=loop"),
            ("undo", "ops=undo; n=2"),
            ("add a voice-over", "ask"),
            ("remove background music", "ask"),
        ],
    ),
    (
        "f7-fireworks-vague",
        [
            ("idk something for my story", "ask"),
            (
                "make a 6 second video of fireworks over a lake",
                "ops=generate_clip; n=1; c1.d=6000; order=fireworks",
            ),
            ("split it in the middle", "ops=split_clip; n=2; c1.d=3000"),
            ("delete the second one", "ops=delete_clip; n=1; c1.d=3000"),
            ("delete the fireworks one", "ops=delete_clip; n=0"),
            ("bring it back", "ops=undo; n=1"),
            ("make it look more cinematic", "ask"),
            ("start over", "ops=start_over; n=0"),
            ("生成一个8秒半的日出", "ops=generate_clip; n=1; c1.d=8500; order=日出"),
            ("整个视频设成6秒", "ops=set_length; len=6000"),
        ],
    ),
]
