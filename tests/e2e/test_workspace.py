"""The workspace the app and the CLI share, against the real engine."""

from __future__ import annotations

from pathlib import Path

from lumatui.client import NemoClient
from lumatui.client.history import History
from lumatui.client.workspace import TurnOutcome, Workspace
from lumatui.engine.probe import probe
from lumatui.protocol.chat import ToolCallEvent
from tests.support.engine import RunningEngine


async def no_wait(seconds: float) -> None:
    return None


async def test_turn_records_transcript_and_describes_changes(
    engine: RunningEngine, tmp_path: Path
) -> None:
    history = History(tmp_path / "h.db")
    async with NemoClient(engine.url, sleep=no_wait) as client:
        space = Workspace(client, history)
        first = await space.open()
        items = [item async for item in space.turn("generate a 1-second clip of a red sunset")]
        outcome = items[-1]
        assert isinstance(outcome, TurnOutcome)
        assert any(isinstance(i, ToolCallEvent) for i in items)
        assert outcome.changes and outcome.changes[0].startswith("Added Video:")
        assert "Timeline (1 track)" in outcome.timeline
        roles = [m.role for m in history.messages(client.base_url, first.session_id)]
        assert roles == ["user", "assistant"]

        again = Workspace(client, history)
        resumed = await again.open()
        assert resumed.session_id == first.session_id
        fresh = await again.open(new=True)
        assert fresh.session_id != first.session_id
    history.close()


async def test_export_is_recorded_from_submission_to_download(
    engine: RunningEngine, tmp_path: Path
) -> None:
    history = History(tmp_path / "h.db")
    async with NemoClient(engine.url, sleep=no_wait) as client:
        space = Workspace(client, history)
        await space.open(new=True)
        async for _ in space.turn("generate a 1-second clip of snow"):
            pass
        path = await space.export(tmp_path / "out")
        assert probe(path).duration is not None
        [record] = history.exports(client.base_url, space.session_id)
        assert record.status == "downloaded" and record.path == str(path)
    history.close()
