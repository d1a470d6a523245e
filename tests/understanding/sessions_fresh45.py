"""Blind set 45: Cotswolds tearoom, Sanya surf camp, taco truck, Dunhuang camels, ballet show.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Cotswolds tearoom (EN, very polite and wordy)",
        [
            (
                "Good morning! I wonder if you might be so kind as to generate a clip of "
                "scones with clotted cream on a lace tablecloth, about four seconds long, please?",
                "ops=generate_clip; n=1; order=scones; c1.d=4000",
            ),
            (
                "Thank you ever so much. Could we also have a little clip of the honey-coloured "
                "stone cottage with roses round the door, perhaps six seconds if that's "
                "quite all right?",
                "ops=generate_clip; order=scones,cottage; c2.d=6000",
            ),
            (
                "And lastly, if it isn't too much trouble, a clip of a china teapot pouring "
                "with the steam rising, for two and a half seconds.",
                "ops=generate_clip; order=scones,cottage,teapot; c3.d=2500",
            ),
            (
                "I rather think the cottage ought to open the film. Would you mind terribly "
                "putting it at the very beginning?",
                "ops=move_clip; order=cottage,scones,teapot",
            ),
            (
                "The scones one feels a touch long; could you trim it down to three seconds, "
                "please?",
                "ops=trim; order=cottage,scones,teapot; c2.d=3000",
            ),
            (
                "Would it be possible to slow the teapot down to half speed? It's rather "
                "lovely in slow motion.",
                "ops=set_speed; order=cottage,scones,teapot; c3.m.speed=0.5; c3.d=5000",
            ),
            (
                "Now, a title, if you please: 'The Willow Tearoom, Bibury' at the top of the "
                "screen.",
                "ops=add_text; texts=1; t.txt~Willow Tearoom; t.m.position=top",
            ),
            (
                "Some gentle, calm music underneath would be delightful. Not too loud, shall we "
                "say twenty per cent?",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "Oh, and could you possibly make the scones look a little more golden and "
                "freshly baked? They do look rather pale, I'm afraid.",
                "ask",
            ),
            (
                "I'd love soft crossfades between each of the clips, half a second each, "
                "if you would.",
                "ops=set_transition; n=3; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "And might the final clip fade gently to black, over two seconds or so?",
                "ops=set_fade; c3.m.fade_out=2000",
            ),
            (
                "Actually, on reflection, I preferred it without the fade. Could you undo "
                "that, please?",
                "ops=undo; order=cottage,scones,teapot; c3.m.fade_out=null; c3.m.xfade=500",
            ),
            (
                "Lastly, our website would like it in landscape, sixteen by nine, if you'd be "
                "so good.",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
        ],
    ),
    (
        "Sanya surf camp (ZH, casual, mixes English words)",
        [
            (
                "hi～帮我生成一个5秒的clip，后海村海边有人在冲浪",
                "ops=generate_clip; n=1; order=冲浪; c1.d=5000",
            ),
            (
                "再来一个sunset的，椰子树剪影那种，3秒",
                "ops=generate_clip; order=冲浪,椰子; c2.d=3000",
            ),
            (
                "还要一段教练在沙滩上教新手趴板的，两秒半",
                "ops=generate_clip; order=冲浪,椰子,教练; c3.d=2500",
            ),
            ("教练那段放到最前面", "ops=move_clip; order=教练,冲浪,椰子"),
            (
                "第二段speed调到2倍",
                "ops=set_speed; order=教练,冲浪,椰子; c2.m.speed=2; c2.d=2500",
            ),
            (
                "加个title：SANYA SURF CAMP，放上面",
                "ops=add_text; texts=1; t.txt~SANYA SURF CAMP; t.m.position=top",
            ),
            ("标题字再大一点", "ops=style_text; texts=1; t.m.size>106"),
            (
                "配个upbeat一点的音乐，音量30%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            ("能不能让冲浪那段的浪再高一点，现在看着太平了", "ask"),
            ("椰子那段加个1秒的fade out", "ops=set_fade; c3.m.fade_out=1000"),
            ("音乐最后淡出一下，2秒", "ops=set_fade; b.m.fade_out=2000"),
            (
                "改成1:1方形的，发朋友圈用",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("算了 undo 吧", "ops=undo; n=3; draft.width=1080; draft.height=1920"),
        ],
    ),
    (
        "taco food truck (EN, terse, typos)",
        [
            (
                "genrate 3s clip tacos al pastor on grill",
                "ops=generate_clip; n=1; order=pastor; c1.d=3000",
            ),
            (
                "make a clip of our truck parked at nite with string lights 4 sec",
                "ops=generate_clip; order=pastor,truck; c2.d=4000",
            ),
            (
                "one more: guy squeezin lime on tacos, 2 secs",
                "ops=generate_clip; order=pastor,truck,lime; c3.d=2000",
            ),
            ("truck first", "ops=move_clip; order=truck,pastor,lime"),
            ("cut the lime one to 1.5s", "ops=trim; order=truck,pastor,lime; c3.d=1500"),
            (
                "speed up the pastor clip 2x",
                "ops=set_speed; order=truck,pastor,lime; c2.m.speed=2; c2.d=1500",
            ),
            (
                "caption at the bottom: 3 TACOS $5 TUESDAYS",
                "ops=add_text; texts=1; t.txt~TUESDAYS; t.m.position=bottom",
            ),
            ("caption red pls", "ops=style_text; texts=1"),
            ("add music upbeat 40%", "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4"),
            ("make the tacos look juicier", "ask"),
            (
                "crossfade all 0.3s",
                "ops=set_transition; n=3; c2.m.xfade=300; c3.m.xfade=300",
            ),
            ("delet the burrito one", "ask"),
            ("nah drop the music", "ops=remove_music; music=0; n=3"),
        ],
    ),
    (
        "Dunhuang desert camel tour (ZH, formal)",
        [
            (
                "您好，请为我们生成一段6秒的视频：驼队在鸣沙山的沙丘上缓缓前行。",
                "ops=generate_clip; n=1; order=驼队; c1.d=6000",
            ),
            (
                "请再生成一段4秒的月牙泉日落景色。",
                "ops=generate_clip; order=驼队,月牙泉; c2.d=4000",
            ),
            (
                "另请生成一段莫高窟外景的画面，时长十秒。",
                "ops=generate_clip; order=驼队,月牙泉,莫高窟; c3.d=10000",
            ),
            (
                "请将月牙泉那段移至莫高窟那段之后。",
                "ops=move_clip; order=驼队,莫高窟,月牙泉",
            ),
            (
                "莫高窟那段略长，请剪至五秒。",
                "ops=trim; order=驼队,莫高窟,月牙泉; c2.d=5000",
            ),
            (
                "第一段请放慢至0.5倍速。",
                "ops=set_speed; order=驼队,莫高窟,月牙泉; c1.m.speed=0.5; c1.d=12000",
            ),
            (
                "请在片头添加标题“敦煌驼铃之旅”，置于画面中央。",
                "ops=add_text; texts=1; t.txt~敦煌驼铃之旅; t.m.position=center",
            ),
            ("标题请只显示前四秒。", "ops=time_text; texts=1; t.st=0; t.d=4000"),
            (
                "请配上舒缓的背景音乐，音量百分之二十五。",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.25",
            ),
            ("请把驼队那段里的游客换成身穿汉服的模特。", "ask"),
            (
                "请在每两段之间加入一秒的交叉淡化转场。",
                "ops=set_transition; n=3; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "背景音乐请更换为更具电影感的风格。",
                "ops=replace_music; music=1; b.m.mood=cinematic",
            ),
            (
                "最后，请改为横屏16:9，用于官网展示。",
                "ops=set_canvas; n=3; draft.width=1920; draft.height=1080",
            ),
        ],
    ),
    (
        "ballet school end-of-term show (EN, chatty)",
        [
            (
                "hiya!! so our little ones just did their end of term show and I want a cute "
                "recap. can you make a clip of a ballet stage with pink curtains and "
                "spotlights, like 5 seconds?",
                "ops=generate_clip; n=1; order=curtains; c1.d=5000",
            ),
            (
                "ooh lovely. next can you generate tiny ballerinas in tutus twirling, maybe "
                "four seconds?",
                "ops=generate_clip; order=curtains,tutus; c2.d=4000",
            ),
            ("upload:class_photo.png", ""),
            (
                "and here's the group photo from the bow at the end! could you animate it "
                "with a slow zoom in?",
                "ops=animate_image; n=3; c3.m.motion=zoom_in",
            ),
            (
                "hmm actually can the photo go right after the curtains one? so it's "
                "curtains, photo, then the ballerinas",
                "ops=move_clip; n=3; c1.m.label~curtains; c2.m.motion=zoom_in; c3.m.label~tutus",
            ),
            (
                "the ballerinas one is a bit quick, can you slow it down a little? like 0.75 "
                "speed maybe",
                "ops=set_speed; n=3; c3.m.label~tutus; c3.m.speed=0.75; c3.d=5333",
            ),
            (
                "ok title time!! 'Summer Showcase 2024' in the middle please",
                "ops=add_text; texts=1; t.txt~Summer Showcase 2024; t.m.position=center",
            ),
            (
                "can you make the title a bit bigger? it's kind of tiny on my phone",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "ooh and music! something romantic, around 30 percent",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.3",
            ),
            (
                "can you make the girls smile more in the photo? a couple of them look "
                "absolutely terrified lol",
                "ask",
            ),
            (
                "and fade the music out at the end, like 3 seconds",
                "ops=set_fade; b.m.fade_out=3000",
            ),
            ("hmm wait, what's on the timeline right now?", "ops=describe_timeline"),
            (
                "ok cut the curtains one to 3 seconds then",
                "ops=trim; n=3; c1.m.label~curtains; c1.d=3000",
            ),
        ],
    ),
]
