"""The agent's plan (what a message asks for and what it costs), without a server."""

from pathlib import Path

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.draft_ops import insert_clip
from lumatui.engine.understand.slots import seconds_in
from lumatui.engine.understand.turn_plan import plan_turn, prompt_of
from lumatui.protocol.draft import Draft, Segment

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("a 5-second clip", 5),
        ("3s of rain", 3),
        ("2.5 sec", 2.5),
        ("生成一个8秒的视频", 8),
        ("a clip", None),
    ],
)
def test_seconds(text: str, seconds: float | None) -> None:
    from lumatui.engine.understand.prepared_text import prepare

    assert seconds_in(prepare(text).text) == seconds


def test_generate_plan_costs_two_credits_a_second() -> None:
    plan = plan_turn("generate a 5-second clip of a sunset over the ocean", CONFIG)
    (op,) = plan.operations
    assert op.name == "generate_clip"
    assert op.args == {"prompt": "sunset over the ocean", "seconds": 5.0}
    assert plan.cost == 10


def test_edits_cost_one_and_reading_is_free() -> None:
    plan = plan_turn("add music at 30% and make it square", CONFIG)
    assert [op.cost for op in plan.operations] == [1, 1]
    assert plan_turn("what's in my timeline", CONFIG).cost == 0
    assert plan_turn("undo", CONFIG).cost == 0


def test_duration_is_clamped() -> None:
    assert plan_turn("make a 500 second clip of fog", CONFIG).operations[0].args["seconds"] == 30


def test_unknown_request_has_a_helpful_reply_and_costs_nothing() -> None:
    plan = plan_turn("sing me a song", CONFIG)
    assert plan.operations == [] and plan.cost == 0
    assert "generate" in plan.reply_if_empty and len(plan.reply_if_empty) < 400


def test_unknown_chinese_request_is_answered_in_chinese() -> None:
    plan = plan_turn("给我讲个笑话", CONFIG)
    assert plan.operations == [] and plan.chinese
    assert "生成" in plan.reply_if_empty


def test_prompt_of_strips_command_words() -> None:
    assert prompt_of("please generate a 3s clip of neon city at night") == "neon city at night"


def test_insert_clip_goes_after_the_last_clip_and_leaves_the_input_alone() -> None:
    first = insert_clip(Draft(), Segment(id="a", d=5000, src="http://h/media/ast_1/a.mp4"), None)
    second = insert_clip(
        first.draft, Segment(id="b", d=3000, src="http://h/media/ast_2/b.mp4"), None
    )
    assert [s.st for s in second.draft.t[0].sg] == [0, 5000]
    assert second.draft.d == 8000
    assert len(first.draft.t[0].sg) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I really like the waterfall at dusk",  # a remark that names a scene
        "thanks, the forest looks great",
        "what is a glacier made of?",  # a question about a scene
        "how do I make a snowy mountain?",
        "how many stars in the night sky?",  # questions with no remark word in them
        "who painted the starry night",
        "what makes a rainbow over the lake",
        "天空为什么是蓝色的",
        "could you tell me about the ocean",
        "please",
        "...",
    ],
)
def test_nothing_is_generated_without_a_request(text: str) -> None:
    plan = plan_turn(text, CONFIG)
    assert plan.operations == [] and plan.cost == 0
    said = "什么都没改" if any(ord(c) > 0x2E80 for c in text) else "nothing changed"
    assert said in (plan.reply_if_empty or "").lower()


@pytest.mark.parametrize(
    "text",
    [
        "generate a 4-second clip of a glacier and add my passport scan",
        "make a 2 second clip of a meadow and insert the quarterly report",
        "make the music quieter and add my shopping list",
    ],
)
def test_a_request_understood_only_in_part_does_nothing_and_says_what_was_missed(
    text: str,
) -> None:
    plan = plan_turn(text, CONFIG)
    assert plan.operations == [] and plan.cost == 0
    missed = text.split(" and ", 1)[1]
    assert f'not "{missed}"' in (plan.reply_if_empty or "")


def test_a_bare_description_is_a_request_for_a_clip() -> None:
    (op,) = plan_turn("a foggy harbour at dawn, slow pan", CONFIG).operations
    assert op.name == "generate_clip" and "harbour" in op.args["prompt"]
