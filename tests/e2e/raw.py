"""A deliberately plain HTTP client for conformance tests: no lumatui client code involved."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx

ATTRIBUTION = {
    "X-Skill-Source": "ai-video-generator-free-luma",
    "X-Skill-Version": "test",
    "X-Skill-Platform": "terminal",
}
# A whole turn's bound. The read timeout alone never fires on a turn that hangs: the
# engine's heartbeats keep the socket busy, so the wait is bounded by the clock instead.
TURN_DEADLINE_S = 180.0


def data_lines(response: httpx.Response, deadline_s: float = TURN_DEADLINE_S) -> Iterator[str]:
    """The ``data:`` payloads of an SSE answer (heartbeats are empty ones), failing once the
    stream has run ``deadline_s`` seconds."""
    end = time.monotonic() + deadline_s
    for line in response.iter_lines():
        if time.monotonic() > end:
            raise AssertionError(f"the turn's stream did not end within {deadline_s:g} s")
        if line.startswith("data:"):
            yield line[5:].strip()


class Raw:
    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=60, headers=ATTRIBUTION)
        self.client_id = str(uuid.uuid4())
        self.token = ""

    def login(self) -> dict[str, Any]:
        r = self.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": self.client_id})
        r.raise_for_status()
        data = r.json()["data"]
        self.token = data["token"]
        return data

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def session(self) -> str:
        r = self.http.post(
            "/api/tasks/me/with-session/nemo_agent",
            json={"task_name": "project", "language": "en"},
            headers=self.auth,
        )
        r.raise_for_status()
        return r.json()["data"]["session_id"]

    def chat(self, sid: str, text: str, deadline_s: float = TURN_DEADLINE_S) -> list[str]:
        """The raw ``data:`` payloads of one turn."""
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": sid,
            "new_message": {"parts": [{"text": text}]},
        }
        with self.http.stream(
            "POST", "/run_sse", json=body, headers={**self.auth, "Accept": "text/event-stream"}
        ) as r:
            assert r.status_code == 200, r.read()
            return list(data_lines(r, deadline_s))

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(path, headers={**self.auth, **kw.pop("headers", {})}, **kw)

    def post(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.post(path, headers={**self.auth, **kw.pop("headers", {})}, **kw)

    def credits(self) -> dict[str, int]:
        return self.get("/api/credits/balance/simple").json()["data"]

    def state(self, sid: str) -> dict[str, Any]:
        return self.get(f"/api/state/nemo_agent/me/{sid}/latest").json()["data"]


def events(payloads: list[str]) -> list[dict[str, Any]]:
    return [json.loads(p) for p in payloads if p]
