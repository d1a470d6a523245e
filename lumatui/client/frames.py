"""Frames of a segment's media or of an export, taken with the bundled ffmpeg and cached on disk.

A frame is keyed by (source, time, width): the same request is answered from the cache without
starting ffmpeg, so polling the state or moving back to a segment costs nothing. A web source is
downloaded once (``media_fetch``); a local file is keyed by its path, size and modification time,
so a file exported again under the same name gets fresh frames. At most ``jobs`` ffmpeg run at
once, each with a time limit, and a cancelled request kills its ffmpeg.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from lumatui import paths

from .api import NemoClient
from .ffmpeg_bin import EXACT_SCALE, ffmpeg_exe
from .media_fetch import MediaUnavailable, fetch_media, local_path

FFMPEG_TIMEOUT = 20.0  # seconds for one extraction
QUIET = ["-nostdin", "-hide_banner", "-loglevel", "error"]
EXACT_JPEG = ["-dct", "int", "-q:v", "3"]  # the C transform: its SIMD one rounds by CPU


def frames_dir() -> Path:
    return paths.cache_dir() / "frames"


def frame_key(source: str, at_ms: int | Sequence[int], width: int) -> str:
    """A file name for (source, time(s), width): a hash, so no URL becomes a path."""
    times = [at_ms] if isinstance(at_ms, int) else list(at_ms)
    text = "\n".join([source, ",".join(str(t) for t in times), str(width)])
    return hashlib.sha256(text.encode()).hexdigest()[:40] + ".jpg"


def sheet_layout(count: int, columns: int) -> str:
    """xstack's layout for ``count`` equal tiles in rows of ``columns``: ``0_0|w0_0|0_h0|...``."""
    cells = []
    for n in range(count):
        x = "+".join(["w0"] * (n % columns)) or "0"
        y = "+".join(["h0"] * (n // columns)) or "0"
        cells.append(f"{x}_{y}")
    return "|".join(cells)


class FrameStore:
    """Frames on disk for a client; one per app, shared by every widget that shows frames."""

    def __init__(
        self, client: NemoClient | None = None, folder: Path | None = None, jobs: int = 2
    ) -> None:
        self.client = client
        self.folder = folder or frames_dir()
        self._jobs = asyncio.Semaphore(jobs)
        self._media_locks: dict[str, asyncio.Lock] = {}
        self.extractions = 0  # ffmpeg runs started (a cache hit starts none)

    # --- the source --------------------------------------------------------------------------

    def source_key(self, src: str) -> str:
        """What identifies the pixels: the URL, or a local file's path, size and time."""
        path = local_path(src)
        if path is None:
            return src
        try:
            info = path.stat()
        except OSError:
            return str(path)
        return f"{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"

    async def _input(self, src: str) -> Path:
        path = local_path(src)
        if path is not None:
            if not path.is_file():
                raise MediaUnavailable(f"{path.name} is not there any more.")
            return path
        if self.client is None:
            raise MediaUnavailable("Media on the web needs a connection to the backend.")
        lock = self._media_locks.setdefault(src, asyncio.Lock())
        async with lock:  # two widgets asking for one clip download it once
            return await fetch_media(self.client, src, self.folder / "media")

    # --- frames ------------------------------------------------------------------------------

    def cached(self, src: str, at_ms: int, width: int) -> Path | None:
        """The frame if it is on disk already (cheap: no ffmpeg, no network)."""
        path = self.folder / frame_key(self.source_key(src), at_ms, width)
        return path if path.is_file() else None

    async def frame(self, src: str, at_ms: int, width: int) -> Path:
        """One frame ``at_ms`` into ``src``, ``width`` pixels wide (its height keeps the shape)."""
        dest = self.folder / frame_key(self.source_key(src), at_ms, width)
        if dest.is_file():
            return dest
        media = await self._input(src)
        scale = f"scale={width}:-2:{EXACT_SCALE},format=yuvj420p"
        problem = MediaUnavailable(f"No frame could be read from {media.name}.")
        for seek in dict.fromkeys((at_ms, 0)):  # past the end: the first frame instead
            args = ["-ss", f"{seek / 1000:.3f}", "-i", str(media), "-frames:v", "1", "-vf", scale]
            try:
                if await self._extract(args, dest):
                    return dest
            except MediaUnavailable as exc:
                problem = exc
        raise problem

    async def sheet(self, src: str, times_ms: Sequence[int], width: int, columns: int = 3) -> Path:
        """A contact sheet: the frames at ``times_ms``, each ``width`` wide, in rows of
        ``columns``, as one picture (one ffmpeg run, one seek per frame)."""
        dest = self.folder / frame_key(self.source_key(src), [*times_ms, -columns], width)
        if dest.is_file():
            return dest
        media = await self._input(src)
        args: list[str] = []
        for at in times_ms:
            args += ["-ss", f"{at / 1000:.3f}", "-i", str(media)]
        count = len(times_ms)
        scaled = ";".join(
            f"[{n}:v]trim=end_frame=1,scale={width}:-2:{EXACT_SCALE},format=yuvj420p,setsar=1[f{n}]"
            for n in range(count)
        )
        tiles = "".join(f"[f{n}]" for n in range(count))
        layout = sheet_layout(count, columns)
        graph = f"{scaled};{tiles}xstack=inputs={count}:layout={layout}:fill=black[out]"
        if count == 1:
            graph = f"{scaled};[f0]null[out]"
        args += ["-filter_complex", graph, "-map", "[out]", "-frames:v", "1"]
        if not await self._extract(args, dest):
            raise MediaUnavailable(f"No contact sheet could be made of {media.name}.")
        return dest

    async def _extract(self, args: list[str], dest: Path) -> bool:
        """Run ffmpeg writing one JPEG; True when it made a non-empty one at ``dest``."""
        dest.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".frame-", suffix=".jpg", dir=dest.parent)
        os.close(handle)
        part = Path(name)
        try:
            async with self._jobs:
                self.extractions += 1
                out = ["-f", "image2", "-c:v", "mjpeg", *EXACT_JPEG, "-update", "1", "-y"]
                await run_ffmpeg([ffmpeg_exe(), *QUIET, *args, *out, str(part)])
            if part.stat().st_size == 0:
                return False
            os.replace(part, dest)
            return True
        finally:
            part.unlink(missing_ok=True)


async def run_ffmpeg(args: list[str], timeout: float = FFMPEG_TIMEOUT) -> None:
    """Run ``args``; a failure, a timeout or a cancel kills the process and raises."""
    process = await asyncio.create_subprocess_exec(
        *args,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), timeout)
    except TimeoutError:
        raise MediaUnavailable("Reading a frame took too long.") from None
    finally:
        if process.returncode is None:
            process.kill()
            with contextlib.suppress(ProcessLookupError):
                await process.wait()
    if process.returncode != 0:
        tail = stderr.decode(errors="replace").strip().splitlines()[-1:] or ["no output"]
        raise MediaUnavailable(f"ffmpeg could not read the media: {tail[0]}")
