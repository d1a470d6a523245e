"""Text made safe for a terminal: what the user types and what a server says.

Escape sequences and control characters in either must never reach the terminal as codes
(a server could clear the screen, retitle the window or write the clipboard through OSC 52),
and nothing shaped like a token is ever shown. Pure, and light to import (the app uses it
before its first frame, before the client is loaded); shared by the app and the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
# C0/C1 controls, and the bidirectional controls (embeddings, overrides such as U+202E,
# isolates, marks): they reorder what follows, so a title could show other text than it holds.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_TOKEN = re.compile(r"nmv_[A-Za-z0-9]+_[A-Za-z0-9_\-]+")


def clean(text: str) -> str:
    """Drop escape sequences, control and bidi control characters; keep newlines and tabs."""
    return _CONTROL.sub("", _ANSI.sub("", text.replace("\r\n", "\n")))


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask tokens: anything shaped like one, and each of ``secrets`` verbatim."""
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "***")
    return _TOKEN.sub("nmv_***", text)


def safe(text: str, secrets: Iterable[str] = ()) -> str:
    """Both: what any text shown to a person goes through."""
    return redact(clean(text), secrets)
