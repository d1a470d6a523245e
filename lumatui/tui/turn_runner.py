"""Chat turns: one at a time, the rest queued; text streamed, tools on one dim line.

The runner writes the turn into the chat as it streams, hands the timeline the turn left to
``show_draft`` before it announces the end of the turn (``TurnFinished``: whoever hears it sees
the new timeline on screen), and announces a session the backend forgot (``SessionLost``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from .messages import SessionLost, TurnFinished
from .text import changes_markdown, hint_text, tool_activity
from .widgets.chat_log import ChatLog, shown
from .widgets.composer import Composer

if TYPE_CHECKING:
    from textual.app import App

    from lumatui.client.workspace import TurnOutcome
    from lumatui.protocol.chat import ErrorEvent
    from lumatui.protocol.draft import Draft

    from .session_runner import SessionRunner
    from .state import AppState


class TurnRunner:
    def __init__(
        self,
        app: App[None],
        state: AppState,
        session: SessionRunner,
        show_draft: Callable[[Draft], None],
        clock: Callable[[], float],
        still_working_after: float,
    ) -> None:
        self.app = app
        self.state = state
        self.session = session
        self.show_draft = show_draft
        self.clock = clock
        self.still_working_after = still_working_after
        self.queue: list[str] = []
        self.running = False
        self._quiet_since = 0.0

    @property
    def chat(self) -> ChatLog:
        return self.app.query_one(ChatLog)

    def send(self, text: str) -> None:
        self.queue.append(text)
        self.next()

    def next(self) -> None:
        """Start the next queued message unless a turn runs: never two turns at once."""
        if self.queue and self.state.ready and not self.running:
            self.running = True
            text = self.queue.pop(0)
            self.app.run_worker(partial(self._run, text), group="turn", exit_on_error=False)
        self.app.query_one(Composer).show_queue(self.queue)

    async def _run(self, text: str) -> None:
        from lumatui.client.errors import NemoError, SessionNotFound
        from lumatui.client.workspace import TurnOutcome
        from lumatui.protocol.chat import ErrorEvent, TextEvent, ToolCallEvent, ToolResultEvent

        workspace = self.state.workspace
        assert workspace is not None
        chat = self.chat
        self.running = True
        self._quiet_since = self.clock()
        await chat.add_user(text)
        outcome: TurnOutcome | None = None
        told: set[str] = set()
        stream = None
        tool_line = None
        try:
            async for item in workspace.turn(text):
                if isinstance(item, TextEvent):
                    if stream is None:
                        stream = await chat.start_reply()
                    await stream.write(shown(item.text))
                    self._quiet_since = self.clock()
                elif isinstance(item, ToolCallEvent | ToolResultEvent):
                    done = isinstance(item, ToolResultEvent)
                    line = tool_activity(item.name, done=done)
                    if tool_line is None:
                        tool_line = await chat.add_tool(line)
                    else:
                        tool_line.update(line)
                    if done:  # the strip follows each change as it lands
                        self.session.refresh_state()
                elif isinstance(item, ErrorEvent):
                    told.add(item.message)
                    await self._error(item)
                elif isinstance(item, TurnOutcome):
                    outcome = item
        except NemoError as exc:
            await chat.add_error(exc.message, exc.action)
            if isinstance(exc, SessionNotFound):  # the backend forgot the session: a new one
                await chat.add_info("Send your message again once the new session is ready.")
                self.app.post_message(SessionLost())
        except Exception as exc:
            await chat.add_error(f"The turn stopped: {exc.__class__.__name__}.", "Try again.")
        finally:
            if stream is not None:
                await stream.stop()
            self.running = False
        if not self.app.is_running:
            return
        if outcome is not None:
            await self.finish(outcome, told)
        self.session.refresh_credits()
        self.app.post_message(TurnFinished(text, outcome))
        self.next()

    async def _error(self, event: ErrorEvent) -> None:
        chat = self.chat
        if event.code == "session_replaced":  # recovered: the message went through
            await chat.add_notice(event.message)
        elif event.code == "stream_dropped":  # the workspace reads the state to confirm
            await chat.add_notice(f"⚠ {event.message}")
        elif event.raw is not None:  # one unreadable event; the turn goes on
            await chat.add_info(f"⚠ {event.message}")
        else:
            await chat.add_error(event.message, "Try rephrasing, or send it again.")

    async def finish(self, outcome: TurnOutcome, told: set[str] | None = None) -> None:
        """What the turn concluded: errors not yet said, a silent turn's changes, GUI words."""
        from lumatui.client.router import gui_hints

        chat = self.chat
        for error in outcome.errors:  # what the workspace concluded after the stream
            if error not in (told or set()):
                await chat.add_error(error)
        if outcome.text.strip():
            chat.last_reply = shown(outcome.text)
        elif outcome.reply:
            await chat.add_reply(changes_markdown(outcome.reply))
        self.state.epoch += 1  # reads begun during the turn may land later: they are older
        self.show_draft(outcome.draft)
        for action in gui_hints(outcome.text):
            await chat.add_info(hint_text(action.value))

    async def still_working(self) -> None:
        """Run on a timer: a turn quiet for a while says it is still going."""
        quiet = self.clock() - self._quiet_since
        if self.app.is_running and self.running and quiet >= self.still_working_after:
            self._quiet_since = self.clock()
            await self.chat.add_notice("⏳ Still working...")

    def poll(self) -> None:
        """Run on a timer: the timeline is read while a turn runs, so the strip stays live."""
        if self.running:
            self.session.refresh_state()
