"""Fault injection: make the local engine misbehave the way the cloud does, on purpose.

``lumatui serve --fault SPEC`` (repeatable) wraps the app in :class:`FaultMiddleware`, an
ASGI middleware, so the handlers stay ignorant of it. Each fault fires at a well-defined
moment (counted calls, the first matching request), which makes tests of the client's
recoveries deterministic. The specs are listed in :data:`FAULTS` and in docs/protocol.md.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from lumatui.protocol import codes

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

FAULTS = {
    "expire-token-after": "N: the N+1th authenticated call answers 1001 once",
    "lose-session-after": "N: the N+1th call naming a session answers 1002 once",
    "no-credits": "generation answers 2001",
    "export-402": "render submit answers HTTP 402",
    "rate-limit-once": "the first anonymous-token call answers HTTP 429",
    "drop-stream-after": "N: chat streams are cut after N events; the turn finishes anyway",
    "stall": "S: chat streams hold the reply's first event for S seconds, sending heartbeats",
    "bad-json-once": "one chat event is invalid JSON",
    "http-500-once": "PATH: the first request to PATH (a prefix) answers HTTP 500",
    "slow": "MS: every request waits MS milliseconds first",
    "short-download": "render downloads send the first half, with an honest Content-Length",
}
_NEEDS_VALUE = {"expire-token-after", "lose-session-after", "drop-stream-after", "stall"}
_NEEDS_VALUE |= {"http-500-once", "slow"}
SESSION_PATHS = ("/run_sse", "/api/state/", "/api/upload-video/")
HEARTBEAT = b"data:\n\n"


class FaultSpecError(ValueError):
    """A ``--fault`` value that names no fault or lacks its value."""


@dataclass
class Faults:
    expire_token_after: int | None = None
    lose_session_after: int | None = None
    no_credits: bool = False
    export_402: bool = False
    rate_limit_once: bool = False
    drop_stream_after: int | None = None
    stall: float = 0.0
    bad_json_once: bool = False
    http_500_once: list[str] = field(default_factory=list)
    slow_ms: int = 0
    short_download: bool = False

    @property
    def any(self) -> bool:
        return self != Faults()


def parse_faults(specs: list[str]) -> Faults:
    """``["expire-token-after=3", "bad-json-once"]`` → :class:`Faults`; clear errors."""
    faults = Faults()
    for spec in specs:
        name, has_value, value = spec.strip().partition("=")
        if name not in FAULTS:
            known = ", ".join(sorted(FAULTS))
            raise FaultSpecError(f"unknown fault {name!r}; known faults: {known}")
        if (name in _NEEDS_VALUE) != bool(has_value and value):
            need = f"{name}=VALUE" if name in _NEEDS_VALUE else name
            raise FaultSpecError(f"fault {name!r} is written as {need}")
        try:
            _apply(faults, name, value)
        except ValueError:
            raise FaultSpecError(f"fault {name!r} needs a number, not {value!r}") from None
    return faults


def _apply(faults: Faults, name: str, value: str) -> None:
    if name == "expire-token-after":
        faults.expire_token_after = int(value)
    elif name == "lose-session-after":
        faults.lose_session_after = int(value)
    elif name == "drop-stream-after":
        faults.drop_stream_after = int(value)
    elif name == "stall":
        faults.stall = float(value)
    elif name == "slow":
        faults.slow_ms = int(value)
    elif name == "http-500-once":
        faults.http_500_once.append(value)
    else:
        setattr(faults, name.replace("-", "_"), True)


class StreamCut(Exception):
    """Raised inside a chat stream to cut the connection, as a flaky network would."""


class _QuietCuts(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        return "without completing response" not in text and "StreamCut" not in text


class FaultMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        faults: Faults,
        is_generation: Callable[[str], bool],
        heartbeat_seconds: float = 15.0,
    ) -> None:
        self.app = app
        self.faults = faults
        self.is_generation = is_generation
        self.heartbeat_seconds = heartbeat_seconds
        self.authenticated_calls = 0
        self.session_calls = 0
        self.fired: set[str] = set()
        logging.getLogger("uvicorn.error").addFilter(_QuietCuts())

    def _once(self, name: str) -> bool:
        if name in self.fired:
            return False
        self.fired.add(name)
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] == "/healthz":
            await self.app(scope, receive, send)
            return
        f, path = self.faults, scope["path"]
        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        if f.slow_ms:
            await asyncio.sleep(f.slow_ms / 1000)
        for prefix in f.http_500_once:
            if path.startswith(prefix) and self._once("500:" + prefix):
                await _json(send, 500, {"code": 500, "message": "Internal server error."})
                return
        if path == "/api/auth/anonymous-token" and f.rate_limit_once and self._once("429"):
            await _json(send, 429, {"code": 429, "message": "Too many requests; retry later."})
            return
        if codes.AUTHORIZATION.lower() in headers:
            self.authenticated_calls += 1
            limit = f.expire_token_after
            if limit is not None and self.authenticated_calls > limit and self._once("1001"):
                await _json(send, 401, _fail(codes.TOKEN_INVALID, "Token expired."))
                return
        if path.startswith(SESSION_PATHS):
            self.session_calls += 1
            limit = f.lose_session_after
            if limit is not None and self.session_calls > limit and self._once("1002"):
                await _json(send, 404, _fail(codes.SESSION_NOT_FOUND, "Session not found."))
                return
        if path == "/api/render/proxy/lambda" and scope["method"] == "POST" and f.export_402:
            body = {"success": False, "error": "Export needs a registered plan.", "code": 402}
            await _json(send, 402, body)
            return
        if path == "/run_sse":
            await self._chat(scope, receive, send)
            return
        if f.short_download and path.startswith("/api/render/") and path.endswith("/download"):
            await self.app(scope, receive, _halved(send))
            return
        await self.app(scope, receive, send)

    async def _chat(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = await _read_body(receive)
        replay = _replayer(body)
        if self.faults.no_credits and self.is_generation(_message_text(body)):
            await _json(send, 403, _fail(codes.NO_CREDITS, "Not enough credits."))
            return
        try:
            await self.app(scope, replay, self._chat_send(send))
        except Exception as exc:
            if not _is_cut(exc):
                raise
            # Returning mid-response makes uvicorn close the connection: the client sees a drop.

    def _chat_send(self, send: Send) -> Send:
        f = self.faults
        events = 0

        async def wrapped(message: Message) -> None:
            nonlocal events
            chunk = message.get("body", b"") if message["type"] == "http.response.body" else b""
            is_event = bool(chunk.strip()) and chunk != HEARTBEAT
            if is_event and f.stall and events == 0:
                # Counted from the first event, not the request: however long the turn takes
                # to start replying on a loaded machine, the hold is the same.
                started = time.monotonic()
                while (left := f.stall - (time.monotonic() - started)) > 0:
                    await asyncio.sleep(min(left, self.heartbeat_seconds))
                    if f.stall - (time.monotonic() - started) > 0:
                        await send({**message, "body": HEARTBEAT, "more_body": True})
            if is_event and f.bad_json_once and self._once("bad-json"):
                await send({**message, "body": b'data: {"content": oops\n\n', "more_body": True})
            if is_event and f.drop_stream_after is not None and events >= f.drop_stream_after:
                raise StreamCut
            events += int(is_event)
            await send(message)

        return wrapped


def _halved(send: Send) -> Send:
    """Send the first half of a body, declared as such: a cut the size check cannot see."""
    left = 0

    async def wrapped(message: Message) -> None:
        nonlocal left
        if message["type"] == "http.response.start":
            headers = []
            for key, value in message.get("headers", []):
                if key.lower() == b"content-length":
                    left = int(value) // 2
                    value = str(left).encode()
                headers.append((key, value))
            await send({**message, "headers": headers})
            return
        body = message.get("body", b"")[:left]
        left -= len(body)
        await send({**message, "body": body})

    return wrapped


def _is_cut(exc: BaseException) -> bool:
    if isinstance(exc, BaseExceptionGroup):
        return all(_is_cut(inner) for inner in exc.exceptions)
    return isinstance(exc, StreamCut)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _replayer(body: bytes) -> Receive:
    sent = False
    never: asyncio.Future[Message] = asyncio.get_running_loop().create_future()

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await never  # no disconnect is reported: the turn runs to its end

    return receive


def _message_text(body: bytes) -> str:
    try:
        payload = json.loads(body)
        parts = (payload.get("new_message") or payload.get("newMessage") or {}).get("parts", [])
        return "".join(str(p.get("text", "")) for p in parts if isinstance(p, dict))
    except (ValueError, AttributeError):
        return ""


def _fail(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message, "data": None}


async def _json(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
