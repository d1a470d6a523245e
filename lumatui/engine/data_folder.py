"""One data folder, one engine: an exclusive lock on ``engine.lock``, and start-up checks.

The lock is ``flock`` on a file holding the owner's pid. The kernel drops it when the owner
exits however it exits (kill -9 included), so a stale lock needs no clean-up: the next
engine simply takes it. A second engine on a folder in use refuses with one line naming
the folder and the pid. Start-up also removes what a killed run left half-written.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
from pathlib import Path

LOCK_NAME = "engine.lock"


class DataFolderError(OSError):
    """The engine cannot use its data folder; the message is the one line to show."""

    def __init__(self, message: str) -> None:
        super().__init__(errno.EBUSY, message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DataFolderLock:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    def acquire(self) -> DataFolderLock:
        prepare(self.folder)
        path = self.folder / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            owner = _read_pid(fd)
            os.close(fd)
            who = f" (pid {owner})" if owner else ""
            raise DataFolderError(
                f"Another lumatui engine{who} is using the data folder {self.folder};"
                " stop it, or give this one another --data-dir."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def prepare(folder: Path) -> None:
    """The folder exists, is a folder and is private; otherwise one clear line."""
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(f"The data folder {folder} is a file, not a folder; move it aside.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o700)  # token hashes and users' media live here
    except OSError as exc:
        raise DataFolderError(
            f"Cannot use the data folder {folder}: {exc.strerror or exc}."
        ) from None


def remove_leftovers(folder: Path, renders: Path) -> int:
    """Temp folders of media being made and half-written render files of a killed run."""
    removed = 0
    for tmp in folder.glob("tmp*"):
        if tmp.is_dir() and not tmp.is_symlink():
            shutil.rmtree(tmp, ignore_errors=True)
            removed += 1
    for pattern in ("*.part.mp4", "*.part.png", "*.json.tmp"):
        for part in renders.glob(pattern):
            with contextlib.suppress(OSError):
                part.unlink()
                removed += 1
    return removed


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode().strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
