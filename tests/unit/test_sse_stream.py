"""SSE parsing and the turn iterator, fed raw stream bytes the cloud may send.

The cloud cannot be reached here, so its answers come from an httpx.MockTransport; the
parsing code under test is the real one.
"""

from __future__ import annotations

import json

import httpx
import pytest

from lumatui.client import NemoClient, NoCredits, TurnAssembler, run_turn
from lumatui.client.token_store import StoredToken, TokenStore
from lumatui.protocol.chat import (
    DoneEvent,
    ErrorEvent,
    HeartbeatEvent,
    TextEvent,
    ToolCallEvent,
    ToolResultEvent,
    parse_sse_data,
)

BASE = "https://cloud.example"


def adk(text: str | None = None, partial: bool = False, **part: object) -> str:
    parts = [{"text": text}] if text is not None else [part]
    event: dict[str, object] = {"author": "nemo", "content": {"role": "model", "parts": parts}}
    if partial:
        event["partial"] = True
    return "data: " + json.dumps(event) + "\n\n"


async def turn_events(stream: str | bytes, status: int = 200, ctype: str = "text/event-stream"):
    body = stream.encode() if isinstance(stream, str) else stream

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/run_sse"
        sent = json.loads(request.content)
        assert sent["new_message"]["parts"][0]["text"] == "hi"
        return httpx.Response(status, content=body, headers={"content-type": ctype})

    store = TokenStore()
    store.save(BASE, StoredToken("nmv_usr_t", "anon_1", "2999-01-01T00:00:00Z"))
    client = NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store)
    async with client:
        return [e async for e in run_turn(client, "1", "hi")]


def texts(events: list) -> list[str]:
    return [e.text for e in events if isinstance(e, TextEvent)]


async def test_partials_then_final_are_shown_once() -> None:
    stream = adk("Hel", partial=True) + adk("lo!", partial=True) + adk("Hello!")
    events = await turn_events(stream)
    assert texts(events) == ["Hel", "lo!"]
    assert events[-1] == DoneEvent(text="Hello!", had_text=True)


async def test_final_longer_than_partials_shows_the_rest() -> None:
    events = await turn_events(adk("Hello", partial=True) + adk("Hello world"))
    assert texts(events) == ["Hello", " world"]


async def test_simple_frames() -> None:
    frames = [
        {"type": "text", "content": "Adding music."},
        {"type": "tool_call", "name": "add_bgm", "args": {"mood": "lo-fi"}},
        {"type": "tool_result", "name": "add_bgm", "result": {"ok": True}},
        {"type": "heartbeat"},
    ]
    stream = "".join(f"data: {json.dumps(f)}\n\n" for f in frames)
    events = await turn_events(stream)
    assert [type(e) for e in events] == [
        TextEvent,
        ToolCallEvent,
        ToolResultEvent,
        HeartbeatEvent,
        DoneEvent,
    ]
    assert events[1].args == {"mood": "lo-fi"}


async def test_comments_empty_data_and_crlf() -> None:
    stream = ": ping\r\n\r\ndata:\r\n\r\n" + adk("ok").replace("\n", "\r\n")
    events = await turn_events(stream)
    assert [type(e) for e in events] == [HeartbeatEvent, TextEvent, DoneEvent]


async def test_invalid_json_and_mid_stream_errors_do_not_end_the_turn() -> None:
    stream = (
        adk("Working", partial=True)
        + "data: {not json\n\n"
        + 'data: {"error": "render backend busy"}\n\n'
        + 'data: {"errorCode": "MALFORMED", "errorMessage": "model failed"}\n\n'
        + adk("Working")
    )
    events = await turn_events(stream)
    errors = [e.message for e in events if isinstance(e, ErrorEvent)]
    assert errors == [
        "The server sent an unreadable event.",
        "render backend busy",
        "model failed",
    ]
    assert isinstance(events[-1], DoneEvent) and events[-1].text == "Working"


async def test_thoughts_and_user_echo_are_hidden() -> None:
    thought = {"content": {"role": "model", "parts": [{"text": "plan...", "thought": True}]}}
    echo = {"content": {"role": "user", "parts": [{"text": "hi"}]}}
    stream = f"data: {json.dumps(thought)}\n\ndata: {json.dumps(echo)}\n\n" + adk("Done.")
    assert texts(await turn_events(stream)) == ["Done."]


async def test_function_call_and_response_parts() -> None:
    stream = adk(functionCall={"id": "c1", "name": "trim", "args": {"to": 3}}) + adk(
        functionResponse={"id": "c1", "name": "trim", "response": {"ok": True}}
    )
    events = await turn_events(stream)
    assert events[0] == ToolCallEvent(name="trim", args={"to": 3}, call_id="c1")
    assert events[1] == ToolResultEvent(name="trim", result={"ok": True}, call_id="c1")
    assert events[-1] == DoneEvent(text="", had_text=False)


async def test_http_error_is_raised_before_reading_events() -> None:
    body = json.dumps({"code": 2001, "message": "no credits"})
    with pytest.raises(NoCredits) as caught:
        await turn_events(body, status=403, ctype="application/json")
    assert caught.value.register_url.endswith("bind=anon_1")


async def test_a_dropped_stream_ends_with_an_error_and_done() -> None:
    class Broken(httpx.AsyncByteStream):
        async def __aiter__(self):
            yield adk("Half", partial=True).encode()
            raise httpx.ReadError("connection reset")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=Broken(), headers={"content-type": "text/event-stream"})

    store = TokenStore()
    store.save(BASE, StoredToken("nmv_usr_t", "anon_1", "2999-01-01T00:00:00Z"))
    async with NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store) as c:
        events = [e async for e in run_turn(c, "1", "hi")]
    assert isinstance(events[-2], ErrorEvent) and "dropped" in events[-2].message
    assert events[-1] == DoneEvent(text="Half", had_text=True)


@pytest.mark.parametrize("payload", ["[]", "42", '"text"', "null"])
def test_non_object_payloads_become_error_events(payload: str) -> None:
    (event,) = parse_sse_data(payload)
    assert isinstance(event, ErrorEvent)


def test_assembler_final_without_partials_is_shown_whole() -> None:
    asm = TurnAssembler()
    shown = asm.feed([TextEvent(text="One.")])
    assert shown == [TextEvent(text="One.")]
    assert asm.feed([TextEvent(text="Two", partial=True)]) != []
    assert asm.feed([TextEvent(text="Two")]) == []
    assert asm.text == "One.\n\nTwo"  # two messages are two paragraphs
