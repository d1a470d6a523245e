"""Blind set 54: London lookbook, Guilin noodle stall, robotics team, Taipei snacks, Welsh walks.

Written without reading the engine's understanding code or the other sets; see corpus.py for the
step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "fresh54-london-lookbook",
        [
            (
                "omg hiii so I'm making a lookbook for my grad collection and I'm literally "
                "obsessed already. first can u make a 4 second clip of a model in a velvet "
                "blazer walking down a rainy street at night",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "iconic. next one: a close up of silver platform boots on cobblestones, "
                "two and a half seconds",
                "ops=generate_clip; order=velvet,boots; c2.d=2500",
            ),
            (
                "and a six second one of the whole look in front of a pink neon sign pls",
                "ops=generate_clip; order=velvet,boots,neon; c3.d=6000",
            ),
            (
                "ok wait the boots one should literally open the video, it's the hook",
                "order=boots,velvet,neon",
            ),
            (
                "can the model in the blazer do like a little hair flip at the end?? "
                "that would be sooo iconic",
                "ask",
            ),
            (
                "the neon clip is dragging a bit tbh, cut it down to 3.5 secs",
                "ops=trim; order=boots,velvet,neon; c3.d=3500",
            ),
            (
                "slow the rainy street one down to half speed, I want it moody and dramatic",
                "ops=set_speed; c2.m.speed=0.5; c2.d=8000; order=boots,velvet,neon",
            ),
            (
                "obsessed. add soft crossfades between all of them, like half a second",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "put a title saying 'NOCTURNE SS25' at the top for the first 3 seconds",
                "ops=add_text; texts=1; t.txt=NOCTURNE SS25; t.m.position=top; t.st=0; t.d=3000",
            ),
            (
                "music time!! something upbeat but keep it at like 25% so it doesn't take over",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
            (
                "hmm no I literally hate that, undo",
                "ops=undo; music=0; texts=1; n=3",
            ),
            (
                "ok make it square, it's going on my insta grid",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "can u make the whole thing feel more like a vogue editorial? like more expensive",
                "ask",
            ),
        ],
    ),
    (
        "fresh54-guilin-noodle-stall",
        [
            (
                "帮我做个店里的视频。先生成一个5秒的桂林米粉特写",
                "ops=generate_clip; n=1; c1.d=5000",
            ),
            (
                "在来一个三秒的 大锅熬骨头汤",
                "ops=generate_clip; order=米粉,骨头; c2.d=3000",
            ),
            (
                "再加一段两秒半的，店门口排队的客人",
                "ops=generate_clip; order=米粉,骨头,排队; c3.d=2500",
            ),
            (
                "排队那个放最前面",
                "ops=move_clip; order=排队,米粉,骨头",
            ),
            (
                "米粉那段太长了 剪到3秒",
                "ops=trim; order=排队,米粉,骨头; c2.d=3000",
            ),
            (
                "熬汤的加快点 两倍速",
                "ops=set_speed; c3.m.speed=2; c3.d=1500; order=排队,米粉,骨头",
            ),
            (
                "碗里的粉能不能弄多点 看着实在点",
                "ask",
            ),
            (
                "加个标题“老王米粉 6元一碗”放上面",
                "ops=add_text; texts=1; t.txt=老王米粉 6元一碗; t.m.position=top",
            ),
            (
                "字在大一点",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "加个背景音乐 欢快点的 声音小点 30%就行",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.3",
            ),
            (
                "最后那段结尾淡出",
                "ops=set_fade; c-1.m.fade_out>0",
            ),
            (
                "弄得高级一点",
                "ask",
            ),
            (
                "改成横屏的 店里电视要放",
                "ops=set_canvas; draft.width=1920; draft.height=1080; n=3",
            ),
        ],
    ),
    (
        "fresh54-robotics-team",
        [
            (
                "Hey, this is FRC Team 4512, we're putting together a sizzle reel for sponsor "
                "night. Generate a 5 s clip of a robot arm lifting a crate in a workshop.",
                "ops=generate_clip; n=1; c1.d=5000",
            ),
            (
                "Next: 3.0 seconds of a drivetrain close-up, mecanum wheels spinning on carpet.",
                "ops=generate_clip; order=arm,wheels; c2.d=3000",
            ),
            (
                "Clip 3, 4 s: the team celebrating in the stands at a competition.",
                "ops=generate_clip; order=arm,wheels,celebrating; c3.d=4000",
            ),
            (
                "Set clip 2 to 1.5x speed.",
                "ops=set_speed; c2.m.speed=1.5; c2.d=2000",
            ),
            (
                "Swap clips 1 and 3.",
                "ops=swap_clips; order=celebrating,wheels,arm",
            ),
            (
                "Trim the robot arm clip to 3250 ms.",
                "ops=trim; order=celebrating,wheels,arm; c3.d=3250",
            ),
            (
                "Add a 0.4 s crossfade between the wheels clip and the arm clip only. "
                "No other transitions.",
                "ops=set_transition; c3.m.xfade=400; c2.m.xfade=null",
            ),
            (
                "Add caption text 'Team 4512 // Ironclad Robotics' at the bottom, "
                "font size 64 px, color #1e90ff.",
                "ops=add_text; texts=1; t.txt=Team 4512 // Ironclad Robotics; "
                "t.m.position=bottom; t.m.size=64; t.m.color=#1e90ff",
            ),
            (
                "Can you make the robot in the last clip grab the crate with a claw instead of "
                "the arm?",
                "ask",
            ),
            (
                "Add cinematic background music at 40% volume with a 1.5 s fade-in.",
                "ops=add_music,set_fade; music=1; b.m.mood=cinematic; b.vol=0.4; b.m.fade_in=1500",
            ),
            (
                "Change the aspect ratio to 16:9, we're uploading it to our YouTube channel.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Undo the last 2 changes.",
                "ops=undo; music=0; draft.width=1080; draft.height=1920; texts=1",
            ),
            (
                "Redo 1 of those.",
                "ops=redo; music=1; b.vol=0.4; draft.width=1080",
            ),
            (
                "Can you make it look more, like, engineered? idk",
                "ask",
            ),
        ],
    ),
    (
        "fresh54-taipei-night-market",
        [
            (
                "哈喽大家～我在做夜市美食vlog欸！先帮我生成一个四秒的大肠包小肠在烤架上滋滋响的画面",
                "ops=generate_clip; n=1; c1.d=4000",
            ),
            (
                "超赞的说！再来一个三秒半的珍珠奶茶摇一摇",
                "ops=generate_clip; order=大肠,奶茶; c2.d=3500",
            ),
            (
                "还要一段六秒的士林夜市人潮，超热闹那种齁",
                "ops=generate_clip; order=大肠,奶茶,人潮; c3.d=6000",
            ),
            (
                "欸 人潮那段移到最前面啦 当开场",
                "ops=move_clip; order=人潮,大肠,奶茶",
            ),
            (
                "奶茶那个可以慢一点吗 0.5倍就好",
                "ops=set_speed; c3.m.speed=0.5; c3.d=7000; order=人潮,大肠,奶茶",
            ),
            (
                "然后把它剪成五秒就好",
                "ops=trim; c3.d=5000; order=人潮,大肠,奶茶",
            ),
            (
                "每段中间都加个转场 要超顺的那种",
                "ops=set_transition; c2.m.xfade>0; c3.m.xfade>0",
            ),
            (
                "可以让老板对着镜头比个赞吗 齁 拜托",
                "ask",
            ),
            (
                "加字幕「跟我一起吃爆士林！」",
                "ops=add_text; texts=1; t.txt~吃爆士林",
            ),
            (
                "字幕放到最上面 然后字大一点点",
                "ops=style_text; texts=1; t.m.position=top; t.m.size>106",
            ),
            (
                "配个lofi的背景音乐 轻松一点 音量百分之二十",
                "ops=add_music; music=1; b.m.mood=lofi; b.vol=0.2",
            ),
            (
                "音乐最后两秒淡出喔",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            (
                "直接帮我发到IG跟抖音的说",
                "ask",
            ),
        ],
    ),
    (
        "fresh54-welsh-walking-club",
        [
            (
                "Good evening. On behalf of the Brecon Ramblers I should like to prepare a short "
                "video of our spring walk. Item 1: please generate a clip of sheep grazing on a "
                "misty hillside, seven seconds in length.",
                "ops=generate_clip; n=1; c1.d=7000",
            ),
            (
                "Item 2: Please produce a further clip, four seconds, showing walkers climbing "
                "over a stone stile.",
                "ops=generate_clip; order=sheep,stile; c2.d=4000",
            ),
            (
                "Item 3: A clip of a waterfall in a wooded valley, five seconds in duration, "
                "to be placed between the two existing clips.",
                "ops=generate_clip; order=sheep,waterfall,stile; c2.d=5000",
            ),
            (
                "Item 4: The clip of the sheep is somewhat long. Please reduce it to four and a "
                "half seconds.",
                "ops=trim; order=sheep,waterfall,stile; c1.d=4500",
            ),
            (
                "Item 5: I should be grateful if the second clip were removed entirely.",
                "ops=delete_clip; order=sheep,stile",
            ),
            (
                "On reflection, the committee wishes to retain the waterfall after all. "
                "Kindly reverse the previous action.",
                "ops=undo; order=sheep,waterfall,stile; c1.d=4500",
            ),
            (
                "Item 6: Please move the stile clip so that it directly follows the sheep.",
                "order=sheep,stile,waterfall",
            ),
            (
                "Item 7: A title reading 'Brecon Ramblers: Spring Walk 2025', in the centre "
                "of the screen, for the first four seconds.",
                "ops=add_text; texts=1; t.txt=Brecon Ramblers: Spring Walk 2025; "
                "t.m.position=center; t.st=0; t.d=4000",
            ),
            (
                "Item 8: Calm background music, at a modest volume of fifteen per cent, if you "
                "would.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            (
                "Item 9: The video ought to fade gently to black at its close.",
                "c-1.m.fade_out>0; n=3",
            ),
            (
                "Item 10: Might the weather in the first clip be made rather sunnier? It was, in "
                "fact, a fine day.",
                "ask",
            ),
            (
                "Item 11: The finished film is to be shown on members' computer screens, so "
                "sixteen by nine, please.",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Item 12: Any other business. I leave that entirely to your discretion.",
                "ask",
            ),
        ],
    ),
]
