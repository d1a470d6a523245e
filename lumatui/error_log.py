"""Unexpected errors: the traceback goes to a file in the data folder, never to the screen.

The app and the CLI both show one line that names the file. Tokens are masked before
anything is written. Light to import (no client, no network).
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from lumatui import paths
from lumatui.terminal_text import redact


def log_unexpected(exc: BaseException, filename: str = "errors.log") -> Path | None:
    """Append the traceback to ``<data dir>/filename``; None when even that fails."""
    try:
        path = paths.ensure(paths.data_dir()) / filename
        text = "".join(traceback.format_exception(exc))
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp}\n{redact(text)}\n")
        path.chmod(0o600)
        return path
    except OSError:
        return None


def one_line(exc: BaseException, log: Path | None) -> str:
    """``Unexpected error: KeyError (details in …/errors.log)``."""
    where = f" (details in {log})" if log else ""
    return f"Unexpected error: {exc.__class__.__name__}{where}."
