"""lumatui's app: chat on the left, timeline, credits and export on the right.

Widgets only render; every network call runs in a worker through the client package.
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Markdown, ProgressBar, Static

from lumatui import paths
from lumatui.client import NemoClient, NemoError, export_video, run_turn
from lumatui.client.router import Action, route
from lumatui.protocol.chat import DoneEvent, ErrorEvent, HeartbeatEvent, TextEvent, ToolCallEvent
from lumatui.protocol.draft import Draft
from lumatui.protocol.summary import timeline_summary

from .timeline_tree import TimelineTree

STILL_WORKING_AFTER = 120.0
WELCOME = """**Welcome to lumatui.** Describe a clip and refine it by chatting. Try:

- `generate a 5-second clip of a sunset over the ocean`
- `what's in my timeline`
- `export`
"""


class LumaApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "lumatui"
    BINDINGS = [
        Binding("ctrl+e", "export", "Export"),
        Binding("ctrl+r", "refresh", "Refresh"),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, base_url: str, still_working_after: float = STILL_WORKING_AFTER) -> None:
        super().__init__()
        self.base_url = base_url
        self.still_working_after = still_working_after
        self.client: NemoClient | None = None
        self.session_id = ""
        self.draft = Draft()
        self.turn_running = False
        self.queued: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield VerticalScroll(id="chat")
            with Vertical(id="sidebar"):
                tree = TimelineTree(id="timeline")
                tree.border_title = "Timeline"
                yield tree
                credits = Static("…", id="credits")
                credits.border_title = "Credits"
                yield credits
                with Vertical(id="export") as box:
                    box.border_title = "Export"
                    yield Static("Type 'export' or press Ctrl+E.", id="export-status")
                    yield ProgressBar(total=100, show_eta=False, id="export-progress")
        yield Input(placeholder="Describe a clip, or type export / credits / status", id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#chat", VerticalScroll).anchor()
        self.say_notice("Setting up...")
        self.connect()

    # --- chat log helpers ---------------------------------------------------------------------

    def _append(self, widget: Static | Markdown) -> None:
        self.query_one("#chat", VerticalScroll).mount(widget)

    def say_notice(self, text: str) -> None:
        self._append(Static(text, classes="notice", markup=False))

    def say_error(self, text: str) -> None:
        self._append(Static(f"⚠ {text}", classes="error", markup=False))

    def say_tool(self, text: str) -> None:
        self._append(Static(text, classes="tool", markup=False))

    # --- workers --------------------------------------------------------------------------------

    @work(exclusive=True, group="connect")
    async def connect(self) -> None:
        client = NemoClient(base_url=self.base_url)
        try:
            await client.ensure_token()
            session = await client.create_session()
        except NemoError as exc:
            self.say_error(exc.message)
            return
        self.client = client
        self.session_id = session.session_id
        self._append(Markdown(WELCOME, classes="assistant"))
        await self.refresh_state()

    async def refresh_state(self) -> None:
        if self.client is None:
            return
        try:
            state = await self.client.state(self.session_id)
            credits = await self.client.credits()
        except NemoError as exc:
            self.say_error(exc.message)
            return
        self.draft = state.state.draft
        self.query_one(TimelineTree).show_draft(self.draft)
        widget = self.query_one("#credits", Static)
        widget.update(f"{credits.available} available · {credits.frozen} frozen · {credits.total}")
        widget.set_class(0 < credits.available < 20, "low")
        widget.set_class(credits.available <= 0, "empty")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            return
        event.input.value = ""
        if self.client is None:
            self.say_error("Still connecting; your message is back in the box.")
            event.input.value = text
            return
        action = route(text)
        if action is Action.EXPORT:
            self.action_export()
        elif action is Action.CREDITS or action is Action.STATUS:
            self.show_status(action)
        elif self.turn_running:
            self.queued.append(text)
            self.say_notice(f"Queued (sent when the current turn ends): {text}")
        else:
            self.chat(text)

    @work(group="status")
    async def show_status(self, action: Action) -> None:
        await self.refresh_state()
        if action is Action.STATUS:
            self._append(Markdown(timeline_summary(self.draft), classes="assistant"))
        else:
            self._append(Static(str(self.query_one("#credits", Static).render()), classes="tool"))

    @work(group="chat")
    async def chat(self, text: str) -> None:
        assert self.client is not None
        self.turn_running = True
        self._append(Static(f"› {text}", classes="user", markup=False))
        before = self.draft
        reply = Markdown("", classes="assistant")
        self._append(reply)
        stream = Markdown.get_stream(reply)
        last_text = time.monotonic()
        try:
            async for event in run_turn(self.client, self.session_id, text):
                if isinstance(event, TextEvent):
                    await stream.write(event.text)
                    last_text = time.monotonic()
                elif isinstance(event, ToolCallEvent):
                    self.say_tool(f"{event.name.replace('_', ' ')}…")
                    await self.refresh_state()
                elif isinstance(event, HeartbeatEvent):
                    if time.monotonic() - last_text >= self.still_working_after:
                        self.say_notice("⏳ Still working...")
                        last_text = time.monotonic()
                elif isinstance(event, ErrorEvent):
                    self.say_error(event.message)
                elif isinstance(event, DoneEvent) and not event.had_text:
                    await self.refresh_state()
                    if self.draft != before:
                        await stream.write(timeline_summary(self.draft))
        except NemoError as exc:
            self.say_error(exc.message)
        finally:
            await stream.stop()
            self.turn_running = False
        await self.refresh_state()
        if self.queued:
            self.chat(self.queued.pop(0))

    def action_export(self) -> None:
        self.export()

    def action_refresh(self) -> None:
        self.show_status(Action.CREDITS)

    @work(exclusive=True, group="export")
    async def export(self) -> None:
        if self.client is None:
            return
        status = self.query_one("#export-status", Static)
        bar = self.query_one("#export-progress", ProgressBar)
        status.update("Starting export…")

        def progress(p: object) -> None:
            percent = getattr(p, "percent", None) or getattr(p, "progress", 0)
            bar.update(progress=float(percent))
            status.update(f"{getattr(p, 'status', '')} {percent:.0f}%")

        try:
            path: Path = await export_video(
                self.client, self.session_id, paths.ensure(paths.exports_dir()),
                on_progress=progress,
            )  # fmt: skip
        except NemoError as exc:
            status.update("Export failed.")
            self.say_error(exc.message)
            return
        bar.update(progress=100)
        status.update(f"Saved: {path}")
        self.say_notice(f"Exported to {path}")
