"""Running the real ``lumatui`` command in a child process, in parallel when asked."""

from __future__ import annotations

import os
import subprocess
import sys

TIMEOUT = 240


def start(
    *args: str, api: str | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    prefix = ["--api", api] if api else []
    return subprocess.Popen(
        [sys.executable, "-m", "lumatui", *prefix, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def run(
    *args: str, api: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    process = start(*args, api=api, env=env)
    out, err = process.communicate(timeout=TIMEOUT)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one ``lumatui: error:`` line; no traceback anywhere."""
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("lumatui: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]
