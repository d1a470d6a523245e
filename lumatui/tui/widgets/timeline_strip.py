"""The timeline as an editor draws it: a ruler in seconds, one row per track, blocks by duration.

The widget paints whatever draft it is given (so it is live while a turn runs) from the pure
layout in ``lumatui.tui.strip_layout``; it does no I/O. Clicking a block or moving to it with the
arrow keys selects that segment and posts ``SegmentSelected``; the selection survives a refresh by
id, so polling during a turn does not make it jump.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import set_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.geometry import Size

    from lumatui.protocol.draft import Draft, Segment, Track
    from lumatui.tui.strip_layout import Block, StripLayout

EMPTY = "(empty — describe a clip to start)"
NO_SELECTION = "Click a block (or focus the strip and use the arrows) to see its details."
HEAD_LINES = 2  # the title line and the ruler, above the rows
KIND_CLASSES = {0: "video", 1: "audio", 7: "text"}
CROSSFADE, FADE_IN, FADE_OUT, TICK = "╳", "◢", "◣", "╷"


class TimelineStrip(Widget, can_focus=True):
    """Blocks for segments; select one by clicking or with the arrows when focused."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "move(0, -1)", "Previous segment", show=False),
        Binding("right", "move(0, 1)", "Next segment", show=False),
        Binding("up", "move(-1, 0)", "Track above", show=False),
        Binding("down", "move(1, 0)", "Track below", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-strip--title",
        "timeline-strip--ruler",
        "timeline-strip--name",
        "timeline-strip--video",
        "timeline-strip--video-alt",
        "timeline-strip--audio",
        "timeline-strip--audio-alt",
        "timeline-strip--text",
        "timeline-strip--text-alt",
        "timeline-strip--selected",
    }

    class SegmentSelected(Message):
        """A segment was chosen, or the draft under the chosen one changed (``seg_id`` is ""
        and ``segment`` None when the new draft lost it)."""

        def __init__(self, seg_id: str, track: Track | None, segment: Segment | None) -> None:
            super().__init__()
            self.seg_id = seg_id
            self.track = track
            self.segment = segment

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.draft: Draft | None = None
        self.selected: str | None = None
        self.segments: dict[str, tuple[Track, Segment]] = {}
        self._shown = ""
        self._layout: StripLayout | None = None

    def show_draft(self, draft: Draft) -> bool:
        """Paint ``draft``; True when it differs from the one shown."""
        from lumatui.tui.strip_layout import segment_id

        key = draft.model_dump_json()
        if key == self._shown:
            return False
        self._shown = key
        self.draft = draft
        self.segments = {
            segment_id(track, t, seg, s): (track, seg)
            for t, track in enumerate(draft.t)
            for s, seg in enumerate(track.sg)
        }
        had = self.selected
        if self.selected not in self.segments:
            self.selected = None
        self._layout = None
        self.refresh(layout=True)
        if had is not None:  # its details may have changed, or it is gone
            track, seg = self.segments.get(self.selected or "", (None, None))
            self.post_message(self.SegmentSelected(self.selected or "", track, seg))
        return True

    def select(self, seg_id: str) -> None:
        if seg_id not in self.segments or seg_id == self.selected:
            return
        self.selected = seg_id
        self.refresh()
        track, seg = self.segments[seg_id]
        self.post_message(self.SegmentSelected(seg_id, track, seg))

    def layout_now(self) -> StripLayout | None:
        """The layout for the current width (cached until the draft or the width changes)."""
        from lumatui.tui.strip_layout import layout_strip

        if self.draft is None or not self.draft.ready:
            return None
        width = max(self.content_size.width, 1)
        if self._layout is None or self._layout.width != width:
            self._layout = layout_strip(self.draft, width)
        return self._layout

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.draft is None or not self.draft.ready:
            return 1
        from lumatui.tui.strip_layout import layout_strip

        return HEAD_LINES + len(layout_strip(self.draft, max(width, 1)).rows)

    def render(self) -> Text:
        layout = self.layout_now()
        if layout is None:
            return Text(EMPTY, style=self.get_component_rich_style("timeline-strip--name"))
        lines = [self._title(layout), self._ruler(layout)]
        lines += [self._row(layout, r) for r in range(len(layout.rows))]
        return Text("\n").join(lines)

    def _title(self, layout: StripLayout) -> Text:
        count = len(self.segments)
        noun = "segment" if count == 1 else "segments"
        hidden = count - sum(len(row.blocks) for row in layout.rows)
        more = f" · {hidden} too short to draw at this width" if hidden > 0 else ""
        style = self.get_component_rich_style("timeline-strip--title")
        return Text(f"Timeline · {layout.total_label} · {count} {noun}{more}", style=style)

    def _ruler(self, layout: StripLayout) -> Text:
        from lumatui.tui.strip_layout import NAME_WIDTH

        cells = [" "] * layout.lane
        for tick in layout.ticks:
            mark = f"{TICK}{tick.label}"
            for n, char in enumerate(mark[: layout.lane - tick.x]):
                cells[tick.x + n] = char
        style = self.get_component_rich_style("timeline-strip--ruler")
        return Text(" " * NAME_WIDTH + "".join(cells), style=style)

    def _row(self, layout: StripLayout, index: int) -> Text:
        from lumatui.tui.strip_layout import NAME_WIDTH

        row = layout.rows[index]
        name_style = self.get_component_rich_style("timeline-strip--name")
        line = Text(set_cell_size(row.name, NAME_WIDTH), style=name_style)
        at = 0
        for block in row.blocks:
            line.append(" " * (block.x - at))
            line.append(self._cells(block), style=self._block_style(row.kind, block))
            at = block.x + block.width
        return line

    @staticmethod
    def _cells(block: Block) -> str:
        cells = [CROSSFADE] * block.xfade
        rest = block.width - block.xfade
        head = FADE_IN if block.fade_in and rest > 2 else ""
        tail = FADE_OUT if block.fade_out and rest > 3 else ""
        room = rest - len(head) - len(tail)
        body = set_cell_size(f" {block.label}", room)  # exactly ``room`` cells, wide glyphs too
        return "".join(cells) + head + body + tail

    def _block_style(self, kind: int, block: Block) -> Style:
        name = f"timeline-strip--{KIND_CLASSES.get(kind, 'video')}{'-alt' if block.shade else ''}"
        style = self.get_component_rich_style(name)
        if block.seg_id == self.selected:
            style += self.get_component_rich_style("timeline-strip--selected")
        return style

    def on_click(self, event: events.Click) -> None:
        from lumatui.tui.strip_layout import NAME_WIDTH

        layout = self.layout_now()
        offset = event.get_content_offset(self)
        if layout is None or offset is None:
            return
        block = layout.block_at(offset.y - HEAD_LINES, offset.x - NAME_WIDTH)
        if block is not None:
            self.select(block.seg_id)

    def action_move(self, rows: int, steps: int) -> None:
        """Arrows: along a row, or to the block under the same time on the row above/below."""
        layout = self.layout_now()
        if layout is None:
            return
        found = layout.find(self.selected) if self.selected else None
        if found is None:
            self.select(layout.rows[0].blocks[0].seg_id)
            return
        r, i = found
        if rows == 0:
            blocks = layout.rows[r].blocks
            self.select(blocks[max(0, min(len(blocks) - 1, i + steps))].seg_id)
            return
        target = r + rows
        if not 0 <= target < len(layout.rows):
            return
        here = layout.rows[r].blocks[i]
        middle = here.x + here.width // 2
        nearest = min(
            layout.rows[target].blocks,
            key=lambda b: 0 if b.x <= middle < b.x + b.width else abs(b.x + b.width // 2 - middle),
        )
        self.select(nearest.seg_id)


class StripPanel(Vertical):
    """The strip and, under it, the details of the selected segment."""

    def compose(self) -> ComposeResult:
        yield TimelineStrip(id="timeline-strip")
        yield Static(NO_SELECTION, id="strip-details", markup=False)

    @property
    def strip(self) -> TimelineStrip:
        return self.query_one(TimelineStrip)

    def show_draft(self, draft: Draft) -> bool:
        changed = self.strip.show_draft(draft)
        if changed:
            self._show_details()
        return changed

    def on_timeline_strip_segment_selected(self, event: TimelineStrip.SegmentSelected) -> None:
        self._show_details()

    def _show_details(self) -> None:
        from lumatui.tui.text import segment_details

        strip = self.strip
        found = strip.segments.get(strip.selected or "")
        details = self.query_one("#strip-details", Static)
        details.update(NO_SELECTION if found is None else segment_details(*found))
