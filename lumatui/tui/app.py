"""lumatui's app: chat on the left; Timeline, Credits and Export on the right.

Widgets only render and post messages. Every network call runs in an ``@work`` worker through
the client's :class:`Workspace`; the first paint never waits for the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Footer, Header
from textual.worker import Worker, WorkerState

from .action_table import bindings
from .actions import AppActions
from .commands import LumaCommands
from .exporting import ExportActions
from .messages import Ready
from .presets import BUILTIN, default_preset, fetch_presets
from .text import (
    backend_label,
    changes_markdown,
    short_title,
    status_markdown,
    upload_line,
)
from .turns import TurnActions
from .widgets.chat_log import ChatLog
from .widgets.composer import Composer, PromptArea
from .widgets.credits_panel import CreditsPanel, describe
from .widgets.export_panel import ExportPanel
from .widgets.timeline_tree import TimelinePanel

if TYPE_CHECKING:
    from lumatui.client.history import History
    from lumatui.client.workspace import Workspace
    from lumatui.protocol.draft import Draft

# The client and the wire models (httpx, pydantic) are imported where they are first used,
# after the first frame: start-up only pays for Textual and these widgets.

STILL_WORKING_AFTER = 120.0  # seconds without text before "⏳ Still working..."
POLL_EVERY = 3.0  # timeline refresh while a turn runs
CREDITS_EVERY = 30.0
RESUME_MESSAGES = 100


class LumaApp(AppActions, ExportActions, TurnActions, App[None]):
    CSS_PATH = [
        "app.tcss",
        "widgets/chat_log.tcss",
        "widgets/composer.tcss",
        "widgets/timeline_tree.tcss",
        "widgets/credits_panel.tcss",
        "widgets/export_panel.tcss",
    ]
    TITLE = "lumatui"
    COMMANDS = App.COMMANDS | {LumaCommands}
    BINDINGS = bindings()  # every key, from the action table

    def __init__(
        self,
        base_url: str,
        *,
        still_working_after: float = STILL_WORKING_AFTER,
        poll_every: float = POLL_EVERY,
        credits_every: float = CREDITS_EVERY,
        clock: Callable[[], float] = time.monotonic,
        history: History | None = None,
        history_key: str | None = None,
    ) -> None:
        super().__init__()
        self.base_url = base_url
        self.still_working_after = still_working_after
        self.poll_every = poll_every
        self.credits_every = credits_every
        self.clock = clock
        self.history = history
        self.history_key = history_key  # the local engine's sessions outlive its port
        self.workspace: Workspace | None = None
        self._draft: Draft | None = None
        self.presets = list(BUILTIN)
        self.preset_by_hand = False  # picked in the panel: the canvas no longer chooses it
        self.queue: list[str] = []
        self.turn_running = False
        self.last_export: Path | None = None
        self._quiet_since = 0.0
        self._setting_up: Widget | None = None
        self.connected = False
        self.keymap: dict[str, str] = {}  # binding id → key, as config.json remapped them
        self.sub_title = backend_label(base_url)

    def set_keymap(self, keymap: dict[str, str]) -> None:
        """Remap keys by binding id; /help shows the keys in use."""
        super().set_keymap(keymap)
        self.keymap = dict(keymap)

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="conversation"):
                yield ChatLog(id="chat")
                yield Composer(id="composer")
            with Vertical(id="sidebar"):
                yield self._titled(TimelinePanel(id="timeline"), "Timeline")
                yield self._titled(CreditsPanel(id="credits"), "Credits")
                yield self._titled(ExportPanel(self.presets, id="export"), "Export")
        yield Footer()

    @staticmethod
    def _titled(widget: Widget, title: str) -> Widget:
        widget.border_title = title
        return widget

    @property
    def chat(self) -> ChatLog:
        return self.query_one(ChatLog)

    @property
    def export_panel(self) -> ExportPanel:
        return self.query_one(ExportPanel)

    @property
    def ready(self) -> bool:
        """Connected: a session is open and on screen."""
        return self.connected and self.workspace is not None

    async def on_mount(self) -> None:
        self.query_one(PromptArea).focus()
        self._setting_up = await self.chat.add_notice("Setting up...")
        self.call_after_refresh(self.connect)
        self.set_interval(self.poll_every, self._poll_during_turn)
        self.set_interval(self.credits_every, self.refresh_credits)
        self.set_interval(max(0.05, min(1.0, self.still_working_after / 4)), self._still_working)

    async def on_unmount(self) -> None:
        if self.workspace is not None:
            await self.workspace.client.aclose()

    # --- connecting and sessions --------------------------------------------------------------

    @work(exclusive=True, group="connect", exit_on_error=False)
    async def connect(self, session_id: str | None = None, new: bool = False) -> None:
        from lumatui.client.api import NemoClient
        from lumatui.client.errors import NemoError
        from lumatui.client.history import History
        from lumatui.client.workspace import Workspace

        chat = self.chat
        try:
            if self.workspace is None:
                self.history = self.history or History()
                client = NemoClient(self.base_url)
                client.notice = self.client_notice
                self.workspace = Workspace(client, self.history, history_key=self.history_key)
            workspace = self.workspace
            record = await workspace.open(session_id, new=new)
            state = await workspace.state()
            credits = await workspace.client.credits()
            self.presets = await fetch_presets(workspace.client)
        except NemoError as exc:  # the workspace stays: Ctrl+R retries with the same client
            if not self.is_running:
                return
            await self._drop_setting_up()
            await chat.add_error(exc.message, exc.action or "Press Ctrl+R to try again.")
            await chat.add_info("Press Ctrl+R to try again, or Ctrl+Q to quit.")
            self.query_one(CreditsPanel).unavailable()
            return
        except Exception as exc:  # a malformed URL and the like: say it, do not crash
            self.workspace = None
            if not self.is_running:
                return
            await self._drop_setting_up()
            await chat.add_error(
                f"Cannot use the backend {self.base_url}: {exc}", "Check the --api URL."
            )
            self.query_one(CreditsPanel).unavailable()
            return
        if not self.is_running:
            return
        await self._drop_setting_up()
        canvas = state.state.canvas_config
        chosen = self.export_panel.preset if self.preset_by_hand else ""
        self.export_panel.set_presets(
            self.presets, chosen or default_preset(self.presets, canvas.width, canvas.height)
        )
        messages = workspace.history.messages(workspace.api_url, record.session_id)
        if messages:
            title = short_title(record.title) or "your session"
            await chat.add_info(f"Resumed “{title}” — /new starts afresh.")
            for message in messages[-RESUME_MESSAGES:]:
                if message.role == "user":
                    await chat.add_user(message.text)
                else:
                    await chat.add_reply(changes_markdown(message.text))
        else:
            await chat.add_welcome()
        self.show_draft(state.state.draft)
        self.query_one(CreditsPanel).show(credits)
        exports = workspace.history.exports(workspace.api_url, record.session_id)
        for export in exports:
            if export.path and Path(export.path).exists():
                self.last_export = Path(export.path)
                self.export_panel.show_previous(self.last_export)
                break
        self.connected = True
        self.post_message(Ready(record.session_id))
        unfinished = [e for e in exports if not e.finished]
        if unfinished:  # submitted before lumatui last closed: pick the newest up again
            self.resume_export(unfinished[0])
        self._next_turn()

    async def _drop_setting_up(self) -> None:
        if self._setting_up is not None:
            await self._setting_up.remove()
            self._setting_up = None

    async def switch_session(self, session_id: str | None, new: bool = False) -> None:
        if self.turn_running:
            await self.chat.add_error("A reply is still coming.", "Switch when it has finished.")
            return
        self.connected = False
        await self.chat.remove_children()
        self._draft = None
        self.show_draft(self.draft)
        self.last_export = None
        self.preset_by_hand = False
        self.export_panel.reset()
        self._setting_up = await self.chat.add_notice("Setting up...")
        self.connect(session_id, new=new)

    @property
    def draft(self) -> Draft:
        if self._draft is None:
            from lumatui.protocol.draft import Draft

            self._draft = Draft()
        return self._draft

    def show_draft(self, draft: Draft) -> None:
        self._draft = draft
        self.query_one(TimelinePanel).show_draft(draft)
        if not self.preset_by_hand:  # the export follows the canvas every time it changes
            self.export_panel.suggest(default_preset(self.presets, draft.m.width, draft.m.height))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed unexpectedly: logged to a file, one line in the chat."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            from lumatui.error_log import log_unexpected, one_line

            log = log_unexpected(event.worker.error, "app-errors.log")
            kept = "Your messages and timeline are kept; try again."
            self.call_later(self.chat.add_error, one_line(event.worker.error, log), kept)

    def _handle_exception(self, error: Exception) -> None:
        """Anything else unexpected: logged, and the app closes with one line, no traceback."""
        from lumatui.error_log import log_unexpected, one_line

        if self._exception is None:  # run_test re-raises it: tests still fail loudly
            self._exception = error
            self._exception_event.set()
        log = log_unexpected(error, "app-errors.log")
        self.exit(return_code=1, message=f"{one_line(error, log)} Your sessions are kept.")

    def client_notice(self, text: str) -> None:
        """The client recovering on its own (a new token, a rate-limit wait): say so inline."""
        self.call_later(self.chat.add_notice, f"↻ {text}")

    # --- input --------------------------------------------------------------------------------

    @on(PromptArea.Submitted)
    async def on_submitted(self, event: PromptArea.Submitted) -> None:
        await self.handle(event.text)

    # --- state, credits, uploads --------------------------------------------------------------

    def refresh_state(self, announce: bool = False) -> None:
        """Background refreshes replace each other; one asked for always answers."""
        # A callable, not a coroutine: an exclusive worker cancelled before it starts would
        # leave a coroutine never awaited.
        self.run_worker(partial(self._state, announce), group="status" if announce else "state",
                        exclusive=not announce, exit_on_error=False)  # fmt: skip

    def refresh_credits(self, announce: bool = False) -> None:
        self.run_worker(partial(self._credits, announce), group="ask" if announce else "credits",
                        exclusive=not announce, exit_on_error=False)  # fmt: skip

    async def _state(self, announce: bool) -> None:
        from lumatui.client.errors import NemoError

        if self.workspace is None or not self.ready:
            return
        try:
            state = await self.workspace.state()
        except NemoError as exc:
            if announce:
                await self.chat.add_error(exc.message, exc.action)
            return
        if not self.is_running:
            return
        self.show_draft(state.state.draft)
        if announce:
            await self.chat.add_reply(status_markdown(state.state.draft))

    async def _credits(self, announce: bool) -> None:
        from lumatui.client.errors import NemoError

        if self.workspace is None or not self.ready:
            return
        try:
            credits = await self.workspace.client.credits()
        except NemoError as exc:
            if announce:
                await self.chat.add_error(exc.message, exc.action)
            return
        if not self.is_running:
            return
        self.query_one(CreditsPanel).show(credits)
        if announce:
            await self.chat.add_info(f"Credits: {describe(credits)}")

    @work(group="upload", exit_on_error=False)
    async def upload(self, raw_paths: list[str]) -> None:
        from lumatui.client.errors import NemoError

        assert self.workspace is not None and self.workspace.session_id is not None
        chat = self.chat
        files = [Path(p).expanduser() for p in raw_paths]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            await chat.add_error(f"Cannot find {', '.join(missing)}.", "Check the path.")
            return
        line = await chat.add_tool(f"⚙ uploading {', '.join(f.name for f in files)}…")
        try:
            data = await self.workspace.client.upload_files(self.workspace.session_id, files)
        except NemoError as exc:
            line.update("⚙ upload failed")
            await chat.add_error(exc.message, exc.action)
            return
        line.update("⚙ uploaded ✓")
        for item in data.files:
            await chat.add_info(upload_line(item))
        self.refresh_state()
