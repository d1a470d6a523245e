"""The command palette (Ctrl+P): an entry for every action the app has."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from .app import LumaApp


class LumaCommands(Provider):
    def _entries(self) -> list[tuple[str, str, Callable[[], Any]]]:
        app: LumaApp = self.app  # type: ignore[assignment]
        run = app.run_action
        entries: list[tuple[str, str, Callable[[], Any]]] = [
            ("Export", "render the timeline with the chosen preset", partial(run, "export")),
        ]
        for preset in app.presets:
            entries.append(
                (f"Export: {preset.label}", f"render for {preset.name}",
                 partial(app.start_export, preset.name))
            )  # fmt: skip
        entries += [
            ("Credits", "show your credit balance", partial(run, "credits")),
            ("Status", "summarise the timeline in the chat", partial(run, "status")),
            ("Upload a file…", "type or paste a path after /upload", partial(run, "upload")),
            ("Refresh", "reload timeline and credits", partial(run, "refresh")),
            ("New session", "start a fresh project", partial(run, "new_session")),
            ("Switch session", "list sessions on this backend", partial(run, "sessions")),
            ("Copy last reply", "to the clipboard (works over SSH)", partial(run, "copy_reply")),
            ("Copy export path", "the last exported file's path", partial(run, "copy_path")),
            ("Open exported file", "with the system's video player", partial(run, "open_export")),
            ("Focus timeline", "move the cursor to the timeline tree", partial(run, "focus_tree")),
            ("Help", "keys, commands and examples", partial(run, "help")),
            ("Quit", "leave lumatui", partial(run, "quit")),
        ]
        return entries

    async def discover(self) -> Hits:
        for name, help_text, command in self._entries():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)
