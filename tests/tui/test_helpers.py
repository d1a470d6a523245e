"""The TUI test helpers themselves: a wait that times out says what the screen showed."""

from __future__ import annotations

import time

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from lumatui.tui.app import LumaApp
from tests.tui.helpers import screen_text, wait_for


class Board(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("The render queue is full (8 waiting)", id="status")


async def test_a_wait_that_times_out_fails_fast_with_the_screen_text() -> None:
    app = Board()
    async with app.run_test(size=(60, 10)) as pilot:
        started = time.monotonic()
        with pytest.raises(AssertionError) as failure:
            await wait_for(pilot, lambda: False, timeout=0.3)
        assert time.monotonic() - started < 5
        message = str(failure.value)
        assert "The render queue is full (8 waiting)" in message
        assert "0.3 s" in message
        assert "test_helpers.py:" in message  # which wait: the line of its condition


async def test_screen_text_is_what_the_screen_shows() -> None:
    app = Board()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        assert screen_text(app).splitlines()[0].strip() == "The render queue is full (8 waiting)"
        app.query_one("#status", Static).update("Exported out.mp4")
        await wait_for(pilot, lambda: "Exported out.mp4" in screen_text(app), timeout=5)


async def test_a_wait_fails_at_once_when_the_app_stopped() -> None:
    app = Board()
    async with app.run_test(size=(60, 10)) as pilot:
        app.exit()
        started = time.monotonic()
        with pytest.raises(AssertionError, match="the app stopped") as failure:
            await wait_for(pilot, lambda: False, timeout=60)
        assert time.monotonic() - started < 5
        assert "The render queue is full" in str(failure.value)


async def test_a_wait_fails_at_once_when_a_worker_failed_unexpectedly() -> None:
    app = LumaApp("http://127.0.0.1:9")  # nothing listens: no engine needed
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: "Cannot reach" in screen_text(app))
        # Said while the wait is on, as a failed worker's line is (app.on_worker_state_changed).
        line = "Unexpected error: KeyError (details in errors.log)."
        app.call_later(app.chat.add_error, line, "")
        started = time.monotonic()
        with pytest.raises(AssertionError, match="a worker failed unexpectedly") as failure:
            await wait_for(pilot, lambda: False, timeout=60)
        assert time.monotonic() - started < 5
        assert "Unexpected error: KeyError" in str(failure.value)
        # A wait for that very line is met, not failed.
        await wait_for(pilot, lambda: "KeyError" in screen_text(app), timeout=5)
