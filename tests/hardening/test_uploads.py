"""Upload limits hold while the body streams; URL uploads cannot reach this machine; URL
passwords never show (items 6 and 10)."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from lumatui.protocol import codes
from tests.support.engine import RunningEngine, start_engine

from .kit import new_user

MB = 1024 * 1024


class _Origin(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(b"\x89PNG")

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    """An engine with the defaults: URL uploads from public hosts only."""
    running = start_engine(tmp_path_factory.mktemp("strict"))
    yield running
    running.stop()


def _media_files(engine: RunningEngine, sid: str) -> list[Path]:
    folder = engine.data_dir / "media" / sid
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_an_oversized_file_is_refused_while_it_streams(engine: RunningEngine) -> None:
    """The answer comes after 200 MB and a bit, while the declared rest is never sent: an
    engine that spooled the whole body first would still be waiting for it."""
    raw, sid = new_user(engine.url)
    head = (
        b'--b\r\nContent-Disposition: form-data; name="files"; filename="big.mp4"\r\n'
        b"Content-Type: video/mp4\r\n\r\n"
    )
    declared = len(head) + 2 * codes.MAX_UPLOAD_BYTES
    host, port = engine.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=60)

    def send() -> None:
        try:
            sock.sendall(
                (
                    f"POST /api/upload-video/nemo_agent/me/{sid} HTTP/1.1\r\nHost: {host}\r\n"
                    f"Authorization: Bearer {raw.token}\r\n"
                    "Content-Type: multipart/form-data; boundary=b\r\n"
                    f"Content-Length: {declared}\r\n\r\n"
                ).encode()
                + head
            )
            chunk = b"\0" * MB
            for _ in range(codes.MAX_UPLOAD_BYTES // MB + 4):  # just past the limit, no more
                sock.sendall(chunk)
        except OSError:
            return  # the engine closed the connection after answering

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    try:
        answer = sock.recv(4096).decode("latin-1")
    finally:
        sock.close()
        sender.join(timeout=30)
    assert answer.split()[1:2] == ["413"], answer
    assert _media_files(engine, sid) == []


def test_a_request_declared_over_the_cap_is_refused_at_once(engine: RunningEngine) -> None:
    raw, sid = new_user(engine.url)
    host, port = engine.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(
            (
                f"POST /api/upload-video/nemo_agent/me/{sid} HTTP/1.1\r\nHost: {host}\r\n"
                f"Authorization: Bearer {raw.token}\r\n"
                "Content-Type: multipart/form-data; boundary=b\r\n"
                f"Content-Length: {50 * 1024 * MB}\r\n\r\n--b\r\n"
            ).encode()
        )
        answer = sock.recv(4096).decode("latin-1")
    assert answer.split()[1] == "413", answer


def test_several_big_parts_never_keep_a_refused_upload(engine: RunningEngine) -> None:
    raw, sid = new_user(engine.url)
    files = [("files", (f"part{i}.mp4", b"\0" * (2 * MB))) for i in range(3)]
    files.append(("files", ("notes.exe", b"MZ")))
    r = raw.post(f"/api/upload-video/nemo_agent/me/{sid}", files=files)
    assert r.status_code == 415 and r.json()["code"] == codes.UNSUPPORTED_FILE, r.text
    assert _media_files(engine, sid) == []


def _loopback_urls(port: int) -> list[str]:
    return [
        f"http://127.0.0.1:{port}/a.png",
        f"http://localhost:{port}/a.png",
        f"http://[::1]:{port}/a.png",
        f"http://127.1:{port}/a.png",
        f"http://2130706433:{port}/a.png",
        f"http://0.0.0.0:{port}/a.png",
        f"http://10.0.0.1:{port}/a.png",
        f"http://169.254.169.254:{port}/latest/meta-data.png",
    ]


def test_url_uploads_cannot_reach_this_machine(strict: RunningEngine) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Origin.hits = 0
    raw, sid = new_user(strict.url)
    try:
        for url in _loopback_urls(server.server_address[1]):
            r = raw.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url]})
            assert r.status_code == 400, (url, r.text)
            assert "public" in r.json()["message"], r.text
    finally:
        server.shutdown()
    assert _Origin.hits == 0


@pytest.mark.parametrize(
    "url",
    [
        "ftp://alice:s3cr3t-pw@example.com/a.png",
        "http://alice:s3cr3t-pw@127.0.0.1:9/a.png",
        "gopher://:s3cr3t-pw@host/a.png",
        "http://alice:s3cr3t-pw@[::1/a.png",
        "https://tok:s3cr3t-pw@no-such-host.invalid/a.png?sig=s3cr3t-pw",
    ],
)
def test_a_url_password_never_shows_in_errors(strict: RunningEngine, url: str) -> None:
    raw, sid = new_user(strict.url)
    r = raw.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url]})
    assert 400 <= r.status_code < 500, r.text
    assert "s3cr3t" not in r.text


def _picture_of_size(size: int) -> list[bytes]:
    """A real PNG padded after its end to exactly ``size`` bytes, as chunks (never whole)."""
    png = io.BytesIO()
    Image.new("RGB", (32, 18), (200, 40, 90)).save(png, format="PNG")
    head = png.getvalue()
    rest = size - len(head)
    return [head, *([b"\0" * MB] * (rest // MB)), b"\0" * (rest % MB)]


def _upload_exactly(engine: RunningEngine, size: int) -> tuple[httpx.Response, list[int]]:
    """Stream one file of ``size`` bytes; the answer and the sizes of the files kept."""
    raw, sid = new_user(engine.url)
    head = (
        b'--b\r\nContent-Disposition: form-data; name="files"; filename="tall.png"\r\n'
        b"Content-Type: image/png\r\n\r\n"
    )
    chunks = [head, *_picture_of_size(size), b"\r\n--b--\r\n"]
    response = raw.http.post(
        f"/api/upload-video/nemo_agent/me/{sid}",
        content=iter(chunks),
        headers={
            **raw.auth,
            "Content-Type": "multipart/form-data; boundary=b",
            "Content-Length": str(sum(len(c) for c in chunks)),
        },
    )
    kept = _media_files(engine, sid)
    sizes = [path.stat().st_size for path in kept]
    for path in kept:  # 200 MB is not left on disk for the rest of the run
        path.unlink()
    return response, sizes


def test_a_file_of_exactly_the_limit_is_taken_and_one_byte_more_is_not(
    engine: RunningEngine,
) -> None:
    taken, sizes = _upload_exactly(engine, codes.MAX_UPLOAD_BYTES)
    assert taken.status_code == 200, taken.text
    assert codes.MAX_UPLOAD_BYTES in sizes
    refused, sizes = _upload_exactly(engine, codes.MAX_UPLOAD_BYTES + 1)
    assert refused.status_code == 413, refused.text
    assert refused.json()["code"] == codes.FILE_TOO_LARGE
    assert sizes == []


class _BigOrigin(BaseHTTPRequestHandler):
    """``/declared.mp4`` declares one byte over the limit and sends 1 MB of it;
    ``/streamed.mp4`` declares no length and sends one byte over the limit, then closes."""

    sent = 0

    def do_GET(self) -> None:
        type(self).sent = 0
        self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        if self.path == "/declared.mp4":
            self.send_header("Content-Length", str(codes.MAX_UPLOAD_BYTES + 1))
            chunks = [b"\0" * MB]
        else:  # HTTP/1.0 without a length: the body ends when the connection does
            chunks = [*([b"\0" * MB] * (codes.MAX_UPLOAD_BYTES // MB)), b"\0"]
        self.end_headers()
        try:
            for chunk in chunks:
                self.wfile.write(chunk)
                type(self).sent += len(chunk)
        except OSError:
            return  # the engine stopped reading, as it should past the limit

    def log_message(self, *args: Any) -> None:
        return


@pytest.mark.parametrize("name", ["declared.mp4", "streamed.mp4"])
def test_a_url_over_the_limit_is_refused_and_nothing_kept(engine: RunningEngine, name: str) -> None:
    """Refused on the declared length before the body, or once the body passes the limit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _BigOrigin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    raw, sid = new_user(engine.url)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{name}"
        r = raw.post(f"/api/upload-video/nemo_agent/me/{sid}", json={"urls": [url]})
    finally:
        server.shutdown()
    assert (r.status_code, r.json()["code"]) == (413, codes.FILE_TOO_LARGE), r.text
    assert name in r.json()["message"]
    assert _media_files(engine, sid) == []
