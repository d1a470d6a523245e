"""Nobody in: one token cannot reach another's things, and uploads cannot reach the disk."""

from __future__ import annotations

import io
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from PIL import Image

from tests.support.engine import RunningEngine

from .raw import Raw


def png_bytes(size: tuple[int, int] = (16, 9)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (20, 120, 200)).save(buf, "PNG")
    return buf.getvalue()


class Origin(BaseHTTPRequestHandler):
    """A loopback web server the engine fetches URL uploads from."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Origin)
    url = f"http://127.0.0.1:{server.server_port}"
    Origin.routes = {
        "/pic.png": (200, {"Content-Type": "image/png"}, png_bytes((40, 30))),
        "/moved.png": (302, {"Location": "/pic.png"}, b""),
        "/to-file.png": (302, {"Location": "file:///etc/passwd"}, b""),
        "/loop.png": (302, {"Location": "/loop.png"}, b""),
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def two(engine: RunningEngine) -> tuple[Raw, str, Raw, str]:
    alice, bob = Raw(engine.url), Raw(engine.url)
    alice.login(), bob.login()
    return alice, alice.session(), bob, bob.session()


def upload_url(raw: Raw, sid: str, url: str) -> Any:
    return raw.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url]})


def test_url_upload_fetches_http_and_follows_a_redirect(
    two: tuple[Raw, str, Raw, str], origin: str
) -> None:
    alice, sid, _, _ = two
    r = upload_url(alice, sid, origin + "/moved.png")
    assert r.status_code == 200, r.text
    (f,) = r.json()["data"]["files"]
    assert (f["width"], f["height"]) == (40, 30)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd.png", "ftp://127.0.0.1/a.png", "/pic.png", "http:///nohost.png"],
)
def test_url_upload_refuses_other_schemes(two: tuple[Raw, str, Raw, str], url: str) -> None:
    alice, sid, _, _ = two
    r = upload_url(alice, sid, url)
    assert r.status_code == 400
    assert "http(s)" in r.json()["message"]


@pytest.mark.parametrize(("path", "words"), [("/to-file.png", "scheme"), ("/loop.png", "many")])
def test_url_upload_refuses_bad_redirects(
    two: tuple[Raw, str, Raw, str], origin: str, path: str, words: str
) -> None:
    alice, sid, _, _ = two
    r = upload_url(alice, sid, origin + path)
    assert r.status_code == 400
    assert words in r.json()["message"]


def test_one_token_cannot_reach_another_users_session(two: tuple[Raw, str, Raw, str]) -> None:
    _, alice_sid, bob, _ = two
    assert bob.get(f"/api/state/nemo_agent/me/{alice_sid}/latest").json()["code"] == 1002
    r = bob.post(
        f"/api/upload-video/nemo_agent/me/{alice_sid}",
        files={"files": ("a.png", png_bytes())},
    )
    assert r.json()["code"] == 1002
    body = {"id": "render_theft", "sessionId": alice_sid, "draft": {"t": []}}
    assert bob.post("/api/render/proxy/lambda", json=body).json()["code"] == 1002


def test_one_token_cannot_reach_another_users_render(two: tuple[Raw, str, Raw, str]) -> None:
    alice, alice_sid, bob, _ = two
    up = alice.post(
        f"/api/upload-video/nemo_agent/me/{alice_sid}", files={"files": ("a.png", png_bytes())}
    ).json()["data"]["files"][0]
    draft = {"t": [{"tt": 0, "sg": [{"id": "s", "st": 0, "d": 500, "src": up["cdn_url"]}]}]}
    body = {"id": "render_alice_only", "sessionId": alice_sid, "draft": draft}
    assert alice.post("/api/render/proxy/lambda", json=body).status_code == 200
    for path in ("", "/download"):
        assert bob.get(f"/api/render/proxy/lambda/render_alice_only{path}").status_code == 404
    assert bob.post("/api/render/proxy/lambda/render_alice_only/cancel").status_code == 404


@pytest.mark.parametrize(
    "name", ["../../escape.png", "..\\..\\win.png", "a\nb.png", "spa ce ünï.png", "/abs.png"]
)
def test_upload_names_are_sanitised(
    engine: RunningEngine, two: tuple[Raw, str, Raw, str], name: str
) -> None:
    alice, sid, _, _ = two
    r = alice.post(f"/api/upload-video/nemo_agent/me/{sid}", files={"files": (name, png_bytes())})
    assert r.status_code == 200, r.text
    (f,) = r.json()["data"]["files"]
    media = (engine.data_dir / "media").resolve()
    stored = list(media.rglob("*.png"))
    assert all(media in p.resolve().parents for p in stored)
    assert not (engine.data_dir / "escape.png").exists()
    assert "\n" not in f["cdn_url"] and ".." not in f["cdn_url"]
    assert alice.http.get(f["cdn_url"], headers=alice.auth).status_code == 200


@pytest.mark.parametrize(
    "path", ["/media/..%2f..%2fengine.sqlite3/x", "/media/%2e%2e/engine.sqlite3", "/media/x/..%2f"]
)
def test_no_path_traversal_in_media(two: tuple[Raw, str, Raw, str], path: str) -> None:
    alice, _, _, _ = two
    r = alice.get(path)
    assert r.status_code in (307, 400, 404)
    assert b"SQLite" not in r.content


def test_tokens_are_hashed_at_rest(engine: RunningEngine, two: tuple[Raw, str, Raw, str]) -> None:
    alice, _, _, _ = two
    db = sqlite3.connect(engine.data_dir / "engine.sqlite3")
    dump = "\n".join(db.iterdump())
    db.close()
    assert alice.token not in dump
    assert alice.token.startswith("nmv_usr_")


def test_data_files_are_private(engine: RunningEngine) -> None:
    assert (engine.data_dir / "engine.sqlite3").stat().st_mode & 0o077 == 0
    assert engine.data_dir.stat().st_mode & 0o077 == 0
