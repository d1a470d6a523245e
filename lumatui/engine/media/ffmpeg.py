"""Running the bundled ffmpeg (imageio-ffmpeg): async with progress and cancel, or blocking."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import signal
import sys
from collections.abc import Callable
from functools import cache

PROGRESS_ARGS = ["-progress", "pipe:1", "-nostats", "-hide_banner"]
# swscale picks SIMD paths by CPU, and they round differently: the same draft rendered on two
# machines differed by a level in places. These flags make every machine compute what the
# plain C code does (checked against ``-cpuflags 0``), so a render is the same everywhere.
EXACT_SWS = "bicubic+accurate_rnd+bitexact"
EXACT_SCALE = f"flags={EXACT_SWS}"  # an option of each scale filter the engine writes
# Every scale that makes a canvas-sized frame converts to TV range with the BT.709 matrix,
# whatever the source (a full-range MJPEG, an RGB PNG): the export is tagged BT.709.
TV_709 = f"{EXACT_SCALE}:out_color_matrix=bt709:out_range=tv"
PR_SET_PDEATHSIG = 1


class FfmpegError(Exception):
    """ffmpeg exited non-zero; the message is the end of what it printed."""


class RenderCancelled(Exception):
    """The job was cancelled and its ffmpeg process stopped."""


def _load_libc() -> ctypes.CDLL | None:
    if sys.platform != "linux":
        return None
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


_LIBC = _load_libc()  # loaded here, not in the forked child, where only the call is safe


def die_with_parent() -> None:
    """In the child before exec: be killed when the engine dies, so no orphan ffmpeg keeps
    writing a job's files after a crash (Linux; elsewhere a no-op)."""
    if _LIBC is not None:
        _LIBC.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))


@cache
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def _tail(stderr: bytes, lines: int = 6) -> str:
    text = stderr.decode(errors="replace").strip().splitlines()
    return " | ".join(text[-lines:]) or "no output"


def progress_seconds(line: str) -> float | None:
    """``out_time_us=1500000`` → 1.5; other lines → None."""
    key, _, value = line.partition("=")
    if key in ("out_time_us", "out_time_ms") and value.strip().lstrip("-").isdigit():
        return max(0, int(value)) / 1_000_000  # both keys are microseconds in ffmpeg
    return None


async def run_ffmpeg(
    args: list[str],
    *,
    duration_ms: int,
    on_progress: Callable[[float], None] | None = None,
    cancel: asyncio.Event | None = None,
    loglevel: str = "error",
) -> str:
    """Run ``args`` (ffmpeg path first); report progress 0..1; stop when ``cancel`` is set.

    Returns what ffmpeg printed on stderr (at ``loglevel``: ``info`` to read measurements).
    """
    if cancel is not None and cancel.is_set():
        raise RenderCancelled()
    process = await asyncio.create_subprocess_exec(
        args[0],
        *PROGRESS_ARGS,
        "-loglevel",
        loglevel,
        *args[1:],
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        preexec_fn=die_with_parent,
    )
    assert process.stdout is not None and process.stderr is not None
    stderr_task = asyncio.create_task(process.stderr.read())
    cancel_task = asyncio.create_task(cancel.wait()) if cancel else None

    async def read_progress() -> None:
        assert process.stdout is not None
        async for raw in process.stdout:
            seconds = progress_seconds(raw.decode(errors="replace").strip())
            if seconds is not None and on_progress and duration_ms > 0:
                on_progress(min(1.0, seconds * 1000 / duration_ms))

    reader = asyncio.create_task(read_progress())
    waiters = {reader} | ({cancel_task} if cancel_task else set())
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        if cancel_task and cancel_task.done():
            process.kill()
            await process.wait()
            raise RenderCancelled()
        code = await process.wait()
        stderr = await stderr_task
        if code != 0:
            raise FfmpegError(_tail(stderr))
        return stderr.decode(errors="replace")
    finally:
        for task in (reader, stderr_task, cancel_task):
            if task and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if process.returncode is None:
            process.kill()
            await process.wait()
