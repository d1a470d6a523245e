"""The render plan's text: safe zone, wrapping, fonts, colours and escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lumatui.engine.render.fonts import estimate_width, has_cjk
from lumatui.engine.render.plan import build_render_plan, filter_spec
from lumatui.protocol.draft import Draft
from tests.unit.test_render_plan_video import graph_of, plan_for


def test_text_stays_in_the_safe_zone_and_wraps() -> None:
    long = "a headline that is far too long for one line of a vertical video"
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [
                   {"d": 1000, "txt": long, "m": {"position": "top", "size": 90}},
                   {"st": 1000, "d": 1000, "txt": "Bottom", "m": {"position": "bottom"}},
                   {"st": 2000, "d": 1000, "txt": "Mid", "m": {"anim": "fade"}},
               ]}]},
    )  # fmt: skip
    graph = graph_of(plan.args)
    draws = re.findall(r"drawtext=([^,]*(?:\\,[^,]*)*)", graph)
    assert len(draws) >= 4  # the long title wrapped onto several lines
    for draw in draws:
        text = re.search(r"text=(.*?):expansion", draw).group(1)  # type: ignore[union-attr]
        size = int(re.search(r"fontsize=(\d+)", draw).group(1))  # type: ignore[union-attr]
        y = int(re.search(r":y=(\d+)", draw).group(1))  # type: ignore[union-attr]
        assert estimate_width(text.replace("\\", ""), size) <= 1080 * 0.8
        assert y >= 1920 * 0.2 and y + size * 1.25 <= 1920 * 0.8 + 1
    assert "alpha=clip(min((t-2.000)/0.300\\,(3.000-t)/0.300)\\,0\\,1)" in graph
    assert "enable=between(t\\,1.000\\,2.000)" in graph


def test_cjk_text_uses_a_cjk_font_or_is_left_out_with_a_warning() -> None:
    draft = {
        "t": [
            {"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}]},
            {
                "tt": 7,
                "sg": [{"d": 1000, "txt": "日落时分"}, {"st": 1000, "d": 1000, "txt": "Sunset"}],
            },
        ]
    }
    without = plan_for(draft)
    graph = graph_of(without.args)
    assert "日落" not in graph and "text=Sunset" in graph
    assert any("CJK" in w and "日落时分" in w for w in without.warnings)
    with_font = plan_for(draft, cjk="/fonts/NotoSansCJK.ttc")
    graph = graph_of(with_font.args)
    assert "fontfile=/fonts/NotoSansCJK.ttc:text=日落时分" in graph
    assert not with_font.warnings
    assert has_cjk("カタカナ") and has_cjk("한국어") and not has_cjk("café")


def test_text_is_escaped_for_both_filter_levels() -> None:
    text = "It's 50%: [a], b; c\\d"
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
                {"tt": 7, "sg": [{"d": 2000, "txt": text, "m": {"size": 40}}]},
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
    graph = graph_of(plan.args)
    assert "drawtext" not in graph
    assert "color=c=black:s=1080x1920:r=30:d=1.000" in graph  # still a valid video


def test_text_warnings_for_replies() -> None:
    from lumatui.engine.render.fonts import SystemFonts, text_warnings

    none = SystemFonts(latin="/f.ttf", cjk=None)
    said = text_warnings(["Hello", "你好", "你好"], none)
    assert len(said) == 1 and "CJK" in said[0] and "你好" in said[0]
    assert text_warnings(["Hello", "你好"], SystemFonts("/f.ttf", "/cjk.ttc")) == []
    assert SystemFonts(latin=None, cjk="/cjk.ttc").font_for("Hello") == "/cjk.ttc"


def test_text_colours_are_checked() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [{"d": 1000, "txt": "A", "m": {"color": "gold"}},
                                {"st": 1000, "d": 1000, "txt": "B", "m": {"color": "#ff000080"}},
                                {"st": 2000, "d": 1000, "txt": "C", "m": {"color": "golden"}}]}]}
    )  # fmt: skip
    graph = graph_of(plan.args)
    assert "fontcolor=0xFFD700" in graph and "fontcolor=0xFF000080" in graph
    assert "fontcolor=0xFFFFFF" in graph
    assert plan.warnings == ["Unknown colour 'golden' for C; used white."]


def test_characters_the_font_cannot_draw_are_left_out_and_said() -> None:
    from lumatui.engine.render.fonts import SystemFonts, find_font

    font = find_font()
    if font is None:
        pytest.skip("no font on this machine")
    fonts = SystemFonts(latin=font, cjk=None)
    assert fonts.missing(font, "Café — “ok” ñ") == ""
    assert fonts.missing(font, "Sun \U0001f31e and \U0001f31e") == "\U0001f31e"
    draft = Draft.model_validate(
        {"t": [{"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [{"d": 1000, "txt": "Summer \U0001f31e", "m": {"size": 40}},
                                {"st": 1000, "d": 1000, "txt": "\U0001f31e\U0001f30a"}]}]}
    )  # fmt: skip
    plan = build_render_plan(
        draft, resolve_media=lambda s: Path("/media") / s, out_path=Path("/o.mp4"), fonts=fonts
    )
    graph = graph_of(plan.args)
    assert "text=Summer:" in graph and "\U0001f31e" not in graph
    assert plan.warnings == [
        "No installed font can draw '\U0001f31e' in 'Summer \U0001f31e'; "
        "those characters were left out.",
        "No installed font can draw '\U0001f31e\U0001f30a' in '\U0001f31e\U0001f30a'; "
        "it was left out.",
    ]
