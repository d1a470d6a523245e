"""A fifth dev set: the kinds of request a first fresh held-out run missed, in new words.

Verb-less follow-ups ("now one of …", "再来一个…"), placement of a new clip, relative
trims, answers to the agent's own question, references to clips that do not exist,
requests the engine cannot carry out (posting, voice-over), status and "bring it back".
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "verbless follow ups",
        [
            ("make a 2 second clip of a quiet harbour at dawn", "ops=generate_clip; c1.d=2000"),
            ("now one of a lighthouse, 1 second", "ops=generate_clip; n=2; c2.d=1000"),
            (
                "and another of seagulls for 2s",
                "ops=generate_clip; n=3; order=harbour,light,seagull",
            ),
            (
                "one more: fishing boats, one and a half seconds",
                "ops=generate_clip; n=4; c4.d=1500",
            ),
            (
                "a snowy street next, 1 sec, at the start",
                "ops=generate_clip; n=5; order=snow,harbour,light,seagull,fish",
            ),
            ("what have we got so far", "ops=describe_timeline"),
        ],
    ),
    (
        "placement of new clips",
        [
            ("generate a 1 second clip of a red balloon", "ops=generate_clip"),
            ("generate a 1 second clip of a blue kite", "ops=generate_clip; order=balloon,kite"),
            (
                "make a one second clip of a paper boat and put it first",
                "ops=generate_clip; order=boat,balloon,kite",
            ),
            (
                "add a 1s clip of a green tram after the balloon",
                "ops=generate_clip; order=boat,balloon,tram,kite",
            ),
            ("genrate a 1 second clip of a yellow taxi", "ops=generate_clip; n=5"),
            ("put it before the kite", "ops=move_clip; order=boat,balloon,tram,taxi,kite"),
        ],
    ),
    (
        "relative trims and numbers in words",
        [
            ("a 3 second clip of a waterfall", "ops=generate_clip; c1.d=3000"),
            ("make it one second longer", "ops=trim; c1.d=4000"),
            ("actually take two seconds off", "ops=trim; c1.d=2000"),
            ("make the waterfall one a second and a half long", "ops=trim; c1.d=1500"),
            ("half speed please", "ops=set_speed; c1.m.speed=0.5"),
        ],
    ),
    (
        "things it cannot do",
        [
            ("create a 2 second clip of a skateboarder in a park", "ops=generate_clip"),
            ("share it on tiktok for me", "ask"),
            ("can you add a voiceover saying welcome", "ask"),
            ("remove the background behind the skater", "ask"),
            ("upload this to my youtube channel", "ask"),
            ("make the skater one two seconds shorter", "ops=trim"),
        ],
    ),
    (
        "references that match nothing",
        [
            ("generate a 2s clip of a dog on a beach", "ops=generate_clip"),
            ("generate a 2s clip of a busy market", "ops=generate_clip; n=2"),
            ("delete the horse clip", "ask; n=2"),
            ("move the volcano one to the end", "ask; n=2"),
            ("speed up the train clip", "ask"),
            ("delete the market one", "ops=delete_clip; n=1; order=dog"),
        ],
    ),
    (
        "answers to a question",
        [
            ("make a 1 second clip of rain on a window", "ops=generate_clip"),
            ("make a 1 second clip of a candle flame", "ops=generate_clip; n=2"),
            ("make one of them slower", "ask"),
            ("the candle one", "ops=set_speed; c2.m.speed<1"),
            ("remove one", "ask"),
            ("the rain one then", "ops=delete_clip; n=1; order=candle"),
        ],
    ),
    (
        "undo in plain words",
        [
            ("generate a 2 second clip of autumn leaves falling", "ops=generate_clip"),
            ("delete it", "ops=delete_clip; n=0"),
            ("no wait, put it back", "ops=undo; n=1"),
            ("where are we at?", "ops=describe_timeline"),
        ],
    ),
    (
        "caption moves rather than doubles",
        [
            ("generate a 2 second clip of a night market", "ops=generate_clip"),
            ("add a caption 'Taste the night'", "ops=add_text; texts=1"),
            ("move the caption to the bottom", "ops=style_text; texts=1; t.m.position=bottom"),
            (
                "now put the caption at the top and make it yellow",
                "texts=1; t.m.position=top; t.m.color~#",
            ),
            ("make the caption bigger", "ops=style_text; texts=1"),
        ],
    ),
    (
        "中文 再来一个",
        [
            ("生成一个两秒的海边日落视频", "ops=generate_clip; c1.d=2000"),
            ("再来一个森林的，一秒", "ops=generate_clip; n=2; c2.d=1000"),
            ("再做一个下雪的街道，两秒", "ops=generate_clip; n=3"),
            ("再整一个星空的", "ops=generate_clip; n=4"),
            ("再加个沙漠的视频，放在最前面", "ops=generate_clip; n=5; order=沙漠,日落,森林,雪,星"),
            ("现在都有什么", "ops=describe_timeline"),
        ],
    ),
    (
        "中文 相对修改",
        [
            ("做一个三秒的城市夜景视频", "ops=generate_clip; c1.d=3000"),
            ("做一个两秒的湖面视频", "ops=generate_clip; n=2; c2.d=2000"),
            ("第二个加一秒", "ops=trim; c2.d=3000"),
            ("第一个减一秒", "ops=trim; c1.d=2000"),
            ("湖面那段加个淡出", "ops=set_fade; c2.m.fade_out>0"),
            ("发到抖音上", "ask"),
            ("删掉火车那段", "ask; n=2"),
        ],
    ),
    (
        "中文 回答问题",
        [
            ("生成一个一秒的猫咪视频", "ops=generate_clip"),
            ("生成一个一秒的小狗视频", "ops=generate_clip; n=2"),
            ("删掉一个", "ask"),
            ("小狗那个", "ops=delete_clip; n=1; order=猫"),
            ("给它配个音", "ask"),
        ],
    ),
    (
        "mixed casual",
        [
            ("yo make me a 2 sec vid of a skyline at night", "ops=generate_clip; c1.d=2000"),
            ("加一个标题 'City Nights'", "ops=add_text; t.txt=City Nights"),
            ("标题放到底部", "ops=style_text; texts=1; t.m.position=bottom"),
            ("skyline 那段放慢一点", "ops=set_speed; c1.m.speed<1"),
            ("post it on insta", "ask"),
            ("ok looks good, how long is it now?", "ops=describe_timeline"),
        ],
    ),
]
