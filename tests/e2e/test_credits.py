"""Local credits: frozen while a turn runs, charged when done, topped up by a new session."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.chat import final_text, new_session
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


def oks_of(evs: list[dict[str, Any]]) -> list[bool]:
    """Whether each step of a turn worked, in order (its function responses)."""
    return [
        bool(part["functionResponse"]["response"].get("ok"))
        for event in evs
        for part in event.get("content", {}).get("parts", [])
        if "functionResponse" in part
    ]


def turn_body(sid: str, text: str) -> dict[str, object]:
    return {
        "app_name": "nemo_agent",
        "user_id": "me",
        "session_id": sid,
        "new_message": {"parts": [{"text": text}]},
    }


def test_spending_exactly_the_balance_is_allowed_and_one_more_is_refused(
    tmp_path: Path,
) -> None:
    # 2 credits a generated second, 1 an edit: 7 credits is 3 s of clip plus one edit.
    running = start_engine(tmp_path / "engine", "--anonymous-credits", "7")
    try:
        raw = Raw(running.url)
        raw.login()
        sid = raw.session()
        over = raw.post("/run_sse", json=turn_body(sid, "generate a 4-second clip of a dune"))
        assert over.json()["code"] == 2001  # 8 credits: one more than the 7 held
        assert raw.credits() == {"available": 7, "frozen": 0, "total": 7}
        raw.chat(sid, "generate a 3-second clip of a dune at dusk")
        assert raw.credits() == {"available": 1, "frozen": 0, "total": 1}
        raw.chat(sid, "add a title 'Dusk' for the first 2 seconds")  # costs the last credit
        assert raw.credits() == {"available": 0, "frozen": 0, "total": 0}
        draft = raw.state(sid)["state"]["draft"]
        assert [s for t in draft["t"] if t["tt"] == 7 for s in t["sg"]], draft  # the title
        refused = raw.post("/run_sse", json=turn_body(sid, "add a caption 'more' at the end"))
        assert refused.json()["code"] == 2001
        assert raw.credits()["available"] == 0
    finally:
        running.stop()


def test_a_step_that_fails_is_not_charged_and_nothing_stays_frozen(engine: RunningEngine) -> None:
    """Each step is frozen before the turn and charged only when it worked: a failed step's
    credit comes back, whether it fails alone, first or last."""
    chat = new_session(engine, "generate a 1 second clip of a lake")
    start = chat.raw.credits()["available"]
    already = "move the first clip to the start"  # planned, then refused: it is there already
    steps = [
        (already, [False], 0),
        (f"{already} and mute the first clip", [False, True], 1),
        (f"unmute the first clip and {already}", [True, False], 1),
    ]
    spent = 0
    for message, oks, cost in steps:
        evs = chat.say(message)
        assert oks_of(evs) == oks, evs
        spent += cost
        want = start - spent
        assert chat.raw.credits() == {"available": want, "frozen": 0, "total": want}, message
    assert final_text(evs) == "Set clip 1 volume to 100%. Clip 1 is already there."


def test_an_edit_that_changes_nothing_is_not_charged_nor_claimed(engine: RunningEngine) -> None:
    chat = new_session(engine)
    chat.say("generate a 2 second clip of a lighthouse")
    chat.say("generate a 1 second clip of a harbour")
    before, draft = chat.raw.credits()["available"], chat.draft()
    for message in ("trim clip 1 to 2 seconds", "remove the transitions"):
        reply = final_text(chat.say(message))
        assert "already" in reply and "Trimmed" not in reply and "Removed" not in reply, reply
    assert chat.raw.credits()["available"] == before
    assert chat.draft() == draft
