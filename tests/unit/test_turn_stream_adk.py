"""The turn iterator on ADK-shaped streams as bytes on the wire: what it yields and sends.

The cloud cannot be reached here, so an httpx.MockTransport answers; the request building,
SSE reading, parsing and assembling under test are the real ones.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from lumatui.client import NemoClient, run_turn
from lumatui.client.token_store import StoredToken, TokenStore
from lumatui.protocol.chat import DoneEvent, TextEvent, ToolCallEvent

BASE = "https://adk.example"


def frame(*parts: dict[str, Any], partial: bool = False) -> str:
    body: dict[str, Any] = {"author": "root", "content": {"role": "model", "parts": list(parts)}}
    if partial:
        body["partial"] = True
    return "data: " + json.dumps(body) + "\n\n"


async def replay(stream: str) -> tuple[list[Any], dict[str, Any]]:
    sent: dict[str, Any] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        sent.update(json.loads(request.content))
        return httpx.Response(
            200, content=stream.encode(), headers={"content-type": "text/event-stream"}
        )

    store = TokenStore()
    store.save(BASE, StoredToken("nmv_usr_t", "anon_1", "2999-01-01T00:00:00Z"))
    async with NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store) as c:
        return [e async for e in run_turn(c, "s1", "make it warmer")], sent


def screen(events: list[Any]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextEvent))


async def test_text_around_a_call_in_the_final_is_not_shown_twice() -> None:
    stream = (
        frame({"text": "Warming the colours. "}, partial=True)
        + frame(
            {"functionCall": {"id": "w1", "name": "color_grade", "args": {"tone": "warm"}}},
            partial=True,
        )
        + frame({"text": "It looks golden now."}, partial=True)
        + frame(
            {"text": "Warming the colours. "},
            {"text": "warm means +10 temperature", "thought": True},
            {"functionCall": {"id": "w1", "name": "color_grade", "args": {"tone": "warm"}}},
            {"text": "It looks golden now."},
        )
    )
    events, _ = await replay(stream)
    assert screen(events) == "Warming the colours. It looks golden now."
    assert [e.call_id for e in events if isinstance(e, ToolCallEvent)] == ["w1"]
    assert events[-1] == DoneEvent(text="Warming the colours. It looks golden now.", had_text=True)


async def test_two_messages_of_one_turn_are_separate_paragraphs() -> None:
    stream = frame({"text": "A foggy forest, coming up."}) + frame({"text": "Done, 5 s added."})
    events, _ = await replay(stream)
    assert screen(events) == "A foggy forest, coming up.\n\nDone, 5 s added."


async def test_the_request_asks_for_streaming() -> None:
    _, sent = await replay(frame({"text": "ok"}))
    assert sent["streaming"] is True
    assert sent["session_id"] == "s1" and sent["new_message"]["parts"] == [
        {"text": "make it warmer"}
    ]
