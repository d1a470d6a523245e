"""What goes to stdout and stderr, and the pure helpers of the commands. No I/O but StringIO
and tmp_path."""

from __future__ import annotations

import io
import json
import secrets
from pathlib import Path

import pytest

from lumatui.client.errors import BackendUnreachable
from lumatui.commands.ask import check_message, tool_call_line
from lumatui.commands.batch import (
    batch_exit_code,
    expand_inputs,
    on_timeline,
    output_names,
    summary_rows,
)
from lumatui.commands.documents import (
    BatchItemDocument,
    CreditsDocument,
    ErrorBody,
    ErrorDocument,
)
from lumatui.commands.exit_codes import UsageError
from lumatui.commands.output import (
    Output,
    PlainProgress,
    ago,
    bar,
    clean,
    one_line,
    redact,
    table,
)
from lumatui.commands.transfer import destination
from lumatui.protocol.draft import Draft, Segment, Track
from tests.support.tokens import leaked, realistic_tokens


def make_output(
    json_mode: bool = False, tty: bool = False
) -> tuple[Output, io.StringIO, io.StringIO]:
    stdout, stderr = io.StringIO(), io.StringIO()
    return Output(json_mode, stdout=stdout, stderr=stderr, tty=tty), stdout, stderr


# --- cleaning and masking -------------------------------------------------------------------


def test_clean_drops_escapes_and_control_characters() -> None:
    assert clean("\x1b[31mred\x1b[0m text\x07\x00") == "red text"
    assert clean("title\x1b]0;pwned\x07 ok") == "title ok"
    assert clean("line one\r\nline\ttwo\n") == "line one\nline\ttwo\n"
    assert clean("a\x9bb") == "ab"


def test_redact_masks_tokens() -> None:
    assert redact("token nmv_usr_abcDEF123 leaked") == "token nmv_*** leaked"
    assert redact("Bearer secret-value-xyz", ["secret-value-xyz"]) == "Bearer ***"
    assert redact("short", ["abc"]) == "short"  # too short to be a secret; left alone


def test_one_line_flattens_and_shortens() -> None:
    assert one_line("a\n b\t\tc") == "a b c"
    assert one_line("x" * 50, 10) == "x" * 9 + "…"


def test_bar_and_ago() -> None:
    assert bar(0, 10) == "[░░░░░░░░░░]"
    assert bar(30, 10) == "[███░░░░░░░]"
    assert bar(250, 4) == "[████]"
    assert ago(1000, 1030) == "just now"
    assert ago(0, 5 * 60) == "5 min ago"
    assert ago(0, 3 * 3600 + 5) == "3 h ago"
    assert ago(0, 2 * 86400) == "2 d ago"


def test_table_aligns_columns_and_shortens_cells() -> None:
    text = table(["FILE", "STATUS"], [["a.png", "ok"], ["longer-name.jpg", "failed\nbadly"]])
    assert text.splitlines() == [
        "FILE             STATUS",
        "---------------  ------------",
        "a.png            ok",
        "longer-name.jpg  failed badly",
    ]
    assert table(["X"], [["y" * 30]], max_width=8).splitlines()[2] == "y" * 7 + "…"


def test_plain_progress_prints_on_new_stage_or_quarter() -> None:
    plain = PlainProgress()
    assert plain.should_print("job", "export pending", 5)
    assert not plain.should_print("job", "export pending", 20)
    assert plain.should_print("job", "export processing", 20)
    assert plain.should_print("job", "export processing", 50)
    assert not plain.should_print("job", "export processing", 60)
    assert plain.should_print("other", "export processing", 60)


# --- the writer -------------------------------------------------------------------------------


def test_json_mode_keeps_stdout_for_one_document() -> None:
    out, stdout, stderr = make_output(json_mode=True)
    out.result("human line")
    out.stream("reply text")
    out.end_stream()
    out.note("activity")
    out.document(CreditsDocument(available=1, frozen=2, total=3))
    out.error("later failure", 1, "ExportFailed")  # a document was already printed
    assert json.loads(stdout.getvalue()) == {"available": 1, "frozen": 2, "total": 3}
    assert stderr.getvalue() == "activity\nlumatui: error: later failure\n"


def test_errors_become_one_line_and_an_error_document() -> None:
    out, stdout, stderr = make_output(json_mode=True)
    out.error("Cannot reach http://x.\nCheck nmv_usr_secret123", 4, "BackendUnreachable")
    assert stderr.getvalue() == "lumatui: error: Cannot reach http://x. Check nmv_***\n"
    doc = ErrorDocument.model_validate_json(stdout.getvalue())
    assert (doc.error.exit_code, doc.error.kind) == (4, "BackendUnreachable")
    assert "nmv_usr" not in stdout.getvalue()


def test_streamed_text_is_cleaned_and_ends_with_a_newline() -> None:
    out, stdout, _ = make_output()
    out.stream("Hello \x1b[2Jworld")
    out.stream(", again")
    out.end_stream()
    out.end_stream()  # no second newline
    out.result("Timeline is empty.")
    assert stdout.getvalue() == "Hello world, again\nTimeline is empty.\n"


