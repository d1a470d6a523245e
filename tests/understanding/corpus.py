"""Running the understanding corpus: multi-turn sessions through the real engine over HTTP.

A session is a name and a list of steps ``(message, expectation)``. An expectation is a short
``;``-separated list of checks on what the engine did and the draft it left:

- ``ops=a,b``      the functionCall names of the turn, in order
- ``ask``          a question: no call, draft and credits unchanged, a reply under 400 chars
- ``order=a,b``    one clip per word, each clip's label containing its word
- ``n=3``          the number of clips (``texts=``, ``music=`` for the other tracks)
- ``c2.d=2000``    a clip's key (1-based; ``c-1`` the last); ``c1.m.speed=2`` its metadata;
  ``t.`` the last text, ``b.`` the music, ``draft.`` the draft's ``m``;
  ``=`` compares JSON values, ``~`` contains, ``>`` / ``<`` compare numbers
A message ``upload:NAME.png`` uploads a tiny picture instead of chatting.

Beside each step's own checks, every step is held to the safety rules: no clip disappears
unless the turn deleted, undid or started over; no credit is charged for a turn that did
nothing; a step expecting a question, a decline or a read-only answer charges nothing and
changes nothing; a turn makes no media its expected ``ops=`` did not name; and no answer
without a call runs to 400 characters.
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lumatui.engine.registry import MAKES_MEDIA
from tests.support.chat import ChatSession, final_text, function_calls, new_session
from tests.support.engine import RunningEngine

Step = tuple[str, str]
Session = tuple[str, list[Step]]
MAY_DROP_CLIPS = {"delete_clip", "start_over", "undo", "redo", "set_length"}
MAX_QUESTION = 400
# The corpus runs on the real canvas (what people have) with media drawn at 1/6 of it, so
# hundreds of made clips stay cheap while canvas sizes read as a person would see them; and
# with credits enough for a session that makes a minute of clips (understanding is measured
# here, not the balance: credits are checked by the safety rules, per step)
CORPUS_ENGINE = ("--media-scale", "6", "--anonymous-credits", "1000")


@dataclass
class Outcome:
    session: str
    message: str
    expected: str
    ok: bool
    why: str = ""
    unsafe: str = ""
    reply: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def share(self) -> float:
        return sum(o.ok for o in self.outcomes) / max(1, len(self.outcomes))

    @property
    def misreads(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def unsafe(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.unsafe]


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def _lookup(path: str, chat: ChatSession, draft: dict[str, Any]) -> Any:
    head, *rest = path.split(".")
    tracks = {"c": 0, "t": 7, "b": 1}
    if head == "len":
        return draft.get("d")
    if head == "draft":
        node: Any = draft.get("m", {})
    else:
        kind, number = head[0], head[1:]
        segs = [s for t in draft.get("t", []) if t["tt"] == tracks[kind] for s in t["sg"]]
        index = int(number) if number else -1
        node = segs[index - 1 if index > 0 else index]
    for key in rest:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _check(check: str, chat: ChatSession, draft: dict[str, Any], calls: list[str]) -> str:
    """'' when the check holds, else what was seen."""
    labels = [str(s["m"].get("label", "")).lower() for s in _segs(draft, 0)]
    if check.startswith("ops="):
        want = [n for n in check[4:].split(",") if n]
        return "" if calls == want else f"calls {calls}"
    if check.startswith("order="):
        want = check[6:].split(",")
        fine = len(want) == len(labels) and all(
            w in got for w, got in zip(want, labels, strict=True)
        )
        return "" if fine else f"clips {labels}"
    counts = {"n": 0, "texts": 7, "music": 1}
    match = re.fullmatch(r"(n|texts|music)=(\d+)", check)
    if match:
        got = len(_segs(draft, counts[match.group(1)]))
        return "" if got == int(match.group(2)) else f"{match.group(1)}={got}"
    match = re.fullmatch(r"([\w.\-]+)([=~<>])(.*)", check)
    if not match:
        raise ValueError(f"unknown check {check!r}")
    path, op, raw = match.groups()
    try:
        got = _lookup(path, chat, draft)
    except (IndexError, KeyError):
        return f"{path} missing"
    want = _value(raw)
    if op == "=":
        fine = got == want or (isinstance(got, float) and got == float(want))
    elif op == "~":
        fine = str(want).lower() in str(got).lower()
    elif op == ">":
        fine = got is not None and float(got) > float(want)
    else:
        fine = got is not None and float(got) < float(want)
    return "" if fine else f"{path}={got!r}"


def _segs(draft: dict[str, Any], tt: int) -> list[dict[str, Any]]:
    return [s for t in draft.get("t", []) if t["tt"] == tt for s in t["sg"]]


def picture(folder: Path, name: str) -> Path:
    """A tiny PNG (a gradient) made on the spot."""
    from PIL import Image

    path = folder / name
    if not path.exists():
        image = Image.new("RGB", (64, 48))
        image.putdata([(x * 4, y * 5, 120) for y in range(48) for x in range(64)])
        image.save(path)
    return path


READ_ONLY_CALLS = {"describe_timeline"}


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
    chat = new_session(engine, small=False)
    for message, expected in steps:
        if message.startswith("upload:"):
            chat.upload(picture(folder, message.split(":", 1)[1]))
            continue
        before, credits = chat.draft(), chat.raw.credits()["available"]
        try:
            evs = chat.say(message)
        except Exception as exc:  # a refused turn is a finding (a misread), not a crash
            draft = chat.draft()
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


def run_corpus(
    engine: RunningEngine, sessions: list[Session], folder: Path, workers: int = 4
) -> Report:
    """Every session on the one engine, a few at a time (each is its own user and session)."""
    parts = [Report() for _ in sessions]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        done = [
            pool.submit(run_session, engine, session, folder, part)
            for session, part in zip(sessions, parts, strict=True)
        ]
        for future in done:
            future.result()
    return Report([outcome for part in parts for outcome in part.outcomes])


def describe(report: Report, title: str) -> str:
    lines = [f"{title}: {sum(o.ok for o in report.outcomes)}/{len(report.outcomes)} understood"]
    lines += [
        f"  MISREAD [{o.session}] {o.message!r}: {o.why} | {o.reply[:120]!r}"
        for o in report.misreads
    ]
    lines += [f"  UNSAFE [{o.session}] {o.message!r}: {o.unsafe}" for o in report.unsafe]
    return "\n".join(lines)
