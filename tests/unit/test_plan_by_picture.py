"""Planning requests that name places, times and clips by what is on screen, without a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.draft_ops import set_fade
from lumatui.engine.understand.turn_plan import plan_turn
from lumatui.protocol.draft import Draft
from tests.support.drafts import draft_of as shared_draft

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))


def draft_of(*labels: str, music: bool = False, title: str | None = None) -> Draft:
    return shared_draft(*labels, clip_ms=3000, music=music, title=title)


def only(text: str, draft: Draft) -> tuple[str, dict[str, Any]]:
    plan = plan_turn(text, CONFIG, draft, None)
    assert len(plan.operations) == 1, (text, plan.operations, plan.reply_if_empty)
    return plan.operations[0].name, plan.operations[0].args


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("slot the goat clip between the two hay ones", "seg_0"),
        ("move the goat in between both hay bale clips", "seg_0"),
        ("goat one goes between the 2 hay shots", "seg_0"),
    ],
)
def test_between_two_clips_of_one_subject_is_after_the_first_of_them(text: str, after: str) -> None:
    draft = draft_of("hay bales at noon", "hay bales at dusk", "goat on a fence")
    name, args = only(text, draft)
    assert name == "move_clip"
    assert args["place"] == {"at": "after", "id": after}


def test_between_the_two_halves_after_a_split_finds_the_pair() -> None:
    draft = draft_of("drummer close-up", "drummer close-up", "crowd jumping")
    name, args = only("put the crowd between the two halves", draft)
    assert (name, args["place"]) == ("move_clip", {"at": "after", "id": "seg_0"})


@pytest.mark.parametrize(
    ("text", "target", "at"),
    [
        ("have the kayak first, then the rapids", "seg_2", "start"),
        ("could the kayak be the very first thing viewers see?", "seg_2", "start"),
        ("make the waterfall the closing shot", "seg_1", "end"),
        ("can the waterfall be the final image", "seg_1", "end"),
    ],
)
def test_orders_said_as_wishes_are_moves(text: str, target: str, at: str) -> None:
    draft = draft_of("rapids from above", "waterfall mist", "kayak paddling")
    name, args = only(text, draft)
    assert name == "move_clip"
    assert args["target"]["id"] == target and args["place"]["at"] == at


def test_change_title_to_rewords_the_title_there_instead_of_adding_one() -> None:
    draft = draft_of("street market", title="Night Market")
    name, args = only("change title to 'Open till 2am'", draft)
    assert name == "edit_text" and args["txt"] == "Open till 2am"


@pytest.mark.parametrize(
    ("text", "start", "duration"),
    [
        ("end the song when the fireworks clip starts", 0.0, 6.0),
        ("cut the music at the fireworks one", 0.0, 6.0),
        ("stop the soundtrack after the parade", 0.0, 6.0),
        ("bring the music in when the parade shows up", 3.0, 6.0),
        ("音乐到烟花那段就停", 0.0, 6.0),
    ],
)
def test_music_timed_by_a_clip_takes_the_clip_edge(
    text: str, start: float, duration: float
) -> None:
    draft = draft_of("city square", "parade floats", "fireworks over the river", music=True)
    name, args = only(text, draft)
    assert name == "time_music"
    assert (args["start"], args["duration"]) == (start, duration)


def test_music_cue_naming_no_clip_asks_and_changes_nothing() -> None:
    draft = draft_of("city square", "parade floats", music=True)
    plan = plan_turn("stop the music when the dragon dance appears", CONFIG, draft, None)
    assert plan.operations == [] and 0 < len(plan.reply_if_empty) < 400


def test_a_fade_over_the_first_second_fades_rather_than_cutting_the_music() -> None:
    draft = draft_of("city square", "parade floats", music=True)
    name, args = only("fade the music in over the first 2 seconds", draft)
    assert name == "set_fade" and args["fade_in"] == 2000


def test_a_fade_may_take_most_of_a_clip_but_both_fades_fit_in_it() -> None:
    draft = draft_of("glacier", "ice cave")
    target = {"kind": "clip", "id": "seg_1"}
    long_out = set_fade(draft, {"target": target, "fade_out": 2500}, None).draft
    assert long_out.t[0].sg[1].m["fade_out"] == 2500
    then_in = set_fade(long_out, {"target": target, "fade_in": 1000}, None).draft
    assert then_in.t[0].sg[1].m["fade_in"] == 500  # what is left of 3 s
    both = set_fade(draft, {"target": target, "fade_in": 3000, "fade_out": 3000}, None).draft
    assert both.t[0].sg[1].m["fade_in"] + both.t[0].sg[1].m["fade_out"] <= 3000


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("把巴黎那段剪到两秒", "seg_1"),
        ("删掉熊猫那个", "seg_0"),
        ("把寿司放到最前面", "seg_2"),
    ],
)
def test_chinese_names_find_clips_labelled_in_english(text: str, target: str) -> None:
    draft = draft_of("giant panda eating bamboo", "paris rooftops at dawn", "sushi on a counter")
    _, args = only(text, draft)
    assert args["target"]["id"] == target


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("next: 3s of a cheering crowd doing a high five", "high five"),
        ("a 4 second clip of the seven seas under stars", "seven seas"),
    ],
)
def test_number_words_that_are_part_of_a_subject_stay_words(text: str, words: str) -> None:
    name, args = only(text, draft_of("harbour"))
    assert name == "generate_clip" and words in args["prompt"]


def test_a_chinese_place_between_two_clips_makes_one_clip_not_two() -> None:
    plan = plan_turn("在这两段中间插一个三秒的竹林镜头", CONFIG, draft_of("湖面", "雪山"), None)
    assert [op.name for op in plan.operations] == ["generate_clip"]
    assert plan.operations[0].args["place"] == {"at": "after", "id": "seg_0"}


@pytest.mark.parametrize(
    "text",
    [
        "and after that a fox crossing a snowy road, 2s",
        "i'd also like a clip of a fox crossing a snowy road",
        "next up: two seconds of a fox crossing a snowy road",
    ],
)
def test_chatty_openers_are_not_part_of_the_prompt(text: str) -> None:
    name, args = only(text, draft_of("fox den", "snowy road"))
    assert name == "generate_clip"
    assert args["prompt"].startswith("fox crossing"), args["prompt"]
