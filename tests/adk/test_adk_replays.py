"""Streams recorded from the real ADK server, replayed: the screen is each final message once.

Each scenario is recorded raw (httpx, ``streaming: true``) with ADK's progressive SSE
aggregation on and off (the older aggregation sends text and calls in separate events).
What is expected comes from the recording alone: the non-thought text of every final model
event, joined by blank lines, and every call id once. The replay goes through the client's
parser and assembler; the live run through the whole turn runner must match it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from lumatui.client import NemoClient, run_turn
from lumatui.client.token_store import TokenStore
from lumatui.client.turn import run_request
from lumatui.protocol.chat import TextEvent, ToolCallEvent, parse_sse_data
from lumatui.protocol.stream_assembly import TurnAssembler
from tests.adk.adk_server import RunningAdk

SCENARIOS = ["mixed: a dusk clip", "partials of it", "two of them", "llm, forest in fog"]


@contextmanager
def progressive(enabled: bool) -> Iterator[None]:
    features = pytest.importorskip("google.adk.features")
    feature = features.FeatureName.PROGRESSIVE_SSE_STREAMING
    features.override_feature_enabled(feature, enabled)
    try:
        yield
    finally:
        features.override_feature_enabled(feature, True)  # ADK's default


def record(adk: RunningAdk, message: str) -> list[str]:
    body = {**run_request(adk.session(), message), "app_name": "nemo_agent", "user_id": "me"}
    with httpx.stream("POST", f"{adk.url}/run_sse", json=body, timeout=60) as answer:
        assert answer.status_code == 200
        return [line[5:].strip() for line in answer.iter_lines() if line.startswith("data:")]


def expected_from(payloads: list[str]) -> tuple[str, list[str]]:
    messages: list[str] = []
    calls: list[str] = []
    for payload in payloads:
        event: dict[str, Any] = json.loads(payload)
        content = event.get("content") or {}
        parts = content.get("parts") or []
        for part in parts:
            call_id = (part.get("functionCall") or {}).get("id")
            if call_id and call_id not in calls:
                calls.append(call_id)
        if event.get("partial") or content.get("role") != "model":
            continue
        said = "".join(p["text"] for p in parts if p.get("text") and not p.get("thought"))
        if said.strip():
            messages.append(said.strip())
    return "\n\n".join(messages), calls


def unspaced(text: str) -> str:
    """Spaces a chunk ended with before a paragraph break are not a difference."""
    return re.sub(r"[ \t]+\n", "\n", text)


@pytest.mark.parametrize("aggregation", ["progressive", "legacy"])
@pytest.mark.parametrize("message", SCENARIOS)
async def test_recorded_streams_replay_each_message_once(
    adk: RunningAdk, tmp_path: Path, message: str, aggregation: str
) -> None:
    with progressive(aggregation == "progressive"):
        payloads = record(adk, message)
        async with NemoClient(adk.url, token_store=TokenStore(tmp_path / "t.json")) as client:
            live = [e async for e in run_turn(client, adk.session(), message)]
    said, calls = expected_from(payloads)
    assembler = TurnAssembler()
    replayed = [shown for p in payloads for shown in assembler.feed(parse_sse_data(p))]
    screen = "".join(e.text for e in replayed if isinstance(e, TextEvent))
    assert unspaced(screen) == said
    assert assembler.text == said
    assert [e.call_id for e in replayed if isinstance(e, ToolCallEvent)] == calls
    live_screen = "".join(e.text for e in live if isinstance(e, TextEvent))
    assert live_screen == screen
    assert [e.name for e in live if isinstance(e, ToolCallEvent)] == [
        e.name for e in replayed if isinstance(e, ToolCallEvent)
    ]
