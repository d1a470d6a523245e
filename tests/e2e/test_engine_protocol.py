"""The engine against a plain HTTP client: paths, envelopes, status and error codes."""

from __future__ import annotations

import io
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lumatui.engine.media.probe import probe
from tests.support.engine import RunningEngine, start_engine

from .raw import ATTRIBUTION, Raw, events

FRAME_S = 1 / 30


def wait_render(raw: Raw, job_id: str, deadline_s: float = 120) -> dict[str, Any]:
    """Poll as the protocol asks (the engine has no push); bounded by a deadline."""
    end = time.monotonic() + deadline_s
    seen = []
    while time.monotonic() < end:
        body = raw.get(f"/api/render/proxy/lambda/{job_id}").json()
        assert body["success"] is True
        seen.append(body["data"]["status"])
        if body["data"]["status"] in ("completed", "failed", "cancelled"):
            return body["data"]
        time.sleep(0.1)
    raise AssertionError(f"render did not finish: {seen[-5:]}")


@pytest.fixture(scope="module")
def made(engine: RunningEngine) -> dict[str, Any]:
    """One user, one session, one generated 5 s clip: shared by the tests below."""
    raw = Raw(engine.url)
    token = raw.login()
    sid = raw.session()
    before = raw.credits()
    payloads = raw.chat(sid, "generate a 5-second clip of a sunset over the ocean")
    return {"raw": raw, "token": token, "sid": sid, "before": before, "payloads": payloads}


def test_anonymous_token_shape(engine: RunningEngine) -> None:
    raw = Raw(engine.url)
    data = raw.login()
    assert data["token"].startswith("nmv_usr_")
    assert data["user_id"].startswith("anon_")
    assert data["credits"] == 100
    assert data["expires_at"].endswith("Z")


def test_token_is_stored_hashed(engine: RunningEngine, made: dict[str, Any]) -> None:
    token = made["token"]["token"]
    db = sqlite3.connect(engine.data_dir / "engine.sqlite3")
    rows = db.execute("SELECT token_hash FROM tokens").fetchall()
    assert rows and all(token not in row[0] for row in rows)
    assert token.encode() not in (engine.data_dir / "engine.sqlite3").read_bytes()


def test_missing_client_id_is_400(engine: RunningEngine) -> None:
    raw = Raw(engine.url)
    r = raw.http.post("/api/auth/anonymous-token")
    assert r.status_code == 400


@pytest.mark.parametrize("auth", [None, "Bearer nmv_usr_not-a-real-token", "Basic abc"])
def test_bad_token_is_1001(engine: RunningEngine, auth: str | None) -> None:
    raw = Raw(engine.url)
    headers = {"Authorization": auth} if auth else {}
    r = raw.http.get("/api/credits/balance/simple", headers=headers)
    assert r.status_code == 401
    assert r.json()["code"] == 1001


