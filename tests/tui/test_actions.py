"""Palette, sessions, clipboard, GUI words and the token, in the real app on the real engine."""

from __future__ import annotations

from textual.command import CommandList

from lumatui.client.token_store import TokenStore
from lumatui.client.workspace import TurnOutcome
from lumatui.protocol.draft import Draft
from lumatui.tui.app import LumaApp
from lumatui.tui.screens.help_screen import HelpScreen
from lumatui.tui.screens.sessions_screen import SessionsScreen
from tests.support.engine import RunningEngine
from tests.support.tokens import leaked
from tests.tui.helpers import chat_text, screen_text, send, svg_text, wait_for

SIZE = (140, 40)


async def test_palette_runs_actions(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await pilot.press("ctrl+p")
        await pilot.press(*"credits")
        await wait_for(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Credits: 100 available" in chat_text(app))
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
        await send(pilot, "/help")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_switching_sessions_and_copying(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a harbour")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        await send(pilot, "/copy")
        assert app.clipboard.startswith("Generated a 1-second clip of harbour")
        assert app.workspace is not None
        first = app.workspace.session_id
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: app.ready and app.workspace.session_id != first)
        assert not app.draft.ready and "Welcome" in chat_text(app)
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        await pilot.press("down", "down", "enter")  # "+ New", the current one, then the first
        await wait_for(pilot, lambda: app.ready and app.workspace.session_id == first)
        assert "generate a 1-second clip of a harbour" in chat_text(app)
        assert app.draft.ready


async def test_the_token_never_reaches_the_screen(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of fog")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        for text in ("/status", "/credits"):
            await send(pilot, text)
        await app.workers.wait_for_complete()
        token = TokenStore().load(engine.url)
        assert token is not None and token.token.startswith("nmv_usr_")
        svg = app.export_screenshot()
        drawn = svg_text(svg)
        assert "Credits" in drawn  # what the snapshot draws was read, not nothing
        for shown in (screen_text(app), drawn, svg):
            assert leaked(shown, [token.token]) == [] and "nmv_usr_" not in shown


async def test_gui_words_in_a_reply_become_terminal_hints(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        outcome = TurnOutcome(
            text="Done! Click Export to download, or preview it in the timeline.",
            changes=[],
            timeline="",
            draft=Draft(),
        )
        await app.turns.finish(outcome)
        text = chat_text(app)
        assert "press Ctrl+E" in text and "type status" in text
