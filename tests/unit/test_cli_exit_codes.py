"""Which error ends in which exit code, the messages people read, and the parser. Pure."""

from __future__ import annotations

import re

import pytest

from lumatui import cli
from lumatui.client.errors import (
    BackendUnreachable,
    ExportBlocked,
    ExportFailed,
    FileTooLarge,
    MissingClientId,
    NoCredits,
    NothingToExport,
    RateLimited,
    ServerError,
    SessionNotFound,
    TokenInvalid,
    UnsupportedFile,
)
from lumatui.commands import exit_codes
from lumatui.commands.exit_codes import (
    OperationFailed,
    UsageError,
    error_message,
    exit_code_for,
    stops_a_batch,
)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (TokenInvalid("Not signed in."), 3),
        (NoCredits("", user_id="anon_1"), 3),
        (ExportBlocked(), 3),
        (MissingClientId("client id missing"), 3),
        (BackendUnreachable("Cannot reach x."), 4),
        (SessionNotFound("gone"), 1),
        (ServerError("boom"), 1),
        (ExportFailed("failed"), 1),
        (NothingToExport("empty"), 1),
        (UnsupportedFile("a.txt"), 1),
        (FileTooLarge("big"), 1),
        (RateLimited("slow down"), 1),
        (OperationFailed("turn error"), 1),
        (UsageError("no such file"), 2),
        (RuntimeError("unexpected"), 1),
        (KeyboardInterrupt(), 130),
    ],
)
def test_exit_code_for_each_error(error: BaseException, code: int) -> None:
    assert exit_code_for(error) == code


def test_only_errors_that_would_fail_every_file_stop_a_batch() -> None:
    assert stops_a_batch(BackendUnreachable("down"))
    assert stops_a_batch(NoCredits("", user_id="anon_1"))
    assert stops_a_batch(TokenInvalid("refused"))
    assert not stops_a_batch(UnsupportedFile("bad.png"))
    assert not stops_a_batch(UsageError("missing.png: no such file"))
    assert not stops_a_batch(ExportFailed("render failed"))


def test_messages_say_what_to_do_in_one_line() -> None:
    credits = error_message(NoCredits("Not enough credits.", user_id="anon_42"))
    assert credits.startswith("Not enough credits.")
    assert "https://nemovideo.com/register?bind=anon_42" in credits
    # the client's in-app recovery hints ("Starting a new session") are not CLI advice
    gone = error_message(SessionNotFound("Session 9 not found.", action="Starting a new session."))
    assert "Starting a new session" not in gone and "lumatui sessions" in gone
    refused = error_message(TokenInvalid("Not signed in.", action="Getting a new token."))
    assert "NEMO_TOKEN" in refused and "Getting a new token" not in refused
    listed = "Unsupported file: x.bin. Supported: video mp4"
    assert error_message(UnsupportedFile(listed)) == listed  # formats not listed twice
    assert "Supported formats" in error_message(UnsupportedFile("x.bin is not supported."))
    assert error_message(RuntimeError("")) == "RuntimeError"
    assert "\n" not in error_message(ExportBlocked())


def test_help_lists_every_exit_code_with_its_number() -> None:
    listed = dict(re.findall(r"^\s+(\d+)\s+(.+)$", cli.EXIT_CODES, re.M))
    assert set(listed) == {"0", "1", "2", "3", "4"}
    assert exit_codes.OK == 0 and "success" in listed["0"]
    assert exit_codes.FAILED == 1 and "batch" in listed["1"]
    assert exit_codes.USAGE == 2 and "usage" in listed["2"]
    assert exit_codes.AUTH == 3 and "credits" in listed["3"]
    assert exit_codes.UNREACHABLE == 4 and "unreachable" in listed["4"]
    assert cli.EXIT_CODES in cli.build_parser().format_help()


def test_global_options_work_before_or_after_the_command() -> None:
    parser = cli.build_parser()
    before = parser.parse_args(["--json", "--session", "7", "--api", "http://x", "status"])
    after = parser.parse_args(["status", "--json", "--session", "7", "--api", "http://x"])
    for args in (before, after):
        assert (args.command, args.json, args.session, args.api) == (
            "status",
            True,
            "7",
            "http://x",
        )
    plain = parser.parse_args(["credits"])
    assert (plain.json, plain.session, plain.api, plain.local) == (False, None, None, False)


def test_json_without_a_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.main(["--json"])
    assert raised.value.code == 2
    assert "go with a command" in capsys.readouterr().err


def test_app_and_serve_parse_as_before() -> None:
    parser = cli.build_parser()
    app = parser.parse_args(["--local"])
    assert (app.command, app.local, app.api) == (None, True, None)
    served = parser.parse_args(["serve", "--port", "0"])
    assert (served.command, served.port, served.host) == ("serve", 0, "127.0.0.1")


def test_commands_parse_their_arguments() -> None:
    parser = cli.build_parser()
    ask = parser.parse_args(["ask", "make", "a", "clip"])
    assert ask.text == ["make", "a", "clip"]
    export = parser.parse_args(["export", "--preset", "youtube", "-o", "out.mp4"])
    assert (export.preset, export.output) == ("youtube", "out.mp4")
    batch = parser.parse_args(["batch", "a.png", "dir", "--instruction", "zoom", "-o", "renders"])
    assert (batch.inputs, batch.instruction, batch.output) == (["a.png", "dir"], "zoom", "renders")


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--preset", "vhs"],
        ["batch", "a.png"],  # --instruction is required
        ["upload"],
        ["ask"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        cli.build_parser().parse_args(argv)
    assert raised.value.code == 2
    assert capsys.readouterr().out == ""
