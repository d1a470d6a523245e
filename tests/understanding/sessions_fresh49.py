"""Blind set 49: Scouse tattooist, Chongqing rider, Fringe comic, Suzhou gardens, soccer mom.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "scouse_tattoo_studio",
        [
            (
                "alright la, we're doin a promo for the studio. make us a 4 second clip of a "
                "tattoo needle buzzin over a dragon sleeve",
                "ops=generate_clip; n=1; c1.d=4000; order=dragon",
            ),
            (
                "sound. can yer make a clip of the shop front on a rainy night, 3 seconds like",
                "ops=generate_clip; n=2; c2.d=3000; order=dragon,shop",
            ),
            (
                "and one more, two and a half seconds of a fresh rose tattoo gettin wiped down",
                "ops=generate_clip; n=3; c3.d=2500; order=dragon,shop,rose",
            ),
            (
                "nah put the rose one at the start, it's the money shot",
                "ops=move_clip; order=rose,dragon,shop",
            ),
            (
                "the dragon one's draggin a bit la, speed that up to double",
                "ops=set_speed; order=rose,dragon,shop; c2.d=2000; c2.m.speed=2",
            ),
            ("can yer make the dragon breathe fire at the end lol", "ask"),
            (
                "bang a crossfade between all of em, half a second",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "stick a title at the top sayin 'INKED ON BOLD ST'",
                "ops=add_text; texts=1; t.txt~INKED ON BOLD ST; t.m.position=top",
            ),
            (
                "chuck some upbeat music on, not too loud like, 25%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
            ("make it more scouse", "ask"),
            (
                "fade the music out over the last two seconds",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            ("ah nah that's rank, undo it", "ops=undo; music=1; b.m.fade_out=null"),
            (
                "we're puttin it on insta as well, make it square la",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "chongqing_hotpot_rider",
        [
            (
                "来个三秒的 骑电动车穿过洪崖洞的夜景",
                "ops=generate_clip; n=1; c1.d=3000; order=洪崖洞",
            ),
            (
                "再来个红油火锅翻滚的 两秒半",
                "ops=generate_clip; n=2; c2.d=2500; order=洪崖洞,火锅",
            ),
            (
                "还要一个 爬坡上坎的山城小巷 四秒",
                "ops=generate_clip; n=3; c3.d=4000; order=洪崖洞,火锅,小巷",
            ),
            ("火锅那个放最前面", "ops=move_clip; order=火锅,洪崖洞,小巷"),
            (
                "小巷那段慢一点 半速",
                "ops=set_speed; order=火锅,洪崖洞,小巷; c3.d=8000; c3.m.speed=0.5",
            ),
            ("让火锅里的毛肚自己跳出来嘛", "ask"),
            (
                "第一段和第二段之间加个转场",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade=null",
            ),
            (
                "加个标题 重庆外卖一天 放上面",
                "ops=add_text; texts=1; t.txt~重庆外卖一天; t.m.position=top",
            ),
            (
                "音乐 来点欢快的 小声点 百分之三十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            ("洪崖洞那个不要了 删掉", "ops=delete_clip; n=2; order=火锅,小巷"),
            ("算了算了 还是要 撤回", "ops=undo; n=3; order=火锅,洪崖洞,小巷"),
            ("那个 弄得巴适点嘛", "ask"),
            ("结尾淡出 两秒", "ops=set_fade; c-1.m.fade_out=2000"),
        ],
    ),
    (
        "edinburgh_fringe_comedian",
        [
            (
                "Right. Make me a 5 second clip of an empty comedy club with one sad spotlight. "
                "Basically my Tuesday show.",
                "ops=generate_clip; n=1; c1.d=5000; order=club",
            ),
            (
                "Now generate four seconds of the Royal Mile packed with students shoving flyers "
                "at people. The natural predators of comedians.",
                "ops=generate_clip; n=2; c2.d=4000; order=club,royal",
            ),
            (
                "Then a two-second clip of Edinburgh Castle at sunset, so people assume the show "
                "is classier than it is",
                "ops=generate_clip; n=3; c3.d=2000; order=club,royal,castle",
            ),
            (
                "This is going on YouTube, so widescreen please. Obviously. 16:9.",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            ("Put the castle first. Lead with the lie.", "ops=move_clip; order=castle,club,royal"),
            (
                "trim the club one to three seconds, nobody needs to dwell on the empty chairs",
                "ops=trim; order=castle,club,royal; c2.d=3000",
            ),
            ("Can you fill the club with people laughing? Asking for my ego.", "ask"),
            (
                "add the title 'Mostly Harmless' at the bottom. the top is where hope goes to die",
                "ops=add_text; texts=1; t.txt~Mostly Harmless; t.m.position=bottom",
            ),
            (
                "some sad music at 40 percent, to match my career",
                "ops=add_music; music=1; b.m.mood=sad; b.vol=0.4",
            ),
            (
                "Actually change the music to something upbeat, we're pretending this is fun",
                "ops=replace_music; music=1; b.m.mood=upbeat",
            ),
            ("undo that, sad suits me better", "ops=undo; music=1; b.m.mood=sad"),
            ("Make it funnier.", "ask"),
            (
                "and delete the royal mile one, the flyer kids give me flashbacks",
                "ops=delete_clip; n=2; order=castle,club",
            ),
        ],
    ),
    (
        "suzhou_garden_tours",
        [
            (
                "您好，我们是姑苏园林雅游，想请您生成一段四秒的拙政园荷花池画面，"
                "烟雨朦胧，意境悠远。",
                "ops=generate_clip; n=1; c1.d=4000; order=荷花",
            ),
            (
                "劳驾再生成一段三秒的曲径通幽的园林小径",
                "ops=generate_clip; n=2; c2.d=3000; order=荷花,小径",
            ),
            (
                "再麻烦您生成一段五秒钟的竹影婆娑的月洞门，谢谢",
                "ops=generate_clip; n=3; c3.d=5000; order=荷花,小径,月洞门",
            ),
            (
                "月洞门那一段，烦请挪到荷花池后面",
                "ops=move_clip; order=荷花,月洞门,小径",
            ),
            (
                "小径那段稍显冗长，剪到两秒即可",
                "ops=trim; order=荷花,月洞门,小径; c3.d=2000",
            ),
            ("能否让荷花池里游出几尾锦鲤？", "ask"),
            (
                "各段之间请加上柔和的转场，一秒为宜",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "片头加一个标题「姑苏园林 一步一景」，置于画面中央",
                "ops=add_text; texts=1; t.txt~姑苏园林; t.m.position=center",
            ),
            ("标题颜色可否改为淡金色 #d4af37", "ops=style_text; t.m.color=#d4af37"),
            (
                "配一段舒缓的背景音乐，音量百分之二十",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            ("音乐开头请淡入两秒", "ops=set_fade; b.m.fade_in=2000"),
            (
                "此片拟投放于视频号横屏，劳烦改为十六比九",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            ("整体再雅致一些，更有韵味", "ask"),
        ],
    ),
    (
        "soccer_mom_recap",
        [
            (
                "omg ok so im making a recap of Emma's soccer season!! can you make a 3 second "
                "clip of kids running on a soccer field lol",
                "ops=generate_clip; n=1; c1.d=3000; order=field",
            ),
            (
                "yay!! now do a clip of a orange slices at halftime like two seconds",
                "ops=generate_clip; n=2; c2.d=2000; order=field,orange",
            ),
            (
                "and one of a trophy on a table with confetti, 3.5 seconds!!! she got MVP im "
                "literally crying",
                "ops=generate_clip; n=3; c3.d=3500; order=field,orange,trophy",
            ),
            (
                "wait can the trophy one go second, before the orange slices",
                "ops=move_clip; order=field,trophy,orange",
            ),
            ("can you make Emma's face show up in the trophy clip lol", "ask"),
            (
                "slow down the field one so its all dramatic, like half speed!!",
                "ops=set_speed; order=field,trophy,orange; c1.d=6000; c1.m.speed=0.5",
            ),
            (
                "ok add a title at the top that says 'Go Lightning! Season Recap'",
                "ops=add_text; texts=1; t.txt~Go Lightning; t.m.position=top",
            ),
            (
                "can u make the title bigger, grandma needs to read it lol",
                "ops=style_text; t.m.size>106",
            ),
            (
                "add some happy upbeat music!! like 50% so I can still hear the cheering",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.5",
            ),
            (
                "its for facebook and my sister said square is better?? so square I guess",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "hmm actually undo that she doesnt know anything lol",
                "ops=undo; draft.width=1080; draft.height=1920",
            ),
            ("oops no she was right, redo", "ops=redo; draft.height=1080"),
            (
                "delete the orange slices one, Emma says its embarrassing",
                "ops=delete_clip; n=2; order=field,trophy",
            ),
            ("make it more emotional and sparkly idk", "ask"),
        ],
    ),
]
