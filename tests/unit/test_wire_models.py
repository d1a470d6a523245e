"""The shared wire models: tolerant parsing, round trips, every poll shape."""

import pytest

from lumatui.protocol.draft import Draft, StateData
from lumatui.protocol.render import parse_poll
from lumatui.protocol.summary import timeline_summary


def test_draft_keeps_unknown_keys_on_a_round_trip() -> None:
    wire = {
        "t": [
            {
                "tt": 0,
                "sg": [{"id": "a", "st": 0, "d": 5000, "in": 250, "fx": {"x": 1}}],
                "zz": True,
            }
        ],
        "d": 5000,
        "m": {"width": 720, "height": 1280, "title": "T", "extra": [1, 2]},
        "future": "kept",
    }
    draft = Draft.model_validate(wire)
    assert draft.t[0].sg[0].in_ == 250
    out = draft.wire()
    assert out["future"] == "kept"
    assert out["t"][0]["sg"][0]["fx"] == {"x": 1}
    assert out["t"][0]["sg"][0]["in"] == 250
    assert out["m"]["extra"] == [1, 2]
    assert draft.ready


def test_state_with_no_draft_defaults_to_the_vertical_canvas() -> None:
    state = StateData.model_validate({"session_id": "1", "state": {}})
    assert (state.state.draft.m.width, state.state.draft.m.height) == (1080, 1920)
    assert not state.state.draft.ready


@pytest.mark.parametrize(
    ("body", "status", "url"),
    [
        (
            {"status": "completed", "output": {"url": "http://x/a.mp4"}},
            "completed",
            "http://x/a.mp4",
        ),
        ({"code": 0, "data": {"status": "completed", "outputUrl": "u1"}}, "completed", "u1"),
        ({"success": True, "data": {"status": "processing", "progress": 40}}, "processing", None),
        ({"success": False, "error": "boom"}, "failed", None),
    ],
)
def test_every_poll_shape(body: dict, status: str, url: str | None) -> None:
    result = parse_poll(body, "job")
    assert result.status == status
    assert result.output_url == url


def test_poll_failure_keeps_the_error() -> None:
    result = parse_poll({"success": True, "data": {"status": "failed", "error": "no disk"}})
    assert result.finished and result.error == "no disk"


def test_summary_reads_like_the_protocol_example() -> None:
    draft = Draft.model_validate(
        {
            "t": [
                {"tt": 0, "sg": [{"st": 0, "d": 10000, "m": {"label": "city timelapse"}}]},
                {"tt": 1, "sg": [{"st": 0, "d": 10000, "vol": 0.35, "m": {"label": "Lo-fi"}}]},
                {"tt": 7, "sg": [{"st": 0, "d": 3000, "txt": "Urban Dreams"}]},
            ]
        }
    )
    assert timeline_summary(draft) == (
        "Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) "
        '3. Title: "Urban Dreams" (0-3s)'
    )
    assert timeline_summary(Draft()) == "Timeline is empty."
