"""The client id goes only to the API, is kept 0600, and sign-in limits name their window
(item 9)."""

from __future__ import annotations

import stat
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from lumatui.client import NemoClient
from lumatui.client.token_store import TokenStore
from lumatui.engine.http.limits import MAX_CLIENT_ID
from tests.support.engine import RunningEngine, start_engine

from . import cli


class _Recorder(BaseHTTPRequestHandler):
    seen: list[dict[str, str]] = []
    body = b""

    def do_GET(self) -> None:
        type(self).seen.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        return


async def test_downloads_from_another_origin_carry_no_client_id(
    engine: RunningEngine, tmp_path: Path, clip: Path
) -> None:
    _Recorder.body = clip.read_bytes()
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        other = f"http://127.0.0.1:{server.server_address[1]}/cdn/clip.mp4"
        async with NemoClient(
            engine.url, token_store=TokenStore(tmp_path / "t.json"), client_id="install-secret"
        ) as client:
            await client.credits()  # signed in with the client id, on the API origin
            await client.download(other, tmp_path / "got.mp4")
    finally:
        server.shutdown()
    assert (tmp_path / "got.mp4").read_bytes() == clip.read_bytes()
    (headers,) = _Recorder.seen
    assert "x-client-id" not in headers and "authorization" not in headers
    assert "install-secret" not in repr(headers)


def test_the_client_id_is_kept_like_the_token(engine: RunningEngine, lumatui_home: Path) -> None:
    result = cli.run("credits", api=engine.url)
    assert result.returncode == 0, result.stderr
    stored = lumatui_home / "config" / "client_id"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    stored.chmod(0o644)  # an older install's file is made private on next use
    assert cli.run("credits", api=engine.url).returncode == 0
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600


def test_a_client_id_the_api_refuses_is_replaced_and_the_sign_in_retried(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    """HTTP 400 names the client id: a new one is made and kept, the call goes through."""
    stored = lumatui_home / "config" / "client_id"
    stored.parent.mkdir(parents=True, mode=0o700)
    refused = "x" * (MAX_CLIENT_ID + 1)  # e.g. a file an older version wrote wrong
    stored.write_text(refused + "\n")
    stored.chmod(0o600)
    result = cli.run("--json", "credits", api=engine.url)
    assert result.returncode == 0, result.stderr
    renewed = stored.read_text().strip()
    assert renewed != refused and 0 < len(renewed) <= MAX_CLIENT_ID
    assert cli.run("credits", api=engine.url).returncode == 0
    assert stored.read_text().strip() == renewed  # kept, not made again on every call


def test_too_many_sign_ins_names_the_real_window(tmp_path: Path, lumatui_home: Path) -> None:
    running = start_engine(tmp_path / "engine", "--token-requests-per-hour", "2")
    try:
        results = []
        for _ in range(3):
            for tokens in lumatui_home.rglob("tokens.json"):
                tokens.unlink()  # a fresh sign-in each time, same install
            results.append(
                cli.run("credits", api=running.url, env={"LUMATUI_RATE_LIMIT_WAIT": "0"})
            )
    finally:
        running.stop()
    assert [r.returncode for r in results[:2]] == [0, 0], results[1].stderr
    refused = results[2]
    assert refused.returncode != 0 and "Traceback" not in refused.stderr, refused.stderr
    text = refused.stderr.lower()
    assert "per hour" in text and "sign-in" in text and "min" in text, refused.stderr
    assert "a minute" not in text
