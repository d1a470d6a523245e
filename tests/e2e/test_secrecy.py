"""The token never leaves its one private file: not on screen, in logs, history or errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from tests.support.engine import RunningEngine
from tests.support.tokens import leaked, realistic_tokens

from .raw import Raw

KNOWN = "nmv_usr_KnownSecretValue0123456789"


def cli(
    api: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lumatui", "--api", api, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
        check=False,
    )


def everything_written(home: Path, skip: Path | None = None) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in home.rglob("*") if p.is_file() and p != skip]


def test_anonymous_token_stays_in_its_private_file(
    engine: RunningEngine, lumatui_home: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "pic.png"
    Image.new("RGB", (32, 18), (10, 200, 90)).save(picture)
    runs = [
        cli(engine.url, "ask", "generate a 1-second clip of a foggy forest"),
        cli(engine.url, "status"),
        cli(engine.url, "--json", "credits"),
        cli(engine.url, "upload", str(picture)),
        cli(engine.url, "upload", str(tmp_path / "missing.mp4")),
        cli(engine.url, "export", "-o", str(tmp_path / "out.mp4")),
        cli(engine.url, "sessions"),
    ]
    assert [r.returncode for r in runs] == [0, 0, 0, 0, 2, 0, 0], [r.stderr for r in runs]
    token_files = [p for p in lumatui_home.rglob("tokens*.json")]
    assert len(token_files) == 1
    token_file = token_files[0]
    stored = json.loads(token_file.read_text())
    [entry] = stored.values()
    token = entry["token"]
    assert token.startswith("nmv_usr_")
    assert token_file.stat().st_mode & 0o777 == 0o600
    assert token_file.parent.stat().st_mode & 0o777 == 0o700
    for run in runs:
        assert token not in run.stdout + run.stderr
    for path, content in everything_written(lumatui_home, skip=token_file):
        assert token.encode() not in content, path


def test_a_known_env_token_is_never_echoed_or_written(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    raw = Raw(engine.url)
    good = raw.login()["token"]
    env = {"NEMO_TOKEN": good}
    ok = [
        cli(engine.url, "ask", "generate a 1-second clip of snow", env=env),
        cli(engine.url, "credits", env=env),
    ]
    bad = [
        cli(engine.url, "credits", env={"NEMO_TOKEN": KNOWN}),
        cli(engine.url, "--json", "status", env={"NEMO_TOKEN": KNOWN}),
    ]
    assert [r.returncode for r in ok] == [0, 0], [r.stderr for r in ok]
    assert [r.returncode for r in bad] == [3, 3], [r.stderr for r in bad]
    for run in ok + bad:
        assert good not in run.stdout + run.stderr
        assert KNOWN not in run.stdout + run.stderr
        assert "Traceback" not in run.stderr
    for path, content in everything_written(lumatui_home):
        assert good.encode() not in content, path
        assert KNOWN.encode() not in content, path


def test_realistic_tokens_in_a_message_leave_no_fragment_anywhere(
    engine: RunningEngine, lumatui_home: Path
) -> None:
    """Tokens with '-' and '_' pasted into a message, which the reply quotes back: stdout,
    --json, stderr, the sessions list (history) and every file written show no fragment."""
    tokens = realistic_tokens(3)
    runs = [
        cli(engine.url, "ask", f"frobnicate {tokens[0]} quickly"),
        cli(engine.url, "--json", "ask", f"wibble the {tokens[1]}"),
        cli(engine.url, "ask", f"zorp ({tokens[2]}) please"),
        cli(engine.url, "sessions"),
        cli(engine.url, "--json", "sessions"),
    ]
    assert [r.returncode for r in runs] == [0] * 5, [r.stderr for r in runs]
    shown = "".join(r.stdout + r.stderr for r in runs)
    assert "nmv_***" in shown  # the reply did quote the message, masked
    assert leaked(shown, tokens) == []
    # What the person typed is kept verbatim in their own history (to recall and resend it),
    # private to them; every other file holds no fragment.
    history = lumatui_home / "data" / "history.db"
    assert history.stat().st_mode & 0o777 == 0o600
    for path, content in everything_written(lumatui_home, skip=history):
        assert leaked(content.decode("utf-8", "replace"), tokens) == [], path
