"""A fifth held-out set, written before reading how the planner handles these phrasings.

Casual typing: lowercase, typos, "pls", numbers in words, pronouns, remarks that are not
requests, things the engine cannot do. Not yet used to change the planner.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "beach day casual",
        [
            ("pls make a 2 sec clip of waves on a beach", "ops=generate_clip; c1.d=2000"),
            ("ok now one of a seagull, 1 second", "ops=generate_clip; n=2"),
            ("put the seagull one first", "ops=move_clip; order=seagull,wave"),
            ("nice", "ask"),
            ("delete the dolphin clip", "ask"),
            ("make the waves one a second long", "ops=trim; c2.d=1000"),
        ],
    ),
    (
        "coffee promo typos",
        [
            ("generate a two second clip of coffee being poured", "ops=generate_clip"),
            ("add a titel 'Morning Brew' at the top", "ops=add_text; t.m.position=top"),
            ("make it red", "t.m.color~#"),
            ("can you upload it to instagram", "ask"),
            ("hmm not sure", "ask"),
        ],
    ),
    (
        "中文 旅行",
        [
            ("生成一个两秒的山间日出视频", "ops=generate_clip; c1.d=2000"),
            ("再来一个一秒的湖面视频", "ops=generate_clip; n=2"),
            ("把湖面那个放到最前面", "ops=move_clip; order=湖,日出"),
            ("删掉森林那段", "ask"),
            ("加个标题'出发吧'", "ops=add_text; t.txt=出发吧"),
            ("不错", "ask"),
        ],
    ),
    (
        "mixed zh en",
        [
            ("make a 2 second clip of a city at night", "ops=generate_clip"),
            ("把它变慢一点", "ops=set_speed; c1.m.speed<1"),
            ("把它的速度改成两倍", "ops=set_speed; c1.m.speed=2"),
            ("delete it", "ops=delete_clip; n=0"),
        ],
    ),
]
