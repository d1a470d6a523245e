"""Blind set 33: a marine-biology student, a Lhasa trekking agency, a skateboard YouTuber,
a pottery studio and a Guangzhou dim-sum restaurant.

Written without reading the engine's understanding code or the other sets; see corpus.py for the step format
and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "marine-biology student",
        [
            (
                "Please generate a clip of a coral reef with tropical fish, four seconds long.",
                "ops=generate_clip; order=coral; c1.d=4000",
            ),
            (
                "Next, a clip of a humpback whale breaching, six seconds.",
                "ops=generate_clip; order=coral,whale; c2.d=6000",
            ),
            (
                "Then a sea turtle gliding over seagrass, three and a half seconds.",
                "ops=generate_clip; order=coral,whale,turtle; c3.d=3500",
            ),
            (
                "Move the turtle clip so it comes right after the coral reef.",
                "ops=move_clip; order=coral,turtle,whale",
            ),
            (
                "Slow the whale one down to half speed, please.",
                "ops=set_speed; c3.m.speed=0.5; c3.d=12000",
            ),
            (
                "Then trim it to eight seconds.",
                "ops=trim; order=coral,turtle,whale; c3.d=8000",
            ),
            (
                "Add a title at the top that says 'Life Below the Surface'.",
                "ops=add_text; texts=1; t.m.position=top; t.txt~Life Below the Surface",
            ),
            (
                "Please put a half-second crossfade between the first and second clips.",
                "ops=set_transition; c2.m.xfade=500",
            ),
            (
                "Is there a way to have each fish species labelled automatically as it swims past?",
                "ask",
            ),
            (
                "Add calm background music at twenty percent volume, and please put a one-second "
                "fade-out on the final clip.",
                "ops=add_music,set_fade; music=1; b.vol=0.2; b.m.mood=calm; c3.m.fade_out=1000",
            ),
            (
                "Could you swap the second and third clips?",
                "ops=swap_clips; order=coral,whale,turtle",
            ),
            (
                "Delete the sea turtle clip, please.",
                "ops=delete_clip; order=coral,whale; n=2",
            ),
        ],
    ),
    (
        "拉萨徒步旅行社",
        [
            (
                "您好，请生成一段五秒的布达拉宫日出视频。",
                "ops=generate_clip; order=布达拉宫; c1.d=5000",
            ),
            (
                "请再生成一段四秒的纳木错湖面镜头。",
                "ops=generate_clip; order=布达拉宫,纳木错; c2.d=4000",
            ),
            (
                "接下来，请生成一段六秒的雪山垭口经幡镜头。",
                "ops=generate_clip; order=布达拉宫,纳木错,经幡; c3.d=6000",
            ),
            (
                "请将画面比例调整为16:9横屏，以便在官网展示。",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "请把经幡那段移到布达拉宫之后。",
                "ops=move_clip; order=布达拉宫,经幡,纳木错",
            ),
            (
                "请在顶部添加标题“雪域秘境·拉萨徒步”。",
                "ops=add_text; texts=1; t.m.position=top; t.txt~雪域秘境",
            ),
            (
                "第二段请放慢至原速的一半。",
                "ops=set_speed; c2.m.speed=0.5; c2.d=12000",
            ),
            (
                "麻烦您帮我们把视频直接发布到微信视频号。",
                "ask",
            ),
            (
                "请添加舒缓的背景音乐，音量设为百分之三十，并在第一段开头加上淡入效果。",
                "ops=add_music,set_fade; music=1; b.vol=0.3; b.m.mood=calm; c1.m.fade_in>0",
            ),
            (
                "请将最后一段剪短至三秒半。",
                "ops=trim; order=布达拉宫,经幡,纳木错; c3.d=3500",
            ),
            (
                "请问目前时间线上有哪些片段？",
                "ops=describe_timeline",
            ),
            (
                "请把画面调成更有高原氛围的感觉。",
                "ask",
            ),
        ],
    ),
    (
        "skateboard youtuber",
        [
            (
                "yo make me a clip of a skatepark bowl at golden hour, like 5 sec",
                "ops=generate_clip; order=skatepark; c1.d=5000",
            ),
            (
                "now gimme a clip of a dude landing a kickflip down some stairs, 3 secs",
                "ops=generate_clip; order=skatepark,kickflip; c2.d=3000",
            ),
            (
                "another one: city street at night w/ neon signs, four seconds",
                "ops=generate_clip; order=skatepark,kickflip,neon; c3.d=4000",
            ),
            (
                "kickflip one needs to be slo-mo fr, half speed",
                "ops=set_speed; c2.m.speed=0.5; c2.d=6000",
            ),
            (
                "throw the neon one at the very start",
                "ops=move_clip; order=neon,skatepark,kickflip",
            ),
            (
                "ok make it widescreen for the main channel and slap some upbeat music on there",
                "ops=set_canvas,add_music; draft.width=1920; draft.height=1080; music=1; "
                "b.m.mood=upbeat",
            ),
            (
                "caption at the bottom: new part dropping friday",
                "ops=add_text; texts=1; t.m.position=bottom; t.txt~new part dropping friday",
            ),
            (
                "can u make it look like an old vhs tape lol",
                "ask",
            ),
            (
                "swap the first two",
                "ops=swap_clips; order=skatepark,neon,kickflip",
            ),
            (
                "ditch the skatepark clip",
                "ops=delete_clip; order=neon,kickflip; n=2",
            ),
            (
                "nvm undo that",
                "ops=undo; order=skatepark,neon,kickflip",
            ),
            (
                "make the kickflip 2x speed instead",
                "ops=set_speed; c3.m.speed=2; c3.d=1500",
            ),
        ],
    ),
    (
        "pottery studio",
        [
            (
                "Hi! Could you make a clip of a potter's wheel spinning with wet clay? "
                "Maybe five seconds?",
                "ops=generate_clip; order=wheel; c1.d=5000",
            ),
            (
                "Hmm, actually trim it to three seconds.",
                "ops=trim; c1.d=3000",
            ),
            (
                "No wait, sorry, can you undo that?",
                "ops=undo; order=wheel; c1.d=5000",
            ),
            (
                "Okay, let's also add a clip of shelves full of drying mugs, about four seconds.",
                "ops=generate_clip; order=wheel,mugs; c2.d=4000",
            ),
            (
                "And a kiln glowing orange, three seconds.",
                "ops=generate_clip; order=wheel,mugs,kiln; c3.d=3000",
            ),
            (
                "Hmm... I think the kiln one should go first, actually.",
                "ops=move_clip; order=kiln,wheel,mugs",
            ),
            (
                "Put a title in the middle: 'Open Studio Saturday'",
                "ops=add_text; texts=1; t.m.position=center; t.txt~Open Studio Saturday",
            ),
            (
                "Actually, take the title out. I'm not sure about the wording yet.",
                "ops=remove_text; texts=0",
            ),
            (
                "Oh gosh, undo that please, I think I want it after all.",
                "ops=undo; texts=1",
            ),
            (
                "Can you make it feel more... I don't know, more like us?",
                "ask",
            ),
            ("upload:glazed_bowls.png", ""),
            (
                "Could you turn that photo of my bowls into a slow zoom at the end, four seconds?",
                "ops=animate_image; n=4; c4.d=4000",
            ),
        ],
    ),
    (
        "广州点心茶楼",
        [
            (
                "生成虾饺特写视屏 4秒",
                "ops=generate_clip; order=虾饺; c1.d=4000",
            ),
            (
                "在来一个烧卖的 三秒",
                "ops=generate_clip; order=虾饺,烧卖; c2.d=3000",
            ),
            (
                "再加个早茶茶楼大堂很热闹 5秒",
                "ops=generate_clip; order=虾饺,烧卖,茶楼; c3.d=5000",
            ),
            (
                "肠粉也要一段，两秒半",
                "ops=generate_clip; order=虾饺,烧卖,茶楼,肠粉; c4.d=2500",
            ),
            (
                "茶楼那段放第一个",
                "ops=move_clip; order=茶楼,虾饺,烧卖,肠粉",
            ),
            (
                "烧麦那个删了",
                "ops=delete_clip; order=茶楼,虾饺,肠粉; n=3",
            ),
            (
                "虾饺放慢点 0.5倍",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "底部加字 “点心买一送一”",
                "ops=add_text; texts=1; t.m.position=bottom; t.txt~买一送一",
            ),
            (
                "配个欢快的音乐",
                "ops=add_music; music=1; b.m.mood=upbeat",
            ),
            (
                "帮我弄个外卖二维码动画",
                "ask",
            ),
            (
                "最后那段加个淡出",
                "ops=set_fade; order=茶楼,虾饺,肠粉; c3.m.fade_out>0",
            ),
            (
                "弄好看点",
                "ask",
            ),
        ],
    ),
]
