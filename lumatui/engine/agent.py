"""The engine's agent: a chat message in, edits of the draft and a short reply out.

This is the backbone's agent: it generates clips and describes the timeline. The request
parser is a pure function (:func:`plan_turn`); execution is :class:`Agent`.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lumatui.protocol.draft import Draft, Segment, Track, TrackType
from lumatui.protocol.summary import timeline_summary

from .assets import AssetLibrary, media_url
from .config import EngineConfig
from .events import EventFactory, text_chunks
from .generator import ClipGenerator
from .store import Store

Emit = Callable[[dict[str, Any]], Awaitable[None]]

_DURATION = re.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(?:seconds?|secs?|s)\b|(\d+(?:\.\d+)?)\s*秒", re.IGNORECASE
)
_GENERATE = re.compile(r"\b(generate|make|create|render|give me)\b|\bclip\b|生成|视频", re.I)
_CLIP_OF = re.compile(r"\b(?:clip|video|shot|scene)s?\s+(?:of|showing|with)\s+(.+)$", re.I)
_STATUS = re.compile(r"what'?s in my timeline|show (?:the )?(?:tracks|timeline)|\bstatus\b|状态")
DEFAULT_SECONDS = 5.0
MAX_SECONDS = 30.0


@dataclass
class Operation:
    name: str
    args: dict[str, Any] = field(default_factory=dict)
    cost: int = 0


@dataclass
class TurnPlan:
    operations: list[Operation]
    reply_if_empty: str = ""

    @property
    def cost(self) -> int:
        return sum(op.cost for op in self.operations)


def parse_seconds(text: str) -> float | None:
    match = _DURATION.search(text)
    if not match:
        return None
    return float(match.group(1) or match.group(2))


def prompt_of(text: str) -> str:
    """The scene words: what follows "clip of", else the message minus its command words."""
    match = _CLIP_OF.search(text)
    prompt = match.group(1) if match else text
    prompt = _DURATION.sub("", prompt)
    prompt = re.sub(r"\b(please|generate|make|create|a|an)\b", " ", prompt, flags=re.I)
    return " ".join(prompt.strip(" .!?,").split()) or "an abstract scene"


def plan_turn(text: str, config: EngineConfig) -> TurnPlan:
    """Pure: what this message asks for, and what it will cost."""
    if _STATUS.search(text.lower()):
        return TurnPlan([Operation("describe_timeline")])
    if _GENERATE.search(text):
        seconds = min(MAX_SECONDS, max(1.0, parse_seconds(text) or DEFAULT_SECONDS))
        cost = max(1, round(seconds * config.credits_per_generated_second))
        args = {"prompt": prompt_of(text), "seconds": seconds}
        return TurnPlan([Operation("generate_clip", args, cost)])
    return TurnPlan(
        [],
        reply_if_empty=(
            'I can generate a clip from a description, e.g. "generate a 5-second clip of a '
            "sunset over the ocean\", or tell you what's in your timeline."
        ),
    )


class Agent:
    def __init__(
        self, store: Store, assets: AssetLibrary, generator: ClipGenerator, config: EngineConfig
    ) -> None:
        self.store = store
        self.assets = assets
        self.generator = generator
        self.config = config

    def plan(self, text: str) -> TurnPlan:
        return plan_turn(text, self.config)

    async def run(
        self, plan: TurnPlan, *, session_id: str, user_id: str, base_url: str, emit: Emit
    ) -> None:
        """Carry out a plan whose cost is already frozen; charge what succeeds."""
        events = EventFactory()
        replies: list[str] = []
        remaining = plan.cost
        try:
            for op in plan.operations:
                call_id = "call_" + uuid.uuid4().hex[:10]
                await emit(events.call(call_id, op.name, op.args))
                result = await self._apply(op, session_id, user_id, base_url)
                if op.cost:
                    self.store.charge_frozen(user_id, op.cost, call_id)
                    remaining -= op.cost
                await emit(events.response(call_id, op.name, result))
                replies.append(str(result.get("message", "")))
        finally:
            if remaining:
                self.store.release_frozen(user_id, remaining, events.invocation_id)
        _, draft = self.store.latest_draft(session_id)
        text = " ".join(r for r in replies if r) or plan.reply_if_empty
        if plan.operations:
            text = f"{text}\n\n{timeline_summary(draft)}"
        await self._say(events, text, emit)

    async def _say(self, events: EventFactory, text: str, emit: Emit) -> None:
        chunks = text_chunks(text)
        if len(chunks) > 1:
            for chunk in chunks:
                await emit(events.text(chunk, partial=True))
        await emit(events.text(text))

    async def _apply(
        self, op: Operation, session_id: str, user_id: str, base_url: str
    ) -> dict[str, Any]:
        if op.name == "generate_clip":
            return await self._generate(op.args, session_id, user_id, base_url)
        if op.name == "describe_timeline":
            _, draft = self.store.latest_draft(session_id)
            return {"message": "Here is your timeline.", "summary": timeline_summary(draft)}
        raise ValueError(f"unknown operation {op.name}")

    async def _generate(
        self, args: dict[str, Any], session_id: str, user_id: str, base_url: str
    ) -> dict[str, Any]:
        version, draft = self.store.latest_draft(session_id)
        seconds = float(args["seconds"])
        prompt = str(args["prompt"])
        with tempfile.TemporaryDirectory(dir=self.config.data_dir) as tmp:
            out = Path(tmp) / "generated.mp4"
            clip = await asyncio.to_thread(
                self.generator.generate,
                prompt,
                seconds=seconds,
                width=draft.m.width,
                height=draft.m.height,
                fps=draft.m.fps,
                seed=self.config.generator_seed + version,
                out_path=out,
            )
            asset = await asyncio.to_thread(
                self.assets.import_file,
                clip.path,
                session_id,
                user_id,
                origin="generated",
                label=clip.label,
            )
        url = media_url(base_url, asset.asset_id, asset.filename)
        new = append_clip(draft, url, clip.duration_ms, clip.label)
        self.store.save_draft(session_id, new, f"generate {prompt}")
        return {
            "message": (
                f"Generated a {seconds:g}-second clip of {clip.label} with the local generator "
                "(a procedural sketch, not an AI model) and added it to the timeline."
            ),
            "asset_id": asset.asset_id,
            "duration_ms": clip.duration_ms,
        }


def append_clip(draft: Draft, src: str, duration_ms: int, label: str) -> Draft:
    """Pure: a copy of the draft with the clip at the end of the first video track."""
    new = draft.model_copy(deep=True)
    video = next((t for t in new.t if t.tt == TrackType.VIDEO), None)
    if video is None:
        video = Track(id="trk_" + uuid.uuid4().hex[:8], tt=TrackType.VIDEO, m={"label": "Video"})
        new.t.insert(0, video)
    start = max((seg.end for seg in video.sg), default=0)
    video.sg.append(
        Segment(
            id="seg_" + uuid.uuid4().hex[:8],
            st=start,
            d=duration_ms,
            src=src,
            in_=0,
            m={"label": label, "origin": "generated"},
        )
    )
    new.d = new.computed_duration()
    return new
