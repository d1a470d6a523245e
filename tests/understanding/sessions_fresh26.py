"""Held-out set fresh26: a dentist's clinic ad, a Xi'an street-food vlogger, a yoga teacher,
a Shenzhen electronics-market reseller, a marathon club.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "dentist clinic ad (polite)",
        [
            (
                "Hello! Could you please generate a 4 second clip of a bright modern dental clinic reception?",
                "ops=generate_clip; n=1; order=reception; c1.d=4000",
            ),
            (
                "Thank you. Next, please make a clip of a smiling patient in the dentist chair, five seconds.",
                "ops=generate_clip; n=2; order=reception,patient; c2.d=5000",
            ),
            (
                "And one more, three seconds, of a close-up of a toothbrush with toothpaste.",
                "ops=generate_clip; n=3; order=reception,patient,toothbrush; c3.d=3000",
            ),
            (
                "Could you put the toothbrush one at the very beginning, please?",
                "ops=move_clip; n=3; order=toothbrush,reception,patient",
            ),
            (
                "Please add a title 'Bright Smile Dental' at the top.",
                "ops=add_text; texts=1; t.txt~Bright Smile Dental; t.m.position=top",
            ),
            (
                "Could the title be white and a bit larger?",
                "ops=style_text; texts=1; t.txt~Bright Smile Dental",
            ),
            (
                "Would it be possible to make it sparkle, like a magic glitter effect?",
                "ask",
            ),
            (
                "Please trim the patient clip to 3.5 seconds and fade in the first one.",
                "ops=trim,set_fade; order=toothbrush,reception,patient; c3.d=3500; c1.m.fade_in>0",
            ),
            (
                "Some calm music would be lovely, not too loud, maybe 30%.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.3",
            ),
            (
                "Sorry, I changed my mind, please undo that.",
                "ops=undo; music=0; n=3",
            ),
            (
                "What is on the timeline now?",
                "ops=describe_timeline; n=3; texts=1",
            ),
            (
                "Lastly, could you add a caption 'Book your check-up today' at the bottom?",
                "ops=add_text; texts=2; t.txt~check-up; t.m.position=bottom",
            ),
        ],
    ),
    (
        "西安街头美食博主（话多）",
        [
            (
                "家人们！先来一个五秒的回民街夜市镜头",
                "ops=generate_clip; n=1; order=夜市; c1.d=5000",
            ),
            (
                "再来一段肉夹馍特写，三秒",
                "ops=generate_clip; n=2; order=夜市,肉夹馍; c2.d=3000",
            ),
            (
                "还要一个biangbiang面的镜头，四秒钟",
                "ops=generate_clip; n=3; order=夜市,肉夹馍,biangbiang; c3.d=4000",
            ),
            (
                "再生成一个两秒半的冰峰汽水镜头",
                "ops=generate_clip; n=4; order=夜市,肉夹馍,biangbiang,冰峰; c4.d=2500",
            ),
            (
                "把面那段放到肉夹馍前面",
                "ops=move_clip; n=4; order=夜市,biangbiang,肉夹馍,冰峰",
            ),
            (
                "第二段加速到两倍",
                "ops=set_speed; c2.m.speed=2; c2.d=2000; order=夜市,biangbiang,肉夹馍,冰峰",
            ),
            (
                "加个标题 舌尖上的西安 放在顶部",
                "ops=add_text; texts=1; t.txt~舌尖上的西安; t.m.position=top",
            ),
            (
                "整点那种特效呗，烟花炸开的那种，要炫！",
                "ask",
            ),
            (
                "加点欢快的背景音乐，音量小一点，百分之二十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.2",
            ),
            (
                "最后一段删掉吧",
                "ops=delete_clip; n=3; order=夜市,biangbiang,肉夹馍",
            ),
            (
                "改成横屏16:9",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
            (
                "标题改成 西安美食一条街",
                "ops=edit_text; texts=1; t.txt~西安美食一条街",
            ),
        ],
    ),
    (
        "yoga teacher (chatty, lowercase)",
        [
            (
                "hi :) can you make a clip of a yoga mat on a wooden floor at sunrise, six seconds",
                "ops=generate_clip; n=1; order=mat; c1.d=6000",
            ),
            (
                "now a woman doing downward dog on the beach, 8 seconds please",
                "ops=generate_clip; n=2; order=mat,downward; c2.d=8000",
            ),
            (
                "and a slow pan over candles and incense, two and a half seconds",
                "ops=generate_clip; n=3; order=mat,downward,candles; c3.d=2500",
            ),
            (
                "the beach one feels long, cut it to five seconds",
                "ops=trim; n=3; c2.d=5000; order=mat,downward,candles",
            ),
            (
                "slow it down a little too, like 0.75x",
                "ops=set_speed; c2.m.speed=0.75; c2.d>6500",
            ),
            (
                "swap the first and the last clips",
                "ops=swap_clips; n=3; order=candles,downward,mat",
            ),
            (
                "put a soft crossfade between all the clips, 1 second",
                "ops=set_transition; c2.m.xfade=1000; n=3",
            ),
            (
                "can you record a voiceover of me guiding the breathing? like my voice counting",
                "ask",
            ),
            (
                'add a caption "breathe in, breathe out"',
                "ops=add_text; texts=1; t.txt~breathe in",
            ),
            (
                "make the caption show only for the first 3 seconds",
                "ops=time_text; texts=1; t.st=0; t.d=3000",
            ),
            (
                "calm music at 25% volume, and fade it out at the end",
                "ops=add_music,set_fade; music=1; b.m.mood=calm; b.vol=0.25; b.m.fade_out>0",
            ),
            (
                "what's in my timeline right now?",
                "ops=describe_timeline; n=3; music=1; texts=1",
            ),
        ],
    ),
    (
        "深圳华强北倒爷（简短，偶有错字）",
        [
            (
                "生成华强北柜台镜头 3秒",
                "ops=generate_clip; n=1; order=柜台; c1.d=3000",
            ),
            (
                "在来一个 手机拆箱 四秒",
                "ops=generate_clip; n=2; order=柜台,拆箱; c2.d=4000",
            ),
            (
                "耳机特写 两秒",
                "ops=generate_clip; n=3; order=柜台,拆箱,耳机; c3.d=2000",
            ),
            (
                "再生成一个充电宝堆成山的镜头，三秒，放最前面",
                "ops=generate_clip; n=4; order=充电宝,柜台,拆箱,耳机; c1.d=3000",
            ),
            (
                "拆箱那个剪到2.5秒",
                "ops=trim; n=4; c3.d=2500; order=充电宝,柜台,拆箱,耳机",
            ),
            (
                "第一段和最后一段换一下",
                "ops=swap_clips; n=4; order=耳机,柜台,拆箱,充电宝",
            ),
            (
                "加字幕 全场批发价",
                "ops=add_text; texts=1; t.txt~全场批发价",
            ),
            (
                "字幕改成红色 放底部",
                "ops=style_text; texts=1; t.m.position=bottom",
            ),
            (
                "帮我直接发到抖音",
                "ask",
            ),
            (
                "加个动感的音乐",
                "ops=add_music; music=1; b.m.mood=upbeat",
            ),
            (
                "音乐从第2秒开始",
                "ops=time_music; music=1; b.st=2000",
            ),
            (
                "算了 音乐去掉",
                "ops=remove_music; music=0; n=4",
            ),
        ],
    ),
    (
        "marathon club (slangy)",
        [
            (
                "yo make half a minute of runners crossing a city bridge at dawn",
                "ops=generate_clip; n=1; order=bridge; c1.d=30000",
            ),
            (
                "cut that down to 10 secs",
                "ops=trim; n=1; c1.d=10000",
            ),
            (
                "now a 4 sec clip of a medal being placed on a finisher",
                "ops=generate_clip; n=2; order=bridge,medal; c2.d=4000",
            ),
            (
                "add one of the water station too, 3 seconds, put it between them",
                "ops=generate_clip; n=3; order=bridge,water,medal; c2.d=3000",
            ),
            (
                "speed up the bridge one 1.5x pls",
                "ops=set_speed; c1.m.speed=1.5; c1.d>6000; c1.d<7000; order=bridge,water,medal",
            ),
            (
                "title RIVERSIDE RUNNERS at the top",
                "ops=add_text; texts=1; t.txt~RIVERSIDE RUNNERS; t.m.position=top",
            ),
            (
                "animate the title so it pops in",
                "ops=style_text; texts=1; t.m.anim=pop",
            ),
            (
                "can u add the strava stats overlay with everyone's splits on it",
                "ask",
            ),
            (
                "upbeat track, loud, 80%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.8",
            ),
            (
                "fade out the last clip and the music",
                "c-1.m.fade_out>0; b.m.fade_out>0; n=3; music=1",
            ),
            (
                "landscape pls, 16:9 for youtube",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "nah make it vertical again and delete the water one",
                "ops=set_canvas,delete_clip; draft.width=1080; draft.height=1920; n=2; order=bridge,medal",
            ),
        ],
    ),
]
