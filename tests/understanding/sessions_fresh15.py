"""Held-out understanding set fresh15: a museum guide, a kid making a birthday card, a retiree,
a Chinese grandma and a Taiwanese student, written without looking at the engine's readers.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "museum_guide",
        [
            (
                "Please generate a five-second clip of an ancient Greek statue in a marble hall.",
                "ops=generate_clip;n=1;c1.d=5000;order=statue",
            ),
            (
                "Now add a four-second clip of a golden mask under a spotlight, placed before "
                "the statue.",
                "ops=generate_clip;n=2;c1.d=4000;order=mask,statue",
            ),
            (
                "Then a three-second shot of visitors walking through a gallery at the end.",
                "ops=generate_clip;n=3;c3.d=3000;order=mask,statue,gallery",
            ),
            (
                "Title the video 'Treasures of the East Wing'.",
                "ops=add_text;texts=1;t.txt~treasures of the east wing",
            ),
            (
                "Rephrase the title to 'Highlights of the East Wing'.",
                "ops=edit_text;texts=1;t.txt~highlights of the east wing",
            ),
            ("Could you place it in the centre of the screen?", "texts=1;t.m.position=center"),
            ("Trim the statue shot from 1 second to 4 seconds.", "ops=trim;c2.d=3000;c2.in=1000"),
            ("Please remove the clip of the dinosaur skeleton.", "ask;n=3"),
            ("Fade the opening in from black.", "ops=set_fade;c1.m.fade_in>0"),
            ("What does the timeline contain at present?", "ops=describe_timeline"),
        ],
    ),
    (
        "kid_birthday_card",
        [
            (
                "i want to make a birthday card for my mom!!! a cake with candels 4 seconds",
                "ops=generate_clip;n=1;c1.d=4000;order=cake",
            ),
            (
                "now balloons floting up for 5 secs",
                "ops=generate_clip;n=2;c2.d=5000;order=cake,balloon",
            ),
            (
                "another one like that but 3 seconds",
                "ops=generate_clip;n=3;c3.d=3000;order=cake,balloon,balloon",
            ),
            (
                "write happy birthday mom on it in big letters",
                "texts=1;t.txt~happy birthday mom",
            ),
            ("make the words yellow", "ops=style_text;texts=1"),
            ("take out the secund balloon one", "ops=delete_clip;n=2;order=cake,balloon;c2.d=5000"),
            ("music happy!!", "ops=add_music;music=1"),
            ("can it sing happy birthday with my moms name", "ask"),
            ("make the music louder", "ops=set_volume;music=1"),
            ("is it done? how long is it", "ops=describe_timeline"),
        ],
    ),
    (
        "retiree_garden",
        [
            (
                "Good morning. I would like, if possible, a clip of my garden roses in bloom "
                "lasting about seven seconds.",
                "ops=generate_clip;n=1;c1.d=7000;order=rose",
            ),
            (
                "Thank you. Could you follow that with a clip of a vegetable patch, three "
                "seconds will do.",
                "ops=generate_clip;n=2;c2.d=3000;order=rose,vegetable",
            ),
            (
                "The roses go on a bit too long for my liking. Take two seconds off them please.",
                "ops=trim;c1.d=5000",
            ),
            (
                "Would you slow down the vegetable one just a touch?",
                "ops=set_speed;c2.m.speed<1;c2.m.speed>0.4",
            ),
            (
                "I'd like some old-fashioned romantic music underneath.",
                "ops=add_music;music=1;b.m.mood=romantic",
            ),
            (
                "It is rather loud, please bring it down to twenty percent.",
                "ops=set_volume;b.vol=0.2",
            ),
            ("And let the music fade away gently at the end.", "music=1;b.m.fade_out>0"),
            (
                "Put a caption that reads From Arthur's Garden, 2026",
                "ops=add_text;texts=1;t.txt~arthur's garden",
            ),
            ("Oh dear, I made a mistake with the caption, please undo that.", "ops=undo;texts=0"),
            ("Actually, I've changed my mind again, bring it back.", "ops=redo;texts=1"),
            ("I'd like it to sparkle more somehow.", "ask"),
        ],
    ),
    (
        "chinese_grandma",
        [
            ("帮我做一个孙子踢足球的视频，五秒钟", "ops=generate_clip;n=1;c1.d=5000;order=足球"),
            ("再来一段包饺子的，三秒", "ops=generate_clip;n=2;c2.d=3000;order=足球,饺子"),
            ("再加一个广场舞的，四秒", "ops=generate_clip;n=3;c3.d=4000;order=足球,饺子,广场舞"),
            ("把包饺子那段放到最前面", "ops=move_clip;order=饺子,足球,广场舞"),
            ("加个标题：全家福", "ops=add_text;texts=1;t.txt~全家福"),
            ("字大一点", "ops=style_text;t.m.size>16"),
            ("配点喜庆的音乐", "ops=add_music;music=1"),
            ("音乐小声点", "ops=set_volume;music=1"),
            ("删掉打麻将那段", "ask;n=3"),
            ("最后一段加快一倍", "ops=set_speed;c3.m.speed=2;c3.d=2000"),
            ("现在视频一共多长？", "ops=describe_timeline"),
        ],
    ),
    (
        "taiwan_student",
        [
            ("幫我生成一個 4 秒的夜市 clip", "ops=generate_clip;n=1;c1.d=4000;order=夜市"),
            ("再一個珍珠奶茶特寫 3秒", "ops=generate_clip;n=2;c2.d=3000;order=夜市,奶茶"),
            ("然後 101 大樓的夜景 5 秒", "ops=generate_clip;n=3;c3.d=5000;order=夜市,奶茶,大樓"),
            ("把奶茶那個跟夜市交換", "ops=swap_clips;order=奶茶,夜市,大樓"),
            ("第三個剪短到三秒半", "ops=trim;c3.d=3500"),
            (
                "加字幕 '期末考結束啦' 放在下面",
                "texts=1;t.txt~期末考結束啦;t.m.position=bottom",
            ),
            ("改成正方形", "ops=set_canvas"),
            ("幫我把它上傳到 IG", "ask"),
            ("加點 lofi 的音樂", "ops=add_music;music=1;b.m.mood=lofi"),
            ("上一步撤銷", "ops=undo;music=0"),
        ],
    ),
]
