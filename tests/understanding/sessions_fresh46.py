"""Blind set 46: Glasgow chippy, Nanjing duck soup, Toronto realtor, Guangzhou dim sum, skater.

Written without reading the engine's understanding code or the other sets; see corpus.py for the
step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "glasgow chippy (en, blunt, scots)",
        [
            (
                "right, need a wee advert for the chippy. make us a 4 second clip of haddock "
                "frying in the fryer",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "now another one, three seconds, salt and vinegar getting shaken on the chips",
                "ops=generate_clip; n=2; c2.d=3000; order=haddock,vinegar",
            ),
            (
                "and the shop front at night wi the neon sign on, two and a half seconds",
                "ops=generate_clip; n=3; c3.d=2500; order=haddock,vinegar,neon",
            ),
            (
                "naw, shop front goes first. stick it at the start",
                "ops=move_clip; order=neon,haddock,vinegar",
            ),
            (
                "make the haddock one dead slow, like half speed",
                "ops=set_speed; order=neon,haddock,vinegar; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "ach that's dragging now. cut it doon to 5 seconds",
                "ops=trim; order=neon,haddock,vinegar; c2.d=5000",
            ),
            ("can ye make the batter look mair golden", "ask"),
            (
                "stick a title on: Best Fish Supper in Glasgow, up the top",
                'ops=add_text; texts=1; t.txt="Best Fish Supper in Glasgow"; t.m.position="top"',
            ),
            (
                "bit of music. upbeat. no too loud mind, 25%",
                'ops=add_music; music=1; b.m.mood="upbeat"; b.vol=0.25',
            ),
            (
                "half second crossfades between aw the clips",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "fade the music oot at the end, 2 seconds",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            ("it's lookin a bit mince, sort it oot", "ask"),
            (
                "make it square for the facebook page",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "nanjing duck-blood soup stall (zh, terse)",
        [
            ("弄个大锅鸭血汤冒热气的画面，三秒", "ops=generate_clip; n=1; c1.d=3000"),
            (
                "再来个夫子庙夜景，两秒半",
                "ops=generate_clip; n=2; c2.d=2500; order=鸭血,夫子庙",
            ),
            (
                "还要老板往碗里撒香菜的，4秒",
                "ops=generate_clip; n=3; c3.d=4000; order=鸭血,夫子庙,香菜",
            ),
            ("夫子庙那段放最前面", "ops=move_clip; order=夫子庙,鸭血,香菜"),
            (
                "香菜那个快点，两倍速",
                "ops=set_speed; order=夫子庙,鸭血,香菜; c3.m.speed=2; c3.d=2000",
            ),
            ("第二个剪到两秒", "ops=trim; order=夫子庙,鸭血,香菜; c2.d=2000"),
            ("汤弄红一点，看着辣", "ask"),
            (
                "加个标题：南京老鸭血，放上面",
                'ops=add_text; texts=1; t.txt="南京老鸭血"; t.m.position="top"',
            ),
            (
                "配点热闹的音乐，小声点，30%",
                'ops=add_music; music=1; b.m.mood="upbeat"; b.vol=0.3',
            ),
            ("改横屏", "ops=set_canvas; draft.width=1920; draft.height=1080"),
            ("算了，撤回", "ops=undo; draft.width=1080; draft.height=1920; music=1"),
            ("搞高级点", "ask"),
            ("最后一段不要了", "ops=delete_clip; n=2; order=夫子庙,鸭血"),
        ],
    ),
    (
        "toronto real-estate photographer (en, precise)",
        [
            (
                "Hi. Set the canvas to 16:9 for YouTube, please.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Generate a 5-second clip of a modern living room with floor-to-ceiling windows.",
                "ops=generate_clip; n=1; c1.d=5000; order=living",
            ),
            (
                "Next, 4 seconds of the kitchen with a marble island.",
                "ops=generate_clip; n=2; c2.d=4000; order=living,kitchen",
            ),
            (
                "Then a 6-second aerial shot of the house exterior at dusk.",
                "ops=generate_clip; n=3; c3.d=6000; order=living,kitchen,exterior",
            ),
            (
                "One more: the backyard pool, 3.5 seconds.",
                "ops=generate_clip; n=4; c4.d=3500; order=living,kitchen,exterior,pool",
            ),
            (
                "The exterior shot should open the video. Move it to position 1.",
                "ops=move_clip; order=exterior,living,kitchen,pool",
            ),
            (
                "Trim the kitchen clip to 3.2 seconds.",
                "ops=trim; order=exterior,living,kitchen,pool; c3.d=3200",
            ),
            (
                "Put a 0.4-second crossfade on each of the 3 cuts.",
                "ops=set_transition; c2.m.xfade=400; c3.m.xfade=400; c4.m.xfade=400",
            ),
            (
                "Add the price '$1,249,000' at the bottom, size 80.",
                'ops=add_text; texts=1; t.txt="$1,249,000"; t.m.position="bottom"; t.m.size=80',
            ),
            (
                "Can you virtually stage the living room? Remove the old couch and add a "
                "sectional.",
                "ask",
            ),
            (
                "Background music: calm, at 20% volume.",
                'ops=add_music; music=1; b.m.mood="calm"; b.vol=0.2',
            ),
            (
                "The listing spec is 15 seconds max. Set the total length to exactly 15.0 s.",
                "ops=set_length; len=15000; n=4; c4.d=2000",
            ),
            ("Make the sky in the exterior shot 20% bluer.", "ask"),
        ],
    ),
    (
        "guangzhou morning-tea restaurant (zh, polite)",
        [
            (
                "您好！我们是广州一家开了三十年的早茶酒楼，想请您帮忙生成一段虾饺刚出笼、"
                "冒着热气的画面，大概四秒钟就可以了，谢谢！",
                "ops=generate_clip; n=1; c1.d=4000; order=虾饺",
            ),
            (
                "麻烦您再帮我们做一段服务员推着点心车在大厅里走的镜头，时长三秒，谢谢您。",
                "ops=generate_clip; n=2; c2.d=3000; order=虾饺,点心车",
            ),
            (
                "另外还想请您生成一段普洱茶从茶壶倒进茶杯里的特写，五秒左右，辛苦您了。",
                "ops=generate_clip; n=3; c3.d=5000; order=虾饺,点心车,普洱",
            ),
            (
                "我想了一下，普洱茶那段放在最前面会比较好，客人一看就知道是来喝早茶的，"
                "麻烦您调整一下顺序。",
                "ops=move_clip; order=普洱,虾饺,点心车",
            ),
            (
                "推点心车的那段节奏稍微有点快，能不能请您放慢一些，放到原来一半的速度？",
                "ops=set_speed; order=普洱,虾饺,点心车; c3.m.speed=0.5; c3.d=6000",
            ),
            (
                "另外请在每两个片段之间都加上一秒钟的转场，这样衔接起来会比较柔和。",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "麻烦在视频开头加一个标题「百年茶楼 一盅两件」，放在画面中间就好。",
                'ops=add_text; texts=1; t.txt="百年茶楼 一盅两件"; t.m.position="center"',
            ),
            ("请问能不能把虾饺的皮弄得更晶莹剔透一点？这样看起来会更有食欲。", "ask"),
            (
                "再请您配一段轻松舒缓的背景音乐，音量大概百分之二十就够了，不要盖过画面的感觉。",
                'ops=add_music; music=1; b.m.mood="calm"; b.vol=0.2',
            ),
            (
                "视频结尾的地方麻烦慢慢淡出，大概两秒钟。",
                "ops=set_fade; c-1.m.fade_out=2000",
            ),
            (
                "不好意思，我刚才考虑得不周到，麻烦您把上一步撤销一下。",
                "ops=undo; c-1.m.fade_out=null; n=3",
            ),
            (
                "实在抱歉，我跟同事商量了一下，还是加上淡出比较好，麻烦您恢复刚才撤销的那一步。",
                "ops=redo; c-1.m.fade_out=2000",
            ),
            ("如果方便的话，能不能帮我们把视频直接发布到我们的微信视频号上呢？", "ask"),
        ],
    ),
    (
        "teen skater birthday edit (en, lowercase, slang)",
        [
            (
                "yo can u make a clip of a skater doing a kickflip down some stairs like 3 secs",
                "ops=generate_clip; n=1; c1.d=3000; order=kickflip",
            ),
            (
                "now a birthday cake w candles at the skatepark, 4 sec",
                "ops=generate_clip; n=2; c2.d=4000; order=kickflip,cake",
            ),
            (
                "anothr one sunset over the halfpipe two seconds",
                "ops=generate_clip; n=3; c3.d=2000; order=kickflip,cake,halfpipe",
            ),
            ("put the cake one at the end", "ops=move_clip; order=kickflip,halfpipe,cake"),
            (
                "slow mo the kickflip pls, like half speed",
                "ops=set_speed; order=kickflip,halfpipe,cake; c1.m.speed=0.5; c1.d=6000",
            ),
            (
                "add text HAPPY BDAY JAYDEN at the top",
                'ops=add_text; texts=1; t.txt="HAPPY BDAY JAYDEN"; t.m.position="top"',
            ),
            ("make the writing way bigger and red", "ops=style_text; texts=1; t.m.size>106"),
            (
                "can u make jayden be the one doing the kickflip instead of some random dude",
                "ask",
            ),
            (
                "throw some hype music on it, 40%",
                'ops=add_music; music=1; b.m.mood="upbeat"; b.vol=0.4',
            ),
            ("delet the sunset one", "ops=delete_clip; n=2; order=kickflip,cake"),
            ("wait nvm bring it back", "ops=undo; order=kickflip,halfpipe,cake"),
            ("make it more fire idk", "ask"),
            (
                "crossfade between the halfpipe n the cake",
                "ops=set_transition; c3.m.xfade>0; c2.m.xfade=null",
            ),
        ],
    ),
]
