"""SQLite persistence for the engine: tokens, sessions, draft versions, assets, credits, renders.

One connection guarded by a lock: the engine is a single process on loopback and every
statement is short, so this is simpler than a pool and safe across worker threads.
Restarting the engine loses nothing; every draft version is kept (for undo).
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lumatui.protocol.account import Credits
from lumatui.protocol.draft import Draft

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    user_id TEXT PRIMARY KEY, client_id TEXT, anonymous INTEGER NOT NULL, created_at REAL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, client_id TEXT,
    created_at REAL NOT NULL, expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS token_requests (client_id TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY, task_id TEXT NOT NULL, user_id TEXT NOT NULL,
    task_name TEXT, language TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS drafts (
    session_id TEXT NOT NULL, version INTEGER NOT NULL, draft TEXT NOT NULL,
    note TEXT, created_at REAL, PRIMARY KEY (session_id, version)
);
CREATE TABLE IF NOT EXISTS assets (
    asset_id TEXT PRIMARY KEY, session_id TEXT NOT NULL, user_id TEXT NOT NULL,
    filename TEXT, file_type TEXT, path TEXT, duration REAL, width INTEGER, height INTEGER,
    fps REAL, hash TEXT, size INTEGER, label TEXT, origin TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL,
    available_delta INTEGER NOT NULL, frozen_delta INTEGER NOT NULL,
    kind TEXT NOT NULL, ref TEXT, created_at REAL
);
CREATE TABLE IF NOT EXISTS renders (
    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, session_id TEXT NOT NULL,
    draft TEXT NOT NULL, output TEXT NOT NULL, status TEXT NOT NULL, progress INTEGER,
    error TEXT, path TEXT, created_at REAL, updated_at REAL
);
CREATE TABLE IF NOT EXISTS recipes (
    asset_id TEXT PRIMARY KEY, recipe_key TEXT NOT NULL, width INTEGER NOT NULL,
    height INTEGER NOT NULL, recipe TEXT NOT NULL, created_at REAL
);
CREATE INDEX IF NOT EXISTS recipes_by_key ON recipes (recipe_key, width, height);
"""

TOKEN_PREFIX = "nmv_usr_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Asset:
    asset_id: str
    session_id: str
    user_id: str
    filename: str
    file_type: str
    path: str
    duration: float | None
    width: int | None
    height: int | None
    fps: float | None
    hash: str | None
    size: int | None
    label: str | None
    origin: str


