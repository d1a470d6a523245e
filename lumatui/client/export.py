"""Export: submit the draft, poll with backoff, download the MP4 atomically."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lumatui.protocol.draft import Draft
from lumatui.protocol.render import RenderOutput, RenderStatus

from .api import NemoClient, Sleep
from .errors import ExportFailed, NothingToExport
from .mp4_check import mp4_problem


@dataclass(frozen=True)
class ExportProgress:
    status: str  # submitting / pending / processing / downloading / completed
    percent: float
    elapsed: float
    job_id: str = ""
    path: Path | None = None
    warnings: tuple[str, ...] = ()  # the finished job's (e.g. a title left out for a font)


def backoff(start: float = 2.0, cap: float = 30.0) -> Iterator[float]:
    """2, 4, 8, 16, 30, 30, ... seconds."""
    delay = start
    while True:
        yield delay
        delay = min(cap, delay * 2)


def default_filename(session_id: str) -> str:
    return f"lumatui-{session_id}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.mp4"


async def export_video(
    client: NemoClient,
    session_id: str,
    dest_dir: Path,
    *,
    draft: Draft | None = None,
    output: RenderOutput | None = None,
    on_progress: Callable[[ExportProgress], None] | None = None,
    sleep: Sleep | None = None,
    poll_intervals: Iterable[float] | None = None,
    filename: str | None = None,
    timeout: float = 30 * 60,
) -> Path:
    """The whole export flow; a failed render is resubmitted once with a new id."""
    started = time.monotonic()
    wait = sleep or client.sleep

    def report(
        status: str,
        percent: float,
        job_id: str = "",
        path: Path | None = None,
        warnings: tuple[str, ...] = (),
    ) -> None:
        if on_progress:
            elapsed = time.monotonic() - started
            on_progress(ExportProgress(status, percent, elapsed, job_id, path, warnings))

    if draft is None:
        draft = (await client.state(session_id)).state.draft
    if not draft.ready:
        raise NothingToExport(
            "There is nothing to export yet.", action="Describe a clip to start the timeline."
        )
    for attempt in (1, 2):
        report("submitting", 0)
        job = await client.submit_render(session_id, draft, output)
        job = await _follow(client, job, started, timeout, wait, poll_intervals, report)
        if job.status == "completed" and job.output_url:
            break
        if job.status == "cancelled":
            raise ExportFailed("The export was cancelled.")
        if attempt == 2:
            raise ExportFailed(
                f"The export failed: {job.error or 'unknown error'}.",
                action="Check the timeline and try again.",
            )
    dest = dest_dir / (filename or default_filename(session_id))
    expected = max(draft.d, draft.computed_duration())
    return await _download(client, job, dest, report, expected, 1000 / max(1, draft.m.fps))


async def resume_export(
    client: NemoClient,
    job_id: str,
    dest: Path,
    *,
    on_progress: Callable[[ExportProgress], None] | None = None,
    sleep: Sleep | None = None,
    poll_intervals: Iterable[float] | None = None,
    timeout: float = 30 * 60,
) -> Path:
    """Pick up a render submitted earlier (perhaps before a restart): poll it, download it."""
    started = time.monotonic()

    def report(
        status: str,
        percent: float,
        job_id: str = "",
        path: Path | None = None,
        warnings: tuple[str, ...] = (),
    ) -> None:
        if on_progress:
            elapsed = time.monotonic() - started
            on_progress(ExportProgress(status, percent, elapsed, job_id, path, warnings))

    job = await client.poll_render(job_id)
    job = await _follow(
        client, job, started, timeout, sleep or client.sleep, poll_intervals, report
    )
    if job.status != "completed" or not job.output_url:
        raise ExportFailed(
            f"The export {job.status}: {job.error or 'no file was made'}.",
            action="Export again.",
        )
    return await _download(client, job, dest, report)


async def _follow(
    client: NemoClient,
    job: RenderStatus,
    started: float,
    timeout: float,
    wait: Sleep,
    poll_intervals: Iterable[float] | None,
    report: Callable[..., None],
) -> RenderStatus:
    intervals = iter(poll_intervals if poll_intervals is not None else backoff())
    while not job.finished:
        report(job.status, job.progress, job.id)
        if time.monotonic() - started > timeout:
            raise ExportFailed("The export is taking too long.", action="Try again later.")
        await wait(next(intervals, 30.0))
        job = await client.poll_render(job.id)
    return job


async def _download(
    client: NemoClient,
    job: RenderStatus,
    dest: Path,
    report: Callable[..., None],
    expected_ms: int | None = None,
    frame_ms: float = 1000 / 24,
) -> Path:
    assert job.output_url
    report("downloading", 99, job.id)

    def whole(part: Path) -> None:  # refused before it replaces anything at ``dest``
        problem = mp4_problem(part, expected_ms, frame_ms)
        if problem:
            raise ExportFailed(
                f"The downloaded video is not whole: {problem}.", action="Export again."
            )

    await client.download(job.output_url, dest, verify=whole)
    report("completed", 100, job.id, dest, tuple(job.warnings))
    return dest
