"""Credits at a glance: available / frozen / total; amber when low, red at zero."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

if TYPE_CHECKING:
    from lumatui.protocol.account import Credits

LOW_CREDITS = 20


class CreditsPanel(Static):
    def __init__(self, **kwargs: object) -> None:
        super().__init__("…", markup=False, **kwargs)  # type: ignore[arg-type]
        self.credits: Credits | None = None

    def show(self, credits: Credits) -> None:
        self.credits = credits
        self.update(describe(credits))
        self.set_class(0 < credits.available < LOW_CREDITS, "low")
        self.set_class(credits.available <= 0, "empty")
        self.set_class(False, "offline")

    def unavailable(self, why: str = "not connected") -> None:
        self.update(f"– ({why})")
        self.set_class(True, "offline")


def describe(credits: Credits) -> str:
    line = f"{credits.available} available · {credits.frozen} frozen · {credits.total} total"
    if credits.available <= 0:
        return f"{line}\nOut of credits: register or top up to keep generating."
    if credits.available < LOW_CREDITS:
        return f"{line}\nRunning low."
    return line
