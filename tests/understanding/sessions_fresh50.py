"""Blind set 50: Cape Town surf photos, Harbin dumplings, Dutch bike tours, Shanghai cameras,
choir teaser.

Written without reading the engine's understanding code or the other sets; see corpus.py for the
step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "capetown-surf-photos",
        [
            (
                "Howzit! Making a promo for our surf photo shoots in Muizenberg. Start with a "
                "4 second clip of surfers catching waves at sunrise",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "lekker. now one of table mountain from the beach, two and a half seconds",
                "ops=generate_clip; n=2; c2.d=2500; order=surf,mountain",
            ),
            (
                "and a 3 sec one of a photographer on the rocks with a big lens",
                "ops=generate_clip; n=3; c3.d=3000; order=surf,mountain,photographer",
            ),
            (
                "ag no, put the mountain one at the start hey",
                "ops=move_clip; order=mountain,surf,photographer",
            ),
            (
                "the surfers clip is a bit long, make it 3 seconds",
                "ops=trim; c2.d=3000",
            ),
            (
                "slow the photographer one down to half speed, want it to feel chilled",
                "ops=set_speed; c3.m.speed=0.5; c3.d=6000",
            ),
            ("can you make the waves bigger in the surf clip? like proper barrels", "ask"),
            (
                "chuck a soft crossfade betwen all the clips",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade>0",
            ),
            (
                "title at the top saying 'Muizenberg Surf Shots' please",
                "ops=add_text; texts=1; t.txt=Muizenberg Surf Shots; t.m.position=top",
            ),
            (
                "some chilled music underneath at 25 percent",
                "ops=add_music; music=1; b.vol=0.25",
            ),
            (
                "we'll also stick it on youtube so make it widescreen ja",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "hmm nah, looks kak on my phone. undo that",
                "ops=undo; draft.width=1080; draft.height=1920",
            ),
            ("eish, sort out the vibe just now, make it more... ja, you know", "ask"),
        ],
    ),
    (
        "harbin-dumplings",
        [
            (
                "老铁，俺们是哈尔滨开饺子馆的，想整个小视频宣传宣传。先整一个4秒的热气腾腾的饺子出锅的镜头",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "再整一个三秒的中央大街冰灯夜景",
                "ops=generate_clip; n=2; c2.d=3000; order=饺子,冰灯",
            ),
            (
                "还有一个两秒半的，俺家大姐擀面皮的镜头",
                "ops=generate_clip; n=3; c3.d=2500; order=饺子,冰灯,擀面皮",
            ),
            ("嘎哈呢这顺序，冰灯那个挪到最前头去", "ops=move_clip; order=冰灯,饺子,擀面皮"),
            ("饺子那个整到擀面皮后边儿去", "ops=move_clip; order=冰灯,擀面皮,饺子"),
            ("饺子那段贼墨迹，给它整快一倍", "ops=set_speed; c3.m.speed=2; c3.d=2000"),
            ("能不能让饺子里的馅儿露出来点，看着贼香那种", "ask"),
            (
                "第一段跟第二段中间加个转场",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade=null",
            ),
            ("整个大标题：老张家饺子馆", "ops=add_text; texts=1; t.txt~老张家饺子馆"),
            ("标题字整大点儿，挪到底下", "t.m.position=bottom; t.m.size>106"),
            (
                "再整点欢快的背景音乐，音量百分之三十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            ("算了，撤回上一步", "ops=undo; music=0; texts=1"),
            ("整得有那个味儿就行，你懂我意思吧", "ask"),
        ],
    ),
    (
        "dutch-bike-tours",
        [
            (
                "Hello! For our bicycle tours in Amsterdam a short video I want to make. First "
                "please a clip of bicycles along a canal, 5 seconds.",
                "ops=generate_clip; n=1; c1.d=5000",
            ),
            (
                "Then a clip of tulip fields with a windmill, 3 seconds long it must be",
                "ops=generate_clip; n=2; c2.d=3000; order=canal,tulip",
            ),
            (
                "Also one more of a cheese market in Alkmaar, four seconds",
                "ops=generate_clip; n=3; c3.d=4000; order=canal,tulip,cheese",
            ),
            (
                "The cheese one I want after the canal one, not at the end",
                "ops=move_clip; order=canal,cheese,tulip",
            ),
            (
                "The first clip is too long, shorten it to 3,5 seconds please",
                "ops=trim; c1.d=3500",
            ),
            (
                "The tulips clip, can it go more fast? Two times so fast",
                "ops=set_speed; c3.m.speed=2; c3.d=1500",
            ),
            ("Can you put our guide Henk in the windmill clip, he waves to the camera?", "ask"),
            (
                "Between the clips a fade of one second I would like",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=750",
            ),
            (
                "Now a text on the bottom: Book your tour at fietstours.nl",
                "ops=add_text; texts=1; t.txt~fietstours.nl; t.m.position=bottom",
            ),
            (
                "For YouTube this is, so the wide format please",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Hmm, the cheese clip we don't need anymore, remove it",
                "ops=delete_clip; n=2; order=canal,tulip",
            ),
            (
                "No wait, make that undone, the cheese we keep",
                "ops=undo; n=3; order=canal,cheese,tulip",
            ),
            ("And make it more Dutch, you know?", "ask"),
        ],
    ),
    (
        "shanghai-vintage-cameras",
        [
            (
                "hi～我们是上海一家卖vintage相机的小店，想做个vlog的intro。先生成一个3秒的老式胶片相机特写",
                "ops=generate_clip; n=1; c1.d=3000",
            ),
            (
                "再来一个5秒的弄堂街景，要那种老上海的vibe",
                "ops=generate_clip; n=2; c2.d=5000; order=相机,弄堂",
            ),
            (
                "然后一个四秒的外滩夜景",
                "ops=generate_clip; n=3; c3.d=4000; order=相机,弄堂,外滩",
            ),
            ("外滩那个放到开头吧，intro要有气势一点", "ops=move_clip; order=外滩,相机,弄堂"),
            ("第二个clip剪到两秒", "ops=trim; c2.d=2000"),
            ("弄堂那段放慢一点，0.5倍速", "ops=set_speed; c3.m.speed=0.5; c3.d=10000"),
            ("能不能把画面里的相机换成徕卡M6？那台不太像", "ask"),
            (
                "加个标题 'Old Lens Shanghai'，放在上面",
                "ops=add_text; texts=1; t.txt=Old Lens Shanghai; t.m.position=top",
            ),
            (
                "bgm要chill一点的，lofi那种，音量20%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.2",
            ),
            (
                "改成正方形的吧，要发小红书",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("emmm撤销", "ops=undo; draft.width=1080; draft.height=1920"),
            ("还是重做吧，方的好看", "ops=redo; draft.width=1080; draft.height=1080"),
            ("感觉整体vibe不太对，你看着改改", "ask"),
        ],
    ),
    (
        "choir-christmas-teaser",
        [
            (
                "Good evening, and thank you so much for helping. I direct a small church choir "
                "and we would love a little teaser for our Christmas concert. Could we begin, if "
                "it isn't too much trouble, with a clip of candles glowing in a dark church, "
                "about four seconds long?",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "That is lovely. Next, I wonder whether you might make a clip of snow falling on "
                "the church steeple, perhaps three seconds.",
                "ops=generate_clip; n=2; c2.d=3000; order=candles,snow",
            ),
            (
                "And finally, if you would be so kind, a clip of a choir singing by a Christmas "
                "tree; five seconds would be perfect.",
                "ops=generate_clip; n=3; c3.d=5000; order=candles,snow,choir",
            ),
            (
                "On reflection, I think the snowy steeple would make a gentler opening. Would "
                "you mind moving it to the very beginning?",
                "ops=move_clip; order=snow,candles,choir",
            ),
            (
                "Could the choir clip be made a touch shorter, say three and a half seconds?",
                "ops=trim; c3.d=3500",
            ),
            (
                "Might the candles be slowed to half speed? I should like them to linger.",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "Would it be possible to have the choir members wearing red robes instead of "
                "white ones?",
                "ask",
            ),
            (
                "I would be most grateful for gentle crossfades between each of the clips.",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade>0",
            ),
            (
                "Please add a title that reads 'Carols by Candlelight' in the centre of the "
                "screen.",
                "ops=add_text; texts=1; t.txt=Carols by Candlelight; t.m.position=center",
            ),
            (
                "Some calm, reverent music underneath would be wonderful, at perhaps thirty "
                "percent volume.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.3",
            ),
            (
                "Could the music fade in gently at the start, over two seconds or so?",
                "ops=set_fade; b.m.fade_in=2000",
            ),
            (
                "And the final clip fading to black at the very end, please.",
                "ops=set_fade; c-1.m.fade_out>0",
            ),
            (
                "Oh dear, I'm afraid I've lost my way a little. Could you make it all feel "
                "more... heavenly?",
                "ask",
            ),
        ],
    ),
]
