"""The frame view: half-block drawing (snapshot), loading in a worker, stale answers dropped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.tui.widgets import frame_renderer
from lumatui.tui.widgets.frame_view import FrameRequest, FrameView
from tests.tui.frame_apps import FrameApp, card_image
from tests.tui.helpers import screen_text, wait_for
from tests.unit.test_frames import BLUE, RED, make_clip, near


def test_half_block_fallback(snap_compare: Any, tmp_path: Path) -> None:
    assert frame_renderer.renderer() == "halfcell"  # forced for every TUI test (conftest)
    assert snap_compare(FrameApp(tmp_path, card_image()), terminal_size=(40, 12))


async def test_half_blocks_are_the_pictures_pixels(tmp_path: Path) -> None:
    """Without the snapshot: each cell is an upper half-block, its two colours two pixels."""
    app = FrameApp(tmp_path, card_image(16, 8))
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.pause()
        picture = app.query_one(".frame-picture")
        assert picture.size.height == 8  # as its style says; the width keeps the shape
        lines = picture.render_lines(picture.size.region)
        top_left = next(iter(lines[0]))
        bottom_right = list(lines[-1])[-1]
    assert top_left.text == "▀"
    assert top_left.style.color.triplet[1:] == (30, 30)  # the red quarter
    assert top_left.style.bgcolor.triplet[1:] == (30, 30)
    grey = bottom_right.style.bgcolor.triplet
    assert grey[0] == grey[1] == grey[2] > 150  # the grey quarter at the ramp's bright end


def test_the_renderer_follows_the_terminal() -> None:
    choose = frame_renderer.choose
    assert choose({"TERM": "xterm-kitty"}) == "kitty"
    assert choose({"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-1/default,1,0"}) == "halfcell"
    assert choose({"TERM": "screen-256color"}) == "halfcell"
    assert choose({"TERM": "foot"}) == "sixel"
    assert choose({"TERM_PROGRAM": "WezTerm", "TERM": "xterm-256color"}) == "sixel"
    assert choose({"TERM": "xterm-256color"}) == "halfcell"
    assert choose({"TERM": "xterm-256color", "LUMATUI_IMAGES": "sixel"}) == "sixel"
    with pytest.raises(ValueError):
        frame_renderer.force("ascii-art")


async def test_a_wanted_frame_appears_and_a_stale_one_is_dropped(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", ("red", "blue"))
    app = FrameApp(tmp_path / "frames")
    async with app.run_test(size=(40, 14)) as pilot:
        view = app.query_one(FrameView)
        assert "No frame yet." in screen_text(app)
        view.want(FrameRequest(clip.as_uri(), at_ms=300, width=32))
        assert "Loading frame" in screen_text(app) or view.showing is None
        view.want(FrameRequest(clip.as_uri(), at_ms=1500, width=32))  # moved on before it came
        await wait_for(pilot, lambda: view.showing is not None, timeout=10)
        await app.workers.wait_for_complete()
        assert isinstance(view.showing, Path)
        assert near(_centre(view.showing), BLUE)  # the second, never the first
        early = FrameRequest(clip.as_uri(), at_ms=300, width=32)
        assert not view.show(app.loader.store.folder / "x.jpg", early)  # an old answer
        view.want(early)
        await wait_for(pilot, lambda: view.showing is not None, timeout=10)
        assert near(_centre(view.showing), RED)


async def test_a_frame_that_cannot_be_read_says_so(tmp_path: Path) -> None:
    app = FrameApp(tmp_path / "frames")
    async with app.run_test(size=(60, 8)) as pilot:
        view = app.query_one(FrameView)
        view.want(FrameRequest((tmp_path / "gone.mp4").as_uri()))
        await wait_for(pilot, lambda: "No frame:" in screen_text(app), timeout=10)
        assert "is not there any more" in screen_text(app)


def _centre(path: Path) -> tuple[int, int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.convert("RGB").getpixel((image.width // 2, image.height // 2))
