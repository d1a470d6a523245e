"""Held-out understanding set fresh16: a Shenzhen shop owner, a beekeeper, a wedding DJ, a
marathon runner and a librarian, written without looking at the engine's readers.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "shenzhen_shop",
        [
            ("生成一个手机壳展示的视频 6秒", "ops=generate_clip;n=1;c1.d=6000;order=手机壳"),
            ("再来个充电宝的 4秒", "ops=generate_clip;n=2;c2.d=4000;order=手机壳,充电宝"),
            ("再来一个一样的", "ops=generate_clip;n=3;order=手机壳,充电宝,充电宝"),
            ("删掉最后那个", "ops=delete_clip;n=2;order=手机壳,充电宝"),
            ("第一个缩短两秒", "ops=trim;c1.d=4000"),
            ("加标题 双十一大促 全场五折", "ops=add_text;texts=1;t.txt~双十一大促"),
            ("标题放顶部，红色", "texts=1;t.m.position=top"),
            ("做成横屏的", "ops=set_canvas;draft.width>1080"),
            ("两段之间加个转场", "ops=set_transition;c2.m.xfade>0"),
            ("帮我算一下这个视频能卖多少货", "ask"),
        ],
    ),
    (
        "beekeeper",
        [
            (
                "hey there, could u make me a clip of bees on a honeycomb, like eight seconds",
                "ops=generate_clip;n=1;c1.d=8000;order=bee",
            ),
            (
                "and honey dripping off a spoon, 4 secs",
                "ops=generate_clip;n=2;c2.d=4000;order=bee,honey",
            ),
            ("hmm the bee clip is a bit much, make it half as long", "n=2;c1.d=4000"),
            ("put the honey one first", "ops=move_clip;order=honey,bee"),
            (
                "a lavender field, three seconds, at the very end",
                "ops=generate_clip;n=3;c3.d=3000;order=honey,bee,lavender",
            ),
            (
                "add words: Raw Local Honey - Farmers Market Sat",
                "ops=add_text;texts=1;t.txt~raw local honey",
            ),
            ("make the words show up at 2 seconds and stay till the end", "texts=1;t.st=2000"),
            ("gentle acoustic music, not too loud", "ops=add_music;music=1"),
            ("swap the bees and the lavender", "ops=swap_clips;order=honey,lavender,bee"),
            ("can u remove the music actually", "ops=remove_music;music=0"),
        ],
    ),
    (
        "wedding_dj",
        [
            (
                "yo gimme a dance floor with disco lights, 5s",
                "ops=generate_clip;n=1;c1.d=5000;order=dance",
            ),
            (
                "then bride n groom first dance 6s",
                "ops=generate_clip;n=2;c2.d=6000;order=dance,bride",
            ),
            (
                "champagne toast 3s before the first dance",
                "ops=generate_clip;n=3;c2.d=3000;order=dance,champagne,bride",
            ),
            ("hype music", "ops=add_music;music=1;b.m.mood=upbeat"),
            ("louder", "ops=set_volume;music=1"),
            ("make the champagne one double speed", "ops=set_speed;c2.m.speed=2;c2.d=1500"),
            ("title DJ KAYO LIVE at the top", "texts=1;t.txt~dj kayo live;t.m.position=top"),
            ("make it pop in", "texts=1;t.m.anim=pop"),
            ("drop the disco one", "ops=delete_clip;n=2;order=champagne,bride"),
            ("make it fire 🔥🔥", "ask"),
        ],
    ),
    (
        "marathon_runner",
        [
            ("runners at a start line, 4 seconds", "ops=generate_clip;n=1;c1.d=4000;order=runner"),
            ("city street at dawn 5 secs", "ops=generate_clip;n=2;c2.d=5000;order=runner,street"),
            (
                "finish line with a crowd 3s",
                "ops=generate_clip;n=3;c3.d=3000;order=runner,street,finish",
            ),
            ("cut the street one from 1s to 3.5s", "ops=trim;c2.d=2500;c2.in=1000"),
            ("the finish one 1.5 seconds longer", "n=3;c3.d=4500"),
            ("add caption 42.2 km done", "ops=add_text;texts=1;t.txt~42.2 km done"),
            ("move the caption to the middle", "texts=1;t.m.position=center"),
            ("speed up clip 1 by 50%", "ops=set_speed;c1.m.speed=1.5"),
            ("share it to my strava", "ask"),
            ("what's the total length", "ops=describe_timeline"),
        ],
    ),
    (
        "librarian",
        [
            (
                "Could you generate a 5 second clip of rows of old books on wooden shelves?",
                "ops=generate_clip;n=1;c1.d=5000;order=book",
            ),
            (
                "And a 3 second clip of a reading lamp glowing on a desk, please.",
                "ops=generate_clip;n=2;c2.d=3000;order=book,lamp",
            ),
            (
                "Place a 4 second clip of children reading on a rug between those two.",
                "ops=generate_clip;n=3;c2.d=4000;order=book,children,lamp",
            ),
            ("The middle one should be a touch faster.", "ops=set_speed;c2.m.speed>1"),
            (
                "Add a title: Story Hour Every Thursday",
                "ops=add_text;texts=1;t.txt~story hour every thursday",
            ),
            ("Please display it for three seconds only.", "ops=time_text;t.d=3000"),
            ("Remove the clip of the globe.", "ask;n=3"),
            ("Put the lamp clip first.", "ops=move_clip;order=lamp,book,children"),
            ("Undo that please.", "ops=undo;order=book,children,lamp"),
            (
                "Add a soft fade in at the beginning and a fade out at the end.",
                "c1.m.fade_in>0;c-1.m.fade_out>0",
            ),
        ],
    ),
]
