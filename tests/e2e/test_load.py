"""Many people at once, and an engine that dies mid-render: no errors, no lost jobs."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from lumatui.client import NemoClient
from lumatui.client.history import History
from lumatui.client.token_store import TokenStore
from lumatui.client.workspace import TurnOutcome, Workspace
from lumatui.engine.media.probe import probe
from lumatui.protocol.render import RenderOutput
from tests.support.engine import start_engine

SESSIONS = 20


async def quick(seconds: float) -> None:
    await asyncio.sleep(min(seconds, 0.05))


async def one_person(url: str, n: int, home: Path) -> tuple[Path, list[str]]:
    """A whole visit: token, session, one generated clip, a draft export, downloaded."""
    statuses: list[str] = []
    async with NemoClient(
        url, token_store=TokenStore(home / f"tokens{n}.json"), client_id=f"load-{n}", sleep=quick
    ) as client:
        space = Workspace(client, History(home / f"history{n}.db"))
        await space.open()
        outcome = None
        async for item in space.turn(f"generate a 1-second clip of a quiet harbour {n}"):
            if isinstance(item, TurnOutcome):
                outcome = item
        assert outcome is not None and not outcome.errors, outcome
        path = await space.export(
            home / "out",
            output=RenderOutput(quality="draft", preset="draft"),
            filename=f"visit{n}.mp4",
            on_progress=lambda p: statuses.append(p.status),
        )
        space.history.close()
    return path, statuses


async def test_twenty_concurrent_sessions_chat_and_export(tmp_path: Path) -> None:
    running = start_engine(tmp_path / "engine", "--render-slots", "1")
    try:
        results = await asyncio.gather(
            *(one_person(running.url, n, tmp_path) for n in range(SESSIONS))
        )
    finally:
        running.stop()
    paths = [path for path, _ in results]
    assert len(set(paths)) == SESSIONS
    for path in paths:
        info = probe(path)
        assert info.video_codec == "h264" and info.duration is not None
        assert abs(info.duration - 1.0) < 0.05
    # With one render slot and twenty jobs, most of them were seen waiting in the queue.
    waited = sum("pending" in statuses for _, statuses in results)
    assert waited >= SESSIONS // 2


async def test_engine_killed_mid_render_resumes_the_job(tmp_path: Path) -> None:
    data = tmp_path / "engine"
    history = History(tmp_path / "h.db")
    running = start_engine(data)
    try:
        async with NemoClient(running.url, sleep=quick) as client:
            space = Workspace(client, history, history_key="engine")
            await space.open()
            async for _ in space.turn("generate a 4-second clip of a night city"):
                pass
            draft = (await space.state()).state.draft
            job = await client.submit_render(space.session_id or "", draft)
            history.record_export(space.api_url, space.session_id or "", job.id)
            for _ in range(2000):  # until ffmpeg is running, bounded
                status = await client.poll_render(job.id)
                if status.status == "processing" or status.finished:
                    break
                await asyncio.sleep(0.01)
            assert status.status == "processing", status
    finally:
        running.process.send_signal(signal.SIGKILL)
        running.process.wait()
    restarted = start_engine(data)
    try:
        async with NemoClient(restarted.url, sleep=quick) as client:
            space = Workspace(client, history, history_key="engine")
            await space.open()
            [record] = space.unfinished_exports()
            path = await space.resume_export(record, tmp_path / "out")
            info = probe(path)
            assert info.duration is not None and abs(info.duration - 4.0) < 0.05
    finally:
        restarted.stop()
        history.close()
