"""One real ADK server for the whole test session (skipped only when google-adk is absent)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.adk.adk_server import RunningAdk, start_adk


@pytest.fixture(scope="session")
def adk() -> Iterator[RunningAdk]:
    pytest.importorskip(
        "google.adk", reason="google-adk is in the test extra: pip install -e '.[test]'"
    )
    running = start_adk()
    yield running
    running.stop()
