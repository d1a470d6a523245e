"""Which action a message asks for. Pure: export, credits and status never reach the agent."""

from __future__ import annotations

import re
from enum import Enum


class Action(Enum):
    CHAT = "chat"
    EXPORT = "export"
    CREDITS = "credits"
    STATUS = "status"
    UPLOAD = "upload"


_RULES: list[tuple[Action, re.Pattern[str]]] = [
    (
        Action.EXPORT,
        re.compile(r"^(?:please\s+)?(?:export|download|render it)\b|send me the video|导出|下载"),
    ),
    (Action.CREDITS, re.compile(r"^(?:my\s+)?(?:credits?|balance)\b|积分|余额")),
    (Action.STATUS, re.compile(r"^(?:status|show tracks|show (?:the )?timeline)\b|^状态")),
    (Action.UPLOAD, re.compile(r"^(?:upload\b|上传)")),
]


def route(text: str) -> Action:
    lowered = text.strip().lower()
    for action, pattern in _RULES:
        if pattern.search(lowered):
            return action
    return Action.CHAT
