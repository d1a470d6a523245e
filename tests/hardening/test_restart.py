"""kill -9 never freezes credits; one engine per data folder; a bad folder is one line
(items 4, 5 and the start-up parts of 10)."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from pathlib import Path

from tests.e2e.raw import Raw
from tests.support.engine import start_engine

from . import cli
from .kit import new_user


def _wait_for(check, deadline_s: float = 60) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def test_kill_9_mid_generation_frees_the_credits_and_never_inflates(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = start_engine(data_dir)
    raw, sid = new_user(first.url)
    background = threading.Thread(
        target=lambda: _ignore_errors(raw, sid, "generate an 8-second clip of a slow river"),
        daemon=True,
    )
    background.start()
    probe = Raw(first.url)
    probe.token = raw.token
    _wait_for(lambda: probe.credits()["frozen"] > 0)
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=15)
    background.join(timeout=30)
    second = start_engine(data_dir)  # the dead engine's lock is stale: taken over
    try:
        for client in (raw, probe):
            client.http.base_url = second.url  # type: ignore[assignment]
        credits = raw.credits()
        assert credits["frozen"] == 0, credits
        assert credits["total"] == credits["available"] <= 100
        raw.session()  # a new session tops up, but never beyond the grant
        assert raw.credits() == {"available": 100, "frozen": 0, "total": 100}
        # Freeze for a turn, then a new session while it runs: total stays at the grant.
        worker = threading.Thread(
            target=lambda: _ignore_errors(raw, sid, "generate a 6-second clip of a windmill"),
            daemon=True,
        )
        worker.start()
        _wait_for(lambda: probe.credits()["frozen"] > 0)
        raw.session()
        during = raw.credits()
        assert during["total"] <= 100, during
        worker.join(timeout=120)
        after = raw.credits()
        assert after["frozen"] == 0 and after["total"] <= 100, after
    finally:
        second.stop()


def _ignore_errors(raw: Raw, sid: str, text: str) -> None:
    try:
        raw.chat(sid, text)
    except Exception:  # the engine is killed under it on purpose
        return


def test_a_second_engine_on_one_folder_refuses_naming_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    first = start_engine(data_dir)
    try:
        second = cli.run("serve", "--port", "0", "--data-dir", str(data_dir))
        assert second.returncode != 0
        assert str(data_dir) in second.stderr and str(first.process.pid) in second.stderr
        assert "Traceback" not in second.stderr
        local = cli.run("--local", "credits", env={"LUMATUI_HOME": str(tmp_path / "home")})
        assert local.returncode == 0, local.stderr  # another folder: fine
        raw, _ = new_user(first.url)  # the first engine is untouched
        assert raw.credits()["available"] == 100
    finally:
        first.stop()
    again = start_engine(data_dir)  # released on a clean stop too
    again.stop()


def test_local_commands_on_a_folder_in_use_refuse(tmp_path: Path) -> None:
    home = tmp_path / "home"
    engine_dir = home / "data" / "engine"
    first = start_engine(engine_dir)
    try:
        result = cli.run("--local", "credits", env={"LUMATUI_HOME": str(home)})
        assert result.returncode != 0
        line = cli.error_line(result)
        assert str(engine_dir) in line, line
    finally:
        first.stop()


def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    result = cli.run("serve", "--port", "0", "--data-dir", str(not_a_folder))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert str(not_a_folder) in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_corrupt_database_is_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "engine.sqlite3").write_bytes(b"this is not sqlite" * 100)
    result = cli.run("serve", "--port", "0", "--data-dir", str(data_dir))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "engine.sqlite3" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    with sqlite3.connect(":memory:"):  # the file was left alone for the user to inspect
        assert (data_dir / "engine.sqlite3").read_bytes().startswith(b"this is not sqlite")


def test_orphaned_temp_media_is_cleaned_at_start(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    start_engine(data_dir).stop()
    orphan = data_dir / "tmpk1lled00"
    orphan.mkdir()
    (orphan / "generated.mp4").write_bytes(b"\0" * 1000)
    (data_dir / "renders").mkdir(exist_ok=True)
    part = data_dir / "renders" / "0123abcd.part.mp4"
    part.write_bytes(b"\0" * 1000)
    keep = data_dir / "renders" / "0123abcd.mp4"
    keep.write_bytes(b"\0")
    start_engine(data_dir).stop()
    assert not orphan.exists() and not part.exists() and keep.exists()
