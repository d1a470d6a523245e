"""Held-out understanding set fresh17: a street-food vendor, a cat-rescue volunteer, a chess
coach, a florist typing Chinese and English, and a tattoo artist, written without looking at
the engine's readers.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "street_food_vendor",
        [
            (
                "make a sizzling wok with noodles, 5 seconds 🔥",
                "ops=generate_clip;n=1;c1.d=5000;order=wok",
            ),
            (
                "then skewers on a charcoal grill 4 sec",
                "ops=generate_clip;n=2;c2.d=4000;order=wok,skewer",
            ),
            ("one more of that", "ops=generate_clip;n=3;order=wok,skewer,skewer"),
            ("get rid of the first skewers one", "ops=delete_clip;n=2;order=wok,skewer"),
            (
                "add my stall name 'Auntie Mei's Noodles' as a title",
                "ops=add_text;texts=1;t.txt~auntie mei",
            ),
            ("put it at the bottom", "texts=1;t.m.position=bottom"),
            ("music upbeat, volume 40%", "ops=add_music;music=1;b.m.mood=upbeat;b.vol=0.4"),
            ("the wok clip 2x faster", "ops=set_speed;c1.m.speed=2"),
            ("add a smell-o-vision effect lol", "ask"),
            ("crossfade the two clips, half a second", "ops=set_transition;c2.m.xfade=500"),
        ],
    ),
    (
        "cat_rescue",
        [
            (
                "Generate a 4s clip of a ginger kitten sleeping in a box",
                "ops=generate_clip;n=1;c1.d=4000;order=kitten",
            ),
            (
                "now a 5 second one of a black cat playing with yarn",
                "ops=generate_clip;n=2;c2.d=5000;order=kitten,yarn",
            ),
            (
                "and a shelter volunteer holding a puppy, 3s",
                "ops=generate_clip;n=3;c3.d=3000;order=kitten,yarn,puppy",
            ),
            ("actually remove the puppy one, we only do cats", "ops=delete_clip;order=kitten,yarn"),
            ("put the yarn one first", "ops=move_clip;order=yarn,kitten"),
            ("make it a little slower", "ops=set_speed;c1.m.speed<1"),
            ("add caption Adopt Don't Shop", "ops=add_text;texts=1;t.txt~adopt"),
            (
                "change the caption to 'Adopt Luna today'",
                "ops=edit_text;texts=1;t.txt~adopt luna today",
            ),
            ("make the sleeping kitten clip 3 seconds", "ops=trim;c2.d=3000"),
            ("remove the clip of the parrot", "ask;n=2"),
        ],
    ),
    (
        "chess_coach",
        [
            (
                "Create a 5-second clip of a chessboard with pieces set up.",
                "ops=generate_clip;n=1;c1.d=5000;order=chess",
            ),
            (
                "Create a 3-second clip of a hand moving a knight.",
                "ops=generate_clip;n=2;c2.d=3000;order=chess,knight",
            ),
            (
                "Create a 4-second clip of a chess clock ticking.",
                "ops=generate_clip;n=3;c3.d=4000;order=chess,knight,clock",
            ),
            ("Move the second clip to the end.", "ops=move_clip;order=chess,clock,knight"),
            ("Split the first clip at 2 seconds.", "ops=split_clip;n=4;c1.d=2000"),
            ("Undo.", "ops=undo;n=3;c1.d=5000"),
            ("Set the third clip to half speed.", "ops=set_speed;c3.m.speed=0.5;c3.d=6000"),
            (
                "Add a title 'Opening Principles' for the first 3 seconds.",
                "texts=1;t.txt~opening principles;t.st=0;t.d=3000",
            ),
            ("Change the title colour to white.", "ops=style_text;texts=1"),
            ("Reverse the order of all clips.", "ops=reverse_clips;order=knight,clock,chess"),
        ],
    ),
    (
        "florist_mixed",
        [
            (
                "帮我 make 一个 pink peonies in a vase 的 clip, 5秒",
                "ops=generate_clip;n=1;c1.d=5000;order=peon",
            ),
            ("再来一个 tulips 花束, 4 seconds", "ops=generate_clip;n=2;c2.d=4000;order=peon,tulip"),
            ("tulips 那个放前面", "ops=move_clip;order=tulip,peon"),
            ("加 title 'Bloom & Co. 花艺'", "ops=add_text;texts=1;t.txt~bloom & co"),
            ("title 放中间", "texts=1;t.m.position=center"),
            ("加点 romantic 的 music", "ops=add_music;music=1;b.m.mood=romantic"),
            ("音乐 fade in 一下", "music=1;b.m.fade_in>0"),
            ("两个 clip 之间 crossfade 1秒", "ops=set_transition;c2.m.xfade=1000"),
            ("好看一点", "ask"),
            ("把第三个 clip 删掉", "ask;n=2"),
        ],
    ),
    (
        "tattoo_artist",
        [
            (
                "need a 6 sec clip, tattoo needle close up",
                "ops=generate_clip;n=1;c1.d=6000;order=needle",
            ),
            ("ink bottles on a shelf 3 sec", "ops=generate_clip;n=2;c2.d=3000;order=needle,ink"),
            (
                "finished sleeve tattoo on an arm 4 sec, put it right after the needle one",
                "ops=generate_clip;n=3;c2.d=4000;order=needle,sleeve,ink",
            ),
            ("needle clip: chop 2 secs off", "ops=trim;c1.d=4000"),
            ("make the ink one a second longer", "n=3;c3.d=4000"),
            ("dark moody music", "ops=add_music;music=1"),
            ("music 30%", "ops=set_volume;b.vol=0.3"),
            ("kill the music", "ops=remove_music;music=0"),
            ("bring the music back", "music=1"),
            ("fade to black at the end", "c-1.m.fade_out>0"),
            ("can you make the tattoo look like it's healing in real time", "ask"),
        ],
    ),
]
