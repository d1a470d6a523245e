"""Held-out set 18: a dentist, a farmer, a drone hobbyist, a teenager making a meme, a hotel manager.

Written without reading the engine's understanding code or earlier sets; scored by
``scripts/score_sessions.py fresh18``, not tuned on.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

DENTIST: Session = (
    "dentist",
    [
        ("3 second clip of a bright clean dental office", "ops=generate_clip; n=1; c1.d=3000"),
        (
            "then one of a smiling patient in the chair, 4 sec",
            "ops=generate_clip; order=office,patient; c2.d=4000",
        ),
        (
            "and a close-up of a toothbrush, four seconds",
            "ops=generate_clip; order=office,patient,toothbrush; c3.d=4000",
        ),
        ("put the toothbrush before the patient", "ops=move_clip; order=office,toothbrush,patient"),
        ("the patient clip is too long, make it 2.5s", "ops=trim; c3.d=2500; n=3"),
        (
            "add a title 'Gentle Smiles Dental' for the first 2 seconds",
            "texts=1; t.txt~Gentle Smiles Dental; t.st=0; t.d=2000",
        ),
        ("put the title at the top", "t.m.position=top; texts=1"),
        ("some calm music pls", "ops=add_music; music=1; b.m.mood=calm"),
        ("volume 25%", "ops=set_volume; b.vol=0.25"),
        ("can you whiten the patient's teeth in that clip", "ask"),
        ("what's the total length now", "ops=describe_timeline"),
    ],
)

FARMER: Session = (
    "farmer",
    [
        (
            "hi i need a video for our farm stand. start with 5 secs of cows in a green pasture",
            "ops=generate_clip; n=1; c1.d=5000; order=cows",
        ),
        (
            "next some fresh eggs in a basket 3 seconds",
            "ops=generate_clip; order=cows,eggs; c2.d=3000",
        ),
        ("another like that but 2 seconds", "ops=generate_clip; n=3; c3.d=2000; c3.m.prompt~egg"),
        ("actualy delete that last one", "ops=delete_clip; order=cows,eggs"),
        ("the cows are to long cut 2 seconds off", "ops=trim; c1.d=3000; n=2"),
        ("make the eggs slower like slow mo", "ops=set_speed; c2.m.speed<1"),
        ("delete the pig clip", "ask"),
        (
            "caption at the bottom: Open Sat & Sun 8-noon",
            "texts=1; t.txt~Open Sat; t.m.position=bottom",
        ),
        ("undo", "ops=undo; texts=0"),
        ("redo that", "ops=redo; texts=1"),
        ("make it look nicer", "ask"),
    ],
)

DRONE: Session = (
    "drone hobbyist",
    [
        (
            "generate 6s of aerial footage over a mountain lake at sunrise",
            "ops=generate_clip; n=1; c1.d=6000",
        ),
        ("switch canvas to 16:9 for youtube", "ops=set_canvas; draft.width>1080; n=1"),
        (
            "add a 4s clip of a drone shot following a river through a canyon",
            "ops=generate_clip; order=lake,river; c2.d=4000",
        ),
        ("crossfade those two, 1 second", "ops=set_transition; c2.m.xfade=1000"),
        (
            "one more: 3 sec of a forest canopy from above",
            "ops=generate_clip; order=lake,river,forest; c3.d=3000",
        ),
        ("move the forest one to the beginning", "ops=move_clip; order=forest,lake,river"),
        ("speed up the lake shot 2x", "ops=set_speed; c2.m.speed=2; c2.d=3000"),
        ("fade out the last clip", "ops=set_fade; c3.m.fade_out>0"),
        ("can you stabilize the footage", "ask"),
        ("cinematic music, not too loud", "music=1; b.m.mood=cinematic; b.vol<1"),
        ("how many clips do i have", "ops=describe_timeline"),
    ],
)

MEME: Session = (
    "teen meme",
    [
        (
            "yo make a 2 sec clip of a cat falling off a couch 😂",
            "ops=generate_clip; n=1; c1.d=2000; order=cat",
        ),
        (
            "add text WHEN THE WIFI DIES at the top",
            "texts=1; t.txt~WHEN THE WIFI DIES; t.m.position=top",
        ),
        ("make the text bigger lol", "ops=style_text; t.m.size>0"),
        ("now speed the cat up 2x", "ops=set_speed; c1.m.speed=2; c1.d=1000"),
        ("nah put it back to normal speed", "c1.d=2000; n=1"),
        (
            "add another clip, a dog staring at the camera, 2 seconds",
            "ops=generate_clip; order=cat,dog; c2.d=2000",
        ),
        ("swap em", "ops=swap_clips; order=dog,cat"),
        (
            "change the text to ME WHEN IT COMES BACK",
            "ops=edit_text; texts=1; t.txt~ME WHEN IT COMES BACK",
        ),
        ("add the vine boom sound effect", "ask"),
        ("upbeat music", "ops=add_music; music=1; b.m.mood=upbeat"),
        ("its kinda mid ngl, fix it", "ask"),
    ],
)

HOTEL: Session = (
    "hotel manager",
    [
        (
            "Good morning. Please create a five-second clip of a luxury hotel lobby with a chandelier.",
            "ops=generate_clip; n=1; c1.d=5000; order=lobby",
        ),
        (
            "Next, a three-second clip of an infinity pool at dusk.",
            "ops=generate_clip; order=lobby,pool; c2.d=3000",
        ),
        (
            "Could you add a 4-second shot of a breakfast buffet between the lobby and the pool?",
            "ops=generate_clip; order=lobby,breakfast,pool; c2.d=4000",
        ),
        ("Please shorten the buffet shot by one second.", "ops=trim; c2.d=3000; n=3"),
        ("I would like a gentle fade in at the very beginning.", "ops=set_fade; c1.m.fade_in>0"),
        (
            "Add the title 'The Harbour View Hotel' in the centre.",
            "texts=1; t.txt~Harbour View Hotel; t.m.position=center",
        ),
        ("Please change the title colour to gold.", "ops=style_text; texts=1"),
        ("Make it a square video for Instagram.", "ops=set_canvas; n=3"),
        ("Remove the pool clip.", "ops=delete_clip; order=lobby,breakfast"),
        ("Please put it back.", "ops=undo; order=lobby,breakfast,pool"),
        ("Could you also translate the title into French?", "ask"),
    ],
)

SESSIONS: list[Session] = [DENTIST, FARMER, DRONE, MEME, HOTEL]
