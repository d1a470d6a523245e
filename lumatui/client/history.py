"""What this install remembers between runs: sessions, transcripts and exports, in SQLite.

The app and the CLI share it, so ``lumatui ask`` continues the session the app last used and
an export started in the app is still known after a restart. One file per install
(``<data dir>/history.db``), keyed by backend URL so local and cloud sessions never mix.
Nothing here ever holds a token.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from lumatui import paths
from lumatui.protocol import codes

SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    api_url TEXT NOT NULL,
    session_id TEXT NOT NULL,
    task_id TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    last_used REAL NOT NULL,
    draft_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (api_url, session_id)
);
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    api_url TEXT NOT NULL,
    session_id TEXT NOT NULL,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_session ON messages (api_url, session_id, id);
CREATE TABLE IF NOT EXISTS exports (
    job_id TEXT PRIMARY KEY,
    api_url TEXT NOT NULL,
    session_id TEXT NOT NULL,
    preset TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
"""

ROLES = ("user", "assistant", "system")
FINISHED = ("completed", "failed", "cancelled", "downloaded")


@dataclass(frozen=True)
class SessionRecord:
    api_url: str
    session_id: str
    task_id: str
    title: str
    created: float
    last_used: float
    draft_ms: int
    last_message: str = ""


@dataclass(frozen=True)
class MessageRecord:
    id: int
    role: str
    text: str
    created: float


@dataclass(frozen=True)
class ExportRecord:
    job_id: str
    api_url: str
    session_id: str
    preset: str
    status: str
    path: str
    error: str
    created: float
    updated: float

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


class History:
    """A small synchronous store; calls are quick, run them in a worker from the UI."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.ensure(paths.data_dir()) / "history.db"
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.db.executescript(SCHEMA)
        self.path.chmod(0o600)  # transcripts are private

    def close(self) -> None:
        self.db.close()

    # --- sessions -------------------------------------------------------------------------

    def remember_session(
        self, api_url: str, session_id: str, task_id: str = "", title: str = ""
    ) -> None:
        """Record a session (new or resumed) as the one last used on this backend."""
        now = time.time()
        self.db.execute(
            "INSERT INTO sessions (api_url, session_id, task_id, title, created, last_used)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (api_url, session_id) DO UPDATE SET"
            " last_used = excluded.last_used,"
            " task_id = CASE WHEN excluded.task_id != '' THEN excluded.task_id ELSE task_id END,"
            " title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END",
            (api_url, session_id, task_id, title, now, now),
        )

    def set_draft_length(self, api_url: str, session_id: str, draft_ms: int) -> None:
        self.db.execute(
            "UPDATE sessions SET draft_ms = ? WHERE api_url = ? AND session_id = ?",
            (int(draft_ms), api_url, session_id),
        )

    def last_session(self, api_url: str) -> SessionRecord | None:
        found = self.sessions(api_url, limit=1)
        return found[0] if found else None

    def session(self, api_url: str, session_id: str) -> SessionRecord | None:
        return next((s for s in self.sessions(api_url) if s.session_id == session_id), None)

    def sessions(self, api_url: str, limit: int = 100) -> list[SessionRecord]:
        """Most recently used first, each with its last message (for a list a person reads)."""
        rows = self.db.execute(
            "SELECT s.*, (SELECT text FROM messages m WHERE m.api_url = s.api_url"
            " AND m.session_id = s.session_id ORDER BY m.id DESC LIMIT 1) AS last_message"
            " FROM sessions s WHERE s.api_url = ? ORDER BY s.last_used DESC, s.rowid DESC"
            " LIMIT ?",
            (api_url, limit),
        ).fetchall()
        return [
            SessionRecord(
                api_url=row["api_url"],
                session_id=row["session_id"],
                task_id=row["task_id"],
                title=row["title"],
                created=row["created"],
                last_used=row["last_used"],
                draft_ms=row["draft_ms"],
                last_message=row["last_message"] or "",
            )
            for row in rows
        ]

    # --- transcript -----------------------------------------------------------------------

    def add_message(self, api_url: str, session_id: str, role: str, text: str) -> int:
        """Append to the transcript; the user's message is written before it is sent."""
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        text = kept_text(text)
        cursor = self.db.execute(
            "INSERT INTO messages (api_url, session_id, role, text, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (api_url, session_id, role, text, time.time()),
        )
        self.db.execute(
            "UPDATE sessions SET title = ? WHERE api_url = ? AND session_id = ? AND title = ''"
            " AND ? = 'user'",
            (text.strip().splitlines()[0][:60] if text.strip() else "", api_url, session_id, role),
        )
        return int(cursor.lastrowid or 0)

    def messages(self, api_url: str, session_id: str, limit: int = 500) -> list[MessageRecord]:
        """The newest ``limit`` messages, oldest first."""
        rows = self.db.execute(
            "SELECT id, role, text, created FROM messages WHERE api_url = ? AND session_id = ?"
            " ORDER BY id DESC LIMIT ?",
            (api_url, session_id, limit),
        ).fetchall()
        return [MessageRecord(r["id"], r["role"], r["text"], r["created"]) for r in reversed(rows)]

    # --- exports --------------------------------------------------------------------------

    def record_export(self, api_url: str, session_id: str, job_id: str, preset: str = "") -> None:
        """Written as soon as a render is submitted, so a restart can resume polling it."""
        now = time.time()
        self.db.execute(
            "INSERT OR IGNORE INTO exports (job_id, api_url, session_id, preset, status,"
            " created, updated) VALUES (?, ?, ?, ?, 'pending', ?, ?)",
            (job_id, api_url, session_id, preset, now, now),
        )

    def update_export(
        self, job_id: str, status: str, *, path: str | None = None, error: str | None = None
    ) -> None:
        self.db.execute(
            "UPDATE exports SET status = ?, path = COALESCE(?, path),"
            " error = COALESCE(?, error), updated = ? WHERE job_id = ?",
            (status, path, error, time.time(), job_id),
        )

    def exports(self, api_url: str, session_id: str | None = None) -> list[ExportRecord]:
        """Newest first; all sessions of the backend when ``session_id`` is None."""
        query = "SELECT * FROM exports WHERE api_url = ?"
        params: tuple[str, ...] = (api_url,)
        if session_id is not None:
            query += " AND session_id = ?"
            params += (session_id,)
        rows = self.db.execute(query + " ORDER BY created DESC, rowid DESC", params).fetchall()
        return [ExportRecord(**dict(row)) for row in rows]

    def unfinished_exports(self, api_url: str) -> list[ExportRecord]:
        return [e for e in self.exports(api_url) if not e.finished]


KEPT_HEAD = 2_000


def kept_text(text: str) -> str:
    """What the transcript keeps of a message: all of it up to the message limit; past it
    (the message is refused, never sent) only its start and its length."""
    if len(text) <= codes.MAX_MESSAGE_CHARS:
        return text
    return f"{text[:KEPT_HEAD]}… [{len(text):,} characters, over the limit: not sent]"
