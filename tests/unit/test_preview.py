"""The quick preview: a draft render from the real engine, decoded to frames; cancel cancels."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from lumatui.client import NemoClient
from lumatui.client.export import ExportProgress
from lumatui.client.preview import frame_size, preview_frames, preview_name, render_preview
from lumatui.client.turn import run_turn
from lumatui.engine.media.probe import probe
from tests.support.engine import RunningEngine
from tests.unit.test_frames import BLUE, RED, make_clip, near


async def session_with_clip(client: NemoClient, seconds: int = 2) -> tuple[str, object]:
    session = await client.create_session()
    ask = f"generate a {seconds}-second clip of a calm lake"
    async for _ in run_turn(client, session.session_id, ask):
        pass
    draft = (await client.state(session.session_id)).state.draft
    assert draft.ready
    return session.session_id, draft


async def test_frames_come_at_the_rate_and_size_asked_in_order(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", ("red", "blue"))
    frames = [frame async for frame in preview_frames(clip, (32, 18), fps=5)]
    assert len(frames) == 10  # 2 s at 5 fps
    assert all(frame.size == (32, 18) for frame in frames)
    assert near(frames[1].getpixel((16, 9)), RED) and near(frames[-2].getpixel((16, 9)), BLUE)


async def test_a_file_that_is_not_a_video_does_not_play(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"nope")
    with pytest.raises(Exception, match="could not be played"):
        [frame async for frame in preview_frames(bad, (32, 18))]


def test_a_preview_file_is_named_by_a_hash_of_the_session() -> None:
    assert preview_name("../../etc/x") == preview_name("../../etc/x")
    assert "/" not in preview_name("../../etc/x") and preview_name("a") != preview_name("b")


def test_frame_sizes_keep_the_canvas_shape() -> None:
    assert frame_size(1080, 1920, 320) == (320, 568)
    assert frame_size(1920, 1080, 320) == (320, 180)
    assert frame_size(0, 0, 90) == (90, 160)


async def test_the_preview_is_a_draft_render_of_the_cut(
    engine: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(engine.url) as client:
        session_id, draft = await session_with_clip(client)
        seen: list[str] = []
        path = await render_preview(
            client, session_id, draft, folder=tmp_path, on_progress=lambda p: seen.append(p.status)
        )
    info = probe(path)
    assert min(info.width, info.height) == 540  # the draft preset, the canvas's shape
    assert abs(info.duration - 2.0) < 0.2
    assert seen[-1] == "completed" and path.parent == tmp_path
    frames = [frame async for frame in preview_frames(path, frame_size(info.width, info.height))]
    assert 9 <= len(frames) <= 11


async def test_cancelling_a_preview_cancels_its_render(
    engine: RunningEngine, tmp_path: Path
) -> None:
    async with NemoClient(engine.url) as client:
        session_id, draft = await session_with_clip(client, seconds=8)
        submitted = asyncio.Event()
        jobs: list[str] = []

        def progress(p: ExportProgress) -> None:
            if p.job_id:
                jobs.append(p.job_id)
                submitted.set()

        task = asyncio.create_task(
            render_preview(client, session_id, draft, folder=tmp_path, on_progress=progress)
        )
        await asyncio.wait_for(submitted.wait(), 30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        job = await client.poll_render(jobs[-1])
    assert job.status == "cancelled"
    assert not list(tmp_path.glob("*.mp4"))
