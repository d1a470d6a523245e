"""ADK events as the engine emits them (camelCase, no nulls), and SSE framing.

They follow what ADK's own server sends, so they validate with ``google.adk.events.Event``:
the chunks of one message and its final share one event id (the final says
``partial: false``), function calls come from the ``model`` and their responses with
``role: "user"``, as ADK sends them back to the model.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any


class EventFactory:
    """Builds the events of one invocation (one chat turn)."""

    def __init__(self, author: str = "nemo_agent") -> None:
        self.invocation_id = "e-" + uuid.uuid4().hex[:12]
        self.author = author
        self._message_id: str | None = None  # the id the chunks of the current message share

    def _event(
        self, parts: list[dict[str, Any]], *, role: str = "model", event_id: str = "", **extra: Any
    ) -> dict[str, Any]:
        event: dict[str, Any] = {
            "id": event_id or _new_id(),
            "invocationId": self.invocation_id,
            "author": self.author,
            "timestamp": time.time(),
            "content": {"role": role, "parts": parts},
            "actions": {"stateDelta": {}, "artifactDelta": {}},
        }
        event.update({key: value for key, value in extra.items() if value is not None})
        return event

    def text(self, text: str, *, partial: bool = False) -> dict[str, Any]:
        """A chunk (``partial``) or the final of a message; the final closes the message."""
        streamed = self._message_id is not None
        if self._message_id is None:
            self._message_id = _new_id()
        event_id = self._message_id
        if partial:
            return self._event([{"text": text}], event_id=event_id, partial=True)
        self._message_id = None
        return self._event([{"text": text}], event_id=event_id, partial=False if streamed else None)

    def call(self, call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
        return self._event([{"functionCall": {"id": call_id, "name": name, "args": args}}])

    def response(self, call_id: str, name: str, response: dict[str, Any]) -> dict[str, Any]:
        part = {"functionResponse": {"id": call_id, "name": name, "response": response}}
        return self._event([part], role="user")

    def error(self, code: str, message: str) -> dict[str, Any]:
        event = self._event([], errorCode=code, errorMessage=message)
        del event["content"]
        return event


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


def sse_frame(event: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()


HEARTBEAT_FRAME = b"data:\n\n"


def text_chunks(text: str, size: int = 24) -> list[str]:
    """Split a reply into word-aligned chunks for ``partial`` streaming."""
    chunks: list[str] = []
    current = ""
    for word in text.split(" "):
        piece = word if not current else " " + word
        if current and len(current) + len(piece) > size:
            chunks.append(current)
            current = " " + word
        else:
            current += piece
    if current:
        chunks.append(current)
    return chunks
