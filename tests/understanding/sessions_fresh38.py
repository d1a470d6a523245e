"""Blind set 38: Scottish florist, hutong tour guide, car detailer, Guilin rafting, teacher.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Scottish wedding florist (EN, polite and wordy)",
        [
            (
                "Good morning! I'm putting together a wee showreel for Heather & Bough. "
                "Could you please generate a 4 second clip of a bridal bouquet of white "
                "roses and thistles on an old oak table?",
                "ops=generate_clip; n=1; order=bouquet; c1.d=4000",
            ),
            (
                "Lovely, thank you. Next I'd like a six second one of a stone chapel "
                "doorway dressed with an arch of peonies, if that's not too much bother.",
                "ops=generate_clip; order=bouquet,chapel; c2.d=6000",
            ),
            (
                "And one more, please: three and a half seconds of confetti falling "
                "over a loch in the evening.",
                "ops=generate_clip; order=bouquet,chapel,confetti; c3.d=3500",
            ),
            (
                "Actually, I think the confetti one ought to open the film. Would you "
                "mind moving it to the very beginning?",
                "ops=move_clip; order=confetti,bouquet,chapel",
            ),
            (
                "Could you make the roses in the bouquet clip a touch pinker? The "
                "couple's colours are blush, you see.",
                "ask",
            ),
            (
                "The chapel one feels a little long, I'm afraid. Would you trim it down "
                "to four seconds, please?",
                "ops=trim; order=confetti,bouquet,chapel; c3.d=4000",
            ),
            (
                "And I'd love a gentle crossfade between all of them, half a second or so.",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "Now, a title if you please: 'Heather & Bough Wedding Flowers' at the "
                "top of the screen.",
                "ops=add_text; texts=1; t.txt~Heather; t.m.position=top",
            ),
            (
                "Hmm, on reflection, could the title only show for the first two seconds?",
                "ops=time_text; texts=1; t.st=0; t.d=2000",
            ),
            (
                "Some soft romantic music underneath would be just perfect, perhaps at "
                "about 25 per cent.",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.25",
            ),
            (
                "And would you be so kind as to fade the music out over the last two seconds?",
                "ops=set_fade; music=1; b.m.fade_out=2000",
            ),
            (
                "Oh dear, I've changed my mind about that fade. Could you undo it, please?",
                "ops=undo; music=1; b.m.fade_out=null; b.vol=0.25",
            ),
            (
                "Finally, most of our brides find us on the Instagram feed, so could we "
                "make the whole thing square?",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "Beijing hutong walking-tour guide (ZH, polite long sentences)",
        [
            (
                "您好，麻烦您帮我生成一段四秒钟的视频，内容是清晨的胡同里有人骑着自行车"
                "经过，谢谢！",
                "ops=generate_clip; n=1; order=胡同; c1.d=4000",
            ),
            (
                "谢谢您。麻烦再帮我做一段五秒的，拍的是四合院的红漆大门和门口的石狮子，辛苦了。",
                "ops=generate_clip; order=胡同,四合院; c2.d=5000",
            ),
            (
                "还想麻烦您再加一段两秒半的，是老茶馆里一壶茶冒着热气的画面，谢谢。",
                "ops=generate_clip; order=胡同,四合院,茶馆; c3.d=2500",
            ),
            (
                "麻烦您把茶馆那段放到最前面，我想让游客一开始就感受到老北京的味道，谢谢。",
                "ops=move_clip; order=茶馆,胡同,四合院",
            ),
            ("麻烦您把鼓楼那段再剪短一点，谢谢。", "ask"),
            (
                "第二段骑自行车的那个，麻烦您放慢一点，放成一半的速度吧，谢谢。",
                "ops=set_speed; order=茶馆,胡同,四合院; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "这样好像有点太长了，麻烦您把它剪到六秒，谢谢。",
                "ops=trim; order=茶馆,胡同,四合院; c2.d=6000",
            ),
            (
                "麻烦您在开头加一个标题，写“跟着老张逛胡同”，放在画面上方，谢谢。",
                "ops=add_text; texts=1; t.txt~老张; t.m.position=top",
            ),
            ("标题的字麻烦您再放大一点，谢谢您。", "ops=style_text; texts=1; t.m.size>106"),
            (
                "再麻烦您配一段安静舒缓的背景音乐，音量百分之二十就好，谢谢。",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "麻烦您给四合院那段的结尾加一个一秒的淡出，谢谢。",
                "ops=set_fade; order=茶馆,胡同,四合院; c3.m.fade_out=1000",
            ),
            ("不好意思，能不能麻烦您把画面里的游客都去掉？谢谢。", "ask"),
            (
                "最后麻烦您帮我改成横屏的，16:9，方便放在我们的网站上，谢谢！",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "car detailing business (EN, terse, typos)",
        [
            (
                "genrate 3s clip black suv covered in snow foam",
                "ops=generate_clip; n=1; order=suv; c1.d=3000",
            ),
            (
                "add 4 sec clip pressure washer rinsing alloy wheels",
                "ops=generate_clip; order=suv,wheels; c2.d=4000",
            ),
            (
                "and 5s polished red sports car under showroom lights",
                "ops=generate_clip; order=suv,wheels,sports; c3.d=5000",
            ),
            ("wheels clip 2x speed", "ops=set_speed; c2.m.speed=2; c2.d=2000"),
            ("sports car first", "ops=move_clip; order=sports,suv,wheels"),
            ("swap 2 and 3", "ops=swap_clips; order=sports,wheels,suv"),
            ("make the paint shinier", "ask"),
            (
                "title DETAIL KINGS at the top",
                "ops=add_text; texts=1; t.txt~detail kings; t.m.position=top",
            ),
            (
                "caption: book now 0161 496 0123",
                "ops=add_text; texts=2; t.txt~book now",
            ),
            ("drop the caption", "ops=remove_text; texts=1; t.txt~detail kings"),
            ("music upbeat 40%", "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4"),
            ("cut suv to 2s", "ops=trim; order=sports,wheels,suv; c3.d=2000"),
            (
                "make it 16:9 for youtube",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "Guilin rafting company (ZH, casual, Chinese number words)",
        [
            ("来一段漓江竹筏漂流的视频，六秒", "ops=generate_clip; n=1; order=竹筏; c1.d=6000"),
            (
                "再来个象鼻山的，三秒就行",
                "ops=generate_clip; order=竹筏,象鼻山; c2.d=3000",
            ),
            (
                "还要一个遇龙河上游客打水仗的镜头，四秒半",
                "ops=generate_clip; order=竹筏,象鼻山,水仗; c3.d=4500",
            ),
            ("打水仗那段放最前面", "ops=move_clip; order=水仗,竹筏,象鼻山"),
            (
                "把第二段快进一下，两倍速",
                "ops=set_speed; order=水仗,竹筏,象鼻山; c2.m.speed=2; c2.d=3000",
            ),
            ("把它开头一秒剪掉", "ops=trim; order=水仗,竹筏,象鼻山; c2.d=2000"),
            ("把山上那只猴子弄掉", "ask"),
            (
                "每段之间加个转场，半秒",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "配个欢快点的音乐，声音小点，百分之三十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            (
                "加个字幕“夏天来漂流，八折优惠”",
                "ops=add_text; texts=1; t.txt~漂流",
            ),
            ("字幕放上面去", "ops=style_text; texts=1; t.m.position=top"),
            ("音乐换成安静一点的", "ops=replace_music; music=1; b.m.mood=calm"),
            ("算了，撤销", "ops=undo; music=1; b.m.mood=upbeat; b.vol=0.3"),
        ],
    ),
    (
        "primary-school teacher, class trip recap (EN, hesitant)",
        [
            (
                "Um, hi. Is it okay if I ask you to make a clip of a yellow school bus "
                "driving through the countryside? Maybe 5 seconds?",
                "ops=generate_clip; n=1; order=bus; c1.d=5000",
            ),
            (
                "Thank you! Could I maybe also have one of children looking at dinosaur "
                "skeletons in a museum? Eight seconds, if that's alright.",
                "ops=generate_clip; order=bus,dinosaur; c2.d=8000",
            ),
            ("upload:class_picnic.png", ""),
            (
                "Would it be possible to turn the photo I just uploaded into a little "
                "clip, with a slow zoom in? Four seconds maybe?",
                "ops=animate_image; n=3; c3.m.motion=zoom_in; c3.d=4000",
            ),
            (
                "Sorry, I think the dinosaur one is a bit long... could you cut it to "
                "five seconds? Only if that's okay.",
                "ops=trim; n=3; c2.d=5000",
            ),
            (
                "Um, could you move the last one so it's right after the bus? Sorry if "
                "that's confusing.",
                "ops=move_clip; n=3; c2.m.motion=zoom_in; c3.d=5000",
            ),
            (
                "Is it alright if the bus clip fades in from black at the start? Like one second?",
                "ops=set_fade; c1.m.fade_in=1000",
            ),
            (
                "Could you maybe add a title that says 'Year 3 Trip to the Natural "
                "History Museum'? At the top, if that's okay.",
                "ops=add_text; texts=1; t.txt~Natural History; t.m.position=top",
            ),
            (
                "Oh, sorry, that's too long. Can it say 'Year 3 Trip to the Museum' instead?",
                "ops=edit_text; texts=1; t.txt~to the Museum",
            ),
            (
                "Would it be okay to make the children in the museum one smile more? "
                "They look a bit serious.",
                "ask",
            ),
            (
                "Could we have some calm music? Not too loud please, maybe 20 percent?",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "Would it be okay if the title was yellow? The children love yellow.",
                "ops=style_text; texts=1",
            ),
            (
                "Sorry, I don't really know what I'm doing. Can you just make it better?",
                "ask",
            ),
        ],
    ),
]
