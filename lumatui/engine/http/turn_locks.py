"""One turn at a time per session: the edits of a session are applied in arrival order.

A turn reads the latest draft, may spend seconds making media, and saves a new version.
Two turns interleaved there would each save their own copy and one would be lost while
both reported success (and were charged). So every turn of a session holds that session's
lock while it applies; turns that arrive meanwhile wait their turn (FIFO, as
``asyncio.Lock`` is fair), and beyond ``max_waiting`` they are answered "busy" at once.
"""

from __future__ import annotations

import asyncio
from types import TracebackType


class TurnLocks:
    def __init__(self, max_waiting: int) -> None:
        self.max_waiting = max_waiting
        self._locks: dict[str, asyncio.Lock] = {}
        self._claims: dict[str, int] = {}

    def claim(self, session_id: str) -> TurnClaim | None:
        """A place in the session's line, or None when too many turns already wait."""
        held = self._claims.get(session_id, 0)
        if held > self.max_waiting:  # one running plus max_waiting waiting
            return None
        self._claims[session_id] = held + 1
        lock = self._locks.setdefault(session_id, asyncio.Lock())
        return TurnClaim(self, session_id, lock)

    def waiting(self, session_id: str) -> int:
        return self._claims.get(session_id, 0)

    def _drop(self, session_id: str) -> None:
        left = self._claims.get(session_id, 1) - 1
        if left > 0:
            self._claims[session_id] = left
        else:  # nobody holds or waits: forget the session
            self._claims.pop(session_id, None)
            self._locks.pop(session_id, None)


class TurnClaim:
    """Hold it (acquire/release or ``async with``) around plan and apply; drop it if unused."""

    def __init__(self, owner: TurnLocks, session_id: str, lock: asyncio.Lock) -> None:
        self._owner = owner
        self._session_id = session_id
        self._lock = lock
        self._dropped = False

    async def __aenter__(self) -> TurnClaim:
        try:
            await self._lock.acquire()
        except BaseException:
            self.drop()
            raise
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()
        self.drop()

    def busy(self) -> bool:
        """Whether another turn of the session holds the lock or waits for it."""
        return self._owner.waiting(self._session_id) > 1

    async def acquire(self) -> None:
        await self.__aenter__()

    def release(self) -> None:
        self._lock.release()
        self.drop()

    def drop(self) -> None:
        if not self._dropped:
            self._dropped = True
            self._owner._drop(self._session_id)
