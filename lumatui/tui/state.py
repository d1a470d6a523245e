"""What the app knows about the open session: one object the app owns and its services share.

The services (``session_runner``, ``turn_runner``, ``export_runner``) read and update it; none
of them imports the app, and the app imports each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .presets import BUILTIN, Preset

if TYPE_CHECKING:
    from pathlib import Path

    from lumatui.client.history import History
    from lumatui.client.workspace import Workspace
    from lumatui.protocol.draft import Draft


@dataclass
class AppState:
    base_url: str
    history: History | None = None
    history_key: str | None = None  # the local engine's sessions outlive its port
    workspace: Workspace | None = None
    connected: bool = False
    presets: list[Preset] = field(default_factory=lambda: list(BUILTIN))
    preset_by_hand: bool = False  # picked in the panel: the canvas no longer chooses it
    last_export: Path | None = None
    shown: Draft | None = None  # the draft on screen; None before the first state arrives
    epoch: int = 0  # +1 whenever a turn's outcome is shown: a read begun earlier is stale

    @property
    def ready(self) -> bool:
        """Connected: a session is open and on screen."""
        return self.connected and self.workspace is not None

    @property
    def draft(self) -> Draft:
        if self.shown is None:
            from lumatui.protocol.draft import Draft

            self.shown = Draft()
        return self.shown
