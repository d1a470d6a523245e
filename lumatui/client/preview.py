"""A quick preview of the cut: the ``draft`` preset rendered, downloaded, decoded to frames.

The render is polled often (a preview is waited for by a person looking at the screen) and goes
to one file per session in the cache, replaced by the next preview; it is never an export and
never enters the history. A preview cancelled half-way (a second /preview) cancels its render
on the backend too. Frames come out of ffmpeg as raw RGB at a low rate, muted, as they are
decoded, so the first one is on screen before the last one is read.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import AsyncIterator, Callable, Iterator
from itertools import chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING

from lumatui import paths
from lumatui.protocol.draft import Draft
from lumatui.protocol.presets import DRAFT
from lumatui.protocol.render import RenderOutput

from .api import NemoClient
from .export import ExportProgress, export_video
from .ffmpeg_bin import EXACT_SCALE, ffmpeg_exe
from .media_fetch import MediaUnavailable

if TYPE_CHECKING:
    from PIL.Image import Image

PREVIEW_FPS = 5
FRAME_WIDTH = 320  # pixels; textual-image scales down to the cells it has


def preview_dir() -> Path:
    return paths.cache_dir() / "previews"


def preview_name(session_id: str) -> str:
    """One file per session, named by a hash: the backend's id never becomes a path."""
    return f"preview-{hashlib.sha256(session_id.encode()).hexdigest()[:16]}.mp4"


def preview_polls() -> Iterator[float]:
    """Every 0.1 s for 2 s, every 0.25 s for the next 30 s, then every second: a preview is
    watched as it renders, and its end is seen within a quarter of a second."""
    return chain(repeat(0.1, 20), repeat(0.25, 120), repeat(1.0))


def frame_size(width: int, height: int, frame_width: int = FRAME_WIDTH) -> tuple[int, int]:
    """The canvas's shape at ``frame_width`` pixels across (both sides even, for ffmpeg)."""
    if width <= 0 or height <= 0:
        width, height = 9, 16
    w = max(2, frame_width // 2 * 2)
    return w, max(2, round(w * height / width / 2) * 2)


async def render_preview(
    client: NemoClient,
    session_id: str,
    draft: Draft,
    *,
    folder: Path | None = None,
    on_progress: Callable[[ExportProgress], None] | None = None,
) -> Path:
    """Render ``draft`` at the draft preset and download it; cancelling cancels the render."""
    jobs: list[str] = []

    def seen(progress: ExportProgress) -> None:
        if progress.job_id and progress.job_id not in jobs:
            jobs.append(progress.job_id)
        if on_progress:
            on_progress(progress)

    target = paths.ensure(folder or preview_dir())
    try:
        return await export_video(
            client,
            session_id,
            target,
            draft=draft,
            output=RenderOutput(preset=DRAFT, quality="draft"),
            on_progress=seen,
            poll_intervals=preview_polls(),
            filename=preview_name(session_id),
        )
    except asyncio.CancelledError:
        if jobs:  # the backend stops rendering what nobody will watch
            with contextlib.suppress(Exception):
                await asyncio.wait_for(client.cancel_render(jobs[-1]), 5)
        raise


async def preview_frames(
    video: Path, size: tuple[int, int], fps: int = PREVIEW_FPS
) -> AsyncIterator[Image]:
    """The frames of ``video`` at ``fps``, ``size`` pixels, as PIL images, as ffmpeg makes them."""
    from PIL import Image

    width, height = size
    frame_bytes = width * height * 3
    process = await asyncio.create_subprocess_exec(
        ffmpeg_exe(), "-nostdin", "-hide_banner", "-loglevel", "error", "-i", str(video),
        "-an", "-vf", f"fps={fps},scale={width}:{height}:{EXACT_SCALE},format=rgb24",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    errors = asyncio.create_task(process.stderr.read())
    count = 0
    try:
        while True:
            try:
                raw = await process.stdout.readexactly(frame_bytes)
            except asyncio.IncompleteReadError:
                break
            count += 1
            yield Image.frombytes("RGB", size, raw)
        await process.wait()
        stderr = await errors
        if process.returncode != 0 or count == 0:
            tail = stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no frames"]
            raise MediaUnavailable(f"The preview could not be played: {tail[0]}")
    finally:
        if process.returncode is None:
            process.kill()
            with contextlib.suppress(ProcessLookupError):
                await process.wait()
        if not errors.done():
            errors.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await errors
