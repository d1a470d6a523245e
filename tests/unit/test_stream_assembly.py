"""What a person sees of ADK-shaped streams: each message once, each tool call once.

The sequences are written by hand in the shapes ADK 2.x sends with ``streaming: true``
(progressive SSE: partial chunks, then a final event holding every part in order) and
without it (finals only). Every payload goes through the real parser and the assembler.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from lumatui.protocol.chat import TextEvent, ToolCallEvent, ToolResultEvent, parse_sse_data
from lumatui.protocol.stream_assembly import TurnAssembler, squeezed, unshown_tails


def event(*parts: dict[str, Any], partial: bool = False, role: str = "model") -> dict[str, Any]:
    shaped: dict[str, Any] = {
        "id": "ev1",
        "invocationId": "e-1",
        "author": "clip_agent",
        "content": {"role": role, "parts": list(parts)},
        "usageMetadata": {"totalTokenCount": 12},
        "actions": {"stateDelta": {}, "artifactDelta": {}},
    }
    if partial:
        shaped["partial"] = True
    return shaped


def text(value: str, thought: bool = False) -> dict[str, Any]:
    return {"text": value, "thought": True} if thought else {"text": value}


def call(call_id: str | None, name: str, **args: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name, "args": args}
    if call_id is not None:
        body["id"] = call_id
    return {"functionCall": body}


def answer(call_id: str, name: str, **response: Any) -> dict[str, Any]:
    return {"functionResponse": {"id": call_id, "name": name, "response": response}}


class Seen:
    """Replays payloads as the client does and keeps what would be on screen."""

    def __init__(self, *payloads: dict[str, Any]) -> None:
        self.assembler = TurnAssembler()
        self.events = [
            shown
            for payload in payloads
            for shown in self.assembler.feed(parse_sse_data(json.dumps(payload)))
        ]

    @property
    def screen(self) -> str:
        return "".join(e.text for e in self.events if isinstance(e, TextEvent))

    @property
    def calls(self) -> list[str]:
        return [e.call_id or e.name for e in self.events if isinstance(e, ToolCallEvent)]

    @property
    def results(self) -> list[str]:
        return [e.call_id or e.name for e in self.events if isinstance(e, ToolResultEvent)]


def test_final_with_text_around_a_thought_and_a_call_adds_nothing_after_partials() -> None:
    seen = Seen(
        event(text("Trimming the intro "), partial=True),
        event(text("weighing 2 s or 3 s", thought=True), partial=True),
        event(call("fc-9", "trim_clip", seconds=2), partial=True),
        event(text("to two seconds, "), partial=True),
        event(text("then fading out."), partial=True),
        event(
            text("Trimming the intro "),
            text("weighing 2 s or 3 s", thought=True),
            call("fc-9", "trim_clip", seconds=2),
            text("to two seconds, then fading out."),
        ),
    )
    said = "Trimming the intro to two seconds, then fading out."
    assert seen.screen == said
    assert seen.assembler.text == said
    assert seen.calls == ["fc-9"]


def test_several_text_parts_in_a_final_are_each_shown_once() -> None:
    seen = Seen(
        event(text("Uno. "), partial=True),
        event(text("Dos. "), partial=True),
        event(text("Tres."), partial=True),
        event(text("Uno. "), text("mull it over", thought=True), text("Dos. "), text("Tres.")),
    )
    assert seen.screen == "Uno. Dos. Tres."


def test_a_call_first_seen_in_a_partial_is_announced_once_and_answered_once() -> None:
    seen = Seen(
        event(call("adk-3f1", "add_music", mood="calm"), partial=True),
        event(call("adk-3f1", "add_music", mood="calm")),
        event(answer("adk-3f1", "add_music", ok=True), role="user"),
        event(answer("adk-3f1", "add_music", ok=True), role="user"),
    )
    assert seen.calls == ["adk-3f1"]
    assert seen.results == ["adk-3f1"]


def test_calls_with_streamed_arguments_wait_for_the_whole_call() -> None:
    streaming = {
        "functionCall": {
            "id": "s1",
            "name": "set_title",
            "willContinue": True,
            "partialArgs": [{"jsonPath": "$.text", "stringValue": "Hal"}],
        }
    }
    rest = {
        "functionCall": {"id": "s1", "partialArgs": [{"jsonPath": "$.text", "stringValue": "lo"}]}
    }
    seen = Seen(
        event(streaming, partial=True),
        event(rest, partial=True),
        event(call("s1", "set_title", text="Hallo")),
    )
    calls = [e for e in seen.events if isinstance(e, ToolCallEvent)]
    assert [(c.name, c.args) for c in calls] == [("set_title", {"text": "Hallo"})]


def test_two_calls_without_ids_are_two_calls() -> None:
    seen = Seen(event(call(None, "undo")), event(call(None, "undo")))
    assert seen.calls == ["undo", "undo"]


def test_two_final_messages_are_two_paragraphs() -> None:
    seen = Seen(
        event(text("Making a clip of the harbour at dawn.")),
        event(call("g1", "generate_clip", prompt="harbour")),
        event(answer("g1", "generate_clip", ok=True), role="user"),
        event(text("Ready: four seconds, 9:16.")),
    )
    assert seen.screen == "Making a clip of the harbour at dawn.\n\nReady: four seconds, 9:16."
    assert seen.assembler.text == seen.screen


def test_streamed_messages_after_a_tool_call_start_a_new_paragraph() -> None:
    seen = Seen(
        event(text("先加一段"), partial=True),
        event(text("音乐。"), partial=True),
        event(text("先加一段音乐。"), call("m1", "add_music")),
        event(answer("m1", "add_music", ok=True), role="user"),
        event(text("好了，"), partial=True),
        event(text("音乐已加上 🎵"), partial=True),
        event(text("好了，音乐已加上 🎵")),
    )
    assert seen.screen == "先加一段音乐。\n\n好了，音乐已加上 🎵"
    assert seen.calls == ["m1"]


@pytest.mark.parametrize(
    ("chunks", "final"),
    [
        (["Fade  the ", "music out."], "Fade the music out."),
        (["Fade the music out.\n"], "Fade the music out."),
        (["Fade the", "music out."], "Fade the music out.\n\n"),
        (["  Fade the music", " out."], "\tFade the music out. "),
    ],
)
def test_whitespace_differences_between_chunks_and_final_repeat_nothing(
    chunks: list[str], final: str
) -> None:
    seen = Seen(*(event(text(c), partial=True) for c in chunks), event(text(final)))
    assert seen.screen == "".join(chunks)
    assert seen.assembler.text == "Fade the music out."


def test_a_final_longer_than_its_chunks_shows_only_the_rest() -> None:
    seen = Seen(event(text("The clip"), partial=True), event(text("The clip is ready.")))
    assert seen.screen == "The clip is ready."


def test_a_final_that_says_something_else_is_its_own_paragraph() -> None:
    seen = Seen(event(text("Rendering now"), partial=True), event(text("Nothing to render.")))
    assert seen.screen == "Rendering now\n\nNothing to render."
    assert seen.assembler.text == "Nothing to render."


def test_a_stream_that_ends_mid_message_keeps_its_chunks() -> None:
    seen = Seen(event(text("One.")), event(text("Half a sent"), partial=True))
    assert seen.screen == "One.\n\nHalf a sent"
    assert seen.assembler.text == "One.\n\nHalf a sent"


def test_thought_only_finals_and_user_echoes_show_nothing() -> None:
    seen = Seen(
        event(text("the user wants a title", thought=True)),
        event(text("add a title"), role="user"),
        event(text("Title added.")),
    )
    assert seen.screen == "Title added."


def test_simple_text_frames_are_chunks_of_one_reply() -> None:
    asm = TurnAssembler()
    for chunk in ("Adding ", "music."):
        asm.feed(parse_sse_data(json.dumps({"type": "text", "content": chunk})))
    assert asm.text == "Adding music."


@pytest.mark.parametrize(
    ("streamed", "parts", "tails"),
    [
        ("", ["a", "b"], ["a", "b"]),
        ("ab", ["a ", "b c"], ["", " c"]),
        ("a b c", ["abc"], [""]),
        ("abc", ["ab"], [""]),
        ("ax", ["ab"], None),
        ("Hel", ["Hello ", "world"], ["lo ", "world"]),
        ("Hello wo", ["Hello ", "world"], ["", "rld"]),
        ("Hello world", ["Hello ", "world"], ["", ""]),
    ],
)
def test_unshown_tails(streamed: str, parts: list[str], tails: list[str] | None) -> None:
    assert unshown_tails(streamed, parts) == tails


def test_squeezed_drops_every_kind_of_whitespace() -> None:
    assert squeezed(" a\tb\nc\u3000d ") == "abcd"


def test_a_message_whose_first_chunk_is_blank_gets_one_paragraph_break() -> None:
    seen = Seen(
        event(text("Cut made.")),
        event(text("\n"), partial=True),
        event(text("Next: "), partial=True),
        event(text("Next: music.")),
    )
    assert seen.screen == "Cut made.\n\nNext: music."
    assert seen.assembler.text == "Cut made.\n\nNext: music."


def test_an_older_adk_renaming_the_final_copy_of_a_call_still_shows_it_once() -> None:
    seen = Seen(
        event(call("adk-aaa", "set_speed", factor=1.5), partial=True),
        event(text("Speeding it up."), partial=True),
        event(text("Speeding it up."), call("adk-bbb", "set_speed", factor=1.5)),
    )
    assert seen.calls == ["adk-aaa"]


def test_two_identical_previewed_calls_are_two_calls_not_four() -> None:
    seen = Seen(
        event(call("p1", "duplicate_clip", index=0), partial=True),
        event(call("p2", "duplicate_clip", index=0), partial=True),
        event(call("f1", "duplicate_clip", index=0), call("f2", "duplicate_clip", index=0)),
    )
    assert seen.calls == ["p1", "p2"]


def test_the_same_call_again_in_a_later_message_is_shown_again() -> None:
    seen = Seen(
        event(call("u1", "undo"), partial=True),
        event(call("u1", "undo")),
        event(answer("u1", "undo", ok=True), role="user"),
        event(call("u2", "undo")),
    )
    assert seen.calls == ["u1", "u2"]
