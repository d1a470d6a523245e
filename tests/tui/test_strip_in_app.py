"""The timeline strip is the app's timeline: live while a turn runs, a block selects details."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.protocol.draft import Draft
from lumatui.tui.app import LumaApp
from lumatui.tui.messages import DraftLoaded
from lumatui.tui.strip_layout import NAME_WIDTH
from lumatui.tui.widgets.composer import PromptArea
from lumatui.tui.widgets.timeline_strip import HEAD_LINES, TimelineStrip
from tests.support.engine import RunningEngine, start_engine
from tests.tui.helpers import screen_text, send, timeline_segments, wait_for

SIZE = (140, 40)


@pytest.fixture
def stalling(tmp_path: Path) -> Iterator[RunningEngine]:
    """The reply's events are held back for 8 s: the edit lands well before the turn ends, even
    on a loaded machine (a 1 s clip at full size is drawn in that time)."""
    running = start_engine(tmp_path / "engine", "--fault", "stall=8", "--heartbeat-seconds", "0.2")
    yield running
    running.stop()


async def test_the_strip_shows_a_new_clip_while_the_turn_is_still_running(
    stalling: RunningEngine,
) -> None:
    app = LumaApp(stalling.url, poll_every=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        assert "describe a clip to start" in screen_text(app)
        await send(pilot, "generate a 1-second clip of a harbour at dawn")
        await wait_for(pilot, lambda: app.turn_running and bool(timeline_segments(app)))
        await pilot.pause()
        shown = screen_text(app)
        assert app.turn_running, "the turn ended before the strip could be seen live"
        assert "Timeline · 1s · 1 segment" in shown and "harbour at dawn" in shown
        await wait_for(pilot, lambda: not app.turn_running)


async def test_clicking_a_block_shows_its_details_under_the_strip(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a red kite")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        await send(pilot, "add lo-fi BGM at 35%")
        await wait_for(pilot, lambda: not app.turn_running and len(timeline_segments(app)) == 2)
        strip = app.query_one(TimelineStrip)
        layout = strip.layout_now()
        assert layout is not None and len(layout.rows) == 2
        music = layout.rows[1].blocks[0]
        await pilot.click(TimelineStrip, offset=(NAME_WIDTH + music.x + 1, HEAD_LINES + 1))
        details = app.query_one("#strip-details")
        await wait_for(pilot, lambda: "volume 35%" in str(details.render()))
        assert strip.selected == music.seg_id
        assert details.region.y >= strip.region.bottom  # under the strip, on screen
        assert strip.has_focus
        await pilot.press("escape")  # back to typing
        await wait_for(pilot, lambda: app.query_one(PromptArea).has_focus)


async def test_a_read_begun_before_the_turn_ended_does_not_undo_it(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a glacier")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        stale = DraftLoaded(Draft(), app.state.epoch - 1)  # the empty timeline, read earlier
        app.on_draft_loaded(stale)
        assert "glacier" in timeline_segments(app)[0]
        fresh = app.draft.model_copy(deep=True)
        fresh.t[0].sg[0].m["label"] = "blue glacier"
        app.on_draft_loaded(DraftLoaded(fresh, app.state.epoch))
        assert "blue glacier" in timeline_segments(app)[0]
