"""What the hardening tests share: a tiny real clip, a user with it uploaded, render helpers.

Polling waits on a condition (the job's status), never on a fixed sleep.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from tests.e2e.raw import Raw

RENDER = "/api/render/proxy/lambda"
FINISHED = ("completed", "failed", "cancelled")


def tiny_clip(path: Path, seconds: float = 1.0) -> Path:
    """A small real MP4 (160x90, with sound) made here; tests never ship media."""
    subprocess.run(
        [
            ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
            "-f", "lavfi", "-i", f"testsrc2=s=160x90:r=30:d={seconds}",
            "-f", "lavfi", "-i", f"sine=f=440:d={seconds}:sample_rate=48000",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", str(path),
        ],
        check=True,
    )  # fmt: skip
    return path


def upload(raw: Raw, sid: str, path: Path) -> str:
    r = raw.post(
        f"/api/upload-video/nemo_agent/me/{sid}", files={"files": (path.name, path.read_bytes())}
    )
    assert r.status_code == 200, r.text
    return r.json()["data"]["files"][0]["cdn_url"]


def small_draft(src: str, ms: int = 1000) -> dict[str, Any]:
    return {"m": {"width": 160, "height": 96}, "t": [{"tt": 0, "sg": [{"d": ms, "src": src}]}]}


def submit(raw: Raw, sid: str, job: str, draft: dict[str, Any]) -> Any:
    body = {"id": job, "sessionId": sid, "draft": draft, "output": {"quality": "draft"}}
    return raw.post(RENDER, json=body)


def wait(raw: Raw, job: str, deadline_s: float = 120) -> dict[str, Any]:
    end = time.monotonic() + deadline_s
    data: dict[str, Any] = {}
    while time.monotonic() < end:
        data = raw.get(f"{RENDER}/{job}").json()["data"]
        if data["status"] in FINISHED:
            return data
        time.sleep(0.05)
    raise AssertionError(f"render {job} did not finish: {data}")


def new_user(url: str) -> tuple[Raw, str]:
    raw = Raw(url)
    raw.login()
    return raw, raw.session()
