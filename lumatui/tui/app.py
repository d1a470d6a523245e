"""lumatui's app: chat on the left, Credits and Export on the right, the timeline strip below.

The app owns the session's state (:class:`AppState`) and three services that do its I/O in
workers: :class:`SessionRunner` (open a session, read state and credits, upload),
:class:`TurnRunner` (chat turns and their queue) and :class:`ExportRunner` (renders and
downloads). They announce results with messages; the app shows them. Every action is a row of
``action_table``: keys, the palette, slash commands and words reach ``run_command``, which calls
the row's ``action_<handler>`` below. The first paint never waits for the network.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from inspect import isawaitable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Footer, Header
from textual.worker import Worker, WorkerState

from .action_table import BY_ID, ActionSpec, bindings
from .commands import LumaCommands
from .export_runner import ExportRunner
from .frame_loader import FrameLoader
from .messages import CreditsLoaded, DraftLoaded, Ready, SessionLost, SessionOpened
from .presets import Preset, default_preset
from .preview_runner import PreviewRunner
from .session_runner import SessionRunner
from .state import AppState
from .text import backend_label
from .turn_runner import TurnRunner
from .widgets.chat_log import ChatLog
from .widgets.composer import Composer, PromptArea
from .widgets.credits_panel import CreditsPanel
from .widgets.export_panel import ExportPanel
from .widgets.frame_view import FrameView, contact_sheet
from .widgets.preview_panel import PreviewPanel
from .widgets.timeline_strip import StripPanel

if TYPE_CHECKING:
    from lumatui.client.history import History
    from lumatui.client.workspace import Workspace
    from lumatui.protocol.draft import Draft

# The client and the wire models (httpx, pydantic) are imported where they are first used,
# after the first frame: start-up only pays for Textual and these widgets.

STILL_WORKING_AFTER = 120.0  # seconds without text before "⏳ Still working..."
POLL_EVERY = 3.0  # timeline refresh while a turn runs
CREDITS_EVERY = 30.0
NOT_YET = "Still setting up — try again in a moment."


class LumaApp(App[None]):
    CSS_PATH = [
        "app.tcss",
        "widgets/chat_log.tcss",
        "widgets/composer.tcss",
        "widgets/timeline_strip.tcss",
        "widgets/credits_panel.tcss",
        "widgets/export_panel.tcss",
        "widgets/preview_panel.tcss",
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
        self.poll_every = poll_every
        self.credits_every = credits_every
        self.state = AppState(base_url, history=history, history_key=history_key)
        self.session = SessionRunner(self, self.state)
        self.turns = TurnRunner(
            self, self.state, self.session, self.show_draft, clock, still_working_after
        )
        self.exports = ExportRunner(self, self.state, clock)
        self.frames = FrameLoader(lambda: self.workspace.client if self.workspace else None)
        self.previews = PreviewRunner(self, self.state, clock)
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
                yield self._titled(CreditsPanel(id="credits"), "Credits")
                yield self._titled(ExportPanel(self.state.presets, id="export"), "Export")
        yield StripPanel(id="timeline", classes="empty")  # until a draft with segments shows
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

    # Read by tests and the palette; the state and the runners own them.
    @property
    def ready(self) -> bool:
        return self.state.ready

    @property
    def workspace(self) -> Workspace | None:
        return self.state.workspace

    @property
    def draft(self) -> Draft:
        return self.state.draft

    @property
    def presets(self) -> list[Preset]:
        return self.state.presets

    @property
    def preset_by_hand(self) -> bool:
        return self.state.preset_by_hand

    @property
    def last_export(self) -> Path | None:
        return self.state.last_export

    @property
    def queue(self) -> list[str]:
        return self.turns.queue

    @property
    def turn_running(self) -> bool:
        return self.turns.running

    async def on_mount(self) -> None:
        self.query_one(PromptArea).focus()
        await self.session.setting_up()
        self.call_after_refresh(self.connect)
        self.set_interval(self.poll_every, self.turns.poll)
        self.set_interval(self.credits_every, self.session.refresh_credits)
        every = max(0.05, min(1.0, self.turns.still_working_after / 4))
        self.set_interval(every, self.turns.still_working)

    async def on_unmount(self) -> None:
        if self.state.workspace is not None:
            await self.state.workspace.client.aclose()

    # --- sessions -----------------------------------------------------------------------------

    def connect(self, session_id: str | None = None, new: bool = False) -> None:
        self.session.connect(session_id, new)

    def on_session_opened(self, event: SessionOpened) -> None:
        width, height = event.canvas
        chosen = self.export_panel.preset if self.state.preset_by_hand else ""
        suggested = default_preset(self.state.presets, width, height)
        self.export_panel.set_presets(self.state.presets, chosen or suggested)
        self.show_draft(event.draft)
        if event.last_export is not None:
            self.state.last_export = event.last_export
            sheet = contact_sheet(event.last_export, event.draft)
            self.export_panel.show_previous(event.last_export, sheet)
        self.state.connected = True
        self.post_message(Ready(event.session_id))
        if event.unfinished is not None:  # submitted before lumatui last closed: pick it up
            self.exports.resume(event.unfinished)
        self.turns.next()

    async def switch_session(self, session_id: str | None, new: bool = False) -> None:
        if self.turns.running:
            await self.chat.add_error("A reply is still coming.", "Switch when it has finished.")
            return
        self.state.connected = False
        self.state.epoch += 1  # a read of the old session that lands later is not shown
        await self.chat.remove_children()
        self.state.shown = None
        self.show_draft(self.state.draft)
        self.state.last_export = None
        self.state.preset_by_hand = False
        self.export_panel.reset()
        await self.session.setting_up()
        self.connect(session_id, new=new)

    async def on_session_lost(self, event: SessionLost) -> None:
        await self.switch_session(None, new=True)

    def show_draft(self, draft: Draft) -> None:
        self.state.shown = draft
        strip = self.query_one(StripPanel)
        strip.show_draft(draft)
        strip.set_class(not draft.ready, "empty")  # nothing to select: no details pane
        if not self.state.preset_by_hand:  # the export follows the canvas every time it changes
            self.export_panel.suggest(
                default_preset(self.state.presets, draft.m.width, draft.m.height)
            )

    def on_draft_loaded(self, event: DraftLoaded) -> None:
        """A read of the state; not one that lands after a switch of session, nor one begun
        before the end of a turn whose outcome is already on screen."""
        if self.state.ready and event.epoch == self.state.epoch:
            self.show_draft(event.draft)

    def on_frame_view_wanted(self, event: FrameView.Wanted) -> None:
        """A poster, a segment's frame or a contact sheet: from the cache or a worker."""
        self.frames.load(event.view, event.request)

    def on_credits_loaded(self, event: CreditsLoaded) -> None:
        """A balance read; one that lands while the app closes finds no panel and is dropped."""
        for panel in self.query(CreditsPanel):
            if event.credits is None:
                panel.unavailable()
            else:
                panel.show(event.credits)

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

    # --- input: every action of the table lands in run_command ---------------------------------

    @on(PromptArea.Submitted)
    async def on_submitted(self, event: PromptArea.Submitted) -> None:
        await self.handle(event.text)

    async def handle(self, text: str) -> None:
        """One line from the composer: a slash command, words the client acts on, or chat."""
        from lumatui.client.router import Action, parse

        from .slash import is_command, read

        if is_command(text):
            typed = read(text)
            await self.chat.add_user(text)
            if typed.spec is None:
                await self.chat.add_error(
                    f"Unknown command /{typed.name}.", "Type / to see the commands, F1 for help."
                )
                return
            await self.run_command(typed.spec, typed.args, typed=True)
            return
        routed = parse(text)
        if routed.action is Action.CHAT:
            self.turns.send(text)
            return
        await self.chat.add_user(text)
        await self.run_command(BY_ID[routed.action.value], routed.args, typed=True)

    async def run_command(self, spec: ActionSpec, args: tuple[str, ...], typed: bool) -> None:
        """Run one row of the action table; one that needs a session waits for it politely."""
        if spec.needs_session and not self.state.ready:
            if typed:
                await self.chat.add_info(NOT_YET)
            else:
                self.notify(NOT_YET)
            return
        result = getattr(self, f"action_{spec.handler}")(*args)
        if isawaitable(result):
            await result

    async def action_do(self, action_id: str, *args: str) -> None:
        """What every binding and palette entry calls: ``do('export')``."""
        await self.run_command(BY_ID[action_id], tuple(args), typed=False)

    # --- the handlers, one per row of the table -----------------------------------------------

    def action_export(self, preset: str = "") -> None:
        self.exports.start(preset or None)

    async def action_preview(self) -> None:
        """Render the draft preset and play it inline, muted; a second one replaces the first."""
        await self.previews.start()

    def action_credits(self) -> None:
        self.session.refresh_credits(announce=True)

    def action_status(self) -> None:
        self.session.refresh_state(announce=True)

    def action_upload(self, *paths: str) -> None:
        if paths:
            self.session.upload(list(paths))
            return
        prompt = self.query_one(PromptArea)
        prompt.text = "/upload "
        prompt.move_cursor(prompt.document.end)
        prompt.focus()
        which = "Which file? Type /upload PATH, or paste or drag it here."
        self.call_later(self.chat.add_info, which)

    def action_refresh(self) -> None:
        if not self.state.ready:
            self.connect()
            return
        self.session.refresh_state()
        self.session.refresh_credits()

    async def action_new_session(self) -> None:
        await self.switch_session(None, new=True)

    def action_sessions(self) -> None:
        workspace = self.state.workspace
        if not self.state.ready or workspace is None:
            self.notify("Not connected yet.")
            return
        from .screens.sessions_screen import NEW, SessionsScreen

        async def chosen(session_id: str | None) -> None:
            if session_id == NEW:
                await self.switch_session(None, new=True)
            elif session_id and session_id != workspace.session_id:
                await self.switch_session(session_id)

        sessions = workspace.history.sessions(workspace.api_url)
        self.push_screen(SessionsScreen(sessions, workspace.session_id), chosen)

    def action_copy_reply(self) -> None:
        if self.chat.last_reply:
            self.copy_to_clipboard(self.chat.last_reply)
            self.notify("Last reply copied to the clipboard.")
        else:
            self.notify("Nothing to copy yet.")

    def action_copy_path(self) -> None:
        if self.state.last_export is not None:
            self.copy_to_clipboard(str(self.state.last_export))
            self.notify("Path copied to the clipboard.")
        else:
            self.notify("Nothing exported yet.")

    def action_open_export(self) -> None:
        if self.state.last_export is not None:
            self.open_file(self.state.last_export)
        else:
            self.notify("Nothing exported yet.")

    def action_focus_timeline(self) -> None:
        self.query_one(StripPanel).strip.focus()

    def action_focus_composer(self) -> None:
        self.query_one(PromptArea).focus()

    def action_help(self) -> None:
        from .screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.keymap))

    # action_quit is Textual's own.

    # --- what the Export panel asks for -------------------------------------------------------

    def on_export_panel_start(self, event: ExportPanel.Start) -> None:
        self.exports.start(event.preset)

    def on_export_panel_preset_chosen(self, event: ExportPanel.PresetChosen) -> None:
        """Picked by hand: from now on this session's exports keep it, whatever the canvas."""
        self.state.preset_by_hand = True

    def on_export_panel_open(self, event: ExportPanel.Open) -> None:
        self.open_file(event.path)

    def on_export_panel_copy_path(self, event: ExportPanel.CopyPath) -> None:
        self.copy_to_clipboard(str(event.path))
        self.notify("Path copied to the clipboard.")

    # --- what the Preview panel asks for ------------------------------------------------------

    def on_preview_panel_open(self, event: PreviewPanel.Open) -> None:
        self.open_file(event.path)

    def on_preview_panel_closed(self, event: PreviewPanel.Closed) -> None:
        self.previews.stop()

    @work(thread=True, group="open", exit_on_error=False)
    def open_file(self, path: Path) -> None:
        from .opener import open_path

        error = open_path(path)
        if error:
            self.call_from_thread(self.notify, error, severity="warning", markup=False)
