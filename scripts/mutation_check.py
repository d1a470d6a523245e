"""Hand-picked mutations of the behaviours that matter most, each run against its tests.

Not part of CI (each mutation runs a slice of the suite). For every entry the file is
patched in place (one exact snippet replaced), only the listed tests run, and the file is
restored in a ``finally`` whatever happens. A mutation is *caught* when those tests fail,
*survived* when they pass, *stale* when its snippet is no longer in the file (the code
moved: update the entry, never skip it silently).

    .venv/bin/python scripts/mutation_check.py            # all
    .venv/bin/python scripts/mutation_check.py credits    # names containing "credits"
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str
    original: str
    replacement: str
    tests: tuple[str, ...]


MUTATIONS: tuple[Mutation, ...] = (
    Mutation(
        "secrecy: token pattern misses '-' and '_'",
        "lumatui/terminal_text.py",
        r'_TOKEN = re.compile(r"nmv_[A-Za-z0-9]+_[A-Za-z0-9_\-]+")',
        r'_TOKEN = re.compile(r"nmv_[A-Za-z0-9]+_[A-Za-z0-9]+")',
        ("tests/e2e/test_secrecy.py", "tests/unit/test_cli_output.py"),
    ),
    Mutation(
        "secrecy: CLI output not masked",
        "lumatui/commands/output.py",
        "        return redact(clean(text), self.secrets)",
        "        return clean(text)",
        ("tests/e2e/test_secrecy.py", "tests/unit/test_cli_output.py"),
    ),
    Mutation(
        "secrecy: --json document not masked",
        "lumatui/commands/output.py",
        "self.stdout.write(redact(doc.model_dump_json(indent=2), self.secrets)",
        "self.stdout.write((doc.model_dump_json(indent=2))",
        ("tests/e2e/test_secrecy.py", "tests/unit/test_cli_output.py"),
    ),
    Mutation(
        "secrecy: secrets not masked verbatim",
        "lumatui/terminal_text.py",
        '            text = text.replace(secret, "***")',
        "            pass",
        ("tests/e2e/test_secrecy.py", "tests/unit/test_cli_output.py"),
    ),
    Mutation(
        "recovery: 1001 retried with the old token",
        "lumatui/client/api.py",
        "            await self.ensure_token(force=True)\n            return True",
        "            return True",
        ("tests/e2e/test_faults.py", "tests/e2e/test_client_flow.py"),
    ),
    Mutation(
        "recovery: 1002 (missing client id) not renewed",
        "lumatui/client/api.py",
        "            self.client_id = settings.client_id(renew=True)\n            return True",
        "            return True",
        ("tests/e2e/test_faults.py", "tests/hardening/test_client_id.py"),
    ),
    Mutation(
        "credits: spending exactly the balance refused",
        "lumatui/engine/store.py",
        "                if int(row[0]) < amount:",
        "                if int(row[0]) <= amount:",
        ("tests/e2e/test_credits.py",),
    ),
    Mutation(
        "credits: one more than the balance allowed",
        "lumatui/engine/store.py",
        "                if int(row[0]) < amount:",
        "                if int(row[0]) < amount - 1:",
        ("tests/e2e/test_credits.py",),
    ),
    Mutation(
        "limits: multipart upload over the engine's limit accepted",
        "lumatui/engine/http/multipart_stream.py",
        "        if self._written > codes.MAX_UPLOAD_BYTES:",
        "        if False:",
        ("tests/hardening/test_uploads.py",),
    ),
    Mutation(
        "limits: upload limit off by one (exactly the limit refused)",
        "lumatui/engine/http/multipart_stream.py",
        "        if self._written > codes.MAX_UPLOAD_BYTES:",
        "        if self._written >= codes.MAX_UPLOAD_BYTES:",
        ("tests/hardening/test_uploads.py",),
    ),
    Mutation(
        "limits: JSON body over the limit read whole",
        "lumatui/engine/http/context.py",
        "        if size > limit:\n            raise err.body_too_large(limit)",
        "        if False:\n            raise err.body_too_large(limit)",
        ("tests/hardening/test_limits.py",),
    ),
    Mutation(
        "render plan: a draft's d beyond its last segment ignored",
        "lumatui/engine/render/plan.py",
        "    duration_ms = max(draft.d, draft.computed_duration())",
        "    duration_ms = draft.computed_duration()",
        (
            "tests/unit/test_render_plan_video.py",
            "tests/unit/test_render_plan_audio.py",
            "tests/e2e/test_render.py",
        ),
    ),
    Mutation(
        "understanding: generates without a request",
        "lumatui/engine/understand/turn_plan.py",
        "    if missed or not ops:",
        "    if missed and not ops:",
        ("tests/unit/test_agent_plan.py", "tests/unit/test_plan_with_draft.py"),
    ),
    Mutation(
        "render ids: any id accepted",
        "lumatui/engine/http/limits.py",
        "    if RENDER_ID.fullmatch(job_id):",
        "    if True:",
        ("tests/hardening/test_render_ids.py",),
    ),
    Mutation(
        "render ids: prefix match instead of full match",
        "lumatui/engine/http/limits.py",
        "    if RENDER_ID.fullmatch(job_id):",
        "    if RENDER_ID.match(job_id):",
        ("tests/hardening/test_render_ids.py",),
    ),
    Mutation(
        "turns: a session's turns not serialised",
        "lumatui/engine/http/turn_locks.py",
        "            await self._lock.acquire()",
        "            pass",
        ("tests/hardening/test_turns.py",),
    ),
    Mutation(
        "turns: no cap on waiting turns",
        "lumatui/engine/http/turn_locks.py",
        "        if held > self.max_waiting:",
        "        if False:",
        ("tests/hardening/test_turns.py",),
    ),
    Mutation(
        "stream: whitespace-variant final repeated",
        "lumatui/protocol/stream_assembly.py",
        "    target = squeezed(streamed)\n",
        "    return None\n    target = squeezed(streamed)\n",
        ("tests/unit/test_stream_assembly.py",),
    ),
)


def run(mutation: Mutation) -> tuple[str, float]:
    """Apply, test, restore. Returns the verdict and the seconds the tests took."""
    path = ROOT / mutation.file
    source = path.read_text(encoding="utf-8")
    if source.count(mutation.original) != 1:
        return "stale", 0.0
    started = time.monotonic()
    try:
        path.write_text(source.replace(mutation.original, mutation.replacement), "utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *mutation.tests],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
    finally:
        path.write_text(source, encoding="utf-8")
    took = time.monotonic() - started
    if result.returncode == 0:
        return "survived", took
    if result.returncode == 1:
        return "caught", took
    tail = (result.stdout + result.stderr).strip().splitlines()[-3:]
    return "error: " + " | ".join(tail), took


def main(argv: list[str]) -> int:
    chosen = [m for m in MUTATIONS if not argv or any(a in m.name for a in argv)]
    verdicts: list[str] = []
    for mutation in chosen:
        verdict, took = run(mutation)
        verdicts.append(verdict)
        print(f"{verdict:9} {took:6.1f} s  {mutation.name}  ({mutation.file})", flush=True)
    caught = verdicts.count("caught")
    print(
        f"caught {caught}/{len(chosen)} ({100 * caught / max(1, len(chosen)):.0f}%);"
        f" survived {verdicts.count('survived')}; stale {verdicts.count('stale')}"
    )
    return 0 if caught == len(chosen) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
