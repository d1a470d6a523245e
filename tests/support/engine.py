"""Starting the real engine as a child process (``lumatui serve``) for tests."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RunningEngine:
    url: str
    data_dir: Path
    process: subprocess.Popen[str]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_engine(data_dir: Path, *extra: str) -> RunningEngine:
    """``lumatui serve`` in a child process; returns once it prints its URL (it is listening)."""
    args = [sys.executable, "-m", "lumatui", "serve", "--port", "0", "--data-dir", str(data_dir)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*args, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening on " not in line:
        rest = process.stdout.read() if process.poll() is not None else ""
        process.kill()
        raise RuntimeError(f"engine did not start: {line}{rest}")
    url = line.split("listening on ", 1)[1].split()[0]
    return RunningEngine(url=url, data_dir=data_dir, process=process)
