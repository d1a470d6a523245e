"""The command palette (Ctrl+P): an entry for every action of the table, and one per preset.

Entries run through the app's ``do`` action, like the keys do; the presets are the app's (the
engine's list when it has one).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .action_table import ACTIONS


class LumaCommands(Provider):
    def _entries(self) -> list[tuple[str, str, Callable[[], Any]]]:
        run = self.app.run_action
        entries: list[tuple[str, str, Callable[[], Any]]] = []
        for spec in ACTIONS:
            entries.append((spec.label, spec.help, partial(run, f"do({spec.id!r})")))
            if spec.args == "preset":
                for preset in getattr(self.app, "presets", ()):
                    label = f"{spec.label}: {preset.label}"
                    does = f"render the timeline for {preset.platform} ({preset.shape})"
                    entries.append((label, does, partial(run, f"do({spec.id!r}, {preset.name!r})")))
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
