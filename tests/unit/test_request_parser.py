"""The request parser, pure: English and Chinese phrasings → operations and arguments."""

from __future__ import annotations

from typing import Any

import pytest

from lumatui.engine.understand.prepared_text import cn_to_number, prepare, split_clauses
from lumatui.engine.understand.turn_plan import combine, parse_request


def ops(message: str) -> list[tuple[str, dict[str, Any]]]:
    found, _, _ = parse_request(message)
    return [(op.name, op.args) for op in combine(found)]  # one edit said twice is one


def has(args: dict[str, Any], **want: Any) -> bool:
    return all(args.get(k) == v for k, v in want.items())


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("五", 5),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("三十五", 35),
        ("一百零五", 105),
        ("两", 2),
        ("三点五", 3.5),
    ],
)
def test_chinese_numbers(word: str, value: float) -> None:
    assert cn_to_number(word) == value


@pytest.mark.parametrize(
    ("message", "text"),
    [
        ("make it five seconds", "make it 5 seconds"),
        ("one and a half seconds", "1.5 seconds"),
        ("twenty-five percent", "25%"),
        ("half a second", "0.5 second"),
        ("百分之五十", "50%"),
        ("五秒", "5秒"),
        ("一秒半", "1.5秒"),
        ("the second one", "the second one"),
        ("shorten clip one to 2s", "shorten clip 1 to 2s"),
        ("trim video one", "trim video 1"),
        ("cut the last second", "cut the last 1 second"),
    ],
)
def test_numbers_become_digits(message: str, text: str) -> None:
    assert prepare(message).text == text


@pytest.mark.parametrize(
    ("message", "quote"),
    [
        ('add "Hello World"', "Hello World"),
        ("add “你好”", "你好"),
        ("加「夏日」", "夏日"),
        ("add 'It's fine' on top", "It's fine"),
        ("加个字幕'海边见'在底部", "海边见"),
        ("标题改成'Go West'。", "Go West"),
    ],
)
def test_quotes_in_ascii_and_cjk(message: str, quote: str) -> None:
    assert prepare(message).quotes == [quote]


def test_clauses_split_at_joiners_in_both_languages() -> None:
    assert [c for _, c in split_clauses("trim it, then add music and make it square")] == [
        "trim it",
        "add music",
        "make it square",
    ]
    assert [c for _, c in split_clauses("剪到5秒，然后加上音乐")] == ["剪到5秒", "加上音乐"]


