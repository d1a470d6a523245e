"""Blind set 44: a Melbourne roaster, a Lijiang guesthouse, a uni open day, a dumpling shop, a gym.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Melbourne coffee roaster (laid-back, Aussie slang)",
        [
            (
                "g'day! can ya whip up a 4 sec clip of coffee beans tumbling in the roaster drum",
                "ops=generate_clip; n=1; order=beans; c1.d=4000",
            ),
            (
                "sweet as. now one of a barista pouring latte art, bout 6 seconds",
                "ops=generate_clip; order=beans,barista; c2.d=6000",
            ),
            (
                "oh n one more - a melbourne laneway at dawn with a tram rolling past, ten secs",
                "ops=generate_clip; order=beans,barista,laneway; c3.d=10000",
            ),
            (
                "reckon the laneway should open it, whack it up the front",
                "ops=move_clip; order=laneway,beans,barista",
            ),
            (
                "the barista one's draggin a bit, cut it down to 4 secs",
                "ops=trim; order=laneway,beans,barista; c3.d=4000",
            ),
            (
                "slow the beans right down, half speed",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "can ya make the beans look a bit darker, like a proper dark roast",
                "ask",
            ),
            (
                "chuck some lofi on there, not too loud tho, like 25%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.25",
            ),
            (
                "lil crossfades between em all would be mint",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade>0",
            ),
            (
                "stick a title up the top sayin 'Bean There Roasters'",
                "ops=add_text; texts=1; t.txt~Bean There Roasters; t.m.position=top",
            ),
            (
                "can ya make it heaps bigger",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "make it square for the gram",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "nah actually undo that, keep it tall",
                "ops=undo; draft.width=1080; draft.height=1920; n=3",
            ),
        ],
    ),
    (
        "Lijiang old-town guesthouse (polite, long sentences)",
        [
            (
                "您好，我们是丽江古城里的一家小客栈，想请您帮忙生成一段四秒的视频，"
                "内容是清晨古城的石板路和屋檐上的薄雾。",
                "ops=generate_clip; n=1; order=石板路; c1.d=4000",
            ),
            (
                "非常感谢。接下来能否再生成一段两秒半的镜头，拍的是客栈院子里的三角梅和木质回廊？",
                "ops=generate_clip; order=石板路,三角梅; c2.d=2500",
            ),
            (
                "另外还想要一段玉龙雪山的远景，大概六秒，如果可以的话请放在最前面。",
                "ops=generate_clip; order=雪山,石板路,三角梅; c1.d=6000",
            ),
            (
                "雪山那段我觉得稍微长了一点，麻烦您帮我剪到五秒。",
                "ops=trim; order=雪山,石板路,三角梅; c1.d=5000",
            ),
            (
                "第二段，也就是石板路那段，能不能放慢一些，用零点五倍速播放？",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "为了让画面衔接得柔和一些，想请您在每两段之间都加上一秒钟的交叉转场。",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "能不能让三角梅那段里的花开得再多一些、颜色再鲜艳一点？",
                "ask",
            ),
            (
                "请加一个标题，写“纳西小院·古城慢生活”，放在画面上方，用白色。",
                "ops=add_text; texts=1; t.txt~纳西小院; t.m.position=top",
            ),
            (
                "再麻烦您配一段安静舒缓的背景音乐，音量调到百分之二十就好。",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "音乐在结尾的时候请慢慢淡出，大概两秒钟。",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            (
                "标题的字能不能再大一些？现在看着有点小。",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "最后一段，就是院子那段，请在结尾加一个一秒的淡出。",
                "ops=set_fade; c3.m.fade_out=1000",
            ),
            (
                "刚才那个淡出好像不太合适，请帮我撤销一下，谢谢。",
                "ops=undo; n=3; music=1; texts=1",
            ),
        ],
    ),
    (
        "University open day (formal)",
        [
            (
                "Good afternoon. Please generate an 8-second clip of the main quadrangle with "
                "students walking between lectures.",
                "ops=generate_clip; n=1; order=quadrangle; c1.d=8000",
            ),
            (
                "Next, I would like a clip of the science laboratory with researchers at work, "
                "lasting five seconds.",
                "ops=generate_clip; order=quadrangle,laboratory; c2.d=5000",
            ),
            (
                "Please also generate a clip of the library reading room, three and a half "
                "seconds long.",
                "ops=generate_clip; order=quadrangle,laboratory,library; c3.d=3500",
            ),
            (
                "Kindly place the library clip directly after the quadrangle clip.",
                "ops=move_clip; order=quadrangle,library,laboratory",
            ),
            (
                'Please add the title "Open Day 2025" at the top of the screen in our brand '
                "colour, #002147.",
                "ops=add_text; texts=1; t.txt~Open Day 2025; t.m.position=top; t.m.color~002147",
            ),
            (
                "The title should appear for the first four seconds only.",
                "ops=time_text; texts=1; t.st=0; t.d=4000",
            ),
            (
                "Could you please make the students in the quadrangle wave at the camera?",
                "ask",
            ),
            (
                "Please shorten the laboratory clip to four seconds.",
                "ops=trim; order=quadrangle,library,laboratory; c3.d=4000",
            ),
            (
                'Add a caption at the bottom reading "Applications close 30 November".',
                "ops=add_text; texts=2; t.txt~Applications close; t.m.position=bottom",
            ),
            (
                "We would prefer an uplifting piece of background music at 40 percent volume.",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4",
            ),
            (
                "On reflection, please replace the music with something more cinematic.",
                "ops=replace_music; music=1; b.m.mood=cinematic",
            ),
            (
                "Please convert the video to landscape, 16:9, for the university website.",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "Finally, fade the last clip out over one and a half seconds.",
                "ops=set_fade; c3.m.fade_out=1500",
            ),
        ],
    ),
    (
        "Shenyang dumpling shop (chatty)",
        [
            (
                "哈喽！先给我来一个饺子下锅的镜头，三秒就够了哈",
                "ops=generate_clip; n=1; order=下锅; c1.d=3000",
            ),
            (
                "再来一段大娘在案板上擀皮的特写，五秒吧",
                "ops=generate_clip; order=下锅,擀皮; c2.d=5000",
            ),
            (
                "还有店门口的招牌，冬天晚上下着雪那种，来个四秒的",
                "ops=generate_clip; order=下锅,擀皮,招牌; c3.d=4000",
            ),
            (
                "招牌那段放最前面，得先让人知道咱家店在哪儿嘛",
                "ops=move_clip; order=招牌,下锅,擀皮",
            ),
            (
                "下锅那个太快了，放慢点，零点五倍",
                "ops=set_speed; c2.m.speed=0.5; c2.d=6000",
            ),
            ("upload:酸菜馅.png", ""),
            (
                "把这张照片动起来，慢慢推近那种，放到最后",
                "ops=animate_image; n=4; c4.m.motion=zoom_in",
            ),
            (
                "能不能把照片里的饺子弄得再胖一点，看着更馋人",
                "ask",
            ),
            (
                "整点热闹的背景音乐，欢快点的",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.35",
            ),
            (
                "音乐有点吵，小点声，调到百分之十五吧",
                "ops=set_volume; music=1; b.vol=0.15",
            ),
            (
                "加个字幕：老王家饺子馆，三十年老味道",
                "ops=add_text; texts=1; t.txt~老王家饺子馆",
            ),
            (
                "擀皮那段和招牌那段换一下位置",
                "ops=swap_clips; n=4; c1.m.label~擀皮; c2.m.label~下锅; c3.m.label~招牌",
            ),
            (
                "哎呀换错了，撤回撤回",
                "ops=undo; n=4; c1.m.label~招牌; c2.m.label~下锅; c3.m.label~擀皮",
            ),
        ],
    ),
    (
        "Rock-climbing gym (hesitant beginner)",
        [
            (
                "um hi, sorry i've never done this before... could you maybe make a clip of "
                "someone climbing the bouldering wall? like 5 seconds?",
                "ops=generate_clip; n=1; order=bouldering; c1.d=5000",
            ),
            (
                "ok wow. umm could i also get one of chalk dust on hands, maybe two seconds?",
                "ops=generate_clip; order=bouldering,chalk; c2.d=2000",
            ),
            (
                "and i guess one of the top rope wall with a belayer? not sure how long... "
                "6 seconds i think",
                "ops=generate_clip; order=bouldering,chalk,rope; c3.d=6000",
            ),
            (
                "hmm i think the chalk one should go first? is that ok",
                "ops=move_clip; order=chalk,bouldering,rope",
            ),
            (
                "sorry, could the chalk clip be a bit faster? like double speed maybe",
                "ops=set_speed; order=chalk,bouldering,rope; c1.m.speed=2; c1.d=1000",
            ),
            (
                "could you make the kids one shorter?",
                "ask",
            ),
            (
                "oh sorry i meant the rope one, could it be 4 seconds instead",
                "ops=trim; order=chalk,bouldering,rope; c3.d=4000",
            ),
            (
                "i'm not sure about this but can you put some text at the bottom saying "
                '"First climb free"?',
                "ops=add_text; texts=1; t.txt~First climb free; t.m.position=bottom",
            ),
            (
                "um is it possible to make it look more professional? like better somehow",
                "ask",
            ),
            (
                "maybe some calm music? not too loud, 30% maybe",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.3",
            ),
            (
                "could the music start a bit later, like at 2 seconds?",
                "ops=time_music; music=1; b.st=2000",
            ),
            (
                "and fade the first clip in? like half a second",
                "ops=set_fade; c1.m.fade_in=500",
            ),
            (
                "sorry, actually could we take the music out? it feels a bit weird",
                "ops=remove_music; music=0; n=3",
            ),
        ],
    ),
]
