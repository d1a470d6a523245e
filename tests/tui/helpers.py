"""Driving the real app against the real engine: wait on app state, never on the clock."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.chat_log import ChatLog

# Short: a failing test should say why in seconds, not sit out a minute. Waits that cover
# real media work (renders, exports) pass their own longer timeout.
TIMEOUT = 45.0


def screen_text(app: App[object]) -> str:
    """What the terminal shows right now (the top screen, modals included), as plain text."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips).strip()


def svg_text(svg: str) -> str:
    """The characters an SVG snapshot draws, in order (a line's runs are split by style)."""
    return html.unescape("".join(re.findall(r"<text[^>]*>(.*?)</text>", svg, re.S)))


UNEXPECTED = "Unexpected error:"  # the app's one line for a failed worker (error_log.one_line)


def _unexpected_errors(app: App[object]) -> int:
    return chat_text(app).count(UNEXPECTED) if isinstance(app, LumaApp) else 0


def _fail(pilot: Pilot[None], why: str, condition: Callable[[], bool]) -> AssertionError:
    try:
        shown = screen_text(pilot.app)
    except Exception as exc:  # the screen itself broke: say so rather than hide it
        shown = f"(could not read the screen: {exc!r})"
    code = getattr(condition, "__code__", None)
    where = f" ({Path(code.co_filename).name}:{code.co_firstlineno})" if code else ""
    return AssertionError(
        f"{why} waiting for {condition.__qualname__}{where}\n--- the screen showed ---\n{shown}"
    )


async def wait_for(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = TIMEOUT
) -> None:
    """Let the app run until ``condition()`` holds. Fails with the screen's text on timeout,
    and at once when waiting cannot help: the app stopped, or a worker failed unexpectedly
    (a new "Unexpected error" line) while the condition still does not hold."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    errors_before = _unexpected_errors(pilot.app)
    while not condition():
        if not pilot.app.is_running:
            raise _fail(pilot, "the app stopped", condition)
        if _unexpected_errors(pilot.app) > errors_before:
            raise _fail(pilot, "a worker failed unexpectedly", condition)
        if loop.time() > deadline:
            raise _fail(pilot, f"timed out after {timeout:g} s", condition)
        await pilot.pause(0.05)


def chat_text(app: LumaApp) -> str:
    """Everything the chat log shows, as plain text."""
    parts = []
    for block in app.query_one(ChatLog).children:
        if hasattr(block, "source"):
            parts.append(block.source)  # Markdown
        else:
            parts.append(str(block.render()))
    return "\n".join(parts)


async def send(pilot: Pilot[None], text: str) -> None:
    from lumatui.tui.widgets.composer import PromptArea

    prompt = pilot.app.query_one(PromptArea)
    prompt.text = text
    prompt.focus()
    await pilot.press("enter")


def timeline_segments(app: LumaApp) -> list[str]:
    """Every segment the timeline strip holds, as one line each (``Video: red sunset (0-1s)``)."""
    from lumatui.protocol.summary import segment_line
    from lumatui.tui.widgets.timeline_strip import TimelineStrip

    strip = app.query_one(TimelineStrip)
    return [segment_line(track, seg) for track, seg in strip.segments.values()]
