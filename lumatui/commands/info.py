"""``status``, ``credits`` and ``sessions``: reading, never changing anything."""

from __future__ import annotations

import argparse
import time

from lumatui.client.history import History, SessionRecord
from lumatui.protocol.summary import seconds, timeline_summary

from .documents import CreditsDocument, SessionDocument, SessionsDocument, StatusDocument
from .output import Output, ago, table
from .runtime import Context, history_key


async def status(ctx: Context) -> int:
    space = await ctx.open()
    assert space.session_id is not None
    state = await space.state()
    draft = state.state.draft
    length = max(draft.d, draft.computed_duration())
    ctx.out.result(f"Session {space.session_id} ({seconds(length)} s)")
    ctx.out.result(timeline_summary(draft))
    ctx.out.document(StatusDocument(session_id=space.session_id, draft=draft.wire()))
    return 0


async def credits(ctx: Context) -> int:
    balance = await ctx.client.credits()
    ctx.out.result(
        f"{balance.available} credits available ({balance.frozen} frozen, {balance.total} total)"
    )
    ctx.out.document(
        CreditsDocument(available=balance.available, frozen=balance.frozen, total=balance.total)
    )
    return 0


def session_document(record: SessionRecord, current: bool) -> SessionDocument:
    return SessionDocument(
        session_id=record.session_id,
        task_id=record.task_id,
        title=record.title,
        last_message=record.last_message,
        draft_seconds=record.draft_ms / 1000,
        created=record.created,
        last_used=record.last_used,
        current=current,
    )


def sessions_table(records: list[SessionRecord], now: float) -> str:
    """The sessions a person reads: ``*`` marks the one commands use without --session."""
    rows = [
        [
            ("* " if i == 0 else "  ") + r.session_id,
            ago(r.last_used, now),
            f"{seconds(r.draft_ms)} s",
            r.last_message or r.title or "-",
        ]
        for i, r in enumerate(records)
    ]
    return table(["  SESSION", "LAST USED", "LENGTH", "LAST MESSAGE"], rows)


def sessions(args: argparse.Namespace, out: Output) -> int:
    """From this install's history alone: no backend needed."""
    key = history_key(args)
    history = History()
    try:
        records = history.sessions(key)
    finally:
        history.close()
    if records:
        out.result(sessions_table(records, time.time()))
    else:
        where = "the local engine" if args.local else key
        out.note(f"No sessions yet on {where}.")
    out.document(SessionsDocument([session_document(r, i == 0) for i, r in enumerate(records)]))
    return 0
