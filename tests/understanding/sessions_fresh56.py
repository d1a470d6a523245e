"""Blind set 56: ghillie, HK-style café, rodeo announcer, durian seller, hospital nurse.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "ghillie_spey",
        [
            (
                "Evening... I'm wanting a wee video for the fishing beats. Could you make a "
                "clip of the river at first light... mist lying on the water. About six seconds.",
                "ops=generate_clip; n=1; order=river; c1.d=6000",
            ),
            (
                "Aye, that'll do... Now could I have a salmon leaping at the falls. "
                "Four and a half seconds.",
                "ops=generate_clip; n=2; order=river,salmon; c2.d=4500",
            ),
            (
                "And a third one, please... the old bothy by the loch with a wee bit of smoke "
                "from the chimney. Five seconds.",
                "ops=generate_clip; n=3; order=river,salmon,bothy; c3.d=5000",
            ),
            (
                "Hmm... I think the bothy ought to come first. Sets the scene.",
                "ops=move_clip; order=bothy,river,salmon",
            ),
            (
                "The salmon... could it go slower? Half speed, I'd say.",
                "ops=set_speed; order=bothy,river,salmon; c3.m.speed=0.5; c3.d=9000",
            ),
            (
                "Would it be possible... to have the salmon take the fly, on the screen? "
                "That'd be grand.",
                "ask",
            ),
            (
                "Soft crossfades between the clips... a second each. Nothing fancy.",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "Some music underneath... something calm. Twenty percent, no louder.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            (
                "Put the words 'Spey Ghillie Days' across the top... as a title.",
                "ops=add_text; texts=1; t.txt=Spey Ghillie Days; t.m.position=top",
            ),
            ("Och, no... undo that, would you.", "ops=undo; texts=0; n=3"),
            (
                "Ach... I was right the first time. Redo it, bring it back.",
                "ops=redo; texts=1; t.txt=Spey Ghillie Days",
            ),
            (
                "Let the music fade away at the end... three seconds.",
                "ops=set_fade; b.m.fade_out=3000",
            ),
            (
                "And could you make it look like old cine film... the grainy sort.",
                "ask",
            ),
        ],
    ),
    (
        "hk_cafe_shenzhen",
        [
            (
                "你好～我们是深圳一家港式茶餐厅，老板叫我整个短视频宣传下。"
                "先来一段丝袜奶茶拉茶的画面，5秒",
                "ops=generate_clip; n=1; order=奶茶; c1.d=5000",
            ),
            (
                "好正！再来一个菠萝油的特写，牛油要流出来那种，三秒半",
                "ops=generate_clip; n=2; order=奶茶,菠萝油; c2.d=3500",
            ),
            (
                "仲要一段晚上门口霓虹招牌的镜头，四秒",
                "ops=generate_clip; n=3; order=奶茶,菠萝油,招牌; c3.d=4000",
            ),
            (
                "招牌那段放最前面啦，一开头就见到个招牌，够靓",
                "ops=move_clip; order=招牌,奶茶,菠萝油",
            ),
            (
                "菠萝油那段快一点，两倍速",
                "ops=set_speed; order=招牌,奶茶,菠萝油; c3.m.speed=2; c3.d=1750",
            ),
            (
                "哎呀太快了，睇唔清，撤销吧",
                "ops=undo; order=招牌,奶茶,菠萝油; c3.d=3500",
            ),
            (
                "每段中间加个转场，半秒就得",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "加个标题「港味茶餐厅」，放顶部",
                "ops=add_text; texts=1; t.txt=港味茶餐厅; t.m.position=top",
            ),
            (
                "配点轻松的背景音乐，音量百分之三十",
                "ops=add_music; music=1; b.vol=0.3",
            ),
            ("可唔可以让拉茶的师傅对着镜头笑一下？", "ask"),
            (
                "做成正方形吧，要发小红书同朋友圈",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            ("感觉还差点味道，你帮我搞到更有feel啲", "ask"),
            (
                "最后画面结尾淡出一秒，搞掂！唔该晒",
                "ops=set_fade; c-1.m.fade_out=1000",
            ),
        ],
    ),
    (
        "rodeo_announcer",
        [
            (
                "HOWDY Y'ALL!!! Gimme a clip of a BUCKING BRONCO kickin up dust in the arena, "
                "FIVE seconds!!",
                "ops=generate_clip; n=1; order=bronco; c1.d=5000",
            ),
            (
                "NOW gimme a barrel racer whippin round the barrels at full tilt, three "
                "seconds, YEEHAW",
                "ops=generate_clip; n=2; order=bronco,barrel; c2.d=3000",
            ),
            (
                "Next up let's have FIREWORKS over the stadium at night — two and a half seconds!",
                "ops=generate_clip; n=3; order=bronco,barrel,fireworks; c3.d=2500",
            ),
            (
                "Aaand one more: a cowboy hat hangin on a fence post at sundown. 4 secs",
                "ops=generate_clip; n=4; order=bronco,barrel,fireworks,hat; c4.d=4000",
            ),
            (
                "PUT THAT HAT ONE RIGHT AT THE START, PARTNER!",
                "ops=move_clip; order=hat,bronco,barrel,fireworks",
            ),
            (
                "Now swap the bronco and the barrel racer, ladies first!",
                "ops=swap_clips; order=hat,barrel,bronco,fireworks",
            ),
            (
                "That bronco needs to MOVE — DOUBLE SPEED on him!!",
                "ops=set_speed; order=hat,barrel,bronco,fireworks; c3.m.speed=2; c3.d=2500",
            ),
            (
                "Slap a BIG title on there: 'FORT WORTH STAMPEDE'",
                "ops=add_text; texts=1; t.txt=FORT WORTH STAMPEDE; t.m.kind=title",
            ),
            (
                "Music!! Somethin UPBEAT, crank it to eighty percent",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.8",
            ),
            ("Can ya make that bronco buck the cowboy clean off?? HA!", "ask"),
            (
                "Make the whole dang thing square for the Facebook page",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "Get rid of the second clip, our barrel gal broke her wrist, bless her",
                "ops=delete_clip; n=3; order=hat,bronco,fireworks",
            ),
            ("Now post it to the Facebook page, LET 'ER BUCK!!", "ask"),
        ],
    ),
    (
        "nanning_durian",
        [
            (
                "哈哈哈老表们晚上好！帮我整一段夜市街道的画面，到处挂满红灯笼那种，五秒",
                "ops=generate_clip; n=1; order=夜市; c1.d=5000",
            ),
            (
                "再来一段切开榴莲的特写，金灿灿的果肉，三秒",
                "ops=generate_clip; n=2; order=夜市,榴莲; c2.d=3000",
            ),
            (
                "还要一个顾客吃得超开心的镜头，两秒半，哈哈哈",
                "ops=generate_clip; n=3; order=夜市,榴莲,顾客; c3.d=2500",
            ),
            (
                "把顾客那段挪到榴莲前面",
                "ops=move_clip; order=夜市,顾客,榴莲",
            ),
            (
                "榴莲那段放慢到一半速度，让大家看清楚有多黄哈哈",
                "ops=set_speed; order=夜市,顾客,榴莲; c3.m.speed=0.5; c3.d=6000",
            ),
            ("能不能让榴莲自己裂开跳个舞？哈哈哈哈开玩笑的，不过真能做到吗", "ask"),
            (
                "加个字幕：榴莲不好吃不要钱",
                "ops=add_text; texts=1; t.m.kind=caption; t.txt~不好吃",
            ),
            (
                "字幕再大一点，老人家看不清",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "背景音乐来点欢快的，音量百分之四十",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.4",
            ),
            ("哎呀音乐太吵了，小声点", "ops=set_volume; b.vol<0.4"),
            ("算了算了，还是刚才那样好，撤回哈哈", "ops=undo; b.vol=0.4"),
            ("你看着办，让它更搞笑一点嘛哈哈哈", "ask"),
            (
                "第一段和第二段之间加个转场",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade=null",
            ),
        ],
    ),
    (
        "nurse_recognition",
        [
            (
                "need a quick vid for staff recognition thing. make 12 sec clip of nurses at "
                "the nurses station, night shift pls",
                "ops=generate_clip; n=1; order=station; c1.d=12000",
            ),
            (
                "next clip: hospital corridor w/ morning sun coming in, 10 sec",
                "ops=generate_clip; n=2; order=station,corridor; c2.d=10000",
            ),
            (
                "3rd clip: thank you card on a clipboard, 10s thx",
                "ops=generate_clip; n=3; order=station,corridor,card; c3.d=10000",
            ),
            (
                "too long. whole thing 30 sec max pls",
                "ops=set_length; n=3; len=30000; c3.d=8000",
            ),
            (
                "put the card one b4 the corridor",
                "ops=move_clip; order=station,card,corridor",
            ),
            ("no wait undo", "ops=undo; order=station,corridor,card"),
            (
                "corridor 1.5x faster pls",
                "ops=set_speed; order=station,corridor,card; c2.m.speed=1.5; c2.d=6667",
            ),
            (
                "and move it after the card",
                "ops=move_clip; order=station,card,corridor; c3.m.speed=1.5",
            ),
            (
                "add title 'THANK YOU WARD 4B' at the top, first 3 sec",
                "ops=add_text; texts=1; t.txt=THANK YOU WARD 4B; t.m.position=top; "
                "t.st=0; t.d=3000",
            ),
            (
                "music calm, 25% vol",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.25",
            ),
            ("can u blur the patients faces? privacy thing", "ask"),
            (
                "landscape pls, it's going on the TV in the break room",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            ("make it look more professional asap", "ask"),
        ],
    ),
]
