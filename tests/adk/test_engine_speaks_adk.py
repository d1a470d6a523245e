"""The local engine's chat stream read with ADK's own models: every event, every kind of turn.

The engine is the real one (the shared session fixture); each payload goes through
``google.adk.events.Event.model_validate``, and the stream must follow ADK's pattern: the
chunks of a message and its final share one id, the final repeats the chunks, calls come
from the model and their responses with ``role: "user"``. The request the client sends is
read with ADK's ``RunAgentRequest``.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from lumatui.client.turn import run_request
from tests.e2e.raw import Raw
from tests.support.chat import new_session
from tests.support.engine import RunningEngine

event_model = pytest.importorskip("google.adk.events").Event

# Turns of every kind: edits, a generation, a question, undo, Chinese, nonsense, empty.
MESSAGES = [
    "add a title 'Harbour Lights' for the first 2 seconds",
    "generate a 2-second clip of a red kite over green hills",
    "what's in my timeline?",
    "undo",
    "把标题改成'晚安'",
    "qwzx vvbn ploof",
    "make the title bigger and move it to the bottom",
]


def run_body(sid: str, text: str, streaming: object = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": sid,
        "new_message": {"role": "user", "parts": [{"text": text}]},
    }
    if streaming is not None:
        body["streaming"] = streaming
    return body


def stream(raw: Raw, body: dict[str, Any]) -> list[dict[str, Any]]:
    headers = {**raw.auth, "Accept": "text/event-stream"}
    with raw.http.stream("POST", "/run_sse", json=body, headers=headers) as answer:
        assert answer.status_code == 200, answer.read()
        lines = [line[5:].strip() for line in answer.iter_lines() if line.startswith("data:")]
    return [json.loads(line) for line in lines if line]


def check_adk_pattern(events: list[dict[str, Any]]) -> None:
    """ADK's shape and order, asserted event by event."""
    chunks: list[dict[str, Any]] = []
    calls: set[str] = set()
    for event in events:
        assert "error" not in event, event
        parsed = event_model.model_validate(event)
        assert parsed.model_dump(by_alias=True, exclude_none=True, mode="json")["id"] == event["id"]
        parts = parsed.content.parts if parsed.content else []
        for part in parts:
            if part.function_call:
                assert parsed.content.role == "model" and part.function_call.id
                calls.add(part.function_call.id)
            if part.function_response:
                assert parsed.content.role == "user"
                assert part.function_response.id in calls
        texts = [part.text for part in parts if part.text]
        if not texts:
            continue
        assert parsed.content.role == "model"
        if parsed.partial:
            chunks.append(event)
            continue
        if chunks:  # the final of streamed chunks: same id, same words, partial: false
            assert {chunk["id"] for chunk in chunks} == {event["id"]}
            assert "".join(c["content"]["parts"][0]["text"] for c in chunks) == "".join(texts)
            assert event["partial"] is False
        chunks = []
    assert not chunks, "chunks with no final after them"


def test_every_engine_event_validates_as_an_adk_event(engine: RunningEngine) -> None:
    chat = new_session(engine)
    seen = 0
    for message in MESSAGES:
        events = stream(chat.raw, run_body(chat.sid, message, streaming=True))
        check_adk_pattern(events)
        seen += len(events)
    assert seen >= 2 * len(MESSAGES)


@pytest.mark.parametrize("streaming", [True, False, None])
def test_the_engine_accepts_streaming_and_streams_either_way(
    engine: RunningEngine, streaming: object
) -> None:
    chat = new_session(engine)
    events = stream(
        chat.raw, run_body(chat.sid, "add a title 'Night Swim' for 2 seconds", streaming)
    )
    check_adk_pattern(events)
    assert any(e.get("partial") for e in events)  # a long reply comes in chunks


def test_a_streaming_flag_that_is_not_a_boolean_is_refused_clearly(engine: RunningEngine) -> None:
    chat = new_session(engine)
    body = run_body(chat.sid, "undo", streaming={"please": "yes"})
    answer = chat.raw.http.post("/run_sse", json=body, headers=chat.raw.auth)
    assert answer.status_code == 400
    assert "streaming" in answer.text.lower() or "bool" in answer.text.lower()


def test_adk_reads_the_clients_request_as_sent() -> None:
    from google.adk.cli.api_server import RunAgentRequest

    request = RunAgentRequest.model_validate(run_request("s-42", "make it warmer"))
    assert request.streaming is True
    assert request.app_name == "nemo_agent" and request.user_id == "me"
    assert request.session_id == "s-42"
    assert request.new_message is not None and request.new_message.role == "user"
    assert request.new_message.parts[0].text == "make it warmer"


def test_raw_http_error_answers_are_not_streams(engine: RunningEngine) -> None:
    chat = new_session(engine)
    answer = httpx.post(
        f"{engine.url}/run_sse", json=run_body("no-such-session", "undo"), headers=chat.raw.auth
    )
    assert answer.status_code >= 400
    assert "json" in answer.headers["content-type"]
