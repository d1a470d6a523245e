"""Held-out set fresh29: a tattoo artist, a Suzhou silk shop, a podcast host making a teaser,
a Kunming flower-market seller, a dog groomer.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "tattoo artist, slangy",
        [
            (
                "yo make a 5 sec clip of a tattoo machine buzzing close up",
                "ops=generate_clip; n=1; c1.d=5000; order=machine",
            ),
            (
                "another one, ink being wiped off fresh linework, 3s",
                "ops=generate_clip; n=2; c2.d=3000; order=machine,ink",
            ),
            (
                "one more: the finished sleeve under a ring light, 4 seconds",
                "ops=generate_clip; n=3; c3.d=4000; order=machine,ink,sleeve",
            ),
            ("sleeve first", "ops=move_clip; order=sleeve,machine,ink"),
            ("delet the ink one", "ops=delete_clip; n=2; order=sleeve,machine"),
            ("make that machine clip 3 secs", "ops=trim; c2.d=3000; order=sleeve,machine"),
            (
                "caption: walk-ins welcome fri & sat",
                "ops=add_text; texts=1; t.txt~walk-ins welcome; t.m.kind=caption",
            ),
            ("put the caption up top, make it red", "texts=1; t.m.position=top"),
            ("can u remove the background behind the arm", "ask"),
            ("add some dark moody music", "ops=add_music; music=1"),
            ("turn the music down to 15%", "ops=set_volume; b.vol=0.15; music=1"),
            ("actually get rid of the music", "ops=remove_music; music=0; n=2"),
        ],
    ),
    (
        "苏州丝绸店，客气",
        [
            (
                "您好，麻烦帮我生成一段六秒的视频，内容是丝绸在织布机上慢慢织出来",
                "ops=generate_clip; n=1; c1.d=6000; order=织布机",
            ),
            (
                "再生成一段四秒的苏州园林小桥流水",
                "ops=generate_clip; n=2; c2.d=4000; order=织布机,园林",
            ),
            (
                "还要一段三秒的旗袍模特走秀，谢谢",
                "ops=generate_clip; n=3; c3.d=3000; order=织布机,园林,旗袍",
            ),
            ("请把园林那段移到最后", "ops=move_clip; order=织布机,旗袍,园林"),
            ("第一段稍微长了些，请剪到四秒", "ops=trim; c1.d=4000; order=织布机,旗袍,园林"),
            (
                "加一个标题“姑苏丝韵”，显示在画面中间，前两秒出现",
                "ops=add_text; texts=1; t.txt=姑苏丝韵; t.m.position=center; t.st=0; t.d=2000",
            ),
            ("标题的字请换成金色", "ops=style_text; texts=1; t.txt=姑苏丝韵"),
            ("请配一段浪漫一点的音乐", "ops=add_music; music=1; b.m.mood=romantic"),
            ("能不能用苏州评弹的腔调给视频配个旁白？", "ask"),
            (
                "每两段之间加一个一秒的转场",
                "ops=set_transition; n=3; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "把视频改成横屏16:9",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            ("麻烦再确认一下，现在时间线上有哪些内容？", "ops=describe_timeline"),
        ],
    ),
    (
        "podcast host teaser, chatty",
        [
            (
                "Hey! So I host a little podcast called Night Shift Talks and I need a teaser. "
                "First can you make a clip of a neon city street at night, about half a minute "
                "long?",
                "ops=generate_clip; n=1; c1.d=30000; order=neon",
            ),
            ("ok that's way too long lol, trim it to 8 seconds", "ops=trim; n=1; c1.d=8000"),
            (
                "now add a 3 second clip of a microphone in a dark studio at the start",
                "ops=generate_clip; n=2; order=microphone,neon; c1.d=3000; c2.d=8000",
            ),
            (
                "add a big title: NIGHT SHIFT TALKS",
                "ops=add_text; texts=1; t.txt=NIGHT SHIFT TALKS; t.m.size>106",
            ),
            (
                "make the title show for the first 2 seconds only",
                "ops=time_text; texts=1; t.st=0; t.d=2000",
            ),
            (
                "and add a caption 'New episode every Friday' at the end, last 2 seconds",
                "ops=add_text; texts=2; t.txt=New episode every Friday; t.st=9000; t.d=2000",
            ),
            (
                "lofi music pls, kinda quiet, 20%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.2",
            ),
            ("hmm can you make my voice sound like a radio DJ", "ask"),
            (
                "speed the street clip up to 2x",
                "ops=set_speed; c2.m.speed=2; c2.d=4000; order=microphone,neon",
            ),
            ("swap them", "ops=swap_clips; order=neon,microphone"),
            ("nah undo that", "ops=undo; order=microphone,neon"),
            ("fade in the first clip, 1 sec", "ops=set_fade; c1.m.fade_in=1000; n=2"),
        ],
    ),
    (
        "昆明花市摊主，简短",
        [
            (
                "生成5秒视频：斗南花市里满满的玫瑰",
                "ops=generate_clip; n=1; c1.d=5000; order=玫瑰",
            ),
            (
                "再来一段，向日葵花田，三秒",
                "ops=generate_clip; n=2; c2.d=3000; order=玫瑰,向日葵",
            ),
            (
                "再来一段两秒半的，包花束的手",
                "ops=generate_clip; n=3; c3.d=2500; order=玫瑰,向日葵,花束",
            ),
            ("把向日葵那个放到最后", "ops=move_clip; order=玫瑰,花束,向日葵"),
            (
                "第一个剪成三秒，再给它加个淡出",
                "ops=trim,set_fade; c1.d=3000; c1.m.fade_out>0; order=玫瑰,花束,向日葵",
            ),
            (
                "加字幕：鲜花批发 全国包邮",
                "ops=add_text; texts=1; t.txt~鲜花批发; t.m.kind=caption",
            ),
            ("字幕放上面，字大一点", "texts=1; t.m.position=top; t.m.size>106"),
            ("帮我弄得高级一点", "ask"),
            ("配个欢快的音乐", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("音乐换成安静点的", "ops=replace_music; music=1; b.m.mood=calm"),
            ("第二段删掉", "ops=delete_clip; n=2; order=玫瑰,向日葵"),
            ("时间线上现在有啥", "ops=describe_timeline"),
        ],
    ),
    (
        "dog groomer, friendly with typos",
        [
            (
                "hi! i run a little dog grooming salon. could you genrate a 4 second clip of a "
                "fluffy poodle getting a bath",
                "ops=generate_clip; n=1; c1.d=4000; order=poodle",
            ),
            (
                "then a 3 second one of a corgi being blow dried",
                "ops=generate_clip; n=2; c2.d=3000; order=poodle,corgi",
            ),
            (
                "and a golden retriever with a bow on its head, five seconds",
                "ops=generate_clip; n=3; c3.d=5000; order=poodle,corgi,retriever",
            ),
            ("put the corgi one at the end", "ops=move_clip; order=poodle,retriever,corgi"),
            (
                "the retriever clip is a bit long, can you make it 3.5 seconds",
                "ops=trim; c2.d=3500; order=poodle,retriever,corgi",
            ),
            (
                "add a title 'Pawfect Grooming' at the top",
                "ops=add_text; texts=1; t.txt=Pawfect Grooming; t.m.position=top",
            ),
            (
                "oops i wrote it wrong, it should say 'Pawfect Grooming Co.'",
                "ops=edit_text; texts=1; t.txt=Pawfect Grooming Co.",
            ),
            ("can you put a little crown graphic on the corgi", "ask"),
            (
                "make it square for instagram",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
            (
                "slow the poodle one down a bit, like 0.8x",
                "ops=set_speed; c1.m.speed=0.8; c1.d=5000; order=poodle,retriever,corgi",
            ),
            (
                "add happy upbeat music at half volume",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.5",
            ),
            ("start the music 2 seconds in", "ops=time_music; music=1; b.st=2000"),
        ],
    ),
]
