"""Edits named by what things say or show, judged by the draft."""

from __future__ import annotations

from tests.support.chat import new_session
from tests.support.engine import RunningEngine


def test_change_one_quoted_text_to_another(engine: RunningEngine) -> None:
    chat = new_session(
        engine,
        "generate a 2-second clip of a street",
        "add a title 'Urban Dreams' for the first second",
        "add a caption 'see you' at the end",
    )
    chat.say('change "Urban Dreams" to "City Nights"')
    assert sorted(seg["txt"] for seg in chat.texts) == ["City Nights", "see you"]


def test_reverse_the_clips(engine: RunningEngine) -> None:
    chat = new_session(
        engine,
        "generate a 1-second clip of a beach",
        "generate a 1-second clip of a forest",
        "generate a 1-second clip of a desert",
    )
    chat.say("reverse the order of the clips")
    assert [seg["m"]["label"] for seg in chat.clips] == ["desert", "forest", "beach"]
    assert [seg["st"] for seg in chat.clips] == [0, 1000, 2000]


def test_mute_only_the_clip_named_by_what_it_shows(engine: RunningEngine) -> None:
    chat = new_session(
        engine, "generate a 1-second clip of a beach", "generate a 1-second clip of a city"
    )
    chat.say("mute the beach clip")
    volumes = {seg["m"]["label"]: seg.get("vol") for seg in chat.clips}
    assert volumes["beach"] == 0.0 and volumes["city"] != 0.0
