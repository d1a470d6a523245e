"""The chat request and stream: ADK events, simple frames, and the typed events we yield.

A turn's stream is parsed event by event. Parsing never raises: anything malformed becomes an
:class:`ErrorEvent`, so one bad line cannot kill a turn.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .base import WireModel

# --- The request -------------------------------------------------------------------------


class TextPart(WireModel):
    text: str


class NewMessage(WireModel):
    role: str = "user"
    parts: list[TextPart]


class RunRequest(WireModel):
    """Google ADK's ``RunAgentRequest`` as sent to ``/run_sse`` (camelCase accepted too)."""

    app_name: str = Field(default="nemo_agent", alias="appName")
    user_id: str = Field(default="me", alias="userId")
    session_id: str = Field(alias="sessionId")
    new_message: NewMessage = Field(alias="newMessage")
    # ADK streams ``partial`` chunks only when this is true; the engine streams either way.
    streaming: bool | None = None

    def wire(self) -> dict[str, Any]:
        # The protocol's request body is snake_case; aliases are only for reading.
        return self.model_dump(mode="json", by_alias=False, exclude_none=True)

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.new_message.parts)


# --- ADK events (what the local engine emits) -----------------------------------------------


class FunctionCall(WireModel):
    id: str | None = None
    name: str = ""
    args: dict[str, Any] = {}


class FunctionResponse(WireModel):
    id: str | None = None
    name: str = ""
    response: dict[str, Any] = {}


class Part(WireModel):
    text: str | None = None
    thought: bool | None = None
    function_call: FunctionCall | None = Field(default=None, alias="functionCall")
    function_response: FunctionResponse | None = Field(default=None, alias="functionResponse")


class Content(WireModel):
    role: str = "model"
    parts: list[Part] = []


class AdkEvent(WireModel):
    id: str | None = None
    invocation_id: str | None = Field(default=None, alias="invocationId")
    author: str | None = None
    timestamp: float | None = None
    content: Content | None = None
    partial: bool | None = None
    turn_complete: bool | None = Field(default=None, alias="turnComplete")
    error_code: str | int | None = Field(default=None, alias="errorCode")
    error_message: str | None = Field(default=None, alias="errorMessage")
    actions: dict[str, Any] | None = None


# --- Typed events the client yields ----------------------------------------------------------


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)


class TextEvent(_Event):
    kind: Literal["text"] = "text"
    text: str
    partial: bool = False


class ToolCallEvent(_Event):
    kind: Literal["tool_call"] = "tool_call"
    name: str
    args: dict[str, Any] = {}
    call_id: str | None = None
    partial: bool = False  # seen in a streamed chunk: ADK runs it once the final confirms it


class ToolResultEvent(_Event):
    kind: Literal["tool_result"] = "tool_result"
    name: str
    result: dict[str, Any] = {}
    call_id: str | None = None


class HeartbeatEvent(_Event):
    kind: Literal["heartbeat"] = "heartbeat"


class ErrorEvent(_Event):
    kind: Literal["error"] = "error"
    message: str
    code: str | None = None
    raw: str | None = None


class DoneEvent(_Event):
    """Emitted by the client when the stream closes; ``text`` is everything said."""

    kind: Literal["done"] = "done"
    text: str = ""
    had_text: bool = False


ChatEvent = TextEvent | ToolCallEvent | ToolResultEvent | HeartbeatEvent | ErrorEvent | DoneEvent


def parse_sse_data(data: str) -> list[ChatEvent]:
    """One SSE ``data`` payload → zero or more typed events. Never raises."""
    if not data.strip():
        return [HeartbeatEvent()]
    try:
        payload = json.loads(data)
    except (json.JSONDecodeError, RecursionError):
        return [ErrorEvent(message="The server sent an unreadable event.", raw=data[:200])]
    if not isinstance(payload, dict):
        return [ErrorEvent(message="The server sent an unexpected event.", raw=data[:200])]
    if isinstance(payload.get("type"), str) and not isinstance(payload.get("content"), dict):
        return _parse_simple_frame(payload)
    if "error" in payload and not isinstance(payload.get("content"), dict):
        return [ErrorEvent(message=str(payload.get("error") or "Unknown server error."))]
    return _parse_adk(payload, data)


def _parse_simple_frame(frame: dict[str, Any]) -> list[ChatEvent]:
    kind = frame.get("type")
    if kind == "heartbeat":
        return [HeartbeatEvent()]
    if kind == "text":
        text = frame.get("content")  # a chunk of the reply: frames carry no final repeat
        return [TextEvent(text=str(text), partial=True)] if text else []
    if kind == "tool_call":
        args = frame.get("args")
        return [ToolCallEvent(name=str(frame.get("name") or "tool"), args=_as_dict(args))]
    if kind == "tool_result":
        result = frame.get("result")
        return [ToolResultEvent(name=str(frame.get("name") or "tool"), result=_as_dict(result))]
    if kind == "error":
        return [ErrorEvent(message=str(frame.get("content") or frame.get("message") or "Error"))]
    return []  # an unknown frame type is ignored, not fatal


def _parse_adk(payload: dict[str, Any], raw: str) -> list[ChatEvent]:
    """Read an ADK event by hand: the hot path of every turn, so no model validation.

    The :class:`AdkEvent` model documents the shape; this reads only what the client shows
    and treats anything of the wrong type as malformed rather than raising.
    """
    content = payload.get("content")
    parts = content.get("parts") if isinstance(content, dict) else None
    if content is not None and not isinstance(parts, list | None):
        return [ErrorEvent(message="The server sent a malformed event.", raw=raw[:200])]
    events: list[ChatEvent] = []
    from_user = isinstance(content, dict) and content.get("role") == "user"
    for part in parts or ():
        if not isinstance(part, dict):
            return [ErrorEvent(message="The server sent a malformed event.", raw=raw[:200])]
        call = part.get("functionCall") or part.get("function_call")
        response = part.get("functionResponse") or part.get("function_response")
        if isinstance(call, dict):
            if _still_streaming(call):
                continue  # its arguments are still arriving; the complete call follows
            events.append(
                ToolCallEvent(
                    name=str(call.get("name") or "tool"),
                    args=_as_dict(call.get("args")),
                    call_id=_opt_str(call.get("id")),
                    partial=payload.get("partial") is True,
                )
            )
        elif isinstance(response, dict):
            events.append(
                ToolResultEvent(
                    name=str(response.get("name") or "tool"),
                    result=_as_dict(response.get("response")),
                    call_id=_opt_str(response.get("id")),
                )
            )
        else:
            text = part.get("text")
            if isinstance(text, str) and text and not part.get("thought") and not from_user:
                events.append(TextEvent(text=text, partial=payload.get("partial") is True))
    code = payload.get("errorCode", payload.get("error_code"))
    message = payload.get("errorMessage", payload.get("error_message"))
    if code is not None or message:
        events.append(
            ErrorEvent(
                message=str(message or "The agent stopped with an error."),
                code=str(code) if code is not None else None,
            )
        )
    return events


def _still_streaming(call: dict[str, Any]) -> bool:
    """A function call whose arguments ADK is still streaming (``partialArgs``)."""
    return bool(
        call.get("willContinue")
        or call.get("will_continue")
        or call.get("partialArgs")
        or call.get("partial_args")
        or not call.get("name")
    )


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if value is None:
        return {}
    return {"value": value}
