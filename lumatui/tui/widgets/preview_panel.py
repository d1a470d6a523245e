"""The quick preview: progress while the draft renders, then its frames played inline, muted.

The panel keeps the frames it is handed and plays them at the preview's rate on a timer; it
never renders, downloads or decodes (``lumatui.tui.preview_runner`` does, in a worker). Play
again replays what it holds; Open hands the file to the system's player when there is one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Button, ProgressBar, Static

from lumatui.tui.widgets.export_panel import STATUS_WORDS, clock
from lumatui.tui.widgets.frame_view import FrameRequest, FrameView

if TYPE_CHECKING:
    from PIL.Image import Image


class PreviewPanel(Vertical):
    class Open(Message):
        """Play the preview's file in the system's player."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Closed(Message):
        """The person closed the preview (its render, if running, is of no use now)."""

    class FirstFrame(Message):
        """The first frame of this preview is on screen."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.frames: list[Image] = []
        self.fps = 5
        self.at = 0  # the frame on screen
        self.path: Path | None = None
        self.can_open = False
        self.decoded = False  # every frame is in
        self._timer: Timer | None = None
        self._shown: tuple[str, int, int] = ("", -1, -1)  # the progress on screen

    def compose(self) -> ComposeResult:
        yield FrameView(id="preview-frame")
        yield ProgressBar(total=100, show_eta=False, id="preview-progress")
        yield Static("", id="preview-status", markup=False)
        with Horizontal(id="preview-actions"):
            yield Button("Play again", id="preview-replay", compact=True, disabled=True)
            yield Button("Open in player", id="preview-open", compact=True, disabled=True)
            yield Button("Close", id="preview-close", compact=True)

    @property
    def view(self) -> FrameView:
        return self.query_one("#preview-frame", FrameView)

    def _status(self, text: str) -> None:
        self.query_one("#preview-status", Static).update(text)

    # --- told by the runner --------------------------------------------------------------------

    def begin(self, fps: int, can_open: bool, still: FrameRequest | None = None) -> None:
        """A new preview: forget the last one's frames and show the panel; ``still`` (the
        cut's first frame, from its source) stands in until the draft's own frames come."""
        self._stop()
        self.frames, self.at, self.fps, self.path = [], 0, fps, None
        self.decoded = False
        self.can_open = can_open
        self.display = True
        self.view.clear("Rendering a quick draft…")
        if still is not None:
            self.view.want(still, waiting="Rendering a quick draft…")
        self.query_one(ProgressBar).display = True
        self.query_one(ProgressBar).update(progress=0)
        self.query_one("#preview-replay", Button).disabled = True
        self.query_one("#preview-open", Button).disabled = True
        self._status("Starting the preview…")

    def progress(self, status: str, percent: float, elapsed: float) -> None:
        shown = (status, round(percent), int(elapsed))
        if shown == self._shown:  # polls come every 0.1 s: repaint only what changed
            return
        self._shown = shown
        self.query_one(ProgressBar).update(progress=percent)
        word = STATUS_WORDS.get(status, status.capitalize())
        self._status(f"Preview: {word} · {percent:.0f}% · {clock(elapsed)}")

    def rendered(self, path: Path) -> None:
        self.path = path
        self.query_one(ProgressBar).display = False
        self.query_one("#preview-open", Button).disabled = not self.can_open
        self._status("Playing (muted)…")

    def add_frame(self, image: Image) -> None:
        self.frames.append(image)
        if len(self.frames) == 1:
            self.view.clear()  # a still still on its way is no longer wanted
            self.view.show(image)
            self.post_message(self.FirstFrame())
            self._timer = self.set_interval(1 / self.fps, self._tick)

    def all_frames(self) -> None:
        self.decoded = True

    def failed(self, message: str) -> None:
        self._stop()
        self.query_one(ProgressBar).display = False
        self.view.clear(f"No preview: {message}")
        self._status("")

    # --- playing -------------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.at + 1 < len(self.frames):
            self.at += 1
            self.view.show(self.frames[self.at])
            self._status(f"Playing (muted) · {self.at / self.fps:.1f} s")
        elif self.decoded:
            self._stop()
            length = len(self.frames) / self.fps
            self._status(f"Played {length:.1f} s at {self.fps} fps, muted.")
            self.query_one("#preview-replay", Button).disabled = False

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @on(Button.Pressed, "#preview-replay")
    def _replay(self, event: Button.Pressed) -> None:
        event.stop()
        if not self.frames:
            return
        self._stop()
        self.at = 0
        self.view.show(self.frames[0])
        self.query_one("#preview-replay", Button).disabled = True
        self._timer = self.set_interval(1 / self.fps, self._tick)

    @on(Button.Pressed, "#preview-open")
    def _open(self, event: Button.Pressed) -> None:
        event.stop()
        if self.path is not None:
            self.post_message(self.Open(self.path))

    @on(Button.Pressed, "#preview-close")
    def _close(self, event: Button.Pressed) -> None:
        event.stop()
        self.close()

    def close(self) -> None:
        self._stop()
        self.frames = []
        self.display = False
        self.post_message(self.Closed())
