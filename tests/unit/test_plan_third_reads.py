"""Planning the readings the fresh30/33 sets found wanting, in phrasings of our own.

A clip asked to "go first" or "放第一个", a Chinese name said before its edit, a level lowered
with "drop", words after a colon that hold a comma, a crossfade between two named clips, a
camera move said on its own, praise beside a request, and hasty Chinese typing in prompts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.draft_ops import set_transition
from lumatui.engine.edit.timeline import EditError
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
SHOTS = ("paper lantern at dusk", "copper kettle steaming", "harbour with fishing boats")
CN_SHOTS = ("夜里的灯笼", "茶园清晨", "竹林小路")


def plan(text: str, *labels: str) -> list[tuple[str, dict[str, Any]]]:
    draft = draft_of(*labels, music=True) if labels else None
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, None).operations]


@pytest.mark.parametrize(
    ("text", "moved", "place"),
    [
        ("could the harbour one go first?", "seg_2", {"at": "start"}),
        ("chuck the kettle one at the very start", "seg_1", {"at": "start"}),
        ("the lantern shot should go last", "seg_0", {"at": "end"}),
        ("hmm, can the kettle one come first", "seg_1", {"at": "start"}),
    ],
)
def test_a_clip_that_should_go_first_or_last_is_moved(
    text: str, moved: str, place: dict[str, Any]
) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["target"]["id"] == moved and ops[0][1]["place"] == place


@pytest.mark.parametrize(
    ("text", "moved", "index"),
    [("竹林放第一个", "seg_2", 1), ("灯笼排第三", "seg_0", 3), ("把茶园放第一", "seg_1", 1)],
)
def test_a_chinese_name_put_in_a_position_is_moved_there(text: str, moved: str, index: int) -> None:
    ops = plan(text, *CN_SHOTS)
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["target"]["id"] == moved
    assert ops[0][1]["place"] in ({"at": "index", "index": index}, {"at": "start"})


@pytest.mark.parametrize(("text", "sped"), [("茶园0.5倍", "seg_1"), ("竹林放慢点，0.5倍", "seg_2")])
def test_a_chinese_name_before_a_speed_names_that_clip(text: str, sped: str) -> None:
    ops = plan(text, *CN_SHOTS)
    assert [name for name, _ in ops] == ["set_speed"]
    assert ops[0][1]["target"]["id"] == sped and ops[0][1]["speed"] == 0.5


def test_a_chinese_name_then_a_length_is_still_a_new_clip() -> None:
    ops = plan("竹林三秒", *CN_SHOTS)
    assert [name for name, _ in ops] == ["generate_clip"]


@pytest.mark.parametrize(
    "text", ["第三段降到原速的一半", "slow clip 3 down to half its normal speed"]
)
def test_half_the_original_speed_is_half_speed(text: str) -> None:
    ops = plan(text, *SHOTS)
    assert ops == [("set_speed", {"target": {"kind": "clip", "index": 3}, "speed": 0.5})]


@pytest.mark.parametrize(
    ("text", "key", "value"), [("字放下面", "position", "bottom"), ("字小一点", "scale", 0.75)]
)
def test_a_bare_zi_means_the_words_on_screen(text: str, key: str, value: object) -> None:
    draft = draft_of(*CN_SHOTS, music=True, title="开业大吉")
    ops = plan_turn(text, CONFIG, draft, None).operations
    assert [op.name for op in ops] == ["style_text"]
    assert ops[0].args[key] == value


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the song is way too loud, bring it down to 30%", 0.3),
        ("drop the soundtrack to like 10%", 0.1),
        ("music: knock it down to about 15 percent", 0.15),
    ],
)
def test_a_level_dropped_to_a_number_is_a_volume_and_deletes_nothing(
    text: str, level: float
) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["set_volume"]
    assert ops[0][1]["volume"] == level


def test_ditching_the_music_still_removes_it() -> None:
    assert plan("ditch the soundtrack", *SHOTS) == [("remove_music", {})]


@pytest.mark.parametrize("text", ["用我自己录的歌当背景音乐", "背景音乐换成我自己唱的"])
def test_ones_own_song_needs_an_upload(text: str) -> None:
    draft = draft_of(*CN_SHOTS, music=True)
    result = plan_turn(text, CONFIG, draft, None, uploaded=frozenset())
    assert result.operations == []
    assert "上传" in result.reply_if_empty


@pytest.mark.parametrize(
    ("text", "words", "extra"),
    [
        ("put a caption at the top: open late, walk-ins in", "open late, walk-ins in", {}),
        ("title: Grand Opening, for the first 2 seconds", "Grand Opening", {"duration": 2.0}),
        ("could you add a caption: 2 for 1, today only", "2 for 1, today only", {}),
    ],
)
def test_words_after_a_colon_keep_their_commas(
    text: str, words: str, extra: dict[str, Any]
) -> None:
    ops = plan(text, *SHOTS)
    assert ops[0][0] == "add_text"
    assert ops[0][1]["txt"] == words
    assert extra.items() <= ops[0][1].items()


def test_a_request_after_the_words_is_a_request() -> None:
    ops = plan("add a caption: see you there, and make it yellow", *SHOTS)
    assert ops[0][1]["txt"] == "see you there"
    assert "color" in ops[-1][1]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("a quick dissolve between the kettle and the harbour", "seg_1", "seg_2"),
        ("crossfade between clip 1 and clip 2, half a second", 1, 2),
        ("在第二段和第三段之间加个转场", 2, 3),
    ],
)
def test_a_crossfade_between_two_clips_is_that_cut_only(text: str, a: object, b: object) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["set_transition"]
    args = ops[0][1]
    assert (args.get("a_id", args.get("a")), args.get("b_id", args.get("b"))) == (a, b)


def test_crossfades_between_all_the_clips_are_every_cut() -> None:
    assert plan("crossfades between all the clips", *SHOTS) == [("set_transition", {"ms": 500})]


def test_one_crossfade_is_set_on_the_later_clip_and_only_there() -> None:
    draft = draft_of(*SHOTS)
    change = set_transition(draft, {"ms": 400, "a_id": "seg_2", "b_id": "seg_1"}, None)
    assert [seg.m.get("xfade") for seg in change.draft.t[0].sg] == [None, None, 400]
    assert "clips 2 and 3" in change.en


def test_a_crossfade_between_clips_that_do_not_touch_is_refused() -> None:
    with pytest.raises(EditError):
        set_transition(draft_of(*SHOTS), {"ms": 400, "a": 1, "b": 3}, None)


@pytest.mark.parametrize(
    "text",
    [
        "move the harbour one to the end, it's the nicest one",
        "put the lantern first, that one looks gorgeous",
    ],
)
def test_praise_beside_a_request_is_not_a_request(text: str) -> None:
    assert [name for name, _ in plan(text, *SHOTS)] == ["move_clip"]


@pytest.mark.parametrize(
    ("text", "motion"),
    [
        ("give it a gentle pan left", "pan_left"),
        ("slow zoom out on it", "zoom_out"),
        ("use the pic i sent, slow zoom in on it", "zoom_in"),
        ("add my photo, then pan right across it", "pan_right"),
    ],
)
def test_a_camera_move_said_alone_animates_the_photo_once(text: str, motion: str) -> None:
    ops = plan(text, *SHOTS)
    assert [name for name, _ in ops] == ["animate_image"]
    assert ops[0][1]["motion"] == motion


def test_two_numbered_photos_are_two_clips() -> None:
    ops = plan("animate photo 1 with a zoom and photo 2 with a pan")
    assert [(name, args.get("image")) for name, args in ops] == [
        ("animate_image", 1),
        ("animate_image", 2),
    ]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("在来一段竹林的 三秒", "竹林"),
        ("茶园也要一段，四秒", "茶园"),
        ("生成灯笼夜景视屏", "灯笼夜景"),
    ],
)
def test_hasty_chinese_typing_stays_out_of_the_prompt(text: str, prompt: str) -> None:
    ops = plan(text)
    assert [name for name, _ in ops] == ["generate_clip"]
    assert ops[0][1]["prompt"] == prompt
