"""Held-out set fresh24: a cosplayer, a Hangzhou tea shop, an architect, a mountain guide, a Paris bakery.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "cosplayer_slang",
        [
            (
                "gen a 4s clip of a cosplayer in silver armor posing on a rooftop",
                "ops=generate_clip; n=1; c1.d=4000; order=armor",
            ),
            ("ok another one like that but at sunset", "ops=generate_clip; n=2; c2.m.label~sunset"),
            ("delete the first armor one", "ops=delete_clip; n=1; c1.m.label~sunset"),
            (
                "add a 3 sec clip of a wig being styled at the start",
                "ops=generate_clip; n=2; c1.d=3000; order=wig,armor",
            ),
            ("text 'CON DAY 1' center, pink", "texts=1; t.txt~CON DAY 1; t.m.position=center"),
            ("make the text smaller", "ops=style_text; texts=1"),
            ("trim the wig clip by half a second", "ops=trim; c1.d=2500; order=wig,armor"),
            (
                "speed the armor clip up a lil, like 1.5x",
                "ops=set_speed; c2.m.speed=1.5; order=wig,armor",
            ),
            ("add lofi beats", "ops=add_music; music=1; b.m.mood=lofi"),
            ("make my armor look more metallic", "ask"),
        ],
    ),
    (
        "hangzhou_tea_shop",
        [
            (
                "生成一段三秒的视频：龙井茶叶在玻璃杯里舒展",
                "ops=generate_clip; n=1; c1.d=3000; order=龙井",
            ),
            (
                "再生成一段五秒的，茶园里采茶的阿姨",
                "ops=generate_clip; n=2; c2.d=5000; order=龙井,茶园",
            ),
            ("把采茶那段放到前面", "ops=move_clip; order=茶园,龙井"),
            ("第一段只要四秒", "ops=trim; c1.d=4000; order=茶园,龙井"),
            ("加上标题“西湖边的茶”", "ops=add_text; texts=1; t.txt~西湖边的茶"),
            ("标题显示前两秒就行", "ops=time_text; t.st=0; t.d=2000"),
            ("加一段安静的背景音乐", "ops=add_music; music=1; b.m.mood=calm"),
            ("音乐音量调到百分之三十五", "ops=set_volume; b.vol=0.35"),
            ("结尾淡出", "ops=set_fade; c-1.m.fade_out>0"),
            ("把茶杯那段变成黑白的", "ask"),
            ("现在一共多长", "ops=describe_timeline"),
        ],
    ),
    (
        "architect_precise",
        [
            (
                "Generate a 6-second clip of a concrete villa on a cliff, slow aerial push-in.",
                "ops=generate_clip; n=1; c1.d=6000; order=villa",
            ),
            (
                "Follow it with a 4-second interior shot of a timber staircase.",
                "ops=generate_clip; n=2; c2.d=4000; order=villa,staircase",
            ),
            (
                "Set the canvas to 16:9 for the client presentation.",
                "ops=set_canvas; draft.width>1080; draft.height<1920",
            ),
            ("Trim the villa shot from 1s to 5s.", "ops=trim; c1.d=4000; order=villa,staircase"),
            (
                "Add a 1-second crossfade between the two shots.",
                "ops=set_transition; c2.m.xfade=1000",
            ),
            (
                "Title: 'Casa Acantilado, Concept Review', bottom.",
                "ops=add_text; texts=1; t.txt~Casa Acantilado; t.m.position=bottom",
            ),
            (
                "Keep the title on screen for the final three seconds only.",
                "ops=time_text; texts=1; t.d=3000",
            ),
            (
                "Add cinematic music at 50% volume.",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.5",
            ),
            ("Start the music two seconds in.", "ops=time_music; b.st=2000"),
            ("Render a floor plan overlay on the staircase clip.", "ask"),
            ("Undo.", "ops=undo; music=1; b.st=0"),
        ],
    ),
    (
        "mountain_guide",
        [
            (
                "five second clip of a ridge walk above the clouds",
                "ops=generate_clip; n=1; c1.d=5000; order=ridge",
            ),
            (
                "then ten seconds of a glacier crevasse",
                "ops=generate_clip; n=2; c2.d=10000; order=ridge,glacier",
            ),
            ("glacier one is too long, make it six", "ops=trim; c2.d=6000; order=ridge,glacier"),
            (
                "put a sunrise at the summit between them, three seconds",
                "ops=generate_clip; n=3; c2.d=3000; order=ridge,sunrise,glacier",
            ),
            ("move the glacier to the start", "ops=move_clip; order=glacier,ridge,sunrise"),
            (
                "fade from black on the first clip",
                "ops=set_fade; c1.m.fade_in>0; order=glacier,ridge,sunrise",
            ),
            (
                "title 'Alpine Routes w/ Marco' for the first 3 secs",
                "texts=1; t.txt~Alpine Routes; t.st=0; t.d=3000",
            ),
            ("delete the helicopter shot", "ask"),
            ("cinematic music", "ops=add_music; music=1; b.m.mood=cinematic"),
            ("what have I got", "ops=describe_timeline"),
        ],
    ),
    (
        "paris_bakery",
        [
            (
                "Bonjour! Please make a 3-second clip of croissants coming out of the oven",
                "ops=generate_clip; n=1; c1.d=3000; order=croissant",
            ),
            (
                "And another 3 seconds of a baguette being sliced on a wooden board",
                "ops=generate_clip; n=2; order=croissant,baguette",
            ),
            (
                "And a macaron tower, 2 seconds, at the start please",
                "ops=generate_clip; n=3; c1.d=2000; order=macaron,croissant,baguette",
            ),
            (
                "Switch the croissants and the baguette",
                "ops=swap_clips; order=macaron,baguette,croissant",
            ),
            (
                "The last one, could it be a little slower?",
                "ops=set_speed; c3.m.speed<1; order=macaron,baguette,croissant",
            ),
            (
                "Add the text 'Boulangerie Clément, since 1987' on top",
                "ops=add_text; texts=1; t.txt~Boulangerie Clément; t.m.position=top",
            ),
            ("Make the writing white", "ops=style_text; texts=1"),
            (
                "Change it to say 'Boulangerie Clément, Paris 11e'",
                "ops=edit_text; texts=1; t.txt~Paris 11e",
            ),
            (
                "Some music, something romantic, not too loud",
                "ops=add_music; music=1; b.m.mood=romantic",
            ),
            ("Could you make the whole thing smell like fresh bread? 😄", "ask"),
            ("Remove the music after all", "ops=remove_music; music=0"),
            ("Merci, what's in it now?", "ops=describe_timeline"),
        ],
    ),
]
