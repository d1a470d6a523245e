"""The CLI notices a quiet turn on its own timer, with or without keep-alives.

The workspace is a stand-in that yields events on cue; the turn driver, its timer and the
output are the real ones. Nothing sleeps to synchronise: each turn waits on the note.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import AsyncIterator

from lumatui.client.workspace import TurnOutcome
from lumatui.commands.ask import run_turn
from lumatui.commands.output import Output
from lumatui.protocol.chat import ChatEvent, HeartbeatEvent, TextEvent
from lumatui.protocol.draft import Draft

QUIET = 0.05


class QuietTurn:
    """A turn that stays silent (or sends only keep-alives) until "still working" is said."""

    def __init__(self, keep_alives: bool) -> None:
        self.keep_alives = keep_alives
        self.noticed = asyncio.Event()
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        self.notes.append(text)
        if "Still working" in text:
            self.noticed.set()

    async def turn(self, text: str) -> AsyncIterator[ChatEvent | TurnOutcome]:
        yield TextEvent(text="Generating the clip.")
        while not self.noticed.is_set():
            if self.keep_alives:
                yield HeartbeatEvent()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.noticed.wait(), QUIET / 5)
        yield TextEvent(text=" Done.")
        yield TurnOutcome(text="Generating the clip. Done.", changes=[], timeline="", draft=Draft())


async def drive(turn: QuietTurn) -> tuple[TurnOutcome, str]:
    stdout = io.StringIO()
    out = Output(stdout=stdout, stderr=io.StringIO(), tty=False)
    outcome = await asyncio.wait_for(
        run_turn(turn, "make a clip", out, stream=True, note=turn.note, quiet_seconds=QUIET),  # type: ignore[arg-type]
        timeout=30,
    )
    return outcome, stdout.getvalue()


async def test_silence_without_keep_alives_is_noticed() -> None:
    turn = QuietTurn(keep_alives=False)
    outcome, stdout = await drive(turn)
    assert any(note.startswith("⏳ Still working...") for note in turn.notes)
    assert stdout == "Generating the clip. Done.\n"
    assert outcome.text == "Generating the clip. Done."


async def test_keep_alives_do_not_hide_the_silence() -> None:
    turn = QuietTurn(keep_alives=True)
    await drive(turn)
    assert sum("Still working" in note for note in turn.notes) >= 1


async def test_a_talkative_turn_is_never_called_quiet() -> None:
    class Chatty(QuietTurn):
        async def turn(self, text: str) -> AsyncIterator[ChatEvent | TurnOutcome]:
            for word in ("one ", "two ", "three"):
                yield TextEvent(text=word)
            yield TurnOutcome(text="one two three", changes=[], timeline="", draft=Draft())

    turn = Chatty(keep_alives=False)
    stdout = io.StringIO()
    out = Output(stdout=stdout, stderr=io.StringIO(), tty=False)
    await run_turn(turn, "x", out, stream=True, note=turn.note, quiet_seconds=3600)  # type: ignore[arg-type]
    assert turn.notes == [] and stdout.getvalue() == "one two three\n"
