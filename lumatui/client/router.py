"""Which action a message asks for. Pure: export, credits and status never reach the agent.

:func:`parse` reads one line: a pasted file path (dragging a file into a terminal pastes its
path), or a message whose words ask for something the client does itself ("export", "积分",
"show tracks"); a leading "/" is read as the word after it. Everything else is a chat message
for the agent. The app's own slash commands (``/new``, ``/help``...) are the app's: they live in
``lumatui.tui.action_table``. :func:`gui_hints` reads the agent's reply: the cloud answers as if
it had a GUI ("click Export"), and those words become actions a terminal can offer.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from enum import Enum
from urllib.parse import unquote, urlparse

from lumatui.protocol.codes import file_type_for
from lumatui.protocol.presets import PRESET_NAMES


class Action(Enum):
    """What the client does itself; the values are the app's action ids."""

    CHAT = "chat"
    EXPORT = "export"
    CREDITS = "credits"
    STATUS = "status"
    UPLOAD = "upload"
    PREVIEW = "preview"  # a quick draft render, played where the person is


PRESETS = PRESET_NAMES  # declared once, in lumatui/protocol/presets.py


@dataclass(frozen=True)
class Routed:
    """What to do with a line: the action, its arguments (paths, a preset) and the text."""

    action: Action
    text: str
    args: tuple[str, ...] = ()

    @property
    def preset(self) -> str | None:
        return self.args[0] if self.action is Action.EXPORT and self.args else None


_POLITE = r"(?:(?:please|pls|ok|okay|now|can you|could you|let'?s|go ahead and)[\s,]+)*"
_RULES: list[tuple[Action, re.Pattern[str]]] = [
    (
        Action.EXPORT,
        re.compile(
            rf"^{_POLITE}(?:export|download|render it|click (?:the )?export)\b"
            r"|send me the (?:video|file|mp4)|导出|下载"
        ),
    ),
    (
        Action.CREDITS,
        re.compile(
            rf"^{_POLITE}(?:(?:my|check|show)\s+)?(?:credits?|balance)\b"
            r"|how many credits|credit balance|积分|余额"
        ),
    ),
    (
        Action.STATUS,
        re.compile(
            rf"^{_POLITE}(?:status|show (?:me )?(?:the |my )?(?:tracks|timeline)|"
            r"what'?s in (?:my|the) timeline|preview in (?:the )?timeline$|"
            r"open (?:the |my )?(?:timeline|project|draft))\b|^状态|查看时间线|时间线里有什么"
        ),
    ),
    (Action.UPLOAD, re.compile(r"^(?:upload\b|上传)")),
    (
        Action.PREVIEW,
        re.compile(
            rf"^{_POLITE}(?:preview|play)(?: (?:it|the (?:cut|video|clip|draft)))?[.!]?$|^预览"
        ),
    ),
]


def route(text: str) -> Action:
    """Just the action (see :func:`parse` for its arguments)."""
    return parse(text).action


def parse(text: str) -> Routed:
    stripped = text.strip()
    paths = pasted_paths(stripped)
    if paths:
        return Routed(Action.UPLOAD, text, tuple(paths))
    if stripped.startswith("/"):  # "/status" asks what "status" asks
        stripped = stripped[1:]
    lowered = stripped.lower()
    for action, pattern in _RULES:
        if pattern.search(lowered):
            if action is Action.UPLOAD:
                rest = re.sub(r"^(?:upload|上传)\s*", "", stripped, flags=re.I)
                return Routed(action, text, tuple(split_paths(rest)))
            if action is Action.EXPORT:
                return Routed(action, text, tuple(p for p in PRESETS if _word(p, lowered)))
            return Routed(action, text)
    return Routed(Action.CHAT, text)


def _word(word: str, text: str) -> bool:
    return re.search(rf"\b{word}\b", text) is not None


# --- pasted paths -------------------------------------------------------------------------

_PATH_START = re.compile(r"^(?:file://|~|/|\./|\.\./|[A-Za-z]:[\\/])")


def split_paths(text: str) -> list[str]:
    """Paths as a terminal pastes them: quoted, backslash-escaped, or ``file://`` URLs."""
    text = text.strip()
    if not text:
        return []
    try:
        parts = shlex.split(text, posix=True)
    except ValueError:
        parts = text.split()
    out = []
    for part in parts:
        if part.startswith("file://"):
            part = unquote(urlparse(part).path)
        out.append(part)
    return out


def pasted_paths(text: str) -> list[str]:
    """Every word is a path to a supported media file, or this is not a paste of paths."""
    if not _PATH_START.match(text.lstrip("'\"")):
        return []
    parts = split_paths(text)
    if parts and all(_PATH_START.match(p) and file_type_for(p) for p in parts):
        return parts
    return []


# --- words written for a GUI --------------------------------------------------------------

_GUI_HINTS: list[tuple[Action, re.Pattern[str]]] = [
    (Action.EXPORT, re.compile(r"\b(?:click|press|tap|hit)\s+(?:the\s+)?\"?export\b", re.I)),
    (Action.STATUS, re.compile(r"\bpreview\b.{0,30}\btimeline\b|\bopen (?:the )?\w+", re.I)),
    (Action.UPLOAD, re.compile(r"\bdrag (?:and|&) drop\b|\bdrag\b.{0,40}\binto\b", re.I)),
]


def gui_hints(reply: str) -> list[Action]:
    """Actions the reply points at with GUI words ("click Export" → export), in order."""
    found = []
    for action, pattern in _GUI_HINTS:
        if pattern.search(reply) and action not in found:
            found.append(action)
    return found

