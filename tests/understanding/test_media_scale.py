"""``--media-scale``: the corpus's engine keeps the real canvas while its media is drawn small."""

from __future__ import annotations

from pathlib import Path

from lumatui.engine.media.probe import probe
from tests.support.chat import new_session
from tests.support.engine import RunningEngine


def test_made_clips_are_drawn_at_a_sixth_of_the_canvas(
    engine: RunningEngine, tmp_path: Path
) -> None:
    chat = new_session(engine, "generate a 1 second clip of a calm lake", small=False)
    assert (chat.draft()["m"]["width"], chat.draft()["m"]["height"]) == (1080, 1920)
    chat.say("make it 16:9")
    assert (chat.draft()["m"]["width"], chat.draft()["m"]["height"]) == (1920, 1080)
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(chat.raw.get(chat.clips[0]["src"]).content)
    info = probe(clip)
    assert (info.width, info.height) == (320, 180)
