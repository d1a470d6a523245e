"""The ``lumatui`` command: the app (default), ``serve`` for the local engine, and the
scriptable commands (``ask``, ``status``, ``credits``, ``upload``, ``export``, ``sessions``,
``batch``) whose work lives in :mod:`lumatui.commands`.

Imports are lazy so ``lumatui --help`` and ``lumatui serve`` start fast and the engine never
loads the UI.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lumatui import __version__
from lumatui.protocol.presets import PRESET_NAMES


def _serve_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = sub.add_parser("serve", help="run the local engine (HTTP + SSE on loopback)")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default loopback)")
    serve.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one")
    serve.add_argument("--data-dir", type=Path, default=None, help="SQLite and media folder")
    serve.add_argument(
        "--heartbeat-seconds", type=float, default=15.0, help="SSE keep-alive interval"
    )
    serve.add_argument(
        "--silent-edit-share",
        type=float,
        default=0.0,
        help="share of edits answered with no text, as the cloud does (0..1)",
    )
    serve.add_argument(
        "--token-requests-per-hour",
        type=int,
        default=30,
        help="anonymous tokens per client id per hour before HTTP 429",
    )
    serve.add_argument(
        "--anonymous-credits", type=int, default=100, help="credits a new anonymous user gets"
    )
    serve.add_argument("--render-slots", type=int, default=0, help="parallel renders (0: auto)")
    serve.add_argument(
        "--media-scale",
        type=int,
        default=1,
        help="draw made clips at 1/N of the canvas (tests and benchmarks; exports keep it)",
    )
    serve.add_argument(
        "--print-tools",
        action="store_true",
        help="print the agent's operations as JSON-schema tools and exit",
    )
    serve.add_argument(
        "--allow-private-urls",
        action="store_true",
        help="let URL uploads fetch from loopback and private networks (off: public hosts only)",
    )
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="misbehave on purpose, e.g. expire-token-after=3, drop-stream-after=2, stall=5,"
        " rate-limit-once, no-credits, export-402, bad-json-once, http-500-once=PATH, slow=MS"
        " (repeatable)",
    )


# Kept in step with lumatui.commands.exit_codes.HELP (a unit test checks they agree); here so
# that ``--help`` imports nothing but argparse.
EXIT_CODES = """exit codes:
  0  success
  1  the operation failed (or some batch items failed)
  2  usage error (bad option, missing or unreadable file)
  3  authentication or credits (sign-in refused, out of credits, export not on this plan)
  4  backend unreachable"""

PRESETS = PRESET_NAMES  # declared once, in lumatui/protocol/presets.py

SCRIPTING = """scripting:
  lumatui ask TEXT             one chat turn; the reply streams to stdout
  lumatui status               the timeline of the session
  lumatui credits              available, frozen and total credits
  lumatui upload FILE...       add media files to the session
  lumatui export [-o PATH]     render, wait and download the MP4 (prints its path)
  lumatui sessions             the sessions used from this install, newest first
  lumatui batch FILE_OR_DIR... --instruction TEXT [-o DIR]
                               each file in its own session: upload, instruction, export

  Options go before or after the command: --json (one JSON document on stdout),
  --session ID (default: the last session used, shared with the app), --local, --api URL.
  Progress and activity go to stderr."""


def _global_options(parser: argparse.ArgumentParser, *, sub: bool) -> None:
    """The same options on the top parser and on every command; on a command they default to
    "not given" so ``lumatui --json status`` and ``lumatui status --json`` mean the same."""
    kw = {"default": argparse.SUPPRESS} if sub else {}
    parser.add_argument("--api", metavar="URL", help="backend URL (default: the cloud)", **kw)
    parser.add_argument(
        "--local",
        action="store_true",
        help="start the local engine in-process and use it",
        **kw,
    )
    parser.add_argument(
        "--session",
        metavar="ID",
        help="the session to use (default: the last one used, shared with the app)",
        **kw,
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document on stdout and nothing else there",
        **kw,
    )


def _command_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EXIT_CODES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _global_options(command, sub=True)
        return command

    ask = add("ask", "send one message to the agent; the reply streams to stdout")
    ask.add_argument(
        "text", nargs="+", metavar="TEXT", help="the message (words are joined; - reads stdin)"
    )
    add("status", "show the session's timeline")
    add("credits", "show the credit balance")
    upload = add("upload", "upload media files to the session")
    upload.add_argument("files", nargs="+", metavar="FILE")
    export = add("export", "render the session's draft and download the MP4")
    export.add_argument("--preset", choices=PRESETS, help="platform preset (default: the canvas)")
    export.add_argument(
        "-o", "--output", metavar="PATH", help="file to write, or a folder for the default name"
    )
    add("sessions", "list sessions with their last message and draft length")
    batch = add("batch", "process each media file in its own session and export it")
    batch.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR", help="files, or folders of them")
    batch.add_argument(
        "--instruction", required=True, metavar="TEXT", help="the message sent for each file"
    )
    batch.add_argument("--preset", choices=PRESETS, help="platform preset for every export")
    batch.add_argument(
        "-o", "--output", metavar="DIR", help="folder for the MP4s (default: the exports folder)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lumatui",
        description="Make short videos by chatting. Without a command: the app.",
        epilog=f"{SCRIPTING}\n\n{EXIT_CODES}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"lumatui {__version__}")
    _global_options(parser, sub=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _serve_parser(sub)
    _command_parsers(sub)
    return parser


def serve(args: argparse.Namespace) -> int:
    if args.print_tools:
        import json

        from lumatui.engine.registry import tools

        print(json.dumps(tools(), indent=2, ensure_ascii=False))
        return 0
    from lumatui import paths
    from lumatui.engine.config import EngineConfig
    from lumatui.engine.serve import serve_forever

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: binding {args.host}: the engine is reachable beyond this machine",
            file=sys.stderr,
        )
    from lumatui.engine.http.faults import FaultSpecError, parse_faults

    try:
        parse_faults(args.fault)
    except FaultSpecError as exc:
        print(f"lumatui serve: {exc}", file=sys.stderr)
        return 2
    config = EngineConfig(
        data_dir=(args.data_dir or paths.engine_dir()).expanduser().resolve(),
        heartbeat_seconds=args.heartbeat_seconds,
        silent_edit_share=args.silent_edit_share,
        token_requests_per_hour=args.token_requests_per_hour,
        render_slots=args.render_slots,
        media_scale=max(1, args.media_scale),
        anonymous_credits=args.anonymous_credits,
        allow_private_urls=args.allow_private_urls,
        faults=args.fault,
    )

    def ready(url: str) -> None:
        print(f"lumatui engine listening on {url} (data: {config.data_dir})", flush=True)

    from lumatui.engine.data_folder import DataFolderError

    try:
        serve_forever(config, args.host, args.port, on_ready=ready)
    except DataFolderError as exc:  # folder in use, is a file, or its database is damaged
        print(f"lumatui serve: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(
            f"lumatui serve: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 4
    except KeyboardInterrupt:
        pass
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve(args)
    if args.command is not None:
        from lumatui.commands.runner import run

        return run(args)
    if args.json or args.session:
        parser.error("--json and --session go with a command (ask, status, export, ...)")
    from lumatui.app_entry import run_app

    return run_app(api=args.api, local=args.local)


if __name__ == "__main__":
    sys.exit(main())
