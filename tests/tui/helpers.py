"""Driving the real app against the real engine: wait on app state, never on the clock."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable

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


async def wait_for(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = TIMEOUT
) -> None:
    """Let the app run until ``condition()`` holds; on timeout fail with the screen's text."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            try:
                shown = screen_text(pilot.app)
            except Exception as exc:  # the screen itself broke: say so rather than hide it
                shown = f"(could not read the screen: {exc!r})"
            raise AssertionError(
                f"timed out after {timeout:g} s waiting for {condition.__qualname__}"
                f"\n--- the screen showed ---\n{shown}"
            )
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
