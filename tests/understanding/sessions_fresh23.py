"""Held-out set fresh23: a maths tutor, a painter, a bus driver, a camp counsellor, a florist.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "tutor_chatty",
        [
            (
                "Hi! I'm making a little promo for my maths tutoring. Could you generate a four second clip of a chalkboard full of equations?",
                "ops=generate_clip; n=1; c1.d=4000; order=chalkboard",
            ),
            (
                "Lovely. Now I'd like a three second clip of a student raising her hand, right after the chalkboard one",
                "ops=generate_clip; n=2; c2.d=3000; order=chalkboard,student",
            ),
            (
                "Actually, could you put a clip of an owl reading a book at the very start? Two seconds is plenty",
                "ops=generate_clip; n=3; c1.d=2000; order=owl,chalkboard,student",
            ),
            (
                "Hmm, the owl is a bit silly, let's lose it",
                "ops=delete_clip; order=chalkboard,student",
            ),
            (
                "Could the title say 'Maths with Ms. Rivera' at the beginning?",
                "ops=add_text; texts=1; t.txt~Maths with Ms. Rivera",
            ),
            ("Oh, and make it yellow please", "ops=style_text; texts=1"),
            (
                "Actually change the wording to 'Maths Made Easy'",
                "ops=edit_text; texts=1; t.txt~Maths Made Easy",
            ),
            (
                "Could you cut the student clip down to two and a half seconds?",
                "ops=trim; c2.d=2500; order=chalkboard,student",
            ),
            ("Some calm piano music in the background would be nice", "ops=add_music; music=1"),
            ("Is there a way to add my voice reading it out?", "ask"),
            ("Alright, what does it look like now?", "ops=describe_timeline"),
        ],
    ),
    (
        "painter_lowercase",
        [
            (
                "watercolor brush strokes on paper, 5 seconds",
                "ops=generate_clip; n=1; c1.d=5000; order=watercolor",
            ),
            (
                "and an easel by a window at dawn, 4s",
                "ops=generate_clip; n=2; c2.d=4000; order=watercolor,easel",
            ),
            ("swap them", "ops=swap_clips; order=easel,watercolor"),
            ("crossfade between them", "ops=set_transition; c2.m.xfade>0"),
            (
                "the watercolor one should end 1 s earlier",
                "ops=trim; c2.d=4000; order=easel,watercolor",
            ),
            ("fade in at the start", "ops=set_fade; c1.m.fade_in>0"),
            ("make it square", "ops=set_canvas"),
            (
                "make the easel clip play slower",
                "ops=set_speed; c1.m.speed<1; order=easel,watercolor",
            ),
            ("music that feels sad", "ops=add_music; music=1; b.m.mood=sad"),
            (
                "sign it 'by Lin' at the bottom",
                "ops=add_text; texts=1; t.txt~by Lin; t.m.position=bottom",
            ),
            ("undo", "ops=undo; texts=0"),
            ("redo", "ops=redo; texts=1"),
        ],
    ),
    (
        "bus_driver_route",
        [
            (
                "generate 5 sec clip of a city bus pulling into a rainy bus stop",
                "ops=generate_clip; n=1; c1.d=5000; order=bus",
            ),
            (
                "now a 3 second one of passengers tapping their cards",
                "ops=generate_clip; n=2; order=bus,passenger",
            ),
            (
                "and one of the depot at night, 4 seconds",
                "ops=generate_clip; n=3; c3.d=4000; order=bus,passenger,depot",
            ),
            ("move the depot one to the frnt", "ops=move_clip; order=depot,bus,passenger"),
            (
                "the middle one - trim it to 3 seconds",
                "ops=trim; c2.d=3000; order=depot,bus,passenger",
            ),
            (
                "put the passengers clip between the depot and the bus",
                "ops=move_clip; order=depot,passenger,bus",
            ),
            ("caption 'Route 42 every 12 minutes'", "ops=add_text; texts=1; t.txt~Route 42"),
            ("move the caption up top", "texts=1; t.m.position=top"),
            ("remove the taxi clip", "ask"),
            ("whats on the timeline rn", "ops=describe_timeline"),
        ],
    ),
    (
        "camp_counsellor",
        [
            (
                "omg ok make me a clip of kids roasting marshmallows at a campfire!! like 4 seconds",
                "ops=generate_clip; n=1; c1.d=4000; order=marshmallow",
            ),
            (
                "then a canoe on a misty lake, same length",
                "ops=generate_clip; n=2; c2.d=4000; order=marshmallow,canoe",
            ),
            ("put the canoe first 🛶", "ops=move_clip; order=canoe,marshmallow"),
            (
                "title at the top: 'Camp Pinecrest Summer 26' 🌲",
                "ops=add_text; texts=1; t.txt~Camp Pinecrest; t.m.position=top",
            ),
            ("make the title show for the whole video", "ops=time_text; t.st=0; t.d=8000"),
            ("add happy campfire music", "ops=add_music; music=1"),
            ("a bit quieter on the music pls", "ops=set_volume; music=1; b.vol<1"),
            (
                "can you make the marshmallows one in slow motion",
                "ops=set_speed; c2.m.speed<1; order=canoe,marshmallow",
            ),
            ("make it sparkle ✨", "ask"),
            ("undo the slow motion", "ops=undo; order=canoe,marshmallow; c2.d=4000"),
        ],
    ),
    (
        "florist_upload",
        [
            ("upload:peonies.png", ""),
            ("animate it with a gentle zoom in", "ops=animate_image; n=1; c1.m.motion=zoom_in"),
            (
                "add a 3 second clip of a florist wrapping a bouquet in brown paper after it",
                "ops=generate_clip; n=2; c2.d=3000; c2.m.label~bouquet",
            ),
            (
                'text "Bloom & Twine - Mother\'s Day orders open" at the bottom',
                "ops=add_text; texts=1; t.txt~Bloom & Twine; t.m.position=bottom",
            ),
            ("romantic music", "ops=add_music; music=1; b.m.mood=romantic"),
            ("fade the music in over the first second", "music=1; b.m.fade_in=1000"),
            ("make the text pop in", "ops=style_text; t.m.anim=pop"),
            ("delete the roses clip", "ask"),
            ("make the wrapping one come first", "ops=move_clip; n=2; c1.m.label~bouquet"),
            ("what's the total length?", "ops=describe_timeline"),
        ],
    ),
]
