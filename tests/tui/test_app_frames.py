"""Frames in the real app on the real engine: posters, a selected segment, /preview, the sheet."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops
from textual.message import Message
from textual.worker import WorkerState

from lumatui.tui.app import LumaApp
from lumatui.tui.messages import ExportFinished
from lumatui.tui.widgets.frame_view import FrameView
from lumatui.tui.widgets.poster_row import PosterRow
from lumatui.tui.widgets.preview_panel import PreviewPanel
from lumatui.tui.widgets.timeline_strip import TimelineStrip
from tests.support.engine import RunningEngine
from tests.tui.helpers import screen_text, send, wait_for

SIZE = (140, 44)
MEDIA = 120.0  # renders on a loaded 2-core machine


async def generated(pilot, app: LumaApp, ask: str) -> None:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: app.ready)
    await send(pilot, ask)
    await wait_for(pilot, lambda: not app.turn_running and app.draft.ready, timeout=MEDIA)


async def test_a_generated_clip_gets_a_poster_and_its_frame_when_selected(
    engine: RunningEngine,
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await generated(pilot, app, "generate a 2-second clip of a green forest")
        row = app.query_one(PosterRow)
        await wait_for(pilot, lambda: row.drawn, timeout=MEDIA)
        (poster,) = row.query(FrameView)
        assert isinstance(poster.showing, Path) and poster.showing.stat().st_size > 0
        frame = app.query_one("#strip-frame", FrameView)
        assert frame.showing is None
        app.query_one(TimelineStrip).focus()
        await pilot.press("right")
        await wait_for(pilot, lambda: frame.showing is not None, timeout=MEDIA)
        with Image.open(frame.showing) as image:  # type: ignore[arg-type]
            assert image.width == 320 and image.height > image.width  # the 9:16 canvas
        assert "Loading frame" not in screen_text(app)


async def test_preview_plays_frames_that_change_and_a_second_cancels_the_first(
    engine: RunningEngine,
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await generated(pilot, app, "generate a 6-second clip of a busy city street at night")
        assert not app.query(PreviewPanel)  # made on the first /preview: start-up never pays
        await send(pilot, "/preview")
        panel = app.query_one(PreviewPanel)
        # the job is asked for and its worker is listed, which need not happen in that order
        await wait_for(
            pilot,
            lambda: bool(app.previews.jobs) and any(w.group == "preview" for w in app.workers),
        )
        first_worker = next(w for w in app.workers if w.group == "preview")
        await pilot.press("f5")  # again, before the first is done: it is cancelled
        await wait_for(pilot, lambda: first_worker.state is WorkerState.CANCELLED)
        assert panel.display
        await wait_for(pilot, lambda: panel.at >= 5, timeout=MEDIA)  # playing, at 5 fps
        shown = [panel.frames[n] for n in range(panel.at + 1)]
        assert any(ImageChops.difference(shown[0], f).getbbox() for f in shown[1:])
        assert len(app.previews.jobs) == 2
        assert app.workspace is not None
        first = await app.workspace.client.poll_render(app.previews.jobs[0])
        # The cancel is sent to the engine; a draft render that finished before it arrived
        # stays finished (it is never played: its worker is cancelled, checked above).
        assert first.status in ("cancelled", "completed")
        await wait_for(pilot, lambda: panel.decoded and panel._timer is None, timeout=MEDIA)
        assert len(panel.frames) == 30  # 6 s at 5 fps
        assert "Played 6.0 s at 5 fps, muted." in screen_text(app)
        await pilot.click("#preview-close")
        assert not panel.display


async def test_preview_of_an_empty_timeline_says_so(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "/preview")
        await wait_for(pilot, lambda: "Nothing to preview yet" in screen_text(app))
        assert not app.query(PreviewPanel)


async def test_an_export_shows_a_contact_sheet_of_the_file(engine: RunningEngine) -> None:
    finished: list[ExportFinished] = []

    def hook(message: Message) -> None:
        if isinstance(message, ExportFinished):
            finished.append(message)

    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await generated(pilot, app, "generate a 3-second clip of a snowy mountain")
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: bool(finished), timeout=MEDIA)
        sheet = app.query_one("#export-sheet", FrameView)
        await wait_for(pilot, lambda: sheet.showing is not None, timeout=MEDIA)
        assert sheet.request is not None and len(sheet.request.times) == 6
        with Image.open(sheet.showing) as image:  # type: ignore[arg-type]
            tile_height = image.height  # 9:16: one row of six
            assert image.width == 6 * 160 and tile_height > 160
        assert finished[0].path is not None
        assert sheet.request.src == finished[0].path.as_uri()
