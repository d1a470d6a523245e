"""Checking a rendered file before it is offered, and saving its cover image.

The file must be H.264 at the promised size, last the draft's duration within one frame,
carry an AAC track, and (when something audible was mixed) measure −14 LUFS ± 1 LU.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from lumatui.engine.media.ffmpeg import FfmpegError, RenderCancelled, ffmpeg_exe, run_ffmpeg
from lumatui.engine.media.probe import ProbeError, probe
from lumatui.engine.render.loudness import (
    TARGET_I,
    TOLERANCE_LU,
    ebur128_args,
    parse_ebur128_summary,
)

MIN_LOUDNESS_CHECK_MS = 1000  # shorter than this, integrated loudness is not meaningful


@dataclass
class Verdict:
    problem: str | None
    loudness: float | None = None
    true_peak: float | None = None


def check_stream(path: Path, duration_ms: int, width: int, height: int, fps: int) -> str | None:
    """Why this file must not be offered (codec, size, audio, duration), or None."""
    try:
        info = probe(path)
    except ProbeError as exc:
        return f"Output is not readable: {exc}"
    if info.video_codec != "h264":
        return f"Output codec is {info.video_codec}, expected h264."
    if (info.width, info.height) != (width, height):
        return f"Output is {info.width}x{info.height}, expected {width}x{height}."
    if info.audio_codec != "aac":
        return "Output has no AAC audio track."
    frame_ms = 1000 / (info.fps or fps)
    if info.duration is None or abs(info.duration * 1000 - duration_ms) > frame_ms + 1:
        return f"Output lasts {info.duration}s, expected {duration_ms / 1000}s."
    return None


async def measure_file(path: Path, cancel: asyncio.Event | None = None) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBFS) of a file's first audio track."""
    stderr = await run_ffmpeg(
        [ffmpeg_exe(), *ebur128_args(str(path))], duration_ms=0, cancel=cancel, loglevel="info"
    )
    summary = parse_ebur128_summary(stderr)
    if summary is None:
        raise FfmpegError("ebur128 printed no summary")
    return summary.integrated, summary.true_peak if summary.true_peak is not None else 0.0


async def save_cover(
    video: Path, cover: Path, at_ms: int, cancel: asyncio.Event | None = None
) -> None:
    """One frame as PNG: fast input seek, one decoded frame."""
    args = [
        ffmpeg_exe(),
        "-nostdin",
        "-y",
        "-ss",
        f"{max(0, at_ms) / 1000:.3f}",
        "-i",
        str(video),
        "-frames:v",
        "1",
        "-update",
        "1",
        "-f",
        "image2",
        "-c:v",
        "png",
        str(cover),
    ]
    await run_ffmpeg(args, duration_ms=0, cancel=cancel)


async def verify_render(
    path: Path,
    *,
    duration_ms: int,
    width: int,
    height: int,
    fps: int,
    audible: bool,
    cover: Path | None = None,
    cover_at_ms: int = 0,
    cancel: asyncio.Event | None = None,
) -> Verdict:
    """All checks and the loudness pass run side by side.

    ``cover`` is where the cover PNG must be; the render usually wrote it already, else it
    is taken from the file now.
    """
    stream = asyncio.to_thread(check_stream, path, duration_ms, width, height, fps)
    loud = measure_file(path, cancel)
    jobs = [stream, loud]
    if cover is not None and not cover.is_file():
        jobs.append(save_cover(path, cover, cover_at_ms, cancel))
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for result in results:
        if isinstance(result, asyncio.CancelledError | RenderCancelled):
            raise result
    problem, measured = results[0], results[1]
    if isinstance(problem, BaseException):
        return Verdict(f"Output could not be checked: {problem}")
    if problem:
        return Verdict(problem)
    if isinstance(measured, BaseException):
        return Verdict(f"Output loudness could not be measured: {measured}")
    integrated, peak = measured
    checked = audible and duration_ms >= MIN_LOUDNESS_CHECK_MS
    if checked and abs(integrated - TARGET_I) > TOLERANCE_LU:
        return Verdict(
            f"Output loudness is {integrated:.1f} LUFS, expected {TARGET_I:g} ± "
            f"{TOLERANCE_LU:g} LU.",
            integrated,
            peak,
        )
    if cover is not None and not cover.is_file():
        why = f": {results[2]}" if len(results) > 2 else ""
        return Verdict(f"The cover image could not be saved{why}", integrated, peak)
    return Verdict(None, integrated, peak)