CASES: list[tuple[str, list[str], dict[str, Any]]] = [
    (
        "generate a 5-second clip of a sunset over the ocean",
        ["generate_clip"],
        {"prompt": "sunset over the ocean", "seconds": 5.0},
    ),
    ("Create a 10 second video of snowy mountains at dawn", ["generate_clip"], {"seconds": 10.0}),
    ("生成一段10秒的雪山日出视频", ["generate_clip"], {"prompt": "雪山日出", "seconds": 10.0}),
    ("做个3秒的海边日落片段", ["generate_clip"], {"seconds": 3.0}),
    ("a sunset over the ocean, cinematic", ["generate_clip"], {}),
    (
        "make a vertical 3s video of a city for TikTok",
        ["set_canvas", "generate_clip"],
        {"aspect": "9:16"},
    ),
    (
        "add a 3 second clip of rain after clip 1",
        ["generate_clip"],
        {"prompt": "rain", "place": {"at": "after", "index": 1}},
    ),
    ("在开头加一个3秒的下雪的森林视频", ["generate_clip"], {"place": {"at": "start"}}),
    ("animate my photo with a slow zoom out", ["animate_image"], {"motion": "zoom_out"}),
    ("pan from right to left over the picture", ["animate_image"], {"motion": "pan_left"}),
    ("把我上传的图片做成慢慢放大的视频", ["animate_image"], {"motion": "zoom_in"}),
    ("add my video at the start", ["add_video"], {"place": {"at": "start"}}),
    ("把我上传的视频放在第一个片段后面", ["add_video"], {"place": {"at": "after", "index": 1}}),
    ("trim clip 1 to 3 seconds", ["trim"], {"seconds": 3.0}),
    ("把第二个片段剪到五秒", ["trim"], {"seconds": 5.0}),
    ("trim the first clip from 2s to 5s", ["trim"], {"start": 2.0, "end": 5.0}),
    ("只保留第一个片段的前3秒", ["trim"], {"seconds": 3.0}),
    ("cut the first 2 seconds of clip 2", ["trim"], {"cut_start": 2.0}),
    ("cut the last second of the second clip", ["trim"], {"cut_end": 1.0}),
    ("split clip 2 at 1.5s", ["split_clip"], {"at": 1.5}),
    ("把第一个片段从中间分开", ["split_clip"], {"at": "middle"}),
    ("delete the last clip", ["delete_clip"], {"target": {"kind": "clip", "index": -1}}),
    ("把第一段删了", ["delete_clip"], {"target": {"kind": "clip", "index": 1}}),
    ("swap the first and last clips", ["swap_clips"], {"a": 1, "b": -1}),
    ("交换第一个和第二个片段", ["swap_clips"], {"a": 1, "b": 2}),
    ("move clip 3 after clip 1", ["move_clip"], {"place": {"at": "after", "index": 1}}),
    ("put the last clip first", ["move_clip"], {"place": {"at": "start"}}),
    ("把第三个片段移到开头", ["move_clip"], {"place": {"at": "start"}}),
    ("slow the second clip down to half speed", ["set_speed"], {"speed": 0.5}),
    ("speed up clip 2", ["set_speed"], {"factor": 2.0}),
    ("1.5倍速播放第一个片段", ["set_speed"], {"speed": 1.5}),
    ("把视频加速两倍", ["set_speed"], {"target": {"kind": "clip", "all": True}, "speed": 2.0}),
    ("mute the video", ["set_volume"], {"volume": 0.0}),
    ("把原声关掉", ["set_volume"], {"volume": 0.0}),
    ("fade in the first clip", ["set_fade"], {"fade_in": 1000}),
    ("结尾淡出2秒", ["set_fade"], {"fade_out": 2000}),
    ("add a crossfade between the clips", ["set_transition"], {"ms": 500}),
    ("add lo-fi background music", ["add_music"], {"mood": "lofi"}),
    ("加点欢快的背景音乐", ["add_music"], {"mood": "upbeat"}),
    ("use my song as background music", ["add_music"], {"upload": True}),
    ("change the music to something cinematic", ["replace_music"], {"mood": "cinematic"}),
    ("换一首轻松的音乐", ["replace_music"], {"mood": "calm"}),
    ("no music", ["remove_music"], {}),
    ("不要音乐", ["remove_music"], {}),
    ("turn the music down to 20%", ["set_volume"], {"volume": 0.2}),
    ("音乐小声一点", ["set_volume"], {"change": 0.5}),
    ("fade the music in and out", ["set_fade"], {"fade_in": 1500, "fade_out": 1500}),
    (
        'add a title "Hello World" for the first 3 seconds',
        ["add_text"],
        {"kind": "title", "txt": "Hello World", "start": 0.0, "duration": 3.0},
    ),
    (
        "add a caption 'Welcome' at 2s for 1.5 s",
        ["add_text"],
        {"kind": "caption", "start": 2.0, "duration": 1.5},
    ),
    ("add text “Bye” for the last 2 seconds", ["add_text"], {"anchor": "end", "duration": 2.0}),
    (
        "add a title saying Summer Vibes at the top",
        ["add_text"],
        {"txt": "Summer Vibes", "position": "top"},
    ),
    ("加一个标题「你好」显示前3秒", ["add_text"], {"txt": "你好", "duration": 3.0}),
    ("标题：夏日时光", ["add_text"], {"txt": "夏日时光"}),
    ('change the title to "Goodbye"', ["edit_text"], {"txt": "Goodbye"}),
    ("标题改成「再见」", ["edit_text"], {"txt": "再见"}),
    ("make the title bigger and red", ["style_text"], {"color": "#ff3b30", "scale": 1.3}),
    ("把标题放到顶部", ["style_text"], {"position": "top"}),
    ("字幕字号改成40", ["style_text"], {"size": 40}),
    ("标题加一个淡入动画", ["style_text"], {"anim": "fade"}),
    ("make the title last 5 seconds", ["time_text"], {"duration": 5.0}),
    ("标题从第2秒开始显示", ["time_text"], {"start": 2.0}),
    ("remove the title", ["remove_text"], {}),
    ("删除字幕", ["remove_text"], {}),
    ("make it square", ["set_canvas"], {"aspect": "1:1"}),
    ("改成横屏", ["set_canvas"], {"aspect": "16:9"}),
    ("竖屏", ["set_canvas"], {"aspect": "9:16"}),
    ("4:5比例", ["set_canvas"], {"aspect": "4:5"}),
    ("make it 16:9 with blurred background", ["set_canvas"], {"aspect": "16:9", "fit": "contain"}),
    ("set the canvas to 180x320", ["set_canvas"], {"width": 180, "height": 320}),
    ("make the video 8 seconds long", ["set_length"], {"seconds": 8.0}),
    ("视频总时长改为8秒", ["set_length"], {"seconds": 8.0}),
    ("loop it 3 times", ["loop"], {"times": 3}),
    ("循环两次", ["loop"], {"times": 2}),
    ("undo twice", ["undo"], {"steps": 2}),
    ("撤销", ["undo"], {"steps": 1}),
    ("redo", ["redo"], {}),
    ("恢复刚才撤销的", ["redo"], {}),
    ("what's in my timeline", ["describe_timeline"], {}),
    ("时间线里有什么", ["describe_timeline"], {}),
    ("start over", ["start_over"], {}),
    ("全部删掉", ["start_over"], {}),
    ("add music at 30% and make it square", ["add_music", "set_canvas"], {"volume": 0.3}),
    ("加上轻松的背景音乐，音量百分之三十", ["add_music"], {"mood": "calm", "volume": 0.3}),
]


