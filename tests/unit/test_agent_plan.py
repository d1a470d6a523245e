"""The backbone agent's parser and draft edit, without a server."""

from pathlib import Path

import pytest

from lumatui.engine.agent import append_clip, parse_seconds, plan_turn, prompt_of
from lumatui.engine.config import EngineConfig
from lumatui.protocol.draft import Draft

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
def test_parse_seconds(text: str, seconds: float | None) -> None:
    assert parse_seconds(text) == seconds


def test_generate_plan_costs_two_credits_a_second() -> None:
    plan = plan_turn("generate a 5-second clip of a sunset over the ocean", CONFIG)
    (op,) = plan.operations
    assert op.name == "generate_clip"
    assert op.args == {"prompt": "sunset over the ocean", "seconds": 5.0}
    assert plan.cost == 10


def test_duration_is_clamped() -> None:
    assert plan_turn("make a 500 second clip of fog", CONFIG).operations[0].args["seconds"] == 30


def test_unknown_request_has_a_helpful_reply_and_costs_nothing() -> None:
    plan = plan_turn("sing me a song", CONFIG)
    assert plan.operations == [] and plan.cost == 0
    assert "generate" in plan.reply_if_empty


def test_prompt_of_strips_command_words() -> None:
    assert prompt_of("please generate a 3s clip of neon city at night") == "neon city at night"


def test_append_clip_goes_after_the_last_clip_and_leaves_the_input_alone() -> None:
    first = append_clip(Draft(), "http://h/media/ast_1/a.mp4", 5000, "one")
    second = append_clip(first, "http://h/media/ast_2/b.mp4", 3000, "two")
    assert [s.st for s in second.t[0].sg] == [0, 5000]
    assert second.d == 8000
    assert len(first.t[0].sg) == 1
