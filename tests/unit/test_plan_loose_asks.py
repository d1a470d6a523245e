"""Planning the readings fresh37–39 found wanting, in phrasings of our own: asking words left
around a prompt, a description with an edit word inside it, moves said loosely, a photo turned
into a clip said hesitantly, and a few words for places, speed and fades.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.prompt_words import polished
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
SHOTS = ("red double decker bus", "rainy market street", "fox in a snowy garden")


def plan(text: str, *labels: str, music: bool = True) -> list[tuple[str, dict[str, Any]]]:
    draft = draft_of(*labels, music=music) if labels else None
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, None).operations]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("Hi! Can you start us off with a 3 second clip of a kettle boiling", "kettle boiling"),
        (
            "could you generate our bakery window at dawn too, five seconds?",
            "our bakery window at dawn",
        ),
        ("and one of swans on a canal, four seconds is plenty", "swans on a canal"),
        (
            "a clip of lanterns over a river, if that's not too much trouble",
            "lanterns over a river",
        ),
        ("谢谢您。麻烦再帮我做一段三秒的，拍的是胡同口的老槐树，辛苦了。", "胡同口的老槐树"),
        ("还想麻烦您再加一段四秒的，是三轮车穿过小巷的画面，谢谢。", "三轮车穿过小巷"),
    ],
)
def test_asking_words_are_left_out_of_the_prompt(text: str, prompt: str) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["generate_clip"]
    assert _plain(ops[0][1]["prompt"]) == _plain(prompt)


def _plain(words: str) -> list[str]:
    return [w for w in words.split() if w not in ("a", "an")]


def test_polishing_never_empties_a_prompt() -> None:
    assert polished("too") == "too"
    assert polished("a red kite, please") == "a red kite"


def test_a_chinese_numeral_inside_a_name_is_kept() -> None:
    ops = plan("来一段四合院里晒太阳的猫，三秒", *SHOTS)
    assert ops[0][1]["prompt"] == "四合院里晒太阳的猫"


@pytest.mark.parametrize(
    "text",
    [
        "now make a close-up of a loaf being cut open, 2 seconds",
        "one more shot of logs getting split with an axe",
    ],
)
def test_an_edit_word_inside_a_description_edits_nothing(text: str) -> None:
    assert [name for name, _ in plan(text, *SHOTS)] == ["generate_clip"]


def test_open_with_inside_a_description_is_not_a_place() -> None:
    ops = plan("a clip of a door swinging open with a creak", *SHOTS)
    assert "place" not in ops[0][1]


@pytest.mark.parametrize(
    ("text", "moved", "at"),
    [
        (
            "I'd rather open with the fox - pop that one at the very start, would you?",
            "seg_2",
            "start",
        ),
        ("Please place the fox footage directly after the bus.", "seg_2", "after"),
        ("market street first", "seg_1", "start"),
        ("I think the bus clip would sit better at the very end.", "seg_0", "end"),
        (
            "the fox ought to open the film. Would you mind moving it to the start?",
            "seg_2",
            "start",
        ),
        (
            "Actually the market street should come first, can you pop it right at the start?",
            "seg_1",
            "start",
        ),
    ],
)
def test_a_move_said_loosely_is_one_move(text: str, moved: str, at: str) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["target"]["id"] == moved and ops[0][1]["place"]["at"] == at


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            "Would it be possible to turn the photo I just uploaded into a clip, with a slow zoom "
            "in? Three seconds maybe?",
            3.0,
        ),
        (
            "could you make that picture into a short moving shot, a gentle pan left, about six "
            "seconds?",
            6.0,
        ),
        ("animate the logo slow zoom in 2 seconds", 2.0),
    ],
)
def test_a_photo_turned_into_a_clip_said_hesitantly(text: str, seconds: float) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["animate_image"]
    assert ops[0][1]["seconds"] == seconds


def test_a_logo_laid_over_the_video_is_still_declined() -> None:
    result = plan_turn("put our logo in the top corner", CONFIG, draft_of(*SHOTS), None)
    assert result.operations == [] and "not pictures" in result.reply_if_empty


def test_music_of_a_mood_said_without_a_verb_is_added_when_there_is_none() -> None:
    ops = plan(
        "some cheerful music underneath would be grand - about 20 per cent", *SHOTS, music=False
    )
    assert [n for n, _ in ops] == ["add_music"]
    assert {"mood": "upbeat", "volume": 0.2}.items() <= ops[0][1].items()


def test_a_reason_said_after_a_request_is_not_a_request() -> None:
    assert plan("take the music out please; the museum prefers quiet.", *SHOTS) == [
        ("remove_music", {})
    ]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [("字放底下", "position", "bottom"), ("字放上边", "position", "top")],
)
def test_more_chinese_words_for_top_and_bottom(text: str, key: str, value: str) -> None:
    ops = plan_turn(text, CONFIG, draft_of(*SHOTS, title="开张"), None).operations
    assert [(op.name, op.args.get(key)) for op in ops] == [("style_text", value)]


def test_a_shouted_title_after_slap_keeps_its_words() -> None:
    ops = plan("slap a title WE ARE OPEN at the top", *SHOTS)
    assert ops[0][1]["txt"] == "WE ARE OPEN"


def test_a_fade_from_black_is_a_fade_not_a_colour() -> None:
    ops = plan("is it alright if the fox clip fades in from black? like half a second?", *SHOTS)
    assert ops == [("set_fade", {"target": {"kind": "clip", "id": "seg_2"}, "fade_in": 500})]


def test_half_the_speed_said_in_chinese_is_half_speed() -> None:
    ops = plan("第一段麻烦您放慢一点，放成一半的速度吧", *SHOTS)
    assert ops == [("set_speed", {"target": {"kind": "clip", "index": 1}, "speed": 0.5})]


def test_repainting_something_in_a_clip_is_declined() -> None:
    result = plan_turn("could you repaint the bus green", CONFIG, draft_of(*SHOTS), None)
    assert result.operations == [] and "can't" in result.reply_if_empty


# --- from fresh40–42 ----------------------------------------------------------------------


def test_a_clip_called_after_an_instrument_is_not_music() -> None:
    ops = plan("could the choir one go right after the piano clip?", "piano keys close up", "choir")
    assert [name for name, _ in ops] == ["move_clip"]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("could we make it square? apparently that's best for Instagram", "1:1"),
        ("make it for instagram", "4:5"),
        ("make it a reel", "9:16"),
    ],
)
def test_a_shape_said_outright_beats_a_platform(text: str, shape: str) -> None:
    assert plan(text, *SHOTS) == [("set_canvas", {"aspect": shape})]


@pytest.mark.parametrize(
    "text",
    [
        "so im cutting a reel of my hikes, can u make a clip of a ridge at dawn, 4 secs",
        "one more: a crowd in times square at night, 3 seconds",
    ],
)
def test_a_place_or_a_project_named_like_a_shape_changes_no_shape(text: str) -> None:
    assert [name for name, _ in plan(text, *SHOTS)] == ["generate_clip"]


@pytest.mark.parametrize(
    ("text", "index"),
    [("kindly move the fox clip to third position", 3), ("put the bus one in second place", 2)],
)
def test_a_position_said_as_an_ordinal(text: str, index: int) -> None:
    ops = plan(text, *SHOTS)
    assert ops[0][0] == "move_clip" and ops[0][1]["place"] == {"at": "index", "index": index}


def test_a_speed_said_as_a_number_and_speed() -> None:
    ops = plan("could the fox clip be a bit slower, maybe 0.75 speed?", *SHOTS)
    assert ops == [("set_speed", {"target": {"kind": "clip", "id": "seg_2"}, "speed": 0.75})]


def test_an_unquoted_title_ends_before_its_place_and_colour() -> None:
    ops = plan("title BIG SALE up top, yellow", *SHOTS)
    assert ops[0][1]["txt"] == "BIG SALE"
    assert ops[0][1]["position"] == "top"


@pytest.mark.parametrize(
    ("text", "moved", "place"),
    [
        ("狐狸那段放公交前面", "seg_2", {"at": "before", "id": "seg_0"}),
        ("我觉得市场那段放到最前面会更好看，麻烦调整一下", "seg_1", {"at": "start"}),
    ],
)
def test_chinese_moves_said_with_an_opinion(text: str, moved: str, place: dict[str, Any]) -> None:
    labels = ("红色公交车", "下雨的市场街道", "雪地里的狐狸")
    ops = plan(text, *labels)
    assert ops == [("move_clip", {"target": {"kind": "clip", "id": moved}, "place": place})]


def test_a_complaint_beside_an_undo_is_only_the_undo() -> None:
    assert [name for name, _ in plan("还是撤销吧，转场感觉不太自然", *SHOTS)] == ["undo"]


# --- from fresh43–45 ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "能否让骑车的男孩回过头来对着镜头笑一下？",
        "could you make the sky a deeper blue in the second clip?",
    ],
)
def test_asked_politely_a_change_to_the_picture_is_still_declined(text: str) -> None:
    result = plan_turn(text, CONFIG, draft_of(*SHOTS, music=True), None)
    assert result.operations == []


def test_an_english_noun_inside_chinese_is_read() -> None:
    ops = plan("加个caption：周末营业，放下面", *SHOTS)
    assert ops == [("add_text", {"kind": "caption", "txt": "周末营业", "position": "bottom"})]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("scrap the fox clip", "delete_clip"),
        ("nah, the bus wants to go first innit", "move_clip"),
        ("reckon the fox should open it, whack it up the front", "move_clip"),
        ("整点热闹的背景音乐，欢快点的", "add_music"),
    ],
)
def test_banter_around_an_edit(text: str, name: str) -> None:
    draft = draft_of(*SHOTS)  # no music yet
    ops = plan_turn(text, CONFIG, draft, None).operations
    assert [op.name for op in ops] == [name]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("knock us up a 3 second clip of a kettle on a hob", "kettle on a hob"),
        (
            "chuck in a close up of a spinning vinyl record an all, 2 seconds",
            "spinning vinyl record",
        ),
        ("非常感谢。接下来能否再生成一段三秒的镜头，拍的是古城墙上的灯笼？", "古城墙上的灯笼"),
        ("再来一个复古vibe的咖啡馆", "复古vibe的咖啡馆"),
    ],
)
def test_banter_and_thanks_stay_out_of_the_prompt(text: str, prompt: str) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["generate_clip"]
    assert _plain(ops[0][1]["prompt"]) == _plain(prompt)


def test_music_that_is_preferred_is_music_added() -> None:
    ops = plan("We would prefer some calm music at 25 percent.", *SHOTS, music=False)
    assert [name for name, _ in ops] == ["add_music"]
    assert ops[0][1]["volume"] == 0.25


def test_a_platform_named_as_the_purpose_of_a_shape_is_the_shape() -> None:
    assert plan("改成1:1方形的，发朋友圈用", *SHOTS) == [("set_canvas", {"aspect": "1:1"})]


def test_a_fade_to_black_is_a_fade_out() -> None:
    ops = plan("might the last clip fade slowly into black, three seconds or so?", *SHOTS)
    assert ops == [("set_fade", {"target": {"kind": "clip", "index": -1}, "fade_out": 3000})]


def test_a_formal_chinese_move_after_another_clip() -> None:
    labels = ("红色公交车", "下雨的市场街道", "雪地里的狐狸")
    ops = plan("请将公交车那段移至狐狸那段之后。", *labels)
    assert ops == [
        (
            "move_clip",
            {"target": {"kind": "clip", "id": "seg_0"}, "place": {"at": "after", "id": "seg_2"}},
        )
    ]
