"""What the app's services announce; the app shows it (tests wait on these, never on time)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from lumatui.client.history import ExportRecord
    from lumatui.client.workspace import TurnOutcome
    from lumatui.protocol.account import Credits
    from lumatui.protocol.draft import Draft


class Ready(Message):
    """Connected: a session is open and its state is on screen."""

    def __init__(self, session_id: str) -> None:
        super().__init__()
        self.session_id = session_id


class SessionOpened(Message):
    """A session's state arrived: its timeline, canvas, last file and a render left running."""

    def __init__(
        self,
        session_id: str,
        draft: Draft,
        canvas: tuple[int, int],
        last_export: Path | None,
        unfinished: ExportRecord | None,
    ) -> None:
        super().__init__()
        self.session_id = session_id
        self.draft = draft
        self.canvas = canvas
        self.last_export = last_export
        self.unfinished = unfinished


class SessionLost(Message):
    """The backend forgot the session: the app opens a new one."""


class DraftLoaded(Message):
    """The timeline as the backend had it when a read began (``epoch``: see ``AppState``)."""

    def __init__(self, draft: Draft, epoch: int) -> None:
        super().__init__()
        self.draft = draft
        self.epoch = epoch


class CreditsLoaded(Message):
    """The balance; None when it cannot be read (not connected)."""

    def __init__(self, credits: Credits | None) -> None:
        super().__init__()
        self.credits = credits


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
