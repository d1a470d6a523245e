"""Fresh held-out sessions, set 9: written without reading the parser (see FIRST_RUN_fresh.md).

Each session is a new user on a 180x320 canvas; expectations use the checks of
``tests/understanding/corpus.py``. Not registered in CI or the benchmark.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "f9-skate",
        [
            (
                "gen a clip skateboarder doing a kickflip 3 secs",
                "ops=generate_clip; n=1; c1.d=3000; order=kickflip",
            ),
            (
                "one more of a skatepark at sunset, 4 sec",
                "ops=generate_clip; order=kickflip,park; c2.d=4000",
            ),
            ("put the kickflip after the skatepark one", "ops=move_clip; order=park,kickflip"),
            ("slow mo the kickflip", "ops=set_speed; c2.m.speed<1"),
            ("cut the skatepark clip to 2.5", "ops=trim; c1.d=2500; order=park,kickflip"),
            ("add punk music", "ops=add_music; music=1"),
            ("lower it to 10%", "ops=set_volume; b.vol=0.1"),
            ("and fade it out over 2 seconds", "ops=set_fade; b.m.fade_out=2000"),
            ("make it look like an old vhs tape", "ask"),
            ("delete the surfing one", "ask"),
        ],
    ),
    (
        "f9-waves-zh-numbers",
        [
            ("生成十秒的海浪", "ops=generate_clip; n=1; c1.d=10000; order=海浪"),
            ("剪到七秒半", "ops=trim; c1.d=7500"),
            ("再减一秒", "ops=trim; c1.d=6500"),
            ("在三秒处分开", "ops=split_clip; n=2; c1.d=3000"),
            ("删除第二段", "ops=delete_clip; n=1; c1.d=3000"),
            ("加一个标题「海边」显示前两秒", "ops=add_text; texts=1; t.txt=海边; t.d=2000"),
            ("标题放到下面", "ops=style_text; t.m.position=bottom"),
            ("视频加速到1.5倍", "ops=set_speed; c1.m.speed=1.5"),
            ("帮我上传到小红书", "ask"),
            ("刚才那个不要了，撤回", "ops=undo; n=1"),
        ],
    ),
    (
        "f9-dog-park",
        [
            (
                "make a 3 second clip of a golden retriever catching a frisbee",
                "ops=generate_clip; n=1; c1.d=3000; order=retriever",
            ),
            (
                "next a 2 sec clip of a dog swimming in a lake",
                "ops=generate_clip; order=retriever,swim; c2.d=2000",
            ),
            ("and another one", "ops=generate_clip; n=3"),
            ("remove the last one", "ops=delete_clip; order=retriever,swim"),
            ("swap the frisbee one and the swimming one", "ops=swap_clips; order=swim,retriever"),
            ("make the first clip one and a half seconds", "ops=trim; c1.d=1500"),
            (
                "add a caption 'good boy' for the last 2 seconds",
                "ops=add_text; texts=1; t.txt=good boy; t.d=2000",
            ),
            ("make the caption pop", "ops=style_text; t.m.anim=pop"),
            ("zoom in on the dog's face", "ask"),
            ("what've we got", "ops=describe_timeline; n=2"),
        ],
    ),
    (
        "f9-rain-music",
        [
            ("a 4s clip of rain on a window", "ops=generate_clip; n=1; c1.d=4000; order=rain"),
            ("add sad piano music", "ops=add_music; music=1; b.m.mood=sad"),
            ("change the music to something calm", "ops=replace_music; music=1; b.m.mood=calm"),
            ("start the music at 1 second", "ops=time_music; b.st=1000"),
            ("music volume 40%", "ops=set_volume; b.vol=0.4"),
            ("remove the music", "ops=remove_music; music=0"),
            ("bring it back", "ops=undo; music=1"),
            (
                "and then a 3 second clip of a coffee cup steaming after the rain one",
                "ops=generate_clip; order=rain,coffee",
            ),
            ("mute the rain one", "ops=set_volume; c1.vol=0; order=rain,coffee"),
            ("play the song from my spotify instead", "ask"),
        ],
    ),
    (
        "f9-lighthouse-nothing-there",
        [
            ("fix it", "ask"),
            ("make it square", "ops=set_canvas"),
            (
                "generate a two-second clip of a lighthouse",
                "ops=generate_clip; n=1; c1.d=2000; order=lighthouse",
            ),
            ("put the harbor clip first", "ask"),
            ("make it 9:16", "ops=set_canvas; draft.height>1080"),
            (
                "add a 3 second clip of a harbor at dawn at the start",
                "ops=generate_clip; order=harbor,lighthouse",
            ),
            ("make the ocean one shorter", "ask"),
            ("delete the boat one", "ask"),
            ("add my logo in the corner", "ask"),
            ("ok what do we have", "ops=describe_timeline; order=harbor,lighthouse"),
            ("导出", "ask"),
        ],
    ),
]
