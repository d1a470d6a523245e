"""The app's main states, reached by driving it as a person would.

Shared by the snapshot tests and ``scripts/screenshots.py``. Everything on screen is the same
on every run: no clock (the app is given a frozen one), no port (a loopback backend shows as
"local engine"), no random ids, paths under ``~``, and the cursor does not blink.
"""

from __future__ import annotations

from textual.pilot import Pilot

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.composer import PromptArea
from tests.tui.helpers import chat_text, send, wait_for

SIZE = (130, 38)


def frozen() -> float:
    return 0.0


def make_app(url: str) -> LumaApp:
    return LumaApp(url, clock=frozen, credits_every=3600, poll_every=3600)


async def _steady(pilot: Pilot[None]) -> None:
    from lumatui.tui.widgets.frame_view import FrameView

    app = pilot.app
    app.query_one(PromptArea).cursor_blink = False
    await pilot.pause()  # posters are placed after the strip's refresh
    await wait_for(pilot, lambda: all(view.settled for view in app.query(FrameView)), 120)
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


async def welcome(pilot: Pilot[None]) -> None:
    app: LumaApp = pilot.app  # type: ignore[assignment]
    await wait_for(pilot, lambda: app.ready)
    await _steady(pilot)


async def _turn(pilot: Pilot[None], text: str) -> None:
    """Send, see the turn begin (its line is shown when it starts), then see it end: a check
    for the end alone can pass before the key press is handled, and race the next step."""
    app: LumaApp = pilot.app  # type: ignore[assignment]
    line = f"› {text}"
    before = chat_text(app).count(line)
    await send(pilot, text)
    await wait_for(pilot, lambda: chat_text(app).count(line) > before)
    await wait_for(pilot, lambda: not app.turn_running and not app.queue)


async def after_turn(pilot: Pilot[None]) -> None:
    await welcome(pilot)
    await _turn(pilot, "generate a 1-second clip of a red sunset")
    await _steady(pilot)


async def three_tracks(pilot: Pilot[None]) -> None:
    await welcome(pilot)
    await _turn(pilot, "generate a 1-second clip of a red sunset")
    await _turn(pilot, "add lo-fi BGM at 35%")
    await _turn(pilot, "add a title 'Urban Dreams' for the first 3 seconds")
    pilot.app.query_one("#timeline-strip").focus()
    await pilot.press("right", "down")  # the clip, then the BGM under it: its details show
    pilot.app.query_one(PromptArea).focus()
    await _steady(pilot)


async def wide_canvas(pilot: Pilot[None]) -> None:
    """After "make it 16:9": the strip shows the clip, the Export panel follows (YouTube)."""
    await welcome(pilot)
    await _turn(pilot, "generate a 2-second clip of a lighthouse")
    await _turn(pilot, "make it 16:9")
    await wait_for(pilot, lambda: pilot.app.draft.m.width > pilot.app.draft.m.height)  # type: ignore[attr-defined]
    await _steady(pilot)


async def palette(pilot: Pilot[None]) -> None:
    """Ctrl+P, "pre": the palette offers the preview, from the action table."""
    from textual.command import CommandList

    await welcome(pilot)
    await pilot.press("ctrl+p", *"pre")
    await wait_for(pilot, lambda: pilot.app.screen.query_one(CommandList).option_count > 0)
    await _steady(pilot)


async def streaming(pilot: Pilot[None]) -> None:
    """A reply arriving, mid-sentence (set directly: a real stream's pace is not repeatable)."""
    from lumatui.tui.text import tool_activity

    await welcome(pilot)
    app: LumaApp = pilot.app  # type: ignore[assignment]
    chat = app.chat
    await chat.add_user("generate a 5-second cinematic video clip of a sunset over the ocean")
    await chat.add_tool(tool_activity("generate_clip", done=True))
    stream = await chat.start_reply()
    await stream.write("Generated a 5-second clip of **cinematic sunset over the ocean**, ")
    await stream.write("made by the local generator (a procedural sketch, not")
    await stream.stop()
    await _steady(pilot)


async def export_running(pilot: Pilot[None]) -> None:
    """The panel mid-render (set directly: a real render's progress is not repeatable)."""
    await after_turn(pilot)
    panel = pilot.app.query_one("#export")
    panel.started("tiktok")  # type: ignore[attr-defined]
    panel.progress("processing", 45.0, 12.0)  # type: ignore[attr-defined]
    await _steady(pilot)


async def export_done(pilot: Pilot[None]) -> None:
    app: LumaApp = pilot.app  # type: ignore[assignment]
    await after_turn(pilot)
    await send(pilot, "export")
    await wait_for(pilot, lambda: app.last_export is not None, timeout=120)
    await _steady(pilot)


async def help_screen(pilot: Pilot[None]) -> None:
    await welcome(pilot)
    await pilot.press("f1")
    await _steady(pilot)


async def error(pilot: Pilot[None]) -> None:
    app: LumaApp = pilot.app  # type: ignore[assignment]
    await wait_for(pilot, lambda: "Cannot reach" in chat_text(app))
    await _steady(pilot)


async def no_credits(pilot: Pilot[None]) -> None:
    """Credits in red (the 2001 line itself carries the user's id, so it is not in here)."""
    await welcome(pilot)
    await send(pilot, "/credits")
    await wait_for(pilot, lambda: "Credits:" in chat_text(pilot.app))  # type: ignore[arg-type]
    await _steady(pilot)
