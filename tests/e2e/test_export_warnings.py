"""`lumatui export` says on stderr what the render left out (a title without a font)."""

from __future__ import annotations

from pathlib import Path

from lumatui.engine.render.fonts import find_cjk_font
from tests.support.engine import RunningEngine

from .test_cli import lumatui


def test_export_warns_about_a_title_left_out(engine: RunningEngine, tmp_path: Path) -> None:
    made = lumatui("ask", "generate a 1-second clip of a quiet harbour", api=engine.url)
    assert made.returncode == 0, made.stderr
    titled = lumatui("ask", 'add the title "港口之夜"', api=engine.url)
    assert titled.returncode == 0, titled.stderr
    result = lumatui("export", "-o", str(tmp_path / "harbour.mp4"), api=engine.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("harbour.mp4")  # stdout stays only the path
    warned = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    if find_cjk_font() is None:
        assert any("港口之夜" in line for line in warned), result.stderr
    else:
        assert not any("港口之夜" in line for line in warned), result.stderr
