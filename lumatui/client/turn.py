"""One chat turn over SSE, as an async iterator of typed events.

Errors that arrive as an HTTP answer (before any event) raise typed exceptions, with the same
one-time recoveries as every other call. Once the stream is open nothing raises: problems
become :class:`ErrorEvent`, and the turn always ends with a :class:`DoneEvent`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from httpx_sse import aconnect_sse

from lumatui.protocol import codes
from lumatui.protocol.chat import (
    ChatEvent,
    DoneEvent,
    ErrorEvent,
    NewMessage,
    RunRequest,
    TextPart,
    parse_sse_data,
)
from lumatui.protocol.stream_assembly import TurnAssembler

from .api import NemoClient, unreachable
from .errors import InvalidRequest

TURN_TIMEOUT = httpx.Timeout(connect=10.0, read=15 * 60.0, write=60.0, pool=10.0)
DROPPED_CODE = "stream_dropped"
DROPPED = (
    "The connection dropped while the agent was working; reading the timeline to see what it"
    " did (the message is not sent again)."
)


def run_request(session_id: str, text: str) -> dict[str, object]:
    """The ``/run_sse`` body; ``streaming`` asks an ADK backend for partial chunks."""
    request = RunRequest(
        session_id=session_id,
        new_message=NewMessage(parts=[TextPart(text=text)]),
        streaming=True,
    )
    return request.wire()


async def run_turn(client: NemoClient, session_id: str, text: str) -> AsyncIterator[ChatEvent]:
    """Send one message and yield its events; never resends once the stream has opened."""
    if len(text) > codes.MAX_MESSAGE_CHARS:
        raise InvalidRequest(
            f"The message is {len(text):,} characters; the limit is {codes.MAX_MESSAGE_CHARS:,}.",
            action="Shorten it or split it into several messages.",
        )
    body = run_request(session_id, text)
    for attempt in (1, 2):
        await client.ensure_token()
        headers = {**client.headers(), "Accept": "text/event-stream"}
        try:
            async with aconnect_sse(
                client.http, "POST", "/run_sse", json=body, headers=headers, timeout=TURN_TIMEOUT
            ) as source:
                response = source.response
                kind = response.headers.get("content-type", "")
                if not response.is_success or "text/event-stream" not in kind:
                    await response.aread()
                    try:
                        payload = response.json()
                    except ValueError:
                        payload = None
                    error = client.error_of(response, payload)
                    if error is None:
                        error = client.error_of(response, {"code": -1, "message": "not a stream"})
                    assert error is not None
                    if attempt == 1 and await client.recover(error):
                        continue
                    raise error
                async for event in _events(source.aiter_sse()):
                    yield event
                return
        except httpx.TransportError as exc:
            raise unreachable(client.base_url, exc) from None


async def _events(sse: AsyncIterator[object]) -> AsyncIterator[ChatEvent]:
    assembler = TurnAssembler()
    try:
        async for item in sse:
            for event in assembler.feed(parse_sse_data(getattr(item, "data", ""))):
                yield event
    except httpx.HTTPError:
        yield ErrorEvent(message=DROPPED, code=DROPPED_CODE)
    yield DoneEvent(text=assembler.text, had_text=bool(assembler.text.strip()))
