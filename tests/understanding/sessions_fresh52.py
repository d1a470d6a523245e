"""Blind set 52: Belfast groomer, Wuxi appliances, Mumbai food tours, Qingdao weddings, Etsy.

Written without reading the engine's understanding code or the other sets; see corpus.py for the
step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "belfast dog groomer",
        [
            (
                "Hiya! I'm putting together a wee video for the grooming salon, so I am. "
                "Could ye make us a clip of a fluffy cockapoo in the bath, about four seconds?",
                "ops=generate_clip;n=1;c1.d=4000;order=cockapoo",
            ),
            (
                "Ah that's lovely. Now a wee schnauzer getting a blow dry, two and a half seconds",
                "ops=generate_clip;n=2;c2.d=2500;order=cockapoo,schnauzer",
            ),
            (
                "And one of a westie with a wee pink bow on her head, 3 seconds, ta",
                "ops=generate_clip;n=3;c3.d=3000;order=cockapoo,schnauzer,westie",
            ),
            (
                "Actually stick the westie one at the very start, she's the star of the show",
                "ops=move_clip;order=westie,cockapoo,schnauzer",
            ),
            (
                "Could ye get the cockapoo to give itself a wee shake dry at the end of its bit?",
                "ask",
            ),
            (
                'Pop a title on at the top sayin "Paws & Claws Belfast", if ye don\'t mind',
                "ops=add_text;t.txt=Paws & Claws Belfast;t.m.position=top",
            ),
            (
                "Bit of upbeat music underneath, not too loud mind, 25%",
                "ops=add_music;b.m.mood=upbeat;b.vol=0.25",
            ),
            (
                "Och could we have it square? It's for the Facebook feed",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
            (
                "That cockapoo one's over in a flash, could ye slow it down to half speed",
                "ops=set_speed;c2.d=8000;c2.m.speed=0.5;order=westie,cockapoo,schnauzer",
            ),
            (
                "Ach naw, that's far too slow so it is. Undo that, would ye",
                "ops=undo;c2.d=4000;n=3",
            ),
            (
                "Wee crossfade between all the clips there, half a second like",
                "ops=set_transition;c2.m.xfade=500;c3.m.xfade=500",
            ),
            (
                "Can ye take the background out of the schnauzer clip so it's just the dog?",
                "ask",
            ),
            (
                "Grand. Fade the whole thing out at the end there, two seconds",
                "ops=set_fade;c-1.m.fade_out=2000",
            ),
        ],
    ),
    (
        "无锡小家电官方宣传",
        [
            (
                "您好，我司为无锡一家小家电生产企业，现需制作一段官方宣传短片。"
                "请先生成一段五秒的现代化工厂生产线画面。",
                "ops=generate_clip;n=1;c1.d=5000;order=生产线",
            ),
            (
                "请再生成一段三秒的电饭煲产品特写。",
                "ops=generate_clip;n=2;c2.d=3000;order=生产线,电饭煲",
            ),
            (
                "此外，请制作一段2.5秒的空气炸锅展示画面。",
                "ops=generate_clip;n=3;c3.d=2500;order=生产线,电饭煲,空气炸锅",
            ),
            (
                "请将空气炸锅那段调整至最前面，作为开篇。",
                "ops=move_clip;order=空气炸锅,生产线,电饭煲",
            ),
            (
                "片头请添加标题「匠心智造 品质无锡」，置于画面顶部。",
                "ops=add_text;t.txt=匠心智造 品质无锡;t.m.position=top",
            ),
            ("标题字号请适当加大。", "ops=style_text;t.m.size>106"),
            (
                "请配一段欢快的背景音乐，音量百分之三十。",
                "ops=add_music;b.m.mood=upbeat;b.vol=0.3",
            ),
            ("能否让电饭煲的盖子自动打开，展示一下内胆？", "ask"),
            (
                "生产线那段请放慢至0.5倍速，以体现工艺之精细。",
                "ops=set_speed;c2.d=10000;c2.m.speed=0.5;order=空气炸锅,生产线,电饭煲",
            ),
            (
                "各片段之间请加入一秒的转场效果。",
                "ops=set_transition;c2.m.xfade=1000;c3.m.xfade=1000",
            ),
            (
                "另外，请将视频改为16:9横屏，便于在官网及展会大屏播放。",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
            ("请在结尾处加上我司官方微信公众号的二维码。", "ask"),
            ("背景音乐结尾请做两秒淡出处理，谢谢。", "ops=set_fade;b.m.fade_out=2000"),
        ],
    ),
    (
        "mumbai street food guide",
        [
            (
                "Good morning. I am conducting street food walking tours in Mumbai. Kindly "
                "generate one clip of vada pav being fried at a roadside stall, 4 seconds.",
                "ops=generate_clip;n=1;c1.d=4000;order=vada",
            ),
            (
                "Next please make pani puri being served on a leaf plate, three seconds only",
                "ops=generate_clip;n=2;c2.d=3000;order=vada,pani",
            ),
            (
                "Also one clip of a busy Chowpatty beach at sunset with food carts, 5 secs",
                "ops=generate_clip;n=3;c3.d=5000;order=vada,pani,chowpatty",
            ),
            (
                "Kindly prepone the beach clip to the beginning, it is the best opening",
                "ops=move_clip;order=chowpatty,vada,pani",
            ),
            (
                "The third clip is little lengthy, kindly cut it to 2 seconds only",
                "ops=trim;c3.d=2000;order=chowpatty,vada,pani",
            ),
            (
                "Kindly add caption: Eat like a local in Mumbai",
                "ops=add_text;t.txt=Eat like a local in Mumbai",
            ),
            (
                "Vada pav clip please make it fast, 2x",
                "ops=set_speed;c2.d=2000;c2.m.speed=2",
            ),
            (
                "Can you make the chaiwala in the clip pour the tea from more height, "
                "like the famous style?",
                "ask",
            ),
            (
                "Do the needful and add some chill lo-fi music, 40 percent volume",
                "ops=add_music;b.m.mood=lofi;b.vol=0.4",
            ),
            (
                "Music is too loud yaar, kindly reduce it to 20%",
                "ops=set_volume;b.vol=0.2",
            ),
            (
                "Delete the pani puri clip, I will show that one live on the tour itself",
                "ops=delete_clip;n=2;order=chowpatty,vada",
            ),
            ("Also please send the video to my WhatsApp group directly", "ask"),
            (
                "Kindly shift the caption to top side",
                "ops=style_text;t.m.position=top",
            ),
        ],
    ),
    (
        "青岛海边婚礼摄影",
        [
            (
                "哇！！今天拍的婚礼太美了！！帮我先生成一段新娘在沙滩上奔跑的画面，四秒！！",
                "ops=generate_clip;n=1;c1.d=4000;order=新娘",
            ),
            (
                "再来一段栈桥日落的镜头，三秒！！哇好期待～",
                "ops=generate_clip;n=2;c2.d=3000;order=新娘,栈桥",
            ),
            (
                "哇还要一段！两秒半的，新人在海边交换戒指的特写！！",
                "ops=generate_clip;n=3;c3.d=2500;order=新娘,栈桥,戒指",
            ),
            (
                "戒指那段放到最前面吧！！开场就要有冲击力！",
                "ops=move_clip;order=戒指,新娘,栈桥",
            ),
            (
                "加个标题「青岛·海的誓言」！！放中间就好～",
                "ops=add_text;t.txt=青岛·海的誓言;t.m.position=center",
            ),
            (
                "哇标题颜色改成香槟金 #d4af37 好不好！！",
                "ops=style_text;t.m.color=#d4af37",
            ),
            (
                "配上浪漫的音乐！！音量百分之五十～",
                "ops=add_music;b.m.mood=romantic;b.vol=0.5",
            ),
            ("能不能把新娘的婚纱变成红色的呀？？", "ask"),
            (
                "栈桥日落那段放慢一点，0.5倍！！",
                "ops=set_speed;c3.d=6000;c3.m.speed=0.5;order=戒指,新娘,栈桥",
            ),
            ("哇不对不对，撤回撤回！！", "ops=undo;c3.d=3000"),
            (
                "算了还是慢一点好看，恢复刚才那步吧！！",
                "ops=redo;c3.d=6000;c3.m.speed=0.5",
            ),
            (
                "第一段和第二段之间加个转场！！",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade=null",
            ),
            ("然后帮我直接发到抖音上！！哇好激动", "ask"),
        ],
    ),
    (
        "nervous etsy jewellery seller",
        [
            (
                "Hi, sorry, I've never done this before... I make silver rings and sell them "
                "on Etsy. Could you maybe make a clip of a silver ring on a velvet cushion? "
                "Maybe 3 seconds? If that's okay?",
                "ops=generate_clip;n=1;c1.d=3000;order=ring",
            ),
            (
                "Oh that's nice. Um, could I have another one, a beaded bracelet on a wooden "
                "table, two seconds? sorry",
                "ops=generate_clip;n=2;c2.d=2000;order=ring,bracelet",
            ),
            (
                "and a necklace catching the morning sunlight, 4 seconds. sorry if this is a lot",
                "ops=generate_clip;n=3;c3.d=4000;order=ring,bracelet,necklace",
            ),
            (
                "Hmm, would it be better if the necklace went first? Let's try that, sorry",
                "ops=move_clip;order=necklace,ring,bracelet",
            ),
            (
                "Oh no I don't know... coudl you undo that? I think I liked it before",
                "ops=undo;order=ring,bracelet,necklace",
            ),
            (
                "sorry, could the necklace go right after the ring instead? I keep changing "
                "my mind",
                "ops=move_clip;order=ring,necklace,bracelet",
            ),
            ("Is it possible to make the ring actually sparkle more? like glint?", "ask"),
            (
                "could you add the text 'Handmade by Bea' maybe near the bottom? only if it "
                "looks ok",
                "ops=add_text;t.txt=Handmade by Bea;t.m.position=bottom",
            ),
            ("sorry its a bit big, could you make it smaller", "ops=style_text;t.m.size<106"),
            (
                "Could the bracelet one be a tiny bit shorter, like one and a half seconds?",
                "ops=trim;c3.d=1500;order=ring,necklace,bracelet",
            ),
            (
                "maybe some calm music? quiet though, like 20%? sorry",
                "ops=add_music;b.m.mood=calm;b.vol=0.2",
            ),
            (
                "Could you just make it... better? more professional? I don't really know "
                "what I mean, sorry",
                "ask",
            ),
            (
                "Sorry, last thing I promise - could it be square? I think Etsy shows square "
                "ones nicer",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
        ],
    ),
]
