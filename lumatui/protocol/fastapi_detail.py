"""FastAPI's error bodies (what ADK's ``api_server`` answers with) read as one sentence.

FastAPI answers ``{"detail": "..."}`` for an ``HTTPException`` (ADK's 404 "Session not found:
…", 400, 422 from a bad run config) and ``{"detail": [{"loc": [...], "msg": ...}, ...]}`` when
the request body fails validation (422).
"""

from __future__ import annotations

from typing import Any

SESSION_NOT_FOUND_PREFIX = "session not found"
MAX_SHOWN = 3  # validation problems listed before "and N more"


def detail_text(body: Any) -> str:
    """The ``detail`` of a FastAPI error body as a sentence; "" when there is none."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        return detail.strip()
    if isinstance(detail, dict):
        return str(detail.get("msg") or detail.get("message") or "").strip()
    if not isinstance(detail, list) or not detail:
        return ""
    problems = [_problem(item) for item in detail[:MAX_SHOWN]]
    more = len(detail) - MAX_SHOWN
    text = "; ".join(problem for problem in problems if problem)
    return f"{text}; and {more} more" if more > 0 and text else text


def _problem(item: Any) -> str:
    """``body.session_id: Field required`` from one validation error."""
    if not isinstance(item, dict):
        return str(item)
    where = item.get("loc")
    message = str(item.get("msg") or "invalid").strip()
    if isinstance(where, list | tuple) and where:
        return f"{'.'.join(str(step) for step in where)}: {message}"
    return message


def is_session_not_found(status: int, body: Any) -> bool:
    """ADK's answer to ``/run_sse`` for a session it does not know (HTTP 404)."""
    return status == 404 and detail_text(body).lower().startswith(SESSION_NOT_FOUND_PREFIX)
