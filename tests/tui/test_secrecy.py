"""The app's own token, pasted back at it, shows nowhere: chat, error lines, sessions screen.

The token is a real one the engine issued (with ``-`` and ``_`` in it, as ``token_urlsafe``
makes them) and the app signs in with it. It is then put through every place the app shows
text: the user's line, the reply quoting it, an error naming a file, the sessions list (from
the history, which keeps the message as typed). Each is judged by the screen's text and by
the SVG a snapshot is made from, fragment by fragment, so a half-masked token fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.tui.app import LumaApp
from lumatui.tui.screens.sessions_screen import SessionsScreen
from tests.e2e.raw import Raw
from tests.support.engine import RunningEngine, start_engine
from tests.support.tokens import leaked, realistic_tokens
from tests.tui.helpers import chat_text, screen_text, send, svg_text, wait_for

SIZE = (140, 40)
SIGN_INS = 80  # about one engine token in six has both '-' and '_'


def engine_token_with_dash_and_underscore(url: str) -> str:
    """A token the engine really issued whose body holds both characters a mask may miss."""
    for _ in range(SIGN_INS):
        token = str(Raw(url).login()["token"])
        body = token.removeprefix("nmv_usr_")
        if "-" in body[1:-1] and "_" in body[1:-1]:
            return token
    raise AssertionError(f"no token with '-' and '_' in {SIGN_INS} sign-ins")


def assert_nothing_of(token: str, app: LumaApp, where: str) -> None:
    """Neither the text on screen nor the SVG snapshot holds any fragment of it."""
    text, svg = screen_text(app), app.export_screenshot()
    assert leaked(text, [token]) == [], f"{where}: the screen showed\n{text}"
    drawn = svg_text(svg)
    assert "nmv_***" in drawn, f"{where}: the SVG draws no masked token (read it wrong?)"
    assert leaked(drawn, [token]) == [], f"{where}: the SVG snapshot draws\n{drawn}"
    body = token.removeprefix("nmv_usr_")
    assert body[:12].casefold() not in svg.casefold(), f"{where}: the SVG markup holds it"


@pytest.fixture
def token(engine: RunningEngine, lumatui_home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    value = engine_token_with_dash_and_underscore(engine.url)
    monkeypatch.setenv("NEMO_TOKEN", value)  # the app's own sign-in
    return value


async def test_the_apps_own_token_pasted_back_shows_nowhere(
    engine: RunningEngine, token: str, tmp_path: Path
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        # The user's line and a reply that quotes the message back ("I did not understand").
        await send(pilot, f"{token} frobnicate it")
        await wait_for(pilot, lambda: not app.turn_running and "understand" in chat_text(app))
        assert chat_text(app).count("nmv_***") >= 2  # both were shown, masked
        assert_nothing_of(token, app, "chat")
        # An error line that names what was typed.
        await send(pilot, f"/upload {tmp_path / token}.mp4")
        await wait_for(pilot, lambda: "Cannot find" in chat_text(app))
        error = next(line for line in chat_text(app).splitlines() if "Cannot find" in line)
        assert "nmv_***" in error, error
        assert_nothing_of(token, app, "error line")
        # The sessions screen: its title and last message come from the history as typed.
        await pilot.press("ctrl+o")
        await wait_for(pilot, lambda: isinstance(app.screen, SessionsScreen))
        await wait_for(pilot, lambda: "frobnicate" in screen_text(app))
        assert "nmv_***" in screen_text(app)
        assert_nothing_of(token, app, "sessions screen")
    # Reopened: the transcript is replayed from the history, which holds it as typed.
    again = LumaApp(engine.url)
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.ready and "Resumed" in chat_text(again))
        assert "frobnicate it" in chat_text(again)
        assert_nothing_of(token, again, "resumed transcript")


async def test_an_export_that_fails_naming_the_token_shows_none_of_it(
    engine: RunningEngine, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server's words for a failed render reach the Export panel and the chat: masked
    and without escape codes in both."""
    from lumatui.client.errors import ServerError
    from lumatui.client.workspace import Workspace

    async def failing(self: Workspace, *args: object, **kwargs: object) -> Path:
        raise ServerError(f"The render for {token} failed\x1b[2J\x1b]0;pwned\x07 (HTTP 500)")

    monkeypatch.setattr(Workspace, "export", failing)  # the render's answer, not the path
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: "Export failed" in screen_text(app))
        await wait_for(pilot, lambda: "⚠ The render for" in chat_text(app))
        panel = str(app.query_one("#export-status").render())
        assert panel.startswith("Export failed: The render for nmv_*** failed"), panel
        assert "\x1b" not in panel and "pwned" not in panel
        assert_nothing_of(token, app, "export panel")


@pytest.fixture
def stalling(tmp_path: Path) -> Iterator[RunningEngine]:
    """Replies come after 5 s of heartbeats: a turn is surely running when more is typed."""
    running = start_engine(tmp_path / "engine", "--heartbeat-seconds", "0.2", "--fault", "stall=5")
    yield running
    running.stop()


async def test_a_message_queued_behind_a_turn_shows_the_token_masked(
    stalling: RunningEngine, lumatui_home: Path
) -> None:
    (token,) = realistic_tokens(1)
    app = LumaApp(stalling.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "frobnicate the wibble")  # goes to the agent, answered in 5 s
        await wait_for(pilot, lambda: app.turn_running)
        await send(pilot, f"use {token} for the title")
        await wait_for(pilot, lambda: "Queued" in screen_text(app))
        queue = str(app.query_one("#queue").render())
        assert "use nmv_*** for the title" in queue, queue
        assert_nothing_of(token, app, "queue")
        await wait_for(pilot, lambda: not app.turn_running and not app.queue)