def test_unknown_session_is_1002(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    r = raw.get("/api/state/nemo_agent/me/999999/latest")
    assert r.json()["code"] == 1002
    body = {"session_id": "999999", "new_message": {"parts": [{"text": "hi"}]}}
    r = raw.post("/run_sse", json=body)
    assert r.status_code == 404 and r.json()["code"] == 1002


def test_another_users_session_is_1002(engine: RunningEngine, made: dict[str, Any]) -> None:
    other = Raw(engine.url)
    other.login()
    assert other.get(f"/api/state/nemo_agent/me/{made['sid']}/latest").json()["code"] == 1002


def test_session_id_is_numeric(made: dict[str, Any]) -> None:
    assert made["sid"].isdigit()


def test_generation_streams_adk_events(made: dict[str, Any]) -> None:
    payloads: list[str] = made["payloads"]
    assert "" in payloads, "expected at least one empty data: heartbeat during generation"
    evs = events(payloads)
    parts = [p for e in evs for p in e["content"]["parts"]]
    calls = [p["functionCall"] for p in parts if "functionCall" in p]
    responses = [p["functionResponse"] for p in parts if "functionResponse" in p]
    assert [c["name"] for c in calls] == ["generate_clip"]
    assert calls[0]["args"]["seconds"] == 5
    assert [r["id"] for r in responses] == [calls[0]["id"]]
    finals = [e for e in evs if not e.get("partial") and "text" in e["content"]["parts"][0]]
    partials = [e["content"]["parts"][0]["text"] for e in evs if e.get("partial")]
    assert len(finals) == 1
    final = finals[0]["content"]["parts"][0]["text"]
    assert "".join(partials) == final
    assert "local generator" in final and "Timeline (" not in final


def test_credits_consumed_and_add_up(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    after = raw.credits()
    assert made["before"] == {"available": 100, "frozen": 0, "total": 100}
    assert after["frozen"] == 0
    assert after["available"] == 90  # 5 s at 2 credits a second
    assert after["total"] == after["available"] + after["frozen"]


def test_state_has_the_clip(made: dict[str, Any]) -> None:
    data = made["raw"].state(made["sid"])
    assert data["session_id"] == made["sid"]
    state = data["state"]
    draft = state["draft"]
    assert draft["m"]["width"] == 1080 and draft["m"]["height"] == 1920
    assert draft["d"] == 5000
    (track,) = draft["t"]
    assert track["tt"] == 0
    (seg,) = track["sg"]
    assert seg["st"] == 0 and seg["d"] == 5000 and seg["src"].startswith("http")
    assert state["canvas_config"]["width"] == 1080
    (info,) = state["video_infos"]
    assert info["duration"] == pytest.approx(5.0, abs=FRAME_S)


def test_media_is_served_to_its_owner_only(engine: RunningEngine, made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    src = raw.state(made["sid"])["state"]["draft"]["t"][0]["sg"][0]["src"]
    assert raw.http.get(src, headers=raw.auth).status_code == 200
    other = Raw(engine.url)
    other.login()
    assert other.http.get(src, headers=other.auth).status_code == 404
    assert raw.http.get(src).status_code == 401


def test_export_without_attribution_is_402(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    draft = raw.state(made["sid"])["state"]["draft"]
    body = {"id": "render_noattr", "sessionId": made["sid"], "draft": draft}
    headers = {name: "" for name in ATTRIBUTION}
    r = raw.http.post("/api/render/proxy/lambda", json=body, headers={**raw.auth, **headers})
    assert r.status_code == 402
    assert r.json()["success"] is False


def test_export_makes_a_valid_mp4(made: dict[str, Any], tmp_path: Path) -> None:
    raw: Raw = made["raw"]
    draft = raw.state(made["sid"])["state"]["draft"]
    body = {
        "id": "render_e2e_1",
        "sessionId": made["sid"],
        "draft": draft,
        "output": {"format": "mp4", "quality": "high"},
    }
    r = raw.post("/api/render/proxy/lambda", json=body)
    assert r.status_code == 200, r.text
    assert r.json() == {
        "success": True,
        "data": {"id": "render_e2e_1", "status": "pending", "progress": 5},
    }
    reused = raw.post("/api/render/proxy/lambda", json=body)
    assert reused.status_code == 409
    done = wait_render(raw, "render_e2e_1")
    assert done["status"] == "completed", done
    assert done["progress"] == 100
    video = raw.get(done["outputUrl"])
    assert video.status_code == 200
    out = tmp_path / "out.mp4"
    out.write_bytes(video.content)
    info = probe(out)
    assert info.video_codec == "h264"
    assert (info.video_profile or "").lower() == "high"
    assert info.pix_fmt == "yuv420p"
    assert (info.width, info.height) == (1080, 1920)
    assert info.duration == pytest.approx(5.0, abs=FRAME_S)
    assert info.audio_codec == "aac" and info.sample_rate == 48000 and info.channels == 2
    assert info.faststart is True
    assert raw.credits()["available"] == 90, "export must be free"


def test_upload_png_is_probed_to_its_true_size(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    buf = io.BytesIO()
    Image.new("RGB", (321, 123), (200, 30, 30)).save(buf, "PNG")
    r = raw.post(
        f"/api/upload-video/nemo_agent/me/{made['sid']}",
        files={"files": ("photo.png", buf.getvalue(), "image/png")},
    )
    assert r.status_code == 200, r.text
    (f,) = r.json()["data"]["files"]
    assert (f["file_type"], f["width"], f["height"]) == ("image", 321, 123)
    assert raw.http.get(f["cdn_url"], headers=raw.auth).content == buf.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "code", "status"),
    [("notes.txt", b"hello", 4001, 415), ("fake.png", b"not an image", 4001, 415)],
)
def test_bad_uploads(
    made: dict[str, Any], name: str, content: bytes, code: int, status: int
) -> None:
    raw: Raw = made["raw"]
    r = raw.post(f"/api/upload-video/nemo_agent/me/{made['sid']}", files={"files": (name, content)})
    assert r.status_code == status
    assert r.json()["code"] == code
    assert name.split(".")[0] in r.json()["message"]


def test_cancel_a_render(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    draft = raw.state(made["sid"])["state"]["draft"]
    body = {"id": "render_to_cancel", "sessionId": made["sid"], "draft": draft}
    assert raw.post("/api/render/proxy/lambda", json=body).status_code == 200
    r = raw.post("/api/render/proxy/lambda/render_to_cancel/cancel")
    assert r.json()["data"]["status"] == "cancelled"
    assert wait_render(raw, "render_to_cancel")["status"] == "cancelled"
    assert raw.get("/api/render/proxy/lambda/render_to_cancel/download").status_code == 404


def test_unknown_message_gets_a_helpful_answer(made: dict[str, Any]) -> None:
    raw: Raw = made["raw"]
    before = raw.credits()
    evs = events(raw.chat(made["sid"], "tell me a joke"))
    final = [e for e in evs if not e.get("partial")][-1]["content"]["parts"][0]["text"]
    assert "generate" in final.lower()
    assert raw.credits() == before


def test_no_credits_is_2001_before_the_stream(tmp_path: Path) -> None:
    poor = start_engine(tmp_path / "poor", "--anonymous-credits", "5")
    try:
        raw = Raw(poor.url)
        raw.login()
        sid = raw.session()
        body = {"session_id": sid, "new_message": {"parts": [{"text": "generate a 5s clip"}]}}
        r = raw.post("/run_sse", json=body)
        assert r.status_code == 403
        assert r.headers["content-type"].startswith("application/json")
        assert r.json()["code"] == 2001
        assert raw.credits() == {"available": 5, "frozen": 0, "total": 5}
    finally:
        poor.stop()


def test_token_rate_limit_is_429(tmp_path: Path) -> None:
    strict = start_engine(tmp_path / "strict", "--token-requests-per-hour", "2")
    try:
        raw = Raw(strict.url)
        raw.login()
        raw.login()
        r = raw.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": raw.client_id})
        assert r.status_code == 429
    finally:
        strict.stop()


def test_restart_loses_nothing(tmp_path: Path) -> None:
    first = start_engine(tmp_path / "data")
    try:
        raw = Raw(first.url)
        raw.login()
        sid = raw.session()
        buf = io.BytesIO()
        Image.new("RGB", (64, 48)).save(buf, "PNG")
        raw.post(
            f"/api/upload-video/nemo_agent/me/{sid}", files={"files": ("a.png", buf.getvalue())}
        )
        before = raw.state(sid)
    finally:
        first.stop()
    second = start_engine(tmp_path / "data")
    try:
        raw.http.base_url = second.url
        after = raw.state(sid)
        strip = json.dumps(before["state"]["draft"]), len(before["state"]["video_infos"])
        assert (json.dumps(after["state"]["draft"]), len(after["state"]["video_infos"])) == strip
        assert raw.credits()["available"] == 100
    finally:
        second.stop()
