"""Finding a font file for drawn text: fontconfig first, then common paths, never a crash."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path

COMMON = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/System/Library/Fonts/Helvetica.ttc",
    "C:/Windows/Fonts/arial.ttf",
)


@cache
def find_font(family: str = "sans-serif:bold") -> str | None:
    """A path to a TrueType/OpenType font, or None when the machine has none."""
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}", family], capture_output=True, text=True, timeout=5
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and Path(out).is_file() and out.lower().endswith((".ttf", ".otf", ".ttc")):
            return out
    return next((p for p in COMMON if Path(p).is_file()), None)
