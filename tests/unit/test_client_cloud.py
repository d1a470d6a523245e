"""Client behaviour for answers only the cloud gives (mocked transport) and pure settings."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from lumatui.client import FileTooLarge, NemoClient, NoCredits, UnsupportedFile, settings
from lumatui.client.errors import error_for
from lumatui.client.token_store import StoredToken, TokenStore

BASE = "https://cloud.example"


def client_with(handler, **kw) -> NemoClient:
    store = TokenStore()
    store.save(BASE, StoredToken("nmv_usr_t", "anon_1", "2999-01-01T00:00:00Z"))
    return NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store, **kw)


@pytest.mark.parametrize(
    "body",
    [
        {"status": "completed", "output": {"url": "https://cdn.example/v.mp4"}},
        {"code": 0, "data": {"status": "completed", "outputUrl": "https://cdn.example/v.mp4"}},
        {
            "success": True,
            "data": {
                "status": "completed",
                "outputUrl": "https://cdn.example/v.mp4",
                "progress": 100,
            },
        },
    ],
)
async def test_poll_accepts_every_shape(body: dict) -> None:
    async with client_with(lambda r: httpx.Response(200, json=body)) as client:
        job = await client.poll_render("render_1")
    assert (job.status, job.output_url) == ("completed", "https://cdn.example/v.mp4")


async def test_every_request_carries_attribution_and_client_id() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": 0, "data": {"available": 5, "total": 5}})

    async with client_with(handler, client_id="cid-1") as client:
        await client.credits()
    (request,) = seen
    assert request.headers["X-Skill-Source"] == "ai-video-generator-free-luma"
    assert request.headers["X-Skill-Platform"] == "terminal"
    assert request.headers["X-Skill-Version"]
    assert request.headers["X-Client-Id"] == "cid-1"
    assert request.headers["Authorization"] == "Bearer nmv_usr_t"


async def test_2xx_with_an_error_code_is_an_error() -> None:
    body = {"code": 2001, "message": "Insufficient credits"}
    async with client_with(lambda r: httpx.Response(200, json=body)) as client:
        with pytest.raises(NoCredits):
            await client.credits()


def test_registered_users_are_told_to_top_up() -> None:
    error = error_for(200, {"code": 2001, "message": "no"}, user_id="usr_42")
    assert isinstance(error, NoCredits)
    assert error.register_url == "" and "top up" in error.action.lower()


async def test_upload_checks_happen_before_any_request(tmp_path: Path) -> None:
    calls: list[httpx.Request] = []
    big = tmp_path / "big.mp4"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024 + 1)  # sparse: no real disk use
    text = tmp_path / "notes.txt"
    text.write_text("hi")
    async with client_with(lambda r: calls.append(r) or httpx.Response(500)) as client:
        with pytest.raises(FileTooLarge) as too_big:
            await client.upload_files("1", [big])
        with pytest.raises(UnsupportedFile):
            await client.upload_files("1", [text])
    assert calls == []
    assert "compress" in too_big.value.action


async def test_env_token_is_used_and_never_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEMO_TOKEN", "nmv_usr_env")
    auth: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        auth.append(request.headers["Authorization"])
        return httpx.Response(200, json={"code": 0, "data": {}})

    store = TokenStore()
    async with NemoClient(BASE, transport=httpx.MockTransport(handler), token_store=store) as c:
        await c.credits()
    assert auth == ["Bearer nmv_usr_env"]
    assert not store.path.exists()


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch, lumatui_home: Path) -> None:
    assert settings.resolve_base_url() == settings.CLOUD_URL
    config = lumatui_home / "config"
    config.mkdir(parents=True)
    (config / "config.json").write_text(json.dumps({"api_url": "http://from-config"}))
    assert settings.resolve_base_url() == "http://from-config"
    monkeypatch.setenv("NEMO_API_URL", "http://from-env/")
    assert settings.resolve_base_url() == "http://from-env"
    assert settings.resolve_base_url("http://from-flag") == "http://from-flag"


def test_client_id_is_made_once_and_kept() -> None:
    first = settings.client_id()
    assert settings.client_id() == first
    assert settings.client_id(renew=True) != first


def test_expired_token_is_detected_five_minutes_early() -> None:
    assert StoredToken("t", "u", "2000-01-01T00:00:00Z").expired()
    assert not StoredToken("t", "u", "2999-01-01T00:00:00Z").expired()
    assert not StoredToken("t", "", "", from_env=True).expired()