MORE: list[tuple[str, list[str]]] = [
    ("swap clips 2 and 3", ["swap_clips"]),
    ("take the music out", ["remove_music"]),
    ("move the caption to the end", ["time_text"]),
    ("视频改成10秒", ["set_length"]),
    ("show the current timeline", ["describe_timeline"]),
    ('change the title to "Hi" and make it red', ["edit_text", "style_text"]),
    ("add music. make it 16:9.", ["add_music", "set_canvas"]),
    ("make the words yellow", ["style_text"]),
    ("add a 1 second fade out to the music", ["set_fade"]),
    ("在第一个片段的中间切一刀", ["split_clip"]),
    ("标题加大", ["style_text"]),
    ("生成竖屏的山间云雾视频，5秒", ["set_canvas", "generate_clip"]),
    ("在第2秒加上字幕「开始了」，持续2秒", ["add_text"]),
    ("片段之间加转场", ["set_transition"]),
    ("背景音乐换成伤感的", ["replace_music"]),
    ("Make a video about my trip to Paris", ["generate_clip"]),
    ("show me a sunset", ["generate_clip"]),
    ("the sunset clip should be 1 second", ["trim"]),
    ("Generate a clip of a beach. Then add a title 'Summer'", ["generate_clip", "add_text"]),
    ("trim clip 1 to 2 seconds and then mute it", ["trim", "set_volume"]),
    ('make the intro title say "Welcome"', ["edit_text"]),
    ("make the first clip 3 seconds and the second one 2 seconds", ["trim", "trim"]),
    ("add this video", ["add_video"]),
    ("use this song as background music", ["add_music"]),
    ("hey, can you add some lofi beats?", ["add_music"]),
    ("hmm the music is too loud", ["set_volume"]),
    ("put some text on it that says Follow me", ["add_text"]),
    ("I don't want any music", ["remove_music"]),
    ("I don't like the music, change it", ["replace_music"]),
    ("the first clip is too long, make it 2 seconds", ["trim"]),
    ("no title please", ["remove_text"]),
    ("标题太小了", ["style_text"]),
    ("给视频加个片头标题“旅行vlog”", ["add_text"]),
    ("现在视频是什么样的", ["describe_timeline"]),
    ("第一个片段重复两次", ["loop"]),
    ("a 5-second clip of a sunset with the words 'Summer' on it", ["generate_clip", "add_text"]),
    ('generate a 3s video of a beach with the title "Vacation"', ["generate_clip", "add_text"]),
    ("make the second clip a bit longer", ["trim"]),
    ("第一个片段短一点", ["trim"]),
    ("Can I get a vertical clip of a rainy street?", ["set_canvas", "generate_clip"]),
    ("Break clip 1 into two at the 2 second mark", ["split_clip"]),
    ("Throw away clip 2", ["delete_clip"]),
    ("Turn clip 2's volume up", ["set_volume"]),
    ("Make the title last until the end", ["time_text"]),
    ("Make this a vertical video", ["set_canvas"]),
    ("Play it 3 times", ["loop"]),
    ("What's on the timeline right now?", ["describe_timeline"]),
    ("get rid of a clip", ["delete_clip"]),
    ("make a slideshow of my photos", ["animate_image"]),
    ("add beach.mp4 at the start", ["add_video"]),
    ("用song.mp3做背景音乐", ["add_music"]),
]


