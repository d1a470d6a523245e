"""Snapshots of the main states (pytest-textual-snapshot; update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.engine import RunningEngine
from tests.tui import scenes

UNREACHABLE = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def home_under_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports land in ``$LUMATUI_HOME/exports``; shown as ``~/home/exports/...`` everywhere."""
    monkeypatch.setenv("HOME", str(tmp_path))


def test_welcome(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.welcome)


def test_after_a_turn(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.after_turn)


def test_streamed_reply(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.streaming)


def test_three_track_timeline(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.three_tracks)


def test_wide_canvas(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.wide_canvas)


def test_palette(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.palette)


def test_export_running(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.export_running)


def test_export_done(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.export_done)


def test_help(snap_compare: Any, engine: RunningEngine) -> None:
    app = scenes.make_app(engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.help_screen)


def test_error(snap_compare: Any) -> None:
    app = scenes.make_app(UNREACHABLE)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.error)


def test_no_credits(snap_compare: Any, broke_engine: RunningEngine) -> None:
    app = scenes.make_app(broke_engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.no_credits)


def test_low_credits(snap_compare: Any, low_engine: RunningEngine) -> None:
    app = scenes.make_app(low_engine.url)
    assert snap_compare(app, terminal_size=scenes.SIZE, run_before=scenes.welcome)
