"""Exit codes of the scriptable commands, and which error ends in which. Pure.

0 success · 1 the operation failed (or some batch items failed) · 2 usage error ·
3 authentication or credits · 4 backend unreachable · 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

from lumatui.client.errors import (
    BackendUnreachable,
    ExportBlocked,
    InvalidRequest,
    MissingClientId,
    NemoError,
    NoCredits,
    SessionNotFound,
    TokenInvalid,
    UnsupportedFile,
)

OK = 0
FAILED = 1
USAGE = 2
AUTH = 3
UNREACHABLE = 4
INTERRUPTED = 130


class UsageError(Exception):
    """Wrong input found before anything is sent: a missing file, a bad option value."""


class OperationFailed(Exception):
    """The command ran but did not do what was asked (a turn error, a bad export)."""


_AUTH_ERRORS = (TokenInvalid, NoCredits, ExportBlocked, MissingClientId)


def exit_code_for(error: BaseException) -> int:
    """The exit code a command ends with when ``error`` stops it."""
    if isinstance(error, KeyboardInterrupt):
        return INTERRUPTED
    if isinstance(error, UsageError | InvalidRequest):
        return USAGE
    if isinstance(error, BackendUnreachable):
        return UNREACHABLE
    if isinstance(error, _AUTH_ERRORS):
        return AUTH
    return FAILED


def stops_a_batch(error: BaseException) -> bool:
    """Errors that would fail every remaining batch item the same way (no backend, no sign-in,
    no credits), so the batch stops instead of repeating them."""
    return exit_code_for(error) in (AUTH, UNREACHABLE, INTERRUPTED)


def error_message(error: BaseException) -> str:
    """One line for a person: what went wrong and what to do, never a traceback."""
    if isinstance(error, SessionNotFound):
        return (
            f"{error.message} Run `lumatui sessions` to list the known sessions, "
            "or leave out --session to use the last one."
        )
    if isinstance(error, TokenInvalid):
        return (
            f"{error.message} The backend refused the sign-in; if NEMO_TOKEN is set, "
            "check it or unset it to use an anonymous token."
        )
    if isinstance(error, MissingClientId):
        return f"{error.message} The backend refused this install's client id."
    if isinstance(error, UnsupportedFile) and "supported:" in error.message.lower():
        return error.message  # the server already listed the formats
    if isinstance(error, NemoError):
        return str(error)
    if isinstance(error, KeyboardInterrupt):
        return "Interrupted."
    text = str(error).strip()
    return text or error.__class__.__name__
