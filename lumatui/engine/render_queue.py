"""Background render jobs: a queue that survives restarts, a few ffmpeg slots, cancel.

Jobs live in SQLite; the in-memory queue only orders the work. On start, any job left
``pending`` or ``processing`` by a previous run is queued again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from pathlib import Path

from lumatui.protocol.draft import Draft

from .assets import AssetLibrary
from .config import EngineConfig
from .ffmpeg import FfmpegError, RenderCancelled, ffmpeg_exe, run_ffmpeg
from .fonts import find_font
from .probe import probe
from .render_plan import EmptyDraftError, build_render_plan
from .store import Store

log = logging.getLogger("lumatui.engine.render")


def default_slots() -> int:
    return max(1, (os.cpu_count() or 2) // 2)


class RenderQueue:
    def __init__(self, store: Store, assets: AssetLibrary, config: EngineConfig) -> None:
        self.store = store
        self.assets = assets
        self.config = config
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._cancels: dict[str, asyncio.Event] = {}
        self._workers: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        self.config.renders_dir.mkdir(parents=True, exist_ok=True)
        for job in self.store.unfinished_renders():
            self.store.update_render(job.id, status="pending", progress=5)
            self._enqueue(job.id)
        slots = self.config.render_slots or default_slots()
        self._workers = [asyncio.create_task(self._work()) for _ in range(slots)]

    async def stop(self) -> None:
        for event in self._cancels.values():
            event.set()
        for task in self._workers:
            task.cancel()
        for task in self._workers:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def submit(self, job_id: str) -> None:
        self._enqueue(job_id)

    def cancel(self, job_id: str) -> bool:
        job = self.store.render(job_id)
        if job is None or job.status not in ("pending", "processing"):
            return False
        self.store.update_render(job_id, status="cancelled", error="Cancelled by the user.")
        event = self._cancels.get(job_id)
        if event:
            event.set()
        return True

    def output_path(self, job_id: str) -> Path:
        return self.config.renders_dir / f"{job_id}.mp4"

    def _enqueue(self, job_id: str) -> None:
        self._cancels[job_id] = asyncio.Event()
        self._queue.put_nowait(job_id)

    async def _work(self) -> None:
        while True:
            job_id = await self._queue.get()
            try:
                await self._render(job_id)
            except Exception as exc:  # a job must never take its worker down
                log.exception("render %s crashed", job_id)
                self.store.update_render(job_id, status="failed", error=f"Render crashed: {exc}")
            finally:
                self._cancels.pop(job_id, None)
                self._queue.task_done()

    async def _render(self, job_id: str) -> None:
        job = self.store.render(job_id)
        if job is None or job.status != "pending":
            return
        cancel = self._cancels.setdefault(job_id, asyncio.Event())
        draft = Draft.model_validate(job.draft)
        out = self.output_path(job_id)
        part = out.with_suffix(".part.mp4")
        try:
            plan = build_render_plan(
                draft, resolve_media=self.assets.resolve, out_path=part, font=find_font()
            )
        except EmptyDraftError:
            self.store.update_render(job_id, status="failed", error="The draft is empty.")
            return
        self.store.update_render(job_id, status="processing", progress=5)

        def progress(fraction: float) -> None:
            if not cancel.is_set():
                self.store.update_render(job_id, progress=5 + int(fraction * 90))

        try:
            await run_ffmpeg(
                [ffmpeg_exe(), *plan.args],
                duration_ms=plan.duration_ms,
                on_progress=progress,
                cancel=cancel,
            )
        except RenderCancelled:
            part.unlink(missing_ok=True)
            return
        except FfmpegError as exc:
            part.unlink(missing_ok=True)
            self.store.update_render(job_id, status="failed", error=f"ffmpeg failed: {exc}")
            return
        problem = await asyncio.to_thread(
            verify_output, part, plan.duration_ms, plan.width, plan.height
        )
        if problem:
            part.unlink(missing_ok=True)
            self.store.update_render(job_id, status="failed", error=problem)
            return
        os.replace(part, out)
        self.store.update_render(job_id, status="completed", progress=100, path=str(out))


def verify_output(path: Path, duration_ms: int, width: int, height: int) -> str | None:
    """Why this file must not be offered, or None when it is what the draft promised."""
    info = probe(path)
    if info.video_codec != "h264":
        return f"Output codec is {info.video_codec}, expected h264."
    if (info.width, info.height) != (width, height):
        return f"Output is {info.width}x{info.height}, expected {width}x{height}."
    if not info.audio_codec:
        return "Output has no audio track."
    fps = info.fps or 30
    if info.duration is None or abs(info.duration * 1000 - duration_ms) > 1000 / fps + 1:
        return f"Output lasts {info.duration}s, expected {duration_ms / 1000}s."
    return None
