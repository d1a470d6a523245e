"""Every action the app has, declared once.

One row per action: its id (the binding id ``keymap`` in config.json remaps), its key, its
slash command, its command-palette label and its help line. ``BINDINGS``, the palette, the
composer's slash completion and the /help screen are all built from :data:`ACTIONS`; the
handler is the app's ``action_<handler>`` method. Pure data: importing it costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Args = Literal["", "preset", "paths"]


@dataclass(frozen=True)
class ActionSpec:
    id: str  # binding id and keymap name; also the client router's Action value for words
    label: str  # command palette entry
    help: str  # one line: palette help, /help and the composer's hints
    key: str = ""  # Textual key name ("ctrl+e"); "" when only the palette and slash reach it
    footer: str = ""  # the footer's short word; "" keeps the key out of the footer
    slash: str = ""  # the slash command's name, without "/"
    args: Args = ""  # what follows the slash command: a preset name, or file paths
    aliases: tuple[str, ...] = ()  # other slash names that run it ("/q")
    needs_session: bool = False  # refused, politely, until a session is open
    priority: bool = False  # the key works even while another widget has focus and wants it

    @property
    def handler(self) -> str:
        """The app method that runs it is ``action_<handler>``."""
        return self.id.replace("-", "_")

    @property
    def usage(self) -> str:
        """How the slash command is typed (``/export [preset]``), or "" when it has none."""
        if not self.slash:
            return ""
        tail = {"": "", "preset": " [preset]", "paths": " PATH…"}[self.args]
        return f"/{self.slash}{tail}"


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("export", "Export", "render the timeline to an MP4 with the chosen preset",
               key="ctrl+e", footer="Export", slash="export", args="preset",
               needs_session=True, priority=True),
    ActionSpec("preview", "Preview the cut", "render a quick draft and play it here, muted",
               key="f5", footer="Preview", slash="preview", needs_session=True),
    ActionSpec("credits", "Credits", "show your credit balance", slash="credits",
               needs_session=True),
    ActionSpec("status", "Status", "summarise the timeline in the chat", slash="status",
               needs_session=True),
    ActionSpec("upload", "Upload a file…", "send media files to the project", slash="upload",
               args="paths", needs_session=True),
    ActionSpec("refresh", "Refresh", "reload the timeline and credits", key="ctrl+r",
               footer="Refresh"),
    ActionSpec("new-session", "New session", "start a fresh session", key="ctrl+n",
               footer="New", slash="new"),
    ActionSpec("sessions", "Switch session", "list the sessions on this backend and switch",
               key="ctrl+o", footer="Sessions", slash="sessions"),
    ActionSpec("copy-reply", "Copy last reply", "copy the last reply to the clipboard",
               slash="copy"),
    ActionSpec("copy-path", "Copy export path", "copy the last exported file's path"),
    ActionSpec("open-export", "Open exported file", "open it with the system's video player"),
    ActionSpec("focus-timeline", "Focus timeline", "move to the timeline; arrows pick a block"),
    ActionSpec("focus-composer", "Focus the message box", "back to typing, from anywhere",
               key="escape"),
    ActionSpec("help", "Help", "keys, commands and examples", key="f1", footer="Help",
               slash="help"),
    ActionSpec("quit", "Quit", "leave lumatui", key="ctrl+q", footer="Quit", slash="quit",
               aliases=("q", "exit"), priority=True),
)  # fmt: skip

BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}
BY_SLASH: dict[str, ActionSpec] = {
    name: spec for spec in ACTIONS for name in (spec.slash, *spec.aliases) if name
}


def bindings() -> list[object]:
    """Textual ``Binding`` objects for the actions that have a key (the app's ``BINDINGS``)."""
    from textual.binding import Binding

    return [
        Binding(spec.key, f"do({spec.id!r})", spec.footer or spec.label,
                show=bool(spec.footer), priority=spec.priority, id=spec.id)
        for spec in ACTIONS
        if spec.key
    ]  # fmt: skip


def key_label(key: str) -> str:
    """``ctrl+e`` → ``Ctrl+E``, ``f1`` → ``F1``: how /help writes a key."""
    return "+".join(part.upper() if len(part) <= 3 and part[0] == "f" else part.capitalize()
                    for part in key.split("+"))  # fmt: skip
