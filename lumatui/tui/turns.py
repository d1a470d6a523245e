"""Chat turns: one at a time, the rest queued; text streamed, tools on one dim line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from .messages import TurnFinished
from .text import changes_markdown, tool_activity
from .widgets.chat_log import shown
from .widgets.composer import Composer

if TYPE_CHECKING:
    from lumatui.client.workspace import TurnOutcome
    from lumatui.protocol.chat import ErrorEvent

    from .app import LumaApp

    Base = LumaApp
else:
    Base = object


class TurnActions(Base):
    """Mixed into :class:`~lumatui.tui.app.LumaApp`."""

    def _next_turn(self) -> None:
        """Start the next queued message unless a turn runs: never two turns at once."""
        if self.queue and self.ready and not self.turn_running:
            self.turn_running = True
            self.run_turn(self.queue.pop(0))
        self.query_one(Composer).show_queue(self.queue)

    @work(group="turn", exit_on_error=False)
    async def run_turn(self, text: str) -> None:
        from lumatui.client.errors import NemoError, SessionNotFound
        from lumatui.client.workspace import TurnOutcome
        from lumatui.protocol.chat import ErrorEvent, TextEvent, ToolCallEvent, ToolResultEvent

        assert self.workspace is not None
        chat = self.chat
        self.turn_running = True
        self._quiet_since = self.clock()
        await chat.add_user(text)
        outcome: TurnOutcome | None = None
        told: set[str] = set()
        stream = None
        tool_line = None
        try:
            async for item in self.workspace.turn(text):
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
                    if done:
                        self.refresh_state()
                elif isinstance(item, ErrorEvent):
                    told.add(item.message)
                    await self._turn_error(item)
                elif isinstance(item, TurnOutcome):
                    outcome = item
        except NemoError as exc:
            await chat.add_error(exc.message, exc.action)
            if isinstance(exc, SessionNotFound):  # the backend forgot the session: a new one
                await chat.add_info("Send your message again once the new session is ready.")
                self.call_later(self.switch_session, None, True)
        except Exception as exc:
            await chat.add_error(f"The turn stopped: {exc.__class__.__name__}.", "Try again.")
        finally:
            if stream is not None:
                await stream.stop()
            self.turn_running = False
        if not self.is_running:
            return
        if outcome is not None:
            await self._finish_turn(outcome, told)
        self.refresh_credits()
        self.post_message(TurnFinished(text, outcome))
        self._next_turn()

    async def _turn_error(self, event: ErrorEvent) -> None:
        chat = self.chat
        if event.code == "session_replaced":  # recovered: the message went through
            await chat.add_notice(event.message)
        elif event.code == "stream_dropped":  # the workspace reads the state to confirm
            await chat.add_notice(f"⚠ {event.message}")
        elif event.raw is not None:  # one unreadable event; the turn goes on
            await chat.add_info(f"⚠ {event.message}")
        else:
            await chat.add_error(event.message, "Try rephrasing, or send it again.")

    async def _finish_turn(self, outcome: TurnOutcome, told: set[str] | None = None) -> None:
        from lumatui.client.router import HINT_TEXT, gui_hints

        chat = self.chat
        for error in outcome.errors:  # what the workspace concluded after the stream
            if error not in (told or set()):
                await chat.add_error(error)
        if outcome.text.strip():
            chat.last_reply = shown(outcome.text)
        elif outcome.reply:
            await chat.add_reply(changes_markdown(outcome.reply))
        self.show_draft(outcome.draft)
        for action in gui_hints(outcome.text):
            await chat.add_info(HINT_TEXT[action])

    async def _still_working(self) -> None:
        quiet = self.clock() - self._quiet_since
        if self.is_running and self.turn_running and quiet >= self.still_working_after:
            self._quiet_since = self.clock()
            await self.chat.add_notice("⏳ Still working...")

    def _poll_during_turn(self) -> None:
        if self.turn_running:
            self.refresh_state()
