"""Development sessions: the phrasings the planner was tuned against (see corpus.py for checks).

Every session starts on an empty 180x320 draft. Clip lengths are kept short (1–3 s) only
because people's own numbers were chosen small here; the phrasing is theirs.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "beach day",
        [
            ("generate a 2 second clip of waves on a beach", "ops=generate_clip; order=beach"),
            (
                "now a 2-second clip of a lighthouse at dusk",
                "ops=generate_clip; order=beach,lighthouse",
            ),
            (
                "and then a 1 s clip of seagulls right after the beach one",
                "ops=generate_clip; order=beach,seagull,lighthouse",
            ),
            ("remove the lighthouse one", "ops=delete_clip; order=beach,seagull"),
            ("put the lighthouse clip first", "ask"),
            ("make the seagulls clip twice as fast", "ops=set_speed; c2.m.speed=2"),
            ("undo that", "ops=undo; n=2"),
            ("what's on the timeline right now?", "ops=describe_timeline; n=2"),
        ],
    ),
    (
        "city night",
        [
            ("make a 3 second video of a city street at night", "ops=generate_clip; order=city"),
            (
                "generate a 2-second clip of a sunset over the hills and put it before the city one",
                "ops=generate_clip; order=sunset,city",
            ),
            (
                "now generate a 1 second clip of a neon sign and put it after the sunset",
                "ops=generate_clip; order=sunset,neon,city",
            ),
            ("trim the city clip to one and a half seconds", "ops=trim; c3.d=1500"),
            ("swap the first and last clips", "ops=swap_clips; order=city,neon,sunset"),
            ("delete the fireworks one", "ask"),
            ("fade out the last clip", "ops=set_fade; c3.m.fade_out>0"),
        ],
    ),
    (
        "a title on the mountain",
        [
            (
                "generate a 3 second clip of a mountain landscape",
                "ops=generate_clip; c1.m.prompt=mountain landscape; draft.width=1080",
            ),
            ("add a title 'Summit' for the first 2 seconds", "ops=add_text; t.txt=Summit"),
            ("make the title bigger and put it at the top", "t.m.position=top; t.m.size>0"),
            ("change the title to 'Peak'", "ops=edit_text; t.txt=Peak"),
            ("make it yellow", "ops=style_text; t.m.color=#ffcc00"),
            ("remove the title", "ops=remove_text; texts=0"),
        ],
    ),
    (
        "numbers in words",
        [
            ("generate a four second clip of rain on a window", "ops=generate_clip; c1.d=4000"),
            ("cut it to two and a half seconds", "ops=trim; c1.d=2500"),
            ("slow it down to half speed", "ops=set_speed; c1.m.speed=0.5"),
            ("add a one second fade in at the start", "ops=set_fade; c1.m.fade_in=1000"),
            ("set the whole video to three seconds", "ops=set_length; c1.d=3000"),
        ],
    ),
    (
        "海边",
        [
            ("生成一个2秒的海边日落视频", "ops=generate_clip; order=日落"),
            ("再生成一个两秒的森林视频", "ops=generate_clip; order=日落,森林"),
            ("把森林那段放到最前面", "ops=move_clip; order=森林,日落"),
            ("把第二个片段剪到一秒半", "ops=trim; c2.d=1500"),
            ("删除灯塔那个片段", "ask"),
            ("把它静音", "ops=set_volume; c2.vol=0"),
            ("加上轻松的背景音乐，音量百分之二十", "ops=add_music; b.vol=0.2"),
            ("撤销", "ops=undo; music=0"),
        ],
    ),
    (
        "雪山",
        [
            ("生成一个3秒的视频，内容是雪山和湖泊", "ops=generate_clip; c1.m.prompt=雪山和湖泊"),
            ("加一个标题“冬天”", "ops=add_text; t.txt=冬天"),
            ("标题改成红色", "ops=style_text; t.m.color=#ff3b30"),
            ("把标题放到顶部", "ops=style_text; t.m.position=top"),
            ("把视频时长改为两秒", "ops=set_length; c1.d=2000"),
            ("随便弄弄", "ask"),
            ("时间线里有什么", "ops=describe_timeline"),
        ],
    ),
    (
        "vague asks",
        [
            ("generate a 2 second clip of a forest", "ops=generate_clip; n=1"),
            ("make it better", "ask"),
            ("hmm", "ask"),
            ("do the thing", "ask"),
            ("can you make it pop?", "ask"),
            ("trim it to 1 second", "ops=trim; c1.d=1000"),
        ],
    ),
    (
        "a photo",
        [
            ("upload:beach.png", ""),
            ("animate it with a slow zoom", "ops=animate_image; n=1; c1.m.motion~zoom"),
            ("make it 3 seconds", "ops=trim; c1.d=3000"),
            ("add a caption 'Day one' at the bottom", "ops=add_text; t.txt=Day one"),
            ("upload:dog.png", ""),
            (
                "animate the new photo panning left to right and put it at the start",
                "ops=animate_image; n=2; c1.m.motion=pan_right",
            ),
        ],
    ),
    (
        "order words",
        [
            (
                "make three 1 second clips: one of a red barn, one of a wheat field and one of a tractor",
                "ops=generate_clip,generate_clip,generate_clip; n=3",
            ),
            ("delete the second one", "ops=delete_clip; n=2; order=barn,tractor"),
            ("make the last clip 2x faster", "ops=set_speed; c2.m.speed=2"),
            ("clip one should be half a second long", "ops=trim; c1.d=500"),
            ("swap clip 1 and clip 2", "ops=swap_clips; order=tractor,barn"),
            ("move the tractor one to the end", "ops=move_clip; order=barn,tractor"),
            ("move the barn clip to the end", "ops=move_clip; order=tractor,barn"),
            ("delete clip 5", "ask"),
        ],
    ),
    (
        "pronouns",
        [
            ("generate a 2 second clip of a waterfall in a jungle", "ops=generate_clip; n=1"),
            ("slow it down", "ops=set_speed; c1.m.speed=0.5"),
            ("actually make it normal speed", "ops=set_speed; c1.m.speed=1"),
            ("mute it", "ops=set_volume; c1.vol=0"),
            ("generate a 1 second clip of a parrot", "ops=generate_clip; order=waterfall,parrot"),
            ("put it before the waterfall", "ops=move_clip; order=parrot,waterfall"),
            ("now fade it in", "ops=set_fade; c1.m.fade_in>0"),
            ("duplicate it", "ops=loop; n=3"),
        ],
    ),
    (
        "music session",
        [
            ("generate a 2 second clip of a campfire at night", "ops=generate_clip"),
            ("add some calm background music", "ops=add_music; music=1"),
            ("turn the music down to 20 percent", "ops=set_volume; b.vol=0.2"),
            ("fade the music out at the end", "ops=set_fade; b.m.fade_out>0"),
            (
                "actually swap the music for something more upbeat",
                "ops=replace_music; b.m.mood=upbeat",
            ),
            ("remove the music", "ops=remove_music; music=0"),
            ("undo", "ops=undo; music=1"),
            ("redo", "ops=redo; music=0"),
        ],
    ),
    (
        "音乐",
        [
            ("生成一个两秒的篝火视频", "ops=generate_clip"),
            ("加一段欢快的背景音乐", "ops=add_music; b.m.mood=upbeat"),
            ("背景音乐音量调到百分之三十", "ops=set_volume; b.vol=0.3"),
            ("音乐从第1秒开始", "ops=time_music; b.st=1000"),
            ("去掉背景音乐", "ops=remove_music; music=0"),
        ],
    ),
    (
        "trims with numbers",
        [
            ("create a 3-second clip of a busy harbor", "ops=generate_clip; c1.d=3000"),
            ("cut the first half second", "ops=trim; c1.d=2500"),
            ("trim it to two seconds", "ops=trim; c1.d=2000"),
            ("split it in the middle", "ops=split_clip; n=2; c1.d=1000"),
            ("delete the second part", "ops=delete_clip; n=1"),
            ("generate a 3 second clip of a train crossing a bridge", "ops=generate_clip; n=2"),
            ("keep only from 0.5s to 2.5s of the train clip", "ops=trim; c2.d=2000"),
        ],
    ),
    (
        "片段操作",
        [
            ("生成三个1秒的片段，分别是草原、海浪和城市", "n=3"),
            ("删除第二个片段", "ops=delete_clip; n=2"),
            ("把最后一个片段加速到两倍", "ops=set_speed; c2.m.speed=2"),
            ("交换第一个和第二个片段", "ops=swap_clips"),
            ("把第一个片段的前半秒剪掉", "ops=trim; c1.d<1000"),
            ("在片段之间加转场", "ops=set_transition; c2.m.xfade>0"),
            ("结尾淡出", "ops=set_fade; c2.m.fade_out>0"),
        ],
    ),
    (
        "text session",
        [
            ("generate a 3 second clip of a quiet library", "ops=generate_clip"),
            (
                'put a caption that says "Study hard" at the bottom',
                "ops=add_text; t.txt=Study hard; t.m.position=bottom",
            ),
            ("make the caption white", "ops=style_text; t.m.color=#ffffff"),
            ("show it only for the last 2 seconds", "ops=time_text; t.d=2000"),
            ("add a title 'Finals' for the first second", "ops=add_text; texts=2; t.txt=Finals"),
            ("make the title red", "ops=style_text; t.m.color=#ff3b30"),
            ("delete the caption", "ops=remove_text; texts=1"),
        ],
    ),
    (
        "文字",
        [
            ("生成一个3秒的咖啡馆视频", "ops=generate_clip"),
            ("加个字幕：早安", "ops=add_text; t.txt=早安"),
            ("把字幕改成黄色", "ops=style_text; t.m.color=#ffcc00"),
            ("字幕放大一点", "ops=style_text; t.m.size>0"),
            ("把字幕改成“晚安”", "ops=edit_text; t.txt=晚安"),
            ("删掉字幕", "ops=remove_text; texts=0"),
        ],
    ),
    (
        "canvas",
        [
            ("generate a 1 second clip of a skateboarder", "ops=generate_clip"),
            ("make it square", "ops=set_canvas; draft.width=1080; draft.height=1080"),
            ("actually go back to vertical", "ops=set_canvas; draft.height>1080"),
            ("make the video loop three times", "ops=loop; n=3"),
            ("what do I have so far", "ops=describe_timeline; n=3"),
        ],
    ),
    (
        "vague and odd",
        [
            ("generate a 1 second clip of a snowy street", "ops=generate_clip"),
            ("make it more cinematic", "ask"),
            ("I don't like it", "ask"),
            ("whatever you think", "ask"),
            ("add some stickers", "ask"),
            ("put a filter on it", "ask"),
            ("change it", "ask"),
            ("这个不好看", "ask"),
            ("帮我优化一下", "ask"),
            ("lol", "ask"),
        ],
    ),
    (
        "missing references",
        [
            ("generate a 1 second clip of a cat sleeping", "ops=generate_clip"),
            ("generate a 1 second clip of a dog running", "ops=generate_clip; n=2"),
            ("delete the horse one", "ask"),
            ("move the bird clip to the start", "ask"),
            ("put the cat clip after the dog one", "ops=move_clip; order=dog,cat"),
            ("remove the dog", "ops=delete_clip; order=cat"),
            ("删除马的那个片段", "ask"),
            ("trim the elephant clip to 1 second", "ask"),
        ],
    ),
    (
        "the issue's own session",
        [
            (
                "generate a 2-second clip of a sunset over the sea",
                "ops=generate_clip; order=sunset",
            ),
            (
                "now generate a 1-second clip of a city street at night and put it after the sunset",
                "ops=generate_clip; order=sunset,city",
            ),
            (
                "and then a 1 s clip of a lighthouse right after it",
                "ops=generate_clip; order=sunset,city,lighthouse",
            ),
            ("add a title 'Coast' for the first second", "ops=add_text"),
            ("make the title bigger and put it at the top", "t.m.position=top"),
            ("cut it to three and a half seconds", "ops=set_length; len=3500"),
            ("remove the lighthouse one", "ops=delete_clip; n=2"),
            ("put the lighthouse clip first", "ask"),
        ],
    ),
    (
        "ranges and halves",
        [
            (
                "generate an eight second clip of a river through a canyon",
                "ops=generate_clip; c1.d=8000",
            ),
            ("keep only from 1.5s to 4s", "ops=trim; c1.d=2500"),
            ("make it eight and a half seconds", "ops=trim; c1.d=8500"),
            ("speed it up by 50%", "ops=set_speed; c1.m.speed=1.5"),
            ("split it at 2 seconds", "ops=split_clip; n=2; c1.d=2000"),
            ("delete the first clip", "ops=delete_clip; n=1"),
        ],
    ),
    (
        "中文数字",
        [
            ("生成一个五秒的瀑布视频", "ops=generate_clip; c1.d=5000"),
            ("把它剪到两秒半", "ops=trim; c1.d=2500"),
            ("再生成一个一秒的彩虹视频，放到瀑布前面", "ops=generate_clip; order=彩虹,瀑布"),
            ("把彩虹那段的速度调成一半", "ops=set_speed; c1.m.speed=0.5"),
            ("把瀑布那个片段的音量降低百分之五十", "ops=set_volume; c2.vol=0.5"),
            ("总时长改成三秒", "ops=set_length"),
        ],
    ),
    (
        "kinds",
        [
            ("generate a 2 second clip of a bakery window", "ops=generate_clip"),
            ("add upbeat music", "ops=add_music"),
            ("add a title 'Fresh Bread' at the top", "ops=add_text; t.m.position=top"),
            ("make the music quieter", "ops=set_volume; b.vol<0.35"),
            ("move the title to the bottom", "ops=style_text; t.m.position=bottom"),
            ("fade the music in", "ops=set_fade; b.m.fade_in>0"),
            ("start the music at 1 second", "ops=time_music; b.st=1000"),
            ("lose the title", "ops=remove_text; texts=0"),
        ],
    ),
    (
        "relative moves",
        [
            (
                "make four 1 second clips, one of a lake, one of a pier, one of a boat and one of a gull",
                "n=4",
            ),
            ("move the boat one before the lake", "ops=move_clip; order=boat,lake,pier,gull"),
            ("put the gull clip right after the boat", "ops=move_clip; order=boat,gull,lake,pier"),
            ("move clip 4 to the start", "ops=move_clip; order=pier,boat,gull,lake"),
            ("move the lake to the front", "ops=move_clip; order=lake,pier,boat,gull"),
            (
                "put the pier after the second to last clip",
                "ops=move_clip; order=lake,boat,pier,gull",
            ),
            ("move it to the beginning", "ops=move_clip; order=pier,lake,boat,gull"),
            ("put the submarine after the lake", "ask"),
        ],
    ),
    (
        "移动",
        [
            ("生成三个1秒的视频，分别是沙漠、骆驼和绿洲", "n=3"),
            ("把绿洲那段移到最前面", "ops=move_clip; order=绿洲,沙漠,骆驼"),
            ("把骆驼放在沙漠前面", "ops=move_clip; order=绿洲,骆驼,沙漠"),
            ("把第一个片段移到最后", "ops=move_clip; order=骆驼,沙漠,绿洲"),
            ("删除企鹅那段", "ask"),
            ("删掉骆驼的片段", "ops=delete_clip; order=沙漠,绿洲"),
        ],
    ),
]
