"""The CLI against ``lumatui serve --fault``: every fault ends in recovery or a clear message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lumatui.client.history import History
from tests.support.engine import RunningEngine, start_engine


@pytest.fixture
def faulty(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[RunningEngine]:
    args = [arg for spec in request.param for arg in ("--fault", spec)]
    running = start_engine(tmp_path / "engine", "--heartbeat-seconds", "0.2", *args)
    yield running
    running.stop()


def cli(engine: RunningEngine, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LUMATUI_RATE_LIMIT_WAIT": "0.2"}
    done = subprocess.run(
        [sys.executable, "-m", "lumatui", "--api", engine.url, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    assert "Traceback" not in done.stderr + done.stdout
    return done


def user_messages(home: Path, url: str) -> list[str]:
    history = History(home / "data" / "history.db")
    last = history.last_session(url)
    assert last is not None
    texts = [m.text for m in history.messages(url, last.session_id) if m.role == "user"]
    history.close()
    return texts


@pytest.mark.parametrize("faulty", [["expire-token-after=1"]], indirect=True)
def test_expired_token_is_renewed_without_the_user_noticing_more_than_a_note(
    faulty: RunningEngine,
) -> None:
    first = cli(faulty, "credits")
    assert first.returncode == 0, first.stderr
    second = cli(faulty, "--json", "credits")  # its first authenticated call meets 1001
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["available"] == 100
    assert "getting a new one" in second.stderr


@pytest.mark.parametrize("faulty", [["rate-limit-once"]], indirect=True)
def test_rate_limit_waits_and_retries_once(faulty: RunningEngine) -> None:
    done = cli(faulty, "--json", "credits")
    assert done.returncode == 0, done.stderr
    assert "rate-limiting; trying once more in 0.2 s" in done.stderr
    assert json.loads(done.stdout)["total"] == 100


@pytest.mark.parametrize("faulty", [["drop-stream-after=1"]], indirect=True)
def test_dropped_stream_reports_what_changed_without_resending(
    faulty: RunningEngine, lumatui_home: Path
) -> None:
    text = "generate a 1-second clip of a windy beach"
    done = cli(faulty, "--json", "ask", text)
    assert done.returncode == 0, done.stderr
    assert "connection dropped" in done.stderr.lower()
    doc = json.loads(done.stdout)
    assert doc["changes"] == ["Added Video: windy beach (0-1s)"]
    status = json.loads(cli(faulty, "--json", "status").stdout)
    assert len(status["draft"]["t"][0]["sg"]) == 1  # sent once
    assert user_messages(lumatui_home, faulty.url) == [text]


@pytest.mark.parametrize("faulty", [["lose-session-after=2"]], indirect=True)
def test_lost_session_starts_a_new_one_and_says_so(faulty: RunningEngine) -> None:
    assert cli(faulty, "status").returncode == 0
    done = cli(faulty, "ask", "generate a 1-second clip of a pier")
    assert done.returncode == 0, done.stderr
    assert "new one was started" in done.stderr
    assert "Added it" in done.stdout or "pier" in done.stdout


@pytest.mark.parametrize(
    ("faulty", "args", "code", "words"),
    [
        (["no-credits"], ["ask", "generate a 1-second clip of a cave"], 3, "register?bind="),
        (["export-402"], ["export"], 3, "Register or upgrade"),
        (["http-500-once=/api/credits"], ["credits"], 1, "server answered with an error"),
    ],
    indirect=["faulty"],
)
def test_refusals_end_in_a_clear_message(
    faulty: RunningEngine, args: list[str], code: int, words: str
) -> None:
    if args == ["export"]:
        assert cli(faulty, "ask", "generate a 1-second clip of a cave").returncode == 0
    done = cli(faulty, *args)
    assert done.returncode == code, (done.stdout, done.stderr)
    [line] = [x for x in done.stderr.splitlines() if x.startswith("lumatui: error:")]
    assert words in line


@pytest.mark.parametrize("faulty", [["stall=0.6", "bad-json-once"]], indirect=True)
def test_stall_and_bad_json_still_finish_the_turn(faulty: RunningEngine) -> None:
    done = cli(faulty, "ask", "generate a 1-second clip of a meadow")
    assert done.returncode == 0, done.stderr
    assert "unreadable event" in done.stderr
    assert "meadow" in done.stdout
