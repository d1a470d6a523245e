"""FastAPI/ADK error bodies become clear messages, and ADK's unknown session means 1002."""

from __future__ import annotations

import pytest

from lumatui.client.errors import ServerError, SessionNotFound, error_for
from lumatui.protocol.fastapi_detail import detail_text, is_session_not_found

VALIDATION = {
    "detail": [
        {"type": "missing", "loc": ["body", "session_id"], "msg": "Field required"},
        {"type": "bool_parsing", "loc": ["body", "streaming"], "msg": "Input should be a bool"},
    ]
}


@pytest.mark.parametrize("sid", ["4f0c2d9e-1111-4a3b-9c1d-0e9f8a7b6c5d", "s", "会话-7", "x" * 300])
def test_adk_unknown_session_is_session_not_found(sid: str) -> None:
    error = error_for(404, {"detail": f"Session not found: {sid}"})
    assert isinstance(error, SessionNotFound)
    assert sid[:40] in error.message and error.action


@pytest.mark.parametrize(
    "body",
    [{"detail": "Not Found"}, {"detail": "Agent not found: nemo_agent"}, None, {"detail": []}],
)
def test_other_404s_are_not_a_lost_session(body: object) -> None:
    error = error_for(404, body)
    assert not isinstance(error, SessionNotFound)
    assert isinstance(error, ServerError) and "404" in error.message


def test_a_404_session_text_on_another_status_is_not_a_lost_session() -> None:
    assert not is_session_not_found(500, {"detail": "Session not found: s1"})


def test_validation_details_name_each_field() -> None:
    error = error_for(422, VALIDATION)
    assert "body.session_id: Field required" in error.message
    assert "body.streaming: Input should be a bool" in error.message
    assert "422" in error.message


def test_string_detail_is_the_message() -> None:
    error = error_for(400, {"detail": "app_name is required when ADK_DEFAULT_APP_NAME is not set"})
    assert "app_name is required" in error.message


def test_long_validation_lists_are_cut_short() -> None:
    items = [{"loc": ["body", f"f{i}"], "msg": "bad"} for i in range(9)]
    text = detail_text({"detail": items})
    assert text.count("bad") == 3 and text.endswith("and 6 more")


@pytest.mark.parametrize("body", [{}, {"detail": None}, {"detail": 7}, [], "Not Found"])
def test_bodies_without_a_detail_read_as_nothing(body: object) -> None:
    assert detail_text(body) == ""


def test_the_envelope_message_wins_over_detail() -> None:
    error = error_for(500, {"message": "render farm down", "detail": "ignored"})
    assert "render farm down" in error.message and "ignored" not in error.message
