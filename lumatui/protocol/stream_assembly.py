"""What a person sees of one chat turn: each message once, each tool call once.

ADK streams a model message as ``partial: true`` chunks and then one final event holding the
whole message, whose parts may mix text, thoughts and function calls. A function call can
come in a partial chunk and again in the final, with the same id. A turn can hold several
messages (one per model call), and they are separate paragraphs.

The assembler is fed the typed events of one SSE payload at a time and answers what to show:
text the partials already showed is dropped (compared without whitespace, so spacing
differences between the chunks and the final do not repeat anything), a message after
another one starts with a blank line, and a call or result already shown is dropped (a call
seen in a chunk is matched to its final copy by id, or by name and arguments when an older
ADK gave the copy a new id).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .chat import ChatEvent, TextEvent, ToolCallEvent, ToolResultEvent

PARAGRAPH = "\n\n"


def squeezed(text: str) -> str:
    """The text without any whitespace: what two renderings of one message share."""
    return "".join(text.split())


def unshown_tails(streamed: str, parts: Sequence[str]) -> list[str] | None:
    """For each text part of a final message, the part the streamed chunks did not show.

    None when the final is not a continuation of what was streamed (it says something else).
    A final shorter than the stream leaves nothing to show.
    """
    said = "".join(parts)
    if said.startswith(streamed):  # the usual case: the final repeats the chunks exactly
        return _after(len(streamed), parts)
    target = squeezed(streamed)
    matched = 0
    tails: list[str] = []
    for part in parts:
        if matched >= len(target):
            tails.append(part)
            continue
        end = 0
        for index, char in enumerate(part):
            if char.isspace():
                continue
            if matched >= len(target):
                break
            if char != target[matched]:
                return None
            matched += 1
            end = index + 1
        tail = part[end:] if matched >= len(target) else ""
        if tail and streamed[-1:].isspace():
            tail = tail.lstrip()  # the chunks already ended with a space
        tails.append(tail)
    return tails


def _after(offset: int, parts: Sequence[str]) -> list[str]:
    """Each part's text beyond ``offset`` characters into the parts joined."""
    tails: list[str] = []
    for part in parts:
        tails.append(part[offset:] if offset < len(part) else "")
        offset = max(0, offset - len(part))
    return tails


def _signature(call: ToolCallEvent) -> str:
    return call.name + json.dumps(call.args, sort_keys=True, default=str)


class TurnAssembler:
    """Feeds on one payload's events at a time; ``text`` is every message, once."""

    def __init__(self) -> None:
        self.messages: list[str] = []  # final messages, as the agent sent them
        self._streamed: list[str] = []  # partial chunks of the message being streamed
        self._opened = False  # the current message has begun on screen (its paragraph too)
        self._calls: set[str] = set()
        self._results: set[str] = set()
        # Calls announced from chunks, by id, until a final confirms them. Older ADK gave the
        # final's copy a new id, so an unconfirmed preview also matches by name and args.
        self._previews: dict[str, str] = {}

    def feed(self, events: Sequence[ChatEvent]) -> list[ChatEvent]:
        """The events of one payload, reduced to what was not shown yet."""
        if len(events) == 1:  # the hot path: most payloads are one chunk, call or result
            event = events[0]
            if isinstance(event, TextEvent) and event.partial:
                return [self._partial(event)]
            if not isinstance(event, TextEvent):
                shown = [event] if self._is_new(event) else []
                if isinstance(event, ToolCallEvent) and not event.partial:
                    self._previews.clear()
                return shown
        finals = [e.text for e in events if isinstance(e, TextEvent) and not e.partial]
        if any(text.strip() for text in finals):
            shown = self._final(events, finals)
        else:
            shown = []
            for event in events:
                if isinstance(event, TextEvent):
                    if event.partial:
                        shown.append(self._partial(event))
                elif self._is_new(event):
                    shown.append(event)
        if finals or any(isinstance(e, ToolCallEvent) and not e.partial for e in events):
            self._previews.clear()  # a final event: the chunks' previews are settled
        return shown

    def _partial(self, event: TextEvent) -> TextEvent:
        self._streamed.append(event.text)
        if self._opened:
            return event
        self._opened = True
        if self.messages:
            return TextEvent(text=PARAGRAPH + event.text.lstrip(), partial=True)
        return event

    def _final(self, events: Sequence[ChatEvent], finals: list[str]) -> list[ChatEvent]:
        streamed = "".join(self._streamed)
        tails = unshown_tails(streamed, finals) if streamed.strip() else list(finals)
        # A new paragraph when another message came before and this one has not begun on
        # screen, or when the final says something else than its chunks did (then it is
        # shown whole, as a message of its own).
        new_paragraph = tails is None or (bool(self.messages) and not self._opened)
        if tails is None:
            tails = list(finals)
        self.messages.append("".join(finals))
        self._streamed = []
        self._opened = False
        shown: list[ChatEvent] = []
        held = ""  # whitespace shown only when more text follows it
        texts = iter(tails)
        first = True
        for event in events:
            if isinstance(event, TextEvent):
                if event.partial:
                    continue
                tail = held + next(texts)
                held = ""
                if not tail.strip():
                    held = tail
                    continue
                if first and new_paragraph:
                    tail = PARAGRAPH + tail.lstrip()
                first = False
                shown.append(TextEvent(text=tail))
            elif self._is_new(event):
                shown.append(event)
        return shown

    def _is_new(self, event: ChatEvent) -> bool:
        """A call or result is shown once per call id; everything else always."""
        if isinstance(event, ToolCallEvent):
            return self._new_call(event)
        if isinstance(event, ToolResultEvent) and event.call_id:
            if event.call_id in self._results:
                return False
            self._results.add(event.call_id)
        return True

    def _new_call(self, call: ToolCallEvent) -> bool:
        if call.call_id:
            if call.call_id in self._calls:
                self._previews.pop(call.call_id, None)
                return False
            self._calls.add(call.call_id)
        if call.partial:
            self._previews[call.call_id or f"#{len(self._previews)}"] = _signature(call)
            return True
        if self._previews:
            signature = _signature(call)
            for key, previewed in self._previews.items():
                if previewed == signature:  # the preview's final copy, under another id
                    del self._previews[key]
                    return False
        return True

    @property
    def text(self) -> str:
        """Everything the agent said: each message once, paragraphs between messages."""
        said = [message.strip() for message in self.messages]
        streamed = "".join(self._streamed).strip()  # a stream that ended mid-message
        return PARAGRAPH.join(text for text in [*said, streamed] if text)
