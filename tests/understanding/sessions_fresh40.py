"""Blind set 40: Dublin trad pub, Hainan dive school, estate agent, Xi'an noodles, skate shop.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Dublin pub trad night (EN, chatty)",
        [
            (
                "Howya! We've a trad session on in the pub Thursday, so could you make us a "
                "clip of a fiddler playing by the fire, 4 seconds or so?",
                "ops=generate_clip; order=fiddler; c1.d=4000",
            ),
            (
                "Grand. Now another one of a pint of stout being poured at the bar, three seconds",
                "ops=generate_clip; order=fiddler,stout; c2.d=3000",
            ),
            (
                "And one of the crowd singing along in a cosy snug, five seconds, "
                "stick it at the very start",
                "ops=generate_clip; order=crowd,fiddler,stout; c1.d=5000",
            ),
            (
                "Ah no, the pint one should go right after the crowd",
                "ops=move_clip; order=crowd,stout,fiddler",
            ),
            (
                "Hmm, I wonder could you slow the fiddler down a bit? Half speed maybe",
                "ops=set_speed; order=crowd,stout,fiddler; c3.m.speed=0.5; c3.d=8000",
            ),
            (
                'Stick a title on saying "Trad Night Every Thursday" at the top there',
                "ops=add_text; texts=1; t.txt~Trad Night Every Thursday; t.m.position=top",
            ),
            (
                "Make the writing a good bit bigger, would you",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "Throw on some music so, something upbeat with a bit of craic to it, about 30%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            ("Can you make the fiddler smile at the camera?", "ask"),
            (
                "Fade the music out at the end there, say two seconds",
                "ops=set_fade; music=1; b.m.fade_out=2000",
            ),
            (
                "Pop a wee crossfade in between all of them, half a second",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "Actually would you make the whole thing square for the Instagram",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "Ah no, undo that one, it was better before",
                "ops=undo; draft.width=1080; draft.height=1920; n=3",
            ),
        ],
    ),
    (
        "Hainan diving school (ZH, brisk)",
        [
            ("生成一段4秒的珊瑚礁水下画面", "ops=generate_clip; order=珊瑚; c1.d=4000"),
            ("再来一段潜水员下潜，6秒", "ops=generate_clip; order=珊瑚,潜水员; c2.d=6000"),
            (
                "加一段三亚海滩日落，三秒",
                "ops=generate_clip; order=珊瑚,潜水员,日落; c3.d=3000",
            ),
            ("日落那段放到最前面", "ops=move_clip; order=日落,珊瑚,潜水员"),
            (
                "潜水员那段加速到2倍",
                "ops=set_speed; order=日落,珊瑚,潜水员; c3.m.speed=2; c3.d=3000",
            ),
            ("第二段剪到两秒半", "ops=trim; order=日落,珊瑚,潜水员; c2.d=2500"),
            (
                "加标题“三亚潜水 周末开课”，放顶部",
                "ops=add_text; texts=1; t.txt~三亚潜水; t.m.position=top",
            ),
            ("标题只显示前两秒", "ops=time_text; texts=1; t.st=0; t.d=2000"),
            (
                "配个轻快的音乐，音量20%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.2",
            ),
            ("让潜水员对着镜头比个OK", "ask"),
            ("开头淡入1秒", "ops=set_fade; c1.m.fade_in=1000"),
            ("改成横屏16:9", "ops=set_canvas; draft.width=1920; draft.height=1080"),
            ("音乐最后两秒淡出", "ops=set_fade; music=1; b.m.fade_out=2000"),
        ],
    ),
    (
        "Estate agent showing a flat (EN, formal)",
        [
            (
                "Good afternoon. Please generate a six-second clip of a bright living room "
                "with large windows.",
                "ops=generate_clip; order=living; c1.d=6000",
            ),
            (
                "Next, could you create a four-second clip of a modern kitchen with marble "
                "worktops?",
                "ops=generate_clip; order=living,kitchen; c2.d=4000",
            ),
            ("upload:flat_front.png", ""),
            (
                "Please animate the photograph I have just uploaded with a slow zoom in, "
                "four seconds, and place it at the beginning.",
                "ops=animate_image; n=3; c1.m.motion=zoom_in; c1.d=4000; "
                "c2.m.label~living; c3.m.label~kitchen",
            ),
            (
                "Kindly move the kitchen clip to second position.",
                "ops=move_clip; n=3; c1.m.motion=zoom_in; c2.m.label~kitchen; c3.m.label~living",
            ),
            (
                "Please shorten the living room clip to four and a half seconds.",
                "ops=trim; n=3; c3.m.label~living; c3.d=4500",
            ),
            (
                'Please add the price, "£450,000", at the top of the screen.',
                "ops=add_text; texts=1; t.txt~450,000; t.m.position=top",
            ),
            (
                'The vendor has reduced the asking price. Please change the price to "£435,000".',
                "ops=edit_text; texts=1; t.txt~435,000",
            ),
            (
                "Please display the price in our brand colour, #1F3A5F.",
                "ops=style_text; texts=1; t.m.color~1f3a5f",
            ),
            ("Could you remove the clutter from the kitchen worktops in that clip?", "ask"),
            (
                "Please add calm background music at a low level, around 15 percent.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            (
                "A gentle crossfade of one second between each clip, please.",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "Finally, please fade out the final clip over one and a half seconds.",
                "ops=set_fade; c3.m.label~living; c3.m.fade_out=1500",
            ),
        ],
    ),
    (
        "Xi'an noodle shop (ZH, casual, typos)",
        [
            ("做个油泼面的特写镜头 5秒吧", "ops=generate_clip; order=油泼面; c1.d=5000"),
            (
                "在来一个拉面师傅甩面的，三秒",
                "ops=generate_clip; order=油泼面,拉面; c2.d=3000",
            ),
            (
                "再做个钟楼夜景 四秒",
                "ops=generate_clip; order=油泼面,拉面,钟楼; c3.d=4000",
            ),
            ("钟楼那个放最前面把", "ops=move_clip; order=钟楼,油泼面,拉面"),
            (
                "拉面那段慢一点 0.5倍速",
                "ops=set_speed; order=钟楼,油泼面,拉面; c3.m.speed=0.5; c3.d=6000",
            ),
            ("第一个剪短点，剪成2秒", "ops=trim; order=钟楼,油泼面,拉面; c1.d=2000"),
            ("能不能让面看起来更好吃一点", "ask"),
            ("加个字幕：老碗面馆 十块钱一碗", "ops=add_text; texts=1; t.txt~老碗面馆"),
            ("字幕的字太小了 把它放大点", "ops=style_text; texts=1; t.m.size>106"),
            (
                "配点热闹的音乐",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.35",
            ),
            ("音乐小声点", "ops=set_volume; music=1; b.vol<0.35"),
            ("算了，音乐还是不要了", "ops=remove_music; music=0; n=3"),
            (
                "把视屏改成正方形的",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
        ],
    ),
    (
        "skate shop sale (EN, slang, lowercase)",
        [
            (
                "yo make a 3 sec clip of a kid kickflipping down some stairs",
                "ops=generate_clip; order=kickflip; c1.d=3000",
            ),
            (
                "ok now make one of the bowl at the skatepark at golden hour, half a minute",
                "ops=generate_clip; order=kickflip,bowl; c2.d=30000",
            ),
            (
                "and a close up of a fresh deck w griptape, two seconds",
                "ops=generate_clip; order=kickflip,bowl,deck; c3.d=2000",
            ),
            (
                "bowl one is way too long lol cut it to 6 secs",
                "ops=trim; order=kickflip,bowl,deck; c2.d=6000",
            ),
            ("put the deck one first", "ops=move_clip; order=deck,kickflip,bowl"),
            (
                "speed up the kickflip 2x",
                "ops=set_speed; order=deck,kickflip,bowl; c2.m.speed=2; c2.d=1500",
            ),
            (
                "title SUMMER SALE 40% OFF at the top",
                "ops=add_text; texts=1; t.txt~SUMMER SALE; t.m.position=top",
            ),
            ("make it yellow", "ops=style_text; texts=1; t.txt~SUMMER SALE"),
            (
                "throw some lofi on there at 25%",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.25",
            ),
            ("can u make the kid land it cleaner", "ask"),
            ("get rid of the dog clip", "ask"),
            (
                "quick crossfades between everything, like 0.3 sec",
                "ops=set_transition; c2.m.xfade=300; c3.m.xfade=300",
            ),
            (
                "nah change the music to something more upbeat",
                "ops=replace_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
        ],
    ),
]
