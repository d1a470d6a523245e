"""Messages no person types as an edit: too long to read, or made of one long run."""

from __future__ import annotations

from pathlib import Path

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import MAX_READ, plan_turn
from lumatui.protocol.draft import Draft

CONFIG = EngineConfig(Path("/nonexistent"))


def test_a_message_past_the_reading_limit_changes_nothing_and_says_why() -> None:
    message = "make it 9:16 " * (MAX_READ // 13 + 1)
    plan = plan_turn(message, CONFIG, Draft())
    assert plan.operations == [] and plan.cost == 0
    assert "too long" in plan.reply_if_empty and f"{len(message):,}" in plan.reply_if_empty
    chinese = plan_turn("改成竖屏" * MAX_READ, CONFIG, Draft())
    assert chinese.operations == [] and "太长" in chinese.reply_if_empty


def test_a_message_at_the_limit_is_still_read() -> None:
    padded = "generate a 2 second clip of a lighthouse" + " " * (MAX_READ - 41) + "."
    assert len(padded) == MAX_READ
    [op] = plan_turn(padded, CONFIG, Draft()).operations
    assert op.name == "generate_clip" and op.args["prompt"] == "lighthouse"


def test_long_runs_are_clipped_not_walked() -> None:
    [op] = plan_turn(
        "generate a 2 second clip of a " + "abcdefghij" * 90, CONFIG, Draft()
    ).operations
    assert op.args["prompt"] == "abcdefghij" * 4 and op.args["seconds"] == 2
    plan = plan_turn("trim clip 1 to " + "9" * 900 + " seconds", CONFIG, Draft())
    assert plan.cost == 0  # a six-digit length is refused as a length, not read for minutes