def test_progress_is_redrawn_on_a_terminal_and_cleared_before_notes() -> None:
    out, stdout, stderr = make_output(tty=True)
    out.progress("[1/2] a.png", "export processing", 50)
    out.progress("[1/2] a.png", "export processing", 75)
    out.note("[1/2] a.png: done")
    text = stderr.getvalue()
    assert text.count("\r\x1b[2K") == 3  # two redraws, one clear before the note
    assert "[██████████░░░░░░░░░░]  50%" in text and text.endswith("\r\x1b[2K[1/2] a.png: done\n")
    assert stdout.getvalue() == ""


def test_progress_is_plain_lines_when_not_a_terminal() -> None:
    out, _, stderr = make_output(tty=False)
    for percent in (5, 10, 40, 45, 99):
        out.progress("job", "export processing", percent)
    out.progress("job", "uploading")
    assert stderr.getvalue().splitlines() == [
        "job: export processing 5%",
        "job: export processing 40%",
        "job: export processing 99%",
        "job: uploading",
    ]


# --- command helpers --------------------------------------------------------------------------


def test_check_message_refuses_commands_and_empty_text() -> None:
    assert check_message("generate a 3-second clip of rain") == "generate a 3-second clip of rain"
    for text, command in [("export", "lumatui export"), ("credits", "lumatui credits")]:
        with pytest.raises(UsageError, match=command):
            check_message(text)
    with pytest.raises(UsageError, match="nothing to ask"):
        check_message("   ")


def test_tool_call_line() -> None:
    assert tool_call_line("generate_clip", {"prompt": "sea", "seconds": 3.0}) == (
        "→ generate_clip(prompt='sea', seconds=3.0)"
    )
    assert len(tool_call_line("x", {"prompt": "y" * 500})) == 160


def test_destination_of_export(tmp_path: Path) -> None:
    default = tmp_path / "exports"
    assert destination(None, default) == (default, None)
    assert destination(str(tmp_path), default) == (tmp_path, None)
    assert destination(str(tmp_path / "new") + "/", default) == (tmp_path / "new", None)
    assert destination(str(tmp_path / "a" / "clip.mp4"), default) == (tmp_path / "a", "clip.mp4")


def test_expand_inputs_keeps_files_and_expands_folders(tmp_path: Path) -> None:
    folder = tmp_path / "media"
    folder.mkdir()
    for name in ("b.png", "a.mp4", "notes.txt", ".hidden.png"):
        (folder / name).write_bytes(b"x")
    (folder / "sub").mkdir()
    missing = tmp_path / "missing.jpg"
    found = expand_inputs([str(missing), str(folder), str(folder / "a.mp4")])
    assert found == [missing, folder / "a.mp4", folder / "b.png"]


def test_output_names_are_unique() -> None:
    files = [Path("x/cat.png"), Path("y/cat.jpg"), Path("z/Cat.mp4"), Path("dog.webp")]
    assert list(output_names(files).values()) == ["cat.mp4", "cat-2.mp4", "Cat-3.mp4", "dog.mp4"]


def test_on_timeline_matches_the_uploaded_url() -> None:
    url = "http://127.0.0.1:9/media/ast_1/cat.png"
    draft = Draft(t=[Track(sg=[Segment(src="http://127.0.0.1:5/media/ast_1/cat.png")])])
    assert on_timeline(draft, url)  # same file, even when the engine's port changed
    assert not on_timeline(Draft(t=[Track(sg=[Segment(src="http://h/media/ast_2/x.mp4")])]), url)
    assert not on_timeline(Draft(), url)
    made_from = Segment(src="http://h/media/ast_9/ken_burns.mp4", m={"image_src": url, "n": 3})
    assert on_timeline(Draft(t=[Track(sg=[made_from])]), url)


def test_batch_exit_code_and_summary() -> None:
    ok = BatchItemDocument(file="a.png", status="ok", output="/o/a.mp4", duration=1.0)
    bad = BatchItemDocument(file="b.png", status="failed", error="no such file")
    assert batch_exit_code([ok], None) == 0
    assert batch_exit_code([ok, bad], None) == 1
    assert batch_exit_code([ok, bad], BackendUnreachable("down")) == 4
    assert summary_rows([ok, bad]) == [
        ["a.png", "ok", "1.0 s", "/o/a.mp4"],
        ["b.png", "failed", "-", "no such file"],
    ]


def test_realistic_tokens_are_masked_on_every_output_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tokens with '-' and '_' (as token_urlsafe makes them), shaped or known verbatim."""
    shaped = realistic_tokens(3)
    known = "k3y-" + secrets.token_urlsafe(16)  # an env token of no known shape
    monkeypatch.setenv("NEMO_TOKEN", known)
    texts = [f"use {shaped[0]} here", f"{shaped[1]}, then", f"({shaped[2]})", f"key={known}!"]
    for json_mode in (False, True):
        for tty in (False, True):
            out, stdout, stderr = make_output(json_mode=json_mode, tty=tty)
            for text in texts:
                out.result(text)
                out.stream(text)
                out.note(text)
                out.progress(text, text, 50)
            out.end_stream()
            out.document(
                ErrorDocument(error=ErrorBody(message=" ".join(texts), exit_code=1, kind="x"))
            )
            out.error(" ".join(texts), 1, "Failed")
            written = stdout.getvalue() + stderr.getvalue()
            assert "nmv_***" in written
            assert leaked(written, [*shaped, known]) == [], (json_mode, tty, written)
