"""Held-out understanding set fresh14: a nurse, a fisherman, a k-pop fan, a yoga teacher and
a plumber, written without looking at the engine's readers (scored by scripts/score_sessions.py).
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "nurse_night_shift",
        [
            (
                "hi! can you make a 4 second clip of a quiet hospital corridor at night",
                "ops=generate_clip;n=1;c1.d=4000;order=corridor",
            ),
            (
                "then one of a coffee cup steaming on a desk, 3 seconds",
                "ops=generate_clip;n=2;c2.d=3000;order=corridor,coffee",
            ),
            (
                "and a sunrise through a window, five seconds",
                "ops=generate_clip;n=3;c3.d=5000;order=corridor,coffee,sunrise",
            ),
            ("put the coffee one at the very end", "ops=move_clip;order=corridor,sunrise,coffee"),
            ("the corridor clip feels long, cut it down to 2.5 seconds", "ops=trim;c1.d=2500"),
            (
                "add a title that says Night Shift Survival Tips",
                "ops=add_text;texts=1;t.txt~night shift survival tips",
            ),
            ("make that title a bit bigger", "ops=style_text;t.m.size>16"),
            ("and have it show only for the first 2 seconds", "ops=time_text;t.st=0;t.d=2000"),
            ("add some calm music", "ops=add_music;music=1;b.m.mood=calm"),
            ("what's on my timeline right now?", "ops=describe_timeline"),
            ("fade out the ending", "c-1.m.fade_out>0"),
        ],
    ),
    (
        "fisherman_terse",
        [
            ("boat leavin harbor 5s", "ops=generate_clip;n=1;c1.d=5000;order=boat"),
            ("nets comin up 4 sec", "ops=generate_clip;n=2;c2.d=4000;order=boat,net"),
            ("gulls over water 3s", "ops=generate_clip;n=3;c3.d=3000;order=boat,net,gull"),
            ("gulls first", "ops=move_clip;order=gull,boat,net"),
            ("nets one shorter by a sec", "ops=trim;c3.d=3000"),
            ("speed up the boat 2x", "ops=set_speed;c2.m.speed=2;c2.d=2500"),
            ("undo", "ops=undo;c2.d=5000"),
            ("del the tuna clip", "ask;n=3"),
            ("fade between em", "ops=set_transition;c2.m.xfade>0"),
            ("music sea shanty", "ops=add_music;music=1"),
            ("turn it down to 25%", "ops=set_volume;b.vol=0.25"),
        ],
    ),
    (
        "kpop_fan",
        [
            (
                "omg make a 3 sec clip of neon stage lights 💜💜",
                "ops=generate_clip;n=1;c1.d=3000;order=stage",
            ),
            ("another like that!!", "ops=generate_clip;n=2;order=stage,stage"),
            (
                "ok now a crowd waving lightsticks, 4 secs",
                "ops=generate_clip;n=3;c3.d=4000;order=stage,stage,crowd",
            ),
            (
                "put the crowd one between the two stage ones",
                "ops=move_clip;order=stage,crowd,stage",
            ),
            ("add text 'SARANGHAE' at the top", "texts=1;t.txt~saranghae;t.m.position=top"),
            ("make it pink", "ops=style_text"),
            (
                "actually change the words to 'BIAS WRECKER'",
                "ops=edit_text;texts=1;t.txt~bias wrecker",
            ),
            ("slow mo the last clip pls", "ops=set_speed;c3.m.speed<1"),
            ("make it square for insta", "ops=set_canvas"),
            ("upbeat music plz 🎶", "ops=add_music;music=1;b.m.mood=upbeat"),
        ],
    ),
    (
        "yoga_teacher",
        [
            (
                "Namaste! I'd love a slow, peaceful six second clip of a misty forest at dawn "
                "to open my class video",
                "ops=generate_clip;n=1;c1.d=6000;order=forest",
            ),
            (
                "Next, could we have a calm lake with gentle ripples, about four seconds?",
                "ops=generate_clip;n=2;c2.d=4000;order=forest,lake",
            ),
            (
                "Lovely. And finally a candle flickering in a dark room for five seconds.",
                "ops=generate_clip;n=3;c3.d=5000;order=forest,lake,candle",
            ),
            (
                "I think the lake should come before the forest",
                "ops=move_clip;order=lake,forest,candle",
            ),
            (
                "Please add a gentle crossfade between all the clips",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade>0",
            ),
            ("Could the candle be a little longer, maybe two more seconds?", "n=3;c3.d=7000"),
            (
                "Add a caption at the bottom saying breathe in, breathe out",
                "texts=1;t.txt~breathe in;t.m.position=bottom",
            ),
            (
                "soft music, something calm, quite low in the background please",
                "ops=add_music;music=1;b.m.mood=calm;b.vol<0.6",
            ),
            ("Can you make the whole thing feel more spiritual?", "ask"),
            ("how long is it altogether now?", "ops=describe_timeline"),
        ],
    ),
    (
        "plumber_ad",
        [
            (
                "need an ad for my plumbing biz. 5 second clip of a dripping kitchen tap",
                "ops=generate_clip;n=1;c1.d=5000;order=tap",
            ),
            (
                "then a wrench tightening a pipe 4s",
                "ops=generate_clip;n=2;c2.d=4000;order=tap,wrench",
            ),
            (
                "and a clean shiny bathroom 3 seconds after that",
                "ops=generate_clip;n=3;c3.d=3000;order=tap,wrench,bathroom",
            ),
            (
                'put title "Mike\'s Plumbing 24/7" on it',
                "ops=add_text;texts=1;t.txt~mike's plumbing",
            ),
            (
                "and a caption 'Call 555-0199' for the last 3 seconds",
                "ops=add_text;texts=2;t.txt~555-0199;t.d=3000",
            ),
            ("move the phone number caption to the top", "texts=2;t.m.position=top"),
            ("make the wrench part twice as fast", "ops=set_speed;c2.m.speed=2"),
            ("can you grab my logo off mikesplumbing.com", "ask"),
            ("remove the tap one", "ops=delete_clip;order=wrench,bathroom"),
            ("oops put it back", "ops=undo;order=tap,wrench,bathroom"),
            ("make it youtube format", "ops=set_canvas;draft.width>1080"),
        ],
    ),
]
