"""The client's recoveries against an engine that misbehaves on purpose (``--fault``)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.client import ExportBlocked, NemoClient, NoCredits, ServerError
from lumatui.client.history import History
from lumatui.client.turn import DROPPED_CODE
from lumatui.client.workspace import UNCONFIRMED, TurnOutcome, Workspace
from lumatui.engine.store import Store
from lumatui.protocol.chat import ErrorEvent, HeartbeatEvent, TextEvent
from lumatui.protocol.draft import Draft, Segment, Track
from tests.support.engine import RunningEngine, start_engine

from .raw import Raw

GENERATE = "generate a 1-second clip of a calm lake"


class Waits:
    """An injected sleep that records what the client would have waited."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
def faulty(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningEngine]:
    specs: list[str] = request.param
    args = [arg for spec in specs for arg in ("--fault", spec)]
    running = start_engine(tmp_path / "engine", "--heartbeat-seconds", "0.2", *args)
    yield running
    running.stop()


async def run(space: Workspace, text: str) -> tuple[list[object], TurnOutcome]:
    items = [item async for item in space.turn(text)]
    outcome = items[-1]
    assert isinstance(outcome, TurnOutcome)
    return items[:-1], outcome


@pytest.mark.parametrize("faulty", [["expire-token-after=2"]], indirect=True)
async def test_expired_token_is_renewed_and_the_call_retried(faulty: RunningEngine) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        first = await client.ensure_token()
        await client.credits()
        await client.credits()
        credits = await client.credits()  # the third authenticated call meets 1001
        assert credits.available == 100
        assert (await client.ensure_token()).token != first.token


@pytest.mark.parametrize("faulty", [[]], indirect=True)  # its own engine: no fault at all
async def test_a_revoked_token_is_replaced_not_retried(faulty: RunningEngine) -> None:
    """The engine really revokes the token (not a one-shot fault): only a new token helps."""
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        first = await client.ensure_token()
        before = await client.credits()
        Store(faulty.data_dir / "engine.sqlite3").expire_tokens(first.user_id)
        after = await client.credits()
        renewed = await client.ensure_token()
        assert renewed.token != first.token
        assert renewed.user_id == first.user_id  # the same client id: the same account
        assert after.available == before.available
        revoked = Raw(faulty.url)
        revoked.token = first.token
        assert revoked.get("/api/credits/balance/simple").json()["code"] == 1001  # really gone


@pytest.mark.parametrize("faulty", [["rate-limit-once"]], indirect=True)
async def test_rate_limit_waits_once_then_gets_a_token(faulty: RunningEngine) -> None:
    waits = Waits()
    async with NemoClient(faulty.url, sleep=waits) as client:
        token = await client.ensure_token()
    assert token.user_id.startswith("anon_")
    assert waits.seconds == [30.0]


