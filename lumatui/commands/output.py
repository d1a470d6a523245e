"""Where command output goes: results on stdout, activity and progress on stderr.

With ``--json`` stdout carries exactly one document and nothing else. Text from the server or
the user is cleaned of control characters before it reaches a terminal, and anything shaped
like a token is masked. The formatting helpers at the top are pure (unit-tested).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from pydantic import RootModel

from lumatui.terminal_text import clean, redact

from .documents import Document, ErrorBody, ErrorDocument

# --- pure helpers --------------------------------------------------------------------------


def one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def bar(percent: float, width: int = 20) -> str:
    """``[██████░░░░░░░░░░░░░░]`` for 30%."""
    filled = round(max(0.0, min(100.0, percent)) / 100 * width)
    return "[" + "█" * filled + "░" * (width - filled) + "]"


def seconds_text(seconds: float | None) -> str:
    """``3`` → ``3.0 s``; ``None`` → ``-``."""
    return "-" if seconds is None else f"{seconds:.1f} s"


def ago(timestamp: float, now: float) -> str:
    """``just now``, ``5 min ago``, ``3 h ago``, ``2 d ago``."""
    delta = max(0.0, now - timestamp)
    if delta < 60:
        return "just now"
    if delta < 3600:
        return f"{int(delta // 60)} min ago"
    if delta < 86400:
        return f"{int(delta // 3600)} h ago"
    return f"{int(delta // 86400)} d ago"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 60) -> str:
    """A plain text table: a header, a rule, one line per row; long cells are shortened."""
    cells = [[one_line(str(c), max_width) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(widths[i]) for i, c in enumerate(row)).rstrip() for row in cells]
    return "\n".join(lines)


class PlainProgress:
    """Decides when a non-terminal progress line is worth printing: a new stage, or another
    quarter of the way."""

    def __init__(self, step: float = 25.0) -> None:
        self.step = step
        self.last: dict[str, tuple[str, int]] = {}

    def should_print(self, key: str, stage: str, percent: float) -> bool:
        mark = (stage, int(percent // self.step))
        if self.last.get(key) == mark:
            return False
        self.last[key] = mark
        return True


# --- the writer ----------------------------------------------------------------------------


class Output:
    """One per command run. ``json`` mode keeps stdout for the single document."""

    def __init__(
        self,
        json_mode: bool = False,
        *,
        stdout: TextIO | None = None,
        stderr: TextIO | None = None,
        tty: bool | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.tty = self.stderr.isatty() if tty is None else tty
        self.secrets = [os.environ.get("NEMO_TOKEN", "")]
        self._status_shown = False  # a \r progress line is on the terminal
        self._plain = PlainProgress()
        self._stdout_open_line = False
        self.documented = False

    def _safe(self, text: str) -> str:
        return redact(clean(text), self.secrets)

    # stdout ------------------------------------------------------------------------------

    def result(self, text: str) -> None:
        """A human-readable result line on stdout (nothing in ``--json`` mode)."""
        if self.json_mode:
            return
        self._clear_status()
        self.stdout.write(self._safe(text).rstrip("\n") + "\n")
        self.stdout.flush()
        self._stdout_open_line = False

    def stream(self, chunk: str) -> None:
        """Reply text as it arrives, unbuffered (nothing in ``--json`` mode)."""
        if self.json_mode or not chunk:
            return
        self._clear_status()
        text = self._safe(chunk)
        self.stdout.write(text)
        self.stdout.flush()
        self._stdout_open_line = not text.endswith("\n")

    def end_stream(self) -> None:
        if self._stdout_open_line:
            self.stdout.write("\n")
            self.stdout.flush()
            self._stdout_open_line = False

    def document(self, doc: Document | RootModel[Any]) -> None:
        """The one ``--json`` document (only in ``--json`` mode)."""
        if not self.json_mode or self.documented:
            return
        self._clear_status()
        self.stdout.write(redact(doc.model_dump_json(indent=2), self.secrets) + "\n")
        self.stdout.flush()
        self.documented = True

    # stderr ------------------------------------------------------------------------------

    def note(self, text: str) -> None:
        """Activity for the person watching: tool calls, heartbeats, where things went."""
        self._clear_status()
        self.stderr.write(self._safe(text).rstrip("\n") + "\n")
        self.stderr.flush()

    def error(self, message: str, exit_code: int, kind: str) -> None:
        """The one-line error on stderr, and the error document on stdout with ``--json``."""
        self.end_stream()
        line = one_line(redact(message, self.secrets), 1000)
        self.note(f"lumatui: error: {line}")
        self.document(ErrorDocument(error=ErrorBody(message=line, exit_code=exit_code, kind=kind)))

    def progress(self, key: str, stage: str, percent: float | None = None) -> None:
        """A progress bar redrawn in place on a terminal; a plain line now and then if not."""
        if self.tty:
            shown = f"{key}  {stage}"
            if percent is not None:
                shown += f"  {bar(percent)} {percent:3.0f}%"
            width = _terminal_width()
            self.stderr.write("\r\x1b[2K" + self._safe(shown)[: width - 1])
            self.stderr.flush()
            self._status_shown = True
            return
        if self._plain.should_print(key, stage, percent or 0.0):
            suffix = f" {percent:.0f}%" if percent is not None else ""
            self.note(f"{key}: {stage}{suffix}")

    def done_progress(self) -> None:
        self._clear_status()

    def _clear_status(self) -> None:
        if self._status_shown:
            self.stderr.write("\r\x1b[2K")
            self.stderr.flush()
            self._status_shown = False


def _terminal_width() -> int:
    try:
        columns = os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return 100
    return columns if columns >= 20 else 100  # a pty with no size set reports 0
