"""Fresh held-out set 10: written without reading the engine's understanding code.

A marketer, a parent, a student, a traveller (Chinese) and a musician (mixed), each typing the
way such a person does. Only the scorer (scripts/score_sessions.py) runs it.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

MARKETER: Session = (
    "marketer_launch",
    [
        (
            "need a 4s product shot: white sneaker spinning on a pedestal",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~sneaker",
        ),
        (
            "next: 3 sec of a runner's feet hitting wet pavement",
            "ops=generate_clip; n=2; c2.d=3000; order=sneaker,runner",
        ),
        (
            "one more, city skyline at dawn, five seconds",
            "ops=generate_clip; n=3; c3.d=5000; c3.m.prompt~skyline",
        ),
        ("skyline goes first", "ops=move_clip; order=skyline,sneaker,runner"),
        ("trim the sneaker clip to 2.5", "ops=trim; c2.d=2500; order=skyline,sneaker,runner"),
        ("crossfade between all of them", "n=3; c2.m.xfade>0; c3.m.xfade>0"),
        (
            "title card 'Run The City' at the top",
            "texts=1; t.txt~run the city; t.m.position=top",
        ),
        ("make the headline bigger", "ops=style_text; texts=1; t.m.size>16"),
        (
            "switch to square for the IG feed",
            "ops=set_canvas; draft.width=1080; draft.height=1080",
        ),
        (
            "add an upbeat background track, keep it low",
            "ops=add_music; music=1; b.m.mood=upbeat; b.vol<0.5",
        ),
        ("post it to our linkedin page", "ask"),
        ("what's the total runtime", "ops=describe_timeline"),
    ],
)

PARENT: Session = (
    "parent_birthday",
    [
        (
            "hi! can you make a clip of a birthday cake with candles, like 3 seconds?",
            "ops=generate_clip; n=1; c1.d=3000; c1.m.prompt~cake",
        ),
        (
            "and kids running around a backyard with balloons pls, 4 secs",
            "ops=generate_clip; n=2; c2.d=4000; order=cake,kids",
        ),
        (
            "omg can you make another one like the cake one",
            "ops=generate_clip; n=3; c3.m.prompt~cake",
        ),
        ("actualy no, get rid of that last one", "ops=delete_clip; n=2; order=cake,kids"),
        ("put the kids one first", "ops=move_clip; order=kids,cake"),
        ("can the cake part be slower, like slow motion", "ops=set_speed; c2.m.speed<1"),
        (
            "write Happy 6th Birthday Mia! across the middle",
            "ops=add_text; texts=1; t.txt~birthday mia; t.m.position=center",
        ),
        ("oops its Maya not Mia, sorry", "ops=edit_text; texts=1; t.txt~maya"),
        ("make the words pink", "ops=style_text; texts=1"),
        ("some happy music too", "ops=add_music; music=1"),
        ("make it look nicer", "ask"),
    ],
)

STUDENT: Session = (
    "student_finals",
    [
        (
            "yo make a 5 sec vid of a library at night 📚",
            "ops=generate_clip; n=1; c1.d=5000; c1.m.prompt~library",
        ),
        (
            "then like 3 secs of coffee being poured ☕",
            "ops=generate_clip; n=2; c2.d=3000; order=library,coffee",
        ),
        (
            "and a laptop screen with code scrolling, 4s",
            "ops=generate_clip; n=3; c3.d=4000; order=library,coffee,laptop",
        ),
        ("swap the coffee and the laptop", "ops=swap_clips; order=library,laptop,coffee"),
        ("the library one is way too long, cut 2 secs off it", "ops=trim; c1.d=3000"),
        ("speed up the coffee clip 2x lol", "ops=set_speed; c3.m.speed=2; c3.d=1500"),
        (
            "caption: finals week survival kit 💀",
            "ops=add_text; texts=1; t.txt~finals week survival kit",
        ),
        ("move the caption to the bottom", "texts=1; t.m.position=bottom"),
        ("lofi beats pls", "ops=add_music; music=1; b.m.mood=lofi"),
        ("can u make it go viral", "ask"),
        ("undo", "ops=undo; music=0"),
        ("jk redo", "ops=redo; music=1"),
    ],
)

TRAVELLER: Session = (
    "traveller_zh",
    [
        (
            "帮我生成一段四秒的视频，内容是京都的竹林",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~竹林",
        ),
        ("再来一段：雪山下的湖，三秒", "ops=generate_clip; n=2; c2.d=3000; c2.m.prompt~湖"),
        ("还要一个夜市的镜头，五秒钟", "ops=generate_clip; n=3; c3.d=5000; c3.m.prompt~夜市"),
        ("把夜市那段放到最前面", "ops=move_clip; order=夜市,竹林,湖"),
        ("竹林那段剪短一秒", "ops=trim; c2.d=3000; order=夜市,竹林,湖"),
        ("第三个加个淡出", "ops=set_fade; c3.m.fade_out>0"),
        ("加个标题：“日本七日游”", "ops=add_text; texts=1; t.txt~日本七日游"),
        ("标题放到上面", "texts=1; t.m.position=top"),
        ("配一段安静的音乐", "ops=add_music; music=1; b.m.mood=calm"),
        ("音乐音量调到百分之三十", "music=1; b.vol=0.3"),
        ("现在一共多长？", "ops=describe_timeline"),
        ("把第五段删掉", "ask"),
    ],
)

MUSICIAN: Session = (
    "musician_mixed",
    [
        (
            "make a clip of a guitarist on a dark stage with spotlights, 4 seconds",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~guitarist",
        ),
        (
            "再加一段 crowd jumping at a concert, 3 秒",
            "ops=generate_clip; n=2; c2.d=3000; order=guitarist,crowd",
        ),
        ("another like that", "ops=generate_clip; n=3; c3.m.prompt~crowd"),
        ("put the guitarist at the end", "ops=move_clip; order=crowd,crowd,guitarist"),
        ("make the last one black and white", "ask"),
        ("第一个和第二个之间加个 crossfade", "ops=set_transition; c2.m.xfade>0"),
        (
            "title 'Live at The Roxy' for the first 2 seconds",
            "ops=add_text; texts=1; t.txt~live at the roxy; t.st=0; t.d=2000",
        ),
        ("I want my own song, the mp3 on my laptop", "ask"),
        (
            "ok just some cinematic music then, at 40%",
            "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.4",
        ),
        ("a bit louder", "music=1; b.vol>0.4"),
        ("把音乐的开头淡入", "music=1; b.m.fade_in>0"),
        ("how many clips we got", "ops=describe_timeline"),
    ],
)

SESSIONS: list[Session] = [MARKETER, PARENT, STUDENT, TRAVELLER, MUSICIAN]
