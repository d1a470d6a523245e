"""Bad input, through the CLI against the real engine: a clear message, nothing lost.

Every case runs in one shared home whose session already holds a clip; after each case the
engine still answers, the draft is unchanged, and no traceback or raw escape reached stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread
from typing import Any

import httpx
import pytest
from PIL import Image

from lumatui.client.history import History
from tests.support.engine import RunningEngine


@dataclass
class Stage:
    url: str
    home: Path
    files: Path
    draft: dict[str, Any]

    def cli(
        self, *args: str, stdin: bytes | None = None, api: str | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        """``lumatui --api URL ARGS`` in this stage's home (the engine unless ``api`` says)."""
        env = {**os.environ, "LUMATUI_HOME": str(self.home)}
        return subprocess.run(
            [sys.executable, "-m", "lumatui", "--api", api or self.url, *args],
            input=stdin,
            capture_output=True,
            timeout=180,
            env=env,
            check=False,
        )

    def current_draft(self) -> dict[str, Any]:
        done = self.cli("--json", "status")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)["draft"]


@pytest.fixture(scope="module")
def stage(engine: RunningEngine, tmp_path_factory: pytest.TempPathFactory) -> Stage:
    root = tmp_path_factory.mktemp("bad-input")
    files = root / "files"
    files.mkdir()
    made = Stage(engine.url, root / "home", files, {})
    first = made.cli("ask", "generate a 1-second clip of a harbour at dawn")
    assert first.returncode == 0, first.stderr
    made.draft = made.current_draft()
    return made


def png(path: Path) -> Path:
    Image.new("RGB", (24, 16), (200, 90, 10)).save(path)
    return path


def checked(stage: Stage, done: subprocess.CompletedProcess[bytes], code: int, words: str) -> str:
    """The exit code, the words in one clear line, no traceback, the engine up, nothing lost."""
    err = done.stderr.decode(errors="replace")
    out = done.stdout.decode(errors="replace")
    assert done.returncode == code, (done.returncode, out, err)
    assert "Traceback" not in out + err
    assert "\x1b" not in out, "an escape sequence reached the terminal"
    if code:
        [line] = [x for x in err.splitlines() if x.startswith("lumatui: error:")]
        assert words.lower() in line.lower(), line
    assert httpx.get(stage.url + "/healthz").status_code == 200
    assert stage.current_draft() == stage.draft or code == 0
    return out


# --- files ----------------------------------------------------------------------------------


def _missing(d: Path) -> Path:
    return d / "nowhere.mp4"


def _directory(d: Path) -> Path:
    (d / "folder.mp4").mkdir(exist_ok=True)
    return d / "folder.mp4"


def _empty(d: Path) -> Path:
    (d / "empty.mp4").write_bytes(b"")
    return d / "empty.mp4"


def _huge(d: Path) -> Path:
    path = d / "huge.mp4"
    with path.open("wb") as fh:  # sparse: 201 MB on paper, nothing on disk
        fh.truncate(201 * 1024 * 1024)
    return path


def _extension(d: Path) -> Path:
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not a video")
    return d / "notes.docx"


def _text_as_mp4(d: Path) -> Path:
    (d / "story.mp4").write_text("once upon a time, this was not a video\n")
    return d / "story.mp4"


def _generated(d: Path) -> bytes:
    from lumatui.engine.media.ffmpeg import ffmpeg_exe
    from lumatui.engine.media.generator import ProceduralGenerator

    raw, fast = d / "raw.mp4", d / "fast.mp4"
    if not fast.exists():
        ProceduralGenerator().generate(
            "sea", seconds=2, width=160, height=96, fps=30, seed=1, out_path=raw
        )
        remux = ["-c", "copy", "-movflags", "+faststart", str(fast)]
        subprocess.run([ffmpeg_exe(), "-y", "-v", "error", "-i", str(raw), *remux], check=True)
    return fast.read_bytes()


