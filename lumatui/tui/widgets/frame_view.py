"""A frame in the terminal: a picture drawn by textual-image, or one line while there is none.

The view never reads a file or runs ffmpeg itself. Asking it for a frame (``want``) posts
``FrameView.Wanted``; whoever owns the frames (``lumatui.tui.frame_loader``) answers in a worker
with ``show``. An answer for a request the view no longer wants is dropped, so a quick move
between segments never shows the wrong picture. textual-image (and PIL) load on the first
picture, not at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from PIL.Image import Image

    from lumatui.protocol.draft import Draft

LOADING = "Loading frame…"
SHEET_FRAMES = 6
SHEET_TILE_WIDTH = 160  # pixels per frame of a contact sheet


@dataclass(frozen=True)
class FrameRequest:
    """One frame of ``src`` at ``at_ms``, or a contact sheet of the frames at ``times``."""

    src: str
    at_ms: int = 0
    width: int = 320  # pixels; the renderer scales to the cells it has
    times: tuple[int, ...] = ()
    columns: int = 3


def spread(duration_ms: int, count: int) -> list[int]:
    """``count`` times across a video, each in the middle of its share (away from the fades
    at the ends)."""
    if duration_ms <= 0 or count <= 0:
        return [0] * max(count, 0)
    step = duration_ms / count
    return [int(step * n + step / 2) for n in range(count)]


def contact_sheet(video: Path, draft: Draft) -> FrameRequest:
    """About six frames of a finished video of ``draft``: one row when it is tall, two when
    it is wide."""
    columns = SHEET_FRAMES if draft.m.height > draft.m.width else SHEET_FRAMES // 2
    times = tuple(spread(max(draft.d, draft.computed_duration()), SHEET_FRAMES))
    return FrameRequest(video.as_uri(), width=SHEET_TILE_WIDTH, times=times, columns=columns)


class FrameView(Vertical):
    """A picture, a placeholder while it loads, or a line saying why there is none."""

    # Its own size rules travel with it: every screen that holds a frame gets them.
    DEFAULT_CSS = """
    FrameView { height: auto; width: 1fr; }
    FrameView > .frame-note { height: auto; color: $text-muted; }
    FrameView > .frame-picture { width: auto; height: 8; }
    """

    class Wanted(Message):
        """``view`` wants ``request`` drawn."""

        def __init__(self, view: FrameView, request: FrameRequest) -> None:
            super().__init__()
            self.view = view
            self.request = request

    class Shown(Message):
        """A picture is on screen now."""

    def __init__(self, placeholder: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.placeholder = placeholder
        self.request: FrameRequest | None = None
        self.showing: Path | Image | None = None
        self.failed = False  # the request was answered with a reason, not a picture
        self._picture: Widget | None = None
        self.note = Static(placeholder, classes="frame-note", markup=False)  # usable unmounted
        self.note.display = bool(placeholder)

    def compose(self) -> ComposeResult:
        yield self.note

    def want(self, request: FrameRequest, waiting: str = LOADING) -> None:
        """Ask for ``request`` (a repeat of the one shown or on its way does nothing)."""
        if request == self.request:
            return
        self.request = request
        self._say(waiting)
        if self.is_mounted:  # else on_mount asks
            self.call_later(self._ask, request)

    def on_mount(self) -> None:
        if self.request is not None and self.showing is None:
            self._ask(self.request)

    def _ask(self, request: FrameRequest) -> None:
        # Posted from the view's own context: a message does not bubble past the node that was
        # running when it was made, and ``want`` is often called from a parent's handler.
        if request == self.request and self.showing is None:
            self.post_message(self.Wanted(self, request))

    def show(self, image: Path | Image, request: FrameRequest | None = None) -> bool:
        """Draw ``image``; False (and nothing drawn) when it answers a request no longer wanted."""
        if request is not None and request != self.request:
            return False
        self.showing = image
        if self._picture is None:
            from lumatui.tui.widgets.frame_renderer import image_widget

            self._picture = image_widget()(image, classes="frame-picture")
            self.mount(self._picture)
        else:
            self._picture.image = image  # type: ignore[attr-defined]
            self._picture.display = True
        self.note.display = False
        self.post_message(self.Shown())
        return True

    def unavailable(self, text: str, request: FrameRequest | None = None) -> None:
        """No picture for ``request``: say why in one line."""
        if request is None or request == self.request:
            self._say(text)
            self.failed = True

    @property
    def settled(self) -> bool:
        """Nothing on its way: no request, or its picture or the reason there is none shown."""
        return self.request is None or self.showing is not None or self.failed

    def clear(self, text: str = "") -> None:
        """Nothing wanted any more."""
        self.request = None
        self._say(text or self.placeholder)

    def _say(self, text: str) -> None:
        self.showing = None
        self.failed = False
        if self._picture is not None:
            self._picture.display = False
        self.note.update(text)
        self.note.display = bool(text)
