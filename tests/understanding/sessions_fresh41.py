"""Blind set 41: Welsh wool farm, Qingdao beer stall, dentist, Suzhou embroidery, drone reel.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Welsh sheep farm selling wool (wordy, hesitant)",
        [
            (
                "Hi, um, I'm not really sure how this works, but could you maybe make a clip "
                "of sheep grazing on a misty Welsh hillside? About six seconds, if that's "
                "alright.",
                "ops=generate_clip; order=sheep; c1.d=6000",
            ),
            (
                "Right, lovely. Could you then make one of a farmer shearing a ewe in an old "
                "stone barn? Four seconds, I think.",
                "ops=generate_clip; order=sheep,shearing; c2.d=4000",
            ),
            (
                "And, um, one more if you would — balls of undyed wool in a wicker basket by "
                "the fire, five seconds or so.",
                "ops=generate_clip; order=sheep,shearing,wool; c3.d=5000",
            ),
            (
                "Actually, I think the wool one ought to come first, really, before the sheep "
                "— would that be possible?",
                "ops=move_clip; order=wool,sheep,shearing",
            ),
            (
                "Hmm, could the shearing one be trimmed to about three seconds, do you think?",
                "ops=trim; order=wool,sheep,shearing; c3.d=3000",
            ),
            (
                "And, um, could you fade it out at the end as well, maybe a second?",
                "ops=set_fade; c3.m.fade_out=1000",
            ),
            (
                "And I wonder, could the second clip be slowed down a little — to half "
                "speed, maybe?",
                "ops=set_speed; order=wool,sheep,shearing; c2.m.speed=0.5; c2.d=12000",
            ),
            (
                "Would it be possible to make the sheep look a bit woollier? They look rather "
                "thin, bless them.",
                "ask",
            ),
            (
                "Oh, and some gentle, calm music underneath, not too loud — maybe twenty percent?",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "Could we have a title at the top saying 'Cwm Farm Wool', in white, if that's "
                "not too much trouble?",
                "ops=add_text; texts=1; t.txt~Cwm Farm Wool; t.m.position=top; t.m.color=#ffffff",
            ),
            (
                "Sorry, one more thing — could there be a soft crossfade between the clips, "
                "about half a second?",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "Hmm, no, I don't think I like the crossfades after all. Could you undo that?",
                "ops=undo; n=3; c2.m.xfade=null; c3.m.xfade=null; texts=1; music=1",
            ),
            (
                "Lastly, could the whole thing be made square, do you think? I'm told that's "
                "best for Instagram.",
                "ops=set_canvas; draft.width=1080; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "Qingdao beer festival stall (excited, exclamation marks)",
        [
            (
                "快快快！给我生成一段啤酒节现场大家一起干杯的画面，3秒就够！！",
                "ops=generate_clip; order=干杯; c1.d=3000",
            ),
            (
                "再来一段海边烤鱿鱼的小摊！两秒半！",
                "ops=generate_clip; order=干杯,鱿鱼; c2.d=2500",
            ),
            (
                "还要一个栈桥夜景放烟花的，五秒！！",
                "ops=generate_clip; order=干杯,鱿鱼,烟花; c3.d=5000",
            ),
            (
                "烟花那段放到最前面！！开场就要炸！",
                "ops=move_clip; order=烟花,干杯,鱿鱼",
            ),
            (
                "干杯那段加速到两倍！",
                "ops=set_speed; order=烟花,干杯,鱿鱼; c2.m.speed=2; c2.d=1500",
            ),
            (
                "在顶部加个黄色的标题「青岛啤酒节 干杯！」",
                "ops=add_text; texts=1; t.txt~青岛啤酒节; t.m.position=top; t.m.color=#ffcc00",
            ),
            (
                "标题再大一点！！",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "配个欢快带劲的背景音乐，音量百分之三十！",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            (
                "那个海鸥的镜头不要了！删掉！",
                "ask",
            ),
            (
                "第三段剪到两秒！",
                "ops=trim; order=烟花,干杯,鱿鱼; c3.d=2000",
            ),
            (
                "它结尾再淡出一秒！",
                "ops=set_fade; c3.m.fade_out=1000",
            ),
            (
                "音乐换成浪漫一点的！",
                "ops=replace_music; music=1; b.m.mood=romantic",
            ),
            (
                "改成横屏！！16:9的！",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "dentist's clinic promo (terse)",
        [
            (
                "clip: bright modern dental clinic reception, 4s",
                "ops=generate_clip; order=reception; c1.d=4000",
            ),
            (
                "one more: dentist smiling at a patient, 3 sec",
                "ops=generate_clip; order=reception,dentist; c2.d=3000",
            ),
            (
                "toothbrush close-up, 5s",
                "ops=generate_clip; order=reception,dentist,toothbrush; c3.d=5000",
            ),
            (
                "toothbrush first",
                "ops=move_clip; order=toothbrush,reception,dentist",
            ),
            (
                "swap 2 and 3",
                "ops=swap_clips; order=toothbrush,dentist,reception",
            ),
            (
                "dentist clip 1.5x",
                "ops=set_speed; order=toothbrush,dentist,reception; c2.m.speed=1.5; c2.d=2000",
            ),
            (
                "make the patient's teeth whiter",
                "ask",
            ),
            (
                "title 'Smile Dental - Book Today' bottom",
                "ops=add_text; texts=1; t.txt~Smile Dental; t.m.position=bottom",
            ),
            (
                "title only for the last 2s",
                "ops=time_text; texts=1; t.d=2000; t.st=9000",
            ),
            (
                "music upbeat 25%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
            (
                "fade it out 2s",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            (
                "0.3s crossfades",
                "ops=set_transition; c2.m.xfade=300; c3.m.xfade=300",
            ),
            (
                "undo",
                "ops=undo; n=3; c2.m.xfade=null; c3.m.xfade=null",
            ),
        ],
    ),
    (
        "Suzhou embroidery studio (formal, polite)",
        [
            (
                "您好，我们是苏州一家刺绣工作室。"
                "麻烦您生成一段绣娘在窗前刺绣的画面，时长4秒，谢谢。",
                "ops=generate_clip; order=绣娘; c1.d=4000",
            ),
            (
                "再请您生成一段园林里荷花池的镜头，时长六秒。",
                "ops=generate_clip; order=绣娘,荷花; c2.d=6000",
            ),
            (
                "另外，想请您生成一段各色丝线整齐排列的特写，三秒即可。",
                "ops=generate_clip; order=绣娘,荷花,丝线; c3.d=3000",
            ),
            (
                "请把荷花那段移到最前面。",
                "ops=move_clip; order=荷花,绣娘,丝线",
            ),
            (
                "第二段请放慢一些，0.5倍速就好。",
                "ops=set_speed; order=荷花,绣娘,丝线; c2.m.speed=0.5; c2.d=8000",
            ),
            (
                "麻烦在画面正中加上标题「姑苏绣坊」。",
                "ops=add_text; texts=1; t.txt~姑苏绣坊; t.m.position=center",
            ),
            (
                "标题的颜色请改为红色，谢谢。",
                "ops=style_text; texts=1; t.m.color=#ff3b30",
            ),
            (
                "整体请再精致一些，显得更高端，拜托您了。",
                "ask",
            ),
            (
                "请配一段舒缓的背景音乐，音量百分之二十五。",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.25",
            ),
            (
                "音乐开头请淡入两秒。",
                "ops=set_fade; b.m.fade_in=2000",
            ),
            ("upload:sampler.png", ""),
            (
                "请把刚上传的这张绣品照片做成一段缓慢放大的动态画面。",
                "ops=animate_image; n=4",
            ),
            (
                "请为它的结尾加一秒半的淡出，谢谢。",
                "ops=set_fade; n=4; c4.m.fade_out=1500",
            ),
        ],
    ),
    (
        "drone photographer's reel (chatty, typos)",
        [
            (
                "hey! so im putting together a reel of my drone stuff, can u genrate a clip of "
                "a rocky coastline w crashing waves, like 5 secs",
                "ops=generate_clip; order=coastline; c1.d=5000",
            ),
            (
                "sick!! ok now do one of a winding mountain road thru a pine forest, 8 secs",
                "ops=generate_clip; order=coastline,road; c2.d=8000",
            ),
            (
                "and a city skyline at night w all the lights on, half a minute",
                "ops=generate_clip; order=coastline,road,skyline; c3.d=30000",
            ),
            (
                "hmm thats waaay too long lol, cut the skyline one to 6 secs",
                "ops=trim; order=coastline,road,skyline; c3.d=6000",
            ),
            (
                "put the road rigth after the skyline",
                "ops=move_clip; order=coastline,skyline,road",
            ),
            (
                "slow the first one down to half speed, waves look sick in slomo",
                "ops=set_speed; order=coastline,skyline,road; c1.m.speed=0.5; c1.d=10000",
            ),
            (
                "can u add a caption 'shot on my mavic 3' at the bottom",
                "ops=add_text; texts=1; t.txt~mavic; t.m.position=bottom",
            ),
            (
                "make it a bit smaller and white",
                "ops=style_text; texts=1; t.m.color=#ffffff; t.m.size<106",
            ),
            (
                "can u make the sky in the skyline shot more pink, like sunset vibes",
                "ask",
            ),
            (
                "add some chill lofi beats, like 40%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.4",
            ),
            (
                "actualy nah, swap the music for somthing more cinematic",
                "ops=replace_music; music=1; b.m.mood=cinematic; order=coastline,skyline,road",
            ),
            (
                "crossfade between the skyline and the road, 1 sec",
                "ops=set_transition; c3.m.xfade=1000; c2.m.xfade=null",
            ),
            (
                "last thing, make it widescreen 16:9 pls",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
        ],
    ),
]
