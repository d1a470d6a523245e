"""The app against the real local engine, driven as a person would."""

from __future__ import annotations

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.timeline_tree import TimelinePanel
from tests.support.engine import RunningEngine
from tests.tui.helpers import chat_text, send, wait_for


async def test_first_open_shows_welcome_then_a_turn_fills_the_timeline(
    engine: RunningEngine,
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=(140, 40)) as pilot:
        assert "Setting up..." in chat_text(app)
        await wait_for(pilot, lambda: app.ready)
        await pilot.pause()
        text = chat_text(app)
        assert "Welcome to lumatui" in text and "Setting up..." not in text
        await send(pilot, "generate a 1-second clip of a red sunset")
        await wait_for(pilot, lambda: not app.turn_running and "Generated" in chat_text(app))
        tree = app.query_one(TimelinePanel).tree
        labels = [str(n.label) for n in tree.root.children[0].children]
        assert labels and "red sunset" in labels[0]
