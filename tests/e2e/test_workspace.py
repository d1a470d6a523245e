"""The workspace the app and the CLI share, against the real engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumatui.client import ExportFailed, NemoClient
from lumatui.client.api import check_mp4
from lumatui.client.history import History
from lumatui.client.workspace import TurnOutcome, Workspace
from lumatui.engine.media.probe import probe
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


async def test_export_submitted_before_a_restart_is_resumed_and_downloaded(
    engine: RunningEngine, tmp_path: Path
) -> None:
    history = History(tmp_path / "h.db")
    async with NemoClient(engine.url, sleep=no_wait) as client:
        space = Workspace(client, history)
        await space.open(new=True)
        async for _ in space.turn("generate a 1-second clip of rain"):
            pass
        draft = (await space.state()).state.draft
        job = await client.submit_render(space.session_id or "", draft)
        history.record_export(space.api_url, space.session_id or "", job.id)
        session_id = space.session_id
    # The app closed here; a new process opens the same history and finishes the job.
    async with NemoClient(engine.url, sleep=no_wait) as client:
        space = Workspace(client, history)
        await space.open(session_id)
        [record] = space.unfinished_exports()
        path = await space.resume_export(record, tmp_path / "out")
        assert path.read_bytes()[4:8] == b"ftyp"
        assert space.unfinished_exports() == []
    history.close()


def test_a_download_that_is_not_an_mp4_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "x.mp4.part"
    fake.write_text("<html>not a video</html>")
    with pytest.raises(ExportFailed):
        check_mp4(fake)
    with pytest.raises(ExportFailed):
        check_mp4(fake, expected_size=10_000)
