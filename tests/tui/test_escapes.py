"""Escape sequences in what a server says or a user types never reach the terminal as codes.

The local engine already cleans what it echoes, so the cloud's worst case is played here by
feeding the chat log and the timeline strip directly, through the same methods the app uses.
"""

from __future__ import annotations

from textual.app import App, ComposeResult

from lumatui.protocol.draft import Draft, Segment, Track, TrackType
from lumatui.tui.widgets.chat_log import ChatLog
from lumatui.tui.widgets.timeline_strip import StripPanel
from tests.support.tokens import leaked
from tests.tui.helpers import wait_for

TOKEN = "nmv_usr_Secr3t-Tok_en123xyz"  # '-' and '_' inside, as token_urlsafe makes them
NASTY = f"sun\x1b[2J\x1b]52;c;aGk=\x07set \x1b[5mblink\x1b[0m\x07\x08 {TOKEN}"


class Harness(App[None]):
    def compose(self) -> ComposeResult:
        yield ChatLog()
        yield StripPanel()


def rendered(app: App[None]) -> str:
    """What the screen would show, as text: every line of every widget."""
    return "\n".join(
        "".join(segment.text for segment in strip)
        for widget in app.screen.walk_children()
        for strip in widget.render_lines(widget.region.reset_offset)
        if widget.region.area
    )


async def test_chat_blocks_and_stream_are_cleaned() -> None:
    app = Harness()
    async with app.run_test(size=(120, 40)) as pilot:
        chat = app.query_one(ChatLog)
        await chat.add_user(NASTY)
        await chat.add_reply(NASTY)
        await chat.add_notice(NASTY)
        await chat.add_error(NASTY, NASTY)
        await chat.add_tool(NASTY)
        await chat.add_info(NASTY)
        await pilot.pause()
        screen = rendered(app)
        assert screen.count("sunset blink") >= 6
        assert "\x1b" not in screen and "\x07" not in screen and "\x08" not in screen
        assert screen.count("nmv_***") >= 6 and leaked(screen, [TOKEN]) == [], screen


async def test_timeline_labels_are_cleaned() -> None:
    app = Harness()
    draft = Draft(
        t=[
            Track(tt=TrackType.VIDEO, sg=[Segment(id="a", d=1000, m={"label": NASTY})]),
            Track(tt=TrackType.TEXT, sg=[Segment(id="b", d=1000, txt=NASTY)]),
        ],
        d=1000,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        panel = app.query_one(StripPanel)
        panel.show_draft(draft)
        await wait_for(pilot, lambda: "sunset" in rendered(app))
        details = panel.query_one("#strip-details")
        for seg_id, kind in (("a", "Video"), ("b", "Title")):  # each block's details too
            panel.strip.select(seg_id)
            await wait_for(pilot, lambda: str(details.render()).startswith(kind))  # noqa: B023
            assert "sunset" in str(details.render())
            text = rendered(app)
            assert "\x1b" not in text and "\x07" not in text and "\x08" not in text
            assert leaked(text, [TOKEN]) == [], text
