"""The local history store and the draft diff: pure or file-only, no server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.client.history import History
from lumatui.protocol.draft import Draft, DraftMeta, Segment, Track, TrackType
from lumatui.protocol.draft_diff import describe_changes

API = "http://127.0.0.1:1"


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    store = History(tmp_path / "history.db")
    yield store
    store.close()


def test_last_session_is_the_most_recently_used(history: History) -> None:
    history.remember_session(API, "1", "t1")
    history.remember_session(API, "2", "t2")
    history.remember_session(API, "1")
    last = history.last_session(API)
    assert last is not None and last.session_id == "1" and last.task_id == "t1"
    assert history.last_session("http://elsewhere") is None


def test_transcript_keeps_order_and_titles_the_session(history: History) -> None:
    history.remember_session(API, "1")
    history.add_message(API, "1", "user", "a sunset clip\nsecond line")
    history.add_message(API, "1", "assistant", "Generated.")
    texts = [(m.role, m.text) for m in history.messages(API, "1")]
    assert texts == [("user", "a sunset clip\nsecond line"), ("assistant", "Generated.")]
    record = history.session(API, "1")
    assert record is not None
    assert record.title == "a sunset clip"
    assert record.last_message == "Generated."
    with pytest.raises(ValueError):
        history.add_message(API, "1", "robot", "?")


def test_history_survives_reopening(tmp_path: Path) -> None:
    first = History(tmp_path / "h.db")
    first.remember_session(API, "7")
    first.add_message(API, "7", "user", "hello")
    first.record_export(API, "7", "render_a", "draft")
    first.close()
    again = History(tmp_path / "h.db")
    assert [m.text for m in again.messages(API, "7")] == ["hello"]
    assert [e.job_id for e in again.unfinished_exports(API)] == ["render_a"]
    again.update_export("render_a", "downloaded", path="/tmp/x.mp4")
    assert again.unfinished_exports(API) == []
    assert again.exports(API, "7")[0].path == "/tmp/x.mp4"
    again.close()


def _draft(*segments: tuple[int, Segment], width: int = 1080) -> Draft:
    tracks: dict[int, Track] = {}
    for kind, seg in segments:
        tracks.setdefault(kind, Track(id=f"trk{kind}", tt=kind)).sg.append(seg)
    return Draft(t=list(tracks.values()), m=DraftMeta(width=width))


def test_diff_names_an_added_title() -> None:
    clip = Segment(id="v1", st=0, d=10000, m={"label": "city timelapse"})
    title = Segment(id="x1", st=0, d=3000, txt="Urban Dreams")
    before = _draft((TrackType.VIDEO, clip))
    after = _draft((TrackType.VIDEO, clip), (TrackType.TEXT, title))
    assert describe_changes(before, after) == ['Added Title: "Urban Dreams" (0-3s)']


def test_diff_names_removed_and_changed_segments_and_canvas() -> None:
    music = Segment(id="a1", st=0, d=10000, vol=0.35, m={"label": "Lo-fi"})
    louder = music.model_copy(update={"vol": 0.5})
    clip = Segment(id="v1", st=0, d=10000, m={"label": "city"})
    before = _draft((TrackType.VIDEO, clip), (TrackType.AUDIO, music))
    after = _draft((TrackType.AUDIO, louder), width=1920)
    lines = describe_changes(before, after)
    assert "Removed Video: city (0-10s)" in lines
    assert "Changed BGM: Lo-fi (0-10s, 35%) → Lo-fi (0-10s, 50%)" in lines
    assert "Canvas 1080x1920 → 1920x1920" in lines


def test_diff_of_style_only_change_names_the_keys() -> None:
    title = Segment(id="x1", st=0, d=3000, txt="Hi", m={"color": "white"})
    red = title.model_copy(update={"m": {"color": "red"}})
    lines = describe_changes(_draft((TrackType.TEXT, title)), _draft((TrackType.TEXT, red)))
    assert lines == ['Changed Title: "Hi" (0-3s) (color)']


def test_no_change_means_no_lines() -> None:
    clip = Segment(id="v1", st=0, d=1000)
    assert describe_changes(_draft((TrackType.VIDEO, clip)), _draft((TrackType.VIDEO, clip))) == []
