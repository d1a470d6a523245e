"""Held-out sessions: written once, never tuned on."""

from __future__ import annotations

from tests.understanding.corpus import Session

SESSIONS: list[Session] = []
