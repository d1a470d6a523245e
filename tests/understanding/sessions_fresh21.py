"""Held-out set 21: a bike shop, a potter, a Chengdu hotpot restaurant, a chess coach, a Shanghai nail salon.

Written without reading the engine's understanding code or earlier sets; scored by
``scripts/score_sessions.py fresh21``, not tuned on.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

BIKE_SHOP: Session = (
    "bike shop",
    [
        (
            "hey! we fix bikes. can u do a 4 sec clip of a mechanic truing a wheel",
            "ops=generate_clip; n=1; c1.d=4000; order=wheel",
        ),
        (
            "and a 3-second one of a row of shiny road bikes",
            "ops=generate_clip; order=wheel,bikes; c2.d=3000",
        ),
        (
            "also 2 secs of a chain getting oiled",
            "ops=generate_clip; order=wheel,bikes,chain; c3.d=2000",
        ),
        (
            "the chain one should come right after the wheel one",
            "ops=move_clip; order=wheel,chain,bikes",
        ),
        ("make the wheel clip one second longer", "c1.d=5000; order=wheel,chain,bikes"),
        ("text: Tune-ups from $39", "texts=1; t.txt~Tune-ups from $39"),
        ("stick that at the top", "t.m.position=top; texts=1"),
        ("and make it yellow", "ops=style_text; texts=1"),
        ("delete the helmet clip", "ask"),
        ("whats on the timeline rn", "ops=describe_timeline"),
    ],
)

POTTER: Session = (
    "potter",
    [
        (
            "i'd like a 5 second shot of hands shaping clay on a potter's wheel",
            "ops=generate_clip; n=1; c1.d=5000; order=clay",
        ),
        (
            "then 3 seconds of a kiln glowing orange",
            "ops=generate_clip; order=clay,kiln; c2.d=3000",
        ),
        (
            "and finished mugs on a shelf, 3 seconds",
            "ops=generate_clip; order=clay,kiln,mugs; c3.d=3000",
        ),
        ("crossfade all of them", "c2.m.xfade>0; c3.m.xfade>0; n=3"),
        ("the kiln shot is a touch long, trim it to two and a half seconds", "ops=trim; c2.d=2500"),
        ("add a caption 'handmade in small batches'", "texts=1; t.txt~handmade in small batches"),
        ("move the caption to the middle", "t.m.position=center; texts=1"),
        ("show it from 1 second to 4 seconds", "ops=time_text; t.st=1000; t.d=3000"),
        ("some soft romantic music", "ops=add_music; music=1; b.m.mood=romantic"),
        ("could you glaze the mugs blue in the video", "ask"),
    ],
)

HOTPOT: Session = (
    "chengdu hotpot",
    [
        ("帮我做个3秒的火锅沸腾的视频🔥", "ops=generate_clip; n=1; c1.d=3000; order=火锅"),
        ("再来一个毛肚的，两秒", "ops=generate_clip; order=火锅,毛肚; c2.d=2000"),
        ("再来一个一样的", "ops=generate_clip; n=3; c3.m.prompt~毛肚"),
        ("最后一个删了", "ops=delete_clip; order=火锅,毛肚"),
        ("毛肚放最前面", "ops=move_clip; order=毛肚,火锅"),
        ("火锅那段加快到两倍", "ops=set_speed; c2.m.speed=2; c2.d=1500"),
        ("加字幕：老码头火锅 人均80", "texts=1; t.txt~老码头火锅"),
        ("字幕改成红色，放底部", "t.m.position=bottom; texts=1"),
        ("配点热闹的音乐", "ops=add_music; music=1"),
        ("音量调到百分之三十", "ops=set_volume; b.vol=0.3"),
        ("帮我把视频发到抖音", "ask"),
    ],
)

CHESS: Session = (
    "chess coach",
    [
        (
            "Create clip 1: a chessboard with pieces in the opening position, 4 seconds.",
            "ops=generate_clip; n=1; c1.d=4000; order=chess",
        ),
        (
            "Clip 2: two kids playing chess in a library, 3 seconds.",
            "ops=generate_clip; order=chess,kids; c2.d=3000",
        ),
        (
            "Clip 3: a trophy on a table, 2 seconds.",
            "ops=generate_clip; order=chess,kids,trophy; c3.d=2000",
        ),
        ("Swap clips 2 and 3.", "ops=swap_clips; order=chess,trophy,kids"),
        ("Reverse the order of all clips.", "ops=reverse_clips; order=kids,trophy,board"),
        ("Set clip 1 to 1.5x speed.", "ops=set_speed; c1.m.speed=1.5; c1.d=2000"),
        (
            "Add the title 'Knight Moves Chess Club' for the first 3 seconds.",
            "texts=1; t.txt~Knight Moves Chess Club; t.st=0; t.d=3000",
        ),
        ("Restyle the title: larger, centered.", "t.m.position=center; t.m.size>0; texts=1"),
        ("Undo.", "ops=undo; texts=1"),
        ("Redo.", "ops=redo; t.m.position=center"),
        ("Show the move e4 with an arrow on the board.", "ask"),
    ],
)

NAIL_SALON: Session = (
    "shanghai nail salon",
    [
        (
            "做一个 3 second 的 clip，美甲特写 nail art close-up",
            "ops=generate_clip; n=1; c1.d=3000",
        ),
        ("再来一个 salon interior，4秒", "ops=generate_clip; n=2; c2.d=4000; c2.m.prompt~salon"),
        ("salon 那个放前面", "ops=move_clip; c1.m.prompt~salon; n=2"),
        ("加 title 'Lily Nails 开业大吉'", "texts=1; t.txt~Lily Nails 开业大吉"),
        ("title 放 top", "t.m.position=top; texts=1"),
        ("第一个 clip 慢一点", "ops=set_speed; c1.m.speed<1"),
        ("加 music，要 chill 一点的", "ops=add_music; music=1"),
        ("整体 fade out", "c-1.m.fade_out>0; n=2"),
        ("把那个 pedicure 的 clip 删掉", "ask"),
        ("帮我弄好看一点", "ask"),
    ],
)

SESSIONS: list[Session] = [BIKE_SHOP, POTTER, HOTPOT, CHESS, NAIL_SALON]
