"""The corpus's engine: the real canvas, media drawn small (``--media-scale``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.engine import RunningEngine, start_engine
from tests.understanding.corpus import CORPUS_ENGINE


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    running = start_engine(
        tmp_path_factory.mktemp("corpus-engine"),
        *("--heartbeat-seconds", "0.2", "--render-slots", "1", *CORPUS_ENGINE),
    )
    yield running
    running.stop()
