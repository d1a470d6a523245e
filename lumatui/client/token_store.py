"""The bearer token: ``NEMO_TOKEN`` when set, else an anonymous token cached on disk.

The cache is one JSON file (mode 0600) keyed by base URL, so the local engine's token and
the cloud's never collide. Nothing here ever prints or logs a token.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lumatui import paths

RENEW_BEFORE = timedelta(minutes=5)


@dataclass(frozen=True)
class StoredToken:
    token: str
    user_id: str
    expires_at: str
    from_env: bool = False

    def __repr__(self) -> str:
        return f"StoredToken(user_id={self.user_id!r}, expires_at={self.expires_at!r}, token=***)"

    __str__ = __repr__

    def expired(self, now: datetime | None = None) -> bool:
        if self.from_env or not self.expires_at:
            return False
        try:
            expires = datetime.fromisoformat(self.expires_at.replace("Z", "+00:00"))
        except ValueError:
            return True
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        return (now or datetime.now(UTC)) >= expires - RENEW_BEFORE


class TokenStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "tokens.json"

    def __repr__(self) -> str:
        return f"TokenStore({str(self.path)!r})"

    def load(self, base_url: str) -> StoredToken | None:
        env = os.environ.get("NEMO_TOKEN", "").strip()
        if env:
            return StoredToken(token=env, user_id="", expires_at="", from_env=True)
        entry = self._read().get(base_url)
        if not isinstance(entry, dict) or not entry.get("token"):
            return None
        return StoredToken(
            token=str(entry["token"]),
            user_id=str(entry.get("user_id", "")),
            expires_at=str(entry.get("expires_at", "")),
        )

    def save(self, base_url: str, token: StoredToken) -> None:
        if token.from_env:
            return
        data = self._read()
        data[base_url] = {
            "token": token.token,
            "user_id": token.user_id,
            "expires_at": token.expires_at,
        }
        self._write(data)

    def forget(self, base_url: str) -> None:
        data = self._read()
        if data.pop(base_url, None) is not None:
            self._write(data)

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, object]) -> None:
        paths.write_private(self.path, json.dumps(data))
