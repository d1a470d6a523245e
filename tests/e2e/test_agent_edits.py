"""Every editing operation, in English and in Chinese with two phrasings or more, over HTTP.

Each case is a fresh user and session on a small canvas (180x320), set up by chat, then one
message; it is judged only by the draft the engine leaves (never by the reply's wording).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.support.chat import ChatSession, final_text, new_session
from tests.support.engine import RunningEngine

TWO = "generate a 2-second clip of a sunset over the ocean and a 2-second clip of a neon city"
THREE = "generate three 1-second clips, one of a beach, one of a forest and one of a city"
TITLE = 'add a title "Hello" for the first 1 seconds'
MUSIC = "add calm background music"

Check = Callable[[ChatSession], bool]


def clip_d(index: int, ms: int) -> Check:
    return lambda c: c.clips[index]["d"] == ms


def clip_m(index: int, key: str, value: Any) -> Check:
    return lambda c: c.clips[index]["m"].get(key) == value


def clip_count(n: int) -> Check:
    return lambda c: len(c.clips) == n


def labels(*words: str) -> Check:
    return lambda c: [s["m"]["label"] for s in c.clips] == list(words)


def in_order(*words: str) -> Check:
    """These clips in this order, back to back (a move re-times what follows it)."""
    starts = [1000 * i for i in range(len(words))]
    return lambda c: (
        [(s["m"]["label"], s["st"], s["d"]) for s in c.clips]
        == [(word, st, 1000) for word, st in zip(words, starts, strict=True)]
    )


def text_is(**want: Any) -> Check:
    def check(c: ChatSession) -> bool:
        (seg,) = c.texts
        flat = {**seg, **seg.get("m", {})}
        return all(flat.get(k) == v for k, v in want.items())

    return check


def canvas(width: int, height: int) -> Check:
    return lambda c: (c.draft()["m"]["width"], c.draft()["m"]["height"]) == (width, height)


def music_is(**want: Any) -> Check:
    def check(c: ChatSession) -> bool:
        (seg,) = c.music
        flat = {**seg, **seg.get("m", {})}
        return all(flat.get(k) == v for k, v in want.items())

    return check


SUNSET, CITY = "sunset over the ocean", "neon city"

CASES: list[tuple[str, tuple[str, ...], str, Check]] = [
    # generate (duration, aspect, style words) and insert positions
    ("gen-en-1", (), "generate a 1-second clip of a sunset over the ocean", clip_d(0, 1000)),
    (
        "gen-en-2",
        (),
        "make a 1s cinematic video of a foggy forest",
        clip_m(0, "origin", "generated"),
    ),
    ("gen-zh-1", (), "生成一个1秒的海上日落视频", clip_d(0, 1000)),
    ("gen-zh-2", (), "帮我做一段一秒的雪山视频", clip_m(0, "kind", "clip")),
    ("gen-aspect-en", (), "make a horizontal 1 second clip of rain", canvas(320, 180)),
    ("gen-aspect-zh", (), "生成一个1秒的正方形森林视频", canvas(180, 180)),
    ("insert-start-en", (TWO,), "add a 1 second clip of fog at the start", clip_d(0, 1000)),
    ("insert-start-zh", (TWO,), "在开头加一个1秒的下雪视频", clip_d(0, 1000)),
    ("insert-after-en", (TWO,), "add a 1 second clip of snow after clip 1", clip_d(1, 1000)),
    ("insert-after-zh", (TWO,), "在第1个片段后面加一个1秒的下雨视频", clip_d(1, 1000)),
    # trim
    ("trim-en-1", (TWO,), "trim the first clip to 1 second", clip_d(0, 1000)),
    ("trim-en-2", (TWO,), "make clip 2 1.5 seconds long", clip_d(1, 1500)),
    ("trim-zh-1", (TWO,), "把第一个片段剪到1秒", clip_d(0, 1000)),
    ("trim-zh-2", (TWO,), "第二个片段只要1.5秒", clip_d(1, 1500)),
    (
        "trim-range-en",
        (TWO,),
        "trim clip 1 from 0.5s to 1.5s",
        lambda c: (c.clips[0]["in"], c.clips[0]["d"], c.clips[1]["st"]) == (500, 1000, 1000),
    ),
    ("trim-range-zh", (TWO,), "把第一个片段剪成0.5秒到1.5秒", clip_d(0, 1000)),
    ("trim-head-en", (TWO,), "cut the first 0.5 seconds of clip 2", clip_d(1, 1500)),
    (
        "trim-head-zh",
        (TWO,),
        "去掉第二个片段的前0.5秒",
        lambda c: (c.clips[1]["in"], c.clips[1]["d"], c.draft()["d"]) == (500, 1500, 3500),
    ),
    # split
    ("split-en-1", (TWO,), "split clip 1 at 0.5 seconds", clip_d(0, 500)),
    ("split-en-2", (TWO,), "cut the second clip in half", clip_count(3)),
    ("split-zh-1", (TWO,), "在0.5秒处分割第一个片段", clip_d(1, 1500)),
    ("split-zh-2", (TWO,), "把第二个片段从中间分开", clip_d(2, 1000)),
    # delete
    ("delete-en-1", (TWO,), "delete the second clip", labels(SUNSET)),
    ("delete-en-2", (TWO,), "remove the first clip", labels(CITY)),
    ("delete-zh-1", (TWO,), "删除第一个片段", labels(CITY)),
    ("delete-zh-2", (TWO,), "把最后一个片段删掉", labels(SUNSET)),
    # swap and move: with three clips a move (the others shift up) is not a swap
    ("swap-en-1", (TWO,), "swap clip 1 and 2", labels(CITY, SUNSET)),
    ("swap-en-2", (TWO,), "switch the first and second clips", labels(CITY, SUNSET)),
    ("swap-zh-1", (TWO,), "交换第一个和第二个片段", labels(CITY, SUNSET)),
    ("swap-en-3", (THREE,), "swap clip 1 and 3", in_order("city", "forest", "beach")),
    ("move-en", (THREE,), "move the first clip to the end", in_order("forest", "city", "beach")),
    ("move-en-2", (THREE,), "put the last clip first", in_order("city", "beach", "forest")),
    ("move-zh", (THREE,), "把第三个片段移到开头", in_order("city", "beach", "forest")),
    ("move-zh-2", (THREE,), "把第一个片段移到最后", in_order("forest", "city", "beach")),
    # speed (changes the timeline length)
    ("speed-en-1", (TWO,), "make the first clip 2x faster", clip_d(0, 1000)),
    ("speed-en-2", (TWO,), "play clip 2 at half speed", clip_m(1, "speed", 0.5)),
    ("speed-zh-1", (TWO,), "第一个片段加速到2倍", clip_m(0, "speed", 2.0)),
    ("speed-zh-2", (TWO,), "第二个片段放慢到0.5倍", clip_d(1, 4000)),
    # volume and mute
    ("mute-en", (TWO,), "mute the first clip", lambda c: c.clips[0]["vol"] == 0),
    ("volume-en", (TWO,), "set the volume of clip 2 to 50%", lambda c: c.clips[1]["vol"] == 0.5),
    ("mute-zh", (TWO,), "第一个片段静音", lambda c: c.clips[0]["vol"] == 0),
    ("volume-zh", (TWO,), "把第二个片段的音量调到百分之五十", lambda c: c.clips[1]["vol"] == 0.5),
    # fades
    ("fade-in-en", (TWO,), "fade in the first clip", clip_m(0, "fade_in", 1000)),
    ("fade-out-en", (TWO,), "add a fade out at the end", clip_m(1, "fade_out", 1000)),
    ("fade-in-zh", (TWO,), "开头淡入", clip_m(0, "fade_in", 1000)),
    ("fade-out-zh", (TWO,), "结尾淡出0.5秒", clip_m(1, "fade_out", 500)),
    (
        "xfade-en",
        (TWO,),
        "add a crossfade between the clips",
        lambda c: (c.clips[1]["st"], c.clips[1]["m"]["xfade"], c.draft()["d"]) == (1500, 500, 3500),
    ),
    # background music
    ("bgm-en-1", (TWO,), "add lo-fi background music", music_is(mood="lofi", d=4000)),
    ("bgm-en-2", (TWO,), "add upbeat music at 30%", music_is(mood="upbeat", vol=0.3)),
    ("bgm-zh-1", (TWO,), "加上轻松的背景音乐", music_is(kind="bgm", d=4000)),
    ("bgm-zh-2", (TWO,), "配上欢快的音乐，音量百分之三十", music_is(mood="upbeat", vol=0.3)),
    (
        "bgm-replace-en",
        (TWO, MUSIC),
        "replace the music with something cinematic",
        music_is(mood="cinematic"),
    ),
    ("bgm-replace-zh", (TWO, MUSIC), "把背景音乐换成史诗感的", music_is(mood="cinematic")),
    ("bgm-remove-en", (TWO, MUSIC), "remove the music", lambda c: c.music == []),
    ("bgm-remove-zh", (TWO, MUSIC), "去掉背景音乐", lambda c: c.music == []),
    ("bgm-volume-en", (TWO, MUSIC), "set the music volume to 20%", music_is(vol=0.2)),
    ("bgm-volume-zh", (TWO, MUSIC), "背景音乐音量调到20%", music_is(vol=0.2)),
    ("bgm-fade-en", (TWO, MUSIC), "fade out the music", music_is(fade_out=1500, d=4000)),
    ("bgm-fade-zh", (TWO, MUSIC), "背景音乐淡入", music_is(fade_in=1500, d=4000)),
    ("bgm-start-en", (TWO, MUSIC), "start the music at 1 second", music_is(st=1000, d=3000)),
    ("bgm-length-zh", (TWO, MUSIC), "背景音乐只放前2秒", music_is(st=0, d=2000)),
    # text: add with timing, change, time, position, size, colour, animation, remove
    ("title-en-1", (TWO,), TITLE, text_is(txt="Hello", st=0, d=1000, kind="title")),
    (
        "title-en-2",
        (TWO,),
        "add a caption 'Bye' at 1s for 0.5 s",
        text_is(txt="Bye", st=1000, d=500),
    ),
    ("title-en-3", (TWO,), "add text “End” for the last 1 seconds", text_is(txt="End", st=3000)),
    ("title-zh-1", (TWO,), "加一个标题「你好」显示前1秒", text_is(txt="你好", st=0, d=1000)),
    ("title-zh-2", (TWO,), "最后1秒显示「谢谢观看」", text_is(txt="谢谢观看", st=3000, d=1000)),
    ("title-zh-3", (TWO,), "在1秒处加字幕「嗨」持续0.5秒", text_is(txt="嗨", st=1000, d=500)),
    ("retitle-en", (TWO, TITLE), 'change the title to "World"', text_is(txt="World")),
    ("retitle-zh", (TWO, TITLE), "标题改成「世界」", text_is(txt="世界")),
    ("retime-en", (TWO, TITLE), "move the title to 2 seconds", text_is(st=2000)),
    ("retime-zh", (TWO, TITLE), "标题从第2秒开始显示", text_is(st=2000)),
    ("position-en", (TWO, TITLE), "move the title to the top", text_is(position="top")),
    ("position-zh", (TWO, TITLE), "把标题放到底部", text_is(position="bottom")),
    ("size-en", (TWO, TITLE), "set the title size to 40", text_is(size=40)),
    ("size-zh", (TWO, TITLE), "标题字号改成30", text_is(size=30)),
    ("bigger-en", (TWO, TITLE), "make the title bigger", text_is(size=22, txt="Hello")),
    ("color-en", (TWO, TITLE), "make the title yellow", text_is(color="#ffcc00")),
    ("color-zh", (TWO, TITLE), "标题改成红色", text_is(color="#ff3b30")),
    ("anim-en", (TWO, TITLE), "make the title slide in", text_is(anim="slide")),
    ("anim-zh", (TWO, TITLE), "标题加一个弹出动画", text_is(anim="pop")),
    ("untitle-en", (TWO, TITLE), "remove the title", lambda c: c.texts == []),
    ("untitle-zh", (TWO, TITLE), "删除标题", lambda c: c.texts == []),
    # canvas
    ("square-en", (TWO,), "make it square", canvas(180, 180)),
    (
        "wide-en",
        (TWO,),
        "change to 16:9 with a blurred background",
        lambda c: canvas(320, 180)(c) and c.clips[0]["m"]["fit"] == "contain",
    ),
    ("wide-zh", (TWO,), "改成横屏", canvas(320, 180)),
    ("tall-zh", (TWO, "make it square"), "竖屏", canvas(180, 320)),
    ("tiktok-en", (TWO, "make it square"), "make it vertical for TikTok", canvas(180, 320)),
    # whole video
    ("length-en", (TWO,), "make the video 3 seconds long", lambda c: c.draft()["d"] == 3000),
    ("length-zh", (TWO,), "把视频总时长改为3秒", lambda c: c.draft()["d"] == 3000),
    ("loop-en", (TWO,), "loop the video 2 times", clip_count(4)),
    ("loop-zh", (TWO,), "循环播放3次", clip_count(6)),
    ("start-over-en", (TWO, TITLE), "start over", lambda c: c.draft().get("t", []) == []),
    ("start-over-zh", (TWO, TITLE), "重新开始", lambda c: c.draft().get("t", []) == []),
    # undo / redo
    ("undo-en", (TWO, TITLE), "undo", lambda c: c.texts == [] and len(c.clips) == 2),
    ("undo-zh", (TWO, TITLE), "撤销", lambda c: c.texts == [] and len(c.clips) == 2),
    ("redo-en", (TWO, TITLE, "undo"), "redo", text_is(txt="Hello")),
    ("redo-zh", (TWO, TITLE, "撤销"), "重做", text_is(txt="Hello")),
    # clips named by what they show; several clips in one request; a longer generated clip
    ("label-en", (TWO,), "delete the sunset clip", labels(CITY)),
    (
        "gen-two-en",
        (),
        "generate two 1-second clips, one of a beach and one of a forest",
        labels("beach", "forest"),
    ),
    (
        "lengthen-en",
        ("generate a 1 second clip of a lake",),
        "make it 2 seconds long",
        clip_d(0, 2000),
    ),
    ("shorter-en", (TWO,), "make the first clip shorter", clip_d(0, 1500)),
    ("longer-zh", ("generate a 1 second clip of a lake",), "把它加长一点", clip_d(0, 1500)),
    ("it-music-en", (TWO, MUSIC), "fade it out", music_is(fade_out=1500, mood="calm")),
    # several requests in one message, and "it"
    (
        "multi-en",
        (TWO,),
        "add music at 30% and make it square",
        lambda c: canvas(180, 180)(c) and c.music[0]["vol"] == 0.3,
    ),
    (
        "multi-zh",
        (TWO,),
        "加上背景音乐，然后改成方形",
        lambda c: canvas(180, 180)(c) and len(c.music) == 1,
    ),
    (
        "it-en",
        (TWO, "generate a 2 second clip of rain"),
        "make it 2x faster",
        clip_m(2, "speed", 2.0),
    ),
    ("it-zh", (TWO, "生成一个2秒的下雨视频"), "把它加速到2倍", clip_m(2, "speed", 2.0)),
]


@pytest.mark.parametrize(
    ("setup", "message", "check"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_edit(engine: RunningEngine, setup: tuple[str, ...], message: str, check: Check) -> None:
    chat = new_session(engine, *setup)
    chat.say(message)
    assert check(chat), chat.dump()


def test_setup_message_makes_two_clips(engine: RunningEngine) -> None:
    chat = new_session(engine, TWO)
    assert [s["d"] for s in chat.clips] == [2000, 2000]
    assert [s["st"] for s in chat.clips] == [0, 2000]


TIMELINE = "Timeline (1 track): 1. Video: sunset over the ocean (0-2s) 2. Video: neon city (2-4s)"


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("what's in my timeline?", f"Here is your timeline (180x320, 9:16).\n\n{TIMELINE}"),
        ("时间线里有什么", f"这是你的时间线（180x320, 9:16）。\n\n{TIMELINE}"),
    ],
)
def test_describe_leaves_the_draft_alone(engine: RunningEngine, message: str, reply: str) -> None:
    chat = new_session(engine, TWO)
    before = chat.draft()
    evs = chat.say(message)
    assert chat.draft() == before
    assert final_text(evs) == reply


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "sing me a song",
            'I did not understand "sing me a song", so nothing changed. Try "add lo-fi music at'
            ' 30%", "generate a 5-second clip of a sunset over the ocean", "animate my photo'
            ' with a slow zoom".',
        ),
        (
            "给我讲个笑话",
            "我没能理解“给我讲个笑话”，所以什么都没改。 可以试试：“生成一个5秒的海上日落视频”、"
            "“把我的照片做成慢慢放大的视频”、“把我上传的视频加到开头”。",
        ),
    ],
)
def test_unknown_request_changes_nothing_and_says_what_it_can_do(
    engine: RunningEngine, message: str, reply: str
) -> None:
    chat = new_session(engine, TWO)
    before, credits = chat.draft(), chat.raw.credits()
    evs = chat.say(message)
    assert chat.draft() == before and chat.raw.credits() == credits  # nothing charged
    assert final_text(evs) == reply


def test_a_request_for_a_missing_clip_is_answered_not_crashed(engine: RunningEngine) -> None:
    chat = new_session(engine, TWO)
    before = chat.draft()
    evs = chat.say("delete clip 7")
    assert chat.draft() == before
    said = 'There is no clip 7; the timeline has 2. Nothing changed. Try "clip 1", "clip 2".'
    assert final_text(evs) == said
