"""Fixtures for the app tests: the app on the shared engine, and an engine with no credits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.engine import RunningEngine, start_engine


@pytest.fixture(autouse=True)
def half_blocks() -> Iterator[None]:
    """Frames are drawn as half-blocks whatever terminal runs the tests (Kitty's or Sixel's
    output would make the snapshots depend on it)."""
    from lumatui.tui.widgets import frame_renderer

    frame_renderer.force("halfcell")
    yield
    frame_renderer.force(None)


@pytest.fixture(scope="module")
def broke_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    """Anonymous users get no credits here: every generation answers 2001."""
    running = start_engine(
        tmp_path_factory.mktemp("broke"), "--anonymous-credits", "0", "--render-slots", "1"
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def silent_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    """Every edit ends with no text, as ~30% of the cloud's do."""
    running = start_engine(
        tmp_path_factory.mktemp("silent"), "--silent-edit-share", "1", "--render-slots", "1"
    )
    yield running
    running.stop()


@pytest.fixture(scope="module")
def low_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    """New users get 15 credits: below the low mark from the start."""
    running = start_engine(tmp_path_factory.mktemp("low"), "--anonymous-credits", "15")
    yield running
    running.stop()
