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

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECRECY = "tests/e2e/test_secrecy.py"
FAULTS = "tests/e2e/test_faults.py"
APP_SECRECY = "tests/tui/test_secrecy.py"
CREDITS = (
    "tests/e2e/test_credits.py"
    "::test_spending_exactly_the_balance_is_allowed_and_one_more_is_refused"
)
FAILED_STEP = (
    "tests/e2e/test_credits.py::test_a_step_that_fails_is_not_charged_and_nothing_stays_frozen"
)
UPLOAD = "tests/hardening/test_uploads.py"
EXACT_UPLOAD = f"{UPLOAD}::test_a_file_of_exactly_the_limit_is_taken_and_one_byte_more_is_not"
URL_UPLOAD = f"{UPLOAD}::test_a_url_over_the_limit_is_refused_and_nothing_kept"
PLAN = "tests/unit/test_agent_plan.py"
TURNS = "tests/hardening/test_turns.py"
TURN_LOCKS = "tests/unit/test_turn_locks.py"
TIMEOUT_S = 420  # a mutation that makes its tests hang is reported as such, not waited out


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
        (
            "tests/unit/test_cli_output.py::test_realistic_tokens_are_masked_on_every_output_path",
            f"{SECRECY}::test_realistic_tokens_in_a_message_leave_no_fragment_anywhere",
            APP_SECRECY,
            "tests/unit/test_error_log.py",
        ),
    ),
    Mutation(
        "secrecy: CLI output not masked",
        "lumatui/commands/output.py",
        "        return redact(clean(text), self.secrets)",
        "        return clean(text)",
        (
            "tests/unit/test_cli_output.py::test_realistic_tokens_are_masked_on_every_output_path",
            f"{SECRECY}::test_realistic_tokens_in_a_message_leave_no_fragment_anywhere",
        ),
    ),
    Mutation(
        "secrecy: --json document not masked",
        "lumatui/commands/output.py",
        "self.stdout.write(redact(doc.model_dump_json(indent=2), self.secrets)",
        "self.stdout.write((doc.model_dump_json(indent=2))",
        (
            "tests/unit/test_cli_output.py::test_realistic_tokens_are_masked_on_every_output_path",
            f"{SECRECY}::test_realistic_tokens_in_a_message_leave_no_fragment_anywhere",
        ),
    ),
    Mutation(
        "secrecy: secrets not masked verbatim",
        "lumatui/terminal_text.py",
        '            text = text.replace(secret, "***")',
        "            pass",
        ("tests/e2e/test_secrecy.py", "tests/unit/test_cli_output.py"),
    ),
    Mutation(
        "secrecy: the app shows text unmasked (escapes still cleaned)",
        "lumatui/tui/widgets/chat_log.py",
        "    from lumatui.terminal_text import safe\n\n    return safe(text)",
        "    from lumatui.terminal_text import clean\n\n    return clean(text)",
        (APP_SECRECY,),
    ),
    Mutation(
        "secrecy: the user's own line in the chat unmasked",
        "lumatui/tui/widgets/chat_log.py",
        'Static(f"› {shown(text)}", classes="user"',
        'Static(f"› {text}", classes="user"',
        (APP_SECRECY,),
    ),
    Mutation(
        "secrecy: an error line in the chat unmasked",
        "lumatui/tui/widgets/chat_log.py",
        '        text = f"⚠ {shown(message)}"',
        '        text = f"⚠ {message}"',
        (APP_SECRECY,),
    ),
    Mutation(
        "secrecy: the Export panel shows a failed render's words unmasked",
        "lumatui/tui/widgets/export_panel.py",
        '        self._status(f"Export failed: {safe(message)}")',
        '        self._status(f"Export failed: {message}")',
        (APP_SECRECY,),
    ),
    Mutation(
        "secrecy: a queued message shown unmasked",
        "lumatui/tui/widgets/composer.py",
        "            said = safe(queued[0])",
        "            said = queued[0]",
        (f"{APP_SECRECY}::test_a_message_queued_behind_a_turn_shows_the_token_masked",),
    ),
    Mutation(
        "secrecy: history shown unmasked in the sessions screen",
        "lumatui/tui/screens/sessions_screen.py",
        "    title = short_title(safe(record.title))",
        "    title = short_title(record.title)",
        (APP_SECRECY,),
    ),
    Mutation(
        "secrecy: the error log unmasked",
        "lumatui/error_log.py",
        r'            fh.write(f"--- {stamp}\n{redact(text)}\n")',
        r'            fh.write(f"--- {stamp}\n{text}\n")',
        ("tests/unit/test_error_log.py", "tests/tui/test_unexpected.py"),
    ),
    Mutation(
        "secrecy: the token file readable by others",
        "lumatui/paths.py",
        "        os.fchmod(fd, 0o600)",
        "        os.fchmod(fd, 0o644)",
        ("tests/e2e/test_client_flow.py::test_token_file_is_private",),
    ),
    Mutation(
        "secrecy: the engine keeps tokens in the clear",
        "lumatui/engine/store.py",
        "    return hashlib.sha256(token.encode()).hexdigest()",
        "    return token",
        ("tests/e2e/test_engine_access.py::test_tokens_are_hashed_at_rest",),
    ),
    Mutation(
        "secrecy: an expired token still accepted",
        "lumatui/engine/store.py",
        '        if row is None or row["expires_at"] < time.time():',
        "        if row is None:",
        (f"{FAULTS}::test_a_revoked_token_is_replaced_not_retried",),
    ),
    Mutation(
        "paths: an upload's name used as a path as given",
        "lumatui/engine/media/assets.py",
        '    return base[-120:] or "file"',
        "    return name",
        ("tests/e2e/test_engine_access.py::test_upload_names_are_sanitised",),
    ),
    Mutation(
        "recovery: 1001 retried with the old token",
        "lumatui/client/api.py",
        "            await self.ensure_token(force=True)\n            return True",
        "            return True",
        (
            "tests/e2e/test_faults.py::test_a_revoked_token_is_replaced_not_retried",
            "tests/e2e/test_faults.py::test_expired_token_is_renewed_and_the_call_retried",
        ),
    ),
    Mutation(
        "recovery: a client id the API refuses (HTTP 400) not renewed",
        "lumatui/client/api.py",
        "            self.client_id = settings.client_id(renew=True)\n            return True",
        "            return True",
        (
            "tests/hardening/test_client_id.py"
            "::test_a_client_id_the_api_refuses_is_replaced_and_the_sign_in_retried",
        ),
    ),
    Mutation(
        "recovery: a session the backend forgot not replaced",
        "lumatui/client/workspace.py",
        "        except SessionNotFound:\n            # Refused before the stream opened",
        "        except ZeroDivisionError:\n            # Refused before the stream opened",
        (
            f"{FAULTS}::test_lost_session_is_replaced_and_the_message_sent_there",
            "tests/tui/test_errors.py"
            "::test_a_session_the_backend_forgot_is_replaced_and_the_message_sent",
        ),
    ),
    Mutation(
        "recovery: a dropped stream not reconciled from the state",
        "lumatui/client/workspace.py",
        "            after = await self._settle(before, after)",
        "            pass",
        (f"{FAULTS}::test_a_drop_before_the_clip_is_made_is_settled_from_the_state",),
    ),
    Mutation(
        "recovery: a drop that changed nothing not said",
        "lumatui/client/workspace.py",
        "                errors.append(UNCONFIRMED)",
        "                pass",
        (f"{FAULTS}::test_unconfirmed_drop_says_so",),
    ),
    Mutation(
        "credits: spending exactly the balance refused",
        "lumatui/engine/store.py",
        "                if int(row[0]) < amount:",
        "                if int(row[0]) <= amount:",
        (CREDITS,),
    ),
    Mutation(
        "credits: one more than the balance allowed",
        "lumatui/engine/store.py",
        "                if int(row[0]) < amount:",
        "                if int(row[0]) < amount - 1:",
        (CREDITS,),
    ),
    Mutation(
        "credits: a step that failed charged",
        "lumatui/engine/agent.py",
        '                if result.get("ok") and op.cost:',
        "                if op.cost:",
        (FAILED_STEP,),
    ),
    Mutation(
        "credits: a failed step's credit left frozen",
        "lumatui/engine/agent.py",
        "            if remaining:\n                self.store.release_frozen",
        "            if False:\n                self.store.release_frozen",
        (FAILED_STEP,),
    ),
    Mutation(
        "limits: multipart upload over the engine's limit accepted",
        "lumatui/engine/http/multipart_stream.py",
        "        if self._written > codes.MAX_UPLOAD_BYTES:",
        "        if False:",
        (EXACT_UPLOAD, f"{UPLOAD}::test_an_oversized_file_is_refused_while_it_streams"),
    ),
    Mutation(
        "limits: a URL declaring more than the limit fetched anyway",
        "lumatui/engine/http/uploads.py",
        "                    if declared > codes.MAX_UPLOAD_BYTES:",
        "                    if False:",
        (f"{URL_UPLOAD}[declared.mp4]",),
    ),
    Mutation(
        "limits: a URL streaming past the limit kept",
        "lumatui/engine/http/uploads.py",
        "                            if written > codes.MAX_UPLOAD_BYTES:",
        "                            if False:",
        (f"{URL_UPLOAD}[streamed.mp4]",),
    ),
    Mutation(
        "limits: upload limit off by one (exactly the limit refused)",
        "lumatui/engine/http/multipart_stream.py",
        "        if self._written > codes.MAX_UPLOAD_BYTES:",
        "        if self._written >= codes.MAX_UPLOAD_BYTES:",
        (EXACT_UPLOAD,),
    ),
    Mutation(
        "limits: JSON body over the limit read whole",
        "lumatui/engine/http/context.py",
        "        if size > limit:\n            raise err.body_too_large(limit)",
        "        if False:\n            raise err.body_too_large(limit)",
        (
            "tests/hardening/test_limits.py"
            "::test_a_json_body_of_the_limit_is_read_and_one_byte_more_is_refused_midway",
        ),
    ),
    Mutation(
        "render plan: a draft's d beyond its last segment ignored",
        "lumatui/engine/render/plan.py",
        "    duration_ms = max(draft.d, draft.computed_duration())",
        "    duration_ms = draft.computed_duration()",
        (
            "tests/unit/test_render_plan_video.py"
            "::test_the_drafts_own_length_wins_over_a_shorter_last_segment",
            "tests/e2e/test_render.py"
            "::test_a_draft_longer_than_its_segments_renders_to_its_own_length",
        ),
    ),
    Mutation(
        "understanding: generates without a request",
        "lumatui/engine/understand/turn_plan.py",
        "    if missed or not ops:",
        "    if missed and not ops:",
        (PLAN,),
    ),
    Mutation(
        "understanding: a remark about a scene generates it",
        "lumatui/engine/understand/whole_asks.py",
        '        return None  # a remark about the video ("I love the sunset"), not a description',
        "        pass",
        (PLAN,),
    ),
    Mutation(
        "understanding: a question about a scene generates it",
        "lumatui/engine/understand/whole_asks.py",
        "    if has(SCENE_WORDS, text) and not has(question, text):",
        "    if has(SCENE_WORDS, text):",
        (PLAN,),
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
        (TURN_LOCKS, TURNS),
    ),
    Mutation(
        "turns: a lock per turn instead of per session",
        "lumatui/engine/http/turn_locks.py",
        "        lock = self._locks.setdefault(session_id, asyncio.Lock())",
        "        lock = asyncio.Lock()",
        (TURNS, TURN_LOCKS),  # the engine's own test first: it must catch it over HTTP too
    ),
    Mutation(
        "turns: no cap on waiting turns",
        "lumatui/engine/http/turn_locks.py",
        "        if held > self.max_waiting:",
        "        if False:",
        (TURN_LOCKS,),
    ),
    Mutation(
        "stream: whitespace-variant final repeated",
        "lumatui/protocol/stream_assembly.py",
        "    target = squeezed(streamed)\n",
        "    return None\n    target = squeezed(streamed)\n",
        ("tests/unit/test_stream_assembly.py",),
    ),
)


def _pytest(tests: tuple[str, ...]) -> tuple[int | None, str]:
    """Run the tests in their own process group: on a timeout the engines they started go too."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-x",
        "-n",
        "0",
        "-p",
        "no:cacheprovider",
        *tests,
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        out, _ = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, _ = process.communicate()
        return None, out
    return process.returncode, out


def run(mutation: Mutation) -> tuple[str, float]:
    """Apply, test, restore. Returns the verdict and the seconds the tests took."""
    path = ROOT / mutation.file
    source = path.read_text(encoding="utf-8")
    if source.count(mutation.original) != 1:
        return "stale", 0.0
    started = time.monotonic()
    try:
        path.write_text(source.replace(mutation.original, mutation.replacement), "utf-8")
        code, out = _pytest(mutation.tests)
    finally:
        path.write_text(source, encoding="utf-8")
    took = time.monotonic() - started
    if code is None:
        return "timeout", took
    if code == 0:
        return "survived", took
    if code == 1:
        return "caught", took
    tail = out.strip().splitlines()[-3:]  # 2-5: the tests could not run (usage, collection)
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
