"""Held-out set fresh22: a vet, a baker in Chengdu, a skate shop, a Taipei wedding planner, a trainer.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "vet_terse",
        [
            (
                "3s clip golden retriever at the vet getting a checkup",
                "ops=generate_clip; n=1; c1.d=3000; order=retriever",
            ),
            (
                "another, a tabby cat on the exam table, 3 sec",
                "ops=generate_clip; n=2; order=retriever,cat",
            ),
            ("cat first", "ops=move_clip; order=cat,retriever"),
            (
                "title 'Paws & Claws Clinic' top",
                "ops=add_text; texts=1; t.txt~Paws & Claws; t.m.position=top",
            ),
            ("title only first 2s", "ops=time_text; t.st=0; t.d=2000"),
            ("retriever one 2 seconds", "ops=trim; c2.d=2000; order=cat,retriever"),
            ("calm music low", "ops=add_music; music=1"),
            ("do the fish tank one faster", "ask"),
            ("undo", "ops=undo; music=0"),
            ("whats there", "ops=describe_timeline"),
        ],
    ),
    (
        "chengdu_baker",
        [
            (
                "帮我做一段四秒的视频，蒸笼里冒着热气的包子",
                "ops=generate_clip; n=1; c1.d=4000; order=包子",
            ),
            ("再来一个三秒的，擀面皮的手", "ops=generate_clip; n=2; c2.d=3000; order=包子,面皮"),
            ("把擀面皮那段放到最前面", "ops=move_clip; order=面皮,包子"),
            ("包子那段剪短一秒", "ops=trim; c2.d=3000; order=面皮,包子"),
            ("加个标题：成都老王包子铺", "ops=add_text; texts=1; t.txt~老王包子铺"),
            ("标题放到下面", "texts=1; t.m.position=bottom"),
            ("配点欢快的音乐", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("音乐小声一点", "ops=set_volume; music=1; b.vol<1"),
            ("两段之间加个淡入淡出的转场", "ops=set_transition; c2.m.xfade>0"),
            ("帮我把视频变得更高级一点", "ask"),
            ("撤销", "ops=undo; n=2"),
        ],
    ),
    (
        "skate_shop_slang",
        [
            (
                "yo make a 5 sec clip of a kid kickflippin down a stair set",
                "ops=generate_clip; c1.d=5000; order=kickflip",
            ),
            (
                "now 3 secs of a close up on some new grip tape",
                "ops=generate_clip; n=2; order=kickflip,grip",
            ),
            ("one more like that", "ops=generate_clip; n=3"),
            ("ditch the last one", "ops=delete_clip; n=2; order=kickflip,grip"),
            ("slo mo the kickflip", "ops=set_speed; c1.m.speed<1; order=kickflip,grip"),
            ("put the grip tape one b4 the kickflip", "ops=move_clip; order=grip,kickflip"),
            ("make it for youtube", "ops=set_canvas; draft.width>1080; draft.height<1920"),
            ("add some hype music", "ops=add_music; music=1"),
            ("cut the music", "ops=remove_music; music=0"),
            ("can u make the board glow neon", "ask"),
        ],
    ),
    (
        "taipei_wedding_mixed",
        [
            (
                "幫我生成一個 4 秒的 clip，新娘在陽明山花海裡轉圈",
                "ops=generate_clip; n=1; c1.d=4000; order=新娘",
            ),
            (
                "then a 3-second one of a champagne tower",
                "ops=generate_clip; n=2; c2.d=3000; order=新娘,champagne",
            ),
            ("加字幕 'Amy & Jason 2026.10.10'", "ops=add_text; texts=1; t.txt~Amy & Jason"),
            ("字幕改成粉紅色", "ops=style_text; texts=1; t.txt~Amy & Jason"),
            ("把 champagne 那段放到新娘前面", "ops=move_clip; order=champagne,新娘"),
            ("fade out the ending please", "ops=set_fade; c-1.m.fade_out>0"),
            ("romantic music, 音量 30%", "ops=add_music; music=1; b.vol=0.3"),
            ("第三段刪掉", "ask"),
            ("換成 instagram 正方形", "ops=set_canvas"),
            ("undo that", "ops=undo"),
        ],
    ),
    (
        "trainer_emoji",
        [
            (
                "💪 6 second clip of someone doing burpees in a garage gym",
                "ops=generate_clip; c1.d=6000; order=burpee",
            ),
            (
                "next: 4s of a sweaty high five 🙌",
                "ops=generate_clip; n=2; c2.d=4000; order=burpee,high five",
            ),
            ("make the burpees 2x speed 🔥", "ops=set_speed; c1.m.speed=2; c1.d=3000"),
            (
                "text 'NO EXCUSES' in the middle",
                "ops=add_text; texts=1; t.txt~NO EXCUSES; t.m.position=center",
            ),
            ("make the text bigger and red", "ops=style_text; texts=1; t.txt~NO EXCUSES"),
            ("put it at the top", "texts=1; t.m.position=top"),
            ("upbeat track pls", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("music down to 40%", "ops=set_volume; b.vol=0.4"),
            ("fade the music out", "music=1; b.m.fade_out>0"),
            ("how long is it now?", "ops=describe_timeline"),
        ],
    ),
]
