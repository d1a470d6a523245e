"""The scriptable commands as a person's script runs them: ``python -m lumatui ...`` in a child
process against the real engine, checking stdout, stderr, exit codes and the files written."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from lumatui.commands.documents import (
    AskDocument,
    BatchDocument,
    CreditsDocument,
    ErrorDocument,
    ExportDocument,
    SessionsDocument,
    StatusDocument,
    UploadDocument,
)
from lumatui.engine.media.probe import probe
from tests.support.engine import RunningEngine, start_engine

TIMEOUT = 180


def lumatui(
    *args: str, api: str | None = None, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    """Run the command; LUMATUI_HOME comes from the autouse fixture through os.environ."""
    prefix = ["--api", api] if api else []
    return subprocess.run(
        [sys.executable, "-m", "lumatui", *prefix, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
        check=False,
    )


def only_json(result: subprocess.CompletedProcess[str]) -> object:
    """stdout must be exactly one JSON document and nothing else."""
    return json.loads(result.stdout)


def assert_clean_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    """The exit code, one ``lumatui: error:`` line on stderr, and no traceback anywhere."""
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.startswith("lumatui: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def png(path: Path, size: tuple[int, int] = (64, 48), color: str = "red") -> Path:
    Image.new("RGB", size, color).save(path)
    return path


# --- ask, status, credits, export ---------------------------------------------------------------


def test_ask_streams_the_reply_to_stdout_and_activity_to_stderr(engine: RunningEngine) -> None:
    result = lumatui("ask", "generate a 3-second clip of a red sunset", api=engine.url)
    assert result.returncode == 0, result.stderr
    assert "Generated a 3-second clip of red sunset" in result.stdout
    assert "Timeline (" not in result.stdout  # the reply says what changed, not the timeline
    assert "generate_clip" not in result.stdout
    assert "→ generate_clip(prompt='red sunset', seconds=3.0)" in result.stderr
    assert "✓ generate_clip" in result.stderr


def test_ask_json_then_status_and_credits_agree(engine: RunningEngine) -> None:
    asked = lumatui("--json", "ask", "generate a 3-second clip of a city at night", api=engine.url)
    assert asked.returncode == 0, asked.stderr
    ask = AskDocument.model_validate(only_json(asked))
    assert "3-second clip" in ask.text
    assert ask.changes == ["Added Video: city at night (0-3s)"]
    assert ask.timeline == "Timeline (1 track): 1. Video: city at night (0-3s)"

    shown = lumatui("status", "--json", api=engine.url)  # the option after the command too
    assert shown.returncode == 0, shown.stderr
    status = StatusDocument.model_validate(only_json(shown))
    assert status.session_id == ask.session_id
    [track] = status.draft["t"]
    [segment] = track["sg"]
    assert (segment["d"], segment["m"]["label"]) == (3000, "city at night")

    counted = lumatui("credits", "--json", api=engine.url)
    assert counted.returncode == 0, counted.stderr
    credits = CreditsDocument.model_validate(only_json(counted))
    assert credits.total == credits.available + credits.frozen
    assert (credits.available, credits.frozen) == (100 - 3 * 2, 0)  # 2 credits a second

    plain = lumatui("credits", api=engine.url)
    assert plain.stdout == "94 credits available (0 frozen, 94 total)\n"


def test_status_without_json_prints_the_timeline(engine: RunningEngine) -> None:
    # the backend from NEMO_API_URL, the message from stdin
    backend = {"NEMO_API_URL": engine.url}
    asked = lumatui("ask", "-", env=backend, stdin="generate a 1-second clip of snow\n")
    assert asked.returncode == 0, asked.stderr
    result = lumatui("status", env=backend)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Session ") and lines[0].endswith("(1 s)")
    assert lines[1] == "Timeline (1 track): 1. Video: snow (0-1s)"


def test_export_writes_a_valid_mp4_where_asked(engine: RunningEngine, tmp_path: Path) -> None:
    assert lumatui("ask", "generate a 2-second clip of a forest", api=engine.url).returncode == 0
    target = tmp_path / "out" / "forest.mp4"
    result = lumatui("export", "--json", "-o", str(target), api=engine.url)
    assert result.returncode == 0, result.stderr
    doc = ExportDocument.model_validate(only_json(result))
    assert Path(doc.path) == target.resolve()
    info = probe(target)
    assert info.video_codec == "h264"
    assert (doc.width, doc.height) == (info.width, info.height) == (1080, 1920)
    assert doc.duration is not None and abs(doc.duration - 2.0) < 0.05
    assert doc.size_bytes == target.stat().st_size > 0
    assert "export" in result.stderr  # progress went to stderr

    folder = tmp_path / "again"
    folder.mkdir()
    plain = lumatui("export", "-o", str(folder), api=engine.url)
    assert plain.returncode == 0, plain.stderr
    [written] = list(folder.iterdir())
    assert plain.stdout == f"{written.resolve()}\n"  # only the path: $(lumatui export) works
    assert written.suffix == ".mp4" and probe(written).duration is not None


def test_export_of_an_empty_timeline_fails_with_1(engine: RunningEngine, tmp_path: Path) -> None:
    result = lumatui("--json", "export", "-o", str(tmp_path / "x.mp4"), api=engine.url)
    line = assert_clean_error(result, 1)
    assert "nothing to export" in line.lower()
    error = ErrorDocument.model_validate(only_json(result))
    assert (error.error.exit_code, error.error.kind) == (1, "NothingToExport")
    assert not (tmp_path / "x.mp4").exists()


# --- upload, sessions ----------------------------------------------------------------------------


def test_upload_json_describes_the_files(engine: RunningEngine, tmp_path: Path) -> None:
    wide = png(tmp_path / "wide.png", (64, 48))
    tall = png(tmp_path / "tall image.png", (30, 50), "blue")
    result = lumatui("upload", "--json", str(wide), str(tall), api=engine.url)
    assert result.returncode == 0, result.stderr
    files = UploadDocument.model_validate(only_json(result)).root
    assert [(f.file_type, f.width, f.height) for f in files] == [
        ("image", 64, 48),
        ("image", 30, 50),
    ]
    assert files[0].filename == "wide.png"
    assert files[1].filename.startswith("tall")  # the backend may sanitise the name
    assert all(f.cdn_url.startswith(engine.url) for f in files)

    plain = lumatui("upload", str(wide), api=engine.url)
    assert plain.returncode == 0
    assert "wide.png  image  64x48" in plain.stdout


def test_sessions_lists_last_message_and_draft_length(engine: RunningEngine) -> None:
    first = lumatui("--json", "ask", "generate a 1-second clip of rain", api=engine.url)
    session_id = AskDocument.model_validate(only_json(first)).session_id
    assert lumatui("status", api=engine.url).returncode == 0  # records the draft length

    listed = lumatui("sessions", "--json", api=engine.url)
    assert listed.returncode == 0, listed.stderr
    [record] = SessionsDocument.model_validate(only_json(listed)).root
    assert (record.session_id, record.current, record.draft_seconds) == (session_id, True, 1.0)
    assert record.title == "generate a 1-second clip of rain"
    assert record.last_message.startswith("Generated a 1-second clip of rain")

    table = lumatui("sessions", api=engine.url)
    header, _rule, row = table.stdout.splitlines()
    assert header.split() == ["SESSION", "LAST", "USED", "LENGTH", "LAST", "MESSAGE"]
    assert row.startswith(f"* {session_id}") and "1 s" in row and "Generated" in row


def test_session_option_picks_the_session(engine: RunningEngine) -> None:
    one = AskDocument.model_validate(
        only_json(lumatui("--json", "ask", "generate a 1-second clip of fog", api=engine.url))
    )
    # --session on a session that exists keeps using it even after another became "last"
    listed = lumatui("--json", "status", "--session", one.session_id, api=engine.url)
    assert StatusDocument.model_validate(only_json(listed)).session_id == one.session_id

    missing = lumatui("status", "--session", "999999999999", api=engine.url)
    line = assert_clean_error(missing, 1)
    assert "lumatui sessions" in line


# --- batch ---------------------------------------------------------------------------------------


def test_batch_of_three_files_with_one_bad(engine: RunningEngine, tmp_path: Path) -> None:
    good_a = png(tmp_path / "beach.png", (64, 48), "orange")
    bad = tmp_path / "broken.png"
    bad.write_bytes(b"this is not an image")
    good_b = png(tmp_path / "lake.jpg", (48, 64), "teal")
    out = tmp_path / "renders"
    result = lumatui(
        "batch",
        str(good_a),
        str(bad),
        str(good_b),
        "--instruction",
        "animate my photo with a slow zoom for 1 second",
        "-o",
        str(out),
        "--json",
        api=engine.url,
    )
    line = assert_clean_error(result, 1)
    assert str(bad) in line and "beach" not in line and "lake" not in line
    doc = BatchDocument.model_validate(only_json(result))
    assert (doc.ok, doc.failed, doc.skipped) == (2, 1, 0)
    assert [Path(item.file).name for item in doc.items] == ["beach.png", "broken.png", "lake.jpg"]
    assert [item.status for item in doc.items] == ["ok", "failed", "ok"]
    assert "broken.png" in (doc.items[1].error or "")
    assert sorted(p.name for p in out.iterdir()) == ["beach.mp4", "lake.mp4"]
    for item in (doc.items[0], doc.items[2]):
        assert item.output is not None
        info = probe(Path(item.output))
        assert info.video_codec == "h264" and abs((info.duration or 0) - 1.0) < 0.05
    sessions = [item.session_id for item in (doc.items[0], doc.items[2])]
    assert len(set(sessions)) == 2  # each file had its own session
    for session_id, name in zip(sessions, ("beach.png", "lake.jpg"), strict=True):
        assert session_id is not None
        shown = lumatui("--json", "status", "--session", session_id, api=engine.url)
        [segment] = StatusDocument.model_validate(only_json(shown)).draft["t"][0]["sg"]
        sources = [segment["src"], *segment["m"].values()]
        assert any(str(v).endswith("/" + name) for v in sources)  # made from the upload
    assert "not on the timeline" not in result.stderr
    assert "[1/3] beach.png" in result.stderr and "[3/3] lake.jpg" in result.stderr


def test_batch_over_a_folder_prints_a_summary_table(engine: RunningEngine, tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    png(folder / "one.png")
    (folder / "readme.txt").write_text("not media: skipped when a folder is expanded")
    missing = tmp_path / "missing.png"
    out = tmp_path / "out"
    asked = lumatui("--json", "ask", "generate a 1-second clip of dusk", api=engine.url)
    mine = AskDocument.model_validate(only_json(asked)).session_id
    result = lumatui(
        "batch",
        str(folder),
        str(missing),
        "--instruction",
        "generate a 1-second clip of stars",
        "-o",
        str(out),
        api=engine.url,
    )
    line = assert_clean_error(result, 1)
    assert line.endswith(f"1 of 2 file(s) failed: {missing}")
    header, _rule, first, second = result.stdout.splitlines()
    assert header.split()[:3] == ["FILE", "STATUS", "LENGTH"]
    assert first.split()[:4] == ["one.png", "ok", "1.0", "s"]
    assert second.split()[:2] == ["missing.png", "failed"] and "no such file" in second
    assert [p.name for p in out.iterdir()] == ["one.mp4"]
    # plain progress lines, not bars, when stderr is not a terminal
    assert "\r" not in result.stderr and "[1/2] one.png: uploading" in result.stderr
    # "generate a clip" ignores the uploaded image; the batch says so
    assert "[1/2] one.png: note: the uploaded file is not on the timeline" in result.stderr
    # the batch's own sessions do not become "the last session used"
    after = StatusDocument.model_validate(only_json(lumatui("--json", "status", api=engine.url)))
    assert after.session_id == mine


# --- exit codes for what goes wrong -------------------------------------------------------------


def test_usage_errors_exit_2(engine: RunningEngine, tmp_path: Path) -> None:
    missing = lumatui("upload", str(tmp_path / "nope.mp4"), api=engine.url)
    assert "no such file" in assert_clean_error(missing, 2)

    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    wrong_type = lumatui("--json", "upload", str(notes), api=engine.url)
    assert "not a supported file type" in assert_clean_error(wrong_type, 2)
    assert ErrorDocument.model_validate(only_json(wrong_type)).error.kind == "UsageError"

    command = lumatui("ask", "export", api=engine.url)
    assert "lumatui export" in assert_clean_error(command, 2)

    both = lumatui("--local", "--api", engine.url, "credits")
    assert "not both" in assert_clean_error(both, 2)

    bad_preset = lumatui("export", "--preset", "vhs", api=engine.url)
    assert bad_preset.returncode == 2 and "invalid choice" in bad_preset.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_backend_exits_4() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = lumatui("--json", "credits", api=url)
    line = assert_clean_error(result, 4)
    assert "Cannot reach" in line
    assert ErrorDocument.model_validate(only_json(result)).error.exit_code == 4


def test_refused_token_exits_3_and_is_never_printed(engine: RunningEngine) -> None:
    token = "nmv_usr_notarealtoken0123456789"
    result = lumatui("status", api=engine.url, env={"NEMO_TOKEN": token})
    assert_clean_error(result, 3)
    assert token not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def broke_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    running = start_engine(tmp_path_factory.mktemp("broke"), "--anonymous-credits", "2")
    yield running
    running.stop()


def test_out_of_credits_exits_3(broke_engine: RunningEngine) -> None:
    result = lumatui("--json", "ask", "generate a 3-second clip of gold", api=broke_engine.url)
    line = assert_clean_error(result, 3)
    assert "register" in line.lower()
    error = ErrorDocument.model_validate(only_json(result)).error
    assert (error.exit_code, error.kind) == (3, "NoCredits")


# --- the embedded engine -----------------------------------------------------------------------


def test_local_engine_keeps_the_session_between_runs() -> None:
    asked = lumatui("--local", "--json", "ask", "generate a 1-second clip of a meadow")
    assert asked.returncode == 0, asked.stderr
    ask = AskDocument.model_validate(only_json(asked))
    # a new process, a new engine port: still the same session, with its clip
    shown = lumatui("--local", "--json", "status")
    assert shown.returncode == 0, shown.stderr
    status = StatusDocument.model_validate(only_json(shown))
    assert status.session_id == ask.session_id
    assert status.draft["t"][0]["sg"][0]["m"]["label"] == "meadow"
