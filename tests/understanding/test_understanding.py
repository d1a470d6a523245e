"""The understanding corpus through the real engine over HTTP: dev and held-out sessions.

Each set must be understood at 95% of its steps or more, and no step may be unsafe: a clip
lost by a turn that deleted nothing, a credit charged for a turn that did nothing, or a
question of 400 characters or more. ``benchmarks/understanding.py`` prints the same numbers
with every misread listed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.engine import RunningEngine
from tests.understanding.corpus import describe, run_corpus
from tests.understanding.sets import DEV, HELDOUT, RECENT

SETS = {"dev": DEV, "recent": RECENT, "heldout": HELDOUT}


def test_the_corpus_is_large_and_bilingual() -> None:
    steps = [m for sessions in SETS.values() for _, s in sessions for m, _ in s]
    assert len(steps) >= 400
    chinese = [m for m in steps if any("\u4e00" <= c <= "\u9fff" for c in m)]
    assert len(chinese) >= 80


@pytest.mark.parametrize("name", list(SETS))
def test_steps_are_understood_and_safe(engine: RunningEngine, tmp_path: Path, name: str) -> None:
    report = run_corpus(engine, SETS[name], tmp_path)
    assert not report.unsafe, describe(report, name)
    assert report.share >= 0.95, describe(report, name)
