"""Planning the readings the fresh26–29 sets found wanting, in phrasings of our own.

Per-item lengths in a list, lengths said in minutes or milliseconds, fades taken away, a thing
inside a clip (not the clip) to remove, remarks around a request, a clause that only gives a
length or a span, and edits that name a clip and the music together.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))


def plan(text: str, *labels: str, title: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    draft = draft_of(*labels, music=True, title=title) if labels else None
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, None).operations]


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("we need two clips: a paper lantern 2s and a stone bridge for four seconds", [2.0, 4.0]),
        ("make 3 clips: an owl 3 s, a moth, a full moon 2 seconds", [3.0, 5.0, 2.0]),
        ("生成两段：茶园 3秒，竹林小路 6秒", [3.0, 6.0]),
        ("two 3 second clips, one of a canoe and one of a heron", [3.0, 3.0]),
        ("来两段：雪山和草原，各五秒", [5.0, 5.0]),
    ],
)
def test_each_listed_clip_gets_the_length_said_with_it(text: str, lengths: list[float]) -> None:
    ops = plan(text)
    assert [name for name, _ in ops] == ["generate_clip"] * len(lengths)
    assert [args["seconds"] for _, args in ops] == lengths


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("make 20 seconds of waves rolling onto pebbles", 20.0),
        ("a clip of a busy night market, about half a minute long", 30.0),
        ("一段海边栈道的视频，大概4秒左右", 4.0),
        ("hey so a clip of steam rising from a kettle, 3 seconds long", 3.0),
    ],
)
def test_a_length_said_apart_from_the_clip_is_its_length(text: str, seconds: float) -> None:
    ops = plan(text)
    assert [name for name, _ in ops] == ["generate_clip"]
    assert ops[0][1]["seconds"] == seconds
    assert not any(w in ops[0][1]["prompt"] for w in ("second", "long", "秒", "左右", "hey"))


@pytest.mark.parametrize(
    ("text", "key", "ms"),
    [
        ("give the last clip a 250 ms fade out", "fade_out", 250),
        ("fade in over 1200 milliseconds", "fade_in", 1200),
        ("淡出300毫秒", "fade_out", 300),
    ],
)
def test_milliseconds_are_read_as_milliseconds(text: str, key: str, ms: int) -> None:
    ops = plan(text, "owl", "moth")
    assert ops and ops[0][0] == "set_fade" and ops[0][1][key] == ms


def test_a_crossfade_in_milliseconds() -> None:
    assert plan("crossfades of 400ms please", "owl", "moth") == [("set_transition", {"ms": 400})]


@pytest.mark.parametrize(
    "text", ["take the fade off the second clip", "no fades on clip 2", "去掉第二段的淡入淡出"]
)
def test_a_fade_taken_away_is_set_to_nothing(text: str) -> None:
    ops = plan(text, "owl", "moth", "moon")
    assert [name for name, _ in ops] == ["set_fade"]
    assert ops[0][1]["target"]["index"] == 2
    assert {ops[0][1].get("fade_in", 0), ops[0][1].get("fade_out", 0)} == {0}


@pytest.mark.parametrize(
    "text",
    [
        "remove the graffiti from the bridge clip",
        "get rid of the crumbs on the table in the cake shot",
        "make the van look shiny and new",
        "the choir is out of tune, can you fix it",
    ],
)
def test_a_change_inside_a_picture_is_declined_and_deletes_nothing(text: str) -> None:
    draft = draft_of("stone bridge", "cake on table", "white van", "choir", music=True)
    result = plan_turn(text, CONFIG, draft, None)
    assert result.operations == []
    assert "can't" in result.reply_if_empty


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("remove the bridge clip from the timeline", "delete_clip"),
        ("remove the first 2 seconds from the cake clip", "trim"),
        ("wipe everything and start again", "start_over"),
    ],
)
def test_removing_clips_and_time_still_works(text: str, name: str) -> None:
    assert plan(text, "stone bridge", "cake on table")[0][0] == name


def test_wiping_inside_a_description_is_a_new_clip_not_a_fresh_start() -> None:
    ops = plan("one more, a window being wiped clean, 2s", "stone bridge")
    assert [name for name, _ in ops] == ["generate_clip"]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("您好！我是一名茶艺师。请帮我生成一段四秒的茶汤倒入杯中的视频", "茶汤倒入杯中"),
        ("Hello! I'm a beekeeper from Devon. Make a clip of bees on lavender, 3 s", "lavender"),
        ("外滩的夜景真的很美，再生成一段三秒的外滩夜景", "外滩夜景"),
    ],
)
def test_greetings_and_remarks_make_no_clip(text: str, prompt: str) -> None:
    ops = plan(text)
    assert [name for name, _ in ops] == ["generate_clip"]
    assert prompt in ops[0][1]["prompt"] and "我是" not in ops[0][1]["prompt"]


def test_a_span_after_a_caption_times_the_caption_and_cuts_nothing() -> None:
    ops = plan("add a caption 'Tickets at the door' near the end, final 3 seconds", "owl", "moth")
    assert [name for name, _ in ops] == ["add_text"]
    assert ops[0][1]["duration"] == 3.0


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("fade out the final clip and the music", ["clip", "bgm"]),
        ("mute clip 2 and the music", ["clip", "bgm"]),
    ],
)
def test_a_clip_and_the_music_named_together_are_two_edits(text: str, kinds: list[str]) -> None:
    ops = plan(text, "owl", "moth")
    assert [args["target"]["kind"] for _, args in ops] == kinds
    assert "add_music" not in [name for name, _ in ops]


def test_music_named_without_a_verb_is_added_at_its_level() -> None:
    ops = plan("gentle piano music at 20%, fading out at the end")
    assert ops[0] == ("add_music", {"mood": "calm", "upload": False, "volume": 0.2})
    assert ops[1][0] == "set_fade" and ops[1][1]["target"]["kind"] == "bgm"


@pytest.mark.parametrize(
    ("text", "edit"),
    [
        ("pls make the music quieter", "set_volume"),
        ("the music should start at 3 seconds", "time_music"),
        ("背景音乐从第4秒开始", "time_music"),
    ],
)
def test_edits_of_the_music_do_not_add_music(text: str, edit: str) -> None:
    assert [name for name, _ in plan(text, "owl")] == [edit]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("标题 改成 周末去爬山", "周末去爬山"),
        ("加个标题 春日限定 放在下面", "春日限定"),
        ("加字幕：明天见，放在顶部", "明天见"),
    ],
)
def test_chinese_words_without_quotes_end_where_the_place_begins(text: str, words: str) -> None:
    ops = plan(text, "owl", title="老标题")
    assert ops[0][0] in ("edit_text", "add_text") and ops[0][1]["txt"] == words


def test_a_chinese_colour_is_a_style_not_new_words() -> None:
    ops = plan("标题改成灰色", "owl", title="早安")
    assert ops == [
        ("style_text", {"target": {"kind": "text", "role": "title"}, "color": ops[0][1]["color"]})
    ]


def test_a_text_named_by_the_fact_it_says() -> None:
    ops = plan("could you update the price to $99", "owl", title="$120")
    assert ops[0][0] == "edit_text" and ops[0][1]["target"]["fact"] == "price"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("put a paper boat between them, 2 seconds", "after"),
        ("add one of a red kite too, three seconds, between the two clips", "after"),
        ("make a clip of a tram and put it between the 2 clips", "after"),
    ],
)
def test_a_new_clip_between_the_two_there(text: str, place: str) -> None:
    ops = plan(text, "owl", "moth")
    assert [name for name, _ in ops] == ["generate_clip"]
    assert ops[0][1]["place"] == {"at": place, "id": "seg_0"}


@pytest.mark.parametrize(
    ("text", "seg"),
    [
        ("那个竹林的放慢一点", "seg_1"),
        ("把桥那段删掉", "seg_0"),
        ("trim the moth clip to 1 s and the moon one slowed down a bit", "seg_3"),
    ],
)
def test_the_clip_meant_by_what_it_shows(text: str, seg: str) -> None:
    ops = plan(text, "石桥", "竹林", "moth", "moon")
    assert ops[-1][1]["target"]["id"] == seg, ops


def test_an_edit_clause_nothing_understood_is_said_not_swallowed() -> None:
    result = plan_turn(
        "trim the owl clip to 2 s and the moth one wibbled sideways, slowed too",
        CONFIG,
        draft_of("owl", "moth"),
        None,
    )
    names = [op.name for op in result.operations]
    assert names != ["trim"]
