"""How long drawing generated clips again at a new shape takes, in a turn and in an export.

A project at 1080x1920 gets one generated clip; then "make it 16:9" is timed (the turn draws
the clip again at 1920x1080 from its recipe) and "make it 9:16" (it puts the first drawing
back). A second project, left at 9:16, is exported with the ``youtube`` preset (its clip is
drawn at 1920x1080 before the render) and with ``tiktok`` (same shape: no redraw); the
difference is the export's redraw cost. The engine runs as ``lumatui serve`` in its own
process and is driven through the protocol.

    .venv/bin/python benchmarks/redraw.py [--seconds 5]

Goal (issue 13): the redraw takes no longer than the clip lasts, so it can stay in the turn.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
import uuid
from typing import Any

import httpx

ATTRIBUTION = {
    "X-Skill-Source": "ai-video-generator-free-luma",
    "X-Skill-Version": "bench",
    "X-Skill-Platform": "terminal",
}
RENDER = "/api/render/proxy/lambda"


class Client:
    def __init__(self, url: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=300, headers=ATTRIBUTION)
        r = self.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": str(uuid.uuid4())})
        self.http.headers["Authorization"] = "Bearer " + r.json()["data"]["token"]
        body = {"task_name": "bench", "language": "en"}
        r = self.http.post("/api/tasks/me/with-session/nemo_agent", json=body)
        self.sid = r.json()["data"]["session_id"]

    def say(self, text: str) -> tuple[float, str]:
        """Seconds the turn took, and its last text."""
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": self.sid,
            "new_message": {"parts": [{"text": text}]},
        }
        last = ""
        start = time.perf_counter()
        with self.http.stream("POST", "/run_sse", json=body) as r:
            for line in r.iter_lines():
                if line.startswith("data:") and line[5:].strip():
                    event = json.loads(line[5:])
                    for part in event.get("content", {}).get("parts", []):
                        if "text" in part and not event.get("partial"):
                            last = part["text"]
        return time.perf_counter() - start, last

    def export(self, preset: str) -> float:
        state = self.http.get(f"/api/state/nemo_agent/me/{self.sid}/latest").json()
        job = "bench-" + uuid.uuid4().hex[:8]
        body: dict[str, Any] = {
            "id": job,
            "sessionId": self.sid,
            "draft": state["data"]["state"]["draft"],
            "output": {"format": "mp4", "preset": preset},
        }
        start = time.perf_counter()
        self.http.post(RENDER, json=body).raise_for_status()
        while True:
            data = self.http.get(f"{RENDER}/{job}").json()["data"]
            if data["status"] in ("completed", "failed", "cancelled"):
                assert data["status"] == "completed", data
                return time.perf_counter() - start
            time.sleep(0.1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    prompt = f"generate a {args.seconds}-second clip of a sunset over the ocean"
    with tempfile.TemporaryDirectory() as data:
        serve = [sys.executable, "-m", "lumatui", "serve", "--port", "0", "--data-dir", data]
        engine = subprocess.Popen(serve, stdout=subprocess.PIPE, text=True)
        try:
            assert engine.stdout is not None
            url = engine.stdout.readline().split("listening on ", 1)[1].split()[0]
            turn = Client(url)
            made, _ = turn.say(prompt)
            print(f"generate {args.seconds} s at 1080x1920: {made:.2f} s")
            wide, reply = turn.say("make it 16:9")
            drawn = re.search(r"\(([\d.]+) s\), no cropping", reply)
            print(f'"make it 16:9" turn: {wide:.2f} s; reply: {reply}')
            back, reply = turn.say("make it 9:16")
            print(f'"make it 9:16" turn: {back:.2f} s; reply: {reply}')
            export = Client(url)
            export.say(prompt)
            same = export.export("tiktok")
            other = export.export("youtube")
            print(f"export 9:16 at tiktok: {same:.2f} s; at youtube (redrawn): {other:.2f} s")
            ratio = float(drawn.group(1)) / args.seconds if drawn else float("nan")
            verdict = "ok" if ratio <= 1 else "over"
            print(f"redraw / clip length: {ratio:.2f} ({verdict}: goal <= 1)")
        finally:
            engine.terminate()
            engine.wait(timeout=30)


if __name__ == "__main__":
    main()
