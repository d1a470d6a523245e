"""An unexpected error never shows a traceback: it is logged to a file, and said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumatui.client.workspace import Workspace
from lumatui.tui.app import LumaApp
from tests.support.engine import RunningEngine
from tests.support.tokens import leaked
from tests.tui.helpers import chat_text, send, wait_for

TOKEN = "nmv_usr_Should-Not_Leak99xyz"  # '-' and '_' inside, as real tokens have


async def test_a_failing_worker_is_one_line_and_the_app_goes_on(
    engine: RunningEngine, lumatui_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.ready)

        async def broken(self: Workspace) -> None:
            raise RuntimeError(f"the state reader broke, {TOKEN}")

        monkeypatch.setattr(Workspace, "state", broken)
        await send(pilot, "/status")
        await wait_for(pilot, lambda: "Unexpected error: RuntimeError" in chat_text(app))
        assert app.is_running
        text = chat_text(app)
        assert "Traceback" not in text and leaked(text, [TOKEN]) == [], text
    log = lumatui_home / "data" / "app-errors.log"
    written = log.read_text()
    assert "the state reader broke" in written and "Traceback" in written
    assert "broke, nmv_***" in written and leaked(written, [TOKEN]) == []  # masked there too
    assert log.stat().st_mode & 0o777 == 0o600


async def test_an_unexpected_handler_error_closes_with_one_line(
    engine: RunningEngine, lumatui_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_help(self: LumaApp) -> None:
        raise KeyError("help went missing")

    monkeypatch.setattr(LumaApp, "action_help", broken_help)
    app = LumaApp(engine.url)
    with pytest.raises(KeyError):  # run_test hands it on, so a test never misses one
        async with app.run_test(size=(140, 40)) as pilot:
            await wait_for(pilot, lambda: app.ready)
            await pilot.press("f1")
            await wait_for(pilot, lambda: not app.is_running)
    assert app.return_code == 1
    assert "help went missing" in (lumatui_home / "data" / "app-errors.log").read_text()
