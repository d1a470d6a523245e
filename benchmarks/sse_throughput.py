"""How fast the client's turn iterator takes chat events from the engine and from real ADK.

The engine is the real one (its Starlette app, auth, SSE framing and heartbeat loop) in its
own process on a loopback port, as ``lumatui serve`` runs; only its agent is replaced by one
that streams N ready-made ADK events, so the measurement is the wire and the client's
parsing, not clip generation. The second server is a real Google ADK ``api_server`` app
(tests/adk) whose ``burst N`` agent streams N ``partial`` chunks and their final, read by
the client with ``streaming: true``. The baseline, in the same run against the same server,
reads the same stream with raw httpx lines and ``json.loads``. When the client keeps up
with a server both rates meet the server's own pace and the ratio is near 1.

    .venv/bin/python benchmarks/sse_throughput.py [--events 20000] [--adk-events 3000]
                                                  [--rounds 5]

Goal (issues 2 and 14): the turn iterator at ≥ 0.8× the raw line rate on both streams.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from lumatui.client import NemoClient, run_turn
from lumatui.client.token_store import TokenStore
from lumatui.client.turn import run_request
from lumatui.engine.adk_events import EventFactory
from lumatui.engine.agent import TurnPlan
from lumatui.engine.config import EngineConfig
from lumatui.engine.http.server import create_app
from lumatui.engine.serve import bind_socket, url_of

ROOT = Path(__file__).resolve().parents[1]
HEALTH = {False: "/healthz", True: "/health"}  # ADK answers /health


class StreamingAgent:
    """Stands in for the engine's agent: every turn streams ``count`` events, free of charge."""

    def __init__(self, count: int) -> None:
        self.count = count

    def plan(self, text: str) -> TurnPlan:
        return TurnPlan([])

    async def run(self, plan: TurnPlan, *, emit: Any, **_: Any) -> None:
        events = EventFactory()
        for i in range(self.count):
            if i % 3 == 0:
                await emit(events.call(f"c{i}", "edit_timeline", {"step": i}))
            elif i % 3 == 1:
                await emit(events.response(f"c{i}", "edit_timeline", {"ok": True}))
            else:
                await emit(events.text(f"chunk {i} of the reply ", partial=True))


def serve(data_dir: Path, count: int) -> None:
    """The engine with the streaming agent, in this process (the child's side)."""
    app = create_app(EngineConfig(data_dir=data_dir, heartbeat_seconds=30))
    app.state.engine.agent = StreamingAgent(count)
    sock = bind_socket("127.0.0.1", 0)
    print(url_of(sock), flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", lifespan="on"))
    asyncio.run(server.serve(sockets=[sock]))


def serve_adk() -> None:
    """A real ADK api_server app (the test agents and cloud stub), in this process."""
    sys.path.insert(0, str(ROOT))
    from tests.adk.adk_server import build_app

    sock = bind_socket("127.0.0.1", 0)
    app = build_app(sock)
    print(url_of(sock), flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="on"))
    asyncio.run(server.serve(sockets=[sock]))


def start_server(
    data_dir: Path, count: int, adk: bool = False
) -> tuple[str, subprocess.Popen[str]]:
    """The server in its own process, as ``lumatui serve`` runs: it gets its own core."""
    mode = ["--serve-adk"] if adk else ["--serve", str(data_dir)]
    args = [sys.executable, __file__, *mode, "--events", str(count)]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    url = child.stdout.readline().strip()
    for _ in range(200):
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + HEALTH[adk]).status_code == 200:
                break
        time.sleep(0.05)
    return url, child


async def client_rate(client: NemoClient, session_id: str, message: str) -> tuple[float, int]:
    started = time.perf_counter()
    count = 0
    async for event in run_turn(client, session_id, message):
        if event.kind != "done":
            count += 1
    return count / (time.perf_counter() - started), count


async def raw_rate(client: NemoClient, session_id: str, message: str) -> tuple[float, int]:
    """The floor: read ``data:`` lines and decode their JSON, nothing more."""
    headers = {**client.headers(), "Accept": "text/event-stream"}
    body = run_request(session_id, message)
    started = time.perf_counter()
    count = 0
    async with client.http.stream("POST", "/run_sse", json=body, headers=headers) as response:
        async for line in response.aiter_lines():
            if line.startswith("data:") and line[5:].strip():
                json.loads(line[5:])
                count += 1
    return count / (time.perf_counter() - started), count


async def measure(url: str, rounds: int, message: str) -> float:
    async with NemoClient(
        url, token_store=TokenStore(Path(tempfile.mkdtemp()) / "tokens.json")
    ) as client:
        await client.ensure_token()

        async def fresh() -> str:
            # A new session per turn: ADK copies a session's history on every run, so a
            # shared one would make each later measurement slower than the one before.
            return (await client.create_session()).session_id

        await raw_rate(client, await fresh(), message)  # warm up both paths once
        await client_rate(client, await fresh(), message)
        raws: list[float] = []
        turns: list[float] = []
        for _ in range(rounds):  # interleaved, so drift in machine load hits both alike
            raws.append((await raw_rate(client, await fresh(), message))[0])
            turns.append((await client_rate(client, await fresh(), message))[0])
    raw, turn = statistics.median(raws), statistics.median(turns)
    print(f"  raw httpx lines + json : {raw:10.0f} events/s (median of {rounds})")
    print(f"  client turn iterator   : {turn:10.0f} events/s (median of {rounds})")
    print(f"  ratio (turn / raw)     : {turn / raw:10.2f}  (goal >= 0.80)")
    return turn / raw


def run_one(label: str, count: int, rounds: int, adk: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        url, child = start_server(Path(tmp), count, adk=adk)
        try:
            print(f"{label}: {count} events per turn at {url}")
            return asyncio.run(measure(url, rounds, f"burst {count}" if adk else "go"))
        finally:
            child.terminate()
            child.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--adk-events", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--serve-adk", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.events)
        return
    if args.serve_adk:
        serve_adk()
        return
    os.environ.setdefault("LUMATUI_HOME", tempfile.mkdtemp(prefix="lumatui-bench-"))
    ratios = {"engine": run_one("the local engine", args.events, args.rounds, adk=False)}
    try:
        import google.adk  # noqa: F401
    except ImportError:
        print("real ADK: skipped (google-adk is not installed: pip install -e '.[test]')")
    else:
        ratios["adk"] = run_one("a real ADK api_server", args.adk_events, args.rounds, adk=True)
    print("ratios (turn / raw): " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))


if __name__ == "__main__":
    main()
