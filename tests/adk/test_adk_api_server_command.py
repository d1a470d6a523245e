"""The turn runner against ``adk api_server`` itself: ADK's own command, in a child process.

The other ADK tests serve the same app in-process (to share gates and the cloud stub); this
one runs the command a deployment would, over the same test agents. ADK has no token
endpoint, so the client starts with a stored token; the session is made by ADK's REST API.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from lumatui.client import NemoClient, SessionNotFound, run_turn
from lumatui.client.token_store import StoredToken, TokenStore
from lumatui.protocol.chat import TextEvent, ToolCallEvent
from tests.adk.adk_server import AGENTS, APP, USER

ROOT = Path(__file__).resolve().parents[2]
STARTUP = 60.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def api_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("google.adk")
    adk = shutil.which("adk", path=str(Path(sys.executable).parent)) or shutil.which("adk")
    if adk is None:
        pytest.fail("google-adk is importable but its `adk` command is not installed")
    port = free_port()
    args = [adk, "api_server", "--host", "127.0.0.1", "--port", str(port), "--no-reload"]
    args += ["--session_service_uri", "memory://", "--artifact_service_uri", "memory://"]
    args += ["--memory_service_uri", "memory://", "--log_level", "error", str(AGENTS)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp_path_factory.mktemp("adk") / "api_server.log").open("w")
    child = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP
    try:
        while True:  # wait for it to answer (bounded), not for a fixed time
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert child.poll() is None, f"adk api_server exited: {Path(log.name).read_text()}"
            assert time.monotonic() < deadline, "adk api_server did not start in time"
            time.sleep(0.1)
        yield url
    finally:
        child.terminate()
        child.wait(15)
        log.close()


def signed_in(url: str, home: Path) -> NemoClient:
    store = TokenStore(home / "tokens.json")
    store.save(url, StoredToken("nmv_usr_adk", "anon_adk", "2999-01-01T00:00:00Z"))
    return NemoClient(url, token_store=store)


async def test_adk_api_server_streams_each_message_once(api_server: str, tmp_path: Path) -> None:
    sid = httpx.post(f"{api_server}/apps/{APP}/users/{USER}/sessions", json={}).json()["id"]
    async with signed_in(api_server, tmp_path) as client:
        events = [e async for e in run_turn(client, sid, "llm: a foggy forest")]
    texts = [e for e in events if isinstance(e, TextEvent)]
    screen = "".join(e.text for e in texts)
    assert screen == "I will add a foggy forest. One moment.\n\nThe clip is on the timeline."
    assert any(e.partial for e in texts)
    assert [e.name for e in events if isinstance(e, ToolCallEvent)] == ["add_clip"]


async def test_adk_api_server_unknown_session_is_session_not_found(
    api_server: str, tmp_path: Path
) -> None:
    async with signed_in(api_server, tmp_path) as client:
        with pytest.raises(SessionNotFound) as caught:
            [e async for e in run_turn(client, "never-made", "two")]
    assert "never-made" in caught.value.message
