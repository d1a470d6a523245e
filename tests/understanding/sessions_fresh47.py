"""Blind set 47: NZ shearer, Kunming florist, Bath cake baker, Tianjin 相声 club, model railway.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "nz_shearing_contractor",
        [
            (
                "g'day. need a 4 sec clip of a shearer in a woolshed",
                "ops=generate_clip; n=1; c1.d=4000; order=woolshed",
            ),
            (
                "next one: mob of sheep in a green paddock, five secs",
                "ops=generate_clip; n=2; c2.d=5000; order=woolshed,paddock",
            ),
            (
                "and a ute on a gravel road at sunrise, 3 and a half sec",
                "ops=generate_clip; n=3; c3.d=3500; order=woolshed,paddock,ute",
            ),
            ("put the ute one at the start", "ops=move_clip; order=ute,woolshed,paddock"),
            ("make the sheep look a bit cleaner eh", "ask"),
            (
                "slow the paddock one down, half speed",
                "ops=set_speed; c3.m.speed=0.5; c3.d=10000; order=ute,woolshed,paddock",
            ),
            (
                "chuck crossfades between em all",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                'title up top "HARDING SHEARING - GUNS WANTED"',
                'ops=add_text; t.txt="HARDING SHEARING - GUNS WANTED"; t.m.position="top"',
            ),
            ("bit of upbeat music, 30%", 'ops=add_music; music=1; b.vol=0.3; b.m.mood="upbeat"'),
            ("nah. undo", "ops=undo; music=0; n=3"),
            ("eh actually redo that", "ops=redo; music=1; b.vol=0.3"),
            ("make it square for facebook", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            ("can u post it to the facebook page for me", "ask"),
        ],
    ),
    (
        "kunming_flower_seller",
        [
            (
                "哎呀你好呀～帮我做个视频嘛，先来一段玫瑰花堆满摊位的画面，五秒钟哈",
                "ops=generate_clip; n=1; c1.d=5000; order=玫瑰",
            ),
            (
                "再来一段鲜花市场早上热热闹闹的场面，三秒就够了啦",
                "ops=generate_clip; n=2; c2.d=3000; order=玫瑰,市场",
            ),
            (
                "还要一个满天星扎成花束的镜头嘛，两秒半",
                "ops=generate_clip; n=3; c3.d=2500; order=玫瑰,市场,满天星",
            ),
            ("嗯……把市场那段放到最前面吧", "ops=move_clip; order=市场,玫瑰,满天星"),
            ("玫瑰那段能不能让花瓣再红艳一点呀？", "ask"),
            (
                "满天星那个放慢点嘛，0.5倍速就好啦",
                "ops=set_speed; c3.m.speed=0.5; c3.d=5000; order=市场,玫瑰,满天星",
            ),
            (
                "加个标题「斗南花市 阿芳鲜花」，放上面哦",
                'ops=add_text; texts=1; t.txt="斗南花市 阿芳鲜花"; t.m.position="top"',
            ),
            ("字再大一点啦，看不清楚嘛", "ops=style_text; texts=1; t.m.size>106"),
            (
                "配点轻松的背景音乐呗，声音小点，百分之二十就行",
                "ops=add_music; music=1; b.vol=0.2",
            ),
            ("音乐最后三秒慢慢淡出哈", "ops=set_fade; b.m.fade_out=3000"),
            ("哎呀刚才那个不要了，撤销吧", "ops=undo; music=1; b.m.fade_out=null"),
            ("你能不能直接帮我发到抖音上啊？", "ask"),
            ("算了，玫瑰那段删掉吧", "ops=delete_clip; n=2; order=市场,满天星"),
        ],
    ),
    (
        "bath_wedding_cake_baker",
        [
            (
                "Hello! Oh I'm so excited to try this. Could you please make a 4 second clip "
                "of a three tier wedding cake with sugar roses? Thank you so much!",
                "ops=generate_clip; n=1; c1.d=4000; order=cake",
            ),
            (
                "Oh that's lovely!! Next, might I have the Royal Crescent in Bath at golden "
                "hour, about five seconds please?",
                "ops=generate_clip; n=2; c2.d=5000; order=cake,crescent",
            ),
            (
                "And one more, if it's no trouble at all: piping buttercream flowers, close up, "
                "two and a half seconds",
                "ops=generate_clip; n=3; c3.d=2500; order=cake,crescent,buttercream",
            ),
            (
                "I think the Crescent ought to open the video - would you mind moving it to "
                "the very start?",
                "ops=move_clip; order=crescent,cake,buttercream",
            ),
            (
                "Would it be possible to have the buttercream one come straight after the "
                "Crescent instead? So sorry to be a pain!",
                "ops=move_clip; order=crescent,buttercream,cake",
            ),
            (
                "Could you put a little gold leaf topper onto the cake itself? It would look "
                "divine",
                "ask",
            ),
            (
                "The cake one feels a touch long, could we trim it to 3 seconds, please?",
                "ops=trim; c3.d=3000; order=crescent,buttercream,cake",
            ),
            (
                "Gorgeous. Please add soft crossfades between all the clips, about a second each",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "Would you add a title saying 'Sugar & Bloom Cakes, Bath' at the bottom? "
                "Thank you!",
                'ops=add_text; texts=1; t.txt="Sugar & Bloom Cakes, Bath"; t.m.position="bottom"',
            ),
            (
                "Oh, and some romantic music underneath, quite gentle, maybe 25% volume?",
                'ops=add_music; music=1; b.m.mood="romantic"; b.vol=0.25',
            ),
            (
                "Could the video fade in gently from black at the beginning, say one and a "
                "half seconds?",
                "ops=set_fade; c1.m.fade_in=1500",
            ),
            (
                "And I'd love it in widescreen for our YouTube channel, please",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Could you make it look like it was shot on an old film camera? Something "
                "dreamy and vintage?",
                "ask",
            ),
            (
                "Oh dear, actually I preferred it tall. Could you undo that last change, please?",
                "ops=undo; draft.width=1080; draft.height=1920; n=3",
            ),
        ],
    ),
    (
        "tianjin_crosstalk_club",
        [
            (
                "嘿，各位老师好！我们是津门笑社，给我们来段老茶馆舞台的画面，红灯笼挂满那种，六秒",
                "ops=generate_clip; n=1; c1.d=6000; order=茶馆",
            ),
            (
                "再整一个海河夜景，天津之眼亮着灯的，四秒得嘞",
                "ops=generate_clip; n=2; c2.d=4000; order=茶馆,海河",
            ),
            (
                "还有观众笑得前仰后合使劲鼓掌的镜头，三秒",
                "ops=generate_clip; n=3; c3.d=3000; order=茶馆,海河,观众",
            ),
            ("让台上那俩演员换上大褂儿，手里再拿把扇子", "ask"),
            ("鼓掌那段挪到海河前面去", "ops=move_clip; order=茶馆,观众,海河"),
            (
                "海河那段快点儿，两倍速",
                "ops=set_speed; c3.m.speed=2; c3.d=2000; order=茶馆,观众,海河",
            ),
            ("加个大标题「笑满津门 相声专场」", 'ops=add_text; texts=1; t.txt="笑满津门 相声专场"'),
            (
                "哎不对，标题改成「笑满津门 周六晚七点」",
                'ops=edit_text; texts=1; t.txt="笑满津门 周六晚七点"',
            ),
            (
                "标题挪到底下去，颜色弄成金黄色 #FFD700",
                'ops=style_text; t.m.position="bottom"; t.m.color~ffd700',
            ),
            (
                "来点欢快的背景音乐，音量百分之三十",
                'ops=add_music; music=1; b.m.mood="upbeat"; b.vol=0.3',
            ),
            ("这个吧……您看着办，整得更有包袱一点儿", "ask"),
            ("改成方的，发朋友圈用", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            ("得，观众那段删了吧", "ops=delete_clip; n=2; order=茶馆,海河"),
        ],
    ),
    (
        "retired_engineer_model_railway",
        [
            (
                "Hello. I'm not entirely sure how this works, but I'd like to, er, put together "
                "a short video of my model railway. Could you generate a clip of a steam "
                "locomotive crossing a stone viaduct, perhaps six seconds?",
                "ops=generate_clip; n=1; c1.d=6000; order=viaduct",
            ),
            (
                "Right. Next, I think, a little country station with a signal box. Ummm, "
                "4 seconds should do.",
                "ops=generate_clip; n=2; c2.d=4000; order=viaduct,station",
            ),
            (
                "and then a goods train going thru a tunnel in the hills, three seconds or so",
                "ops=generate_clip; n=3; c3.d=3000; order=viaduct,station,tunnel",
            ),
            (
                "Hmm. On reflection the tunnel one should probably come second, after the "
                "viaduct. If that's possible.",
                "ops=move_clip; order=viaduct,tunnel,station",
            ),
            (
                "Is it possible to make the locomotive puff out more smoke? It's meant to be a "
                "Standard 4MT, you see, and they were rather smoky",
                "ask",
            ),
            (
                "The station clip - could it be a bit shorter? Say, two and a half seconds.",
                "ops=trim; c3.d=2500; order=viaduct,tunnel,station",
            ),
            (
                "I wonder if the viaduct one could go slower, half speed perhaps, so people can "
                "see the detailing on the parapets",
                "ops=set_speed; c1.m.speed=0.5; c1.d=12000",
            ),
            (
                "Thats rather too slow now actualy. Could you undo that, please",
                "ops=undo; c1.d=6000; n=3",
            ),
            (
                "Now, a crossfade between the tunnel and the station clips, if you would. "
                "Half a second.",
                "ops=set_transition; c3.m.xfade=500",
            ),
            (
                "Could we have a caption along the bottom reading 'The Little Wenford Branch, "
                "OO gauge'",
                'ops=add_text; texts=1; t.txt="The Little Wenford Branch, OO gauge"; '
                't.m.position="bottom"',
            ),
            (
                "Some calm music would be nice. Not too loud - 20 percent, I should think.",
                'ops=add_music; music=1; b.m.mood="calm"; b.vol=0.2',
            ),
            (
                "I'm told YouTube prefers landscape, so could you make it 16:9? I think that's "
                "the term.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Oh, and could you make it all look more, well, realistic? You know what I mean.",
                "ask",
            ),
            (
                "Ah. I think I'd rather lose the station clip altogether, on second thoughts.",
                "ops=delete_clip; n=2; order=viaduct,tunnel",
            ),
        ],
    ),
]
