"""The conversation: user lines, assistant Markdown (streamed), tool activity, notices, errors.

Anchored to the bottom until the user scrolls away; old blocks are pruned past a high-water
mark so a session that runs for hours stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.widgets._markdown import MarkdownStream

HIGH_WATER = 120  # blocks kept before pruning (older ones stay in the transcript)
LOW_WATER = 80  # blocks left after pruning

WELCOME = """\
**Welcome to lumatui.** Describe a clip, refine it by chatting, then export an MP4.
Try one of these:

1. `generate a 5-second cinematic video clip of a sunset over the ocean`
2. `add a title 'Urban Dreams' for the first 3 seconds`
3. `export`

Type `/` for commands, **F1** for help.
"""


def shown(text: str) -> str:
    """Text from a server or a file, without escape codes or anything shaped like a token."""
    from lumatui.terminal_text import safe

    return safe(text)


class ChatLog(VerticalScroll, can_focus=True):
    """Append-only blocks; every method returns the widget it mounted."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.last_reply = ""

    def on_mount(self) -> None:
        self.anchor()

    async def _add(self, widget: Widget) -> Widget:
        await self.mount(widget)
        self._prune()
        return widget

    def _prune(self) -> None:
        blocks = list(self.children)
        if len(blocks) > HIGH_WATER:
            self.remove_children(blocks[: len(blocks) - LOW_WATER])

    async def add_user(self, text: str) -> Widget:
        return await self._add(Static(f"› {shown(text)}", classes="user", markup=False))

    async def add_reply(self, markdown: str) -> Widget:
        """A finished assistant message (resume, diff summaries, status)."""
        from textual.widgets import Markdown

        self.last_reply = markdown = shown(markdown)
        return await self._add(Markdown(markdown, classes="assistant"))

    async def start_reply(self) -> MarkdownStream:
        """An empty assistant message and the stream that fills it as text arrives."""
        from textual.widgets import Markdown

        widget = Markdown("", classes="assistant")
        await self._add(widget)
        return Markdown.get_stream(widget)

    async def add_tool(self, text: str) -> Static:
        widget = Static(shown(text), classes="tool", markup=False)
        await self._add(widget)
        return widget

    async def add_notice(self, text: str) -> Widget:
        return await self._add(Static(shown(text), classes="notice", markup=False))

    async def add_info(self, text: str) -> Widget:
        return await self._add(Static(shown(text), classes="info", markup=False))

    async def add_error(self, message: str, action: str = "") -> Widget:
        text = f"⚠ {shown(message)}" + (f"\n  {shown(action)}" if action else "")
        return await self._add(Static(text, classes="error", markup=False))

    async def add_welcome(self) -> Widget:
        from textual.widgets import Markdown

        return await self._add(Markdown(WELCOME, classes="welcome"))
