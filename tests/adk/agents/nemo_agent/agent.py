"""The ``nemo_agent`` app for a real ADK ``api_server``: agents that need no model or network.

The client always talks to the app ``nemo_agent``, so its root agent picks a scripted agent
by the first word of the message ("mixed ...", "quiet ...", "llm ..."). The scripted agents
are custom ``BaseAgent``s yielding ADK ``Event``s as an LLM agent would: ``partial`` chunks
only when the run streams, then the final event. ``llm`` runs a real ``LlmAgent`` whose
model is ADK's own ``Gemini`` class with only the network call replaced, so ADK's streaming
aggregation, function-call ids and tool execution all run.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncGenerator, AsyncIterator
from types import SimpleNamespace
from typing import Any

from google.adk.agents import BaseAgent, LlmAgent
from google.adk.agents.invocation_context import InvocationContext
from google.adk.agents.run_config import StreamingMode
from google.adk.events import Event
from google.adk.models.google_llm import Gemini
from google.genai import types

from tests.adk import gates

APP = "nemo_agent"

# --- the scripted agents ------------------------------------------------------------------


def _text(value: str, thought: bool = False) -> types.Part:
    return types.Part(text=value, thought=True) if thought else types.Part(text=value)


def _call(call_id: str, name: str, **args: Any) -> types.Part:
    return types.Part(function_call=types.FunctionCall(id=call_id, name=name, args=args))


def _answer(call_id: str, name: str, **response: Any) -> types.Part:
    return types.Part(
        function_response=types.FunctionResponse(id=call_id, name=name, response=response)
    )


class Scripted(BaseAgent):
    """Yields one script: a list of steps, each ``(parts, partial)`` or a callable step."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        raise NotImplementedError

    def _event(self, ctx: InvocationContext, parts: list[types.Part], **extra: Any) -> Event:
        role = "user" if any(p.function_response for p in parts) else "model"
        return Event(
            author=self.name,
            invocation_id=ctx.invocation_id,
            content=types.Content(role=role, parts=parts),
            **extra,
        )

    async def _run_async_impl(self, ctx: InvocationContext) -> AsyncGenerator[Event, None]:
        streaming = ctx.run_config is not None and (
            ctx.run_config.streaming_mode == StreamingMode.SSE
        )
        for step in self.script(ctx):
            if callable(step):
                await step(ctx)
                continue
            parts, partial = step
            if partial and not streaming:
                continue  # like an LLM agent: no chunks unless the run streams
            yield self._event(ctx, parts, partial=True if partial else None)


class Partials(Scripted):
    def script(self, ctx: InvocationContext) -> list[Any]:
        chunks = ["Here is ", "a sunset ", "over the sea."]
        return [*(([_text(c)], True) for c in chunks), ([_text("".join(chunks))], False)]


class Mixed(Scripted):
    """Text, a thought and a call in one final, the call already seen in a chunk; then more."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        return [
            ([_text("First I add ")], True),
            ([_text("the user wants one clip", thought=True)], True),
            ([_text("the clip. ")], True),
            ([_call("call-add-1", "add_clip", prompt="sunset")], True),
            ([_text("Then I wait.")], True),
            (
                [
                    _text("First I add the clip. "),
                    _text("the user wants one clip", thought=True),
                    _call("call-add-1", "add_clip", prompt="sunset"),
                    _text("Then I wait."),
                ],
                False,
            ),
            ([_answer("call-add-1", "add_clip", ok=True)], False),
            ([_text("The clip ")], True),
            ([_text("is added.")], True),
            ([_text("The clip is added.")], False),
        ]


class TwoMessages(Scripted):
    def script(self, ctx: InvocationContext) -> list[Any]:
        return [
            ([_text("Making a sunset clip.")], False),
            ([_text("Done: the clip is five seconds long.")], False),
        ]


class Failing(Scripted):
    """An error event, as ADK sends when the model stops (errorCode / errorMessage)."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        return [([_text("Trying ")], True)]

    async def _run_async_impl(self, ctx: InvocationContext) -> AsyncGenerator[Event, None]:
        async for event in super()._run_async_impl(ctx):
            yield event
        yield Event(
            author=self.name,
            invocation_id=ctx.invocation_id,
            error_code="MALFORMED_FUNCTION_CALL",
            error_message="The model produced a call it could not finish.",
        )


