"""Score held-out understanding sessions on a real local engine over HTTP.

Not part of CI. Each named set is ``tests/understanding/sessions_<name>.py`` (its
``SESSIONS``), judged step by step with the corpus harness's own checks
(``tests/understanding/corpus.py``). Prints, per set, the share of steps understood, every
misread (session, message, expected, what happened, the reply's start) and every unsafe step.

Unsafe is stricter here than in the corpus test, because a held-out run is where surprises
show: besides a clip lost by a turn that deleted nothing, a credit charged for a turn that
did nothing and a question of 400 characters or more, a step is unsafe when its expectation
is a question, a decline or a read-only answer (``ask``, ``ops=describe_timeline``) and it
charged credits or changed the draft, or when its turn made media (a generated clip, an
animated photo, music) that its expected ``ops=`` did not name: that charges for a request
that asked for something else ("湖那段加一秒" generating a clip). A step that fails with an
HTTP error (credits refused, a broken stream) is a misread and the session goes on.

    .venv/bin/python scripts/score_sessions.py fresh6 fresh7 fresh8 fresh9
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lumatui.engine.registry import MAKES_MEDIA  # noqa: E402
from tests.support.chat import ChatSession, final_text, function_calls, new_session  # noqa: E402
from tests.support.engine import RunningEngine, start_engine  # noqa: E402
from tests.understanding.corpus import (  # noqa: E402
    MAX_QUESTION,
    MAY_DROP_CLIPS,
    Outcome,
    Report,
    Session,
    _check,
    _segs,
    picture,
)

READ_ONLY_CALLS = {"describe_timeline"}
SET_NAME = re.compile(r"[a-z0-9_]+")


def quiet(expected: str) -> bool:
    """The expectation is a question, a decline or a read-only answer: nothing may change."""
    checks = {c.strip() for c in expected.split(";")}
    if "ask" in checks:
        return True
    ops = [c[4:] for c in checks if c.startswith("ops=")]
    return bool(ops) and set(ops[0].split(",")) - {""} <= READ_ONLY_CALLS


def unasked_media(expected: str, calls: list[str]) -> list[str]:
    """Media-making calls the expectation's ``ops=`` did not name (none without ``ops=``)."""
    ops = [c.strip()[4:] for c in expected.split(";") if c.strip().startswith("ops=")]
    if not ops:
        return []
    return sorted(MAKES_MEDIA & set(calls) - set(ops[0].split(",")))


def judge(
    expected: str,
    chat: ChatSession,
    before: dict[str, Any],
    draft: dict[str, Any],
    calls: list[str],
    spent: int,
    reply: str,
) -> tuple[list[str], str]:
    """(the failed checks, why the step is unsafe or '')."""
    problems: list[str] = []
    for check in [c.strip() for c in expected.split(";") if c.strip()]:
        if check == "ask":
            if calls or draft != before or spent or not 0 < len(reply) < MAX_QUESTION:
                changed = " draft changed" if draft != before else ""
                problems.append(f"no question: calls {calls}, spent {spent}{changed}")
        elif why := _check(check, chat, draft, calls):
            problems.append(why)
    unsafe = ""
    if len(_segs(draft, 0)) < len(_segs(before, 0)) and not MAY_DROP_CLIPS & set(calls):
        unsafe = "a clip was lost"
    elif spent > 0 and not calls:
        unsafe = f"charged {spent} for nothing"
    elif quiet(expected) and spent > 0:
        unsafe = f"charged {spent} for a question/decline/read-only step"
    elif quiet(expected) and draft != before:
        unsafe = "changed the draft on a question/decline/read-only step"
    elif media := unasked_media(expected, calls):
        unsafe = f"made media not asked for ({', '.join(media)}), spent {spent}"
    elif not calls and len(reply) >= MAX_QUESTION:
        unsafe = f"a {len(reply)}-character answer"
    return problems, unsafe


def run_session(engine: RunningEngine, session: Session, folder: Path, report: Report) -> None:
    name, steps = session
    chat = new_session(engine)
    for message, expected in steps:
        if message.startswith("upload:"):
            chat.upload(picture(folder, message.split(":", 1)[1]))
            continue
        before, credits = chat.draft(), chat.raw.credits()["available"]
        try:
            evs = chat.say(message)
        except Exception as exc:  # a refused turn is a finding, not a crash
            draft, spent = chat.draft(), credits - chat.raw.credits()["available"]
            why = f"turn failed: {str(exc)[:160]}"
            unsafe = "a clip was lost" if len(_segs(draft, 0)) < len(_segs(before, 0)) else ""
            report.outcomes.append(Outcome(name, message, expected, False, why, unsafe, ""))
            continue
        draft, spent = chat.draft(), credits - chat.raw.credits()["available"]
        calls, reply = function_calls(evs), final_text(evs)
        problems, unsafe = judge(expected, chat, before, draft, calls, spent, reply)
        report.outcomes.append(
            Outcome(name, message, expected, not problems, "; ".join(problems), unsafe, reply)
        )


def run_set(engine: RunningEngine, sessions: list[Session], folder: Path) -> Report:
    parts = [Report() for _ in sessions]
    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [
            pool.submit(run_session, engine, s, folder, p)
            for s, p in zip(sessions, parts, strict=True)
        ]
        for job in jobs:
            job.result()
    return Report([o for part in parts for o in part.outcomes])


def load(name: str) -> list[Session]:
    if not SET_NAME.fullmatch(name):
        raise SystemExit(f"not a set name: {name!r}")
    return importlib.import_module(f"tests.understanding.sessions_{name}").SESSIONS


def describe(name: str, report: Report, seconds: float) -> str:
    total, ok = len(report.outcomes), sum(o.ok for o in report.outcomes)
    lines = [
        f"{name}: {ok}/{total} understood ({report.share:.1%}), "
        f"{len(report.unsafe)} unsafe, {seconds:.0f} s"
    ]
    for o in report.misreads:
        lines.append(
            f"  MISREAD [{o.session}] {o.message!r}\n    expected: {o.expected}\n"
            f"    happened: {o.why}\n    reply: {o.reply[:160]!r}"
        )
    lines += [f"  UNSAFE [{o.session}] {o.message!r}: {o.unsafe}" for o in report.unsafe]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description="score held-out understanding sessions")
    parser.add_argument("sets", nargs="+", help="set names: sessions_<name>.py")
    args = parser.parse_args()
    sets = {name: load(name) for name in args.sets}
    reports: dict[str, Report] = {}
    with tempfile.TemporaryDirectory() as tmp:
        engine = start_engine(Path(tmp) / "engine", "--heartbeat-seconds", "0.5")
        try:
            for name, sessions in sets.items():
                start = time.perf_counter()
                reports[name] = run_set(engine, sessions, Path(tmp))
                print(describe(name, reports[name], time.perf_counter() - start), flush=True)
        finally:
            engine.stop()
    everything = Report([o for r in reports.values() for o in r.outcomes])
    print(
        f"all: {sum(o.ok for o in everything.outcomes)}/{len(everything.outcomes)} understood "
        f"({everything.share:.1%}), {len(everything.unsafe)} unsafe"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
