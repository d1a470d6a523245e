"""Readings added after the blind sets fresh49–51, each checked in words of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
YARD = draft_of("rusty tractor in a barn", "hens pecking in the yard", "sunset over the orchard")
CN = draft_of("老街的早点摊", "刚出锅的油条", "豆浆冒着热气")


def ops_of(text: str, draft: Any = YARD, focus: str | None = None) -> list[tuple[str, Any]]:
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, focus).operations]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("trim the hens one to 2 seconds, my kids think it drags", ["trim"]),
        ("make the tractor one faster, grandpa gets bored easily", ["set_speed"]),
        ("add upbeat music, we're trying to look cheerful here", ["add_music"]),
        ("redo it, oops no she was right", ["redo"]),
        ("put the title at the bottom. the top is where the sky goes", ["style_text"]),
    ],
)
def test_someone_elses_opinion_beside_a_request_is_not_a_request(
    text: str, names: list[str]
) -> None:
    draft = draft_of("rusty tractor in a barn", "hens pecking in the yard", title="Farm")
    assert [name for name, _ in ops_of(text, draft, "seg_0")] == names


def test_who_is_asking_and_what_for_is_not_a_clip() -> None:
    text = (
        "Hi there, thanks so much for helping. I run a small allotment society and we would love "
        "a short teaser for our open day. Could we start, if it isn't too much trouble, with a "
        "clip of runner beans on canes, about three seconds?"
    )
    ops = ops_of(text, draft_of())
    assert [name for name, _ in ops] == ["generate_clip"]
    assert ops[0][1]["prompt"] == "runner beans on canes" and ops[0][1]["seconds"] == 3


@pytest.mark.parametrize(
    ("text", "args"),
    [
        ("shorten the first clip to 2,5 seconds please", {"seconds": 2.5}),
        ("the hens clip, can it go more fast? three times so fast", {"speed": 3.0}),
    ],
)
def test_english_as_a_second_language(text: str, args: dict[str, Any]) -> None:
    ops = ops_of(text)
    assert len(ops) == 1 and all(ops[0][1].get(k) == v for k, v in args.items()), ops


def test_a_place_said_before_its_verb() -> None:
    ops = ops_of("The orchard one I want after the tractor one, not at the end")
    assert ops == [
        (
            "move_clip",
            {"target": {"kind": "clip", "id": "seg_2"}, "place": {"at": "after", "id": "seg_0"}},
        )
    ]


def test_make_that_undone_is_undo() -> None:
    assert [n for n, _ in ops_of("no wait, make that undone, the hens we keep")] == ["undo"]


@pytest.mark.parametrize(
    "text",
    [
        "Between the clips a fade of half a second I would like",
        "could there be a gentle fade between each of the pictures?",
    ],
)
def test_a_fade_between_the_clips_is_a_crossfade(text: str) -> None:
    assert [n for n, _ in ops_of(text)] == ["set_transition"]


def test_the_last_clip_fading_to_black_is_its_fade_out() -> None:
    ops = ops_of("and the last clip fading to black at the very end, please")
    assert ops == [("set_fade", {"target": {"kind": "clip", "index": -1}, "fade_out": 1000})]


def test_a_move_said_as_what_a_clip_would_make() -> None:
    ops = ops_of("On second thought, I think the orchard would make a calmer opening.")
    assert ops == [
        ("move_clip", {"target": {"kind": "clip", "id": "seg_2"}, "place": {"at": "start"}})
    ]


def test_a_title_with_its_words_after_up_top() -> None:
    ops = ops_of("caption up top: FRESH EGGS DAILY", draft_of("hens pecking in the yard"))
    assert ops == [("add_text", {"kind": "caption", "txt": "FRESH EGGS DAILY", "position": "top"})]


def test_a_clip_prompt_is_its_first_sentence() -> None:
    ops = ops_of("a clip of an old tractor in the mud. honestly my whole weekend, 3s", draft_of())
    assert ops[0][1]["prompt"] == "old tractor in the mud"


def test_what_someone_in_a_picture_does_is_declined() -> None:
    plan = plan_turn("can ya make the hens dance at the end lol", CONFIG, YARD, None)
    assert plan.operations == [] and "can't change what a clip shows" in plan.reply_if_empty


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("油条那个整到豆浆后边儿去", "move_clip", {"place": {"at": "after", "id": "seg_2"}}),
        ("豆浆那段贼墨迹，给它整快一倍", "set_speed", {"speed": 2.0}),
        ("早点摊那一段，烦请挪到最后", "move_clip", {"place": {"at": "end"}}),
        ("第二段慢一倍", "set_speed", {"speed": 0.5}),
    ],
)
def test_chinese_said_as_a_region_says_it(text: str, name: str, args: dict[str, Any]) -> None:
    ops = ops_of(text, CN)
    assert [n for n, _ in ops] == [name], ops
    assert all(ops[0][1].get(k) == v for k, v in args.items()), ops


def test_the_video_being_made_in_chinese_is_not_a_clip() -> None:
    ops = ops_of(
        "老铁们，俺们是开早点铺的，想整个小视频宣传宣传。先整一段油条下锅，三秒", draft_of()
    )
    assert ops == [("generate_clip", {"prompt": "油条下锅", "seconds": 3.0})]


def test_rather_not_and_undo_is_the_undo() -> None:
    assert [n for n, _ in ops_of("哎呀还是不要竖的，撤销吧", CN)] == ["undo"]


def test_a_greeting_before_the_project_and_its_first_clip() -> None:
    ops = ops_of(
        "hey i need a video for our honey stall. start with 4 secs of bees on a frame", draft_of()
    )
    assert ops == [("generate_clip", {"prompt": "bees on a frame", "seconds": 4.0})]


def test_a_clip_named_for_an_act_is_still_a_clip() -> None:
    draft = draft_of("big wave at the point", "surfer paddling out")
    assert ops_of("make the wave one slower", draft)[0][0] == "set_speed"
