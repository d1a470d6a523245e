"""Planning against the draft in hand, without a server: references, questions, costs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.registry import MAKES_MEDIA, REGISTRY, SPECS, args_problem, tools
from lumatui.engine.understand.turn_plan import plan_turn
from lumatui.protocol.draft import Draft
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))


TWO = draft_of("sunset over the sea", "lighthouse at dusk")


def names(text: str, draft: Draft = TWO, focus: str | None = None) -> list[str]:
    return [op.name for op in plan_turn(text, CONFIG, draft, focus).operations]


@pytest.mark.parametrize(
    "text",
    [
        "delete the fireworks one",
        "put the harbour clip first",
        "删除灯塔那个片段 ",
        "move clip 7 to the end",
    ],
)
def test_a_reference_that_matches_nothing_is_a_question_that_costs_nothing(text: str) -> None:
    draft = TWO if "灯塔" not in text else draft_of("日落", "森林")
    plan = plan_turn(text, CONFIG, draft, None)
    assert plan.operations == [] and plan.cost == 0
    assert 0 < len(plan.reply_if_empty) < 400


def test_a_scene_word_inside_a_delete_is_a_reference_not_a_prompt() -> None:
    plan = plan_turn("delete the lighthouse one", CONFIG, TWO, None)
    [op] = plan.operations
    assert op.name == "delete_clip" and op.args["target"] == {"kind": "clip", "id": "seg_1"}
    assert plan.cost == CONFIG.edit_cost


def test_generate_and_place_next_to_a_clip_named_by_content() -> None:
    text = "now generate a 4-second clip of a city street at night and put it after the sunset"
    plan = plan_turn(text, CONFIG, TWO, "seg_1")
    [op] = plan.operations
    assert op.name == "generate_clip" and op.args["prompt"] == "city street at night"
    assert op.args["place"] == {"at": "after", "id": "seg_0"}
    assert plan.cost == 4 * CONFIG.credits_per_generated_second


def test_it_is_what_was_touched_last() -> None:
    [op] = plan_turn(
        "and then a 3 s clip of a harbour right after it", CONFIG, TWO, "seg_0"
    ).operations
    assert op.args["place"] == {"at": "after", "id": "seg_0"}
    plan = plan_turn(
        "make the title bigger and put it at the top", CONFIG, draft_of("a", title="Hi")
    )
    [op] = plan.operations  # one edit of the title, said twice: one call carrying both
    assert op.name == "style_text" and op.args["position"] == "top" and op.args["scale"] > 1


def test_subject_words_stay_in_the_prompt_and_do_not_turn_the_canvas() -> None:
    [op] = plan_turn("generate a 5-second clip of a mountain landscape", CONFIG).operations
    assert op.name == "generate_clip" and op.args["prompt"] == "mountain landscape"
    [op] = plan_turn("生成一个3秒的视频，内容是雪山和湖泊", CONFIG).operations
    assert op.args["prompt"] == "雪山和湖泊"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("trim the sunset clip to six and a half seconds", 6.5),
        ("cut the lighthouse one to 8 and a half seconds", 8.5),
        ("make clip 1 half a second long", 0.5),
        ("把第二个片段剪到两秒半", 2.5),
    ],
)
def test_numbers_in_words(text: str, seconds: float) -> None:
    [op] = plan_turn(text, CONFIG, TWO, None).operations
    assert op.name == "trim" and op.args["seconds"] == seconds


def test_cut_it_after_a_title_edit_means_the_footage() -> None:
    one = draft_of("sunset", title="Coast")
    [op] = plan_turn("cut it to six and a half seconds", CONFIG, one, "seg_t").operations
    assert op.name == "trim" and op.args["target"] == {"kind": "clip", "id": "seg_0"}


def test_vague_requests_are_questions_in_the_persons_language() -> None:
    plan = plan_turn("make it better", CONFIG, TWO, "seg_0")
    assert plan.operations == [] and plan.reply_if_empty.startswith("I did not understand")
    plan = plan_turn("帮我优化一下", CONFIG, TWO, "seg_0")
    assert plan.operations == [] and "没能理解" in plan.reply_if_empty


def test_several_matches_ask_which() -> None:
    draft = draft_of("red door", "blue door")
    plan = plan_turn("delete the door clip", CONFIG, draft, None)
    assert plan.operations == [] and "clip 1" in plan.reply_if_empty


def test_every_operation_is_declared_once_with_a_schema() -> None:
    assert len(REGISTRY) == len(SPECS)
    assert {"generate_clip", "animate_image", "add_music"} <= MAKES_MEDIA
    for tool in tools():
        assert tool["parameters"]["type"] == "object" and tool["description"]
    assert args_problem("generate_clip", {"prompt": "x", "seconds": 99}) is not None
    assert args_problem("trim", {"target": {"kind": "clip", "index": 1}, "seconds": 2}) is None


def test_serve_print_tools_prints_the_registry_as_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lumatui", "serve", "--print-tools"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert [t["name"] for t in printed] == [s.name for s in SPECS]
