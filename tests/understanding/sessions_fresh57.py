"""Blind set 57: safari lodge, Changsha tea shop, jazz trio, Tibet photo tour, hamster kid.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh57-safari-lodge",
        [
            (
                "Good morning. I am the manager at Simba Ridge Lodge and we would like a short "
                "video for our guests. Kindly generate a clip of elephants drinking at the "
                "waterhole at sunrise, four seconds.",
                "ops=generate_clip;n=1;c1.d=4000;order=elephant",
            ),
            (
                "Please also generate a lion resting under an acacia tree for three and a half "
                "seconds.",
                "ops=generate_clip;n=2;c2.d=3500;order=elephant,lion",
            ),
            (
                "Thirdly, please make a clip of the lodge veranda at sunset with lanterns, "
                "5 seconds.",
                "ops=generate_clip;n=3;c3.d=5000;order=elephant,lion,veranda",
            ),
            (
                "Kindly put the lion clip at the beginning, our guests are very fond of the big "
                "cats.",
                "order=lion,elephant,veranda",
            ),
            (
                "Is it possible to make the elephants lift their trunks and splash the water? "
                "That would be most lovely.",
                "ask",
            ),
            (
                "The veranda one is somewhat long. Kindly reduce it to three seconds.",
                "ops=trim;c3.d=3000;order=lion,elephant,veranda",
            ),
            (
                "Now slow down the elephant clip to half speed so that it looks majestic.",
                "ops=set_speed;c2.m.speed=0.5;c2.d=8000",
            ),
            (
                "Eish, that is too slow now. Please undo.",
                "ops=undo;c2.d=4000;order=lion,elephant,veranda",
            ),
            (
                "Kindly add a soft crossfade between each of the clips.",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade>0",
            ),
            (
                "Please put a title 'Karibu Simba Ridge' at the top of the video.",
                "ops=add_text;t.txt=Karibu Simba Ridge;t.m.position=top",
            ),
            (
                "Our guests mostly watch on YouTube, so kindly change it to the widescreen "
                "format, please.",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
            (
                "Please add calm background music at twenty five percent volume.",
                "ops=add_music;b.m.mood=calm;b.vol=0.25",
            ),
            (
                "Is it possible to make the whole video look like a National Geographic "
                "documentary? Asante sana.",
                "ask",
            ),
        ],
    ),
    (
        "fresh57-changsha-milk-tea",
        [
            (
                "姐妹们冲！帮我做个视频给店里引流，先来一段珍珠奶茶的特写，3秒",
                "ops=generate_clip;n=1;c1.d=3000;order=珍珠",
            ),
            (
                "再生成一段杨枝甘露，两秒半，颜值绝绝子",
                "ops=generate_clip;n=2;c2.d=2500;order=珍珠,杨枝甘露",
            ),
            (
                "还要一个顾客在店门口排队的画面，四秒",
                "ops=generate_clip;n=3;c3.d=4000;order=珍珠,杨枝甘露,排队",
            ),
            (
                "排队那段放最前面，气势先拉满",
                "order=排队,珍珠,杨枝甘露",
            ),
            (
                "杨枝甘露那段加速一下，1.5倍",
                "ops=set_speed;c3.m.speed=1.5;c3.d=1667",
            ),
            (
                "能不能让珍珠在杯子里自己跳起来？就那种yyds的感觉",
                "ask",
            ),
            (
                "加个标题「长沙必喝 yyds」放顶部",
                "ops=add_text;t.txt=长沙必喝 yyds;t.m.position=top",
            ),
            (
                "标题再大一点，手机上看着有点小",
                "ops=style_text;t.m.size>106",
            ),
            (
                "配个欢快的背景音乐，音量百分之三十",
                "ops=add_music;b.m.mood=upbeat;b.vol=0.3",
            ),
            (
                "第一段和第二段之间加个转场",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade=null",
            ),
            (
                "改成方的，发小红书用",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
            (
                "emmm方的不太行，撤回一下",
                "ops=undo;draft.width=1080;draft.height=1920",
            ),
            (
                "能直接帮我发到抖音上吗？冲冲冲",
                "ask",
            ),
        ],
    ),
    (
        "fresh57-nola-jazz-trio",
        [
            (
                "yo! me and the cats got a gig friday at the Blue Nile, need a lil promo vid. "
                "gimme a clip of a trumpet player on a smoky stage, 3 seconds",
                "ops=generate_clip;n=1;c1.d=3000;order=trumpet",
            ),
            (
                "now hit me with an upright bass close-up, two and a half secs",
                "ops=generate_clip;n=2;c2.d=2500;order=trumpet,bass",
            ),
            (
                "and one more: Frenchmen Street at night with neon signs, 4 seconds. "
                "that's our turf",
                "ops=generate_clip;n=3;c3.d=4000;order=trumpet,bass,street",
            ),
            (
                "swap the first two, the bass gotta kick it off",
                "order=bass,trumpet,street",
            ),
            (
                "make the street one groove a lil slower, like 0.75",
                "ops=set_speed;c3.m.speed=0.75;c3.d=5333",
            ),
            (
                "can the trumpet cat in the clip wink at the camera lol",
                "ask",
            ),
            (
                "throw a crossfade between the bass and the trumpet",
                "ops=set_transition;c2.m.xfade>0;c3.m.xfade=null",
            ),
            (
                "slap 'Gris-Gris Trio LIVE Friday' on the bottom as the title",
                "ops=add_text;t.txt=Gris-Gris Trio LIVE Friday;t.m.position=bottom",
            ),
            (
                "gotta be on the gram too, square it up for me",
                "ops=set_canvas;draft.width=1080;draft.height=1080",
            ),
            (
                "hmm nah, undo that",
                "ops=undo;draft.height=1920",
            ),
            (
                "wait no, redo it, the square looked fly",
                "ops=redo;draft.width=1080;draft.height=1080",
            ),
            (
                "lay a cinematic track under the whole thing, keep it low, like 20 percent",
                "ops=add_music;b.m.mood=cinematic;b.vol=0.2",
            ),
            (
                "can you make it swing harder man",
                "ask",
            ),
        ],
    ),
    (
        "fresh57-tibet-photo-tour",
        [
            (
                "您好，我们是高原摄影团，想做一段短片纪念这次旅程。请先生成一段布达拉宫在清晨阳光下的"
                "画面，时长五秒。",
                "ops=generate_clip;n=1;c1.d=5000;order=布达拉宫",
            ),
            (
                "接着生成纳木错湖面倒映着雪山的画面，四秒钟。",
                "ops=generate_clip;n=2;c2.d=4000;order=布达拉宫,纳木错",
            ),
            (
                "再来一段经幡在山口随风飘动的镜头，三秒。",
                "ops=generate_clip;n=3;c3.d=3000;order=布达拉宫,纳木错,经幡",
            ),
            (
                "请把经幡那段放在布达拉宫后面，让旅程从圣城出发，再翻过山口。",
                "order=布达拉宫,经幡,纳木错",
            ),
            (
                "能否让纳木错的湖面泛起一点涟漪，让画面更灵动一些？",
                "ask",
            ),
            (
                "布达拉宫那段稍长了些，烦请剪到三秒半。",
                "ops=trim;c1.d=3500;order=布达拉宫,经幡,纳木错",
            ),
            (
                "纳木错那段请放慢到0.5倍速，显得更加宁静悠远。",
                "ops=set_speed;c3.m.speed=0.5;c3.d=8000",
            ),
            (
                "每段之间都加上一秒的转场，过渡柔和一些。",
                "ops=set_transition;c2.m.xfade=1000;c3.m.xfade=1000",
            ),
            (
                "片头加上标题「雪域之光」，放在画面中间，显示前三秒。",
                "ops=add_text;t.txt=雪域之光;t.m.position=center;t.d=3000",
            ),
            (
                "配一段有电影感的背景音乐，音量百分之四十。",
                "ops=add_music;b.m.mood=cinematic;b.vol=0.4",
            ),
            (
                "音乐结尾请缓缓淡出，大约三秒。",
                "ops=set_fade;b.m.fade_out=3000",
            ),
            (
                "横屏更能展现高原的辽阔，请改成16:9。",
                "ops=set_canvas;draft.width=1920;draft.height=1080",
            ),
            (
                "可否把整体色调调成那种浓郁的胶片感？",
                "ask",
            ),
        ],
    ),
    (
        "fresh57-hamster-kid",
        [
            (
                "hi!! can you make a video about my hamster peanut? first can you make a "
                "hamster eating a sunflower seed, 3 seconds",
                "ops=generate_clip;n=1;c1.d=3000;order=seed",
            ),
            (
                "now can you make one of a hamster runing on a wheel. two seconds",
                "ops=generate_clip;n=2;c2.d=2000;order=seed,wheel",
            ),
            (
                "and one where hes sleeping in a little cardbord house for 4 seconds",
                "ops=generate_clip;n=3;c3.d=4000;order=seed,wheel,sleeping",
            ),
            (
                "can you make the wheel one go super fast like 2 times faster",
                "ops=set_speed;c2.m.speed=2;c2.d=1000",
            ),
            (
                "can you make peanut wave at the camera?? pleeease",
                "ask",
            ),
            (
                "put the sleeping one after the eating one",
                "order=seed,sleeping,wheel",
            ),
            (
                "can you put words that say Peanut The Best Hamster Ever at the top",
                "ops=add_text;t.txt~Best Hamster Ever;t.m.position=top",
            ),
            (
                "can you delete the wheel one its to short now",
                "ops=delete_clip;n=2;order=seed,sleeping",
            ),
            (
                "can you add happy music but not to loud",
                "ops=add_music;music=1",
            ),
            (
                "hmm i dont like the music. undo it",
                "ops=undo;music=0;n=2",
            ),
            (
                "can you make a fade at the end so it gose black",
                "ops=set_fade;c-1.m.fade_out>0",
            ),
            (
                "can you make it look more cuter",
                "ask",
            ),
        ],
    ),
]
