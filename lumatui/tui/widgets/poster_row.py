"""Posters: a small frame under the start of each video block, as an editor's filmstrip.

Which frame stands for a segment is decided here once (``poster_request``): the middle of the
part of its source the cut uses. The row only places views and asks them for frames; the
frames come from whoever answers ``FrameView.Wanted``. A poster that would cover the one before
it (blocks too short at this width) is left out and counted in "+N".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from lumatui.tui.widgets.frame_view import FrameRequest, FrameView

if TYPE_CHECKING:
    from lumatui.protocol.draft import Segment, Track

VIDEO = 0  # lumatui.protocol.draft.TrackType.VIDEO, kept light here
POSTER_WIDTH = 160  # pixels asked of ffmpeg for a poster
POSTER_ROWS = 4  # terminal rows a poster is tall (two pixels of half-blocks each)


def poster_request(track: Track, seg: Segment, width: int = POSTER_WIDTH) -> FrameRequest | None:
    """The frame that stands for ``seg``, or None when it has no picture (music, text)."""
    if track.tt != VIDEO or not seg.src:
        return None
    return FrameRequest(str(seg.src), at_ms=(seg.in_ or 0) + seg.d // 2, width=width)


def poster_cells(width: int, height: int, rows: int = POSTER_ROWS) -> int:
    """Columns a poster of a ``width``x``height`` canvas takes at ``rows`` rows (cells are
    twice as tall as wide)."""
    if width <= 0 or height <= 0:
        return rows
    return max(2, min(4 * rows, round(rows * 2 * width / height)))


@dataclass(frozen=True)
class Poster:
    seg_id: str
    request: FrameRequest
    x: int  # the column its block starts at


class PosterRow(Horizontal):
    """Posters under their blocks; no height at all until the first one is drawn (a poster on
    its way shows nothing, so the panel does not jump while frames load)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.hidden = 0  # posters left out for want of room

    def compose(self) -> ComposeResult:
        yield Static("", id="poster-more", markup=False)

    def place(self, posters: list[Poster], cells: int, width: int) -> None:
        """Put each poster at its block's column, ``cells`` wide, in ``width`` columns."""
        end, kept = -1, []  # where the last poster kept ends; one free column between them
        for poster in sorted(posters, key=lambda p: p.x):
            if poster.x > end and poster.x + cells <= width:
                kept.append((poster, poster.x - max(end, 0)))
                end = poster.x + cells
        views = list(self.query(FrameView))
        for view in views[len(kept) :]:
            view.remove()
        more = self.query_one("#poster-more", Static)
        for n, (poster, gap) in enumerate(kept):
            if n < len(views):
                view = views[n]
            else:
                view = FrameView(classes="poster")
                self.mount(view, before=more)
            view.styles.width = cells
            view.styles.margin = (0, 0, 0, gap)  # left only: neighbouring margins collapse
            view.tooltip = poster.seg_id
            view.want(poster.request, waiting="")
        self.hidden = len(posters) - len(kept)
        more.update(f"+{self.hidden}")
        self._show_more()

    @property
    def drawn(self) -> bool:
        return any(view.showing is not None for view in self.query(FrameView))

    def _show_more(self) -> None:
        self.query_one("#poster-more", Static).display = self.hidden > 0 and self.drawn

    def on_frame_view_shown(self, event: FrameView.Shown) -> None:
        event.stop()
        self._show_more()
