"""The timeline strip as a layout: (draft, width) → a ruler and rows of blocks, in columns.

Pure and without Textual so it is unit-tested on its own; the widget only paints it. Time maps
linearly onto the lane (the columns right of the track names); every segment keeps at least one
column while there is room, so a short clip never vanishes. Video clips play one after another
(a crossfade overlaps two), so a video track is one row; segments that overlap on a music or text
track play together, so they stack on further rows of that track.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size

from lumatui.protocol.draft import Draft, Segment, Track, TrackType
from lumatui.protocol.summary import seconds
from lumatui.terminal_text import safe

NAME_WIDTH = 7  # "Video  ", "Music  ", "Text   ": the gutter left of the lane
TRACK_NAMES = {TrackType.VIDEO: "Video", TrackType.AUDIO: "Music", TrackType.TEXT: "Text"}
TICK_STEPS_MS = (500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000)


@dataclass(frozen=True)
class Block:
    """One segment on screen: columns ``x`` to ``x + width`` of the lane."""

    seg_id: str
    x: int
    width: int
    label: str  # already fitted into the block; "" when nothing fits
    xfade: int = 0  # columns at the block's start where it crossfades with the one before
    fade_in: bool = False
    fade_out: bool = False
    shade: int = 0  # 0/1, alternating along a row so neighbours stay apart


@dataclass(frozen=True)
class Row:
    track_id: str
    kind: int  # TrackType
    name: str  # the track's name on its first row, "" on the rows stacked under it
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Tick:
    x: int
    label: str


@dataclass(frozen=True)
class StripLayout:
    width: int  # the whole strip, names included
    lane: int  # columns for time
    total_ms: int
    ticks: tuple[Tick, ...]
    rows: tuple[Row, ...]

    @property
    def total_label(self) -> str:
        return f"{seconds(self.total_ms)}s"

    def block_at(self, row: int, column: int) -> Block | None:
        """The block under a lane column on a row (what a click hits)."""
        if not 0 <= row < len(self.rows):
            return None
        return next(
            (b for b in self.rows[row].blocks if b.x <= column < b.x + b.width),
            None,
        )

    def find(self, seg_id: str) -> tuple[int, int] | None:
        """(row, index in row) of a segment's block."""
        for r, row in enumerate(self.rows):
            for i, block in enumerate(row.blocks):
                if block.seg_id == seg_id:
                    return r, i
        return None


def segment_id(track: Track, track_index: int, seg: Segment, seg_index: int) -> str:
    """The id the strip and the details pane share (a segment without one gets a stable name)."""
    return seg.id or f"{track.id or f'track-{track_index}'}-{seg_index}"


def fit_label(label: str, duration_ms: int, room: int) -> str:
    """The label and length when both fit, else the label cut, else the length, else nothing."""
    length = f"{seconds(duration_ms)}s"
    full = f"{label} {length}"
    if cell_len(full) <= room:  # cells, not characters: 日落 takes four columns
        return full
    cut = room - len(length) - 2  # "…" and the space
    if cut >= 3:
        return f"{set_cell_size(label, cut).rstrip()}… {length}"
    if len(length) <= room:
        return length
    return ""


def tick_step(total_ms: int, lane: int) -> int:
    """The smallest round step whose labels stay apart: no closer than a label and a gap, and
    about ten ticks at most, so a wide strip is not a fence of numbers."""
    spacing = max(len(f"{seconds(total_ms)}s") + 2, lane / 10)
    for step in TICK_STEPS_MS:
        if lane * step / max(total_ms, 1) >= spacing:
            return step
    return TICK_STEPS_MS[-1]


def _ticks(total_ms: int, lane: int) -> tuple[Tick, ...]:
    step = tick_step(total_ms, lane)
    ticks = []
    at = 0
    while at <= total_ms:
        ticks.append(Tick(round(at * lane / total_ms), f"{seconds(at)}s"))
        at += step
    return tuple(tick for tick in ticks if tick.x < lane)


