"""Render ids are names, never paths; one bad job or row never stops rendering (items 1, 2)."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.engine import RunningEngine, start_engine

from .kit import RENDER, new_user, small_draft, submit, upload, wait

# Ids a hostile client might send: paths, traversal, huge, control and odd characters.
HOSTILE_IDS = [
    "{outside}/pwned",
    "../../{name}",
    "..",
    "a/b",
    "x" * 65,
    "y" * 300,
    "job one",
    "job\nline",
    "tab\there",
    "nul\x00byte",
    "ünïcode",
    "C:\\windows\\job",
    "%2e%2e%2fjob",
    "job.mp4",
    "",
]


@pytest.mark.parametrize("template", HOSTILE_IDS)
def test_a_path_like_id_is_refused_and_writes_nothing(
    user: dict[str, Any], tmp_path: Path, template: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    job = template.format(outside=outside, name=outside.name)
    r = submit(user["raw"], user["sid"], job, small_draft(user["src"]))
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["success"] is False and "render id" in body["error"].lower()
    assert list(outside.iterdir()) == []


def test_another_users_render_cannot_be_overwritten(
    engine: RunningEngine, user: dict[str, Any], clip: Path
) -> None:
    victim, vsid = new_user(engine.url)
    vsrc = upload(victim, vsid, clip)
    assert submit(victim, vsid, "victim_render", small_draft(vsrc)).status_code == 200
    assert wait(victim, "victim_render")["status"] == "completed"
    before = victim.get(f"{RENDER}/victim_render/download").content
    for job in ("../renders/victim_render", "renders/../victim_render", "./victim_render"):
        r = submit(user["raw"], user["sid"], job, small_draft(user["src"], 500))
        assert r.status_code == 400, r.text
    # A valid id of the same spelling is the victim's: refused as used, never overwritten.
    again = submit(user["raw"], user["sid"], "victim_render", small_draft(user["src"]))
    assert again.status_code == 409
    assert victim.get(f"{RENDER}/victim_render/download").content == before


def test_rendering_goes_on_after_refused_ids(user: dict[str, Any]) -> None:
    raw, sid, src = user["raw"], user["sid"], user["src"]
    for job in ("z" * 300, "../../zz", "/etc/zz"):
        assert submit(raw, sid, job, small_draft(src)).status_code == 400
    assert submit(raw, sid, "after_refusals", small_draft(src)).status_code == 200
    assert wait(raw, "after_refusals")["status"] == "completed"


def _insert(db: Path, rows: list[tuple[str, str, str, str, str, str]]) -> None:
    con = sqlite3.connect(db)
    now = time.time()
    for job, user_id, sid, draft, output, status in rows:
        con.execute(
            "INSERT INTO renders VALUES (?, ?, ?, ?, ?, ?, 5, NULL, NULL, ?, ?)",
            (job, user_id, sid, draft, output, status, now, now),
        )
    con.commit()
    con.close()


def test_start_up_and_the_worker_survive_any_row(tmp_path: Path, clip: Path) -> None:
    data_dir = tmp_path / "data"
    first = start_engine(data_dir, "--render-slots", "1")
    try:
        raw, sid = new_user(first.url)
        src = upload(raw, sid, clip)
        user_id = raw.login()["user_id"]
    finally:
        first.stop()
    good = json.dumps(small_draft(src))
    out = json.dumps({"quality": "draft"})
    escape = tmp_path / "escaped"
    _insert(
        data_dir / "engine.sqlite3",
        [
            ("w" * 300, user_id, sid, good, out, "pending"),
            (str(escape), user_id, sid, good, out, "processing"),
            ("../../escaped2", user_id, sid, good, out, "pending"),
            ("broken_json", user_id, sid, "{not json", out, "pending"),
            ("broken_draft", user_id, sid, json.dumps({"t": "nope"}), "[1", "processing"),
            ("odd\x00id", user_id, sid, good, out, "pending"),
        ],
    )
    second = start_engine(data_dir, "--render-slots", "1")
    try:
        raw.http.base_url = second.url  # type: ignore[assignment]
        raw.login()
        assert submit(raw, sid, "after_bad_rows", small_draft(src)).status_code == 200
        assert wait(raw, "after_bad_rows")["status"] == "completed"
        for job in ("broken_json", "broken_draft"):
            assert wait(raw, job)["status"] == "failed"
    finally:
        second.stop()
    strays = [p for p in tmp_path.rglob("*") if p.suffix in (".mp4", ".png", ".json")]
    assert strays and all(data_dir in p.parents for p in strays), strays
