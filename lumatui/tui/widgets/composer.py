"""The composer: Enter sends, Shift+Enter (or Ctrl+J / Alt+Enter) adds a line, Up/Down walk the
history, ``/`` completes commands (Tab or → accepts), and the queue of waiting messages shows
above it.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static, TextArea

PLACEHOLDER = "Describe a clip, or / for commands (Enter sends · Shift+Enter new line)"


NEWLINE_KEYS = ("shift+enter", "ctrl+j", "alt+enter")


class PromptArea(TextArea):
    BINDINGS = [
        Binding("shift+enter,ctrl+j,alt+enter", "newline", "New line", show=False, id="newline"),
    ]

    class Submitted(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, **kwargs: object) -> None:
        super().__init__(
            placeholder=PLACEHOLDER,
            soft_wrap=True,
            show_line_numbers=False,
            tab_behavior="focus",
            highlight_cursor_line=False,
            **kwargs,  # type: ignore[arg-type]
        )
        self.sent: list[str] = []
        self._walk: int | None = None  # index into history while walking with Up/Down
        self._draft = ""  # what was typed before walking started

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.submit()
            return
        if event.key in NEWLINE_KEYS:  # here, not only as a binding: in order with typed keys
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        if event.key == "tab" and self.suggestion:
            event.stop()
            event.prevent_default()
            self.insert(self.suggestion, maintain_selection_offset=False)
            return
        await super()._on_key(event)

    def submit(self) -> None:
        text = self.text.strip()
        if not text:
            return
        if not self.sent or self.sent[-1] != text:
            self.sent.append(text)
        self._walk = None
        self.clear()
        self.post_message(self.Submitted(text))

    def action_newline(self) -> None:
        self.insert("\n", maintain_selection_offset=False)

    def update_suggestion(self) -> None:
        text = self.text
        if not text.startswith("/") or "\n" in text:
            self.suggestion = ""
            return
        from lumatui.tui.slash import complete

        matches = complete(text)
        if len(matches) >= 1 and text != f"/{matches[0].slash}":
            self.suggestion = f"/{matches[0].slash}"[len(text) :]
        else:
            self.suggestion = ""

    def action_cursor_up(self, select: bool = False) -> None:
        if select or self.cursor_location[0] > 0 or not self.sent:
            super().action_cursor_up(select)
            return
        if self._walk is None:
            self._draft = self.text
            self._walk = len(self.sent)
        if self._walk > 0:
            self._walk -= 1
            self._show(self.sent[self._walk])

    def action_cursor_down(self, select: bool = False) -> None:
        last_row = self.document.line_count - 1
        if select or self._walk is None or self.cursor_location[0] < last_row:
            super().action_cursor_down(select)
            return
        self._walk += 1
        if self._walk >= len(self.sent):
            self._walk = None
            self._show(self._draft)
        else:
            self._show(self.sent[self._walk])

    def _show(self, text: str) -> None:
        self.text = text
        self.move_cursor(self.document.end)


class Composer(Vertical):
    """The prompt, the hint line under it, and the queue above it."""

    def compose(self) -> ComposeResult:
        yield Static("", id="queue", markup=False)
        yield PromptArea(id="prompt")
        yield Static("", id="hints", markup=False)

    @property
    def prompt(self) -> PromptArea:
        return self.query_one(PromptArea)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        text = event.text_area.text
        hints = self.query_one("#hints", Static)
        matches = []
        if text.startswith("/") and "\n" not in text:
            from lumatui.tui.slash import complete

            matches = complete(text)
        hints.update("   ".join(f"{spec.usage} — {spec.help}" for spec in matches[:4]))
        hints.display = bool(matches)

    def show_queue(self, queued: list[str]) -> None:
        queue = self.query_one("#queue", Static)
        queue.display = bool(queued)
        if queued:
            from lumatui.terminal_text import safe  # shown like the chat shows the user's line

            said = safe(queued[0])
            first = said if len(said) <= 60 else said[:59] + "…"
            more = f" (+{len(queued) - 1} more)" if len(queued) > 1 else ""
            queue.update(f"⏸ Queued, sent when the current turn ends: {first}{more}")

    def on_mount(self) -> None:
        self.query_one("#queue", Static).display = False
        self.query_one("#hints", Static).display = False
