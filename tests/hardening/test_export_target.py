"""The CLI writes only files, checks first, and never keeps a short download (items 7, 8)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
from pathlib import Path

import pytest

from lumatui.client.mp4_check import mp4_problem
from tests.support.chat import SMALL_CANVAS
from tests.support.engine import RunningEngine, start_engine

from . import cli


def _session_with_a_clip(url: str) -> None:
    for text in (SMALL_CANVAS, "generate a 1-second clip of a quiet pond"):
        result = cli.run("--json", "ask", text, api=url)
        assert result.returncode == 0, result.stderr


def _special(kind: str, where: Path) -> Path:
    path = where / kind
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(path))
        sock.close()
    elif kind == "device":
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # a private /dev/null
    elif kind == "link":
        (where / "real.mp4").write_bytes(b"keep me")
        path.symlink_to(where / "real.mp4")
    elif kind == "dangling-link":
        path.symlink_to(where / "nowhere" / "x.mp4")
    return path


@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "link", "dangling-link"])
def test_export_onto_anything_but_a_regular_file_is_refused(
    engine: RunningEngine, tmp_path: Path, kind: str
) -> None:
    target = _special(kind, tmp_path)
    before = target.lstat()
    result = cli.run("export", "-o", str(target), api=engine.url)
    assert result.returncode == 2, result.stderr
    assert str(target) in cli.error_line(result)
    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


def test_an_unwritable_folder_is_refused_before_rendering(engine: RunningEngine) -> None:
    result = cli.run("export", "-o", "/proc/lumatui-export.mp4", api=engine.url)
    assert result.returncode == 2, result.stderr
    assert "/proc" in cli.error_line(result)


def test_two_exports_to_one_path_both_leave_a_whole_video(
    engine: RunningEngine, tmp_path: Path
) -> None:
    _session_with_a_clip(engine.url)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "same.mp4"
    runs = [cli.start("--json", "export", "-o", str(out), api=engine.url) for _ in range(2)]
    for process in runs:
        stdout, stderr = process.communicate(timeout=cli.TIMEOUT)
        assert process.returncode == 0, stderr
        assert json.loads(stdout)["path"] == str(out.resolve())
    assert mp4_problem(out, 1000, 1000 / 30) is None
    assert [p.name for p in out.parent.iterdir()] == ["same.mp4"]  # no parts left


def test_a_download_cut_in_half_is_an_error_and_keeps_nothing(tmp_path: Path) -> None:
    running = start_engine(tmp_path / "engine", "--fault", "short-download")
    try:
        _session_with_a_clip(running.url)
        out = tmp_path / "out" / "clip.mp4"
        out.parent.mkdir()
        result = cli.run("export", "-o", str(out), api=running.url)
    finally:
        running.stop()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "not whole" in cli.error_line(result)
    assert list(out.parent.iterdir()) == []


def test_the_mp4_check_knows_whole_from_cut(engine: RunningEngine, tmp_path: Path) -> None:
    _session_with_a_clip(engine.url)
    whole = tmp_path / "whole.mp4"
    assert cli.run("export", "-o", str(whole), api=engine.url).returncode == 0
    assert mp4_problem(whole, 1000, 1000 / 30) is None
    assert mp4_problem(whole, 2000, 1000 / 30) is not None  # a complete but shorter video
    data = whole.read_bytes()
    for share in (0.1, 0.5, 0.9, 0.99):
        cut = tmp_path / f"cut{share}.mp4"
        cut.write_bytes(data[: int(len(data) * share)])
        assert mp4_problem(cut) is not None, share
    not_mp4 = tmp_path / "page.mp4"
    not_mp4.write_bytes(b"<html>" + b"x" * 5000)
    assert mp4_problem(not_mp4) is not None
    shutil.copy(whole, tmp_path / "copy.mp4")
    assert mp4_problem(tmp_path / "copy.mp4") is None
