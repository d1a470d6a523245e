"""What every request handler shares: the engine's parts, and reading a request.

Kept apart from the routes so the route modules (``server``, ``render_routes``) can import
it without importing each other.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path
from typing import Any

from starlette.requests import Request

from lumatui.engine.agent import Agent
from lumatui.engine.config import EngineConfig
from lumatui.engine.data_folder import DataFolderError, DataFolderLock, remove_leftovers
from lumatui.engine.http import api_errors as err
from lumatui.engine.http import limits
from lumatui.engine.http.turn_locks import TurnLocks
from lumatui.engine.media.assets import AssetLibrary
from lumatui.engine.media.generator import ProceduralGenerator
from lumatui.engine.render.jobs import RenderQueue
from lumatui.engine.store import Store
from lumatui.protocol import codes


def open_store(path: Path) -> Store:
    """The engine's database; a damaged one is one clear line, not a traceback."""
    try:
        store = Store(path)
    except sqlite3.DatabaseError as exc:
        raise DataFolderError(
            f"The engine database {path} cannot be read ({exc}); move it aside to start afresh."
        ) from None
    path.chmod(0o600)  # SQLite gives its journal files the same mode
    return store


class Engine:
    """Everything a request handler needs, built once per app."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.lock = DataFolderLock(config.data_dir).acquire()  # one engine per data folder
        try:
            self.store = open_store(config.db_path)
            remove_leftovers(config.data_dir, config.renders_dir)
            self.store.release_all_frozen("restart")  # no turn of a previous run is alive
        except BaseException:
            self.lock.release()
            raise
        self.assets = AssetLibrary(self.store, config.media_dir)
        generator = ProceduralGenerator()
        self.agent = Agent(self.store, self.assets, generator, config)
        self.renders = RenderQueue(self.store, self.assets, config, generator)
        self.turns: set[asyncio.Task[None]] = set()
        self.turn_locks = TurnLocks(limits.MAX_TURNS_WAITING)

    # --- request helpers ---------------------------------------------------------------------

    def user(self, request: Request) -> str:
        header = request.headers.get(codes.AUTHORIZATION, "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise err.token_invalid()
        user_id = self.store.user_for_token(token.strip())
        if user_id is None:
            raise err.token_invalid()
        return user_id

    def owned_session(self, session_id: str, user_id: str) -> Any:
        row = self.store.session(session_id)
        if row is None or row["user_id"] != user_id:
            raise err.session_not_found(session_id)
        return row


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def read_body(request: Request, limit: int = limits.MAX_JSON_BYTES) -> bytes:
    """The body, refused (413) as soon as it passes ``limit``: never held whole when too big."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise err.body_too_large(limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise err.body_too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def json_body(request: Request, *, empty_ok: bool = False) -> dict[str, Any]:
    raw = await read_body(request)
    if empty_ok and not raw.strip():
        return {}
    try:
        body = json.loads(raw) if raw.strip() else None
    except (ValueError, RecursionError):
        raise err.bad_request("The request body must be JSON (and nest at most 64 deep).") from None
    if not isinstance(body, dict):
        raise err.bad_request("The request body must be a JSON object.")
    if limits.json_depth_exceeds(body):
        raise err.bad_request(f"The request nests deeper than {limits.MAX_JSON_DEPTH} levels.")
    return body


def engine_of(request: Request) -> Engine:
    return request.app.state.engine
