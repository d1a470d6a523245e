"""The app's chat log against a real ADK ``api_server``: each message once, as a paragraph."""

from __future__ import annotations

from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownParagraph

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.chat_log import ChatLog
from tests.adk.adk_server import RunningAdk
from tests.tui.helpers import send, wait_for

SIZE = (120, 40)


def replies(app: LumaApp) -> list[Markdown]:
    log = app.query_one(ChatLog)
    return [
        block
        for block in log.children
        if isinstance(block, Markdown) and block.has_class("assistant")
    ]


async def reply_to(adk: RunningAdk, message: str) -> tuple[str, list[str], int]:
    """The reply's Markdown source, its paragraphs as drawn, and the tool lines shown."""
    app = LumaApp(adk.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        before = len(replies(app))
        await send(pilot, message)
        await wait_for(pilot, lambda: not app.turn_running and len(replies(app)) > before)
        await pilot.pause()
        reply = replies(app)[-1]
        await wait_for(pilot, lambda: reply.source.strip() != "")
        paragraphs = [(p.source or "").strip() for p in reply.query(MarkdownParagraph)]
        tools = len(app.query_one(ChatLog).query(".tool"))
        return reply.source, paragraphs, tools


async def test_the_app_shows_each_message_once_as_its_own_paragraph(adk: RunningAdk) -> None:
    source, paragraphs, tools = await reply_to(adk, "mixed, in the app")
    assert source == "First I add the clip. Then I wait.\n\nThe clip is added."
    assert paragraphs == ["First I add the clip. Then I wait.", "The clip is added."]
    assert tools == 1


async def test_two_final_messages_are_two_paragraphs_in_the_app(adk: RunningAdk) -> None:
    source, paragraphs, _ = await reply_to(adk, "two, please")
    assert paragraphs == ["Making a sunset clip.", "Done: the clip is five seconds long."]
    assert source.count("Making a sunset clip.") == 1
