"""``lumatui export`` and the canvas: without ``--preset`` it follows the canvas; a preset of
another shape is announced on stderr before the render."""

from __future__ import annotations

from pathlib import Path

from lumatui.engine.media.probe import probe
from tests.e2e.test_cli import lumatui
from tests.support.engine import RunningEngine


def test_export_follows_a_wide_canvas_and_warns_about_a_crop(
    engine: RunningEngine, tmp_path: Path
) -> None:
    made = lumatui("ask", "generate a 1-second clip of a harbour at dawn", api=engine.url)
    assert made.returncode == 0, made.stderr
    wide = lumatui("ask", "make it 16:9", api=engine.url)
    assert wide.returncode == 0, wide.stderr

    plain = tmp_path / "plain.mp4"
    result = lumatui("export", "-o", str(plain), api=engine.url)
    assert result.returncode == 0, result.stderr
    info = probe(plain)
    assert (info.width, info.height) == (1920, 1080)
    assert "cropped" not in result.stderr

    tall = tmp_path / "tall.mp4"
    result = lumatui("export", "--preset", "shorts", "-o", str(tall), api=engine.url)
    assert result.returncode == 0, result.stderr
    warning = (
        "The canvas is 16:9; Shorts is 9:16 — generated clips are redrawn at 9:16; "
        "uploads are cropped to fill it (shown whole over a blur when set to fit)."
    )
    assert f"lumatui: warning: {warning}" in result.stderr
    assert warning not in result.stdout  # stdout stays the path alone
    assert result.stdout == f"{tall.resolve()}\n"
    info = probe(tall)
    assert (info.width, info.height) == (1080, 1920)

    same = tmp_path / "same.mp4"
    result = lumatui("export", "--preset", "youtube", "-o", str(same), api=engine.url)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
