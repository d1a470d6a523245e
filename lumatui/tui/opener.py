"""Open a file with the system's default program (run from a thread worker)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path


def has_player() -> bool:
    """Is there a program to hand a video to (the preview offers it only then)?"""
    return sys.platform in ("win32", "darwin") or shutil.which("xdg-open") is not None


def open_path(path: Path) -> str | None:
    """None when a viewer was started, else a sentence saying why not."""
    if sys.platform == "win32":  # pragma: no cover - not our CI
        os.startfile(path)  # type: ignore[attr-defined]
        return None
    opener = "open" if sys.platform == "darwin" else shutil.which("xdg-open")
    if opener is None:
        return f"No program to open files here; the file is at {path}"
    try:
        subprocess.Popen(
            [opener, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        return f"Could not open the file ({exc.strerror}); it is at {path}"
    return None