@pytest.mark.parametrize("faulty", [["drop-stream-after=1"]], indirect=True)
async def test_dropped_stream_is_reconciled_from_state_without_resending(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        space.reconcile_intervals = (0.0,) * 5
        await space.open()
        events, outcome = await run(space, GENERATE)
        assert any(isinstance(e, ErrorEvent) and e.code == DROPPED_CODE for e in events)
        # The cut comes after the clip was made (before its functionResponse): the state
        # shows the turn finished on the server while the client was gone.
        assert any(line.startswith("Added Video:") for line in outcome.changes)
        state = await space.state()
        assert len(state.state.draft.t[0].sg) == 1  # sent once, made once
        kept = space.history.messages(space.api_url, space.session_id or "")
        assert [m.text for m in kept if m.role == "user"] == [GENERATE]


class UntilMade(Waits):
    """A sleep that lasts until the engine's draft of the session holds a segment (bounded)."""

    def __init__(self, engine: RunningEngine) -> None:
        super().__init__()
        self.store = Store(engine.data_dir / "engine.sqlite3")
        self.session_id = ""

    async def __call__(self, seconds: float) -> None:
        await super().__call__(seconds)
        deadline = time.monotonic() + 60
        while not any(t.sg for t in self.store.latest_draft(self.session_id)[1].t):
            assert time.monotonic() < deadline, "the engine never made the clip"
            await asyncio.sleep(0.05)


@pytest.mark.parametrize("faulty", [["drop-stream-after=0"]], indirect=True)
async def test_a_drop_before_the_clip_is_made_is_settled_from_the_state(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    """Cut at the first event, before the clip exists: the client re-reads the state until
    the clip shows (the turn ran on without it), and reports it, sent once."""
    waits = UntilMade(faulty)
    async with NemoClient(faulty.url, sleep=waits) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        space.reconcile_intervals = (0.5,) * 5
        await space.open()
        waits.session_id = space.session_id or ""
        events, outcome = await run(space, GENERATE)
        assert any(isinstance(e, ErrorEvent) and e.code == DROPPED_CODE for e in events)
        assert waits.seconds[:1] == [0.5]  # it waited and read again: the state was settled
        assert [c for c in outcome.changes if c.startswith("Added Video:")], outcome.changes
        assert outcome.errors == []
        assert len((await space.state()).state.draft.t[0].sg) == 1  # sent once, made once


@pytest.mark.parametrize("faulty", [["drop-stream-after=0"]], indirect=True)
async def test_unconfirmed_drop_says_so(faulty: RunningEngine, tmp_path: Path) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        space.reconcile_intervals = (0.0,) * 5
        await space.open()
        _, outcome = await run(space, "hello there")  # changes nothing, so nothing to confirm
        assert UNCONFIRMED in outcome.errors
        assert outcome.changes == []


@pytest.mark.parametrize("faulty", [["lose-session-after=1"]], indirect=True)
async def test_lost_session_is_replaced_and_the_message_sent_there(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        await space.open()  # reads the state once: the first session call
        old = space.session_id
        events, outcome = await run(space, GENERATE)
        assert any(isinstance(e, ErrorEvent) and e.code == "session_replaced" for e in events)
        assert space.session_id != old
        assert any(line.startswith("Added Video:") for line in outcome.changes)


@pytest.mark.parametrize("faulty", [["stall=0.8"]], indirect=True)
async def test_stall_sends_heartbeats_before_the_reply(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        await space.open()
        events, outcome = await run(space, "what's in my timeline")
        first_text = next(i for i, e in enumerate(events) if isinstance(e, TextEvent))
        assert sum(isinstance(e, HeartbeatEvent) for e in events[:first_text]) >= 2
        assert outcome.text


@pytest.mark.parametrize("faulty", [["bad-json-once"]], indirect=True)
async def test_bad_json_event_is_reported_and_the_turn_goes_on(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        space = Workspace(client, History(tmp_path / "h.db"))
        await space.open()
        events, outcome = await run(space, "what's in my timeline")
        assert any(isinstance(e, ErrorEvent) and "unreadable" in e.message for e in events)
        assert outcome.text.strip()


@pytest.mark.parametrize(
    "faulty", [["http-500-once=/api/credits", "export-402", "no-credits"]], indirect=True
)
async def test_server_error_export_block_and_no_credits(
    faulty: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(faulty.url, sleep=Waits()) as client:
        with pytest.raises(ServerError):
            await client.credits()
        assert (await client.credits()).available == 100  # only once
        space = Workspace(client, History(tmp_path / "h.db"))
        await space.open()
        with pytest.raises(NoCredits) as no_credits:
            await run(space, GENERATE)
        assert f"register?bind={client.user_id}" in str(no_credits.value.action)
        with pytest.raises(ExportBlocked):
            await client.submit_render(space.session_id or "", _one_clip_draft())


def _one_clip_draft() -> Draft:
    return Draft(t=[Track(sg=[Segment(id="s", d=1000, src="x")])], d=1000)


def test_unknown_fault_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "lumatui", "serve", "--port", "0", "--fault", "explode"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown fault 'explode'" in done.stderr
