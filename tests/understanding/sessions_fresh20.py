"""Held-out set 20: a gardener, a startup founder, a surfer, a fishing charter captain, a grandmother.

Written without reading the engine's understanding code or earlier sets; scored by
``scripts/score_sessions.py fresh20``, not tuned on.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

GARDENER: Session = (
    "gardener",
    [
        (
            "morning! could you make me a 4 second clip of tomatoes ripening on the vine",
            "ops=generate_clip; n=1; c1.d=4000; order=tomato",
        ),
        (
            "lovely. and another of a watering can sprinkling seedlings, about 3 seconds",
            "ops=generate_clip; order=tomato,watering; c2.d=3000",
        ),
        (
            "and a 5 second one of sunflowers swaying in the breeze",
            "ops=generate_clip; order=tomato,watering,sunflower; c3.d=5000",
        ),
        ("swap the first two round", "ops=swap_clips; order=watering,tomato,sunflower"),
        ("the sunflowers go on a bit, knock a couple of seconds off", "ops=trim; c3.d=3000; n=3"),
        ("slow the watering can down a touch", "ops=set_speed; c1.m.speed<1"),
        ("put 'Grow Your Own' as the title", "texts=1; t.txt~Grow Your Own"),
        ("and make it smaller and pop it at the bottom", "t.m.position=bottom; texts=1"),
        ("something calm for music", "ops=add_music; music=1; b.m.mood=calm"),
        ("fade the music in", "b.m.fade_in>0; music=1"),
        ("could you tell me which plants grow well in shade", "ask"),
    ],
)

FOUNDER: Session = (
    "startup founder",
    [
        (
            "5s clip: a laptop on a desk in a sunny coworking space",
            "ops=generate_clip; n=1; c1.d=5000; order=laptop",
        ),
        (
            "next: team high-fiving in an office, 3s",
            "ops=generate_clip; order=laptop,team; c2.d=3000",
        ),
        ("16:9 pls, it's for the pitch deck", "ops=set_canvas; draft.width>1080; n=2"),
        (
            "title 'Seed round: closed' top, first 2 seconds",
            "texts=1; t.txt~Seed round: closed; t.m.position=top; t.d=2000",
        ),
        ("change title to 'We raised $2M'", "ops=edit_text; texts=1; t.txt~We raised $2M"),
        (
            "add a 3s clip of a rocket launching after the laptop",
            "ops=generate_clip; order=laptop,rocket,team; c2.d=3000",
        ),
        ("crossfade rocket → team", "ops=set_transition; c3.m.xfade>0"),
        ("upbeat music 30%", "music=1; b.m.mood=upbeat; b.vol=0.3"),
        ("undo", "ops=undo; music=0"),
        ("add our logo in the corner", "ask"),
        ("ship it", "ask"),
    ],
)

SURFER: Session = (
    "surfer",
    [
        ("gnarly barrel wave 4 secs", "ops=generate_clip; n=1; c1.d=4000; order=wave"),
        (
            "then a surfer paddling out at dawn, three seconds",
            "ops=generate_clip; order=wave,paddl; c2.d=3000",
        ),
        ("another like that", "ops=generate_clip; n=3; c3.m.prompt~surfer"),
        ("ditch the middle one", "ops=delete_clip; order=wave,surfer"),
        ("wave clip slo mo", "ops=set_speed; c1.m.speed<1"),
        ("put the wave at the end", "ops=move_clip; order=surfer,wave"),
        ("chill lofi beats", "ops=add_music; music=1; b.m.mood=lofi"),
        ("turn the music down to like 20", "ops=set_volume; b.vol=0.2"),
        ("move the shark clip to the start", "ask"),
        ("make it look like it was shot on film, grainy", "ask"),
        ("fade out at the end bro", "c-1.m.fade_out>0; n=2"),
    ],
)

FISHING: Session = (
    "fishing charter",
    [
        (
            "Make a 5 second clip of a fishing boat leaving the harbor at dawn",
            "ops=generate_clip; n=1; c1.d=5000; order=boat",
        ),
        (
            "Then 3 seconds of a big tuna on the deck",
            "ops=generate_clip; order=boat,tuna; c2.d=3000",
        ),
        (
            "And 4 seconds of seagulls over the wake",
            "ops=generate_clip; order=boat,tuna,seagull; c3.d=4000",
        ),
        ("Gulls go before the tuna", "ops=move_clip; order=boat,seagull,tuna"),
        ("Trim the boat clip from 1 s to 4 s", "ops=trim; c1.d=3000; c1.in=1000"),
        ("Caption: Book your trip — 555-0142", "texts=1; t.txt~555-0142"),
        ("Caption goes at the bottom", "t.m.position=bottom; texts=1"),
        ("Make the tuna clip twice as long", "c3.d=6000; order=boat,seagull,tuna"),
        ("Delete the marlin", "ask"),
        ("Add some upbeat music and fade it out at the end", "music=1; b.m.fade_out>0"),
        ("How long is the video", "ops=describe_timeline"),
    ],
)

GRANDMA: Session = (
    "grandmother",
    [
        (
            "hello dear can you make a video of a birthday cake with pink frosting",
            "ops=generate_clip; n=1; order=cake",
        ),
        ("make it 3 seconds please", "c1.d=3000; n=1"),
        ("now balloons floating up 4 second", "ops=generate_clip; order=cake,balloon; c2.d=4000"),
        ("put words happy 80th birthday frank", "texts=1; t.txt~happy 80th birthday frank"),
        ("i made a mistake its 85th not 80th", "ops=edit_text; texts=1; t.txt~85th"),
        ("make the letters bigger i cant see them", "ops=style_text; t.m.size>0"),
        ("can you put some happy music", "ops=add_music; music=1"),
        ("the balloons one put it first", "ops=move_clip; order=balloon,cake"),
        ("how do i send this to my grandson", "ask"),
        ("take away the music its too loud", "ops=remove_music; music=0"),
        ("oops bring it back", "ops=undo; music=1"),
    ],
)

SESSIONS: list[Session] = [GARDENER, FOUNDER, SURFER, FISHING, GRANDMA]
