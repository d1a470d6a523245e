"""Fresh held-out set 12: written without reading the engine's understanding code.

An estate agent, a science teacher, a food blogger (Chinese), a skateboarder and a
podcaster, each typing the way such a person does. Only the scorer
(scripts/score_sessions.py) runs it.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

REALTOR: Session = (
    "realtor_listing",
    [
        (
            "Create a 5-second exterior shot of a modern house with a pool",
            "ops=generate_clip; n=1; c1.d=5000; c1.m.prompt~house",
        ),
        (
            "Then a 4 second walkthrough of a bright open-plan kitchen",
            "ops=generate_clip; n=2; c2.d=4000; order=house,kitchen",
        ),
        (
            "Add a 3s clip of a master bedroom with big windows after the house",
            "ops=generate_clip; n=3; c2.d=3000; order=house,bedroom,kitchen",
        ),
        ("Shorten the kitchen to 3.5 seconds", "ops=trim; c3.d=3500; order=house,bedroom,kitchen"),
        (
            "Add the price '$1,250,000' at the top for the whole video",
            "ops=add_text; texts=1; t.txt~1,250,000; t.m.position=top",
        ),
        (
            "Add a second line of text at the end: 'Call Jess 555-0134'",
            "ops=add_text; texts=2; t.txt~call jess",
        ),
        ("Actually remove the price", "ops=remove_text; texts=1; t.txt~call jess"),
        ("Elegant background music", "ops=add_music; music=1"),
        (
            "Replace the music with something more upbeat",
            "ops=replace_music; music=1; b.m.mood=upbeat",
        ),
        ("Make the video exactly 10 seconds", "ops=set_length; len=10000; n=3"),
        ("Blur the neighbour's house number", "ask"),
    ],
)

TEACHER: Session = (
    "teacher_lesson",
    [
        (
            "I'm making a short intro for my science class. First clip: a volcano erupting, "
            "4 seconds.",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~volcano",
        ),
        (
            "Second clip: lava cooling into black rock, 3 seconds.",
            "ops=generate_clip; n=2; c2.d=3000; order=volcano,lava",
        ),
        (
            "Third: a globe slowly spinning, 3 seconds.",
            "ops=generate_clip; n=3; c3.d=3000; order=volcano,lava,globe",
        ),
        (
            "Can the globe be the first thing students see?",
            "ops=move_clip; order=globe,volcano,lava",
        ),
        ("Add the title 'Earth's Fiery Heart'", "ops=add_text; texts=1; t.txt~fiery heart"),
        ("Have the title show only during the first clip", "texts=1; t.st=0; t.d=3000"),
        ("Move the title down to the bottom", "texts=1; t.m.position=bottom"),
        ("Now the volcano: slow it to half speed", "ops=set_speed; c2.m.speed=0.5"),
        (
            "Between the volcano and the lava add a 3 second clip of magma under the ground",
            "ops=generate_clip; n=4; order=globe,volcano,magma,lava",
        ),
        (
            "Put a question at the end: 'What is magma?'",
            "ops=add_text; texts=2; t.txt~what is magma",
        ),
        (
            "Calm music, 20 percent volume",
            "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
        ),
        ("Can you add a quiz that the kids can click?", "ask"),
        ("how long is it altogether?", "ops=describe_timeline"),
    ],
)

FOODIE: Session = (
    "foodie_zh",
    [
        ("来一个三秒的火锅特写", "ops=generate_clip; n=1; c1.d=3000; c1.m.prompt~火锅"),
        ("再来两秒半的拉面", "ops=generate_clip; n=2; c2.d=2500; order=火锅,拉面"),
        (
            "然后生成一个四秒的：小笼包冒热气",
            "ops=generate_clip; n=3; c3.d=4000; order=火锅,拉面,小笼包",
        ),
        ("小笼包放到火锅后面", "ops=move_clip; order=火锅,小笼包,拉面"),
        ("拉面那段慢一点", "ops=set_speed; c3.m.speed<1"),
        ("第一个和第二个中间加个转场", "ops=set_transition; c2.m.xfade>0"),
        ("加字幕：成都必吃三样", "ops=add_text; texts=1; t.txt~成都必吃三样"),
        ("字幕改成黄色", "ops=style_text; texts=1"),
        ("字幕只在最后两秒出现", "ops=time_text; texts=1; t.d=2000"),
        ("加点欢快的背景音乐", "ops=add_music; music=1; b.m.mood=upbeat"),
        ("把音乐删了", "ops=remove_music; music=0"),
        ("帮我把视频发到小红书", "ask"),
        ("把那个饺子的删掉", "ask"),
    ],
)

SKATER: Session = (
    "skater_slang",
    [
        (
            "gimme 3 secs of a dude grinding a handrail on a skateboard",
            "ops=generate_clip; n=1; c1.d=3000; c1.m.prompt~handrail",
        ),
        (
            "then the crew cheering, 2 secs",
            "ops=generate_clip; n=2; c2.d=2000; order=handrail,crew",
        ),
        (
            "then a slow pan across a graffiti wall 4 secs",
            "ops=generate_clip; n=3; c3.d=4000; order=handrail,crew,graffiti",
        ),
        ("graffiti first obvi", "ops=move_clip; order=graffiti,handrail,crew"),
        ("chop the graffiti down to 2", "ops=trim; c1.d=2000; order=graffiti,handrail,crew"),
        ("the grind one in slo mo", "ops=set_speed; c2.m.speed<1"),
        ("ok scrap all that, start over", "ops=start_over; n=0"),
        (
            "4 secs of a skatepark bowl at night",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~bowl",
        ),
        ("loop it to 8 secs", "len=8000"),
        ("put 'NIGHT SESH' on it", "ops=add_text; texts=1; t.txt~night sesh"),
        ("text at the top, pop animation", "texts=1; t.m.position=top; t.m.anim=pop"),
        ("add some beats", "ops=add_music; music=1"),
        ("make it look like an old VHS tape", "ask"),
    ],
)

PODCASTER: Session = (
    "podcaster_promo",
    [
        (
            "I need a promo for episode 42. Start with a 4 second shot of two microphones on "
            "a desk",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~microphone",
        ),
        (
            "after that, a 3 second clip of headphones hanging on a hook",
            "ops=generate_clip; n=2; c2.d=3000; order=microphone,headphones",
        ),
        (
            "and finally 3 seconds of a sound wave animation",
            "ops=generate_clip; n=3; c3.d=3000; order=microphone,headphones,wave",
        ),
        ("drop the headphones", "ops=delete_clip; n=2; order=microphone,wave"),
        ("undo that", "ops=undo; n=3; order=microphone,headphones,wave"),
        ("redo", "ops=redo; n=2; order=microphone,wave"),
        ("Title: 'Ep. 42 - Why We Sleep'", "ops=add_text; texts=1; t.txt~why we sleep"),
        ("make it smaller and move it to the top", "texts=1; t.m.position=top; t.m.size<96"),
        ("put a 2 second fade at the end of the last clip", "ops=set_fade; c2.m.fade_out=2000"),
        ("add my voice reading the intro", "ask"),
        ("add chill music and fade it in", "ops=add_music; music=1; b.m.fade_in>0"),
        ("what's on the timeline now?", "ops=describe_timeline"),
    ],
)

SESSIONS: list[Session] = [REALTOR, TEACHER, FOODIE, SKATER, PODCASTER]
