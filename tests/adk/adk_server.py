"""A real Google ADK ``api_server`` on loopback, with the cloud's own endpoints stubbed beside it.

The app is the one ``adk api_server`` serves (``get_fast_api_app``, in-memory services) over
the test agents in ``agents/``, run by uvicorn on its own thread and a free port. ADK has no
token, session-with-task or state endpoints, so a small stub adds them to the same app: it
creates sessions through ADK's own REST API, so ``/run_sse`` finds them, and answers state
with an empty timeline for any session (the cloud keeps state apart from ADK's sessions,
which is what lets an ADK 404 "Session not found" reach ``/run_sse``).
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from lumatui.engine.serve import bind_socket, url_of

AGENTS = Path(__file__).parent / "agents"
APP = "nemo_agent"
USER = "me"  # the user id the client sends in every run request


def ok(data: dict[str, Any]) -> dict[str, Any]:
    return {"code": 0, "message": "success", "data": data}


def add_cloud_stub(app: Any, own_url: str) -> None:
    """Token, session, state and credits in the cloud's envelope, on ADK's FastAPI app."""

    async def token() -> dict[str, Any]:
        return ok(
            {
                "token": "nmv_usr_adk_" + uuid.uuid4().hex[:8],
                "user_id": "anon_adk",
                "expires_at": "2999-01-01T00:00:00Z",
                "credits": 100,
            }
        )

    async def session() -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=own_url) as adk:
            answer = await adk.post(f"/apps/{APP}/users/{USER}/sessions", json={})
        answer.raise_for_status()
        sid = answer.json()["id"]
        return ok({"task_id": "task_" + sid[:8], "session_id": sid, "user_id": "anon_adk"})

    async def state(sid: str) -> dict[str, Any]:
        return ok({"session_id": sid, "task_id": "task_" + sid[:8], "state": {}})

    async def credits() -> dict[str, Any]:
        return ok({"available": 100, "frozen": 0, "total": 100})

    app.add_api_route("/api/auth/anonymous-token", token, methods=["POST"])
    app.add_api_route(f"/api/tasks/me/with-session/{APP}", session, methods=["POST"])
    app.add_api_route(f"/api/state/{APP}/me/{{sid}}/latest", state, methods=["GET"])
    app.add_api_route("/api/credits/balance/simple", credits, methods=["GET"])


@dataclass
class RunningAdk:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def session(self) -> str:
        """A new ADK session (what the stub makes for the client), by ADK's own API."""
        answer = httpx.post(f"{self.url}/apps/{APP}/users/{USER}/sessions", json={})
        answer.raise_for_status()
        return answer.json()["id"]

    def forget(self, sid: str) -> None:
        """Delete a session in ADK, as a server that lost it would."""
        httpx.delete(f"{self.url}/apps/{APP}/users/{USER}/sessions/{sid}").raise_for_status()

    def events_of(self, sid: str) -> list[dict[str, Any]]:
        answer = httpx.get(f"{self.url}/apps/{APP}/users/{USER}/sessions/{sid}")
        answer.raise_for_status()
        return answer.json().get("events", [])

    def user_messages(self, sid: str) -> list[str]:
        return [
            "".join(part.get("text", "") for part in event["content"].get("parts", []))
            for event in self.events_of(sid)
            if event.get("author") == "user" and event.get("content")
        ]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)


def _adk_app(port: int) -> Any:
    """What ``adk api_server`` serves: ADK's FastAPI app, here with in-memory services."""
    from google.adk.cli.fast_api import get_fast_api_app

    return get_fast_api_app(
        agents_dir=str(AGENTS),
        web=False,
        session_service_uri="memory://",
        artifact_service_uri="memory://",
        memory_service_uri="memory://",
        use_local_storage=False,
        host="127.0.0.1",
        port=port,
    )


def build_app(sock: socket.socket) -> Any:
    """ADK's FastAPI app plus the stub, for a socket already bound."""
    with warnings.catch_warnings():  # ADK marks its in-memory credential service experimental
        warnings.simplefilter("ignore", UserWarning)
        app = _adk_app(sock.getsockname()[1])
    add_cloud_stub(app, url_of(sock))
    return app


def start_adk() -> RunningAdk:
    """The app serving on a socket bound before it starts, on a thread of this process."""
    sock = bind_socket("127.0.0.1", 0)
    url = url_of(sock)
    app = build_app(sock)
    config = uvicorn.Config(app, log_level="error", access_log=False, lifespan="on")
    server = uvicorn.Server(config)

    def run() -> None:
        logging.getLogger("uvicorn.error").disabled = True
        asyncio.run(server.serve(sockets=[sock]))

    thread = threading.Thread(target=run, name="adk-api-server", daemon=True)
    thread.start()
    return RunningAdk(url=url, server=server, thread=thread)
