"""What the app announces about itself (tests wait on these, never on time)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from lumatui.client.workspace import TurnOutcome


class Ready(Message):
    """Connected: a session is open and its state is on screen."""

    def __init__(self, session_id: str) -> None:
        super().__init__()
        self.session_id = session_id


class TurnFinished(Message):
    def __init__(self, text: str, outcome: TurnOutcome | None) -> None:
        super().__init__()
        self.text = text
        self.outcome = outcome


class ExportFinished(Message):
    def __init__(self, path: Path | None, error: str = "") -> None:
        super().__init__()
        self.path = path
        self.error = error
