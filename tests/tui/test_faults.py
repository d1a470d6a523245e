"""The app against an engine that misbehaves on purpose: recovery, or a line saying what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.tui.app import LumaApp
from tests.support.engine import RunningEngine, start_engine
from tests.tui.helpers import chat_text, send, wait_for

SIZE = (140, 40)


@pytest.fixture
def faulty(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningEngine]:
    args = [arg for spec in request.param for arg in ("--fault", spec)]
    running = start_engine(tmp_path / "engine", "--heartbeat-seconds", "0.2", *args)
    yield running
    running.stop()


@pytest.mark.parametrize("faulty", [["drop-stream-after=1"]], indirect=True)
async def test_dropped_stream_is_reconciled_in_the_chat(faulty: RunningEngine) -> None:
    app = LumaApp(faulty.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        assert app.workspace is not None
        app.workspace.reconcile_intervals = (0.05,) * 5
        await send(pilot, "generate a 1-second clip of a foggy pier")
        await wait_for(pilot, lambda: not app.turn_running and "Added Video" in chat_text(app))
        text = chat_text(app)
        assert "connection dropped" in text.lower()
        assert "Added Video: foggy pier (0-1s)" in text
        assert "Traceback" not in text
        state = await app.workspace.state()
        assert len(state.state.draft.t[0].sg) == 1  # sent once


@pytest.mark.parametrize("faulty", [["expire-token-after=4"]], indirect=True)
async def test_expired_token_is_renewed_mid_session(faulty: RunningEngine) -> None:
    app = LumaApp(faulty.url, credits_every=3600, poll_every=3600)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a red kite")
        await wait_for(pilot, lambda: not app.turn_running and "red kite" in chat_text(app))
        text = chat_text(app)
        assert "sign-in expired" in text
        assert "⚠" not in text


@pytest.mark.parametrize("faulty", [["rate-limit-once"]], indirect=True)
async def test_rate_limit_is_waited_out(
    faulty: RunningEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LUMATUI_RATE_LIMIT_WAIT", "0.1")
    app = LumaApp(faulty.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        assert "rate-limiting" in chat_text(app)


@pytest.mark.parametrize("faulty", [["http-500-once=/api/credits"]], indirect=True)
async def test_a_server_error_at_start_is_retried_with_ctrl_r(faulty: RunningEngine) -> None:
    app = LumaApp(faulty.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: "server answered with an error" in chat_text(app))
        assert not app.ready
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: app.ready)


@pytest.mark.parametrize("faulty", [["export-402"]], indirect=True)
async def test_export_blocked_says_what_unlocks_it(faulty: RunningEngine) -> None:
    app = LumaApp(faulty.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a quiet street")
        await wait_for(pilot, lambda: not app.turn_running and "quiet street" in chat_text(app))
        await pilot.press("ctrl+e")
        await wait_for(pilot, lambda: "Register or upgrade" in chat_text(app))
        assert app.is_running


@pytest.mark.parametrize("faulty", [["stall=1.0"]], indirect=True)
async def test_a_stalled_turn_says_still_working(faulty: RunningEngine) -> None:
    app = LumaApp(faulty.url, still_working_after=0.3)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a lighthouse")
        await wait_for(pilot, lambda: "Still working" in chat_text(app))
        await wait_for(pilot, lambda: not app.turn_running and "lighthouse" in chat_text(app))
