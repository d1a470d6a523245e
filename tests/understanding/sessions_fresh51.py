"""Blind set 51: Brooklyn bagels, Yunnan tea-horse road, rowing club, Xiamen seafood, garden.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh51-brooklyn-bagels",
        [
            (
                "yo make me a 4 sec clip of fresh everything bagels comin outta the oven",
                "ops=generate_clip;n=1;c1.d=4000;order=bagel",
            ),
            (
                "now a 3 sec one of a guy schmearin cream cheese on a sesame",
                "ops=generate_clip;n=2;c2.d=3000;order=bagel,cheese",
            ),
            (
                "gimme one more, two and a half secs: the line out the door on a snowy mornin",
                "ops=generate_clip;n=3;c3.d=2500;order=bagel,cheese,line",
            ),
            (
                "put the line one first, thats the hook",
                "ops=move_clip;order=line,bagel,cheese",
            ),
            (
                "cheese clip's draggin, cut it to 2 sec",
                "ops=trim;order=line,bagel,cheese;c3.d=2000",
            ),
            (
                "speed up the oven one, 2x",
                "ops=set_speed;order=line,bagel,cheese;c2.m.speed=2;c2.d=2000",
            ),
            ("can u make the guy smile tho, he looks miserable lol", "ask"),
            (
                "title up top: BEST BAGELS IN BK",
                "ops=add_text;texts=1;t.txt~best bagels in bk;t.m.position=top",
            ),
            (
                "switch to 1:1 square real quick",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
            (
                "throw some upbeat music on like 25%",
                "ops=add_music;music=1;b.m.mood=upbeat;b.vol=0.25",
            ),
            ("nah undo that", "ops=undo;music=0;n=3"),
            ("ok lose the oven clip", "ops=delete_clip;n=2;order=line,cheese"),
            ("and post it to our insta", "ask"),
        ],
    ),
    (
        "fresh51-yunnan-tea-horse-road",
        [
            (
                "想做个茶马古道的vlog～先生成一段5秒的马帮走在石板路上的画面",
                "ops=generate_clip;n=1;c1.d=5000;order=马帮",
            ),
            (
                "再来一段三秒的，雾气缭绕的普洱茶山",
                "ops=generate_clip;n=2;c2.d=3000;order=马帮,茶山",
            ),
            (
                "还要一个两秒半的镜头，古镇客栈屋檐下的风铃",
                "ops=generate_clip;n=3;c3.d=2500;order=马帮,茶山,风铃",
            ),
            (
                "风铃那段放最前面吧，像故事刚开始的样子",
                "ops=move_clip;order=风铃,马帮,茶山",
            ),
            ("马帮那段有点拖，剪到四秒", "ops=trim;order=风铃,马帮,茶山;c2.d=4000"),
            (
                "茶山那个放慢一半，让雾慢慢飘～",
                "ops=set_speed;order=风铃,马帮,茶山;c3.m.speed=0.5;c3.d=6000",
            ),
            ("能不能让马回头看一眼镜头，想要那种回眸的感觉", "ask"),
            (
                "每段之间加个柔一点的转场，一秒左右",
                "ops=set_transition;c2.m.xfade=1000;c3.m.xfade=1000",
            ),
            ("加个标题：茶马古道 慢慢走", "ops=add_text;texts=1;t.txt~茶马古道"),
            (
                "配点安静的音乐，音量百分之三十",
                "ops=add_music;music=1;b.m.mood=calm;b.vol=0.3",
            ),
            ("音乐结尾淡出两秒", "ops=set_fade;b.m.fade_out=2000"),
            ("嗯……总觉得少了点味道，你看着弄弄？", "ask"),
            (
                "最后改成横屏吧，B站那种16:9",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
        ],
    ),
    (
        "fresh51-rowing-club",
        [
            (
                "make a 3s clip of a rowing shell on the river at dawn w/ mist",
                "ops=generate_clip;n=1;c1.d=3000;order=river",
            ),
            (
                "now a 2s one of oars catching the water, close up",
                "ops=generate_clip;n=2;c2.d=2000;order=river,oars",
            ),
            (
                "one more, 4 secs: crew carrying the boat down to the dock",
                "ops=generate_clip;n=3;c3.d=4000;order=river,oars,dock",
            ),
            ("swap the 1st and 2nd", "ops=swap_clips;order=oars,river,dock"),
            (
                "oars clip to half speed, proper slo-mo",
                "ops=set_speed;order=oars,river,dock;c1.m.speed=0.5;c1.d=4000",
            ),
            ("tbh can u make the water look glassier", "ask"),
            ("ok now put it at the end", "ops=move_clip;order=river,dock,oars"),
            (
                "0.5s xfade between the dock and the oars",
                "ops=set_transition;order=river,dock,oars;c3.m.xfade=500;c2.m.xfade=null",
            ),
            (
                "16:9 pls, its for the club youtube channel",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
            (
                "add hype music at 40%",
                "ops=add_music;music=1;b.m.mood=upbeat;b.vol=0.4",
            ),
            ("undo", "ops=undo;music=0"),
            ("actually redo it, the lads liked it", "ops=redo;music=1;b.vol=0.4"),
            ("can we get the cox shouting power ten over it", "ask"),
        ],
    ),
    (
        "fresh51-xiamen-night-market",
        [
            (
                "帮我弄个四秒的滋滋冒油的炭烤生蚝视频啦",
                "ops=generate_clip;n=1;c1.d=4000;order=生蚝",
            ),
            (
                "再来一个沙茶面的，三秒就好哦",
                "ops=generate_clip;n=2;c2.d=3000;order=生蚝,沙茶面",
            ),
            (
                "还要一个海蛎煎的镜头，两秒半啦",
                "ops=generate_clip;n=3;c3.d=2500;order=生蚝,沙茶面,海蛎煎",
            ),
            ("海蛎煎放到生蚝后面啦", "ops=move_clip;order=生蚝,海蛎煎,沙茶面"),
            (
                "第二个快一点哦，1.5倍",
                "ops=set_speed;order=生蚝,海蛎煎,沙茶面;c2.m.speed=1.5;c2.d=1667",
            ),
            ("生蚝可以弄得更肥一点吗，看起来卡好呷", "ask"),
            ("开头淡入一下，一秒啦", "ops=set_fade;c1.m.fade_in=1000"),
            (
                "加字幕：厦门夜市18号摊 欢迎来呷",
                "ops=add_text;texts=1;t.txt~厦门夜市",
            ),
            (
                "配个热闹的音乐，小声一点啦，百分之二十",
                "ops=add_music;music=1;b.m.mood=upbeat;b.vol=0.2",
            ),
            ("改成方的啦，1:1", "ops=set_canvas;draft.width=1080;draft.height=1080"),
            ("哎呀还是不要方的，撤销啦", "ops=undo;draft.width=1080;draft.height=1920"),
            ("沙茶面那段删掉哦", "ops=delete_clip;n=2;order=生蚝,海蛎煎"),
            ("那个弄得水一点啦", "ask"),
        ],
    ),
    (
        "fresh51-grandma-garden",
        [
            (
                "Hello. I would like to make a little video for my grandchildren. Could you "
                "make a clip of my tomato plants in the sunshine, about five seconds long?",
                "ops=generate_clip;n=1;c1.d=5000;order=tomato",
            ),
            (
                "Thank you. Now could you please make another one, of a bumblebee on the "
                "lavender? Three seconds, I think.",
                "ops=generate_clip;n=2;c2.d=3000;order=tomato,bumblebee",
            ),
            (
                "And one more of the little pond with the goldfish. Perhaps four seconds?",
                "ops=generate_clip;n=3;c3.d=4000;order=tomato,bumblebee,goldfish",
            ),
            (
                "What do I have so far? I'm not sure I understand the timeline.",
                "ops=describe_timeline;n=3",
            ),
            (
                "I think the goldfish should come first, the children love the fish.",
                "ops=move_clip;order=goldfish,tomato,bumblebee",
            ),
            (
                "Is it possible to make the bee go slower? Half as fast perhaps.",
                "ops=set_speed;order=goldfish,tomato,bumblebee;c3.m.speed=0.5;c3.d=6000",
            ),
            (
                "Oh dear, that is far too slow. Can I take that back?",
                "ops=undo;order=goldfish,tomato,bumblebee;c3.d=3000",
            ),
            ("Could the bee fly over to the tomatoes instead of sitting still?", "ask"),
            (
                'Could you put a title at the top that says "For Lily and Sam, love Grandma"?',
                "ops=add_text;texts=1;t.txt~lily and sam;t.m.position=top",
            ),
            (
                "Is the writing big enough for small eyes? Perhaps make it a little bigger.",
                "ops=style_text;t.m.size>106",
            ),
            (
                "Could there be a soft fade between each of the pictures, so it is not so sudden?",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade>0",
            ),
            (
                "Some gentle music would be nice, not too loud. Maybe 30 percent?",
                "ops=add_music;music=1;b.m.mood=calm;b.vol=0.3",
            ),
            ("Could you send it to my daughter by email please?", "ask"),
        ],
    ),
]
