"""Local credits: frozen while a turn runs, charged when done, topped up by a new session."""

from __future__ import annotations

from pathlib import Path

from tests.support.engine import RunningEngine, start_engine

from .raw import Raw


def test_a_new_session_tops_the_balance_back_up(engine: RunningEngine) -> None:
    raw = Raw(engine.url)
    raw.login()
    first = raw.session()
    raw.chat(first, "generate a 2-second clip of a red barn")
    spent = raw.credits()
    assert spent["available"] == 96 and spent["total"] == spent["available"] + spent["frozen"]
    raw.session()
    assert raw.credits() == {"available": 100, "frozen": 0, "total": 100}


def test_one_session_can_still_run_out(tmp_path: Path) -> None:
    running = start_engine(tmp_path / "engine", "--anonymous-credits", "12")
    try:
        raw = Raw(running.url)
        raw.login()
        sid = raw.session()
        raw.chat(sid, "generate a 5-second clip of a lighthouse")
        assert raw.credits()["available"] == 2
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": sid,
            "new_message": {"parts": [{"text": "generate a 5-second clip of a harbour"}]},
        }
        refused = raw.post("/run_sse", json=body)
        assert refused.json()["code"] == 2001
    finally:
        running.stop()
