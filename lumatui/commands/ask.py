"""``lumatui ask TEXT``: one chat turn. The reply streams to stdout; tool activity and
"still working" go to stderr; ``--json`` prints an :class:`AskDocument` at the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lumatui.app_entry import still_working_seconds
from lumatui.client.router import Action, route
from lumatui.client.workspace import TurnOutcome, Workspace
from lumatui.protocol.chat import (
    ErrorEvent,
    TextEvent,
    ToolCallEvent,
    ToolResultEvent,
)

from .documents import AskDocument
from .exit_codes import OperationFailed, UsageError
from .output import Output, one_line
from .runtime import Context
from .silence import SilenceWatch

# Messages the protocol says never to send to the agent: they are commands of their own.
_COMMAND_FOR = {
    Action.EXPORT: "lumatui export",
    Action.CREDITS: "lumatui credits",
    Action.STATUS: "lumatui status",
    Action.UPLOAD: "lumatui upload FILE...",
    Action.PREVIEW: "lumatui export --preset draft",
}


def check_message(text: str) -> str:
    """The message to send, or :class:`UsageError` when it is empty or is really a command."""
    if not text.strip():
        raise UsageError("nothing to ask: give the message as an argument")
    action = route(text)
    if action in _COMMAND_FOR:
        raise UsageError(
            f"{text.strip()!r} is not sent to the agent; run `{_COMMAND_FOR[action]}` instead"
        )
    return text


def tool_call_line(name: str, args: dict[str, Any]) -> str:
    """``→ generate_clip(prompt='sunset', seconds=3.0)``, shortened."""
    shown = ", ".join(f"{key}={value!r}" for key, value in args.items())
    return one_line(f"→ {name}({shown})", 160)


async def run_turn(
    space: Workspace,
    text: str,
    out: Output,
    *,
    stream: bool,
    note: Callable[[str], None] | None = None,
    quiet_seconds: float | None = None,
) -> TurnOutcome:
    """Drive one turn: reply text to stdout when ``stream``; activity to ``note`` (stderr)."""
    note = note or out.note
    quiet = still_working_seconds() if quiet_seconds is None else quiet_seconds
    outcome: TurnOutcome | None = None
    async with SilenceWatch(note, quiet) as watch:
        async for item in space.turn(text):
            if isinstance(item, TurnOutcome):
                outcome = item
            elif isinstance(item, TextEvent):
                watch.activity()
                if stream:
                    out.stream(item.text)
            elif isinstance(item, ToolCallEvent):
                watch.activity()
                note(tool_call_line(item.name, item.args))
            elif isinstance(item, ToolResultEvent):
                watch.activity()
                note(f"✓ {item.name}")
            elif isinstance(item, ErrorEvent):
                watch.activity()
                note(f"! {item.message}")
    out.end_stream()
    assert outcome is not None, "a turn always ends with its outcome"
    return outcome


async def ask(ctx: Context, text: str) -> int:
    message = check_message(text)
    space = await ctx.open()
    assert space.session_id is not None
    outcome = await run_turn(space, message, ctx.out, stream=True)
    if not outcome.text.strip() and outcome.reply:
        ctx.out.result(outcome.reply)  # a silent turn: say what changed instead
    ctx.out.document(
        AskDocument(
            session_id=space.session_id,
            text=outcome.text,
            changes=outcome.changes,
            timeline=outcome.timeline,
        )
    )
    if outcome.errors:
        raise OperationFailed("; ".join(outcome.errors))
    return 0
