"""Start-up stays light: the client, httpx and pydantic load after the first frame."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HEAVY = ("httpx", "pydantic", "lumatui.client", "lumatui.protocol.draft", "lumatui.engine")


def test_importing_the_app_loads_no_network_or_wire_models() -> None:
    code = f"import sys, lumatui.tui.app\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == ""


def test_the_first_frame_loads_no_network_or_wire_models(tmp_path: Path) -> None:
    """Mounting and painting (the "Setting up..." line included) stay light; only the
    connect worker, which starts after the first frame, loads the client."""
    code = f"""
import sys
from lumatui.tui.app import LumaApp

LumaApp.connect = lambda self, *args, **kwargs: None  # stay before the connect worker

async def first_frame(pilot):
    for _ in range(200):  # until "Setting up..." is on screen (bounded)
        if pilot.app.chat.children:
            break
        await pilot.pause(0.01)
    print(' '.join(m for m in {HEAVY!r} if m in sys.modules) or "-", flush=True)
    pilot.app.exit()

LumaApp("http://127.0.0.1:9").run(headless=True, size=(120, 40), auto_pilot=first_frame)
"""
    script = tmp_path / "first_frame.py"
    script.write_text(code)
    out = subprocess.run(
        [sys.executable, str(script)], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    assert out.strip() == "-"
