"""The ``lumatui`` command: the app (default), ``serve`` for the local engine.

Imports are lazy so ``lumatui --help`` and ``lumatui serve`` start fast and the engine never
loads the UI.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lumatui import __version__


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
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="misbehave on purpose, e.g. expire-token-after=3, drop-stream-after=2, stall=5,"
        " rate-limit-once, no-credits, export-402, bad-json-once, http-500-once=PATH, slow=MS"
        " (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lumatui", description="Make short videos by chatting.")
    parser.add_argument("--version", action="version", version=f"lumatui {__version__}")
    parser.add_argument("--api", metavar="URL", help="backend URL (default: the cloud)")
    parser.add_argument(
        "--local", action="store_true", help="start the local engine in-process and use it"
    )
    sub = parser.add_subparsers(dest="command")
    _serve_parser(sub)
    return parser


def serve(args: argparse.Namespace) -> int:
    from lumatui import paths
    from lumatui.engine.config import EngineConfig
    from lumatui.engine.serve import serve_forever

    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"warning: binding {args.host}: the engine is reachable beyond this machine",
            file=sys.stderr,
        )
    from lumatui.engine.faults import FaultSpecError, parse_faults

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
        anonymous_credits=args.anonymous_credits,
        faults=args.fault,
    )

    def ready(url: str) -> None:
        print(f"lumatui engine listening on {url} (data: {config.data_dir})", flush=True)

    try:
        serve_forever(config, args.host, args.port, on_ready=ready)
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
    from lumatui.app_entry import run_app

    return run_app(api=args.api, local=args.local)


if __name__ == "__main__":
    sys.exit(main())
