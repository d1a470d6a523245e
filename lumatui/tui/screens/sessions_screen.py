"""Switch session: the sessions on this backend, newest first, each with its title and length."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from lumatui.client.history import SessionRecord

NEW = "__new__"


def session_line(record: SessionRecord, current: bool) -> str:
    """Title and last message come from the history, kept as typed: shown through ``safe``
    (no escape codes, nothing shaped like a token) like any other text."""
    from lumatui.protocol.summary import seconds
    from lumatui.terminal_text import safe
    from lumatui.tui.text import short_title

    title = short_title(safe(record.title)) or "(untitled)"
    length = f"{seconds(record.draft_ms)}s of video" if record.draft_ms else "empty timeline"
    said = safe(record.last_message).strip()
    last = said.splitlines()[0][:50] if said else ""
    mark = "● " if current else "  "
    return f"{mark}{title} — {length}" + (f"\n    {last}" if last and last != title else "")


class SessionsScreen(ModalScreen[str | None]):
    """Dismisses with the chosen session id, ``NEW`` for a fresh one, or None."""

    CSS_PATH = "sessions_screen.tcss"
    BINDINGS = [Binding("escape", "cancel", "Close", id="close-sessions")]

    def __init__(self, sessions: list[SessionRecord], current: str | None) -> None:
        super().__init__()
        self.sessions = sessions
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="sessions-body") as body:
            body.border_title = "Sessions"
            options = [Option("+ New session", id=NEW)]
            options += [  # plain text: a "[" in a title is not markup
                Option(Text(session_line(s, s.session_id == self.current)), id=s.session_id)
                for s in self.sessions
            ]
            yield OptionList(*options, id="sessions-list")
            yield Static("Enter switches · Escape closes", id="sessions-hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
