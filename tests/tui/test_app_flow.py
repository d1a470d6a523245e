"""The app against the real local engine, driven as a person would."""

from __future__ import annotations

import os
from pathlib import Path

from textual.message import Message
from textual.widgets import Button

from lumatui.client.history import History
from lumatui.tui.app import LumaApp
from lumatui.tui.messages import ExportFinished, TurnFinished
from lumatui.tui.widgets.composer import Composer
from lumatui.tui.widgets.credits_panel import CreditsPanel
from lumatui.tui.widgets.timeline_strip import TimelineStrip
from tests.support.engine import RunningEngine
from tests.tui.helpers import chat_text, screen_text, send, timeline_segments, wait_for

SIZE = (140, 40)


async def test_first_open_shows_welcome_then_a_turn_fills_the_timeline(
    engine: RunningEngine,
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        assert "Setting up..." in chat_text(app)
        await wait_for(pilot, lambda: app.ready)
        text = chat_text(app)
        assert "Welcome to lumatui" in text and "Setting up..." not in text
        assert "generate a 5-second cinematic video clip" in text
        await send(pilot, "generate a 1-second clip of a red sunset")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        await pilot.pause()
        labels = timeline_segments(app)
        assert len(labels) == 1 and "Video: red sunset (0-1s)" in labels[0]
        assert "Generated a 1-second clip" in chat_text(app)
        assert "generating a clip" in chat_text(app) or "generated a clip" in chat_text(app)
        # The strip shows the block; moving to it shows its details.
        assert "red sunset" in screen_text(app) and "1 segment" in screen_text(app)
        app.query_one(TimelineStrip).focus()
        await pilot.press("right")
        details = str(app.query_one("#strip-details").render())
        assert "starts 0s" in details and "origin: generated" in details


async def test_credits_widget_matches_the_balance(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of rain")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        assert app.workspace is not None
        balance = await app.workspace.client.credits()
        panel = app.query_one(CreditsPanel)
        await wait_for(pilot, lambda: panel.credits == balance)
        shown = str(panel.render())
        assert f"{balance.available} available" in shown
        assert f"{balance.frozen} frozen" in shown and f"{balance.total} total" in shown
        assert balance.available == 98  # 100 for a new user, 2 per generated second


async def test_export_from_the_panel_writes_an_mp4(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    finished: list[ExportFinished] = []

    def hook(message: Message) -> None:
        if isinstance(message, ExportFinished):
            finished.append(message)

    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of snow")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        await pilot.click("#export-start")
        await wait_for(pilot, lambda: bool(finished), timeout=120)
        path = finished[0].path
        assert path is not None and path.parent == lumatui_home / "exports"
        assert path.stat().st_size > 0 and path.suffix == ".mp4"
        status = str(app.query_one("#export-status").render())
        assert "Saved" in status and path.name[:20] in status.replace("\n", "")
        assert not app.query_one("#export-copy", Button).disabled
        await pilot.click("#export-copy")
        assert app.clipboard == str(path)
        assert "✓ Exported" in chat_text(app)


async def test_a_second_message_waits_in_the_queue(engine: RunningEngine) -> None:
    finished: list[str] = []

    def hook(message: Message) -> None:
        if isinstance(message, TurnFinished):
            finished.append(message.text)

    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 3-second clip of waves")  # long enough to queue behind
        await wait_for(pilot, lambda: app.turn_running)
        await send(pilot, "generate a 1-second clip of birds")
        await wait_for(pilot, lambda: bool(app.queue) or len(finished) == 2)
        assert app.turn_running and not finished, "the first turn ended before the second came"
        queue = app.query_one(Composer).query_one("#queue")
        assert app.queue == ["generate a 1-second clip of birds"]
        assert queue.display and "birds" in str(queue.render())
        # Status and credits still work while the turn runs, and do not wait in the queue.
        await send(pilot, "/credits")
        await wait_for(pilot, lambda: "Credits:" in chat_text(app))
        await wait_for(pilot, lambda: len(finished) == 2, timeout=120)
        assert finished == [
            "generate a 3-second clip of waves",
            "generate a 1-second clip of birds",
        ]
        assert not queue.display
        assert len(timeline_segments(app)) == 2


async def test_status_and_credits_never_reach_the_agent(engine: RunningEngine) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        for text in ("/status", "/credits", "积分", "show tracks"):
            await send(pilot, text)
        await wait_for(pilot, lambda: chat_text(app).count("Credits:") == 2)
        await wait_for(pilot, lambda: chat_text(app).count("timeline is empty") == 2)
        assert app.workspace is not None
        history = app.workspace.history
        assert history.messages(app.workspace.api_url, app.workspace.session_id or "") == []


async def test_reopening_resumes_transcript_timeline_and_exports(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a forest")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        await send(pilot, "/export draft")
        await wait_for(pilot, lambda: app.last_export is not None, timeout=120)
        first_session = app.workspace.session_id if app.workspace else None

    again = LumaApp(engine.url)
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.ready)
        assert again.workspace is not None and again.workspace.session_id == first_session
        text = chat_text(again)
        assert "Resumed" in text and "generate a 1-second clip of a forest" in text
        assert "Generated a 1-second clip" in text and "Welcome" not in text
        assert timeline_segments(again) and "forest" in timeline_segments(again)[0]
        assert "Last export" in str(again.query_one("#export-status").render())
        # /new starts afresh; the old session is still listed.
        await send(pilot, "/new")
        await wait_for(pilot, lambda: again.ready and "Welcome" in chat_text(again))
        assert again.workspace.session_id != first_session
        assert timeline_segments(again) == []
    history = History()
    assert len(history.sessions(engine.url)) == 2
    history.close()
    assert os.listdir(lumatui_home / "exports")


async def test_still_working_appears_when_no_text_arrives(engine: RunningEngine) -> None:
    app = LumaApp(engine.url, still_working_after=0.1, poll_every=0.1)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 3-second clip of a city at night")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready, timeout=120)
        assert "⏳ Still working..." in chat_text(app)


async def test_an_export_running_when_the_app_closed_is_picked_up(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    app = LumaApp(engine.url)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.ready)
        await send(pilot, "generate a 1-second clip of a glacier")
        await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
        workspace = app.workspace
        assert workspace is not None and workspace.session_id is not None
        # Submit a render, and close before it is downloaded (as if lumatui had quit).
        job = await workspace.client.submit_render(workspace.session_id, app.draft)
        workspace.history.record_export(workspace.api_url, workspace.session_id, job.id)
    again = LumaApp(engine.url)
    async with again.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.ready)
        await wait_for(pilot, lambda: again.last_export is not None, timeout=120)
        assert again.last_export.parent == lumatui_home / "exports"
        assert "Saved" in str(again.query_one("#export-status").render())


async def test_the_local_engine_resumes_across_restarts_on_a_new_port(tmp_path: Path) -> None:
    """``lumatui --local`` gets a new port each run; its sessions are kept by name."""
    from lumatui.client.workspace import LOCAL_ENGINE_KEY
    from tests.support.engine import start_engine

    first = start_engine(tmp_path / "engine")
    try:
        app = LumaApp(first.url, history_key=LOCAL_ENGINE_KEY)
        async with app.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: app.ready)
            await send(pilot, "generate a 1-second clip of a lighthouse")
            await wait_for(pilot, lambda: not app.turn_running and app.draft.ready)
            session = app.workspace.session_id if app.workspace else None
    finally:
        first.stop()
    second = start_engine(tmp_path / "engine")
    try:
        assert second.url != first.url
        again = LumaApp(second.url, history_key=LOCAL_ENGINE_KEY)
        async with again.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: again.ready)
            assert again.workspace is not None and again.workspace.session_id == session
            assert "lighthouse" in chat_text(again) and timeline_segments(again)
    finally:
        second.stop()
