"""lumatui's client against the real engine: the whole path and every error it must handle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from lumatui.client import (
    ExportBlocked,
    NemoClient,
    NoCredits,
    RateLimited,
    SessionNotFound,
    TokenInvalid,
    UnsupportedFile,
    export_video,
    run_turn,
    settings,
)
from lumatui.client.token_store import StoredToken, TokenStore
from lumatui.engine.media.probe import probe
from lumatui.protocol.chat import (
    DoneEvent,
    HeartbeatEvent,
    TextEvent,
    ToolCallEvent,
    ToolResultEvent,
)
from tests.support.engine import RunningEngine, start_engine

FAST_POLLS = [0.05] * 4000


async def no_wait(seconds: float) -> None:
    return None


async def test_token_to_downloaded_mp4(engine: RunningEngine, tmp_path: Path) -> None:
    async with NemoClient(engine.url, sleep=no_wait) as client:
        token = await client.ensure_token()
        assert token.user_id.startswith("anon_")
        session = await client.create_session()
        events = [
            e
            async for e in run_turn(
                client, session.session_id, "generate a 3-second clip of neon city at night"
            )
        ]
        kinds = [type(e) for e in events]
        assert ToolCallEvent in kinds and ToolResultEvent in kinds
        assert HeartbeatEvent in kinds
        assert isinstance(events[-1], DoneEvent) and events[-1].had_text
        shown = "".join(e.text for e in events if isinstance(e, TextEvent))
        assert shown == events[-1].text
        assert shown.count("local generator") == 1, "partials and the final were both shown"

        state = await client.state(session.session_id)
        assert state.state.draft.d == 3000
        credits = await client.credits()
        assert (credits.available, credits.frozen, credits.total) == (94, 0, 94)

        progress = []
        path = await export_video(
            client,
            session.session_id,
            tmp_path / "out",
            on_progress=progress.append,
            poll_intervals=FAST_POLLS,
            filename="clip.mp4",
        )
    assert path == tmp_path / "out" / "clip.mp4"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["clip.mp4"], (
        "no .part file left behind"
    )
    assert progress[0].status == "submitting" and progress[-1].status == "completed"
    assert progress[-1].percent == 100
    info = probe(path)
    assert info.video_codec == "h264" and info.audio_codec == "aac"
    assert (info.width, info.height) == (1080, 1920)
    assert info.duration == pytest.approx(3.0, abs=1 / 30)


async def test_expired_token_is_renewed_once(engine: RunningEngine) -> None:
    store = TokenStore()
    store.save(engine.url, StoredToken("nmv_usr_stale", "anon_old", "2999-01-01T00:00:00Z"))
    async with NemoClient(engine.url, token_store=store) as client:
        credits = await client.credits()
    assert credits.total == 100
    renewed = store.load(engine.url)
    assert renewed is not None and renewed.token.startswith("nmv_usr_")
    assert renewed.token != "nmv_usr_stale"


async def test_bad_env_token_is_not_replaced(
    engine: RunningEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEMO_TOKEN", "nmv_usr_from_env")
    async with NemoClient(engine.url) as client:
        with pytest.raises(TokenInvalid) as caught:
            await client.credits()
    assert "nmv_usr_from_env" not in str(caught.value)


async def test_unknown_session(engine: RunningEngine) -> None:
    async with NemoClient(engine.url) as client:
        with pytest.raises(SessionNotFound) as caught:
            await client.state("424242")
        assert "new session" in caught.value.action.lower()
        with pytest.raises(SessionNotFound):
            [e async for e in run_turn(client, "424242", "hello")]


async def test_upload_probe_and_rejections(engine: RunningEngine, tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    Image.new("RGB", (640, 360), (10, 120, 200)).save(image)
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"definitely not a png")
    async with NemoClient(engine.url) as client:
        session = await client.create_session()
        uploaded = await client.upload_files(session.session_id, [image])
        (f,) = uploaded.files
        assert (f.file_type, f.width, f.height) == ("image", 640, 360)
        with pytest.raises(UnsupportedFile) as caught:
            await client.upload_files(session.session_id, [fake])
        assert "jpg" in caught.value.action
        state = await client.state(session.session_id)
    assert [i.file_type for i in state.state.video_infos] == ["image"]


async def test_missing_client_id_is_recreated(engine: RunningEngine) -> None:
    async with NemoClient(engine.url, client_id="") as client:
        await client.ensure_token()
        assert client.client_id, "a new client id was made and used"
    assert settings.client_id() == client.client_id


async def test_export_without_attribution_is_blocked(
    engine: RunningEngine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    async with NemoClient(engine.url) as client:
        session = await client.create_session()
        [e async for e in run_turn(client, session.session_id, "generate a 1s clip of fog")]
        monkeypatch.setattr(settings, "attribution_headers", lambda: {})
        with pytest.raises(ExportBlocked) as caught:
            await export_video(client, session.session_id, tmp_path, poll_intervals=FAST_POLLS)
    assert "register or upgrade" in caught.value.action.lower()


async def test_no_credits_gives_the_register_link(tmp_path: Path) -> None:
    poor = start_engine(tmp_path / "poor", "--anonymous-credits", "3")
    try:
        async with NemoClient(poor.url) as client:
            session = await client.create_session()
            with pytest.raises(NoCredits) as caught:
                [e async for e in run_turn(client, session.session_id, "generate a 5s clip")]
        assert caught.value.register_url == (
            f"https://nemovideo.com/register?bind={client.user_id}"
        )
    finally:
        poor.stop()


async def test_rate_limit_waits_30_seconds_once(tmp_path: Path) -> None:
    strict = start_engine(tmp_path / "strict", "--token-requests-per-hour", "1")
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    try:
        async with NemoClient(strict.url, sleep=record) as client:
            await client.ensure_token()
            with pytest.raises(RateLimited):
                await client.ensure_token(force=True)
        assert waits == [30.0]
    finally:
        strict.stop()


def test_token_file_is_private(engine: RunningEngine) -> None:
    store = TokenStore()
    store.save(engine.url, StoredToken("nmv_usr_secret", "anon_x", "2999-01-01T00:00:00Z"))
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert "nmv_usr_secret" not in repr(store.load(engine.url))
    assert "nmv_usr_secret" not in repr(NemoClient(engine.url))
