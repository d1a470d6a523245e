"""Fixtures for the hardening tests: one shared engine user with a tiny clip uploaded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.engine import RunningEngine

from .kit import new_user, tiny_clip, upload


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tiny_clip(tmp_path_factory.mktemp("clip") / "clip.mp4")


@pytest.fixture()
def user(engine: RunningEngine, clip: Path) -> dict[str, Any]:
    raw, sid = new_user(engine.url)
    return {"raw": raw, "sid": sid, "src": upload(raw, sid, clip)}
