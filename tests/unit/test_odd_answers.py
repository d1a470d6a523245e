"""The cloud sending odd things: huge lines, drafts with unknown or missing keys, wrong types.

The cloud cannot be reached here, so its answers come from an httpx.MockTransport; the code
that reads them is the real client.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from lumatui.client import NemoClient, ServerError, run_turn
from lumatui.client.token_store import StoredToken, TokenStore
from lumatui.protocol.chat import DoneEvent, ErrorEvent, TextEvent
from lumatui.protocol.draft_diff import describe_changes
from lumatui.protocol.summary import timeline_summary

BASE = "https://cloud.example"


def client_answering(handler: Any) -> NemoClient:
    store = TokenStore()
    store.save(BASE, StoredToken("nmv_usr_t", "anon_1", "2999-01-01T00:00:00Z"))
    return NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store)


def state_answer(draft: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"code": 0, "message": "ok", "data": {"session_id": "1", "state": {"draft": draft}}}
        return httpx.Response(200, json=body)

    return handler


async def test_a_huge_event_line_arrives_whole() -> None:
    text = "word " * 400_000  # a 2 MB text part on one line
    line = "data: " + json.dumps({"content": {"role": "model", "parts": [{"text": text}]}})

    def handler(request: httpx.Request) -> httpx.Response:
        body = (line + "\n\n").encode()
        return httpx.Response(200, content=body, headers={"content-type": "text/event-stream"})

    async with client_answering(handler) as client:
        events = [e async for e in run_turn(client, "1", "hi")]
    assert [len(e.text) for e in events if isinstance(e, TextEvent)] == [len(text)]
    assert isinstance(events[-1], DoneEvent)


async def test_garbage_lines_between_events_are_survived() -> None:
    stream = (
        b"event: ping\n\nid: 7\n\nretry: x\n\ndata: {\n\ndata: \xff\xfe\n\n"
        b": comment\n\ndata: [1,2]\n\n"
        b'data: {"content": {"role": "model", "parts": [{"text": "still here"}]}}\n\n'
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=stream, headers={"content-type": "text/event-stream"})

    async with client_answering(handler) as client:
        events = [e async for e in run_turn(client, "1", "hi")]
    assert [e.text for e in events if isinstance(e, TextEvent)] == ["still here"]
    assert sum(isinstance(e, ErrorEvent) for e in events) >= 2


async def test_a_draft_with_unknown_keys_is_read_and_kept() -> None:
    draft = {
        "t": [{"tt": 9, "zz": 1, "sg": [{"id": "a", "st": 0, "d": 2000, "fx": {"glow": 1}}]}],
        "d": 2000,
        "future": [1, 2],
    }
    async with client_answering(state_answer(draft)) as client:
        state = await client.state("1")
    read = state.state.draft
    assert read.wire()["future"] == [1, 2]
    assert read.t[0].sg[0].wire()["fx"] == {"glow": 1}
    assert timeline_summary(read) == "Timeline (1 track): 1. Track: a (0-2s)"


async def test_a_draft_with_missing_fields_is_read_as_empty() -> None:
    async with client_answering(state_answer({"t": [{"sg": [{}]}]})) as client:
        state = await client.state("1")
    assert state.state.draft.m.width == 1080
    assert describe_changes(state.state.draft, state.state.draft) == []


@pytest.mark.parametrize(
    "draft",
    [{"t": "not a list"}, {"t": [{"sg": [{"st": "soon"}]}]}, {"m": {"width": "wide"}}],
)
async def test_a_draft_of_the_wrong_types_is_a_clear_error(draft: Any) -> None:
    async with client_answering(state_answer(draft)) as client:
        with pytest.raises(ServerError) as caught:
            await client.state("1")
    assert "cannot read" in caught.value.message