@dataclass(frozen=True)
class RenderRow:
    id: str
    user_id: str
    session_id: str
    draft: dict[str, Any]
    output: dict[str, Any]
    status: str
    progress: int
    error: str | None
    path: str | None


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _all(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _one(self, sql: str, args: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        rows = self._all(sql, args)
        return rows[0] if rows else None

    def _run(self, sql: str, args: tuple[Any, ...] = ()) -> None:
        with self._lock:
            self._db.execute(sql, args)

    # --- users and tokens -----------------------------------------------------------------

    def user_for_client(self, client_id: str, grant: int) -> str:
        """The anonymous user of this install; created (with its credits) on first sight."""
        row = self._one("SELECT user_id FROM users WHERE client_id = ?", (client_id,))
        if row:
            return str(row["user_id"])
        user_id = "anon_" + secrets.token_hex(8)
        self._run("INSERT INTO users VALUES (?, ?, 1, ?)", (user_id, client_id, time.time()))
        self.add_ledger(user_id, grant, 0, "grant", "anonymous")
        return user_id

    def token_request_times(self, client_id: str, since: float) -> list[float]:
        """When this client asked for tokens since ``since``, oldest first."""
        rows = self._all(
            "SELECT at FROM token_requests WHERE client_id = ? AND at >= ? ORDER BY at",
            (client_id, since),
        )
        return [float(row["at"]) for row in rows]

    def issue_token(self, user_id: str, client_id: str, ttl: float) -> tuple[str, float]:
        token = TOKEN_PREFIX + secrets.token_urlsafe(24)
        now = time.time()
        expires = now + ttl
        self._run(
            "INSERT INTO tokens VALUES (?, ?, ?, ?, ?)",
            (hash_token(token), user_id, client_id, now, expires),
        )
        self._run("INSERT INTO token_requests VALUES (?, ?)", (client_id, now))
        return token, expires

    def user_for_token(self, token: str) -> str | None:
        row = self._one(
            "SELECT user_id, expires_at FROM tokens WHERE token_hash = ?", (hash_token(token),)
        )
        if row is None or row["expires_at"] < time.time():
            return None
        return str(row["user_id"])

    def expire_tokens(self, user_id: str) -> None:
        """For tests and admin: make every token of a user invalid."""
        self._run("UPDATE tokens SET expires_at = 0 WHERE user_id = ?", (user_id,))

    # --- credits ----------------------------------------------------------------------------

    def add_ledger(self, user_id: str, available: int, frozen: int, kind: str, ref: str) -> None:
        self._run(
            "INSERT INTO ledger (user_id, available_delta, frozen_delta, kind, ref, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, available, frozen, kind, ref, time.time()),
        )

    def credits(self, user_id: str) -> Credits:
        row = self._one(
            "SELECT COALESCE(SUM(available_delta), 0) AS a, COALESCE(SUM(frozen_delta), 0) AS f"
            " FROM ledger WHERE user_id = ?",
            (user_id,),
        )
        available = int(row["a"]) if row else 0
        frozen = int(row["f"]) if row else 0
        return Credits(available=available, frozen=frozen, total=available + frozen)

    def try_freeze(self, user_id: str, amount: int, ref: str) -> bool:
        """Move credits from available to frozen, atomically; False when short."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute(
                    "SELECT COALESCE(SUM(available_delta), 0) FROM ledger WHERE user_id = ?",
                    (user_id,),
                ).fetchone()
                if int(row[0]) < amount:
                    self._db.execute("ROLLBACK")
                    return False
                self._db.execute(
                    "INSERT INTO ledger (user_id, available_delta, frozen_delta, kind, ref,"
                    " created_at) VALUES (?, ?, ?, 'freeze', ?, ?)",
                    (user_id, -amount, amount, ref, time.time()),
                )
                self._db.execute("COMMIT")
                return True
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def top_up(self, user_id: str, to: int, ref: str) -> int:
        """Raise the total (available + frozen) back to ``to``, never above and never lower;
        returns what was added. Frozen credits count: topping up never inflates the grant."""
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(SUM(available_delta), 0) + COALESCE(SUM(frozen_delta), 0)"
                " FROM ledger WHERE user_id = ?",
                (user_id,),
            ).fetchone()
            missing = to - int(row[0])
            if missing > 0:
                self._db.execute(
                    "INSERT INTO ledger (user_id, available_delta, frozen_delta, kind, ref,"
                    " created_at) VALUES (?, ?, 0, 'top-up', ?, ?)",
                    (user_id, missing, ref, time.time()),
                )
        return max(0, missing)

    def release_all_frozen(self, ref: str) -> int:
        """At start-up: give back what a run that stopped or died still held frozen (its
        turns are gone, so nothing will charge it). Returns how many users it touched."""
        with self._lock:
            rows = self._db.execute(
                "SELECT user_id, SUM(frozen_delta) AS f FROM ledger GROUP BY user_id"
                " HAVING SUM(frozen_delta) > 0"
            ).fetchall()
            now = time.time()
            for row in rows:
                held = int(row["f"])
                self._db.execute(
                    "INSERT INTO ledger (user_id, available_delta, frozen_delta, kind, ref,"
                    " created_at) VALUES (?, ?, ?, 'release', ?, ?)",
                    (row["user_id"], held, -held, ref, now),
                )
        return len(rows)

    def charge_frozen(self, user_id: str, amount: int, ref: str) -> None:
        self.add_ledger(user_id, 0, -amount, "charge", ref)

    def release_frozen(self, user_id: str, amount: int, ref: str) -> None:
        self.add_ledger(user_id, amount, -amount, "release", ref)

    # --- sessions and drafts -----------------------------------------------------------------

    def create_session(self, user_id: str, task_name: str, language: str) -> tuple[str, str]:
        session_id = str(secrets.randbelow(9 * 10**11) + 10**11)
        task_id = "task_" + secrets.token_hex(8)
        self._run(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, task_id, user_id, task_name, language, time.time()),
        )
        return session_id, task_id

    def session(self, session_id: str) -> sqlite3.Row | None:
        return self._one("SELECT * FROM sessions WHERE session_id = ?", (session_id,))

    def latest_draft(self, session_id: str) -> tuple[int, Draft]:
        row = self._one(
            "SELECT version, draft FROM drafts WHERE session_id = ? ORDER BY version DESC LIMIT 1",
            (session_id,),
        )
        if row is None:
            return 0, Draft()
        return int(row["version"]), Draft.model_validate_json(row["draft"])

    def save_draft(self, session_id: str, draft: Draft, note: str) -> int:
        version, _ = self.latest_draft(session_id)
        self._run(
            "INSERT INTO drafts VALUES (?, ?, ?, ?, ?)",
            (session_id, version + 1, json.dumps(draft.wire()), note, time.time()),
        )
        return version + 1

    def draft_versions(self, session_id: str) -> int:
        row = self._one("SELECT COUNT(*) AS n FROM drafts WHERE session_id = ?", (session_id,))
        return int(row["n"]) if row else 0

    # --- assets ---------------------------------------------------------------------------------

    def add_asset(self, asset: Asset) -> None:
        self._run(
            "INSERT INTO assets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                asset.asset_id,
                asset.session_id,
                asset.user_id,
                asset.filename,
                asset.file_type,
                asset.path,
                asset.duration,
                asset.width,
                asset.height,
                asset.fps,
                asset.hash,
                asset.size,
                asset.label,
                asset.origin,
                time.time(),
            ),
        )

    def asset(self, asset_id: str) -> Asset | None:
        row = self._one("SELECT * FROM assets WHERE asset_id = ?", (asset_id,))
        return _asset(row) if row else None

    def session_assets(self, session_id: str) -> list[Asset]:
        rows = self._all(
            "SELECT * FROM assets WHERE session_id = ? ORDER BY created_at", (session_id,)
        )
        return [_asset(row) for row in rows]

    # --- recipes of made clips (media/recipes.py) -----------------------------------------------

    def save_recipe(
        self, asset_id: str, key: str, width: int, height: int, recipe: dict[str, Any]
    ) -> None:
        self._run(
            "INSERT OR REPLACE INTO recipes VALUES (?, ?, ?, ?, ?, ?)",
            (asset_id, key, width, height, json.dumps(recipe), time.time()),
        )

    def recipe(self, asset_id: str) -> dict[str, Any] | None:
        row = self._one("SELECT recipe FROM recipes WHERE asset_id = ?", (asset_id,))
        return _json_object(row["recipe"]) if row else None

    def recipe_variant(self, key: str, width: int, height: int, of: Asset) -> Asset | None:
        """A clip of ``of``'s session drawn from the same recipe at exactly this size."""
        row = self._one(
            "SELECT a.* FROM recipes r JOIN assets a ON a.asset_id = r.asset_id"
            " WHERE r.recipe_key = ? AND r.width = ? AND r.height = ? AND a.user_id = ?"
            " AND a.session_id = ? ORDER BY a.created_at DESC LIMIT 1",
            (key, width, height, of.user_id, of.session_id),
        )
        return _asset(row) if row else None

    # --- renders --------------------------------------------------------------------------------

    def add_render(
        self,
        job_id: str,
        user_id: str,
        session_id: str,
        draft: dict[str, Any],
        output: dict[str, Any],
    ) -> None:
        now = time.time()
        self._run(
            "INSERT INTO renders VALUES (?, ?, ?, ?, ?, 'pending', 5, NULL, NULL, ?, ?)",
            (job_id, user_id, session_id, json.dumps(draft), json.dumps(output), now, now),
        )

    def render_exists(self, job_id: str) -> bool:
        return self._one("SELECT 1 FROM renders WHERE id = ?", (job_id,)) is not None

    def update_render(self, job_id: str, **fields: Any) -> None:
        allowed = {"status", "progress", "error", "path"}
        keys = [key for key in fields if key in allowed]
        if not keys:
            return
        sets = ", ".join(f"{key} = ?" for key in keys)
        args = (*[fields[key] for key in keys], time.time(), job_id)
        self._run(f"UPDATE renders SET {sets}, updated_at = ? WHERE id = ?", args)

    def render(self, job_id: str) -> RenderRow | None:
        row = self._one("SELECT * FROM renders WHERE id = ?", (job_id,))
        return _render(row) if row else None

    def unfinished_render_ids(self) -> list[str]:
        """Jobs a previous run left pending or processing, oldest first (ids only: a row
        that cannot be read must not stop the engine from starting)."""
        rows = self._all(
            "SELECT id FROM renders WHERE status IN ('pending', 'processing') ORDER BY created_at"
        )
        return [str(row["id"]) for row in rows]

    def queued_renders(self, user_id: str) -> int:
        row = self._one(
            "SELECT COUNT(*) AS n FROM renders WHERE user_id = ?"
            " AND status IN ('pending', 'processing')",
            (user_id,),
        )
        return int(row["n"]) if row else 0


def _asset(row: sqlite3.Row) -> Asset:
    return Asset(
        asset_id=row["asset_id"],
        session_id=row["session_id"],
        user_id=row["user_id"],
        filename=row["filename"],
        file_type=row["file_type"],
        path=row["path"],
        duration=row["duration"],
        width=row["width"],
        height=row["height"],
        fps=row["fps"],
        hash=row["hash"],
        size=row["size"],
        label=row["label"],
        origin=row["origin"],
    )


def _render(row: sqlite3.Row) -> RenderRow:
    return RenderRow(
        id=row["id"],
        user_id=row["user_id"],
        session_id=row["session_id"],
        draft=_json_object(row["draft"]),
        output=_json_object(row["output"]),
        status=row["status"],
        progress=int(row["progress"] or 0),
        error=row["error"],
        path=row["path"],
    )


def _json_object(text: Any) -> dict[str, Any]:
    """A stored JSON object; {} for anything else, so one damaged row cannot break a poll."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}
