"""Is a downloaded MP4 whole? Its boxes, read from the file itself, before it is kept.

A download cut short with an honest ``Content-Length`` passes a size check, and a cut at
the end of the index still probes as a shorter video. So the top-level boxes must tile the
file exactly (``ftyp`` first, ``moov`` and ``mdat`` present, none running past the end),
every chunk the index points at must lie inside the file, and the movie must last what
the render was asked for, within a frame. The engine checks its own renders with ffmpeg;
this is the client's own reading of the same idea (client and engine share no code).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path

CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl"}


def _boxes(data: bytes, start: int, end: int) -> Iterator[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) of each box in ``data[start:end]``;
    raises ValueError when a box header is cut or a box runs past ``end``."""
    at = start
    while at < end:
        if end - at < 8:
            raise ValueError("a box header is cut off")
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        payload = at + 8
        if size == 1:
            if end - at < 16:
                raise ValueError("a box header is cut off")
            size = struct.unpack(">Q", data[at + 8 : at + 16])[0]
            payload = at + 16
        elif size == 0:
            size = end - at
        if size < payload - at or at + size > end:
            raise ValueError(f"the {kind.decode('latin-1')!r} box runs past the end")
        yield kind, at, payload, at + size
        at += size


def _top_level(path: Path) -> tuple[dict[bytes, tuple[int, int]], list[bytes], int]:
    size = path.stat().st_size
    found: dict[bytes, tuple[int, int]] = {}
    order: list[bytes] = []
    with path.open("rb") as fh:
        at = 0
        while at < size:
            head = fh.read(16)
            if len(head) < 8:
                raise ValueError("a box header is cut off")
            box, kind = struct.unpack(">I4s", head[:8])
            if box == 1:
                if len(head) < 16:
                    raise ValueError("a box header is cut off")
                box = struct.unpack(">Q", head[8:16])[0]
            elif box == 0:
                box = size - at
            if box < 8 or at + box > size:
                raise ValueError(f"the {kind.decode('latin-1')!r} box runs past the end")
            found.setdefault(kind, (at, at + box))
            order.append(kind)
            at += box
            fh.seek(at)
    return found, order, size


def _moov_facts(moov: bytes) -> tuple[float | None, int]:
    """(movie seconds from ``mvhd``, the furthest chunk offset of any track)."""
    seconds: float | None = None
    furthest = 0

    def walk(start: int, end: int) -> None:
        nonlocal seconds, furthest
        for kind, _, payload, box_end in _boxes(moov, start, end):
            if kind in CONTAINERS:
                walk(payload, box_end)
            elif kind == b"mvhd":
                version = moov[payload]
                if version == 1:
                    scale, length = struct.unpack(">IQ", moov[payload + 20 : payload + 32])
                else:
                    scale, length = struct.unpack(">II", moov[payload + 12 : payload + 20])
                seconds = length / scale if scale else None
            elif kind in (b"stco", b"co64"):
                count = struct.unpack(">I", moov[payload + 4 : payload + 8])[0]
                width = 8 if kind == b"co64" else 4
                table = moov[payload + 8 : payload + 8 + count * width]
                if len(table) < count * width:
                    raise ValueError("the chunk index is cut off")
                fmt = ">" + ("Q" if width == 8 else "I") * count
                if count:
                    furthest = max(furthest, max(struct.unpack(fmt, table)))

    walk(16 if moov[:4] == b"\0\0\0\1" else 8, len(moov))
    return seconds, furthest


def mp4_problem(
    path: Path, expected_ms: int | None = None, frame_ms: float = 1000 / 24
) -> str | None:
    """Why ``path`` is not a whole MP4 of ``expected_ms`` (± one frame), or None."""
    try:
        found, order, size = _top_level(path)
        if not order or order[0] != b"ftyp":
            return "it is not an MP4"
        if b"moov" not in found or b"mdat" not in found:
            return "it has no " + ("index (moov)" if b"moov" not in found else "media data (mdat)")
        start, end = found[b"moov"]
        with path.open("rb") as fh:
            fh.seek(start)
            moov = fh.read(end - start)
        seconds, furthest = _moov_facts(moov)
    except (OSError, ValueError, struct.error, IndexError) as exc:
        return f"it is incomplete ({exc})"
    if furthest >= size:
        return "it is incomplete (its index points past the end of the file)"
    if expected_ms is not None:
        if seconds is None:
            return "its length cannot be read"
        if abs(seconds * 1000 - expected_ms) > frame_ms + 1:
            return f"it lasts {seconds:.2f} s, the render should last {expected_ms / 1000:.2f} s"
    return None
