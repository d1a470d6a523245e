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
from tests.understanding.sessions_dev import SESSIONS as DEV_1
from tests.understanding.sessions_dev2 import SESSIONS as DEV_2
from tests.understanding.sessions_dev3 import SESSIONS as DEV_3
from tests.understanding.sessions_dev4 import SESSIONS as DEV_4
from tests.understanding.sessions_dev5 import SESSIONS as DEV_5
from tests.understanding.sessions_dev6 import SESSIONS as DEV_6
from tests.understanding.sessions_fresh6 import SESSIONS as FRESH_6
from tests.understanding.sessions_fresh7 import SESSIONS as FRESH_7
from tests.understanding.sessions_fresh8 import SESSIONS as FRESH_8
from tests.understanding.sessions_fresh9 import SESSIONS as FRESH_9
from tests.understanding.sessions_fresh10 import SESSIONS as FRESH_10
from tests.understanding.sessions_fresh11 import SESSIONS as FRESH_11
from tests.understanding.sessions_fresh12 import SESSIONS as FRESH_12
from tests.understanding.sessions_fresh13 import SESSIONS as FRESH_13
from tests.understanding.sessions_fresh14 import SESSIONS as FRESH_14
from tests.understanding.sessions_fresh15 import SESSIONS as FRESH_15
from tests.understanding.sessions_fresh16 import SESSIONS as FRESH_16
from tests.understanding.sessions_fresh17 import SESSIONS as FRESH_17
from tests.understanding.sessions_fresh18 import SESSIONS as FRESH_18
from tests.understanding.sessions_fresh19 import SESSIONS as FRESH_19
from tests.understanding.sessions_fresh20 import SESSIONS as FRESH_20
from tests.understanding.sessions_fresh21 import SESSIONS as FRESH_21
from tests.understanding.sessions_fresh22 import SESSIONS as FRESH_22
from tests.understanding.sessions_fresh23 import SESSIONS as FRESH_23
from tests.understanding.sessions_fresh24 import SESSIONS as FRESH_24
from tests.understanding.sessions_fresh25 import SESSIONS as FRESH_25
from tests.understanding.sessions_heldout import SESSIONS as HELDOUT
from tests.understanding.sessions_heldout5 import SESSIONS as HELDOUT_5

# Sets written blind and then used to tune the planner count as dev from then on.
DEV = (
    DEV_1
    + DEV_2
    + DEV_3
    + DEV_4
    + DEV_5
    + DEV_6
    + FRESH_6
    + FRESH_7
    + FRESH_8
    + FRESH_9
    + HELDOUT_5
)
DEV += FRESH_10 + FRESH_11 + FRESH_12 + FRESH_13
DEV += FRESH_14 + FRESH_15 + FRESH_16 + FRESH_17
DEV += FRESH_18 + FRESH_19 + FRESH_20 + FRESH_21 + FRESH_22 + FRESH_23 + FRESH_24 + FRESH_25

SETS = {"dev": DEV, "heldout": HELDOUT}


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
