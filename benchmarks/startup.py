"""Time to first frame: ``lumatui``'s app against a bare Textual app, in the same run.

Each app runs headless in a fresh Python process; the time is from starting the process to the
app's first frame (Textual runs the auto-pilot once the first screen is up; the child prints
the wall clock then). The lumatui app
points at a backend that does not answer, which changes nothing: it connects in a worker and
never makes the first paint wait. Goal: at most 1.5x the bare app.

    .venv/bin/python benchmarks/startup.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import time
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

async def first_frame(pilot):
    print(time.time(), flush=True)
    pilot.app.exit()

Bare().run(headless=True, size=(160, 45), auto_pilot=first_frame)
"""

LUMATUI = """
import time
from lumatui.tui.app import LumaApp

async def first_frame(pilot):
    print(time.time(), flush=True)
    pilot.app.exit()

LumaApp("http://127.0.0.1:9").run(headless=True, size=(160, 45), auto_pilot=first_frame)
"""


def once(code: str, home: str) -> float:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        env={"LUMATUI_HOME": home, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    return float(done.stdout.split()[0]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description="time to first frame")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        once(BARE, home)  # warm the disk cache for both
        once(LUMATUI, home)
        bare = [once(BARE, home) for _ in range(args.repeat)]
        luma = [once(LUMATUI, home) for _ in range(args.repeat)]
    b, m = statistics.median(bare), statistics.median(luma)
    print(f"bare Textual app: {b * 1000:.0f} ms (median of {args.repeat})")
    print(f"lumatui app:      {m * 1000:.0f} ms (median of {args.repeat})")
    print(f"ratio:            {m / b:.2f}x (goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
