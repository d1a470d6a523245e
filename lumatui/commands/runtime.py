"""What every command needs: the backend (a URL, or the embedded engine), the client, this
install's history, and the session to use; plus the checks on input files."""

from __future__ import annotations

import argparse
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lumatui import paths
from lumatui.client.api import NemoClient, check_upload
from lumatui.client.errors import NemoError
from lumatui.client.history import History
from lumatui.client.settings import resolve_base_url
from lumatui.client.workspace import LOCAL_ENGINE_KEY, Workspace

from .exit_codes import UsageError
from .output import Output


@dataclass
class Context:
    args: argparse.Namespace
    out: Output
    client: NemoClient
    history: History
    history_key: str | None

    def workspace(self) -> Workspace:
        return Workspace(self.client, self.history, history_key=self.history_key)

    async def open(self, *, new: bool = False) -> Workspace:
        """A workspace on ``--session``, else the last session used, else a new one."""
        space = self.workspace()
        wanted = None if new else getattr(self.args, "session", None)
        record = await space.open(wanted, new=new)
        if wanted and record.session_id != wanted:
            self.out.note(
                f"Session {wanted} no longer exists on the backend; "
                f"started a new session {record.session_id}."
            )
        return space


def history_key(args: argparse.Namespace) -> str:
    """How the history names the backend: the embedded engine, or the resolved URL."""
    return LOCAL_ENGINE_KEY if args.local else resolve_base_url(args.api)


@asynccontextmanager
async def connect(args: argparse.Namespace, out: Output) -> AsyncIterator[Context]:
    """The backend for one command; ``--local`` starts the engine on a thread for its length."""
    engine: Any = None
    key: str | None = None
    if args.local:
        from lumatui.engine.config import EngineConfig
        from lumatui.engine.serve import EngineThread

        try:
            engine = EngineThread(EngineConfig(data_dir=paths.ensure(paths.engine_dir()))).start()
        except OSError as exc:
            raise OSError(f"cannot start the local engine: {exc.strerror or exc}") from None
        base_url, key = engine.url, LOCAL_ENGINE_KEY
    else:
        base_url = resolve_base_url(args.api)
    history = History()
    try:
        async with NemoClient(base_url) as client:
            client.notice = out.note
            yield Context(args=args, out=out, client=client, history=history, history_key=key)
    finally:
        history.close()
        if engine is not None:
            engine.stop()


def check_media_file(path: Path) -> Path:
    """A readable file of a supported type within the size limit, or :class:`UsageError`."""
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    if path.is_dir():
        raise UsageError(f"{path}: is a directory, not a file")
    if not path.is_file():
        raise UsageError(f"{path}: not a regular file")
    if not os.access(path, os.R_OK):
        raise UsageError(f"{path}: permission denied")
    try:
        check_upload(path)
    except NemoError as exc:
        raise UsageError(f"{path}: {exc}") from None
    if path.stat().st_size == 0:
        raise UsageError(f"{path}: the file is empty")
    return path
