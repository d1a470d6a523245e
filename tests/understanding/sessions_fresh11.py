"""Fresh held-out set 11: written without reading the engine's understanding code.

A baker, a fitness coach, a wedding videographer, a young gamer and a grandmother, each
typing the way such a person does. Only the scorer (scripts/score_sessions.py) runs it.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

BAKER: Session = (
    "baker_shop",
    [
        (
            "Good morning! Could you make a 4 second clip of fresh croissants coming out of "
            "the oven?",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~croissant",
        ),
        (
            "Lovely. Now a close-up of flour being sifted, three seconds.",
            "ops=generate_clip; n=2; c2.d=3000; order=croissant,flour",
        ),
        (
            "And finally a shop window with a chalkboard sign, 4 seconds please",
            "ops=generate_clip; n=3; c3.d=4000; order=croissant,flour,window",
        ),
        (
            "Could the flour one go before the croissants?",
            "ops=move_clip; order=flour,croissant,window",
        ),
        (
            "Please make the middle one a little shorter, about three seconds",
            "ops=trim; c2.d=3000; order=flour,croissant,window",
        ),
        (
            "Put our name, Crumb & Co., at the bottom the whole way through",
            "texts=1; t.txt~crumb & co; t.m.position=bottom; t.st=0; t.d=10000",
        ),
        (
            "Would you change the wording to 'Crumb & Co. - open daily'",
            "ops=edit_text; texts=1; t.txt~open daily",
        ),
        ("Gentle music underneath, nothing loud", "ops=add_music; music=1"),
        (
            "Can you make the music stop when the shop window appears?",
            "music=1; b.st=0; b.d=6000",
        ),
        ("Please share it to our Facebook", "ask"),
        ("Is there anything else on it besides the three clips?", "ops=describe_timeline"),
    ],
)

COACH: Session = (
    "coach_workout",
    [
        (
            "clip: woman doing push-ups in a gym, two seconds",
            "ops=generate_clip; n=1; c1.d=2000; c1.m.prompt~push",
        ),
        (
            "clip: kettlebell swings, two seconds",
            "ops=generate_clip; n=2; c2.d=2000; order=push,kettlebell",
        ),
        (
            "clip: sprint on a track, two seconds",
            "ops=generate_clip; n=3; c3.d=2000; order=push,kettlebell,sprint",
        ),
        (
            "clip: stretching on a yoga mat, two seconds",
            "ops=generate_clip; n=4; c4.d=2000; order=push,kettlebell,sprint,stretch",
        ),
        ("reverse the order", "ops=reverse_clips; order=stretch,sprint,kettlebell,push"),
        (
            "sprint: one and a half seconds",
            "ops=trim; c2.d=1500; order=stretch,sprint,kettlebell,push",
        ),
        ("kettlebell at double speed", "ops=set_speed; c3.m.speed=2; c3.d=1000"),
        (
            "text '20 MIN HIIT' top, first three seconds",
            "ops=add_text; texts=1; t.txt~20 min hiit; t.m.position=top; t.st=0; t.d=3000",
        ),
        ("text yellow", "ops=style_text; texts=1"),
        ("hype music", "ops=add_music; music=1; b.m.mood=upbeat"),
        ("music fade out last two seconds", "music=1; b.m.fade_out=2000"),
        ("count calories burned in the corner", "ask"),
    ],
)

WEDDING: Session = (
    "wedding_pro",
    [
        (
            "Generate 5s: bride and groom walking through a vineyard, golden hour",
            "ops=generate_clip; n=1; c1.d=5000; c1.m.prompt~vineyard",
        ),
        (
            "Generate 4s: rings on a velvet pillow",
            "ops=generate_clip; n=2; c2.d=4000; order=vineyard,rings",
        ),
        (
            "Generate 3s: confetti thrown over the couple",
            "ops=generate_clip; n=3; c3.d=3000; order=vineyard,rings,confetti",
        ),
        ("Open on the rings", "ops=move_clip; order=rings,vineyard,confetti"),
        (
            "Split the vineyard shot at 2 seconds",
            "ops=split_clip; n=4; c2.d=2000; c3.d=3000; order=rings,vineyard,vineyard,confetti",
        ),
        ("1 second crossfade into the confetti", "ops=set_transition; c4.m.xfade=1000"),
        (
            "Fade from black at the head, fade to black at the tail",
            "c1.m.fade_in>0; c-1.m.fade_out>0",
        ),
        ("Letterbox everything, show the whole frame, no cropping", "ops=set_fit"),
        (
            "Lower third: 'Anna & Tom - 14.06.2026'",
            "ops=add_text; texts=1; t.txt~anna & tom; t.m.position=bottom",
        ),
        (
            "Romantic strings under it all, 25%",
            "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.25",
        ),
        ("Make the couple's faces sharper", "ask"),
        ("Undo the last two changes", "texts=0; music=0; n=4"),
    ],
)

GAMER: Session = (
    "gamer_kid",
    [
        (
            "make a vid of a blocky pixel castle 3sec",
            "ops=generate_clip; n=1; c1.d=3000; c1.m.prompt~castle",
        ),
        (
            "now a dragon flyin over lava 4 sec",
            "ops=generate_clip; n=2; c2.d=4000; order=castle,dragon",
        ),
        ("anotha one", "ops=generate_clip; n=3; c3.m.prompt~dragon"),
        ("delet the castle", "ops=delete_clip; n=2; order=dragon,dragon"),
        ("nah bring it back", "ops=undo; n=3; order=castle,dragon,dragon"),
        ("make the 2nd one go slooow", "ops=set_speed; c2.m.speed<1"),
        ("put EPIC BOSS FIGHT in big letters", "ops=add_text; texts=1; t.txt~epic boss fight"),
        ("make the txt red", "ops=style_text; texts=1"),
        ("add dubstep", "ops=add_music; music=1"),
        ("its 2 loud", "ops=set_volume; music=1; b.vol<1"),
        ("can u add my xbox gameplay", "ask"),
        ("how long is my video", "ops=describe_timeline"),
    ],
)

GRANDMA: Session = (
    "grandma_garden",
    [
        (
            "Hello dear, I would like a little film of my roses in the garden, perhaps five "
            "seconds long if that is alright.",
            "ops=generate_clip; n=1; c1.d=5000; c1.m.prompt~roses",
        ),
        (
            "Thank you. Could you also make one of a robin sitting on the fence, about three "
            "seconds?",
            "ops=generate_clip; n=2; c2.d=3000; order=roses,robin",
        ),
        ("upload:grandson.png", ""),
        (
            "Would you make that photo of my grandson move a little, slowly, like in the "
            "documentaries?",
            "ops=animate_image; n=3",
        ),
        (
            "Please put my grandson's picture at the very beginning.",
            "ops=move_clip; order=grandson,roses,robin",
        ),
        (
            "The roses go on a bit long. Could they be two seconds shorter?",
            "ops=trim; c2.d=3000; order=grandson,roses,robin",
        ),
        (
            "I'd like the words 'Summer at Rose Cottage' in the middle at the start",
            "ops=add_text; texts=1; t.txt~rose cottage; t.m.position=center; t.st=0",
        ),
        (
            "Could the writing be a touch bigger? My eyes aren't what they were.",
            "ops=style_text; texts=1; t.m.size>16",
        ),
        ("Something soft and calm to listen to, please.", "ops=add_music; music=1; b.m.mood=calm"),
        ("Oh, and could you cut the cat one a bit shorter?", "ask"),
        ("What have we got so far, dear?", "ops=describe_timeline"),
    ],
)

SESSIONS: list[Session] = [BAKER, COACH, WEDDING, GAMER, GRANDMA]
