"""Media behind a segment, fetched from the real engine over loopback, with the download's care."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from lumatui.client import NemoClient
from lumatui.client.frames import FrameStore
from lumatui.client.media_fetch import MediaUnavailable, cache_name, fetch_media, local_path
from lumatui.client.token_store import TokenStore
from tests.support.engine import RunningEngine
from tests.unit.test_frames import BLUE, colour_at, make_clip, near


async def uploaded_url(client: NemoClient, clip: Path) -> str:
    session = await client.create_session()
    (item,) = (await client.upload_files(session.session_id, [clip])).files
    assert item.cdn_url
    return item.cdn_url


async def test_a_frame_of_the_engines_media_is_fetched_once(
    engine: RunningEngine, tmp_path: Path
) -> None:
    clip = make_clip(tmp_path / "clip.mp4", ("blue", "red"))
    async with NemoClient(engine.url) as client:
        url = await uploaded_url(client, clip)
        store = FrameStore(client, folder=tmp_path / "frames")
        frame = await store.frame(url, 400, 40)
        assert near(colour_at(frame, 20, 11), BLUE)
        media = list((tmp_path / "frames" / "media").iterdir())
        assert [m.read_bytes() for m in media] == [clip.read_bytes()]  # whole, downloaded once
        await store.frame(url, 600, 40)
        assert list((tmp_path / "frames" / "media").iterdir()) == media
    assert "/" not in media[0].name and media[0].name == cache_name(url)


async def test_media_larger_than_the_limit_is_refused_and_nothing_stays(
    engine: RunningEngine, tmp_path: Path
) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    async with NemoClient(engine.url) as client:
        url = await uploaded_url(client, clip)
        with pytest.raises(MediaUnavailable, match="larger than"):
            await fetch_media(client, url, tmp_path / "media", max_bytes=clip.stat().st_size - 1)
        assert list((tmp_path / "media").iterdir()) == []
        exact = await fetch_media(client, url, tmp_path / "media", max_bytes=clip.stat().st_size)
        assert exact.stat().st_size == clip.stat().st_size


async def test_media_of_another_user_is_not_readable(engine: RunningEngine, tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    async with NemoClient(engine.url) as owner:
        url = await uploaded_url(owner, clip)
    store = TokenStore(tmp_path / "other-tokens.json")
    async with NemoClient(engine.url, client_id="someone-else", token_store=store) as other:
        with pytest.raises(MediaUnavailable, match="HTTP 404"):
            await fetch_media(other, url, tmp_path / "media")


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """A loopback server that accepts and then never answers."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    for writer in held:
        writer.close()
    server.close()
    await server.wait_closed()


async def test_a_stalled_download_gives_up_in_time(silent_server: str, tmp_path: Path) -> None:
    async with NemoClient("https://cloud.example") as client:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(MediaUnavailable, match="longer than"):
            await fetch_media(client, f"{silent_server}/v.mp4", tmp_path / "m", timeout=0.5)
        assert loop.time() - started < 5
    assert list((tmp_path / "m").iterdir()) == []


def test_local_paths_and_other_schemes() -> None:
    assert local_path("/media/a.mp4") is None  # a path on the backend's origin
    assert local_path("file:///tmp/a%20b.mp4") == Path("/tmp/a b.mp4")
    assert local_path("https://cdn.example/a.mp4") is None
    assert cache_name("https://cdn.example/x/../../a.MP4").endswith(".mp4")


async def test_a_source_that_is_not_http_is_refused(tmp_path: Path) -> None:
    async with NemoClient("https://cloud.example") as client:
        with pytest.raises(MediaUnavailable, match="ftp"):
            await fetch_media(client, "ftp://example.com/a.mp4", tmp_path)
