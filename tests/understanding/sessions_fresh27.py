"""Held-out set fresh27: a wedding photographer, a Qingdao seafood restaurant, a used-car dealer,
a Harbin ice-festival tourist, a choir director.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "wedding photographer (precise)",
        [
            (
                "Generate a 5-second clip of a bride and groom walking through a vineyard at golden hour.",
                "ops=generate_clip; n=1; order=vineyard; c1.d=5000",
            ),
            (
                "Generate a 3-second clip of wedding rings on a lace pillow.",
                "ops=generate_clip; n=2; order=vineyard,rings; c2.d=3000",
            ),
            (
                "Generate a 4-second clip of the first dance under string lights and place it at the start.",
                "ops=generate_clip; n=3; order=dance,vineyard,rings; c1.d=4000",
            ),
            (
                "Swap clip 2 and clip 3.",
                "ops=swap_clips; n=3; order=dance,rings,vineyard",
            ),
            (
                "Trim the vineyard clip to 3.5 seconds and add a 500 ms fade out to it.",
                "ops=trim,set_fade; order=dance,rings,vineyard; c3.d=3500; c3.m.fade_out=500",
            ),
            (
                "Add a title 'Emma & James' in the center, in gold.",
                "ops=add_text; texts=1; t.txt~Emma & James; t.m.position=center",
            ),
            (
                "Show the title from 1 second for 3 seconds.",
                "ops=time_text; texts=1; t.st=1000; t.d=3000",
            ),
            (
                "Color grade everything with a warm film look.",
                "ask",
            ),
            (
                "Add romantic music at 40% volume.",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.4",
            ),
            (
                "Set crossfades of 750 ms between the clips.",
                "ops=set_transition; n=3; c2.m.xfade=750; c3.m.xfade=750",
            ),
            (
                "Change the title text to 'Emma + James, 14.06.2025'.",
                "ops=edit_text; texts=1; t.txt~14.06.2025",
            ),
            (
                "Undo the last two changes.",
                "ops=undo; texts=1; t.txt~Emma & James; music=1; n=3",
            ),
        ],
    ),
    (
        "青岛海鲜馆（礼貌）",
        [
            (
                "您好，请帮我生成一个六秒的海边渔船靠岸的镜头",
                "ops=generate_clip; n=1; order=渔船; c1.d=6000",
            ),
            (
                "再生成一个蒜蓉扇贝的特写，三秒",
                "ops=generate_clip; n=2; order=渔船,扇贝; c2.d=3000",
            ),
            (
                "麻烦再来一段青岛啤酒碰杯，四秒",
                "ops=generate_clip; n=3; order=渔船,扇贝,啤酒; c3.d=4000",
            ),
            (
                "还要一个辣炒蛤蜊，两秒半，放在扇贝后面",
                "ops=generate_clip; n=4; order=渔船,扇贝,蛤蜊,啤酒; c3.d=2500",
            ),
            (
                "第一段太长了，请剪成四秒",
                "ops=trim; n=4; c1.d=4000; order=渔船,扇贝,蛤蜊,啤酒",
            ),
            (
                "那个扇贝的稍微放慢一点，0.5倍速",
                "ops=set_speed; c2.m.speed=0.5; c2.d=6000; order=渔船,扇贝,蛤蜊,啤酒",
            ),
            (
                "请加一个标题：老船长海鲜馆",
                "ops=add_text; texts=1; t.txt~老船长海鲜馆",
            ),
            (
                "标题请放在底部，字大一点",
                "ops=style_text; texts=1; t.m.position=bottom",
            ),
            (
                "能不能帮我把背景里走过的路人P掉？",
                "ask",
            ),
            (
                "加一段舒缓的背景音乐",
                "ops=add_music; music=1; b.m.mood=calm",
            ),
            (
                "请把啤酒那段移到最前面",
                "ops=move_clip; n=4; order=啤酒,渔船,扇贝,蛤蜊",
            ),
            (
                "现在时间线上有什么？",
                "ops=describe_timeline; n=4; texts=1; music=1",
            ),
        ],
    ),
    (
        "used-car dealer (pushy, typos)",
        [
            (
                "ok genrate a 5 sec clip of a shiny red pickup truck on the lot",
                "ops=generate_clip; n=1; order=pickup; c1.d=5000",
            ),
            (
                "now make one of a silver sedan interior, seven seconds",
                "ops=generate_clip; n=2; order=pickup,sedan; c2.d=7000",
            ),
            (
                "and a 3 second clip of keys being handed over to a happy customer",
                "ops=generate_clip; n=3; order=pickup,sedan,keys; c3.d=3000",
            ),
            (
                "the sedan one is waaay too long cut it to 4s",
                "ops=trim; n=3; c2.d=4000; order=pickup,sedan,keys",
            ),
            (
                "add text '0% APR THIS WEEKEND ONLY' at the bottom in yellow",
                "ops=add_text; texts=1; t.txt~APR THIS WEEKEND; t.m.position=bottom",
            ),
            (
                "make it bigger",
                "ops=style_text; texts=1; t.txt~APR THIS WEEKEND",
            ),
            (
                "make the truck look brand new, remove the scratches on the door",
                "ask",
            ),
            (
                "put the keys clip right after the truck",
                "ops=move_clip; n=3; order=pickup,keys,sedan",
            ),
            (
                "add a fade in to the first clip and fade out the last",
                "n=3; order=pickup,keys,sedan; c1.m.fade_in>0; c3.m.fade_out>0",
            ),
            (
                "cheesy rock music, volume 50%",
                "ops=add_music; music=1; b.vol=0.5",
            ),
            (
                "actually change it to something more cinematic and turn it down to 30%",
                "music=1; b.m.mood=cinematic; b.vol=0.3",
            ),
            (
                "delete the clip",
                "ask",
            ),
        ],
    ),
    (
        "哈尔滨冰雪节游客（兴奋，口语）",
        [
            (
                "帮我做一个冰雪大世界冰雕城堡的视频，十秒",
                "ops=generate_clip; n=1; order=城堡; c1.d=10000",
            ),
            (
                "再来一个中央大街夜景，五秒",
                "ops=generate_clip; n=2; order=城堡,中央大街; c2.d=5000",
            ),
            (
                "还要一个松花江上滑冰的镜头，三秒",
                "ops=generate_clip; n=3; order=城堡,中央大街,滑冰; c3.d=3000",
            ),
            (
                "城堡那段太长了，剪到六秒",
                "ops=trim; n=3; c1.d=6000; order=城堡,中央大街,滑冰",
            ),
            (
                "把它从中间切成两半",
                "ops=split_clip; n=4; order=城堡,城堡,中央大街,滑冰; c1.d=3000; c2.d=3000",
            ),
            (
                "第二段删掉",
                "ops=delete_clip; n=3; order=城堡,中央大街,滑冰; c1.d=3000",
            ),
            (
                "滑冰那个放到最前面",
                "ops=move_clip; n=3; order=滑冰,城堡,中央大街",
            ),
            (
                "加标题 哈尔滨我来啦",
                "ops=add_text; texts=1; t.txt~哈尔滨我来啦",
            ),
            (
                "标题改成蓝色的，加个弹出动画",
                "ops=style_text; texts=1; t.m.anim=pop",
            ),
            (
                "把我冻红的脸P得好看点呗",
                "ask",
            ),
            (
                "配个电影感的音乐，音量百分之三十",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.3",
            ),
            (
                "算了 音乐不要了",
                "ops=remove_music; music=0; n=3",
            ),
        ],
    ),
    (
        "choir director (formal)",
        [
            (
                "Please create an 8 second clip of a church choir singing in candlelight.",
                "ops=generate_clip; n=1; order=choir; c1.d=8000",
            ),
            (
                "Next, a 4 second shot of sheet music on a wooden stand.",
                "ops=generate_clip; n=2; order=choir,sheet; c2.d=4000",
            ),
            (
                "Then a five second clip of the conductor's hands, please.",
                "ops=generate_clip; n=3; order=choir,sheet,conductor; c3.d=5000",
            ),
            (
                "Place the conductor clip before the sheet music.",
                "ops=move_clip; n=3; order=choir,conductor,sheet",
            ),
            (
                "Make the whole video fifteen seconds long.",
                "ops=set_length; len=15000",
            ),
            (
                "Add the caption 'Winter Concert, December 14' at the bottom.",
                "ops=add_text; texts=1; t.txt~Winter Concert; t.m.position=bottom",
            ),
            (
                "Could you make the sopranos sing more in tune?",
                "ask",
            ),
            (
                "Add cinematic music quietly underneath, at 15% volume.",
                "ops=add_music; music=1; b.m.mood=cinematic; b.vol=0.15",
            ),
            (
                "Start the music at 2 seconds and fade it in.",
                "ops=time_music,set_fade; music=1; b.st=2000; b.m.fade_in>0",
            ),
            (
                "Please make the video square.",
                "ops=set_canvas; draft.height=1080; draft.width=1080",
            ),
            (
                "Undo that, please.",
                "ops=undo; draft.height=1920; draft.width=1080",
            ),
            (
                "Please show me what is on the timeline.",
                "ops=describe_timeline; n=3; music=1; texts=1",
            ),
        ],
    ),
]
