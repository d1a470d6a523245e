"""A fresh user and session on the real engine, driven by chat messages, read back as a draft."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e.raw import Raw, events
from tests.support.engine import RunningEngine

SMALL_CANVAS = "set the canvas to 180x320"


def function_calls(evs: list[dict[str, Any]]) -> list[str]:
    return [
        part["functionCall"]["name"]
        for event in evs
        for part in event.get("content", {}).get("parts", [])
        if "functionCall" in part
    ]


def final_text(evs: list[dict[str, Any]]) -> str:
    texts = [
        part["text"]
        for event in evs
        if not event.get("partial")
        for part in event.get("content", {}).get("parts", [])
        if "text" in part
    ]
    return texts[-1] if texts else ""


@dataclass
class ChatSession:
    raw: Raw
    sid: str
    turns: list[list[dict[str, Any]]] = field(default_factory=list)

    def say(self, text: str) -> list[dict[str, Any]]:
        evs = events(self.raw.chat(self.sid, text))
        errors = [e for e in evs if "error" in e]
        assert not errors, errors
        self.turns.append(evs)
        return evs

    def draft(self) -> dict[str, Any]:
        return self.raw.state(self.sid)["state"]["draft"]

    def track(self, tt: int) -> list[dict[str, Any]]:
        """The segments of every track of one type, in order."""
        return [seg for t in self.draft().get("t", []) if t["tt"] == tt for seg in t["sg"]]

    @property
    def clips(self) -> list[dict[str, Any]]:
        return self.track(0)

    @property
    def music(self) -> list[dict[str, Any]]:
        return self.track(1)

    @property
    def texts(self) -> list[dict[str, Any]]:
        return self.track(7)

    def upload(self, path: Path) -> dict[str, Any]:
        with path.open("rb") as fh:
            r = self.raw.post(
                f"/api/upload-video/nemo_agent/me/{self.sid}", files={"files": (path.name, fh)}
            )
        body = r.json()
        assert body["code"] == 0, body
        return body["data"]["files"][0]

    def dump(self) -> str:
        return json.dumps(self.draft(), ensure_ascii=False)


def new_session(engine: RunningEngine, *setup: str, small: bool = True) -> ChatSession:
    """A new user (100 credits) with a new session, after ``setup``; on a small canvas unless
    ``small`` is off (for an engine started with ``--media-scale``, which keeps media small
    on the real canvas)."""
    raw = Raw(engine.url)
    raw.login()
    chat = ChatSession(raw, raw.session())
    for message in ((SMALL_CANVAS,) if small else ()) + setup:
        chat.say(message)
    return chat
