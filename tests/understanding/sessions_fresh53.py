"""Blind set 53: cattle station, Chengdu teahouse, Berlin techno, Xi'an tour, ice-fishing grandpa.

Written without reading the engine's understanding code or the other sets; see corpus.py for the
step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh53-cattle-station",
        [
            (
                "G'day. Make us a four second clip of cattle being mustered across red dirt "
                "at sunrise, would ya",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "Good on ya. Now give us two and a half seconds of an old windmill over a "
                "water trough in the arvo heat",
                "ops=generate_clip; n=2; c2.d=2500; order=cattle,windmill",
            ),
            (
                "Reckon we need a stockman on horseback at the yards too. 3 seconds",
                "ops=generate_clip; n=3; c3.d=3000; order=cattle,windmill,stockman",
            ),
            (
                "And one more: a ute bouncing down a dirt track with a dust cloud behind it, "
                "6 secs",
                "ops=generate_clip; n=4; c4.d=6000; order=cattle,windmill,stockman,ute",
            ),
            (
                "Stick the ute one at the start. That's how you rock up to the place, every time",
                "ops=move_clip; order=ute,cattle,windmill,stockman",
            ),
            ("Can ya make the cattle look a bit fatter? Buyers are coming Thursday", "ask"),
            (
                "Slow the stockman down to half speed. He's never been that graceful in his life",
                "ops=set_speed; c4.m.speed=0.5; c4.d=6000; order=ute,cattle,windmill,stockman",
            ),
            (
                "Chuck a half second crossfade betwen all of 'em",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500; c4.m.xfade=500",
            ),
            (
                'Put a title up the top, "Coolabah Downs Station"',
                "ops=add_text; texts=1; t.txt=Coolabah Downs Station; t.m.position=top",
            ),
            (
                "Fade the last clip out over 2 seconds. Bit like me career",
                "ops=set_fade; c-1.m.fade_out=2000; order=ute,cattle,windmill,stockman",
            ),
            (
                "Some calm music underneath, 25 percent, nothing too flash",
                "ops=add_music; music=1; b.m.mood=calm; b.vol>0.24; b.vol<0.26",
            ),
            (
                "Reckon make it square, it's for the station's facebook page",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=4",
            ),
            ("Does it need more, I dunno, oomph?", "ask"),
        ],
    ),
    (
        "fresh53-chengdu-teahouse",
        [
            (
                "老师好！我们是宽窄巷子边上的老茶馆，想给说书场子做个宣传视频。"
                "先来一段盖碗茶冒热气的画面，三秒",
                "ops=generate_clip; n=1; c1.d=3000",
            ),
            (
                "再来一段说书先生拍醒木的，两秒半，要得",
                "ops=generate_clip; n=2; c2.d=2500; order=盖碗茶,醒木",
            ),
            (
                "还要一个川剧变脸的镜头，四秒钟",
                "ops=generate_clip; n=3; c3.d=4000; order=盖碗茶,醒木,变脸",
            ),
            ("变脸那段巴适得很，放到最前头去", "ops=move_clip; order=变脸,盖碗茶,醒木"),
            ("说书先生那个脸能不能整得笑眯眯的嘛", "ask"),
            (
                "醒木那段太快了，放慢点，半速",
                "ops=set_speed; c3.m.speed=0.5; c3.d=5000; order=变脸,盖碗茶,醒木",
            ),
            (
                "每段中间都加个转场嘛，半秒",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "加个标题「老茶馆说书」，放到上面去",
                "ops=add_text; texts=1; t.txt=老茶馆说书; t.m.position=top",
            ),
            (
                "配点背景音乐，轻松点的，声音小点，百分之二十",
                "ops=add_music; music=1; b.vol>0.19; b.vol<0.21",
            ),
            ("音乐最后两秒淡出", "ops=set_fade; b.m.fade_out=2000"),
            (
                "搞快点，改成横屏的，B站用",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            ("算了，撤销刚才那步", "ops=undo; draft.width=1080; draft.height=1920"),
            ("啥子都差点意思，你看到整嘛", "ask"),
        ],
    ),
    (
        "fresh53-berlin-techno",
        [
            (
                "make a 3s clip of strobes cutting through fog in a concrete warehouse",
                "ops=generate_clip; n=1; c1.d=3000",
            ),
            (
                "next: dj hands on a mixer, red light, 2 sec",
                "ops=generate_clip; n=2; c2.d=2000; order=strobe,mixer",
            ),
            (
                "then four seconds of the fernsehturm at night",
                "ops=generate_clip; n=3; c3.d=4000; order=strobe,mixer,fernsehturm",
            ),
            (
                "one more. crowd with hands up, 1.5s",
                "ops=generate_clip; n=4; c4.d=1500; order=strobe,mixer,fernsehturm,crowd",
            ),
            ("fernsehturm first", "ops=move_clip; order=fernsehturm,strobe,mixer,crowd"),
            (
                "crowd clip double speed",
                "ops=set_speed; c4.m.speed=2; c4.d=750; order=fernsehturm,strobe,mixer,crowd",
            ),
            ("kill the mixer one", "ops=delete_clip; n=3; order=fernsehturm,strobe,crowd"),
            (
                "wait no. undo",
                "ops=undo; n=4; order=fernsehturm,strobe,mixer,crowd; c4.d=750",
            ),
            (
                "crossfade strobe into mixer, 0.25s. tight",
                "ops=set_transition; c3.m.xfade=250; order=fernsehturm,strobe,mixer,crowd",
            ),
            (
                "title 'NACHTSCHICHT' center, size 160",
                "ops=add_text; texts=1; t.txt=NACHTSCHICHT; t.m.position=center; t.m.size=160",
            ),
            (
                "music. dark, cinematic, 60%",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol>0.59; b.vol<0.61",
            ),
            ("make the kick hit harder on the drop", "ask"),
            ("crowd needs more sweat. make them sweatier", "ask"),
        ],
    ),
    (
        "fresh53-xian-tour",
        [
            (
                "您好，我是带西安旅游团的导游，想给这次的团员们做一个纪念短视频。"
                "首先请帮我生成一段兵马俑一排排整齐站在俑坑里的画面，时长五秒，"
                "因为这是大家印象最深的地方",
                "ops=generate_clip; n=1; c1.d=5000",
            ),
            (
                "接下来请再生成一段在古城墙上骑自行车的画面，三秒钟就可以了，"
                "因为很多团员第二天下午都去城墙上骑车了",
                "ops=generate_clip; n=2; c2.d=3000; order=兵马俑,城墙",
            ),
            (
                "然后还需要一段傍晚的大雁塔，两秒半，我们那天晚上在大雁塔北广场看了音乐喷泉，"
                "大家都很喜欢",
                "ops=generate_clip; n=3; c3.d=2500; order=兵马俑,城墙,大雁塔",
            ),
            (
                "最后请生成一段回民街夜市小吃的画面，四秒",
                "ops=generate_clip; n=4; c4.d=4000; order=兵马俑,城墙,大雁塔,夜市",
            ),
            (
                "我想按照实际行程的顺序来排，我们是先逛的回民街，后去的大雁塔，"
                "所以请把夜市那一段移到城墙那段的后面",
                "ops=move_clip; order=兵马俑,城墙,夜市,大雁塔",
            ),
            (
                "兵马俑那段稍微有点长，团员们在手机上看可能没耐心，麻烦剪到四秒",
                "ops=trim; c1.d=4000; order=兵马俑,城墙,夜市,大雁塔",
            ),
            (
                "城墙骑车那一段请加快到两倍速，这样显得更有活力一些",
                "ops=set_speed; c2.m.speed=2; c2.d=1500; order=兵马俑,城墙,夜市,大雁塔",
            ),
            (
                "另外想问一下，能不能把我们团员的合影放进兵马俑的画面里，"
                "让大家看起来像站在兵马俑旁边一样",
                "ask",
            ),
            (
                "夜市和大雁塔这两段之间请加一个一秒的转场，因为两段的光线差别比较大，"
                "直接切过去有点突兀",
                "ops=set_transition; c4.m.xfade=1000; order=兵马俑,城墙,夜市,大雁塔",
            ),
            (
                "请在底部加一行字幕「感谢各位团友，西安再见」",
                "ops=add_text; texts=1; t.txt=感谢各位团友，西安再见; t.m.position=bottom; "
                "t.m.kind=caption",
            ),
            (
                "背景音乐请选有电影感、比较大气的那种，音量调到百分之三十，不要盖过画面",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol>0.29; b.vol<0.31",
            ),
            ("视频开头请加一个淡入，一秒左右", "ops=set_fade; c1.m.fade_in=1000"),
            ("整体能不能再有一点历史的厚重感？", "ask"),
        ],
    ),
    (
        "fresh53-ice-fishing-grandpa",
        [
            (
                "Well hello there. My granddaugther Jenny set this up for me and she says I "
                "just type what I want, so here goes. Back in '78 me and Earl hauled a pike out "
                "of Lake Nipissing that was longer than my arm. Anyway. Could you make a clip "
                "of an ice fishing hut out on a frozen lake, about 5 seconds?",
                "ops=generate_clip; n=1; c1.d=5000",
            ),
            (
                "Next I'd like one of a fella pulling a walleye up out of the hole, two seconds "
                "long. Those walleye put up a heck of a fight, I'll tell ya.",
                "ops=generate_clip; n=2; c2.d=2000; order=hut,walleye",
            ),
            (
                "Oh, and the northern lights over the lake at night, four and a half seconds. "
                "We saw them once out on the ice, the whole sky went green and Marge cried, "
                "she did.",
                "ops=generate_clip; n=3; c3.d=4500; order=hut,walleye,northern",
            ),
            (
                "Now I think the northern lights ought to come right at the start, on account "
                "of we always set out before sunup.",
                "ops=move_clip; order=northern,hut,walleye",
            ),
            (
                "The walleye one, could you slow it down some? Half speed I figure. Fish don't "
                "come up that quick, trust me.",
                "ops=set_speed; c3.m.speed=0.5; c3.d=4000; order=northern,hut,walleye",
            ),
            (
                "Could you make the walleye a bit bigger? Earl's were always bigger than "
                "mine, darn him.",
                "ask",
            ),
            (
                "Better take out the northern lights one, it gets me thinking about Marge and "
                "I'd just get all choked up.",
                "ops=delete_clip; n=2; order=hut,walleye",
            ),
            (
                "Hmm, hang on now. Undo that, I'm second-guessing myself here.",
                "ops=undo; n=3; order=northern,hut,walleye",
            ),
            (
                "No, no, I had it right the first time. Redo it.",
                "ops=redo; n=2; order=hut,walleye",
            ),
            (
                'Put a title at the top that says "Grandpa\'s Ice Fishing Trip", that was '
                "Jenny's idea",
                "ops=add_text; texts=1; t.txt=Grandpa's Ice Fishing Trip; t.m.position=top",
            ),
            (
                "Some calm music, quiet-like, 15 percent. Marge always liked it quiet when "
                "the fish were biting.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol>0.14; b.vol<0.16",
            ),
            (
                "Jenny says to make it the wide kind, for YouTube, whatever that is.",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=2",
            ),
            ("Is that the one with the, uh, the thing? You know what I mean.", "ask"),
        ],
    ),
]
