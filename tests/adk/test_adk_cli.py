"""``lumatui ask`` in a child process against a real ADK ``api_server``: stdout and stderr."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import uuid
from pathlib import Path

from tests.adk import gates
from tests.adk.adk_server import RunningAdk

TIMEOUT = 120


def ask(adk: RunningAdk, message: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lumatui", "--api", adk.url, *options, "ask", message],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=dict(os.environ),
        check=False,
    )


def test_ask_prints_each_message_once_and_each_tool_once(adk: RunningAdk) -> None:
    result = ask(adk, "mixed: a sunset clip")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "First I add the clip. Then I wait.\n\nThe clip is added.\n"
    lines = result.stderr.splitlines()
    assert [line for line in lines if line.startswith("→")] == ["→ add_clip(prompt='sunset')"]
    assert [line for line in lines if line.startswith("✓")] == ["✓ add_clip"]


def test_ask_over_the_llm_agent(adk: RunningAdk) -> None:
    result = ask(adk, "llm, make it foggy")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout == "I will add a foggy forest. One moment.\n\nThe clip is on the timeline.\n"
    )
    assert result.stderr.count("→ add_clip(") == 1


def test_ask_reports_the_agent_error_and_fails(adk: RunningAdk) -> None:
    result = ask(adk, "crashing again")
    assert result.returncode != 0
    assert "render farm is on fire" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout.startswith("Starting the render")


def test_a_session_adk_lost_is_replaced_told_and_the_message_sent_once(adk: RunningAdk) -> None:
    lost = adk.session()
    adk.forget(lost)
    result = ask(adk, "two, once only", "--session", lost, "--json")
    assert result.returncode == 0, result.stderr
    assert "no longer knows this session" in result.stderr
    document = json.loads(result.stdout)
    assert document["session_id"] != lost
    assert document["text"] == "Making a sunset clip.\n\nDone: the clip is five seconds long."
    assert adk.user_messages(document["session_id"]) == ["two, once only"]


def test_a_quiet_agent_is_noticed_without_keep_alives(adk: RunningAdk, lumatui_home: Path) -> None:
    """ADK sends nothing while the agent is quiet; the CLI must say so on its own timer."""
    config = lumatui_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.json").write_text(json.dumps({"still_working_seconds": 0.2}))
    name = "q" + uuid.uuid4().hex[:8]
    child = subprocess.Popen(
        [sys.executable, "-m", "lumatui", "--api", adk.url, "ask", f"quiet {name}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    lines: queue.Queue[str | None] = queue.Queue()
    assert child.stderr is not None
    stderr = child.stderr

    def read() -> None:
        for line in stderr:
            lines.put(line)
        lines.put(None)  # the child closed stderr: it has ended

    threading.Thread(target=read, daemon=True).start()
    seen: list[str] = []
    try:
        while not any("⏳ Still working..." in line for line in seen):
            line = lines.get(timeout=TIMEOUT)
            assert line is not None, f"the turn ended without a word about the silence: {seen}"
            seen.append(line)
    finally:
        gates.release(name)  # the agent speaks again only now
    stdout, _ = child.communicate(timeout=TIMEOUT)
    assert child.returncode == 0, seen
    assert stdout == "Generating the clip.\n\nThe clip is ready.\n"