@pytest.mark.parametrize(("message", "names"), MORE, ids=[m for m, _ in MORE])
def test_more_phrasings(message: str, names: list[str]) -> None:
    assert [name for name, _ in ops(message)] == names


@pytest.mark.parametrize(("message", "names", "args"), CASES, ids=[c[0] for c in CASES])
def test_parse(message: str, names: list[str], args: dict[str, Any]) -> None:
    found = ops(message)
    assert [name for name, _ in found] == names
    merged = {k: v for _, a in found for k, v in a.items()}
    assert has(merged, **args), found


@pytest.mark.parametrize("message", ["sing me a song", "tell me a joke", "给我讲个笑话", ""])
def test_nothing_understood_is_reported(message: str) -> None:
    found, _, missed = parse_request(message)
    assert found == []
    assert missed == ([] if not message else [message])


@pytest.mark.parametrize(
    ("message", "key", "value"),
    [
        ("increase the music volume by 20%", "change", 1.2),
        ("音乐音量降低50%", "change", 0.5),
        ("speed it up by 50%", "factor", 1.5),
        ("slow clip 2 down by 25%", "factor", 0.75),
    ],
)
def test_changes_by_a_percentage_are_relative(message: str, key: str, value: float) -> None:
    ((_, args),) = ops(message)
    assert args[key] == pytest.approx(value)


@pytest.mark.parametrize(
    "message", ["make the title appear at 2s and disappear at 4s", "标题在第2秒出现，第4秒消失"]
)
def test_text_from_a_moment_until_another(message: str) -> None:
    ((name, args),) = ops(message)
    assert (name, args["start"], args["duration"]) == ("time_text", 2.0, 2.0)


def test_a_request_nobody_understood_is_reported_beside_the_rest() -> None:
    found, _, missed = parse_request("add a title 'Hi' and add a sticker")
    assert [op.name for op in found] == ["add_text"]
    assert missed == ["add a sticker"]


def test_every_example_in_the_registry_is_read_as_its_own_operation() -> None:
    from lumatui.engine.registry import SPECS

    for spec in SPECS:
        for example in (spec.example_en, spec.example_zh):
            found, _, missed = parse_request(example)
            assert not missed and spec.name in [op.name for op in found], (spec.name, example)


def test_it_refers_to_the_last_thing_touched() -> None:
    ((name, args),) = ops("make it 2x faster")
    assert name == "set_speed" and args["target"] == {"kind": "clip", "it": True}


def test_a_clip_named_by_what_it_shows_is_muted_alone() -> None:
    [(name, args)] = ops("mute the beach clip")
    assert name == "set_volume" and args["volume"] == 0.0
    assert args["target"].get("words") == ["beach"] and not args["target"].get("all")


def test_clip_one_is_the_first_clip() -> None:
    [(name, args)] = ops("shorten clip one to 1.5s")
    assert name == "trim" and args["target"].get("index") == 1 and args["seconds"] == 1.5


@pytest.mark.parametrize(
    ("message", "old", "new"),
    [
        ('change "Urban Dreams" to "City Nights"', "Urban Dreams", "City Nights"),
        ('replace "Hi" with "Hello"', "Hi", "Hello"),
        ("把“城市之梦”改成“夜色”", "城市之梦", "夜色"),
    ],
)
def test_rewording_names_the_text_by_what_it_says(message: str, old: str, new: str) -> None:
    [(name, args)] = ops(message)
    assert name == "edit_text" and args["target"]["text_is"] == old and args["txt"] == new


@pytest.mark.parametrize(
    "message", ["reverse the clips order", "reverse the order of the clips", "把片段倒序"]
)
def test_reversing_the_order_of_every_clip(message: str) -> None:
    assert ops(message) == [("reverse_clips", {})]


def test_a_chinese_position_phrase_is_not_part_of_the_prompt() -> None:
    [(name, args)] = ops("在第一个片段后面插入一个两秒的森林片段")
    assert name == "generate_clip" and args["prompt"] == "森林"
    assert args["place"] == {"at": "after", "index": 1} and args["seconds"] == 2.0