class Crashing(Scripted):
    """Raises mid-turn: ADK's server answers with its ``{"error": ...}`` frame."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        return [([_text("Starting the render")], False), self._explode]

    async def _explode(self, ctx: InvocationContext) -> None:
        raise RuntimeError("the render farm is on fire")


class Quiet(Scripted):
    """Says one thing, then nothing (no keep-alives: ADK sends none) until its gate opens."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        return [
            ([_text("Generating the clip.")], False),
            self._wait,
            ([_text("The clip is ready.")], False),
        ]

    async def _wait(self, ctx: InvocationContext) -> None:
        words = _message(ctx).split()
        gate = gates.gate(words[1] if len(words) > 1 else "quiet")
        await asyncio.to_thread(gate.wait, gates.LONGEST_WAIT)


class Burst(Scripted):
    """``burst N``: N partial chunks and their final, for the throughput benchmark."""

    def script(self, ctx: InvocationContext) -> list[Any]:
        words = _message(ctx).split()
        count = int(words[1]) if len(words) > 1 and words[1].isdigit() else 100
        chunks = [f"chunk {i} of the reply " for i in range(count)]
        return [*(([_text(c)], True) for c in chunks), ([_text("".join(chunks))], False)]


# --- the LLM agent over ADK's own Gemini class ----------------------------------------------


def _chunk(*parts: types.Part, last: bool = False) -> types.GenerateContentResponse:
    candidate = types.Candidate(
        content=types.Content(role="model", parts=list(parts)),
        finish_reason=types.FinishReason.STOP if last else None,
    )
    return types.GenerateContentResponse(candidates=[candidate])


def model_reply(contents: list[types.Content]) -> list[types.GenerateContentResponse]:
    """What the "model" streams: a plan with a tool call, or the words after the tool ran."""
    last = contents[-1] if contents else None
    answered = last is not None and any(p.function_response for p in last.parts or [])
    if answered:
        return [_chunk(_text("The clip ")), _chunk(_text("is on the timeline."), last=True)]
    call = types.Part(function_call=types.FunctionCall(name="add_clip", args={"prompt": "fog"}))
    return [
        _chunk(_text("the user wants a foggy clip", thought=True)),
        _chunk(_text("I will add ")),
        _chunk(_text("a foggy forest. ")),
        _chunk(call),
        _chunk(_text("One moment."), last=True),
    ]


class _Models:
    """Stands in for ``google.genai``'s ``client.aio.models``: the only network call."""

    async def generate_content_stream(self, *, model: str, contents: Any, config: Any) -> Any:
        async def chunks() -> AsyncIterator[types.GenerateContentResponse]:
            for chunk in model_reply(contents):
                yield chunk

        return chunks()

    async def generate_content(
        self, *, model: str, contents: Any, config: Any
    ) -> types.GenerateContentResponse:
        parts = [p for chunk in model_reply(contents) for p in chunk.candidates[0].content.parts]
        return _chunk(*parts, last=True)


class OfflineGemini(Gemini):
    """ADK's Gemini model class; only its API client is replaced."""

    @property
    def api_client(self) -> Any:  # type: ignore[override]
        return SimpleNamespace(vertexai=False, aio=SimpleNamespace(models=_Models()))


def add_clip(prompt: str) -> dict[str, Any]:
    """Adds a generated clip of ``prompt`` to the timeline."""
    return {"added": prompt, "seconds": 5}


# --- the root: one app, many scripts ------------------------------------------------------


def _message(ctx: InvocationContext) -> str:
    content = ctx.user_content
    return "".join(p.text or "" for p in (content.parts or [])) if content else ""


class Router(BaseAgent):
    """Runs the sub-agent named by the message's first word (``llm`` when none matches)."""

    async def _run_async_impl(self, ctx: InvocationContext) -> AsyncGenerator[Event, None]:
        first = re.match(r"\W*(\w+)", _message(ctx).lower())
        wanted = first.group(1) if first else ""
        agents = {agent.name: agent for agent in self.sub_agents}
        async for event in agents.get(wanted, agents["llm"]).run_async(ctx):
            yield event


root_agent = Router(
    name=APP,
    sub_agents=[
        Partials(name="partials"),
        Mixed(name="mixed"),
        TwoMessages(name="two"),
        Failing(name="failing"),
        Crashing(name="crashing"),
        Quiet(name="quiet"),
        Burst(name="burst"),
        LlmAgent(
            name="llm",
            model=OfflineGemini(model="gemini-offline"),
            instruction="Edit the user's video timeline.",
            tools=[add_clip],
            disallow_transfer_to_parent=True,
            disallow_transfer_to_peers=True,
        ),
    ],
)