def _stack(track: Track) -> list[list[int]]:
    """Indexes of a track's segments, row by row (a video track is always one row)."""
    order = sorted(range(len(track.sg)), key=lambda i: (track.sg[i].st, i))
    if track.tt == TrackType.VIDEO:
        return [order]
    rows: list[list[int]] = []
    for index in order:
        seg = track.sg[index]
        home = next((row for row in rows if track.sg[row[-1]].end <= seg.st), None)
        if home is None:
            rows.append([index])
        else:
            home.append(index)
    return rows


def _fades(seg: Segment) -> tuple[bool, bool]:
    animated = seg.m.get("anim") == "fade"
    return bool(seg.m.get("fade_in")) or animated, bool(seg.m.get("fade_out")) or animated


def _row_blocks(
    track: Track, t_index: int, indexes: list[int], lane: int, total: int
) -> tuple[Block, ...]:
    def col(ms: int) -> int:
        return min(lane, max(0, round(ms * lane / total)))

    segs = [track.sg[i] for i in indexes]
    starts = [col(seg.st) for seg in segs]
    ends = [max(col(seg.end), start + 1) for seg, start in zip(segs, starts, strict=True)]
    overlaps = [0] * len(segs)
    for i in range(1, len(segs)):  # forward: never start before the one before ends (overlap aside)
        if segs[i].st < segs[i - 1].end and segs[i].m.get("xfade"):
            overlaps[i] = max(1, ends[i - 1] - starts[i])
        starts[i] = max(starts[i], starts[i - 1] + 1)
        ends[i] = max(ends[i], starts[i] + 1)
        ends[i - 1] = min(ends[i - 1], starts[i])  # a later clip covers the overlap
    for i in range(len(segs) - 1, -1, -1):  # backward: keep inside the lane
        limit = lane if i == len(segs) - 1 else starts[i + 1]
        ends[i] = min(ends[i], limit)
        starts[i] = max(0, min(starts[i], ends[i] - 1))
    blocks = []
    for n, (i, seg) in enumerate(zip(indexes, segs, strict=True)):
        width = max(0, ends[n] - starts[n])
        if width == 0:
            continue  # more segments than columns: the rest cannot be drawn
        xfade = min(overlaps[n], width - 1) if overlaps[n] else 0
        fade_in, fade_out = _fades(seg)
        marks = xfade + int(fade_in and width - xfade > 2) + int(fade_out and width - xfade > 3)
        label = fit_label(safe(_label(track, seg)).replace("\n", " "), seg.d, width - marks - 1)
        blocks.append(
            Block(
                segment_id(track, t_index, seg, i),
                starts[n],
                width,
                label,
                xfade,
                fade_in,
                fade_out,
                n % 2,
            )
        )
    return tuple(blocks)


def _label(track: Track, seg: Segment) -> str:
    if track.tt == TrackType.TEXT:
        return seg.txt or seg.label
    return str(seg.m.get("label") or seg.label)


def layout_strip(draft: Draft, width: int) -> StripLayout:
    """The strip of ``draft`` drawn ``width`` columns wide."""
    lane = max(1, width - NAME_WIDTH)
    total = max(draft.d, draft.computed_duration(), 1)
    rows = []
    for t_index, track in enumerate(draft.t):
        if not track.sg:
            continue
        name = str(track.m.get("label") or TRACK_NAMES.get(track.tt, "Track"))
        for r, indexes in enumerate(_stack(track)):
            rows.append(
                Row(
                    track.id or f"track-{t_index}",
                    track.tt,
                    set_cell_size(safe(name), NAME_WIDTH - 1).rstrip() if r == 0 else "",
                    _row_blocks(track, t_index, indexes, lane, total),
                )
            )
    return StripLayout(width, lane, total if draft.ready else 0, _ticks(total, lane), tuple(rows))
