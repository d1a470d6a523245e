"""Blind set 37: Lisbon tram tours, Xiamen tea seller, physiotherapist, Chongqing snacks, gamer.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Lisbon tram tour company (EN, chatty, British spelling)",
        [
            (
                "Morning! We run tram tours round Lisbon and fancy a little promo. Could you "
                "generate a 4 second clip of a yellow tram climbing a steep cobbled street?",
                "ops=generate_clip; n=1; order=tram; c1.d=4000",
            ),
            (
                "Lovely. Next, a clip of the sunset over the river Tagus, about six seconds please",
                "ops=generate_clip; order=tram,tagus; c2.d=6000",
            ),
            (
                "And one of the old rooftops at dusk, five seconds is plenty",
                "ops=generate_clip; order=tram,tagus,rooftops; c3.d=5000",
            ),
            (
                "Actually I'd rather open with the rooftops - pop that one at the very "
                "beginning, would you?",
                "ops=move_clip; order=rooftops,tram,tagus",
            ),
            (
                "The tram bit drags a touch, could you trim it down to three seconds?",
                "ops=trim; order=rooftops,tram,tagus; c2.d=3000",
            ),
            (
                "Slow the sunset down to half speed, it's rather gorgeous",
                "ops=set_speed; c3.m.speed=0.5; c3.d=12000",
            ),
            (
                "Could we have soft crossfades between all the clips, half a second each?",
                "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500",
            ),
            (
                "Brilliant. Now put a title 'Lisbon by Tram' at the top",
                "ops=add_text; texts=1; t.txt~Lisbon by Tram; t.m.position=top",
            ),
            (
                "Right, some cheerful, upbeat music underneath would be grand - about 30 per "
                "cent volume",
                "ops=add_music; music=1; b.vol=0.3; b.m.mood=upbeat",
            ),
            (
                "Is there any way to repaint the tram in the second clip red? Ours have had a "
                "new livery this year.",
                "ask",
            ),
            (
                "Could the music fade out gently over the last two seconds?",
                "ops=set_fade; b.m.fade_out=2000",
            ),
            (
                "Hmm, let's try it landscape, 16:9, for our website",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
            (
                "Ooh, no, undo that last change please",
                "ops=undo; draft.width=1080; draft.height=1920; order=rooftops,tram,tagus",
            ),
        ],
    ),
    (
        "Xiamen tea-leaf seller (ZH, brisk, some typos)",
        [
            ("生成一段4秒的茶园云雾镜头", "ops=generate_clip; n=1; order=茶园; c1.d=4000"),
            (
                "再来一段炒茶的，手在锅里翻茶页，5秒",
                "ops=generate_clip; order=茶园,炒茶; c2.d=5000",
            ),
            (
                "还要一段茶楼里泡功夫茶的，两秒半",
                "ops=generate_clip; order=茶园,炒茶,茶楼; c3.d=2500",
            ),
            ("茶楼那段放到最前面", "ops=move_clip; order=茶楼,茶园,炒茶"),
            ("第二段剪到3秒", "ops=trim; order=茶楼,茶园,炒茶; c2.d=3000"),
            ("炒茶那段加快一倍", "ops=set_speed; c3.m.speed=2; c3.d=2500"),
            (
                "加个标题 厦门好茶 放上面",
                "ops=add_text; texts=1; t.txt~厦门好茶; t.m.position=top",
            ),
            ("标题改成 厦门铁观音", "ops=edit_text; texts=1; t.txt~厦门铁观音"),
            (
                "配点安静的音乐，音量百分之二十",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2",
            ),
            ("把茶楼那段里的茶杯换成玻璃杯的", "ask"),
            ("最后一段淡出1秒", "ops=set_fade; c3.m.fade_out=1000"),
            ("改成正方形得", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            ("音乐换成欢快点的", "ops=replace_music; music=1; b.m.mood=upbeat"),
        ],
    ),
    (
        "physiotherapist exercise short (EN, precise, numbers in words)",
        [
            (
                "Good afternoon. Please generate a clip of a woman doing a seated hamstring "
                "stretch, eight seconds long.",
                "ops=generate_clip; n=1; order=hamstring; c1.d=8000",
            ),
            (
                "Next, a clip of a slow wall squat, six seconds.",
                "ops=generate_clip; order=hamstring,squat; c2.d=6000",
            ),
            (
                "Then a clip of a resistance band shoulder rotation, lasting ten seconds.",
                "ops=generate_clip; order=hamstring,squat,shoulder; c3.d=10000",
            ),
            (
                "Please place the shoulder exercise directly after the hamstring stretch.",
                "ops=move_clip; order=hamstring,shoulder,squat",
            ),
            (
                "Shorten the squat clip to four and a half seconds.",
                "ops=trim; order=hamstring,shoulder,squat; c3.d=4500",
            ),
            (
                "Play the second clip at half speed, please; patients need to see the "
                "movement clearly.",
                "ops=set_speed; c2.m.speed=0.5; c2.d=20000",
            ),
            (
                "Add the caption 'Keep your back straight' at the bottom.",
                "ops=add_text; texts=1; t.txt~Keep your back straight; t.m.position=bottom",
            ),
            (
                "Show that caption only for the first five seconds.",
                "ops=time_text; texts=1; t.st=0; t.d=5000",
            ),
            (
                "Make the caption text white and a little larger.",
                "ops=style_text; texts=1; t.m.size>0",
            ),
            (
                "Add calm background music at fifteen percent volume.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            ("Please delete the plank exercise clip.", "ask"),
            (
                "Fade in the first clip over one second and fade out the last clip over two "
                "seconds.",
                "ops=set_fade,set_fade; c1.m.fade_in=1000; c3.m.fade_out=2000",
            ),
            (
                "Please remove the music entirely; the clinic prefers silence.",
                "ops=remove_music; music=0; n=3",
            ),
        ],
    ),
    (
        "Chongqing night-market snack stall (ZH, very short messages)",
        [
            ("生成 烤串 3秒", "ops=generate_clip; n=1; order=烤串; c1.d=3000"),
            ("再来个 酸辣粉 4秒", "ops=generate_clip; order=烤串,酸辣粉; c2.d=4000"),
            ("还要个夜市灯笼 5秒", "ops=generate_clip; order=烤串,酸辣粉,夜市; c3.d=5000"),
            ("酸辣粉放最前", "ops=move_clip; order=酸辣粉,烤串,夜市"),
            ("它慢点 0.5倍", "ops=set_speed; c1.m.speed=0.5; c1.d=8000"),
            ("太长了 剪到6秒", "ops=trim; order=酸辣粉,烤串,夜市; c1.d=6000"),
            ("加标题 重庆味道", "ops=add_text; texts=1; t.txt~重庆味道"),
            ("字放底下 红色", "ops=style_text; t.m.position=bottom"),
            ("加音乐 热闹点", "ops=add_music; music=1; b.m.mood=upbeat"),
            ("弄好看点", "ask"),
            ("音乐小声点 百分之二十", "ops=set_volume; b.vol=0.2"),
            ("撤销", "ops=undo; music=1; b.vol=0.35"),
            ("转场 0.5秒", "ops=set_transition; c2.m.xfade=500; c3.m.xfade=500"),
        ],
    ),
    (
        "teenage gamer montage intro (EN, slang, lowercase, no punctuation)",
        [
            (
                "yo make a 3 sec clip of a neon city skyline at night",
                "ops=generate_clip; n=1; order=skyline; c1.d=3000",
            ),
            (
                "now one of a spaceship flying thru an asteroid field like 4 secs",
                "ops=generate_clip; order=skyline,spaceship; c2.d=4000",
            ),
            (
                "and a lava volcano erupting 2 secs",
                "ops=generate_clip; order=skyline,spaceship,volcano; c3.d=2000",
            ),
            ("upload:clan_logo.png", ""),
            (
                "animate the logo slow zoom in 3 seconds",
                "ops=animate_image; n=4; c4.m.motion=zoom_in; c4.d=3000",
            ),
            (
                "put the logo thing first",
                "ops=move_clip; n=4; c1.m.motion=zoom_in; c1.d=3000; c2.d=3000",
            ),
            (
                "swap the spaceship and the volcano",
                "ops=swap_clips; n=4; c3.d=2000; c4.d=4000",
            ),
            ("speed up the skyline 2x", "ops=set_speed; c2.m.speed=2; c2.d=1500"),
            (
                "slap a title GG EZ in the middle",
                "ops=add_text; texts=1; t.txt~GG EZ; t.m.position=center",
            ),
            ("title should pop in", "ops=style_text; texts=1; t.m.anim=pop"),
            (
                "add some hype music like 40 percent",
                "ops=add_music; music=1; b.vol=0.4; b.m.mood=upbeat",
            ),
            ("can u make my character do a backflip in the volcano clip", "ask"),
            (
                "wait make it 16 9 for youtube",
                "ops=set_canvas; draft.width=1920; draft.height=1080",
            ),
        ],
    ),
]
