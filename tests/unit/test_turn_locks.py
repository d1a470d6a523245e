"""A session's turns run one at a time, in order, and only so many may wait (no server)."""

from __future__ import annotations

import asyncio

from lumatui.engine.http.turn_locks import TurnClaim, TurnLocks


def test_one_running_and_max_waiting_are_let_in_and_the_next_is_refused() -> None:
    locks = TurnLocks(max_waiting=2)
    claims = [locks.claim("s1") for _ in range(3)]
    assert all(isinstance(c, TurnClaim) for c in claims)
    assert locks.claim("s1") is None  # one running plus two waiting: the fourth is busy
    assert isinstance(locks.claim("s2"), TurnClaim)  # another session has its own line
    claims[0].drop()
    assert isinstance(locks.claim("s1"), TurnClaim)  # a place freed is a place taken


async def test_a_second_turn_of_a_session_waits_for_the_first_and_others_do_not() -> None:
    locks = TurnLocks(max_waiting=8)
    first, second, elsewhere = locks.claim("s1"), locks.claim("s1"), locks.claim("s2")
    assert first and second and elsewhere
    await first.acquire()
    assert second.busy() and not elsewhere.busy()
    waiting = asyncio.create_task(second.acquire())
    await asyncio.wait_for(elsewhere.acquire(), 5)  # another session is not held up
    for _ in range(20):  # give the waiting turn every chance to (wrongly) get in
        await asyncio.sleep(0)
    assert not waiting.done()
    first.release()
    await asyncio.wait_for(waiting, 5)
    second.release()
    elsewhere.release()
    assert locks.waiting("s1") == 0 and locks.waiting("s2") == 0
