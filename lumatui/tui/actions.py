"""The app's actions: key bindings, palette entries and slash commands all land here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from .widgets.composer import PromptArea
from .widgets.export_panel import ExportPanel
from .widgets.timeline_tree import TimelinePanel

if TYPE_CHECKING:
    from .app import LumaApp

    Base = LumaApp
else:
    Base = object


class AppActions(Base):
    """Mixed into :class:`~lumatui.tui.app.LumaApp`; every method starts a worker or a screen."""

    async def handle(self, text: str) -> None:
        """One line from the composer, through the router."""
        from lumatui.client.router import Action, parse

        routed = parse(text)
        if routed.action is Action.CHAT:
            self.queue.append(text)
            self._next_turn()
            return
        chat = self.chat
        await chat.add_user(text)
        if routed.action is Action.UNKNOWN:
            await chat.add_error(
                f"Unknown command /{routed.command}.", "Type / to see the commands, F1 for help."
            )
        elif routed.action in (Action.HELP, Action.QUIT, Action.NEW, Action.SESSIONS):
            name = {Action.NEW: "new_session"}.get(routed.action, routed.action.value)
            await self.run_action(name)
        elif routed.action is Action.COPY:
            self.action_copy_reply()
        elif not self.ready:
            await chat.add_info("Still setting up — try again in a moment.")
        elif routed.action is Action.EXPORT:
            self.start_export(routed.preset)
        elif routed.action is Action.CREDITS:
            self.refresh_credits(announce=True)
        elif routed.action is Action.STATUS:
            self.refresh_state(announce=True)
        elif routed.action is Action.UPLOAD:
            if routed.args:
                self.upload(list(routed.args))
            else:
                await chat.add_info("Which file? Type /upload PATH, or paste or drag it here.")

    def on_export_panel_open(self, event: ExportPanel.Open) -> None:
        self.open_file(event.path)

    def on_export_panel_copy_path(self, event: ExportPanel.CopyPath) -> None:
        self.copy_to_clipboard(str(event.path))
        self.notify("Path copied to the clipboard.")

    @work(thread=True, group="open", exit_on_error=False)
    def open_file(self, path: Path) -> None:
        from .opener import open_path

        error = open_path(path)
        if error:
            self.call_from_thread(self.notify, error, severity="warning", markup=False)

    def action_export(self) -> None:
        self.start_export()

    def action_refresh(self) -> None:
        if not self.ready:
            self.connect()
            return
        self.refresh_state()
        self.refresh_credits()

    def action_credits(self) -> None:
        self.refresh_credits(announce=True)

    def action_status(self) -> None:
        self.refresh_state(announce=True)

    def action_upload(self) -> None:
        prompt = self.query_one(PromptArea)
        prompt.text = "/upload "
        prompt.move_cursor(prompt.document.end)
        prompt.focus()

    async def action_new_session(self) -> None:
        await self.switch_session(None, new=True)

    def action_sessions(self) -> None:
        if not self.ready or self.workspace is None:
            self.notify("Not connected yet.")
            return
        from .screens.sessions_screen import NEW, SessionsScreen

        workspace = self.workspace
        sessions = workspace.history.sessions(workspace.api_url)

        async def chosen(session_id: str | None) -> None:
            if session_id == NEW:
                await self.switch_session(None, new=True)
            elif session_id and session_id != workspace.session_id:
                await self.switch_session(session_id)

        self.push_screen(SessionsScreen(sessions, workspace.session_id), chosen)

    def action_help(self) -> None:
        from .screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_copy_reply(self) -> None:
        if self.chat.last_reply:
            self.copy_to_clipboard(self.chat.last_reply)
            self.notify("Last reply copied to the clipboard.")
        else:
            self.notify("Nothing to copy yet.")

    def action_copy_path(self) -> None:
        if self.last_export is not None:
            self.copy_to_clipboard(str(self.last_export))
            self.notify("Path copied to the clipboard.")
        else:
            self.notify("Nothing exported yet.")

    def action_open_export(self) -> None:
        if self.last_export is not None:
            self.open_file(self.last_export)
        else:
            self.notify("Nothing exported yet.")

    def action_focus_tree(self) -> None:
        self.query_one(TimelinePanel).tree.focus()
