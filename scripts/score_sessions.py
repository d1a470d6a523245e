"""Score held-out understanding sessions on a real local engine over HTTP.

Not part of CI. Each named set is ``tests/understanding/sessions_<name>.py`` (its
``SESSIONS``), judged step by step with the corpus harness's own checks
(``tests/understanding/corpus.py``). Prints, per set, the share of steps understood, every
misread (session, message, expected, what happened, the reply's start) and every unsafe step.

The safety rules are the corpus harness's (a clip lost, a credit charged for nothing or for
a question, a decline or a read-only answer, media made that was not asked for, an
over-long question); a step that fails with an HTTP error is a misread and the session
goes on.

    .venv/bin/python scripts/score_sessions.py fresh6 fresh7 fresh8 fresh9
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.engine import start_engine  # noqa: E402
from tests.understanding.corpus import CORPUS_ENGINE, Report, Session, run_corpus  # noqa: E402

SET_NAME = re.compile(r"[a-z0-9_]+")


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
        engine = start_engine(Path(tmp) / "engine", "--heartbeat-seconds", "0.5", *CORPUS_ENGINE)
        try:
            for name, sessions in sets.items():
                start = time.perf_counter()
                reports[name] = run_corpus(engine, sessions, Path(tmp))
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
