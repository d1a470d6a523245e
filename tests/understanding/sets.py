"""Which session files make up the dev and held-out sets, declared once.

The corpus test and ``benchmarks/understanding.py`` both read these. A set written blind
and then used to tune the planner counts as dev from then on.
"""

from __future__ import annotations

import importlib

from tests.understanding.corpus import Session

DEV_NAMES = (
    *(f"dev{n}" if n > 1 else "dev" for n in range(1, 7)),
    *(f"fresh{n}" for n in range(6, 30)),
    "heldout5",
)
# Blind sets of the last rounds (first runs: FIRST_RUN_fresh30/34/37/40/43/46/49/52/55.md),
# dev now; kept apart so the corpus test runs them beside the older sets rather than after them
RECENT_NAMES = ("fresh30", *(f"fresh{n}" for n in range(33, 58)))
HELDOUT_NAMES = ("heldout",)


def sessions_of(names: tuple[str, ...]) -> list[Session]:
    """Every session of the named files (``tests/understanding/sessions_<name>.py``)."""
    return [
        session
        for name in names
        for session in importlib.import_module(f"tests.understanding.sessions_{name}").SESSIONS
    ]


DEV = sessions_of(DEV_NAMES)
RECENT = sessions_of(RECENT_NAMES)
HELDOUT = sessions_of(HELDOUT_NAMES)
