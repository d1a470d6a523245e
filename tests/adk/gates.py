"""Gates a test agent waits on, so a "long silence" lasts until the test has seen its effect.

The ADK server runs in the test process (on its own thread), and ADK imports the agents with
this module on the path, so the agent and the test share these events.
"""

from __future__ import annotations

import threading

_GATES: dict[str, threading.Event] = {}
_LOCK = threading.Lock()
LONGEST_WAIT = 20.0  # a gate nobody opens ends the silence anyway, so no run hangs


def gate(name: str) -> threading.Event:
    with _LOCK:
        return _GATES.setdefault(name, threading.Event())


def release(name: str) -> None:
    gate(name).set()
