"""Running one scriptable command: dispatch, and turning every way it can end into an exit
code and at most one line on stderr (never a traceback, never the token)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from lumatui import error_log

from .exit_codes import (
    FAILED,
    INTERRUPTED,
    OperationFailed,
    UsageError,
    error_message,
    exit_code_for,
)
from .output import Output

COMMANDS = ("ask", "status", "credits", "upload", "export", "sessions", "batch")


async def dispatch(args: argparse.Namespace, out: Output) -> int:
    from .runtime import connect

    if args.command == "sessions":
        from .info import sessions

        return sessions(args, out)
    async with connect(args, out) as ctx:
        if args.command == "ask":
            from .ask import ask

            text = " ".join(args.text)
            return await ask(ctx, read_stdin() if text == "-" else text)
        if args.command == "status":
            from .info import status

            return await status(ctx)
        if args.command == "credits":
            from .info import credits

            return await credits(ctx)
        if args.command == "upload":
            from .transfer import upload

            return await upload(ctx, args.files)
        if args.command == "export":
            from .transfer import export

            return await export(ctx, args.preset, args.output)
        if args.command == "batch":
            from .batch import batch

            return await batch(ctx, args.inputs, args.instruction, args.preset, args.output)
    raise UsageError(f"unknown command {args.command!r}")


def read_stdin() -> str:
    """The message from stdin, whatever its bytes: invalid UTF-8 becomes U+FFFD, not a crash."""
    return sys.stdin.buffer.read().decode("utf-8", errors="replace")


def run(args: argparse.Namespace) -> int:
    """Run the command in ``args``; returns the exit code."""
    out = Output(json_mode=bool(getattr(args, "json", False)))
    if args.local and args.api:
        out.error("use either --local or --api, not both", 2, "UsageError")
        return 2
    try:
        return asyncio.run(dispatch(args, out))
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining
        # about the unflushed stdout on exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FAILED
    except KeyboardInterrupt:
        out.done_progress()
        out.error("interrupted", INTERRUPTED, "KeyboardInterrupt")
        return INTERRUPTED
    except (UsageError, OperationFailed) as exc:
        code = exit_code_for(exc)
        out.done_progress()
        out.error(error_message(exc), code, exc.__class__.__name__)
        return code
    except Exception as exc:
        from lumatui.client.errors import NemoError

        out.done_progress()
        code = exit_code_for(exc)
        message = error_message(exc)
        if isinstance(exc, OSError):
            message = (
                f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else message
            )
        elif not isinstance(exc, NemoError):
            log = log_unexpected(exc)
            where = f" (details in {log})" if log else ""
            message = f"unexpected error: {exc.__class__.__name__}: {message}{where}"
            code = FAILED
        out.error(message, code, exc.__class__.__name__)
        return code


def log_unexpected(exc: BaseException) -> Path | None:
    return error_log.log_unexpected(exc, "cli-errors.log")
