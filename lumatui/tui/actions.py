"""The app's actions: keys, palette entries, slash commands and words all land here."""

from __future__ import annotations

from inspect import isawaitable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from .action_table import BY_ID, ActionSpec
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
            self.queue.append(text)
            self._next_turn()
            return
        await self.chat.add_user(text)
        await self.run_command(BY_ID[routed.action.value], routed.args, typed=True)

    async def run_command(self, spec: ActionSpec, args: tuple[str, ...], typed: bool) -> None:
        """Run one action of the table: keys, the palette, slash commands and words land here."""
        if spec.needs_session and not self.ready:
            if typed:
                await self.chat.add_info("Still setting up — try again in a moment.")
            else:
                self.notify("Still setting up — try again in a moment.")
            return
        result = getattr(self, f"action_{spec.handler}")(*args)
        if isawaitable(result):
            await result

    async def action_do(self, action_id: str, *args: str) -> None:
        """What every binding and palette entry calls: ``do('export')``."""
        await self.run_command(BY_ID[action_id], tuple(args), typed=False)

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

    def action_export(self, preset: str = "") -> None:
        self.start_export(preset or None)

    def action_preview(self) -> None:
        self.start_preview()

    def start_preview(self) -> None:
        """Render the draft preset and play it inline (h12b fills this in)."""
        self.call_later(self.chat.add_info, "Preview is not ready yet.")

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

    def action_upload(self, *paths: str) -> None:
        if paths:
            self.upload(list(paths))
            return
        prompt = self.query_one(PromptArea)
        prompt.text = "/upload "
        prompt.move_cursor(prompt.document.end)
        prompt.focus()
        self.call_later(
            self.chat.add_info, "Which file? Type /upload PATH, or paste or drag it here."
        )

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
            self.push_screen(HelpScreen(self.keymap))

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

    def action_focus_timeline(self) -> None:
        self.query_one(TimelinePanel).tree.focus()
