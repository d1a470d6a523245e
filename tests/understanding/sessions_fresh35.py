"""Blind set 35: beekeeper, Shenzhen earbuds startup, grandfather, Dali guesthouse, gym owner.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "beekeeper at a farmers market (EN, hesitant)",
        [
            (
                "um, hi... could you maybe make a clip of bees on a honeycomb? like 4 seconds?",
                "ops=generate_clip; order=honeycomb; c1.d=4000",
            ),
            (
                "ok um, and could you also make one of honey jars lined up on a market stall? "
                "six seconds i think",
                "ops=generate_clip; order=honeycomb,stall; c2.d=6000",
            ),
            (
                "oh and maybe a short one of a beekeeper in a veil lifting a frame, "
                "two and a half seconds?",
                "ops=generate_clip; order=honeycomb,stall,veil; c3.d=2500",
            ),
            (
                "hmm, I think the beekeeper one should come first actually? if that's ok",
                "ops=move_clip; order=veil,honeycomb,stall",
            ),
            (
                "the jars clip feels a bit long... could you cut it down to 4 seconds maybe",
                "ops=trim; order=veil,honeycomb,stall; c3.d=4000",
            ),
            (
                "and can the bees on the comb one be slower? half speed, I think",
                "ops=set_speed; order=veil,honeycomb,stall; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "is there any way to make the honey look more golden? like actually change "
                "the colour of it in the video",
                "ask",
            ),
            (
                "maybe put a title at the top saying 'Meadow Lane Honey'...?",
                "ops=add_text; texts=1; t.txt~Meadow Lane Honey; t.m.position=top",
            ),
            (
                "could the writing be a bit bigger? my customers are mostly older folks",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "maybe some calm, gentle music underneath? not too loud... 25 percent maybe",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.25",
            ),
            (
                "and a soft fade out at the very end of the last clip, 2 seconds or so",
                "ops=set_fade; c3.m.fade_out=2000",
            ),
            (
                "oh no, wait, sorry, undo that",
                "ops=undo; order=veil,honeycomb,stall; c3.m.fade_out=null",
            ),
            (
                "actually, could you crossfade all of them? like half a second",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
        ],
    ),
    (
        "Shenzhen earbuds startup launch (ZH, brisk marketing)",
        [
            (
                "先生成一段耳机在黑色桌面上旋转的特写，3秒",
                "ops=generate_clip; order=耳机; c1.d=3000",
            ),
            (
                "再来一段年轻人在地铁里跑步的镜头，两秒半",
                "ops=generate_clip; order=耳机,地铁; c2.d=2500",
            ),
            (
                "再加一个深圳夜晚的城市天际线，5秒",
                "ops=generate_clip; order=耳机,地铁,天际线; c3.d=5000",
            ),
            (
                "天际线那段放到最前面，开场要有气势",
                "ops=move_clip; order=天际线,耳机,地铁",
            ),
            (
                "地铁那段加速到两倍",
                "ops=set_speed; order=天际线,耳机,地铁; c3.m.speed=2; c3.d=1250",
            ),
            (
                "加个大标题“声动无界”，放在顶部",
                "ops=add_text; texts=1; t.txt~声动无界; t.m.position=top",
            ),
            (
                "标题改成白色，看着更干净",
                "ops=style_text; texts=1",
            ),
            (
                "配个动感一点的音乐，音量百分之四十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4",
            ),
            (
                "把耳机上的logo换成我们公司的logo",
                "ask",
            ),
            (
                "改成16:9，官网首页要用",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "所有片段之间加0.3秒的转场",
                "ops=set_transition; c2.m.xfade=300; c3.m.xfade=300",
            ),
            (
                "再加一行字幕：“6月18日 全网开售”",
                "ops=add_text; texts=2; t.txt~全网开售",
            ),
            (
                "音乐最后两秒淡出",
                "ops=set_fade; b.m.fade_out=2000",
            ),
        ],
    ),
    (
        "grandfather making a birthday video (EN, slow and wordy)",
        [
            (
                "Hello there. I am making a little video for my granddaughter Lily, who turns "
                "seven on Saturday. Could you begin with a clip of birthday balloons floating "
                "in a blue sky, about five seconds long, please.",
                "ops=generate_clip; order=balloons; c1.d=5000",
            ),
            (
                "Thank you kindly. Next I would like a clip of a birthday cake with candles on "
                "a kitchen table, for, oh, let us say eight seconds.",
                "ops=generate_clip; order=balloons,cake; c2.d=8000",
            ),
            (
                "And then one more, of a little girl running through a garden of sunflowers. "
                "Let us make that one half a minute, she does love sunflowers so.",
                "ops=generate_clip; order=balloons,cake,sunflower; c3.d=30000",
            ),
            (
                "On reflection, that sunflower one is far too long for the little ones to sit "
                "through. Could you shorten it to ten seconds?",
                "ops=trim; order=balloons,cake,sunflower; c3.d=10000",
            ),
            (
                "I believe the cake ought to come last, since that is the end of the party, "
                "if you follow me.",
                "ops=move_clip; order=balloons,sunflower,cake",
            ),
            (
                "Would you be so good as to put the words 'Happy 7th Birthday, Lily' in the "
                "middle of the screen?",
                "ops=add_text; texts=1; t.txt~Lily; t.m.position=center",
            ),
            (
                "Could the writing be pink, do you think? She is ever so fond of pink.",
                "ops=style_text; texts=1",
            ),
            (
                "Now, I wonder, could you make Lily's own face appear inside the balloons "
                "clip, as though she were up there with them?",
                "ask",
            ),
            ("upload:lily_garden.png", ""),
            (
                "That photograph I have just sent you, could you have it slowly zoom in, for "
                "about six seconds, and put it at the very beginning?",
                "ops=animate_image; n=4; c1.d=6000; c1.m.motion=zoom_in",
            ),
            (
                "Some romantic music in the background would be lovely, nothing too loud, "
                "perhaps twenty percent.",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.2",
            ),
            (
                "The cake clip, which is now the last one, should fade out gently over three "
                "seconds, as a proper ending.",
                "ops=set_fade; c4.m.fade_out=3000",
            ),
            (
                "Lastly, would you make the birthday words show only during the first four "
                "seconds?",
                "ops=time_text; texts=1; t.st=0; t.d=4000",
            ),
        ],
    ),
    (
        "Dali guesthouse owner (ZH, casual, typos)",
        [
            (
                "帮我弄个洱海日出的视频 4秒就行",
                "ops=generate_clip; order=洱海; c1.d=4000",
            ),
            (
                "在来一个院子里猫咪晒太阳的 五秒",
                "ops=generate_clip; order=洱海,猫; c2.d=5000",
            ),
            (
                "还要一个古城石板路的镜头，三秒吧",
                "ops=generate_clip; order=洱海,猫,石板路; c3.d=3000",
            ),
            (
                "猫那断放最后",
                "ops=move_clip; order=洱海,石板路,猫",
            ),
            (
                "石板路那段慢一点 0.5倍",
                "ops=set_speed; order=洱海,石板路,猫; c2.m.speed=0.5; c2.d=6000",
            ),
            (
                "加个字幕 “苍山脚下的小院 欢迎来住”",
                "ops=add_text; texts=1; t.txt~欢迎来住",
            ),
            (
                "字幕放上面把",
                "ops=style_text; texts=1; t.m.position=top",
            ),
            (
                "配点轻松的音乐 lofi那种",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.35",
            ),
            (
                "能不能把画面里的天弄得更蓝一点",
                "ask",
            ),
            (
                "音乐小声点 百分之二十",
                "ops=set_volume; b.vol=0.2",
            ),
            (
                "第一段开头淡入一下 1秒",
                "ops=set_fade; c1.m.fade_in=1000",
            ),
            (
                "算了 猫那段不要了",
                "ops=delete_clip; n=2; order=洱海,石板路",
            ),
            (
                "撤销 还是留着吧",
                "ops=undo; n=3; order=洱海,石板路,猫",
            ),
        ],
    ),
    (
        "gym owner, January offer (EN, terse)",
        [
            ("clip: barbell deadlift, 3s", "ops=generate_clip; order=deadlift; c1.d=3000"),
            (
                "another: treadmill sprint 2s",
                "ops=generate_clip; order=deadlift,treadmill; c2.d=2000",
            ),
            (
                "one more: boxing bag, 4 sec",
                "ops=generate_clip; order=deadlift,treadmill,boxing; c3.d=4000",
            ),
            ("swap 1 and 3", "ops=swap_clips; order=boxing,treadmill,deadlift"),
            (
                "treadmill 1.5x",
                "ops=set_speed; order=boxing,treadmill,deadlift; c2.m.speed=1.5; c2.d=1333",
            ),
            (
                "title JANUARY 50% OFF at the top",
                "ops=add_text; texts=1; t.txt~50% OFF; t.m.position=top",
            ),
            ("title bigger", "ops=style_text; texts=1; t.m.size>106"),
            ("put our logo in the corner", "ask"),
            ("music upbeat 50%", "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.5"),
            ("square format", "ops=set_canvas; draft.width=1080; draft.height=1080; n=3"),
            ("cut deadlift to 2s", "ops=trim; order=boxing,treadmill,deadlift; c3.d=2000"),
            ("caption: ends jan 31", "ops=add_text; texts=2; t.txt~jan 31"),
            ("fade music out 1s", "ops=set_fade; b.m.fade_out=1000"),
        ],
    ),
]
