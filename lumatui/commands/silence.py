"""Noticing a quiet turn in the CLI: "⏳ Still working..." on stderr, on a timer of its own."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from types import TracebackType


class SilenceWatch:
    """Says "⏳ Still working..." after ``quiet_seconds`` with nothing shown, and again after each
    further quiet spell.

    ADK sends no keep-alives, so waiting for one to notice the silence would never notice it;
    keep-alives do not count as something said either. The quiet time is the app's.
    """

    def __init__(self, note: Callable[[str], None], quiet_seconds: float) -> None:
        self.note = note
        self.quiet_seconds = quiet_seconds
        self.started = self.last_shown = time.monotonic()
        self._task: asyncio.Task[None] | None = None

    def activity(self) -> None:
        self.last_shown = time.monotonic()

    async def _watch(self) -> None:
        while True:
            wait = self.last_shown + self.quiet_seconds - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            self.note(f"⏳ Still working... ({time.monotonic() - self.started:.0f} s)")
            self.activity()

    async def __aenter__(self) -> SilenceWatch:
        self._task = asyncio.create_task(self._watch())
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
