"""Blind set 43: Manchester barber, Longjing tea farm, swim school, stinky tofu, motorbike shop.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Manchester barber shop (banter, slang)",
        [
            (
                "alright lad, need a vid for the shop. knock us up a 4 second clip of a "
                "barber doing a skin fade",
                "ops=generate_clip; order=barber; n=1; c1.d=4000",
            ),
            (
                "sound. now do one of the shop front on a rainy street, 3 seconds",
                "ops=generate_clip; order=barber,shop; c2.d=3000",
            ),
            (
                "chuck in a close up of the straight razor and hot towel an all, "
                "two and a half seconds",
                "ops=generate_clip; order=barber,shop,razor; c3.d=2500",
            ),
            (
                "nah, shop front wants to go first innit",
                "ops=move_clip; order=shop,barber,razor",
            ),
            (
                "razor one's dragging a bit, speed it up 2x",
                "ops=set_speed; order=shop,barber,razor; c3.m.speed=2; c3.d=1250",
            ),
            (
                "can you give the fella in the barber one a proper beard",
                "ask",
            ),
            (
                "stick a title on, 'FADE & BLADE' at the top",
                "ops=add_text; texts=1; t.txt~FADE & BLADE; t.m.position=top",
            ),
            (
                "add some lo-fi beats, keep it low like 25%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.25",
            ),
            (
                "crossfade between all of em, half a second",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "fade the music out at the end, like 2 seconds",
                "ops=set_fade; music=1; b.m.fade_out=2000",
            ),
            (
                "actually scrap the razor clip",
                "ops=delete_clip; n=2; order=shop,barber",
            ),
            (
                "nah put it back, my bad",
                "ops=undo; n=3; order=shop,barber,razor; c3.d=1250",
            ),
            (
                "just make it better ya know, proper banging",
                "ask",
            ),
        ],
    ),
    (
        "Hangzhou Longjing tea farm (formal Chinese)",
        [
            (
                "您好，我们是杭州西湖龙井的茶园。"
                "请帮我生成一段5秒的视频，内容是清晨云雾缭绕的茶园。",
                "ops=generate_clip; order=茶园; n=1; c1.d=5000",
            ),
            (
                "再生成一段四秒的视频：采茶女工在茶山上采摘嫩芽。",
                "ops=generate_clip; order=茶园,采茶; c2.d=4000",
            ),
            (
                "请再制作一段两秒半的视频，内容是炒茶师傅在铁锅中手工炒茶的特写。",
                "ops=generate_clip; order=茶园,采茶,炒茶; c3.d=2500",
            ),
            (
                "请把炒茶那段放到最前面。",
                "ops=move_clip; order=炒茶,茶园,采茶",
            ),
            (
                "茶园那段节奏稍快，请调成0.5倍速播放。",
                "ops=set_speed; order=炒茶,茶园,采茶; c2.m.speed=0.5; c2.d=10000",
            ),
            (
                "麻烦您把它剪短到6秒。",
                "ops=trim; order=炒茶,茶园,采茶; c2.d=6000",
            ),
            (
                "在画面顶部加上标题“西湖龙井·明前春茶”。",
                "ops=add_text; texts=1; t.txt~明前春茶; t.m.position=top",
            ),
            (
                "标题只需显示前两秒。",
                "ops=time_text; texts=1; t.st=0; t.d=2000",
            ),
            (
                "请配上舒缓的背景音乐，音量百分之三十。",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.3",
            ),
            (
                "能否让采茶的姑娘转过身来面向镜头微笑？",
                "ask",
            ),
            (
                "请在每两段之间加一秒的交叉淡化转场。",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "画面请改为横屏16:9，以便在官网播放。",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "最后一段结尾请加两秒淡出，谢谢。",
                "ops=set_fade; order=炒茶,茶园,采茶; c3.m.fade_out=2000",
            ),
        ],
    ),
    (
        "kids' swimming school (chatty, parent-friendly)",
        [
            (
                "Hi! We run a little swim school for kiddos and I'd love a short promo :) "
                "Could you make a 6 second clip of kids splashing in an indoor pool?",
                "ops=generate_clip; order=splashing; n=1; c1.d=6000",
            ),
            (
                "Ooh lovely. Next can we have a clip of a swimming teacher holding a little "
                "one's hands in the water, about five seconds?",
                "ops=generate_clip; order=splashing,teacher; c2.d=5000",
            ),
            (
                "And one more of a smiling girl with goggles and a medal, three seconds please",
                "ops=generate_clip; order=splashing,teacher,medal; c3.d=3000",
            ),
            (
                "Hmm, I think the medal one should come right after the splashing one actually",
                "ops=move_clip; order=splashing,medal,teacher",
            ),
            (
                "Could the teacher one be a tiny bit shorter? Maybe trim a second off the end?",
                "ops=trim; order=splashing,medal,teacher; c3.d=4000",
            ),
            (
                "Can you make the water a nicer blue in the first clip? It looks a bit grey",
                "ask",
            ),
            (
                "Let's pop a caption at the bottom saying "
                "'Lessons for ages 3-10, book a free trial!'",
                "ops=add_text; texts=1; t.txt~free trial; t.m.position=bottom",
            ),
            (
                "Could the words be white and a bit bigger so parents can read it on their phones?",
                "ops=style_text; texts=1; t.m.size>56",
            ),
            (
                "Some happy upbeat music would be great, not too loud though, maybe 20%?",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.2",
            ),
            (
                "Oh sorry, could you swap the first and last clips?",
                "ops=swap_clips; order=teacher,medal,splashing",
            ),
            (
                "Hmm no, undo that, it was better before",
                "ops=undo; order=splashing,medal,teacher",
            ),
            (
                "Could we make it square for Instagram?",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "Lastly, a gentle fade in at the very start, one second",
                "ops=set_fade; order=splashing,medal,teacher; c1.m.fade_in=1000",
            ),
        ],
    ),
    (
        "Changsha stinky-tofu stall (short Chinese, typos)",
        [
            (
                "生成个3秒视屏，油锅炸臭豆腐",
                "ops=generate_clip; order=臭豆腐; n=1; c1.d=3000",
            ),
            (
                "再来一个 长沙夜市 人很多 4秒",
                "ops=generate_clip; order=臭豆腐,夜市; c2.d=4000",
            ),
            (
                "在生成一个两秒半的 老板浇辣椒汁",
                "ops=generate_clip; order=臭豆腐,夜市,辣椒; c3.d=2500",
            ),
            (
                "夜市那段放最前面",
                "ops=move_clip; order=夜市,臭豆腐,辣椒",
            ),
            (
                "第三个加快 2倍",
                "ops=set_speed; order=夜市,臭豆腐,辣椒; c3.m.speed=2; c3.d=1250",
            ),
            (
                "把臭豆付弄的更黑一点 看起来香",
                "ask",
            ),
            (
                "加个标题 长沙臭豆腐 十块钱一份",
                "ops=add_text; texts=1; t.txt~长沙臭豆腐",
            ),
            (
                "字放上面 红色",
                "ops=style_text; texts=1; t.m.position=top",
            ),
            (
                "配个热闹点的音乐",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.35",
            ),
            (
                "音乐小声点 百分之二十",
                "ops=set_volume; music=1; b.vol=0.2",
            ),
            (
                "把那个奶茶的删了",
                "ask",
            ),
            (
                "音乐不要了",
                "ops=remove_music; music=0; n=3",
            ),
            (
                "算了 撤销",
                "ops=undo; music=1; b.vol=0.2; order=夜市,臭豆腐,辣椒",
            ),
        ],
    ),
    (
        "vintage motorbike restorer (terse, technical)",
        [
            (
                "Generate: 1968 Triumph Bonneville on the bench, 4s.",
                "ops=generate_clip; order=bonneville; n=1; c1.d=4000",
            ),
            (
                "clip: carburettor rebuild close-up, 3s",
                "ops=generate_clip; order=bonneville,carburettor; c2.d=3000",
            ),
            ("upload:tank_badge.png", ""),
            (
                "animate the photo. slow zoom in, 3s",
                "ops=animate_image; n=3; c3.m.motion=zoom_in; c3.d=3000",
            ),
            (
                "move it after the Bonneville",
                "ops=move_clip; n=3; c1.m.label~bonneville; c2.m.motion=zoom_in; "
                "c3.m.label~carburettor",
            ),
            (
                "carb clip 1.5x",
                "ops=set_speed; n=3; c3.m.label~carburettor; c3.m.speed=1.5; c3.d=2000",
            ),
            (
                "Bonneville: trim to 3.5s",
                "ops=trim; n=3; c1.m.label~bonneville; c1.d=3500",
            ),
            (
                "Make the chrome on the tank shinier.",
                "ask",
            ),
            (
                "canvas to 16:9",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "Title 'RESTORED BY HAND', bottom, white.",
                "ops=add_text; texts=1; t.txt~RESTORED BY HAND; t.m.position=bottom",
            ),
            (
                "music: cinematic, 40%",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.4",
            ),
            (
                "0.5s xfade between clip 1 and 2",
                "ops=set_transition; n=3; c2.m.xfade=500",
            ),
            (
                "swap the music for something calmer",
                "ops=replace_music; music=1; b.m.mood=calm; b.vol=0.4; n=3",
            ),
        ],
    ),
]
