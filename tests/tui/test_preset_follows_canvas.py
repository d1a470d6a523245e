"""The export follows the canvas every time it changes, until the person picks a preset."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Select

from lumatui.engine.media.probe import probe
from lumatui.tui.app import LumaApp
from lumatui.tui.messages import ExportFinished, TurnFinished
from lumatui.tui.widgets.export_panel import ExportPanel
from tests.support.engine import RunningEngine
from tests.tui.helpers import chat_text, send, wait_for

SIZE = (140, 40)


class Recorder:
    """The app's announcements, so the test waits on them and never on the clock."""

    def __init__(self) -> None:
        self.exports: list[ExportFinished] = []
        self.turns = 0

    def __call__(self, message: Message) -> None:
        if isinstance(message, ExportFinished):
            self.exports.append(message)
        elif isinstance(message, TurnFinished):
            self.turns += 1


async def turn(pilot, seen: Recorder, text: str) -> None:  # type: ignore[no-untyped-def]
    before = seen.turns
    await send(pilot, text)
    await wait_for(pilot, lambda: seen.turns > before and not pilot.app.turn_running)


async def test_a_wide_canvas_exports_1920x1080_with_ctrl_e(engine: RunningEngine) -> None:
    seen = Recorder()
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE, message_hook=seen) as pilot:
        await wait_for(pilot, lambda: app.ready)
        panel = app.query_one(ExportPanel)
        assert panel.preset == "tiktok"  # a new draft is 9:16
        await turn(pilot, seen, "generate a 1-second clip of a lighthouse")
        await turn(pilot, seen, "make it 16:9")
        await wait_for(pilot, lambda: (app.draft.m.width, app.draft.m.height) == (1920, 1080))
        assert panel.preset == "youtube"
        assert "Timeline (" not in chat_text(app)  # replies say what changed, not the timeline
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: bool(seen.exports), timeout=120)
        path = seen.exports[0].path
        assert path is not None, seen.exports[0].error
        info = probe(path)
        assert (info.width, info.height) == (1920, 1080)
        assert "cropped" not in chat_text(app)
        # Back to portrait in other words: the suggestion follows again.
        await turn(pilot, seen, "switch the canvas to 9:16 vertical")
        await wait_for(pilot, lambda: panel.preset == "tiktok")


async def test_a_preset_picked_by_hand_stays_and_a_crop_is_announced(
    engine: RunningEngine,
) -> None:
    seen = Recorder()
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE, message_hook=seen) as pilot:
        await wait_for(pilot, lambda: app.ready)
        panel = app.query_one(ExportPanel)
        await turn(pilot, seen, "generate a 1-second clip of a quiet lake")
        panel.query_one("#export-preset", Select).value = "square"  # as the list's pick does
        await wait_for(pilot, lambda: app.preset_by_hand)
        await turn(pilot, seen, "change the aspect ratio to 16:9 please")
        await wait_for(pilot, lambda: app.draft.m.width > app.draft.m.height)
        await pilot.pause()
        assert panel.preset == "square"  # the canvas no longer chooses
        await pilot.press("ctrl+e")
        warning = (
            "The canvas is 16:9; Square is 1:1 — generated clips are redrawn at 1:1; "
            "uploads are cropped to fill it (shown whole over a blur when set to fit)."
        )
        assert warning in str(panel.query_one("#export-warning").render())
        await wait_for(pilot, lambda: bool(seen.exports), timeout=120)
        assert warning in chat_text(app)
        path = seen.exports[0].path
        assert path is not None, seen.exports[0].error
        info = probe(Path(path))
        assert (info.width, info.height) == (1080, 1080)
