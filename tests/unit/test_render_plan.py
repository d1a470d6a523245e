"""The render plan is a pure function: draft in, ffmpeg arguments out."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumatui.engine.render_plan import EmptyDraftError, build_render_plan, filter_spec
from lumatui.protocol.draft import Draft


def plan_for(wire: dict, font: str | None = "/fonts/Sans.ttf", missing: set[str] = frozenset()):
    draft = Draft.model_validate(wire)

    def resolve(src: str) -> Path | None:
        return None if src in missing else Path("/media") / src

    return build_render_plan(draft, resolve_media=resolve, out_path=Path("/out.mp4"), font=font)


def graph_of(args: list[str]) -> str:
    return args[args.index("-filter_complex") + 1]


def test_clips_land_at_their_start_with_black_gaps() -> None:
    plan = plan_for(
        {
            "t": [
                {
                    "tt": 0,
                    "sg": [
                        {"st": 1000, "d": 2000, "src": "a.mp4", "in": 500},
                        {"st": 4000, "d": 1000, "src": "b.png"},
                    ],
                }
            ],
            "m": {"width": 720, "height": 1280},
        }
    )
    args, graph = plan.args, graph_of(plan.args)
    assert plan.duration_ms == 5000 and (plan.width, plan.height) == (720, 1280)
    assert "color=c=black:s=720x1280:r=30:d=5.000" in args
    assert args[args.index("/media/a.mp4") - 5 : args.index("/media/a.mp4")] == [
        "-ss",
        "0.500",
        "-t",
        "2.000",
        "-i",
    ]
    assert "-loop" in args  # the image is looped for its duration
    assert "setpts=PTS-STARTPTS+1.000/TB" in graph
    assert "between(t\\,1.000\\,3.000)" in graph
    assert "scale=720:1280:force_original_aspect_ratio=increase,crop=720:1280" in graph
    assert args[args.index("-frames:v") + 1] == "150"


def test_encoder_settings() -> None:
    args = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]}).args
    joined = " ".join(args)
    for expected in (
        "-c:v libx264",
        "-profile:v high",
        "-pix_fmt yuv420p",
        "-crf 20",
        "-maxrate 8M",
        "-bufsize 16M",
        "-g 60",
        "-flags +cgop",
        "-c:a aac",
        "-ar 48000",
        "-ac 2",
        "-movflags +faststart",
    ):
        assert expected in joined


def test_bgm_volume_and_delay_over_a_silent_base() -> None:
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 4000, "src": "a.mp4"}]},
                {"tt": 1, "sg": [{"st": 1500, "d": 2000, "src": "m.mp3", "vol": 0.35}]},
            ]
        }
    )
    graph = graph_of(plan.args)
    assert "anullsrc=r=48000:cl=stereo" in plan.args
    assert "volume=0.350" in graph and "adelay=1500:all=1" in graph
    assert "amix=inputs=2:duration=first:normalize=0" in graph


def test_text_is_escaped_for_both_filter_levels() -> None:
    text = "It's 50%: [a], b; c\\d"
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
                {"tt": 7, "sg": [{"d": 2000, "txt": text}]},
            ]
        }
    )
    graph = graph_of(plan.args)
    assert "text=It\\\\\\'s 50%\\\\: \\[a\\]\\, b\\; c\\\\\\\\d" in graph
    assert "expansion=none" in graph


def test_filter_spec_escapes_separators() -> None:
    assert filter_spec("x", {"a": "b:c", "e": "f,g"}) == "x=a=b\\\\:c:e=f\\,g"


def test_missing_media_and_missing_font_are_reported_not_fatal() -> None:
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 1000, "src": "gone.mp4", "m": {"label": "Sunset"}}]},
                {"tt": 7, "sg": [{"d": 1000, "txt": "Hi"}]},
            ]
        },
        font=None,
        missing={"gone.mp4"},
    )
    assert plan.warnings == [
        "Skipped Sunset: its media is missing.",
        "No font was found on this machine; titles were left out.",
    ]
    assert "drawtext" not in graph_of(plan.args)


def test_empty_draft_is_refused() -> None:
    with pytest.raises(EmptyDraftError):
        plan_for({"t": [{"tt": 0, "sg": []}]})
