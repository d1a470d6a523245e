"""The session's calls to the backend besides turns and exports: open it, read its state and
credits, upload files. Each runs in a worker; results reach the app as messages.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .messages import CreditsLoaded, DraftLoaded, SessionOpened
from .text import changes_markdown, short_title, status_markdown, upload_line
from .widgets.chat_log import ChatLog

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    from .state import AppState

RESUME_MESSAGES = 100  # of a resumed session's transcript, the last ones shown


class SessionRunner:
    def __init__(self, app: App[None], state: AppState) -> None:
        self.app = app
        self.state = state
        self._setting_up: Widget | None = None

    @property
    def chat(self) -> ChatLog:
        return self.app.query_one(ChatLog)

    async def setting_up(self) -> None:
        """The "Setting up..." line, until the session is open (or fails to open)."""
        self._setting_up = await self.chat.add_notice("Setting up...")

    async def _drop_setting_up(self) -> None:
        if self._setting_up is not None:
            await self._setting_up.remove()
            self._setting_up = None

    def notice(self, text: str) -> None:
        """The client recovering on its own (a new token, a rate-limit wait): said inline."""
        self.app.call_later(self.chat.add_notice, f"↻ {text}")

    # --- opening a session --------------------------------------------------------------------

    def connect(self, session_id: str | None = None, new: bool = False) -> None:
        self.app.run_worker(partial(self._connect, session_id, new), group="connect",
                            exclusive=True, exit_on_error=False)  # fmt: skip

    async def _connect(self, session_id: str | None, new: bool) -> None:
        from lumatui.client.api import NemoClient
        from lumatui.client.errors import NemoError
        from lumatui.client.history import History
        from lumatui.client.workspace import Workspace

        from .presets import fetch_presets

        state, chat = self.state, self.chat
        try:
            if state.workspace is None:
                state.history = state.history or History()
                client = NemoClient(state.base_url)
                client.notice = self.notice
                state.workspace = Workspace(client, state.history, history_key=state.history_key)
            workspace = state.workspace
            record = await workspace.open(session_id, new=new)
            loaded = await workspace.state()
            credits = await workspace.client.credits()
            state.presets = await fetch_presets(workspace.client)
        except NemoError as exc:  # the workspace stays: Ctrl+R retries with the same client
            if self.app.is_running:
                await self._failed(exc.message, exc.action or "Press Ctrl+R to try again.", True)
            return
        except Exception as exc:  # a malformed URL and the like: say it, do not crash
            state.workspace = None
            if self.app.is_running:
                await self._failed(f"Cannot use the backend {state.base_url}: {exc}",
                                   "Check the --api URL.", retry=False)  # fmt: skip
            return
        if not self.app.is_running:
            return
        await self._drop_setting_up()
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
        exports = workspace.history.exports(workspace.api_url, record.session_id)
        kept = (Path(e.path) for e in exports if e.path and Path(e.path).exists())
        unfinished = [e for e in exports if not e.finished]  # submitted before lumatui closed
        canvas = loaded.state.canvas_config
        self.app.post_message(CreditsLoaded(credits))
        self.app.post_message(SessionOpened(
            record.session_id, loaded.state.draft, (canvas.width, canvas.height),
            next(kept, None), unfinished[0] if unfinished else None,
        ))  # fmt: skip

    async def _failed(self, message: str, action: str, retry: bool) -> None:
        await self._drop_setting_up()
        await self.chat.add_error(message, action)
        if retry:
            await self.chat.add_info("Press Ctrl+R to try again, or Ctrl+Q to quit.")
        self.app.post_message(CreditsLoaded(None))

    # --- state, credits, uploads --------------------------------------------------------------

    def refresh_state(self, announce: bool = False) -> None:
        self._read(partial(self._state, announce), "status" if announce else "state", announce)

    def refresh_credits(self, announce: bool = False) -> None:
        self._read(partial(self._credits, announce), "ask" if announce else "credits", announce)

    def _read(self, work: Callable[[], Awaitable[None]], group: str, announce: bool) -> None:
        """Background reads replace each other; one asked for always answers."""
        # A callable, not a coroutine: an exclusive worker cancelled before it starts would
        # leave a coroutine never awaited.
        self.app.run_worker(work, group=group, exclusive=not announce, exit_on_error=False)

    async def _state(self, announce: bool) -> None:
        from lumatui.client.errors import NemoError

        workspace, epoch = self.state.workspace, self.state.epoch
        if workspace is None or not self.state.ready:
            return
        try:
            loaded = await workspace.state()
        except NemoError as exc:
            if announce:
                await self.chat.add_error(exc.message, exc.action)
            return
        if not self.app.is_running:
            return
        self.app.post_message(DraftLoaded(loaded.state.draft, epoch))
        if announce:
            await self.chat.add_reply(status_markdown(loaded.state.draft))

    async def _credits(self, announce: bool) -> None:
        from lumatui.client.errors import NemoError

        from .widgets.credits_panel import describe

        workspace = self.state.workspace
        if workspace is None or not self.state.ready:
            return
        try:
            credits = await workspace.client.credits()
        except NemoError as exc:
            if announce:
                await self.chat.add_error(exc.message, exc.action)
            return
        if not self.app.is_running:
            return
        self.app.post_message(CreditsLoaded(credits))
        if announce:
            await self.chat.add_info(f"Credits: {describe(credits)}")

    def upload(self, raw_paths: list[str]) -> None:
        self.app.run_worker(partial(self._upload, raw_paths), group="upload",
                            exit_on_error=False)  # fmt: skip

    async def _upload(self, raw_paths: list[str]) -> None:
        from lumatui.client.errors import NemoError

        workspace = self.state.workspace
        assert workspace is not None and workspace.session_id is not None
        chat = self.chat
        files = [Path(p).expanduser() for p in raw_paths]
        missing = [str(f) for f in files if not f.is_file()]
        if missing:
            await chat.add_error(f"Cannot find {', '.join(missing)}.", "Check the path.")
            return
        line = await chat.add_tool(f"⚙ uploading {', '.join(f.name for f in files)}…")
        try:
            data = await workspace.client.upload_files(workspace.session_id, files)
        except NemoError as exc:
            line.update("⚙ upload failed")
            await chat.add_error(exc.message, exc.action)
            return
        line.update("⚙ uploaded ✓")
        for item in data.files:
            await chat.add_info(upload_line(item))
        self.refresh_state()
