"""A sixth dev set: requests probed one by one on a three-clip draft, then made sessions.

Chat "export", grading the engine cannot do, clip lengths said as "last", "start at",
"for the X clip", positions by number, bare ordinals and numbers, "play twice", crossfades
said as "a fade between", names across languages, "快一倍".
"""

from __future__ import annotations

from tests.understanding.corpus import Session

_THREE = [
    ("generate a 3 second clip of a sunset over the ocean", "ops=generate_clip"),
    ("generate a 3 second clip of a city street at night", "ops=generate_clip; n=2"),
    ("generate a 3 second clip of a forest in autumn", "ops=generate_clip; n=3"),
]
_SAN = [
    ("生成一个三秒的海边日落视频", "ops=generate_clip"),
    ("生成一个三秒的城市夜景视频", "ops=generate_clip; n=2"),
    ("生成一个三秒的秋天森林视频", "ops=generate_clip; n=3"),
]

SESSIONS: list[Session] = [
    (
        "lengths said many ways",
        [
            *_THREE,
            ("make clip two last two seconds", "ops=trim; c2.d=2000"),
            ("1 second for the forest clip", "ops=trim; c3.d=1000"),
            ("make the sunset clip start at 1 second", "ops=trim; c1.d=2000"),
            ("cut the last second off the city", "ops=trim; c2.d=1000"),
            ("make the first clip play twice", "ops=loop; n=4"),
        ],
    ),
    (
        "order by numbers",
        [
            *_THREE,
            ("move clip 3 to position 1", "ops=move_clip; order=forest,sunset,city"),
            ("put the second clip after the third", "ops=move_clip; order=forest,city,sunset"),
            ("swap 1 and 3", "ops=swap_clips; order=sunset,city,forest"),
            ("put a fade between the first and second clip", "ops=set_transition; c2.m.xfade>0"),
        ],
    ),
    (
        "what it cannot do",
        [
            *_THREE,
            ("export it", "ask"),
            ("render the final video please", "ask"),
            ("make the city clip black and white", "ask; n=3"),
            ("a bit more contrast", "ask"),
            ("play it backwards", "ask"),
            ("add a zoom to the sunset clip", "ask; n=3"),
            ("turn the music off", "ask"),
        ],
    ),
    (
        "many at once",
        [
            ("generate 3 clips: a beach, a mountain and a desert", "order=beach,mountain,desert"),
            ("make everything a bit faster", "ops=set_speed; c1.m.speed<2; c1.m.speed>1"),
            ("add some chill music", "ops=add_music; music=1"),
            ("turn the bgm off", "ops=set_volume; b.vol=0"),
            ("what's the length", "ops=describe_timeline"),
        ],
    ),
    (
        "中文 对英文片段",
        [
            *_THREE,
            ("把日落那段放到最后", "ops=move_clip; order=city,forest,sunset"),
            ("把城市那段速度调快一倍", "ops=set_speed; c1.m.speed=2"),
            ("把森林那个片段删掉", "ops=delete_clip; order=city,sunset"),
            ("导出", "ask"),
        ],
    ),
    (
        "中文 顺序与时长",
        [
            *_SAN,
            ("把第二个和第三个换一下位置", "ops=swap_clips; order=日落,森林,城市"),
            ("第一个再加一秒", "ops=trim; c1.d=4000"),
            ("现在视频有多长", "ops=describe_timeline"),
            ("生成一个两秒的下雪的街道视频，竖屏", "ops=set_canvas,generate_clip; n=4"),
            ("把画面调成黑白的", "ask; n=4"),
        ],
    ),
]
