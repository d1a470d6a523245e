"""Development sessions: the second held-out set, folded into dev after its one run
(95.3% understood then, 101 of 106 steps); see corpus.py for the checks."""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "surf school",
        [
            (
                "hey, generate a 2 second clip of surfers riding a wave",
                "ops=generate_clip; order=surf",
            ),
            (
                "add a 1 second clip of a surfboard on the sand after it",
                "ops=generate_clip; order=surf,surfboard",
            ),
            (
                "now a 1-second clip of a beach hut and put it at the start",
                "ops=generate_clip; order=hut,surf,surfboard",
            ),
            ("delete the surfboard one", "ops=delete_clip; order=hut,surf"),
            ("make the surfers clip a second and a half", "ops=trim; c2.d=1500"),
            ("put the hut clip after the surfers", "ops=move_clip; order=surf,hut"),
            ("remove the shark clip", "ask"),
            ("add a title 'Ride' for the first second", "ops=add_text; t.txt=Ride"),
        ],
    ),
    (
        "coffee ad",
        [
            (
                "I'd like a 3 second video of coffee being poured into a cup",
                "ops=generate_clip; c1.d=3000",
            ),
            ("slow it down a bit", "ops=set_speed; c1.m.speed<1"),
            ("add a caption 'Morning ritual' at the bottom", "ops=add_text; t.m.position=bottom"),
            ("make the caption yellow", "ops=style_text; t.m.color=#ffcc00"),
            ("move it to the top", "ops=style_text; t.m.position=top"),
            ("add calm piano music at 20%", "ops=add_music; b.vol=0.2"),
            ("fade out the music at the end", "ops=set_fade; b.m.fade_out>0"),
            ("make it look warmer", "ask"),
        ],
    ),
    (
        "city timelapse",
        [
            ("generate a 2 second clip of a city skyline at dusk", "ops=generate_clip"),
            ("and a 2 second clip of traffic at night", "ops=generate_clip; n=2"),
            ("and one more, 1 second, of a subway train", "n=3"),
            ("make the traffic one twice as fast", "ops=set_speed; c2.m.speed=2"),
            ("swap the skyline and the subway", "ops=swap_clips"),
            ("add a 0.5 second crossfade", "ops=set_transition; c2.m.xfade>0"),
            ("delete clip 4", "ask"),
            ("what does the timeline look like", "ops=describe_timeline"),
        ],
    ),
    (
        "kid's birthday",
        [
            ("upload:cake.png", ""),
            ("animate it with a slow zoom", "ops=animate_image; n=1"),
            ("make it two seconds", "ops=trim; c1.d=2000"),
            ("add the title 'Happy 5th Birthday!' at the top", "ops=add_text; t.m.position=top"),
            ("make the title pink and bigger", "ops=style_text; t.m.color=#ff2d92"),
            ("add happy music", "ops=add_music; b.m.mood=upbeat"),
            (
                "generate a 1 second clip of balloons floating and put it at the end",
                "ops=generate_clip; n=2",
            ),
        ],
    ),
    (
        "hiking vlog",
        [
            ("make a 2 second clip of a forest trail", "ops=generate_clip"),
            ("make a 2 second clip of a mountain lake", "ops=generate_clip; n=2"),
            ("make a 1 second clip of a tent at night", "ops=generate_clip; n=3"),
            ("put the tent one first", "ops=move_clip; order=tent,forest,lake"),
            ("move the lake clip before the forest", "ops=move_clip; order=tent,lake,forest"),
            ("trim the forest clip to one second", "ops=trim; c3.d=1000"),
            ("mute all the clips", "ops=set_volume"),
            ("cut the campfire clip", "ask"),
        ],
    ),
    (
        "宠物",
        [
            ("生成一个两秒的小狗在草地上奔跑的视频", "ops=generate_clip"),
            ("再生成一个一秒的小猫睡觉的视频", "ops=generate_clip; n=2"),
            ("把小猫那段放到前面", "ops=move_clip"),
            ("把小狗那个片段加速两倍", "ops=set_speed"),
            ("给视频加个标题“我的宠物”", "ops=add_text; t.txt=我的宠物"),
            ("标题改成白色", "ops=style_text; t.m.color=#ffffff"),
            ("删除兔子那段", "ask"),
            ("加上轻快的背景音乐", "ops=add_music"),
        ],
    ),
    (
        "健身",
        [
            ("生成一个3秒的健身房视频", "ops=generate_clip; c1.d=3000"),
            ("把它剪到两秒", "ops=trim; c1.d=2000"),
            ("加速到1.5倍", "ops=set_speed; c1.m.speed=1.5"),
            ("加一个字幕：每天进步一点", "ops=add_text"),
            ("字幕放到底部", "ops=style_text; t.m.position=bottom"),
            ("加上动感的音乐，音量百分之五十", "ops=add_music; b.vol=0.5"),
            ("音乐淡出", "ops=set_fade; b.m.fade_out>0"),
            ("让它更酷一点", "ask"),
        ],
    ),
    (
        "城市夜景",
        [
            ("生成一个2秒的上海夜景视频", "ops=generate_clip"),
            ("再来一个1秒的霓虹灯视频，放在夜景后面", "ops=generate_clip; order=夜景,霓虹"),
            ("把第一个片段静音", "ops=set_volume; c1.vol=0"),
            ("交换第一个和第二个片段", "ops=swap_clips; order=霓虹,夜景"),
            ("把最后一个片段剪到一秒半", "ops=trim; c2.d=1500"),
            ("撤销", "ops=undo; c2.d=2000"),
            ("改成正方形", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            ("时间线上现在有什么？", "ops=describe_timeline"),
        ],
    ),
    (
        "real estate",
        [
            ("generate a 2 second clip of a modern living room", "ops=generate_clip"),
            ("generate a 2 second clip of a kitchen with an island", "ops=generate_clip; n=2"),
            ("generate a 2 second clip of a backyard pool", "ops=generate_clip; n=3"),
            ("reverse the order of the clips", "ops=reverse_clips; order=pool,kitchen,living"),
            ("delete the kitchen", "ops=delete_clip; order=pool,living"),
            ("add the text 'For sale' for the whole video", "ops=add_text; t.m.anchor=whole"),
            ("set the whole thing to 3 seconds", "ops=set_length; len=3000"),
            ("add a garage clip", "ops=generate_clip"),
        ],
    ),
    (
        "numbers",
        [
            ("generate a seven second clip of rain on a lake", "ops=generate_clip; c1.d=7000"),
            ("make it five and a half seconds", "ops=trim; c1.d=5500"),
            ("cut the first second", "ops=trim; c1.d=4500"),
            ("cut the last half second", "ops=trim; c1.d=4000"),
            ("split it at 2.5 seconds", "ops=split_clip; n=2; c1.d=2500"),
            ("make the second clip 1 second long", "ops=trim; c2.d=1000"),
            ("set the total length to three seconds", "ops=set_length; len=3000"),
        ],
    ),
    (
        "unclear",
        [
            ("generate a 1 second clip of a lighthouse", "ops=generate_clip"),
            ("make it nicer", "ask"),
            ("can you do something cool with it", "ask"),
            ("fix the colors", "ask"),
            ("add a transition", "ops=set_transition; n=1"),
            ("delete the other one", "ask"),
            ("?", "ask"),
            ("add some text", "ops=add_text"),
        ],
    ),
    (
        "music edits",
        [
            ("generate a 2 second clip of a dance floor", "ops=generate_clip"),
            ("add energetic background music", "ops=add_music; music=1"),
            ("lower the music to 10%", "ops=set_volume; b.vol=0.1"),
            ("make the music start at half a second", "ops=time_music; b.st=500"),
            ("replace the music with something cinematic", "ops=replace_music; b.m.mood=cinematic"),
            ("mute the clip", "ops=set_volume; c1.vol=0"),
            ("get rid of the music", "ops=remove_music; music=0"),
        ],
    ),
    (
        "titles",
        [
            ("generate a 3 second clip of a stadium", "ops=generate_clip"),
            ("add a title 'Game Day'", "ops=add_text; t.txt=Game Day"),
            (
                "add a caption 'Final score 3-2' at the bottom for the last second",
                "ops=add_text; texts=2",
            ),
            ("make the title red", "ops=style_text"),
            ("change 'Game Day' to 'Match Day'", "ops=edit_text"),
            ("remove the caption", "ops=remove_text; texts=1"),
            ("make the title fade in", "ops=style_text"),
        ],
    ),
    (
        "字幕",
        [
            ("生成一个2秒的图书馆视频", "ops=generate_clip"),
            ("加一个标题“期末加油”，显示前一秒", "ops=add_text; t.txt=期末加油"),
            ("把标题变大一点", "ops=style_text; t.m.size>0"),
            ("标题改成“考试加油”", "ops=edit_text; t.txt=考试加油"),
            ("删掉标题", "ops=remove_text; texts=0"),
            ("把视频变成竖屏", "ops=set_canvas"),
            ("视频时长改成一秒", "ops=set_length; len=1000"),
        ],
    ),
]
