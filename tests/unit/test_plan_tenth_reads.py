"""Readings added after the blind sets fresh52–54, each checked in words of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
MILL = draft_of("water wheel turning", "flour sacks on a cart", "miller dusting his hands")
CN = draft_of("渔港清晨", "渔民补网的特写", "海鲜市场叫卖")


def ops_of(text: str, draft: Any = MILL, focus: str | None = None) -> list[tuple[str, Any]]:
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, focus).operations]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Put the miller one first. That's the bit everyone remembers, honestly", "move_clip"),
        (
            "slow the wheel one down to half speed. he's never turned that fast in his life",
            "set_speed",
        ),
        ("trim the flour clip to 2 seconds, I keep changing my mind", "trim"),
        (
            "Now the miller ought to come right at the start, on account of he opens the mill",
            "move_clip",
        ),
    ],
)
def test_talk_after_a_request_is_left_out(text: str, name: str) -> None:
    assert [n for n, _ in ops_of(text, focus="seg_0")] == [name]


def test_a_story_before_the_first_clip_is_not_an_edit() -> None:
    text = (
        "Well now. Back in '85 my father ran this mill and it was busier than a beehive. "
        "Anyway. Could you make a clip of a stone mill by a river, about 4 seconds?"
    )
    ops = ops_of(text, draft_of())
    assert [n for n, _ in ops] == ["generate_clip"] and "stone mill" in ops[0][1]["prompt"]
    assert ops[0][1]["seconds"] == 4.0


@pytest.mark.parametrize(
    ("text", "prompt", "seconds"),
    [
        (
            "On behalf of the parish council I should like to prepare a short film of our "
            "fete. Item 1: please generate a clip of bunting over a village green, six seconds "
            "in length.",
            "bunting over",
            6,
        ),
        (
            "Hey, this is the Year 9 science club, we're putting together a promo for open "
            "evening. Generate a 3 s clip of a bubbling beaker on a bench.",
            "bubbling beaker",
            3,
        ),
        ("Clip 2, 3 s: a crowd clapping in a school hall.", "crowd clapping", 3),
    ],
)
def test_the_project_and_numbered_items_around_a_clip(
    text: str, prompt: str, seconds: float
) -> None:
    ops = ops_of(text, draft_of("a"))
    assert [n for n, _ in ops] == ["generate_clip"], ops
    assert prompt in ops[0][1]["prompt"] and ops[0][1]["seconds"] == seconds


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        (
            "Item 4: Please move the miller clip so that it directly follows the wheel.",
            "move_clip",
            {"place": {"at": "after", "id": "seg_0"}},
        ),
        (
            "On reflection, the committee prefers the cart after all. Kindly reverse the "
            "previous action.",
            "undo",
            {},
        ),
        (
            "Item 7: The video ought to fade gently to black at its close.",
            "set_fade",
            {"fade_out": 1000},
        ),
        (
            "The final film goes on the village hall projector, so sixteen by nine, please.",
            "set_canvas",
            {"aspect": "16:9"},
        ),
        ("Kindly prepone the flour clip to the beginning", "move_clip", {"place": {"at": "start"}}),
        (
            "Add a 0.3 s crossfade between the wheel clip and the flour clip only. No other "
            "transitions.",
            "set_transition",
            {"ms": 300},
        ),
        ("Redo 1 of those.", "redo", {"steps": 1}),
        (
            "Change the aspect ratio to 16:9, we're uploading it to our channel.",
            "set_canvas",
            {"aspect": "16:9"},
        ),
        (
            "My nephew says to make it the wide kind, whatever that is.",
            "set_canvas",
            {"aspect": "16:9"},
        ),
        (
            "That flour one's over too quick, could ye slow it down to half speed",
            "set_speed",
            {"speed": 0.5, "target": {"kind": "clip", "id": "seg_1"}},
        ),
        (
            "would it be better if the miller went first? let's try that",
            "move_clip",
            {"place": {"at": "start"}},
        ),
    ],
)
def test_formal_and_regional_english(text: str, name: str, args: dict[str, Any]) -> None:
    ops = ops_of(text)
    assert [n for n, _ in ops] == [name], ops
    assert all(ops[0][1].get(k) == v for k, v in args.items()), ops


def test_a_change_to_what_someone_in_a_clip_does_is_declined() -> None:
    plan = plan_turn("could you make the miller in the last clip wave at the camera?", CONFIG, MILL)
    assert plan.operations == [] and "can't change what a clip shows" in plan.reply_if_empty


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("请将海鲜市场那段调整至最前面，作为开场。", "move_clip", {"place": {"at": "start"}}),
        ("哇还要一段！三秒的，新郎新娘交换誓言的特写！！", "generate_clip", {"seconds": 3.0}),
        ("算了还是快一点好看，恢复刚才那步吧", "redo", {}),
        ("搞快点，改成横屏的", "set_canvas", {"aspect": "16:9"}),
        ("还要一个京剧变脸的镜头，两秒", "generate_clip", {"prompt": "京剧变脸"}),
        (
            "然后还需要一段夜里的灯塔，两秒，我们那天在码头看了音乐喷泉，大家都很喜欢",
            "generate_clip",
            {"prompt": "夜里的灯塔"},
        ),
        ("渔民那段请加快到两倍速，这样显得更有活力一些", "set_speed", {"speed": 2.0}),
    ],
)
def test_chinese_with_its_reasons_and_exclamations(
    text: str, name: str, args: dict[str, Any]
) -> None:
    ops = ops_of(text, CN)
    assert [n for n, _ in ops] == [name], ops
    assert all(ops[0][1].get(k) == v for k, v in args.items()), ops


def test_the_shop_video_before_its_first_clip() -> None:
    ops = ops_of("帮我做个店里的视频。先生成一个四秒的牛肉粉特写", draft_of())
    assert ops == [("generate_clip", {"prompt": "牛肉粉特写", "seconds": 4.0})]
