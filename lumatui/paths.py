"""Where lumatui keeps things: platformdirs, or everything under ``$LUMATUI_HOME``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs

APP = "lumatui"


def _home() -> Path | None:
    value = os.environ.get("LUMATUI_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP))


def cache_dir() -> Path:
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir(APP))


def exports_dir() -> Path:
    """Finished videos: ``$LUMATUI_HOME/exports``, else the user's videos folder."""
    home = _home()
    return home / "exports" if home else Path(platformdirs.user_videos_dir()) / APP


def engine_dir() -> Path:
    """The embedded local engine's data (SQLite + media)."""
    return data_dir() / "engine"


def ensure(path: Path, mode: int = 0o700) -> Path:
    """Create ``path`` and give it ``mode`` even if it existed: token folders stay private."""
    path.mkdir(parents=True, exist_ok=True, mode=mode)
    if path.stat().st_mode & 0o777 != mode:
        path.chmod(mode)
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by this user only (0600), in a 0700
    folder: tokens and the install's client id are kept like this."""
    ensure(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
