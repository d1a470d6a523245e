"""Concurrent turns on one session lose nothing and charge once each (item 3).

Every wait is bounded: a turn by ``TURN_S`` (a hung turn still sends heartbeats, so only the
clock ends it), a pool of turns by the same bound, a child ``lumatui`` by ``cli.TIMEOUT``.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from tests.e2e.raw import Raw, data_lines, events
from tests.support.chat import SMALL_CANVAS, function_calls, new_session
from tests.support.engine import RunningEngine

from . import cli

SUBJECTS = ["red kite", "pine forest", "tin robot", "paper boat", "neon sign", "old tram"]
TURN_S = 120.0


def _ok_calls(evs: list[dict[str, Any]]) -> list[bool]:
    return [
        bool(part["functionResponse"]["response"].get("ok"))
        for event in evs
        for part in event.get("content", {}).get("parts", [])
        if "functionResponse" in part
    ]


def test_six_parallel_generations_all_land_in_the_draft(engine: RunningEngine) -> None:
    chat = new_session(engine)
    before = chat.raw.credits()["available"]

    def one(subject: str) -> list[dict[str, Any]]:
        raw = Raw(engine.url)
        raw.token = chat.raw.token
        return events(raw.chat(chat.sid, f"generate a 1-second clip of a {subject}", TURN_S))

    with ThreadPoolExecutor(len(SUBJECTS)) as pool:
        turns = list(pool.map(one, SUBJECTS, timeout=TURN_S + 10))
    succeeded = 0
    for evs in turns:
        assert not [e for e in evs if "error" in e], evs
        oks = _ok_calls(evs)
        assert oks, evs
        succeeded += all(oks)
    assert succeeded == len(SUBJECTS)
    assert len(chat.clips) == len(SUBJECTS), json.dumps(chat.clips)[:500]
    credits = chat.raw.credits()
    assert credits["frozen"] == 0
    assert credits["available"] == before - 2 * len(SUBJECTS)  # 2 per second, each once


def test_parallel_cli_asks_on_one_session_all_land(engine: RunningEngine) -> None:
    setup = cli.run("--json", "ask", SMALL_CANVAS, api=engine.url)
    assert setup.returncode == 0, setup.stderr
    sid = json.loads(setup.stdout)["session_id"]
    asks = [
        cli.start(
            "--json", "ask", "--session", sid, f"generate a 1-second clip of a {s}", api=engine.url
        )
        for s in SUBJECTS[:4]
    ]
    for process in asks:
        _, err = process.communicate(timeout=cli.TIMEOUT)
        assert process.returncode == 0, err
    status = cli.run("--json", "status", "--session", sid, api=engine.url)
    assert status.returncode == 0, status.stderr
    draft = json.loads(status.stdout)["draft"]
    clips = [seg for t in draft.get("t", []) if t["tt"] == 0 for seg in t["sg"]]
    assert len(clips) == 4, json.dumps(draft)[:800]


def test_a_turn_that_waited_reads_the_draft_the_earlier_turn_left(engine: RunningEngine) -> None:
    """Planned inside the lock: "delete the boat one", sent while the boat is made, deletes it."""
    chat = new_session(engine)
    before = chat.raw.credits()["available"]
    body = {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": chat.sid,
        "new_message": {"parts": [{"text": "generate a 1-second clip of a paper boat"}]},
    }
    headers = {**chat.raw.auth, "Accept": "text/event-stream"}
    with chat.raw.http.stream("POST", "/run_sse", json=body, headers=headers) as first:
        assert first.status_code == 200
        lines = data_lines(first, TURN_S)
        # The first event is on the wire: the first turn holds the session's lock.
        head = next(lines)
        other = Raw(engine.url)
        other.token = chat.raw.token
        second = events(other.chat(chat.sid, "delete the paper boat one", TURN_S))
        made = events([head, *lines])
    assert "generate_clip" in function_calls(made), made  # the first turn made the boat
    assert all(_ok_calls(second)) and _ok_calls(second), second
    assert chat.clips == []
    # Each turn paid once: 2 credits for the generated second, 1 for the edit.
    assert chat.raw.credits()["available"] == before - 2 - 1
