"""Blind set 39: London bakery, Yunnan coffee farm, Cornwall surfing, Shanghai bookshop, Bali yoga.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "London bakery launching hot-cross buns (EN, chatty)",
        [
            (
                "Hiya! Can you start us off with a 4 second clip of hot cross buns "
                "coming out of the oven?",
                "ops=generate_clip; n=1; order=oven; c1.d=4000",
            ),
            (
                "lovely! now make a close-up of a bun being split open with butter "
                "melting on it, 3 seconds",
                "ops=generate_clip; order=oven,butter; c2.d=3000",
            ),
            (
                "Ooh and could you generate our shopfront on a rainy London morning too, "
                "six seconds?",
                "ops=generate_clip; order=oven,butter,shopfront; c3.d=6000",
            ),
            (
                "Actually the shopfront should come first, can you pop it right at the beginning?",
                "ops=move_clip; order=shopfront,oven,butter",
            ),
            (
                "The oven one feels a touch long now, trim it down to 3 seconds please",
                "ops=trim; order=shopfront,oven,butter; c2.d=3000",
            ),
            (
                "ooh and slow the butter one down to half speed, so satisfying",
                "ops=set_speed; c3.m.speed=0.5; c3.d=6000",
            ),
            (
                "Can we get a title at the top saying 'Hot Cross Buns are back!'",
                "ops=add_text; texts=1; t.txt~Hot Cross Buns; t.m.position=top",
            ),
            ("make that a bit bigger would you", "ops=style_text; texts=1; t.m.size>96"),
            (
                "Right, some cheerful music underneath please, not too loud, maybe 25%",
                "ops=add_music; music=1; b.vol=0.25; b.m.mood=upbeat",
            ),
            (
                "Could you make the buns look a bit more golden in the oven shot? they look pale",
                "ask",
            ),
            (
                "crossfade between all of them, about half a second",
                "ops=set_transition; n=3; c2.m.xfade=500; c3.m.xfade=500",
            ),
            ("and fade the music out at the end", "ops=set_fade; music=1; b.m.fade_out>0"),
            (
                "hmm no, undo that",
                "ops=undo; music=1; b.m.fade_out=null; c3.m.xfade=500",
            ),
        ],
    ),
    (
        "Yunnan coffee farm (ZH, formal)",
        [
            (
                "您好，请生成一段五秒的视频，内容是云南咖啡园清晨的薄雾。",
                "ops=generate_clip; n=1; order=咖啡园; c1.d=5000",
            ),
            (
                "接下来，请生成一段三秒的画面：工人在采摘成熟的咖啡果。",
                "ops=generate_clip; order=咖啡园,采摘; c2.d=3000",
            ),
            (
                "请再生成一段两秒半的镜头，内容是咖啡豆在竹席上晾晒。",
                "ops=generate_clip; order=咖啡园,采摘,晾晒; c3.d=2500",
            ),
            ("请将晾晒那段移到采摘那段之前。", "ops=move_clip; order=咖啡园,晾晒,采摘"),
            ("第一段请剪短至四秒。", "ops=trim; order=咖啡园,晾晒,采摘; c1.d=4000"),
            (
                "请在画面顶部添加标题“云南高山咖啡”。",
                "ops=add_text; texts=1; t.txt~云南高山咖啡; t.m.position=top",
            ),
            ("该标题请仅在前三秒显示。", "ops=time_text; texts=1; t.st=0; t.d=3000"),
            (
                "请添加舒缓的背景音乐，音量设为百分之二十。",
                "ops=add_music; music=1; b.vol=0.2; b.m.mood=calm",
            ),
            ("能否把咖啡果的颜色调得更红一些？", "ask"),
            (
                "采摘那段请放慢至0.5倍速。",
                "ops=set_speed; order=咖啡园,晾晒,采摘; c3.m.speed=0.5; c3.d=6000",
            ),
            (
                "请将画面比例改为16:9，以便在官网横屏播放。",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
            ("最后一段请在结尾加一秒淡出。", "ops=set_fade; c3.m.fade_out=1000"),
            ("请问目前时间线上有哪些内容？", "ops=describe_timeline; n=3"),
        ],
    ),
    (
        "Cornwall surf school (EN, slang and typos)",
        [
            (
                "yo genrate a 5 sec clip of a surfer catchin a wave at fistral",
                "ops=generate_clip; n=1; order=surfer; c1.d=5000",
            ),
            (
                "nice!! now make one of kids havin a surf lesson on the sand, 4 secs",
                "ops=generate_clip; order=surfer,lesson; c2.d=4000",
            ),
            (
                "one more: sunset over the bay w the vans parked up, ten seconds",
                "ops=generate_clip; order=surfer,lesson,sunset; c3.d=10000",
            ),
            (
                "sunset ones way 2 long lol cut it to 6 secs",
                "ops=trim; order=surfer,lesson,sunset; c3.d=6000",
            ),
            ("put the lesson one first", "ops=move_clip; order=lesson,surfer,sunset"),
            (
                "speed up the surfer bit 2x",
                "ops=set_speed; order=lesson,surfer,sunset; c2.m.speed=2; c2.d=2500",
            ),
            ("hmm actualy undo that", "ops=undo; order=lesson,surfer,sunset; c2.d=5000"),
            (
                "make the surfer one 1.5x instead",
                "ops=set_speed; c2.m.speed=1.5; c2.d=3333",
            ),
            (
                "caption at the bottom 'first lesson FREE this wknd'",
                "ops=add_text; texts=1; t.txt~first lesson; t.m.position=bottom",
            ),
            ("can u make the waves bigger in the surfer clip haha", "ask"),
            (
                "chuck some upbeat music on, 40%",
                "ops=add_music; music=1; b.vol=0.4; b.m.mood=upbeat",
            ),
            (
                "make it square for the gram",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("ditch the kids one", "ops=delete_clip; n=2; order=surfer,sunset"),
        ],
    ),
    (
        "Shanghai vintage bookshop (ZH, chatty, English words mixed in)",
        [
            (
                "hi～帮我生成一个4秒的镜头：复古vibe的老书店旧书架",
                "ops=generate_clip; n=1; order=书架; c1.d=4000",
            ),
            (
                "ok 再来一个：猫咪趴在柜台上睡觉，三秒",
                "ops=generate_clip; order=书架,猫咪; c2.d=3000",
            ),
            (
                "还要一段弄堂口的街景，六秒吧",
                "ops=generate_clip; order=书架,猫咪,弄堂; c3.d=6000",
            ),
            ("弄堂那段放到最前面好了", "ops=move_clip; order=弄堂,书架,猫咪"),
            (
                "猫咪那段太可爱了 放慢到0.5倍速",
                "ops=set_speed; order=弄堂,书架,猫咪; c3.m.speed=0.5; c3.d=6000",
            ),
            ("书架那个剪到两秒半就行", "ops=trim; order=弄堂,书架,猫咪; c2.d=2500"),
            ("加个标题“旧时光书店”", "ops=add_text; texts=1; t.txt~旧时光书店"),
            ("标题放到上面去吧", "ops=style_text; texts=1; t.m.position=top"),
            (
                "背景音乐来点lofi的vibe，音量30%就ok",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.3",
            ),
            ("嗯…能不能让它更有感觉一点？", "ask"),
            (
                "每段之间加个转场吧，0.5秒",
                "ops=set_transition; n=3; c2.m.xfade=500; c3.m.xfade=500",
            ),
            ("音乐换成浪漫一点的", "ops=replace_music; music=1; b.m.mood=romantic"),
            ("把小狗那段删了", "ask"),
        ],
    ),
    (
        "Bali yoga retreat (EN, calm and wordy)",
        [
            (
                "Hello there. I'd love to begin with a gentle clip of the sun rising over "
                "the rice terraces, perhaps around eight seconds long if that's alright.",
                "ops=generate_clip; n=1; order=rice; c1.d=8000",
            ),
            (
                "Thank you. Next, if you could, please make a clip of a small group doing "
                "yoga on a wooden deck by the jungle, about five seconds.",
                "ops=generate_clip; order=rice,yoga; c2.d=5000",
            ),
            ("upload:pool.png", ""),
            (
                "Could you turn that photo of the pool into a short moving shot, a slow "
                "zoom in, about four seconds?",
                "ops=animate_image; n=3; c3.m.motion=zoom_in; c3.d=4000",
            ),
            (
                "I think the yoga clip would sit more naturally at the very end.",
                "ops=move_clip; n=3; c2.m.motion=zoom_in; c3.d=5000",
            ),
            (
                "Please let the rice terraces clip fade in softly from black, perhaps over "
                "two seconds.",
                "ops=set_fade; c1.m.fade_in=2000",
            ),
            (
                "And I wonder, could we have some calm music underneath everything, quite "
                "soft, maybe fifteen percent?",
                "ops=add_music; music=1; b.vol=0.15; b.m.mood=calm",
            ),
            (
                "Would it be possible to make the people in the yoga clip wear white instead?",
                "ask",
            ),
            (
                "Let's gently add the words 'Breathe. Arrive. Belong.' as a title in the centre.",
                "ops=add_text; texts=1; t.txt~Breathe; t.m.position=center",
            ),
            (
                "Perhaps the title could appear only for the last three seconds. It feels "
                "more like an ending that way.",
                "ops=time_text; texts=1; t.st=14000; t.d=3000",
            ),
            (
                "On reflection, the second clip lingers a little. Could you shorten it to "
                "three seconds?",
                "ops=trim; n=3; c2.d=3000; c3.d=5000",
            ),
            (
                "Then, finally, could the whole thing be in a wide 16:9 shape for our website?",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
            (
                "Please fade the music out gently at the close, over about three seconds.",
                "ops=set_fade; music=1; b.m.fade_out=3000",
            ),
        ],
    ),
]
