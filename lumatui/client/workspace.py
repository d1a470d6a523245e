"""A workspace: one backend, the session in use, and this install's history of it.

The app and the CLI both work through this, so they share sessions ("the last session used"),
write the transcript the same way (the user's message before it is sent) and describe a
silent turn the same way (a diff of the state before and after).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

from lumatui.protocol.chat import ChatEvent, DoneEvent, ErrorEvent
from lumatui.protocol.draft import Draft, StateData
from lumatui.protocol.draft_diff import describe_changes
from lumatui.protocol.render import RenderOutput
from lumatui.protocol.summary import timeline_summary

from .api import NemoClient
from .errors import SessionNotFound
from .export import ExportProgress, default_filename, export_video, resume_export
from .history import ExportRecord, History, SessionRecord
from .turn import DROPPED_CODE, run_turn

# The history key for the embedded engine (``--local``): it listens on a new port each run,
# so its sessions are remembered under this name rather than under its URL.
LOCAL_ENGINE_KEY = "local-engine"


SESSION_REPLACED = (
    "The server no longer knows this session, so a new one was started (the old timeline is"
    " gone) and your message was sent there."
)
UNCONFIRMED = (
    "The connection dropped and the result could not be confirmed. Check the timeline"
    " (/status) before sending the message again."
)
RECONCILE_INTERVALS = (2.0, 4.0, 8.0, 15.0, 30.0)


async def _chain(
    first: list[ChatEvent], rest: AsyncIterator[ChatEvent]
) -> AsyncIterator[ChatEvent]:
    for event in first:
        yield event
    async for event in rest:
        yield event


@dataclass(frozen=True)
class TurnOutcome:
    """How a turn ended: what was said, what changed in the draft, and the timeline now."""

    text: str
    changes: list[str]
    timeline: str
    draft: Draft
    errors: list[str] = field(default_factory=list)

    @property
    def reply(self) -> str:
        """What to show and keep: the agent's words, else the changes, else a plain note."""
        if self.text.strip():
            return self.text
        if self.changes:
            return "\n".join(self.changes)
        if self.errors:
            return ""
        return "Done — nothing in the timeline changed."


