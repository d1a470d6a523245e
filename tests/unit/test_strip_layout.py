"""The strip layout, without a UI: widths follow durations, nothing vanishes, marks show."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from lumatui.protocol.draft import Draft
from lumatui.tui.strip_layout import NAME_WIDTH, fit_label, layout_strip


def clip(seg_id: str, st: int, d: int, label: str = "", **m: Any) -> dict[str, Any]:
    return {"id": seg_id, "st": st, "d": d, "m": {"label": label or seg_id, **m}}


def draft_of(*tracks: tuple[int, list[dict[str, Any]]]) -> Draft:
    return Draft.model_validate(
        {"t": [{"id": f"t{n}", "tt": tt, "sg": sg} for n, (tt, sg) in enumerate(tracks)]}
    )


def sequence(durations: list[int]) -> list[dict[str, Any]]:
    out, at = [], 0
    for n, d in enumerate(durations):
        out.append(clip(f"c{n}", at, d))
        at += d
    return out


def test_widths_follow_durations() -> None:
    layout = layout_strip(draft_of((0, sequence([2000, 6000, 4000]))), NAME_WIDTH + 120)
    widths = [b.width for b in layout.rows[0].blocks]
    assert widths == [20, 60, 40]
    assert layout.total_ms == 12000 and layout.total_label == "12s"


def test_blocks_tile_the_lane_without_gaps_or_overlap() -> None:
    layout = layout_strip(draft_of((0, sequence([1300, 700, 2900, 4100, 333]))), 67)
    blocks = layout.rows[0].blocks
    assert blocks[0].x == 0
    for before, after in itertools.pairwise(blocks):
        assert before.x + before.width == after.x
    assert blocks[-1].x + blocks[-1].width == layout.lane


@pytest.mark.parametrize("width", [NAME_WIDTH + 12, 40, 90, 200])
def test_a_tiny_segment_keeps_a_column(width: int) -> None:
    layout = layout_strip(draft_of((0, sequence([60_000, 40, 60_000, 10]))), width)
    blocks = layout.rows[0].blocks
    assert [b.seg_id for b in blocks] == ["c0", "c1", "c2", "c3"]
    assert all(b.width >= 1 for b in blocks)
    assert all(b.x >= 0 and b.x + b.width <= layout.lane for b in blocks)
    assert all(a.x + a.width <= b.x for a, b in itertools.pairwise(blocks))


def test_label_inside_when_it_fits_else_cut_else_length() -> None:
    assert fit_label("harbour at dawn", 4000, 30) == "harbour at dawn 4s"
    assert fit_label("harbour at dawn", 4000, 10) == "harbou… 4s"  # exactly ten columns
    assert fit_label("harbour at dawn", 4000, 4) == "4s"
    assert fit_label("harbour at dawn", 4000, 1) == ""
    layout = layout_strip(draft_of((0, sequence([9000, 1000]))), NAME_WIDTH + 40)
    wide, narrow = layout.rows[0].blocks
    assert wide.label == "c0 9s"
    assert len(narrow.label) <= narrow.width - 1


def test_crossfade_and_fades_are_marked() -> None:
    segs = [
        clip("a", 0, 5000, fade_in=500),
        clip("b", 4000, 5000, xfade=1000, fade_out=800),
    ]
    layout = layout_strip(draft_of((0, segs)), NAME_WIDTH + 90)
    a, b = layout.rows[0].blocks
    assert a.fade_in and not a.fade_out
    assert b.fade_out and b.xfade >= 1
    assert a.x + a.width == b.x  # the overlap is drawn once, as b's crossfade columns
    assert b.x == 40 and b.x + b.width == 90


def test_overlap_without_crossfade_is_a_cut() -> None:
    layout = layout_strip(draft_of((0, [clip("a", 0, 5000), clip("b", 4000, 5000)])), 97)
    a, b = layout.rows[0].blocks
    assert b.xfade == 0 and a.x + a.width == b.x


def test_tracks_in_order_and_overlapping_text_stacks() -> None:
    draft = draft_of(
        (0, sequence([5000, 5000])),
        (1, [clip("music", 0, 10_000, "Lo-fi", fade_out=1000)]),
        (7, [clip("caption", 0, 10_000), clip("title", 7000, 3000)]),
    )
    layout = layout_strip(draft, 100)
    assert [(r.name, r.kind) for r in layout.rows] == [
        ("Video", 0),
        ("Music", 1),
        ("Text", 7),
        ("", 7),
    ]
    assert [b.seg_id for b in layout.rows[3].blocks] == ["title"]
    assert layout.rows[1].blocks[0].fade_out


def test_ruler_ticks_are_round_and_do_not_collide() -> None:
    layout = layout_strip(draft_of((0, sequence([30_000]))), NAME_WIDTH + 60)
    xs = [t.x for t in layout.ticks]
    assert layout.ticks[0].label == "0s"
    assert all(b - a >= len("30s") + 2 for a, b in itertools.pairwise(xs))
    assert all(t.label.endswith("s") for t in layout.ticks)
    assert len(layout.ticks) >= 3


def test_hit_testing_and_finding_a_block() -> None:
    layout = layout_strip(draft_of((0, sequence([1000, 1000]))), NAME_WIDTH + 20)
    assert layout.block_at(0, 0).seg_id == "c0"  # type: ignore[union-attr]
    assert layout.block_at(0, 15).seg_id == "c1"  # type: ignore[union-attr]
    assert layout.block_at(0, 20) is None and layout.block_at(3, 0) is None
    assert layout.find("c1") == (0, 1) and layout.find("nope") is None


def test_empty_and_hostile_drafts() -> None:
    empty = layout_strip(Draft(), 50)
    assert empty.rows == () and empty.total_ms == 0
    hostile = draft_of((0, [clip("x", 0, 0, "\x1b[2Jboom\nline"), clip("y", -5, 3000)]))
    layout = layout_strip(hostile, 3)  # narrower than the names
    assert all("\x1b" not in b.label and "\n" not in b.label for b in layout.rows[0].blocks)
    assert all(b.x + b.width <= layout.lane for b in layout.rows[0].blocks)


def test_wide_characters_are_measured_in_cells() -> None:
    from rich.cells import cell_len

    assert cell_len(fit_label("海边的日落很美", 3000, 9)) <= 9
    segs = [clip("a", 0, 4000, "海边的日落很美丽的风景"), clip("b", 4000, 4000, "🌅🌅🌅🌅🌅🌅")]
    layout = layout_strip(draft_of((0, segs)), NAME_WIDTH + 30)
    for block in layout.rows[0].blocks:
        assert cell_len(block.label) <= block.width - 1


def test_more_segments_than_columns_stay_inside_and_apart() -> None:
    layout = layout_strip(draft_of((0, sequence([700] * 300))), NAME_WIDTH + 50)
    blocks = layout.rows[0].blocks
    assert len(blocks) == 50  # one column each, the rest cannot be drawn
    assert all(a.x + a.width <= b.x for a, b in itertools.pairwise(blocks))
    assert blocks[-1].x + blocks[-1].width <= layout.lane
