"""Driving the real app against the real engine: wait on app state, never on the clock."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.pilot import Pilot

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.chat_log import ChatLog

TIMEOUT = 60.0


async def wait_for(
    pilot: Pilot[None], condition: Callable[[], bool], timeout: float = TIMEOUT
) -> None:
    """Let the app run until ``condition()`` holds (bounded)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
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