def _truncated(d: Path) -> Path:
    """A cut-off download: the index at the front promises 2 s, the data stops early."""
    data = _generated(d)
    (d / "cut.mp4").write_bytes(data[: len(data) // 3])
    return d / "cut.mp4"


def _headless(d: Path) -> Path:
    """Only the tail of a video: no header at all."""
    data = _generated(d)
    (d / "tail.mp4").write_bytes(data[len(data) // 2 :])
    return d / "tail.mp4"


def _fake_png(d: Path) -> Path:
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20)
    return d / "photo.png"


def _gif_text(d: Path) -> Path:
    (d / "anim.gif").write_text("GIF? no.")
    return d / "anim.gif"


def _audio_noise(d: Path) -> Path:
    (d / "song.mp3").write_bytes(os.urandom(4096))
    return d / "song.mp3"


BAD_FILES: list[tuple[Callable[[Path], Path], int, str]] = [
    (_missing, 2, "no such file"),
    (_directory, 2, "directory"),
    (_empty, 2, "empty"),
    (_huge, 2, "200 MB"),
    (_extension, 2, "not a supported file type"),
    (_text_as_mp4, 1, "not readable as media"),
    (_truncated, 1, "cut short"),
    (_headless, 1, "not readable as media"),
    (_fake_png, 1, "not readable as media"),
    (_gif_text, 1, "not readable as media"),
    (_audio_noise, 1, "not readable as media"),
]


@pytest.mark.parametrize(
    ("make", "code", "words"), BAD_FILES, ids=lambda v: getattr(v, "__name__", "")
)
def test_bad_upload_gets_a_clear_message(
    stage: Stage, make: Callable[[Path], Path], code: int, words: str
) -> None:
    path = make(stage.files)
    checked(stage, stage.cli("upload", str(path)), code, words)
    assert path.exists() or make is _missing  # the user's file is left as it was


@pytest.mark.parametrize(
    "name",
    ["with space.png", "ünïcødé 写真.png", "new\nline.png", "-leading-dash.png", "semi;colon'.png"],
)
def test_awkward_names_upload_fine(stage: Stage, name: str) -> None:
    path = png(stage.files / name)
    out = checked(stage, stage.cli("upload", "--", str(path)), 0, "")
    assert "image" in out


def test_dot_dot_in_the_path_uploads_the_file_it_names(stage: Stage) -> None:
    (stage.files / "inner").mkdir(exist_ok=True)
    png(stage.files / "target.png")
    out = checked(stage, stage.cli("upload", str(stage.files / "inner/../target.png")), 0, "")
    assert "target.png" in out


def test_unreadable_file(
    stage: Stage, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = png(stage.files / "locked.png")
    path.chmod(0)
    try:
        if os.geteuid() != 0:
            checked(stage, stage.cli("upload", str(path)), 2, "permission denied")
            return
        # Root reads every file, so no file can be unreadable here: the OS's answer for this
        # one file is stood in for, and the real command runs in this process.
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode, **kw: Path(p) != path and real_access(p, mode, **kw)
        )
        monkeypatch.setenv("LUMATUI_HOME", str(stage.home))
        from lumatui.cli import main

        assert main(["--api", stage.url, "upload", str(path)]) == 2
        assert "permission denied" in capsys.readouterr().err
    finally:
        path.chmod(0o644)


# --- messages -------------------------------------------------------------------------------


def test_a_one_megabyte_prompt_is_refused_and_kept(stage: Stage) -> None:
    prompt = "a very long description " * 45_000
    checked(stage, stage.cli("ask", "-", stdin=prompt.encode()), 2, "limit is 20,000")
    history = History(stage.home / "data" / "history.db")
    kept = [m.text for m in history.messages(stage.url, _session(stage)) if m.role == "user"]
    history.close()
    # Kept as its start and its length, not whole (issue 11: refused messages are a stub).
    assert kept[-1].startswith(prompt[:2000]) and f"{len(prompt):,}" in kept[-1]
    assert len(kept[-1]) < 3000


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_message_is_a_usage_error(stage: Stage, text: str) -> None:
    checked(stage, stage.cli("ask", text), 2, "nothing to ask")


@pytest.mark.parametrize(
    "text",
    [
        "what about \x1b[31mred\x1b[0m and \x1b[2J a cleared screen",
        "a bell \x07 a backspace \x08 a return \r and \x1b]52;c;aGVsbG8=\x07 a clipboard",
        "\x1b[?1049h\x1b[Hswitch to the other screen",
    ],
)
def test_escape_sequences_in_user_text_never_reach_the_terminal(stage: Stage, text: str) -> None:
    out = checked(stage, stage.cli("ask", text), 0, "")
    assert not any(ch in out for ch in "\x07\x08\x1b")


def test_escape_sequences_in_server_text_never_reach_the_terminal(stage: Stage) -> None:
    # The engine repeats the prompt in its reply, so the server's text carries the escape.
    asked = stage.cli(
        "ask", "generate a 1-second clip of \x1b[5mblinking\x1b[0m \x1b]0;title\x07 sea"
    )
    out = checked(stage, asked, 0, "")
    assert "blinking" in out
    stage.draft = stage.current_draft()  # this one did add a clip


def test_nul_and_invalid_utf8_on_stdin(stage: Stage) -> None:
    checked(stage, stage.cli("ask", "-", stdin=b"hello \x00 there \xff\xfe"), 0, "")


# --- where to connect, what to export -------------------------------------------------------


@pytest.fixture(scope="module")
def not_a_backend() -> Iterator[str]:
    class Html(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._html()

        def do_POST(self) -> None:
            self._html()

        def _html(self) -> None:
            body = b"<html><body>It works!</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Html)
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_a_session_that_does_not_exist(stage: Stage) -> None:
    checked(stage, stage.cli("--session", "999999999", "status"), 1, "not found")


@pytest.mark.parametrize("url", ["not a url", "ftp://127.0.0.1/", "127.0.0.1:8765"])
def test_a_backend_that_is_not_a_url(stage: Stage, url: str) -> None:
    checked(stage, stage.cli("credits", api=url), 2, "not a backend URL")


def test_a_backend_that_does_not_answer(stage: Stage) -> None:
    checked(stage, stage.cli("credits", api="http://127.0.0.1:9"), 4, "cannot reach")


def test_a_web_server_that_is_not_the_backend(stage: Stage, not_a_backend: str) -> None:
    checked(stage, stage.cli("credits", api=not_a_backend), 1, "unreadable answer")


def test_an_unknown_preset(stage: Stage) -> None:
    done = stage.cli("export", "--preset", "cinema70mm")
    assert done.returncode == 2 and b"tiktok" in done.stderr


def test_batch_over_a_folder_that_does_not_exist(stage: Stage) -> None:
    done = stage.cli("batch", str(stage.files / "no-such-folder"), "--instruction", "animate it")
    checked(stage, done, 1, "no-such-folder")  # a batch names what failed and exits 1


def test_more_files_than_one_request_takes(stage: Stage) -> None:
    many = [str(png(stage.files / f"many{i:02}.png")) for i in range(23)]
    out = checked(stage, stage.cli("--json", "upload", *many), 0, "")
    assert len(json.loads(out)) == 23


def _session(stage: Stage) -> str:
    history = History(stage.home / "data" / "history.db")
    last = history.last_session(stage.url)
    history.close()
    assert last is not None
    return last.session_id
