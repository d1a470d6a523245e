"""The traceback file of unexpected errors keeps everything but tokens (no server)."""

from __future__ import annotations

from pathlib import Path

from lumatui.error_log import log_unexpected, one_line
from tests.support.tokens import leaked, realistic_tokens


def _raised(message: str) -> RuntimeError:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        return exc


def test_the_log_keeps_the_traceback_and_masks_every_token(lumatui_home: Path) -> None:
    tokens = realistic_tokens(3)
    first = _raised(f"the reader broke on {tokens[0]} (retry with {tokens[1]})")
    path = log_unexpected(first, "app-errors.log")
    assert path == lumatui_home / "data" / "app-errors.log"
    log_unexpected(_raised(f"Authorization: Bearer {tokens[2]}"), "app-errors.log")
    written = path.read_text()
    assert written.count("Traceback (most recent call last)") == 2  # appended, not replaced
    assert "the reader broke on nmv_*** (retry with nmv_***)" in written
    assert "Bearer nmv_***" in written
    assert leaked(written, tokens) == []
    assert path.stat().st_mode & 0o777 == 0o600
    assert one_line(first, path) == f"Unexpected error: RuntimeError (details in {path})."
