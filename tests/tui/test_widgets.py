"""Widgets and the app's words on their own: no engine, no network."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult

from lumatui.protocol.account import Credits
from lumatui.protocol.draft import Draft, Segment, Track, TrackType
from lumatui.protocol.upload import UploadedFile
from lumatui.tui.presets import BUILTIN, default_preset, parse_presets, render_output
from lumatui.tui.text import (
    backend_label,
    changes_markdown,
    export_filename,
    status_markdown,
    tool_activity,
    upload_line,
)
from lumatui.tui.widgets import chat_log
from lumatui.tui.widgets.chat_log import ChatLog
from lumatui.tui.widgets.composer import Composer, PromptArea
from lumatui.tui.widgets.credits_panel import CreditsPanel
from lumatui.tui.widgets.timeline_strip import StripPanel
from tests.support.tokens import leaked


def three_tracks(title: str = "Urban Dreams") -> Draft:
    return Draft(
        t=[
            Track(id="v", tt=TrackType.VIDEO, sg=[
                Segment(id="s1", st=0, d=10000, m={"label": "city timelapse"}),
                Segment(id="s2", st=10000, d=5000, m={"label": "harbour"}),
            ]),
            Track(id="a", tt=TrackType.AUDIO, m={"label": "BGM"}, sg=[
                Segment(id="s3", st=0, d=10000, vol=0.35, m={"label": "Lo-fi"}),
            ]),
            Track(id="t", tt=TrackType.TEXT, sg=[Segment(id="s4", st=0, d=3000, txt=title)]),
        ]
    )  # fmt: skip


class Harness(App[None]):
    def __init__(self, *widgets: object) -> None:
        super().__init__()
        self.widgets = widgets

    def compose(self) -> ComposeResult:
        yield from self.widgets  # type: ignore[misc]


async def test_strip_labels_with_brackets_are_text_not_markup() -> None:
    panel = StripPanel()
    async with Harness(panel).run_test(size=(100, 14)) as pilot:
        panel.show_draft(three_tracks("[/b] x [r"))
        panel.strip.select("s4")
        await pilot.pause()
        assert '"[/b] x [r"' in str(panel.query_one("#strip-details").render())


async def test_empty_timeline_says_how_to_start() -> None:
    panel = StripPanel()
    async with Harness(panel).run_test() as pilot:
        panel.show_draft(Draft())
        await pilot.pause()
        assert "describe a clip" in str(panel.strip.render())


async def test_credits_colours() -> None:
    panel = CreditsPanel()
    async with Harness(panel).run_test():
        panel.show(Credits(available=80, frozen=10, total=90))
        assert not panel.has_class("low") and not panel.has_class("empty")
        panel.show(Credits(available=5, frozen=0, total=5))
        assert panel.has_class("low")
        panel.show(Credits(available=0, frozen=0, total=0))
        assert panel.has_class("empty") and not panel.has_class("low")
        assert "Out of credits" in str(panel.render())


async def test_composer_sends_on_enter_walks_history_and_completes() -> None:
    sent: list[str] = []

    class ComposerApp(Harness):
        def on_prompt_area_submitted(self, event: PromptArea.Submitted) -> None:
            sent.append(event.text)

    app = ComposerApp(Composer())
    async with app.run_test() as pilot:
        prompt = app.query_one(PromptArea)
        prompt.focus()
        await pilot.press(*"hello", "enter")
        await pilot.press(*"two", "shift+enter", *"lines", "enter")
        await pilot.press(*"three", "ctrl+j", *"lines", "enter")
        assert sent == ["hello", "two\nlines", "three\nlines"]
        assert prompt.text == ""
        await pilot.press("up")
        assert prompt.text == "three\nlines"
        await pilot.press("up")  # the cursor is on the last line: move up first
        await pilot.press("up")
        assert prompt.text == "two\nlines"
        await pilot.press("up", "up")
        assert prompt.text == "hello"
        await pilot.press("down", "down", "down", "down")
        assert prompt.text == ""
        await pilot.press("/", "e", "x")
        assert prompt.suggestion == "port"
        hints = app.query_one("#hints")
        assert hints.display and "/export [preset]" in str(hints.render())
        await pilot.press("tab")
        assert prompt.text == "/export" and prompt.cursor_location == (0, 7)
        await pilot.press("enter")
        assert sent[-1] == "/export"


async def test_chat_log_prunes_past_the_high_water_mark(monkeypatch: object) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(chat_log, "HIGH_WATER", 20)
    mp.setattr(chat_log, "LOW_WATER", 10)
    log = ChatLog()
    try:
        async with Harness(log).run_test() as pilot:
            for i in range(25):
                await log.add_info(f"line {i}")
            await pilot.pause()
            assert len(log.children) <= 20
            assert "line 24" in str(log.children[-1].render())
    finally:
        mp.undo()


def test_short_titles_cut_at_a_word() -> None:
    from lumatui.tui.text import short_title

    long = "generate a 5-second cinematic video clip of a sunset over th"
    assert short_title(long) == "generate a 5-second cinematic video clip of a…"
    assert short_title("short one") == "short one"


async def test_server_text_loses_escape_codes_and_tokens() -> None:
    log = ChatLog()
    async with Harness(log).run_test():
        token = "nmv_usr_abc-def_123ghi"
        await log.add_error(f"bad \x1b]52;c;aGk=\x07thing {token}", "\x1b[2Jretry")
        await log.add_reply("done \x1b[31mred\x1b[0m")
        text = str(log.children[0].render())
        assert "\x1b" not in text and "nmv_***" in text and leaked(text, [token]) == [], text
        assert log.last_reply == "done red"


def test_words() -> None:
    assert backend_label("http://127.0.0.1:43111") == "local engine"
    assert backend_label("https://mega-api-prod.nemovideo.ai") == "mega-api-prod.nemovideo.ai"
    summary = status_markdown(three_tracks())
    assert summary.startswith("**Timeline** (3 tracks, 4 segments)")  # two clips, one track
    assert '4. Title: "Urban Dreams" (0-3s)' in summary
    assert "empty" in status_markdown(Draft())
    assert changes_markdown("Added A\nRemoved B") == "- Added A\n- Removed B"
    assert changes_markdown('Added Title: "Urban Dreams" (0-3s)').startswith("Added")
    said = "Generated a clip.\n\nTimeline (1 track): 1. Video: x (0-1s)"
    assert changes_markdown(said) == said
    assert tool_activity("generate_clip") == "⚙ generating a clip…"
    assert tool_activity("add_text", done=True) == "⚙ edited timeline ✓"
    assert tool_activity("describe_timeline") == "⚙ reading the timeline…"
    line = upload_line(UploadedFile(filename="a.mp4", file_type="video", cdn_url="x", duration=3))
    assert line == "✓ Uploaded a.mp4 (video, 3s)"


def test_export_filenames_never_overwrite(tmp_path: Path) -> None:
    assert export_filename("Sunset over the ocean!", tmp_path) == "sunset-over-the-ocean.mp4"
    (tmp_path / "sunset-over-the-ocean.mp4").touch()
    assert export_filename("Sunset over the ocean!", tmp_path) == "sunset-over-the-ocean-2.mp4"
    assert export_filename("日落", tmp_path) == "lumatui-video.mp4"


def test_presets() -> None:
    assert default_preset(BUILTIN, 1080, 1920) == "tiktok"
    assert default_preset(BUILTIN, 1920, 1080) == "youtube"
    assert default_preset(BUILTIN, 720, 720) == "square"
    listed = parse_presets({"success": True, "data": {"presets": [
        {"name": "tiktok", "width": 1080, "height": 1920}, {"name": "cinema", "width": 2048,
         "height": 858}, "draft"]}})  # fmt: skip
    assert [p.name for p in listed] == ["tiktok", "cinema", "draft"]
    assert listed[1].label == "Cinema 2048x858"
    assert [p.name for p in parse_presets({"data": {"youtube": {"width": 1920}}})] == ["youtube"]
    assert parse_presets({"data": None}) == []
    assert render_output("draft").quality == "draft"
    assert render_output("youtube").preset == "youtube"
