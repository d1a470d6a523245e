"""Text a user may see: no local paths and no ffmpeg internals.

Errors raised deep inside (a probe, an ffmpeg run, a file operation) often carry the
engine's own file names or the tail of ffmpeg's log. What reaches a client — a failed
render's ``error``, a chat event — goes through :func:`public_text` first.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

MAX_CHARS = 300
# Lines ffmpeg prints about itself, and the "[h264 @ 0x55d1...]" tags of its log lines.
_FFMPEG_NOISE = re.compile(r"^\s*(ffmpeg version|built with|configuration:|lib[a-z]+\s+\d)")
_FFMPEG_TAG = re.compile(r"\[[^\]\n]* @ 0x[0-9a-fA-F]+\]\s*")


def local_roots(data_dir: Path) -> list[str]:
    roots = {str(data_dir), str(data_dir.resolve()), tempfile.gettempdir(), str(Path.home())}
    return sorted((r for r in roots if len(r) > 1), key=len, reverse=True)


def without_paths(text: str, roots: Iterable[str]) -> str:
    """Each path under one of ``roots`` becomes its last part (``…/clip.mp4``)."""
    for root in roots:
        pattern = re.compile(re.escape(root) + r"[^\s\"'<>|]*")
        text = pattern.sub(lambda m: "…/" + (Path(m.group(0)).name or ""), text)
    return text


def public_text(text: str, data_dir: Path) -> str:
    """One short line for a user: paths cut to names, ffmpeg's own lines dropped."""
    lines = [_FFMPEG_TAG.sub("", line) for line in text.splitlines()]
    kept = [line.strip() for line in lines if line.strip() and not _FFMPEG_NOISE.match(line)]
    short = " ".join(kept)[:MAX_CHARS] or "The media could not be processed."
    return without_paths(short, local_roots(data_dir))
