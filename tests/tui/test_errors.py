"""Every error is a line in the chat that says what to do; none is a traceback."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from lumatui.tui.app import LumaApp
from lumatui.tui.widgets.credits_panel import CreditsPanel
from tests.support.engine import RunningEngine
from tests.tui.helpers import chat_text, send, timeline_segments, wait_for

SIZE = (140, 40)


async def test_unreachable_backend_is_a_clear_line_and_ctrl_r_retries() -> None:
    app = LumaApp("http://127.0.0.1:9")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: "Cannot reach" in chat_text(app))
        await app.workers.wait_for_complete()
        text = chat_text(app)
        assert "Cannot reach http://127.0.0.1:9" in text
        assert "Check the URL" in text and "Traceback" not in text
        assert "not connected" in str(app.query_one(CreditsPanel).render())
        assert app.is_running and not app.ready
        await send(pilot, "/credits")
        await wait_for(pilot, lambda: "Still setting up" in chat_text(app))
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: chat_text(app).count("Cannot reach") == 2)


async def test_malformed_backend_url_is_explained() -> None:
    app = LumaApp("not a url")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: "⚠" in chat_text(app))
        assert "Traceback" not in chat_text(app) and app.is_running


async def test_no_credits_shows_the_registration_link(broke_engine: RunningEngine) -> None:
    app = LumaApp(broke_engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        panel = app.query_one(CreditsPanel)
        assert panel.has_class("empty")
        await send(pilot, "generate a 1-second clip of a volcano")
        await wait_for(pilot, lambda: not app.turn_running and "⚠" in chat_text(app))
        text = chat_text(app)
        assert "https://nemovideo.com/register?bind=anon_" in text
        assert "Traceback" not in text


async def test_command_and_upload_mistakes(engine: RunningEngine, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    picture = tmp_path / "poster.png"
    Image.new("RGB", (64, 64), (200, 40, 40)).save(picture)
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "/frobnicate")
        await wait_for(pilot, lambda: "Unknown command /frobnicate" in chat_text(app))
        await send(pilot, f"/upload {tmp_path / 'missing.mp4'}")
        await wait_for(pilot, lambda: "Cannot find" in chat_text(app))
        await send(pilot, f"/upload {notes}")
        await wait_for(pilot, lambda: "Supported formats" in chat_text(app))
        await send(pilot, "/upload")
        await wait_for(pilot, lambda: "Which file?" in chat_text(app))
        await send(pilot, "/export cinema")
        await wait_for(pilot, lambda: "Unknown preset 'cinema'" in chat_text(app))
        await send(pilot, "export")
        await wait_for(pilot, lambda: "nothing to export" in chat_text(app).lower(), timeout=60)
        # A pasted path is an upload, and it never reaches the agent.
        await send(pilot, str(picture))
        await wait_for(pilot, lambda: "Uploaded poster.png" in chat_text(app), timeout=60)
        assert app.workspace is not None
        assert app.workspace.history.messages(app.workspace.api_url, app.workspace.session_id) == []


async def test_a_silent_edit_is_described_from_the_diff(silent_engine: RunningEngine) -> None:
    app = LumaApp(silent_engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a lake")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready, timeout=60)
        before = chat_text(app)
        await send(pilot, "add a title 'Urban Dreams' for the first 3 seconds")
        await wait_for(pilot, lambda: not app.turn_running and chat_text(app) != before)
        await wait_for(pilot, lambda: not app.turn_running)
        texts = [(s.txt, s.st, s.d) for t in app.draft.t if t.tt == 7 for s in t.sg]
        # Cut to the 1-second video it is on, and said as it is.
        assert texts == [("Urban Dreams", 0, 1000)], f"the title was not added: {app.draft.t}"
        assert 'Added Title: "Urban Dreams" (0-1s)' in chat_text(app)


async def test_a_session_the_backend_forgot_is_replaced_and_the_message_sent(
    engine: RunningEngine,
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        assert app.workspace is not None
        app.workspace.session_id = "100000000001"  # as if the backend had dropped it
        await send(pilot, "generate a 1-second clip of a meadow")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        text = chat_text(app)
        assert "no longer knows this session" in text and "send it again" not in text
        assert app.workspace.session_id != "100000000001"
        assert "meadow" in timeline_segments(app)[0]
