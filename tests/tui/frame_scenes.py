"""The frame states, reached by driving the app as a person would (for screenshots).

Frames are drawn as half-blocks whatever terminal runs this, so the pictures are the same on
every machine; the clips are the local engine's, made from the same words every time.
"""

from __future__ import annotations

from textual.pilot import Pilot

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.poster_row import PosterRow
from lumatui.tui.widgets.preview_panel import PreviewPanel
from lumatui.tui.widgets.timeline_strip import TimelineStrip
from tests.tui.helpers import send, wait_for
from tests.tui.scenes import _steady, _turn, welcome

MEDIA = 120.0


async def _two_clips(pilot: Pilot[None]) -> LumaApp:
    app: LumaApp = pilot.app  # type: ignore[assignment]
    await welcome(pilot)
    await _turn(pilot, "generate a 4-second clip of a red sunset over the ocean")
    await _turn(pilot, "generate a 3-second clip of a green forest")
    row = app.query_one(PosterRow)
    await wait_for(pilot, lambda: row.drawn and len(row.query("FrameView")) == 2, MEDIA)
    return app


async def segment_frame(pilot: Pilot[None]) -> None:
    """Posters under the blocks; the second clip selected, its frame beside its details."""
    app = await _two_clips(pilot)
    strip = app.query_one(TimelineStrip)
    strip.select(list(strip.segments)[1])
    frame = app.query_one("#strip-frame")
    await wait_for(pilot, lambda: frame.showing is not None, MEDIA)  # type: ignore[attr-defined]
    await _steady(pilot)


async def preview_playing(pilot: Pilot[None]) -> None:
    """/preview a second into playing the draft (stopped there, so the picture holds)."""
    app = await _two_clips(pilot)
    await send(pilot, "/preview")
    panel = app.query_one(PreviewPanel)
    await wait_for(pilot, lambda: panel.at >= 5, MEDIA)
    panel._stop()
    await _steady(pilot)


async def export_sheet(pilot: Pilot[None]) -> None:
    """After an export: the file's contact sheet under the Export panel's buttons."""
    app = await _two_clips(pilot)
    await pilot.press("ctrl+e")
    sheet = app.query_one("#export-sheet")
    await wait_for(pilot, lambda: sheet.showing is not None, MEDIA)  # type: ignore[attr-defined]
    await _steady(pilot)


SCENES = [
    ("segment-frame", segment_frame),
    ("preview-playing", preview_playing),
    ("export-contact-sheet", export_sheet),
]
