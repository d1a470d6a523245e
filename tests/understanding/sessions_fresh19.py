"""Held-out set 19: a Hong Kong cafe owner, a Beijing tour guide, a pet groomer, a car dealer, a choir director.

Written without reading the engine's understanding code or earlier sets; scored by
``scripts/score_sessions.py fresh19``, not tuned on.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

HK_CAFE: Session = (
    "hong kong cafe",
    [
        ("整一條4秒嘅片，一杯奶茶", "ops=generate_clip; n=1; c1.d=4000; order=奶茶"),
        ("再嚟一段菠蘿包，三秒", "ops=generate_clip; order=奶茶,包; c2.d=3000"),
        (
            "then a 3 sec shot of the cafe's neon sign at night",
            "ops=generate_clip; order=奶茶,包,neon; c3.d=3000",
        ),
        ("neon 嗰段放第一", "ops=move_clip; order=neon,奶茶,包"),
        ("加標題「老友記茶餐廳」", "texts=1; t.txt~老友記茶餐廳"),
        ("標題放上面", "t.m.position=top; texts=1"),
        ("加啲輕鬆音樂", "ops=add_music; music=1"),
        ("音樂細聲啲", "ops=set_volume; music=1"),
        ("刪除蛋撻嗰段", "ask"),
        ("撤銷", "ops=undo; music=1"),
        ("幫我post上IG", "ask"),
    ],
)

BEIJING_GUIDE: Session = (
    "beijing tour guide",
    [
        ("生成一段五秒的天安门广场视频", "ops=generate_clip; n=1; c1.d=5000; order=天安门"),
        ("再来一段故宫角楼，四秒钟", "ops=generate_clip; order=天安门,角楼; c2.d=4000"),
        ("然后加一段长城的，六秒", "ops=generate_clip; order=天安门,角楼,长城; c3.d=6000"),
        ("把长城那段放到天安门后面", "ops=move_clip; order=天安门,长城,角楼"),
        ("第二段剪短到三秒半", "ops=trim; c2.d=3500; n=3"),
        ("角楼那段慢一点，零点五倍速", "ops=set_speed; c3.m.speed=0.5"),
        ("加个标题：跟着老王游北京", "texts=1; t.txt~跟着老王游北京"),
        ("标题只显示前三秒", "ops=time_text; t.st=0; t.d=3000"),
        ("在开头和结尾加淡入淡出", "c1.m.fade_in>0; c-1.m.fade_out>0"),
        ("颐和园那段删掉", "ask"),
        ("现在一共多长", "ops=describe_timeline"),
    ],
)

PET_GROOMER: Session = (
    "pet groomer",
    [
        (
            "Hiii! 🐶 can I get a 3 second clip of a fluffy poodle getting a bath",
            "ops=generate_clip; n=1; c1.d=3000; order=poodle",
        ),
        (
            "omg cute. now a shih tzu being blow dried, like 3 seconds too",
            "ops=generate_clip; order=poodle,tzu; c2.d=3000",
        ),
        (
            "and then the finished pup with a bow, 4s",
            "ops=generate_clip; order=poodle,tzu,bow; c3.d=4000",
        ),
        ("can the bath one be a bit shorter? like 2 secs", "ops=trim; c1.d=2000; n=3"),
        (
            "add caption 'Pampered Paws Grooming' at the bottom",
            "texts=1; t.txt~Pampered Paws Grooming; t.m.position=bottom",
        ),
        ("make the caption pink 💕", "ops=style_text; texts=1"),
        ("can u move the caption to the top instead", "t.m.position=top; texts=1"),
        ("happy bouncy music!!", "ops=add_music; music=1; b.m.mood=upbeat"),
        ("fade the music out at the end", "b.m.fade_out>0; music=1"),
        ("make the dogs bark at the end", "ask"),
        ("is the blow dry clip still in there?", "ops=describe_timeline"),
    ],
)

CAR_DEALER: Session = (
    "car dealer",
    [
        (
            "NEED A 4 SECOND CLIP OF A RED SPORTS CAR ON A COASTAL ROAD",
            "ops=generate_clip; n=1; c1.d=4000; order=car",
        ),
        (
            "next a pickup truck in a showroom, 3 sec",
            "ops=generate_clip; order=car,truck; c2.d=3000",
        ),
        (
            "add an SUV driving through snow 3 seconds after the sports car",
            "ops=generate_clip; order=car,suv,truck; c2.d=3000",
        ),
        ("title: ZERO DOWN THIS WEEKEND ONLY", "texts=1; t.txt~ZERO DOWN THIS WEEKEND ONLY"),
        ("bigger and red", "t.m.size>0; texts=1"),
        ("the truck clip, double speed", "ops=set_speed; c3.m.speed=2; c3.d=1500"),
        ("get rid of the snow one", "ops=delete_clip; order=car,truck"),
        ("put the truck first", "ops=move_clip; order=truck,car"),
        ("add our dealership phone number from the website", "ask"),
        ("add energetic music at 40 percent", "music=1; b.vol=0.4"),
    ],
)

CHOIR: Session = (
    "choir director",
    [
        (
            "Please make a 5 second clip of a choir singing in a stone cathedral.",
            "ops=generate_clip; n=1; c1.d=5000; order=choir",
        ),
        (
            "Add a 3 second clip of sheet music on a wooden stand.",
            "ops=generate_clip; order=choir,sheet; c2.d=3000",
        ),
        ("Put the sheet music first, then the choir.", "order=sheet,choir"),
        ("Crossfade between them, half a second.", "ops=set_transition; c2.m.xfade=500"),
        ("Add a title: 'Spring Concert — May 14'", "texts=1; t.txt~Spring Concert"),
        (
            "Please reword the title to 'Spring Concert, Saturday May 14'",
            "ops=edit_text; texts=1; t.txt~Saturday May 14",
        ),
        ("Have the title appear only during the last two seconds.", "ops=time_text; t.d=2000"),
        ("Add some music.", "ops=add_music; music=1"),
        ("Actually, remove the music; we'll use our own recording.", "ops=remove_music; music=0"),
        ("Extend the choir clip to 8 seconds.", "c2.d=8000; order=sheet,choir"),
        ("Make the whole video sound like it was recorded in a bigger hall.", "ask"),
    ],
)

SESSIONS: list[Session] = [HK_CAFE, BEIJING_GUIDE, PET_GROOMER, CAR_DEALER, CHOIR]
