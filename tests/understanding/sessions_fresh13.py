"""Fresh held-out set 13: written without reading the engine's understanding code.

A food bank, a cat owner, a student's travel vlog (Chinese), a DJ and a hiker who types
fast and misspells, each typing the way such a person does. Only the scorer
(scripts/score_sessions.py) runs it.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

NONPROFIT: Session = (
    "nonprofit_appeal",
    [
        (
            "We're a food bank. Please generate a 4-second clip of volunteers packing boxes "
            "of vegetables.",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~volunteers",
        ),
        (
            "Add 3 seconds of a delivery van driving down a snowy road before it",
            "ops=generate_clip; n=2; c1.d=3000; order=van,volunteers",
        ),
        (
            "And a 4 second shot of a family at a dinner table at the end",
            "ops=generate_clip; n=3; c3.d=4000; order=van,volunteers,family",
        ),
        (
            "Make the volunteer clip 1.5 seconds longer",
            "ops=trim; c2.d=5500; order=van,volunteers,family",
        ),
        (
            "Caption from 1.5s to 4s: 'Every box feeds a family of four'",
            "ops=add_text; texts=1; t.txt~every box feeds; t.st=1500; t.d=2500",
        ),
        (
            "Switch it to YouTube format",
            "ops=set_canvas; draft.width=1920; draft.height=1080",
        ),
        ("Show the full picture, don't crop", "ops=set_fit"),
        ("Music: hopeful but not cheesy", "ops=add_music; music=1"),
        ("Start the music at 3 seconds", "music=1; b.st=3000"),
        ("Could you put in our donation link as a clickable button?", "ask"),
        ("Delete the one with the puppy", "ask"),
    ],
)

PET: Session = (
    "pet_owner",
    [
        (
            "my cat Biscuit is the best 😻 make a 3 second clip of an orange cat napping in a "
            "sunbeam",
            "ops=generate_clip; n=1; c1.d=3000; c1.m.prompt~cat",
        ),
        (
            "now one of him chasing a laser dot, 3 s",
            "ops=generate_clip; n=2; c2.d=3000; order=sunbeam,laser",
        ),
        (
            "and one more of a cat knocking a glass off a table lol, four seconds",
            "ops=generate_clip; n=3; c3.d=4000; order=sunbeam,laser,glass",
        ),
        ("the laser one should be last", "ops=move_clip; order=sunbeam,glass,laser"),
        ("make it twice as fast", "ops=set_speed; c3.m.speed=2; c3.d=1500"),
        (
            "put 'Biscuit: A Documentary' on the first clip",
            "ops=add_text; texts=1; t.txt~a documentary; t.st=0; t.d=3000",
        ),
        ("ooh make that white with a pop", "ops=style_text; texts=1; t.m.anim=pop"),
        ("sad violin music for the glass part 😂", "ops=add_music; music=1; b.m.mood=sad"),
        ("lower the music to 15%", "music=1; b.vol=0.15"),
        ("can you make biscuit talk", "ask"),
        ("wait which clips do i have", "ops=describe_timeline"),
    ],
)

VLOG_ZH: Session = (
    "student_vlog_zh",
    [
        ("生成一段五秒的视频：西湖边的柳树", "ops=generate_clip; n=1; c1.d=5000; c1.m.prompt~柳树"),
        ("再生成一个三秒的，雷峰塔", "ops=generate_clip; n=2; c2.d=3000; c2.m.prompt~雷峰塔"),
        ("再来一个跟刚才一样的", "ops=generate_clip; n=3; c3.m.prompt~雷峰塔"),
        ("删掉最后一个", "ops=delete_clip; n=2; order=柳树,雷峰塔"),
        ("第一个剪到一点五秒", "ops=trim; c1.d=1500; order=柳树,雷峰塔"),
        ("把两个片段调换一下", "ops=swap_clips; order=雷峰塔,柳树"),
        ("改成横屏", "ops=set_canvas; draft.width>1080; draft.height<1920"),
        (
            "加个标题“杭州一日游”，放在中间",
            "texts=1; t.txt~杭州一日游; t.m.position=center",
        ),
        ("标题大一点", "ops=style_text; texts=1; t.m.size>12"),
        ("配个浪漫的音乐", "ops=add_music; music=1; b.m.mood=romantic"),
        ("音乐最后三秒淡出", "music=1; b.m.fade_out=3000"),
        ("帮我加个美颜", "ask"),
        ("撤销", "ops=undo; music=1; texts=1"),
    ],
)

DJ: Session = (
    "dj_set",
    [
        (
            "4s clip: turntables under purple lights",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~turntable",
        ),
        (
            "4s: hands in the air on a packed dance floor",
            "ops=generate_clip; n=2; c2.d=4000; order=turntable,dance",
        ),
        ("2s: laser beams", "ops=generate_clip; n=3; c3.d=2000; order=turntable,dance,laser"),
        (
            "split the dance floor clip in two",
            "ops=split_clip; n=4; c2.d=2000; c3.d=2000; order=turntable,dance,dance,laser",
        ),
        (
            "move the lasers between the two halves",
            "ops=move_clip; order=turntable,dance,laser,dance",
        ),
        ("upbeat track", "ops=add_music; music=1; b.m.mood=upbeat"),
        ("music 80%", "music=1; b.vol=0.8"),
        ("loop the music", "music=1; b.m.loop=true"),
        ("fade everything out over the last second", "c-1.m.fade_out=1000"),
        ("drop the bass at 3 seconds", "ask"),
        ("swap the first and last", "ops=swap_clips; order=dance,dance,laser,turntable"),
        ("what's the length now", "ops=describe_timeline"),
    ],
)

HIKER: Session = (
    "hiker_typos",
    [
        (
            "mak a clip of a trial through pine trees at dawn, 4 seconds",
            "ops=generate_clip; n=1; c1.d=4000; c1.m.prompt~pine",
        ),
        ("now a waterfal, 3 secs", "ops=generate_clip; n=2; c2.d=3000; order=pine,waterfal"),
        (
            "an a campfire at nite 3 sec",
            "ops=generate_clip; n=3; c3.d=3000; order=pine,waterfal,campfire",
        ),
        ("put the campfire befor the waterfall", "ops=move_clip; order=pine,campfire,waterfal"),
        ("the pine one shud be 3 sec", "ops=trim; c1.d=3000; order=pine,campfire,waterfal"),
        ("make the waterfal one slower", "ops=set_speed; c3.m.speed<1"),
        ("title 'Trail Diary day 3'", "ops=add_text; texts=1; t.txt~trail diary"),
        ("can u time the title for the 1st 2 secs", "texts=1; t.st=0; t.d=2000"),
        ("some cinamatic music", "ops=add_music; music=1; b.m.mood=cinematic"),
        ("lower the musik a bit", "ops=set_volume; music=1"),
        ("delete the bear clip", "ask"),
        ("make it more epic", "ask"),
    ],
)

SESSIONS: list[Session] = [NONPROFIT, PET, VLOG_ZH, DJ, HIKER]
