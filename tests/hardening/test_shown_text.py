"""What a person sees: no bidi tricks, no local paths or ffmpeg internals, refused messages
not kept whole (item 10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lumatui.client.history import History, kept_text
from lumatui.engine.public_text import public_text
from lumatui.protocol import codes
from lumatui.terminal_text import clean, safe
from tests.support.chat import SMALL_CANVAS
from tests.support.engine import RunningEngine

from . import cli

BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI += ["\u200e", "\u200f", "\u061c"]


@pytest.mark.parametrize("mark", BIDI)
def test_bidi_controls_are_stripped(mark: str) -> None:
    for text in (f"invoice{mark}4pm.exe", f"{mark}title", f"a{mark}{mark}b\n{mark}c"):
        assert mark not in clean(text) and mark not in safe(text)
    assert clean(f"שלום{mark} world") == "שלום world"  # right-to-left text itself stays


def test_titles_and_replies_in_the_cli_carry_no_bidi(engine: RunningEngine) -> None:
    first = cli.run("--json", "ask", SMALL_CANVAS, api=engine.url)
    assert first.returncode == 0, first.stderr
    sid = json.loads(first.stdout)["session_id"]
    tricky = "generate a 1-second clip of a \u202egnp.exe\u202c harbour \u2067at dusk\u2069"
    for args in (("ask", "--session", sid, tricky), ("status", "--session", sid)):
        result = cli.run(*args, api=engine.url)
        assert result.returncode == 0, result.stderr
        shown = result.stdout + result.stderr
        assert not any(mark in shown for mark in BIDI), ascii(shown)


@pytest.mark.parametrize(
    "raw",
    [
        "ffmpeg version 6.1 Copyright\n[h264 @ 0x55d1c0a3b2c0] error while decoding\n"
        "{root}/media/123/ast_1_clip.mp4: Invalid data found when processing input",
        "Output is not readable: {root}/renders/abc.part.mp4 has no streams",
        "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x1f2e3d4c] moov atom not found in {root}/tmpx1/generated.mp4",
    ],
)
def test_engine_errors_shown_to_users_carry_no_paths(tmp_path: Path, raw: str) -> None:
    data_dir = tmp_path / "engine-data"
    text = public_text(raw.format(root=data_dir), data_dir)
    assert str(data_dir) not in text and str(tmp_path) not in text
    assert "@ 0x" not in text and "ffmpeg version" not in text
    assert len(text.splitlines()) <= 1 and len(text) <= 300


def test_a_refused_message_is_not_kept_whole(tmp_path: Path, engine: RunningEngine) -> None:
    huge = "make it pop " * (codes.MAX_MESSAGE_CHARS // 4)
    assert len(kept_text(huge)) < codes.MAX_MESSAGE_CHARS
    history = History(tmp_path / "history.db")
    history.add_message("http://x", "1", "user", huge)
    (record,) = history.messages("http://x", "1")
    assert len(record.text) < 3_000 and f"{len(huge):,}" in record.text
    ok = "a normal message"
    history.add_message("http://x", "1", "user", ok)
    assert history.messages("http://x", "1")[-1].text == ok
    history.close()
    result = cli.run("ask", huge, api=engine.url)  # the real CLI refuses it, keeps a stub
    assert result.returncode != 0 and "Traceback" not in result.stderr
    stored = list(Path(cli_home()).rglob("history*.db"))
    for db in stored:
        assert db.stat().st_size < 200_000


def cli_home() -> str:
    import os

    return os.environ["LUMATUI_HOME"]
