"""Export: preset, start, progress with status and elapsed time, then the file and its actions.

The panel only renders what it is told and posts what the user asked for; the app runs the
export in a worker.
"""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, ProgressBar, Select, Static

from lumatui.protocol.presets import Preset
from lumatui.terminal_text import safe
from lumatui.tui.text import display_path
from lumatui.tui.widgets.frame_view import FrameRequest, FrameView

STATUS_WORDS = {
    "submitting": "Submitting",
    "pending": "Waiting in the render queue",
    "processing": "Rendering",
    "downloading": "Downloading",
    "completed": "Done",
}


def clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class ExportPanel(Vertical):
    class Start(Message):
        def __init__(self, preset: str) -> None:
            super().__init__()
            self.preset = preset

    class Open(Message):
        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class CopyPath(Message):
        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class PresetChosen(Message):
        """The person picked a preset in the list (never posted for the canvas's suggestion)."""

        def __init__(self, preset: str) -> None:
            super().__init__()
            self.preset = preset

    def __init__(self, presets: list[Preset], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.presets = presets
        self.path: Path | None = None
        self.running = False
        self._suggested = presets[0].name  # the canvas's pick: a Changed to it is not a choice

    def on_mount(self) -> None:
        self.query_one("#export-warning", Static).display = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="export-row"):
            yield Select(
                self._options(),
                value=self.presets[0].name,
                allow_blank=False,
                compact=True,
                id="export-preset",
            )
            yield Button("Export", id="export-start", variant="primary", compact=True)
        yield ProgressBar(total=100, show_eta=False, id="export-progress")
        yield Static("Ready when your timeline is.", id="export-status", markup=False)
        yield Static("", id="export-warning", markup=False)
        with Horizontal(id="export-actions"):
            yield Button("Open", id="export-open", compact=True, disabled=True)
            yield Button("Copy path", id="export-copy", compact=True, disabled=True)
        yield FrameView(id="export-sheet")

    def _options(self) -> list[tuple[str, str]]:
        return [(p.label, p.name) for p in self.presets]

    @property
    def preset(self) -> str:
        value = self.query_one("#export-preset", Select).value
        return str(value) if isinstance(value, str) else self.presets[0].name

    def set_presets(self, presets: list[Preset], default: str) -> None:
        self.presets = presets
        select = self.query_one("#export-preset", Select)
        with select.prevent(Select.Changed):
            select.set_options(self._options())
        self.suggest(default)

    def suggest(self, preset: str) -> None:
        """Show the preset the canvas calls for, without it counting as the person's choice."""
        select = self.query_one("#export-preset", Select)
        if not any(p.name == preset for p in self.presets):
            return
        self._suggested = preset
        if select.value != preset:
            with select.prevent(Select.Changed):
                select.value = preset

    @on(Select.Changed, "#export-preset")
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, str) and event.value != self._suggested:
            self.post_message(self.PresetChosen(event.value))

    def warn(self, text: str) -> None:
        """A warning that stays until the next export (a shape that crops the picture)."""
        warning = self.query_one("#export-warning", Static)
        warning.update(safe(text))  # the server's warnings too: shown like any server text
        warning.display = bool(text)

    @on(Button.Pressed, "#export-start")
    def _start(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Start(self.preset))

    @on(Button.Pressed, "#export-open")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()
        if self.path is not None:
            self.post_message(self.Open(self.path))

    @on(Button.Pressed, "#export-copy")
    def _copy(self, event: Button.Pressed) -> None:
        event.stop()
        if self.path is not None:
            self.post_message(self.CopyPath(self.path))

    def _status(self, text: str) -> None:
        self.query_one("#export-status", Static).update(text)

    @property
    def sheet(self) -> FrameView:
        return self.query_one("#export-sheet", FrameView)

    def started(self, preset: str, note: str = "", warning: str = "") -> None:
        self.running = True
        self.sheet.clear()
        self.warn(warning)
        self.set_class(False, "done")
        self.set_class(False, "failed")
        self.query_one("#export-start", Button).disabled = True
        self.query_one(ProgressBar).update(progress=0)
        self._status(note or f"Starting ({preset})…")

    def progress(self, status: str, percent: float, elapsed: float) -> None:
        self.query_one(ProgressBar).update(progress=percent)
        word = STATUS_WORDS.get(status) or safe(status).capitalize()
        self._status(f"{word} · {percent:.0f}% · {clock(elapsed)}")

    def done(
        self, path: Path, elapsed: float | None = None, sheet: FrameRequest | None = None
    ) -> None:
        """The file is saved; ``sheet`` asks for a contact sheet of it under the buttons."""
        self.running = False
        self.path = path
        self.set_class(True, "done")
        self.query_one("#export-start", Button).disabled = False
        self.query_one(ProgressBar).update(progress=100)
        took = f" in {clock(elapsed)}" if elapsed is not None else ""
        self._status(f"Saved{took}:\n{display_path(path)}")
        self.query_one("#export-open", Button).disabled = False
        self.query_one("#export-copy", Button).disabled = False
        if sheet is not None:
            self.sheet.want(sheet, waiting="Making a contact sheet…")

    def failed(self, message: str) -> None:
        self.running = False
        self.set_class(True, "failed")
        self.query_one("#export-start", Button).disabled = False
        self._status(f"Export failed: {safe(message)}")  # the server's words

    def reset(self) -> None:
        """Another session: forget the last file, unless a render is still running."""
        if self.running:
            return
        self.path = None
        self.set_class(False, "done")
        self.set_class(False, "failed")
        self.query_one(ProgressBar).update(progress=0)
        self._status("Ready when your timeline is.")
        self.warn("")
        self.sheet.clear()
        self.query_one("#export-open", Button).disabled = True
        self.query_one("#export-copy", Button).disabled = True

    def show_previous(self, path: Path, sheet: FrameRequest | None = None) -> None:
        """On resume: the last file exported in this session (and its contact sheet)."""
        self.path = path
        if sheet is not None:
            self.sheet.want(sheet, waiting="Making a contact sheet…")
        self.query_one(ProgressBar).update(progress=100)
        self._status(f"Last export:\n{display_path(path)}")
        self.query_one("#export-open", Button).disabled = False
        self.query_one("#export-copy", Button).disabled = False
