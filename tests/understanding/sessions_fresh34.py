"""Blind set 34: Brighton vintage shop, Chengdu panda guide, chemistry teacher, Hangzhou
wedding planner, BMX rider.

Written without reading the engine's understanding code or the other sets; see corpus.py for
the step format and the checks.
"""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = [
    (
        "Brighton vintage clothing shop (EN, chatty)",
        [
            (
                "hiya! so I run a little vintage clothes shop in the Lanes and I want a quick "
                "promo. can you make a 4 second clip of a rail of old denim jackets first?",
                "ops=generate_clip; order=denim; c1.d=4000",
            ),
            (
                "lovely!! next can you make one of Brighton pier at sunset, about six seconds",
                "ops=generate_clip; order=denim,pier; c2.d=6000",
            ),
            (
                "ooh and can you do one more of colourful silk scarves blowing about, "
                "two and a half seconds?",
                "ops=generate_clip; order=denim,pier,scarves; c3.d=2500",
            ),
            (
                "actually I reckon the pier should open it, can you stick the pier one at the "
                "very start?",
                "ops=move_clip; order=pier,denim,scarves",
            ),
            (
                "and put the scarves right after the pier",
                "ops=move_clip; order=pier,scarves,denim",
            ),
            (
                "the denim one feels a bit long now, can you trim it down to 3 seconds?",
                "ops=trim; order=pier,scarves,denim; c3.d=3000",
            ),
            (
                "and the pier one in slow-mo please, like half speed",
                "ops=set_speed; c1.m.speed=0.5; c1.d=12000",
            ),
            (
                'pop a title at the top saying "Lanes Vintage - open Sundays"',
                "ops=add_text; texts=1; t.txt~Lanes Vintage; t.m.position=top",
            ),
            (
                "could the title be a bit bigger? it's kinda lost up there",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "add some upbeat music but not too loud, like 25%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.25",
            ),
            (
                "can you make the girl in the scarf clip wear a red hat instead? would be so cute",
                "ask",
            ),
            (
                "fade the music out at the end yeah",
                "ops=set_fade; music=1; b.m.fade_out>0",
            ),
            (
                "ahh actually undo that, I liked it just stopping",
                "ops=undo; music=1; b.m.fade_out=null; n=3",
            ),
        ],
    ),
    (
        "Chengdu panda-base tour guide (ZH, terse)",
        [
            ("生成一段4秒的熊猫吃竹子", "ops=generate_clip; order=熊猫; c1.d=4000"),
            ("再生成一段幼崽爬树的，3秒", "ops=generate_clip; order=熊猫,幼崽; c2.d=3000"),
            (
                "再来一段大门口游客排队，两秒半",
                "ops=generate_clip; order=熊猫,幼崽,游客; c3.d=2500",
            ),
            ("排队那段放最前面", "ops=move_clip; order=游客,熊猫,幼崽"),
            ("第二段剪到3秒", "ops=trim; order=游客,熊猫,幼崽; c2.d=3000"),
            ("幼崽那段放慢，0.5倍", "ops=set_speed; c3.m.speed=0.5; c3.d=6000"),
            ("加转场", "ops=set_transition; n=3; c2.m.xfade>0; c3.m.xfade>0"),
            (
                "加个标题“熊猫基地一日游”，放顶部",
                "ops=add_text; texts=1; t.txt~熊猫基地一日游; t.m.position=top",
            ),
            ("字大点", "ops=style_text; texts=1; t.m.size>106"),
            ("让熊猫对着镜头挥手", "ask"),
            ("配舒缓音乐，音量20%", "ops=add_music; music=1; b.m.mood=calm; b.vol=0.2"),
            ("改横屏", "ops=set_canvas; draft.width=1920; draft.height=1080"),
            ("撤销", "ops=undo; draft.width=1080; draft.height=1920; n=3"),
        ],
    ),
    (
        "high-school chemistry teacher, lab-safety short (EN, formal)",
        [
            (
                "Good afternoon. Please generate a five-second clip of a student putting on "
                "safety goggles in a school laboratory.",
                "ops=generate_clip; order=goggles; c1.d=5000",
            ),
            (
                "Next, I would like a clip of a Bunsen burner being lit, lasting four seconds.",
                "ops=generate_clip; order=goggles,bunsen; c2.d=4000",
            ),
            (
                "Thirdly, please create a clip of a chemical spill being wiped up with paper "
                "towels, 6 seconds in duration.",
                "ops=generate_clip; order=goggles,bunsen,spill; c3.d=6000",
            ),
            (
                "Finally, please generate a three-second shot of a fire extinguisher mounted "
                "on the wall.",
                "ops=generate_clip; order=goggles,bunsen,spill,extinguisher; c4.d=3000",
            ),
            (
                "On reflection, the fire extinguisher ought to come directly after the "
                "goggles clip.",
                "ops=move_clip; order=goggles,extinguisher,bunsen,spill",
            ),
            (
                "Would you kindly shorten the spill clip to four and a half seconds?",
                "ops=trim; order=goggles,extinguisher,bunsen,spill; c4.d=4500",
            ),
            (
                "The Bunsen burner clip drags somewhat. Could you play it at double speed?",
                "ops=set_speed; c3.m.speed=2; c3.d=2000",
            ),
            (
                'Please add a caption at the bottom reading "Always wear eye protection".',
                "ops=add_text; texts=1; t.txt~eye protection; t.m.position=bottom",
            ),
            (
                "Please make the caption text yellow so that it stands out against the bench.",
                "ops=style_text; texts=1; t.txt~eye protection",
            ),
            (
                "Could the student in the spill clip be shown wearing a lab coat instead?",
                "ask",
            ),
            (
                "I would like a gentle one-second fade-in at the start of the first clip, please.",
                "ops=set_fade; c1.m.fade_in=1000",
            ),
            (
                "Please add calm background music at a low level, around 15 percent.",
                "ops=add_music; music=1; b.m.mood=calm; b.vol=0.15",
            ),
            (
                "Before I finish, could you tell me what is currently on the timeline?",
                "ops=describe_timeline; n=4; texts=1; music=1",
            ),
        ],
    ),
    (
        "Hangzhou West Lake wedding planner (ZH, polite, long sentences)",
        [
            (
                "您好，我是在杭州做婚礼策划的，想请您先帮我生成一段西湖断桥清晨薄雾的画面，"
                "大概五秒钟就可以了，谢谢。",
                "ops=generate_clip; order=断桥; c1.d=5000",
            ),
            (
                "麻烦您再生成一段新人在游船上牵手的镜头，时长三秒，辛苦了。",
                "ops=generate_clip; order=断桥,游船; c2.d=3000",
            ),
            (
                "另外还想要一段雷峰塔夕阳的画面，四秒左右，如果可以的话请放在最前面。",
                "ops=generate_clip; order=雷峰塔,断桥,游船; c1.d=4000",
            ),
            (
                "我看了一下，游船那段能不能麻烦您放到断桥那段的前面呢？",
                "ops=move_clip; order=雷峰塔,游船,断桥",
            ),
            (
                "第一段稍微有点长，请帮我剪到两秒半，谢谢您。",
                "ops=trim; order=雷峰塔,游船,断桥; c1.d=2500",
            ),
            (
                "请在每两段之间都加上一秒的交叉淡化转场，让画面过渡得柔和一点。",
                "ops=set_transition; c2.m.xfade=1000; c3.m.xfade=1000",
            ),
            (
                "麻烦加一个标题，写“西湖·执子之手”，放在画面中间，谢谢。",
                "ops=add_text; texts=1; t.txt~执子之手; t.m.position=center",
            ),
            (
                "标题的字能不能再大一些呢？现在看起来有点小。",
                "ops=style_text; texts=1; t.m.size>106",
            ),
            (
                "不好意思，可不可以把画面里新娘穿的白色婚纱换成中式的秀禾服呢？",
                "ask",
            ),
            (
                "请帮我配一段浪漫的背景音乐，音量大概百分之三十就好。",
                "ops=add_music; music=1; b.m.mood=romantic; b.vol=0.3",
            ),
            (
                "音乐结尾的地方麻烦做一个两秒的淡出，谢谢。",
                "ops=set_fade; music=1; b.m.fade_out=2000",
            ),
            ("upload:bride_portrait.png", ""),
            (
                "麻烦把刚上传的这张照片做成一段四秒的动态画面，慢慢推近，放在最后面，谢谢。",
                "ops=animate_image; n=4; c4.m.motion=zoom_in; c4.d=4000",
            ),
        ],
    ),
    (
        "BMX rider filming a trick edit (EN, slang and typos)",
        [
            (
                "yo genrate a 3 sec clip of a bmx rider doin a tailwhip at the skatepark",
                "ops=generate_clip; order=tailwhip; c1.d=3000",
            ),
            (
                "sick. gimme another clip of a barspin off the big ledge 2 secs",
                "ops=generate_clip; order=tailwhip,barspin; c2.d=2000",
            ),
            (
                "also make a clip of the crew chillin on the halfpipe at sunset, four secs",
                "ops=generate_clip; order=tailwhip,barspin,crew; c3.d=4000",
            ),
            ("put the crew one first lol", "ops=move_clip; order=crew,tailwhip,barspin"),
            (
                "make the barspin slooow like 0.5x",
                "ops=set_speed; c3.m.speed=0.5; c3.d=4000",
            ),
            (
                "speed the tailwhip up to 2x its draggin",
                "ops=set_speed; c2.m.speed=2; c2.d=1500",
            ),
            (
                "make the vid square for insta",
                "ops=set_canvas; draft.width=1080; draft.height=1080",
            ),
            (
                "add sum upbeat music, loud like 80%",
                "ops=add_music; music=1; b.m.mood=upbeat; b.vol=0.8",
            ),
            (
                "can u make the bike do a backflip in the crew clip instead of just sittin there",
                "ask",
            ),
            (
                "actually swap that music for somethin more lofi",
                "ops=replace_music; music=1; b.m.mood=lofi; b.vol=0.8; order=crew,tailwhip,barspin",
            ),
            (
                'throw a caption on the bottom sayin "SEND IT"',
                "ops=add_text; texts=1; t.txt~SEND IT; t.m.position=bottom",
            ),
            ("cut the last clip to 3 secs", "ops=trim; c3.d=3000"),
            ("nah undo dat", "ops=undo; c3.d=4000; n=3; texts=1"),
        ],
    ),
]