class Workspace:
    def __init__(
        self,
        client: NemoClient,
        history: History | None = None,
        *,
        history_key: str | None = None,
    ) -> None:
        self.client = client
        self.history = history or History()
        self.history_key = history_key
        # Waits between state reads after a dropped stream (shortened in tests).
        self.reconcile_intervals: tuple[float, ...] = RECONCILE_INTERVALS
        self.session_id: str | None = None
        self.task_id: str = ""

    @property
    def api_url(self) -> str:
        """The backend as the history knows it: its URL, or ``history_key`` when given."""
        return self.history_key or self.client.base_url

    async def open(self, session_id: str | None = None, *, new: bool = False) -> SessionRecord:
        """Use ``session_id``, else the last session used here, else a new one."""
        await self.client.ensure_token()
        if new:
            return await self.new_session()
        if session_id is None:
            last = self.history.last_session(self.api_url)
            session_id = last.session_id if last else None
        if session_id is None:
            return await self.new_session()
        try:
            state = await self.client.state(session_id)
        except SessionNotFound:
            if self.history.session(self.api_url, session_id) is None:
                raise
            return await self.new_session()  # the backend forgot it: start afresh
        return self._use(session_id, state.task_id)

    async def new_session(self, language: str = "en") -> SessionRecord:
        data = await self.client.create_session(language)
        return self._use(data.session_id, data.task_id)

    def _use(self, session_id: str, task_id: str) -> SessionRecord:
        self.session_id, self.task_id = session_id, task_id
        self.history.remember_session(self.api_url, session_id, task_id)
        record = self.history.session(self.api_url, session_id)
        assert record is not None
        return record

    def _require_session(self) -> str:
        if self.session_id is None:
            raise RuntimeError("open() the workspace first")
        return self.session_id

    async def state(self) -> StateData:
        state = await self.client.state(self._require_session())
        draft = state.state.draft
        self.history.set_draft_length(
            self.api_url, self._require_session(), max(draft.d, draft.computed_duration())
        )
        return state

    async def turn(self, text: str) -> AsyncIterator[ChatEvent | TurnOutcome]:
        """Events of one chat turn as they come, then one :class:`TurnOutcome`.

        The message is in the transcript before it is sent and is never sent twice: after a
        dropped stream the state is read until the turn's effect shows, not resent.
        """
        session_id = self._require_session()
        self.history.add_message(self.api_url, session_id, "user", text)
        errors: list[str] = []
        said = ""
        dropped = False
        try:
            before, stream, first = await self._open_turn(session_id, text)
        except SessionNotFound:
            # Refused before the stream opened, so nothing ran: start afresh and send it there.
            session_id = (await self.new_session()).session_id
            self.history.add_message(self.api_url, session_id, "user", text)
            yield ErrorEvent(message=SESSION_REPLACED, code="session_replaced")
            before, stream, first = await self._open_turn(session_id, text)
        pending = [first] if first is not None else []
        async for event in _chain(pending, stream):
            if isinstance(event, DoneEvent):
                said = event.text
                continue
            if isinstance(event, ErrorEvent):
                dropped = dropped or event.code == DROPPED_CODE
                if event.code != DROPPED_CODE and event.raw is None:
                    errors.append(event.message)  # unreadable events are warnings, not failures
            yield event
        after = (await self.state()).state.draft
        if dropped:
            after = await self._settle(before, after)
            if not describe_changes(before, after):
                errors.append(UNCONFIRMED)
        outcome = TurnOutcome(
            text=said,
            changes=describe_changes(before, after),
            timeline=timeline_summary(after),
            draft=after,
            errors=errors,
        )
        if outcome.reply:
            self.history.add_message(self.api_url, session_id, "assistant", outcome.reply)
        yield outcome

    async def _open_turn(
        self, session_id: str, text: str
    ) -> tuple[Draft, AsyncIterator[ChatEvent], ChatEvent | None]:
        """The state before, and the stream up to its first event (HTTP errors raise here)."""
        before = (await self.state()).state.draft
        stream = run_turn(self.client, session_id, text)
        return before, stream, await anext(stream, None)

    async def _settle(self, before: Draft, after: Draft) -> Draft:
        """After a drop: re-read the state until it has changed and holds still (≤ 5 reads)."""
        previous = after
        for delay in self.reconcile_intervals[:5]:
            await self.client.sleep(delay)
            current = (await self.state()).state.draft
            if describe_changes(before, current) and current == previous:
                return current
            previous = current
        return previous

    async def export(
        self,
        dest_dir: Path,
        *,
        output: RenderOutput | None = None,
        filename: str | None = None,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> Path:
        """Export the current draft; the job is in the history from the moment it exists."""
        session_id = self._require_session()
        seen: set[str] = set()

        def track(progress: ExportProgress) -> None:
            if progress.job_id and progress.job_id not in seen:
                seen.add(progress.job_id)
                preset = output.preset if output is not None else ""
                self.history.record_export(self.api_url, session_id, progress.job_id, preset or "")
            elif progress.job_id:
                self.history.update_export(progress.job_id, progress.status)
            if on_progress:
                on_progress(progress)

        try:
            path = await export_video(
                self.client,
                session_id,
                dest_dir,
                output=output,
                filename=filename,
                on_progress=track,
            )
        except Exception as exc:
            for job_id in seen:
                self.history.update_export(job_id, "failed", error=str(exc))
            raise
        for job_id in seen:
            self.history.update_export(job_id, "downloaded", path=str(path))
        return path

    async def resume_export(
        self,
        record: ExportRecord,
        dest_dir: Path,
        *,
        on_progress: Callable[[ExportProgress], None] | None = None,
    ) -> Path:
        """Finish an export recorded before the app or CLI last closed: poll, download."""
        dest = dest_dir / default_filename(record.session_id)
        try:
            path = await resume_export(self.client, record.job_id, dest, on_progress=on_progress)
        except Exception as exc:
            self.history.update_export(record.job_id, "failed", error=str(exc))
            raise
        self.history.update_export(record.job_id, "downloaded", path=str(path))
        return path

    def unfinished_exports(self) -> list[ExportRecord]:
        return self.history.unfinished_exports(self.api_url)
