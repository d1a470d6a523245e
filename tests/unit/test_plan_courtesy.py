"""Planning the readings fresh34–36 found wanting, in phrasings of our own: requests wrapped in
courtesy (a greeting, who is speaking, "would you be so good as to", 麻烦您…谢谢), lengths said
formally, moves said as opinions, a clip's words that describe it, changes to what a picture
shows, and edits said beside an undo.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.courtesy import without_courtesy
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
SHOTS = ("lighthouse on a cliff", "fishing boats in a harbour", "gulls over the pier")


def plan(text: str, *labels: str) -> list[tuple[str, dict[str, Any]]]:
    draft = draft_of(*labels, music=True) if labels else None
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, None).operations]


def made(text: str, *labels: str) -> tuple[str, float, dict[str, Any] | None]:
    ops = plan(text, *labels)
    assert [name for name, _ in ops] == ["generate_clip"], ops
    args = ops[0][1]
    return args["prompt"], args["seconds"], args.get("place")


@pytest.mark.parametrize(
    ("text", "prompt", "seconds"),
    [
        (
            "您好，我们是苏州一家做丝绸的老店，想请您帮我生成一段蚕丝织布的画面，大概六秒钟就可以了，谢谢。",
            "蚕丝织布",
            6.0,
        ),
        ("麻烦您再生成一段园林小桥流水的镜头，时长两秒，辛苦了。", "园林小桥流水", 2.0),
        ("帮我弄个平江路夜景的视频 3秒就行", "平江路夜景", 3.0),
        ("再来一段评弹演员弹琵琶的，四秒吧", "评弹演员弹琵琶", 4.0),
        ("在来一个茶馆里喝茶的 两秒半哈", "茶馆里喝茶", 2.5),
    ],
)
def test_chinese_courtesy_stays_out_of_the_prompt(text: str, prompt: str, seconds: float) -> None:
    assert made(text, *SHOTS)[:2] == (prompt, seconds)


def test_a_new_clip_said_with_a_place_at_the_end_is_made_there() -> None:
    prompt, seconds, place = made(
        "还想要一段寒山寺钟楼的画面，三秒左右，如果可以的话请放在最前面。", *SHOTS
    )
    assert (prompt, seconds, place) == ("寒山寺钟楼", 3.0, {"at": "start"})


def test_courtesy_leaves_other_text_alone() -> None:
    assert without_courtesy("make the title red") == "make the title red"
    assert without_courtesy("请把第二段删掉") == "把第二段删掉"


@pytest.mark.parametrize(
    ("text", "prompt", "seconds"),
    [
        (
            "Good morning. I would like to begin with a clip of a red kite over a hillside, "
            "approximately five seconds in length.",
            "red kite over a hillside",
            5.0,
        ),
        (
            "Next, please create a clip of a potter trimming a bowl, 7 seconds in duration.",
            "potter trimming a bowl",
            7.0,
        ),
        (
            "um, and could you also make one of jam jars lined up on a shelf? four seconds i think",
            "jam jars lined up on a shelf",
            4.0,
        ),
        (
            "ooh can you do one more of paper lanterns drifting about, three seconds?",
            "paper lanterns drifting",
            3.0,
        ),
        ("then the finished patio. 2 sec", "finished patio", 2.0),
        ("and a neon arcade at night, make that one 6", "neon arcade at night", 6.0),
    ],
)
def test_lengths_and_framing_said_around_a_new_clip(text: str, prompt: str, seconds: float) -> None:
    got_prompt, got_seconds, _ = made(text, *SHOTS)
    plain = [w for w in prompt.split() if w not in ("a", "an")]
    assert ([w for w in got_prompt.split() if w not in ("a", "an")], got_seconds) == (
        plain,
        seconds,
    )


def test_a_length_said_after_a_new_clip_is_its_length_and_trims_nothing() -> None:
    ops = plan("and one more, of a kite festival. Let us make that one ten seconds.", *SHOTS)
    assert [(name, args["seconds"]) for name, args in ops] == [("generate_clip", 10.0)]


def test_starting_with_a_new_clip_makes_it_at_the_start() -> None:
    assert made("let's start with a clip of foggy moorland", *SHOTS)[2] == {"at": "start"}


@pytest.mark.parametrize(
    ("text", "moved", "place"),
    [
        ("put the gulls one first lol", "seg_2", {"at": "start"}),
        ("lowkey the harbour one should go first, its the opener", "seg_1", {"at": "start"}),
        ("The gulls clip ought to come directly after the lighthouse.", "seg_2", "after"),
        ("honestly I reckon the harbour should open it", "seg_1", {"at": "start"}),
        (
            "hmm, I think the lighthouse one should go last actually? if that's ok",
            "seg_0",
            {"at": "end"},
        ),
    ],
)
def test_a_move_said_as_an_opinion(text: str, moved: str, place: object) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["target"]["id"] == moved
    got = ops[0][1]["place"]
    assert got == place or got.get("at") == place


def test_a_clip_described_in_passing_gets_the_edit_asked_for() -> None:
    ops = plan(
        "The harbour clip, which is now the second one, should fade out over two seconds.", *SHOTS
    )
    assert ops == [("set_fade", {"target": {"kind": "clip", "id": "seg_1"}, "fade_out": 2000})]


def test_a_photo_sent_then_moved_and_placed_in_one_long_sentence() -> None:
    ops = plan(
        "The photograph I have just sent, could you have it slowly zoom out, for about "
        "five seconds, and put it at the very end?"
    )
    assert ops == [
        ("animate_image", {"motion": "zoom_out", "seconds": 5.0, "place": {"at": "end"}})
    ]


@pytest.mark.parametrize(
    "text",
    [
        "让海鸥对着镜头飞过来",
        "让灯塔的灯再亮一点",
        "把渔船弄得更新一点",
        "make the gulls do a loop",
        "could the lighthouse keeper wave at us",
    ],
)
def test_a_change_inside_a_picture_is_declined_and_costs_nothing(text: str) -> None:
    result = plan_turn(text, CONFIG, draft_of(*SHOTS, music=True), None)
    assert result.operations == []
    assert "can't" in result.reply_if_empty or "没法" in result.reply_if_empty


@pytest.mark.parametrize(
    ("text", "name"),
    [("让第二段快一点", "set_speed"), ("make the gulls one go first", "move_clip")],
)
def test_edits_that_look_like_pictures_changing_still_work(text: str, name: str) -> None:
    assert [n for n, _ in plan(text, *SHOTS)] == [name]


@pytest.mark.parametrize(
    ("text", "ms"),
    [("xfade between all, quarter sec", 250), ("每两段之间都加上两秒的转场，让过渡柔和一点", 2000)],
)
def test_a_crossfade_keeps_the_length_said(text: str, ms: int) -> None:
    assert plan(text, *SHOTS) == [("set_transition", {"ms": ms})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("刚才那个转场不要了，撤销吧", ["undo"]),
        ("undo that and make clip 3 faster", ["undo", "set_speed"]),
    ],
)
def test_an_edit_said_beside_an_undo_is_the_undo(text: str, expected: list[str]) -> None:
    assert [name for name, _ in plan(text, *SHOTS)] == expected


@pytest.mark.parametrize(
    ("text", "op", "key", "value"),
    [
        ("chuck some lofi on it, like 20%", "add_music", "volume", 0.2),
        ("配点轻松的音乐，要lofi那种", "add_music", "mood", "lofi"),
        ("第三段再剪掉一秒", "trim", "seconds", 1.0),
    ],
)
def test_loose_words_for_music_and_length(text: str, op: str, key: str, value: object) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == [op]
    assert ops[0][1][key] == value


def test_dropping_a_clip_still_deletes_it() -> None:
    assert plan("drop the harbour one", *SHOTS)[0][0] == "delete_clip"
