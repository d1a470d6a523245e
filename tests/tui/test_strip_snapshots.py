"""Snapshots of the timeline strip alone: 1, 3 and 12 segments, narrow and wide terminals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from lumatui.protocol.draft import Draft
from tests.tui.strip_drafts import StripApp, one_segment, three_segments, twelve_segments

NARROW = (48, 14)
WIDE = (130, 14)


@pytest.mark.parametrize("size", [NARROW, WIDE], ids=["narrow", "wide"])
@pytest.mark.parametrize(
    "make", [one_segment, three_segments, twelve_segments], ids=["one", "three", "twelve"]
)
def test_strip(snap_compare: Any, make: Callable[[], Draft], size: tuple[int, int]) -> None:
    assert snap_compare(StripApp(make()), terminal_size=size)


def test_selected_block_with_details(snap_compare: Any) -> None:
    async def pick_market(pilot: Pilot[None]) -> None:
        strip = pilot.app.query_one("#timeline-strip")
        strip.focus()
        for _ in range(4):  # dunes → camel train → oasis → market
            await pilot.press("right")
        await pilot.pause()

    assert snap_compare(StripApp(twelve_segments()), terminal_size=WIDE, run_before=pick_market)
