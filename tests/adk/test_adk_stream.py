"""The client's turn runner against a real ADK ``api_server``: what a person would see.

The agents (tests/adk/agents) are custom ``BaseAgent``s and an ``LlmAgent`` over ADK's own
``Gemini`` class with the network call replaced; ADK serves them, streams them, aggregates
the LLM's chunks and runs its tool. Nothing here is mocked but the model's answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.client import NemoClient, ServerError, SessionNotFound, run_turn
from lumatui.client.token_store import TokenStore
from lumatui.client.workspace import SESSION_REPLACED, TurnOutcome, Workspace
from lumatui.protocol.chat import DoneEvent, ErrorEvent, TextEvent, ToolCallEvent, ToolResultEvent
from tests.adk.adk_server import RunningAdk


def client_for(adk: RunningAdk, home: Path) -> NemoClient:
    return NemoClient(adk.url, token_store=TokenStore(home / "tokens.json"))


async def turn(adk: RunningAdk, home: Path, message: str) -> list[Any]:
    async with client_for(adk, home) as client:
        return [event async for event in run_turn(client, adk.session(), message)]


def screen(events: list[Any]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextEvent))


def of(kind: type, events: list[Any]) -> list[Any]:
    return [e for e in events if isinstance(e, kind)]


async def test_text_around_a_thought_and_a_call_shows_once(adk: RunningAdk, tmp_path: Path) -> None:
    events = await turn(adk, tmp_path, "mixed: add a sunset")
    said = "First I add the clip. Then I wait.\n\nThe clip is added."
    assert screen(events) == said
    assert events[-1] == DoneEvent(text=said, had_text=True)
    assert [c.call_id for c in of(ToolCallEvent, events)] == ["call-add-1"]
    assert [r.call_id for r in of(ToolResultEvent, events)] == ["call-add-1"]
    assert "the user wants" not in screen(events)  # the thought stays hidden


async def test_partials_then_final(adk: RunningAdk, tmp_path: Path) -> None:
    events = await turn(adk, tmp_path, "partials please")
    assert screen(events) == "Here is a sunset over the sea."
    assert len(of(TextEvent, events)) == 3  # streamed: the chunks, and nothing from the final


async def test_two_final_messages_are_two_paragraphs(adk: RunningAdk, tmp_path: Path) -> None:
    events = await turn(adk, tmp_path, "two messages")
    assert screen(events) == "Making a sunset clip.\n\nDone: the clip is five seconds long."


async def test_adk_llm_streaming_aggregation_and_tool_run(adk: RunningAdk, tmp_path: Path) -> None:
    events = await turn(adk, tmp_path, "llm: a foggy forest please")
    assert (
        screen(events) == "I will add a foggy forest. One moment.\n\nThe clip is on the timeline."
    )
    assert len([e for e in of(TextEvent, events) if e.partial]) >= 4  # streaming was asked for
    (call,) = of(ToolCallEvent, events)
    assert call.name == "add_clip" and call.args == {"prompt": "fog"}
    assert call.call_id and call.call_id.startswith("adk-")
    (result,) = of(ToolResultEvent, events)
    assert result.call_id == call.call_id and result.result == {"added": "fog", "seconds": 5}


async def test_error_event_is_surfaced(adk: RunningAdk, tmp_path: Path) -> None:
    events = await turn(adk, tmp_path, "failing now")
    (error,) = of(ErrorEvent, events)
    assert error.code == "MALFORMED_FUNCTION_CALL" and "could not finish" in error.message
    assert isinstance(events[-1], DoneEvent) and events[-1].text == "Trying"


async def test_an_exception_in_the_agent_ends_the_turn_with_an_error(
    adk: RunningAdk, tmp_path: Path
) -> None:
    events = await turn(adk, tmp_path, "crashing render")
    (error,) = of(ErrorEvent, events)
    assert "render farm is on fire" in error.message
    assert screen(events) == "Starting the render"
    assert isinstance(events[-1], DoneEvent)


async def test_a_session_adk_lost_is_replaced_and_the_message_sent_once(
    adk: RunningAdk, tmp_path: Path
) -> None:
    async with client_for(adk, tmp_path) as client:
        space = Workspace(client)
        old = (await space.open(new=True)).session_id
        adk.forget(old)
        items = [item async for item in space.turn("two, after the loss")]
    notices = [e for e in items if isinstance(e, ErrorEvent)]
    assert [(e.code, e.message) for e in notices] == [("session_replaced", SESSION_REPLACED)]
    outcome = items[-1]
    assert isinstance(outcome, TurnOutcome) and outcome.errors == []
    assert outcome.text == "Making a sunset clip.\n\nDone: the clip is five seconds long."
    assert space.session_id != old
    assert adk.user_messages(space.session_id) == ["two, after the loss"]


async def test_fastapi_validation_detail_is_a_clear_message(
    adk: RunningAdk, tmp_path: Path
) -> None:
    async with client_for(adk, tmp_path) as client:
        with pytest.raises(ServerError) as caught:
            await client.call("POST", "/run_sse", json={"app_name": "nemo_agent"})
    assert "body.sessionId: Field required" in caught.value.message
    assert "422" in caught.value.message


async def test_unknown_route_detail_is_read(adk: RunningAdk, tmp_path: Path) -> None:
    async with client_for(adk, tmp_path) as client:
        with pytest.raises(ServerError) as caught:
            await client.call("GET", "/apps/nemo_agent/no-such-thing")
    assert caught.value.message == "The server answered with an error: Not Found (HTTP 404)"


async def test_adk_unknown_session_anywhere_is_session_not_found(
    adk: RunningAdk, tmp_path: Path
) -> None:
    async with client_for(adk, tmp_path) as client:
        with pytest.raises(SessionNotFound):
            await client.call("GET", "/apps/nemo_agent/users/me/sessions/gone-session")
