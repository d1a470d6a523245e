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
    TextEvent,
    TextPart,
    parse_sse_data,
)

from .api import NemoClient, unreachable
from .errors import InvalidRequest

TURN_TIMEOUT = httpx.Timeout(connect=10.0, read=15 * 60.0, write=60.0, pool=10.0)
DROPPED_CODE = "stream_dropped"
DROPPED = (
    "The connection dropped while the agent was working; reading the timeline to see what it"
    " did (the message is not sent again)."
)


class TextAssembler:
    """Partial chunks are shown as they come; a final event repeating them shows nothing new.

    ADK streams ``partial: true`` chunks and then one final event with the whole text. The
    final is reduced to what the partials did not already show.
    """

    def __init__(self) -> None:
        self.pending = ""  # partial text shown since the last final
        self.shown: list[str] = []

    def feed(self, event: TextEvent) -> TextEvent | None:
        if event.partial:
            self.pending += event.text
            self.shown.append(event.text)
            return event
        text = event.text
        if self.pending and text.startswith(self.pending):
            text = text[len(self.pending) :]
        elif self.pending and self.pending.strip() == text.strip():
            text = ""
        self.pending = ""
        if not text:
            return None
        self.shown.append(text)
        return TextEvent(text=text, partial=False)

    @property
    def text(self) -> str:
        return "".join(self.shown)


def run_request(session_id: str, text: str) -> dict[str, object]:
    request = RunRequest(session_id=session_id, new_message=NewMessage(parts=[TextPart(text=text)]))
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
    assembler = TextAssembler()
    try:
        async for item in sse:
            for event in parse_sse_data(getattr(item, "data", "")):
                if isinstance(event, TextEvent):
                    shown = assembler.feed(event)
                    if shown is not None:
                        yield shown
                else:
                    yield event
    except httpx.HTTPError:
        yield ErrorEvent(message=DROPPED, code=DROPPED_CODE)
    yield DoneEvent(text=assembler.text, had_text=bool(assembler.text.strip()))
