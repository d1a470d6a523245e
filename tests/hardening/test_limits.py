"""What one token may ask for: render length, size, segments, queue; bodies that are too big
or too deep (items 6 and 10). Every refusal is a 4xx with a sentence, never a 500."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from lumatui.engine.http.limits import MAX_JSON_BYTES, MAX_QUEUED_RENDERS
from tests.e2e.raw import Raw
from tests.support.engine import RunningEngine

from .kit import RENDER, new_user, small_draft, submit, wait


def _draft(src: str, **meta: Any) -> dict[str, Any]:
    draft = small_draft(src)
    draft["m"].update(meta)
    return draft


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"m": {"width": 0, "height": 0}}, "width"),
        ({"m": {"width": -320, "height": 240}}, "width"),
        ({"m": {"width": 320, "height": -2}}, "height"),
        ({"m": {"width": 8192, "height": 8192}}, "4096"),
        ({"m": {"width": 160, "height": 100000}}, "4096"),
        ({"m": {"width": 160, "height": 96, "fps": 0}}, "frame rate"),
        ({"m": {"width": 160, "height": 96, "fps": 10000}}, "frame rate"),
        ({"d": 10**9}, "minutes"),
        ({"seg": {"d": 11 * 60 * 1000}}, "minutes"),
        ({"seg": {"st": 10**12, "d": 1000}}, "minutes"),
        ({"seg": {"d": -5000}}, "negative"),
    ],
)
def test_renders_beyond_the_limits_are_refused(
    user: dict[str, Any], change: dict[str, Any], words: str
) -> None:
    draft = small_draft(user["src"])
    draft["m"].update(change.get("m", {}))
    draft["t"][0]["sg"][0].update(change.get("seg", {}))
    if "d" in change:
        draft["d"] = change["d"]
    job = f"limit_{abs(hash(json.dumps(change))) % 10**9}"
    r = submit(user["raw"], user["sid"], job, draft)
    assert r.status_code == 400, r.text
    assert words in r.json()["error"], r.json()
    assert user["raw"].get(f"{RENDER}/{job}").status_code == 404  # nothing was queued


def test_ten_thousand_segments_fail_cleanly(user: dict[str, Any]) -> None:
    segments = [{"st": i * 10, "d": 10, "src": user["src"]} for i in range(10_000)]
    draft = {"m": {"width": 160, "height": 96}, "t": [{"tt": 0, "sg": segments}]}
    r = submit(user["raw"], user["sid"], "many_segments", draft)
    assert r.status_code == 400 and "segments" in r.json()["error"], r.text[:300]


def test_one_token_cannot_flood_the_queue(engine: RunningEngine, user: dict[str, Any]) -> None:
    raw, sid, src = user["raw"], user["sid"], user["src"]
    accepted: list[str] = []
    refusal = None
    for n in range(40):
        r = submit(raw, sid, f"flood_{n}", small_draft(src, 30_000))
        if r.status_code == 429:
            refusal = r.json()["error"]
            break
        assert r.status_code == 200, r.text
        accepted.append(f"flood_{n}")
    assert refusal is not None and "renders waiting" in refusal, accepted
    statuses = [raw.get(f"{RENDER}/{job}").json()["data"]["status"] for job in accepted]
    assert sum(s in ("pending", "processing") for s in statuses) <= MAX_QUEUED_RENDERS
    other, osid = new_user(engine.url)  # the limit is per user: others still submit
    assert submit(other, osid, "not_flooded", small_draft(src)).status_code == 200
    for job in accepted:
        raw.post(f"{RENDER}/{job}/cancel")


@pytest.mark.parametrize("depth", [100, 5_000, 200_000])
def test_deeply_nested_json_is_a_4xx(user: dict[str, Any], depth: int) -> None:
    raw: Raw = user["raw"]
    nested = "[" * depth + "]" * depth
    for path in (RENDER, "/run_sse", "/api/tasks/me/with-session/nemo_agent"):
        body = f'{{"id": "deep", "sessionId": "{user["sid"]}", "draft": {nested}}}'
        r = raw.post(path, content=body, headers={"Content-Type": "application/json"})
        assert 400 <= r.status_code < 500, (path, r.status_code, r.text[:200])


def test_a_huge_task_name_is_refused(user: dict[str, Any]) -> None:
    raw: Raw = user["raw"]
    for size in (10_000, 50 * 1024 * 1024):
        body = {"task_name": "n" * size, "language": "en"}
        r = raw.post("/api/tasks/me/with-session/nemo_agent", json=body)
        assert r.status_code in (400, 413), r.status_code
        assert r.json()["message"]


def test_refusals_leave_rendering_working(user: dict[str, Any]) -> None:
    raw, sid, src = user["raw"], user["sid"], user["src"]
    submit(raw, sid, "bad_canvas", _draft(src, width=0))
    assert submit(raw, sid, "after_limits", small_draft(src)).status_code == 200
    assert wait(raw, "after_limits")["status"] == "completed"


def _chunked(body: bytes) -> Iterator[bytes]:
    """The body in 1 MB pieces with no Content-Length: the engine must count as it reads."""
    for start in range(0, len(body), 1024 * 1024):
        yield body[start : start + 1024 * 1024]


def test_a_json_body_of_the_limit_is_read_and_one_byte_more_is_refused_midway(
    user: dict[str, Any],
) -> None:
    raw: Raw = user["raw"]
    start = json.dumps({"task_name": "spaced out", "language": "en"}).encode()
    exact = start + b" " * (MAX_JSON_BYTES - len(start))  # valid JSON: trailing whitespace
    path = "/api/tasks/me/with-session/nemo_agent"
    headers = {"Content-Type": "application/json"}
    taken = raw.post(path, content=_chunked(exact), headers=headers)
    assert taken.status_code == 200, taken.text[:300]
    refused = raw.post(path, content=_chunked(exact + b" "), headers=headers)
    assert refused.status_code == 413, refused.text[:300]
    assert "8 MB" in refused.json()["message"]
