"""ADK-shaped events as the engine emits them (camelCase, no nulls), and SSE framing."""

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

    def _event(self, parts: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        event: dict[str, Any] = {
            "id": uuid.uuid4().hex[:12],
            "invocationId": self.invocation_id,
            "author": self.author,
            "timestamp": time.time(),
            "content": {"role": "model", "parts": parts},
            "actions": {"stateDelta": {}, "artifactDelta": {}},
        }
        event.update({key: value for key, value in extra.items() if value is not None})
        return event

    def text(self, text: str, *, partial: bool = False) -> dict[str, Any]:
        return self._event([{"text": text}], partial=True if partial else None)

    def call(self, call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
        return self._event([{"functionCall": {"id": call_id, "name": name, "args": args}}])

    def response(self, call_id: str, name: str, response: dict[str, Any]) -> dict[str, Any]:
        part = {"functionResponse": {"id": call_id, "name": name, "response": response}}
        return self._event([part])

    def error(self, code: str, message: str) -> dict[str, Any]:
        event = self._event([], errorCode=code, errorMessage=message)
        del event["content"]
        return event


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
