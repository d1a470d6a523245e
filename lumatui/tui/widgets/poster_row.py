"""Posters: one small frame per video segment, in timeline order, as many as the width allows.

Which frame stands for a segment is decided here once (``poster_request``): the middle of the
part of its source the cut uses. The row only lays views out and asks them for frames; the
frames come from whoever answers ``FrameView.Wanted``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static

from lumatui.tui.widgets.frame_view import FrameRequest, FrameView

if TYPE_CHECKING:
    from lumatui.protocol.draft import Draft, Segment, Track

VIDEO = 0  # lumatui.protocol.draft.TrackType.VIDEO, kept light here
POSTER_WIDTH = 160  # pixels asked of ffmpeg for a poster
POSTER_CELLS = 12  # columns a poster takes on screen, its gap included


def poster_request(track: Track, seg: Segment, width: int = POSTER_WIDTH) -> FrameRequest | None:
    """The frame that stands for ``seg``, or None when it has no picture (music, text)."""
    if track.tt != VIDEO or not seg.src:
        return None
    return FrameRequest(str(seg.src), at_ms=(seg.in_ or 0) + seg.d // 2, width=width)


def posters_of(draft: Draft) -> list[tuple[str, FrameRequest]]:
    """(segment id, request) for every video segment with a picture, in timeline order."""
    found = []
    for track in draft.t:
        for seg in track.sg:
            request = poster_request(track, seg)
            if request is not None:
                found.append((seg.st, seg.id, request))
    return [(seg_id, request) for _, seg_id, request in sorted(found, key=lambda f: f[0])]


class PosterRow(Horizontal):
    """Small posters of the video segments; no height at all until the first one is drawn
    (a poster on its way shows nothing, so the panel does not jump while frames load)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.wanted: list[tuple[str, FrameRequest]] = []
        self.hidden = 0  # posters left out for want of width

    def compose(self) -> ComposeResult:
        yield Static("", id="poster-more", markup=False)

    def show_draft(self, draft: Draft) -> None:
        self.wanted = posters_of(draft)
        self.call_after_refresh(self._lay_out)  # once the panel knows its width

    def on_resize(self) -> None:
        self._lay_out()

    def _lay_out(self) -> None:
        width = self.size.width or (
            self.parent.size.width if isinstance(self.parent, Widget) else 0
        )
        fits = max(1, width // POSTER_CELLS)
        shown = self.wanted[:fits] if len(self.wanted) <= fits else self.wanted[: fits - 1]
        views = list(self.query(FrameView))
        for view in views[len(shown) :]:
            view.remove()
        more = self.query_one("#poster-more", Static)
        for n, (seg_id, request) in enumerate(shown):
            if n < len(views):
                view = views[n]
            else:
                view = FrameView(classes="poster")
                self.mount(view, before=more)
            view.tooltip = seg_id
            view.want(request, waiting="")
        self.hidden = len(self.wanted) - len(shown)
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
