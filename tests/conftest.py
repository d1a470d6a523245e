"""Shared fixtures: an isolated LUMATUI_HOME, and the real engine on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.engine import RunningEngine, start_engine


@pytest.fixture(autouse=True)
def lumatui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does touches the developer's own config, tokens or videos."""
    home = tmp_path / "home"
    monkeypatch.setenv("LUMATUI_HOME", str(home))
    for name in ("NEMO_TOKEN", "NEMO_API_URL"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    running = start_engine(
        tmp_path_factory.mktemp("engine"),
        *("--heartbeat-seconds", "0.2", "--render-slots", "1"),
        "--allow-private-urls",  # URL-upload tests fetch from a loopback server
    )
    yield running
    running.stop()
