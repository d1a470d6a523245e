"""Slash commands typed in the composer, read with the action table (pure).

``/export tiktok`` → the export action with ``("tiktok",)``; ``/upload a.mp4 'b c.png'`` → the
upload action with both paths. A pasted absolute path (``/home/me/clip.mp4``) is not a command:
the client's router takes it as an upload.
"""

from __future__ import annotations

from dataclasses import dataclass

from .action_table import ACTIONS, BY_SLASH, ActionSpec


@dataclass(frozen=True)
class Typed:
    """A slash command as typed: its action (None when unknown), its arguments and its name."""

    spec: ActionSpec | None
    args: tuple[str, ...]
    name: str


def is_command(text: str) -> bool:
    from lumatui.client.router import pasted_paths

    stripped = text.strip()
    return stripped.startswith("/") and not pasted_paths(stripped)


def read(text: str) -> Typed:
    from lumatui.client.router import split_paths

    name, _, rest = text.strip()[1:].partition(" ")
    name, rest = name.lower(), rest.strip()
    spec = BY_SLASH.get(name)
    if spec is None:
        return Typed(None, (), name)
    if spec.args == "paths":
        return Typed(spec, tuple(split_paths(rest)), name)
    if spec.args == "preset" and rest:
        return Typed(spec, (rest.lower(),), name)
    return Typed(spec, (), name)


def complete(prefix: str) -> list[ActionSpec]:
    """Actions whose slash command starts with what has been typed (``/ex`` → ``/export``)."""
    if not prefix.startswith("/") or " " in prefix:
        return []
    name = prefix[1:].lower()
    return [spec for spec in ACTIONS if spec.slash and spec.slash.startswith(name)]
