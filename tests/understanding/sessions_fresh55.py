"""Blind set 55: pasty bakery, Hefei teacher, hawker blogger, Lanzhou noodles, woodworker.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh55_cornish_pasty_bakery",
        [
            (
                "Alright my lover! Could you knock us up a clip of golden pasties cooling "
                "on a rack, about four seconds like",
                "ops=generate_clip; n=1; c1.d=4000; order=pasties",
            ),
            (
                "Proper job. Now one of the baker crimpin' the pastry by hand, three and a "
                "half seconds",
                "ops=generate_clip; n=2; c2.d=3500; order=pasties,baker",
            ),
            (
                "And one of the harbour at St Ives first thing in the morning, five "
                "seconds if you can",
                "ops=generate_clip; n=3; c3.d=5000; order=pasties,baker,harbour",
            ),
            (
                "Put the harbour one at the start, that's where it all begins see. "
                "I'll sort the rest dreckly",
                "ops=move_clip; n=3; order=harbour,pasties,baker",
            ),
            (
                "Could you make the pasties a bit more steamy, like they've just come "
                "out the oven?",
                "ask",
            ),
            (
                "The baker bit's dragging on a touch, trim that down to two seconds would you",
                "ops=trim; c3.d=2000; order=harbour,pasties,baker",
            ),
            (
                "Slow the harbour one right down, half speed, nice and gentle like the tide",
                "ops=set_speed; c1.m.speed=0.5; c1.d=10000; order=harbour,pasties,baker",
            ),
            (
                "Stick a title up the top saying 'Hand-crimped since 1952' would you, my bird",
                "ops=add_text; texts=1; t.txt~Hand-crimped since 1952; t.m.position=top",
            ),
            (
                "Bit of cheerful music underneath, not too loud mind, 25 percent",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
            (
                "Could you put some soft crossfades between all of 'em, please",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade>0",
            ),
            (
                "Ooh no, that's gone all blurry, undo that",
                "ops=undo; n=3; c2.m.xfade=null; c3.m.xfade=null; music=1",
            ),
            (
                "Can you make it look like 'twas filmed on an old cine camera, all grainy "
                "and that?",
                "ask",
            ),
            (
                "Proper job. Make it square for our Facebook page would you",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "fresh55_hefei_science_teacher",
        [
            (
                "同学们好！今天我们来做一个关于水的变化的小视频。首先，请帮我生成一段冰块"
                "在阳光下慢慢融化的画面，时长四秒。",
                "ops=generate_clip; n=1; c1.d=4000; order=冰块",
            ),
            (
                "第二步，我们需要一段水壶里的水烧开、冒出白色蒸汽的画面，三秒就够了。",
                "ops=generate_clip; n=2; c2.d=3000; order=冰块,蒸汽",
            ),
            (
                "接下来做第三段：天上的乌云下起雨来，雨滴落进池塘里，两秒半。",
                "ops=generate_clip; n=3; c3.d=2500; order=冰块,蒸汽,雨",
            ),
            (
                "同学们想一想，水循环从哪里开始讲比较好呢？我觉得从下雨开始。"
                "请把下雨的那一段移到最前面。",
                "ops=move_clip; n=3; order=雨,冰块,蒸汽",
            ),
            (
                "冰块融化得太快了，同学们可能看不清楚。请把冰块那一段放慢到原来速度的一半。",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000; order=雨,冰块,蒸汽",
            ),
            (
                "然后在每两段之间都加上转场，让画面过渡得自然一些，每个转场一秒钟。",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "加一个标题「水的三种状态」，放在画面上方，显示前三秒。",
                "ops=add_text; texts=1; t.txt=水的三种状态; t.m.position=top; t.d=3000",
            ),
            (
                "标题的字请再大一些，坐在最后一排的同学也要看得清。",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "能不能让冰块融化的时候出现一个小笑脸？孩子们肯定喜欢。",
                "ask",
            ),
            (
                "再加一段轻松的背景音乐，音量调到百分之二十，不要太吵。",
                "ops=add_music; music=1; b.vol=0.2",
            ),
            (
                "嗯……刚才那个音乐，还是不要了吧，撤销一下。",
                "ops=undo; music=0; n=3; texts=1",
            ),
            (
                "请把视频改成横屏的，我们教室是用投影仪放的。",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "在最后再加一个总结的画面吧，内容你看着办就行。",
                "ask",
            ),
            (
                "最后一步：视频结尾加一个两秒的淡出，谢谢。",
                "ops=set_fade; c-1.m.fade_out=2000; order=雨,冰块,蒸汽",
            ),
        ],
    ),
    (
        "fresh55_singapore_hawker_blogger",
        [
            (
                "eh hello, can help me make one clip of hainanese chicken rice on the plate "
                "or not, 3 sec can already",
                "ops=generate_clip; n=1; c1.d=3000; order=chicken",
            ),
            (
                "ok next one, char kway teow frying in big wok with fire, four seconds lah",
                "ops=generate_clip; n=2; c2.d=4000; order=chicken,kway",
            ),
            (
                "also want one uncle pulling teh tarik, two and a half second",
                "ops=generate_clip; n=3; c3.d=2500; order=chicken,kway,teh",
            ),
            (
                "wah the wok one damn shiok sia, put it in front lah",
                "ops=move_clip; n=3; order=kway,chicken,teh",
            ),
            (
                "the teh tarik one can make faster or not, double speed",
                "ops=set_speed; c3.m.speed=2; c3.d=1250; order=kway,chicken,teh",
            ),
            (
                "add title 'Best Hawker Eats 2024' at the bottom can?",
                "ops=add_text; texts=1; t.txt~Best Hawker Eats 2024; t.m.position=bottom",
            ),
            (
                "can make the uncle pour the tea higher or not, more power one",
                "ask",
            ),
            (
                "put some upbeat music, volume 40 percent",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4",
            ),
            (
                "aiyo too loud lah, 20% can already",
                "ops=set_volume; music=1; b.vol=0.2",
            ),
            (
                "delet the chicken rice one, nobody see one",
                "ops=delete_clip; n=2; order=kway,teh",
            ),
            (
                "eh wait, undo that, want back the chicken rice",
                "ops=undo; n=3; order=kway,chicken,teh",
            ),
            (
                "ok change to 16:9 for youtube",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "can put filter make everything warm warm like old photo?",
                "ask",
            ),
        ],
    ),
    (
        "fresh55_lanzhou_beef_noodles",
        [
            (
                "整一个师傅拉面的镜头，三秒。",
                "ops=generate_clip; n=1; c1.d=3000; order=师傅",
            ),
            (
                "再来一段，一碗牛肉面冒热气，五秒。",
                "ops=generate_clip; n=2; c2.d=5000; order=师傅,牛肉",
            ),
            (
                "来一段店门口客人排队的，两秒半。",
                "ops=generate_clip; n=3; c3.d=2500; order=师傅,牛肉,排队",
            ),
            (
                "排队那段挪到第二个。",
                "ops=move_clip; n=3; order=师傅,排队,牛肉",
            ),
            (
                "牛肉面那段太长了，剪到三秒。",
                "ops=trim; c3.d=3000; order=师傅,排队,牛肉",
            ),
            (
                "拉面那段快点，一点五倍。",
                "ops=set_speed; c1.m.speed=1.5; c1.d=2000; order=师傅,排队,牛肉",
            ),
            (
                "加个字幕「一清二白三红四绿五黄」。",
                "ops=add_text; texts=1; t.txt~一清二白三红四绿五黄",
            ),
            (
                "字幕挪到上面去。",
                "ops=style_text; texts=1; t.m.position=top",
            ),
            (
                "面能不能拉得再细点？",
                "ask",
            ),
            (
                "整点带劲的音乐，音量百分之三十。",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            (
                "改成方的。",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "不行，撤销。",
                "ops=undo; draft.width=1080; draft.height=1920; n=3; music=1",
            ),
            (
                "弄好看点。",
                "ask",
            ),
        ],
    ),
    (
        "fresh55_deaf_woodworker",
        [
            (
                "Generate a clip of an oak plank on a workbench. Duration 4 seconds.",
                "ops=generate_clip; n=1; c1.d=4000; order=oak",
            ),
            (
                "Generate a clip of a chisel cutting a dovetail joint. Duration 6 seconds.",
                "ops=generate_clip; n=2; c2.d=6000; order=oak,chisel",
            ),
            (
                "Generate a clip of a finished walnut box with the lid open. Duration 3 "
                "seconds. Place it at position 1.",
                "ops=generate_clip; n=3; c1.d=3000; order=walnut,oak,chisel",
            ),
            (
                "Move clip 1 to after the chisel clip.",
                "ops=move_clip; n=3; order=oak,chisel,walnut",
            ),
            (
                "Set the speed of the chisel clip to 0.75x.",
                "ops=set_speed; c2.m.speed=0.75; c2.d=8000; order=oak,chisel,walnut",
            ),
            (
                "Add a 0.5 second crossfade between clip 1 and clip 2 only.",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=null",
            ),
            (
                "Add text 'Hand-cut dovetails. No screws.' Position: bottom. Size: 64.",
                "ops=add_text; texts=1; t.txt~Hand-cut dovetails; t.m.position=bottom; t.m.size=64",
            ),
            (
                "Change that text to 'Hand-cut dovetails. No glue. No screws.'",
                "ops=edit_text; texts=1; t.txt~No glue",
            ),
            (
                "Make the wood grain in clip 1 darker.",
                "ask",
            ),
            (
                "Add calm music. Volume 15%.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            (
                "Fade the music in over 3 seconds.",
                "ops=set_fade; b.m.fade_in=3000",
            ),
            (
                "Undo the last 2 changes.",
                "ops=undo; music=0; texts=1; t.txt~No glue; n=3",
            ),
            (
                "Redo 1 change.",
                "ops=redo; music=1; b.vol=0.15; b.m.fade_in=null",
            ),
            (
                "Improve it.",
                "ask",
            ),
        ],
    ),
]
