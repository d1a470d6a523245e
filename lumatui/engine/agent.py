"""The engine's agent: a chat message in, edits of the draft and a short reply out.

Understanding is pure (:func:`understand.turn_plan.plan_turn`, given the draft in hand);
edits are pure (:mod:`edit`). This module carries a plan out through the operation registry:
it makes media when an operation needs it (generated clips, Ken Burns clips, music), saves
one draft version per operation, announces each operation as a functionCall/functionResponse
pair, and replies in the session's language with one line per change.
"""

from __future__ import annotations

import asyncio
import logging
import random
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from lumatui.engine.adk_events import EventFactory, text_chunks
from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.history import History, note
from lumatui.engine.edit.timeline import EditError
from lumatui.engine.media.assets import AssetLibrary
from lumatui.engine.media.generator import ClipGenerator
from lumatui.engine.media_maker import MediaMaker
from lumatui.engine.operations import Operation, TurnPlan
from lumatui.engine.registry import apply_pure, spec_of
from lumatui.engine.render.fonts import text_warnings
from lumatui.engine.replies import help_text, say
from lumatui.engine.store import Store
from lumatui.engine.understand.prepared_text import is_chinese
from lumatui.engine.understand.turn_plan import plan_turn
from lumatui.protocol.draft import Draft, TrackType, aspect_of
from lumatui.protocol.summary import timeline_summary

log = logging.getLogger("lumatui.engine.agent")

Emit = Callable[[dict[str, Any]], Awaitable[None]]
CHUNK_CHARS = 24

__all__ = ["Agent", "Operation", "TurnPlan", "plan_turn"]


class Agent:
    def __init__(
        self, store: Store, assets: AssetLibrary, generator: ClipGenerator, config: EngineConfig
    ) -> None:
        self.store = store
        self.assets = assets
        self.generator = generator
        self.config = config
        self.history = History(store)
        self.media = MediaMaker(store, assets, generator, config)
        # The reading the last question of each session was about, and the draft version it
        # was asked at: a short answer ("the candle one") completes it while nothing changed.
        self._asked: dict[str, tuple[int, list[Operation]]] = {}
        self._last_op: dict[str, str] = {}  # what the last turn did ("bring it back" after undo)

    def plan(self, text: str, session_id: str | None = None) -> TurnPlan:
        """The reading of ``text`` against the session's draft and what was touched last."""
        draft, focus, pending, uploaded = Draft(), None, None, None
        if session_id is not None:
            version, draft = self.store.latest_draft(session_id)
            focus = self.history.focus(session_id)
            asked = self._asked.get(session_id)
            pending = asked[1] if asked and asked[0] == version else None
            uploaded = self.media.uploaded_kinds(session_id)
        last = self._last_op.get(session_id) if session_id is not None else None
        try:
            return plan_turn(text, self.config, draft, focus, pending, uploaded, last)
        except Exception:  # a message the parser trips on is answered, never a 500
            chinese = is_chinese(text)
            return TurnPlan([], reply_if_empty=help_text(chinese), chinese=chinese)

    def would_make_media(self, text: str) -> bool:
        """Whether a message asks for new media (the ``no-credits`` fault refuses these)."""
        return self.plan(text).makes_media

    def _chinese(self, plan: TurnPlan, session_id: str) -> bool:
        if plan.chinese:
            return True
        row = self.store.session(session_id)
        language = str(row["language"] or "") if row is not None else ""
        return language.lower().startswith("zh")

    async def run(
        self, plan: TurnPlan, *, session_id: str, user_id: str, base_url: str, emit: Emit
    ) -> None:
        """Carry out a plan whose cost is already frozen; charge what succeeds."""
        events = EventFactory()
        chinese = self._chinese(plan, session_id)
        replies: list[str] = []
        failed = False
        remaining = plan.cost
        focus = self.history.focus(session_id)
        turn = events.invocation_id
        version_before, before = self.store.latest_draft(session_id)
        if plan.pending:
            self._asked[session_id] = (version_before, plan.pending)
        else:
            self._asked.pop(session_id, None)
        if plan.operations:
            self._last_op[session_id] = plan.operations[-1].name
        try:
            for op in plan.operations:
                call_id = "call_" + uuid.uuid4().hex[:10]
                await emit(events.call(call_id, op.name, op.args))
                try:
                    result, focus = await self._apply(
                        op, session_id, user_id, base_url, focus, turn, chinese
                    )
                except EditError as exc:
                    result = {"ok": False, "message": say(chinese, exc.en, exc.zh)}
                except Exception as exc:  # one failed operation never ends the turn
                    # The detail (paths, ffmpeg's log) goes to the log, never to the chat.
                    log.warning("operation %s failed", op.name, exc_info=exc)
                    message = say(
                        chinese,
                        f"That step ({op.name}) did not work; nothing was charged for it.",
                        f"这一步（{op.name}）没有成功，没有为它扣费。",
                    )
                    result = {"ok": False, "message": message}
                failed = failed or not result.get("ok")
                if result.get("ok") and op.cost:
                    self.store.charge_frozen(user_id, op.cost, call_id)
                    remaining -= op.cost
                await emit(events.response(call_id, op.name, result))
                replies.append(str(result.get("message", "")))
        finally:
            if remaining:
                self.store.release_frozen(user_id, remaining, events.invocation_id)
        version, draft = self.store.latest_draft(session_id)
        warnings = await asyncio.to_thread(text_warnings, new_texts(before, draft))
        if plan.edits and not failed and not warnings and self._silent(session_id, version):
            return
        text = " ".join(r for r in replies if r)
        if not plan.operations:
            text = plan.reply_if_empty or help_text(chinese)
        if warnings:
            text = " ".join([text, *warnings])
        await self._say(events, text, emit)

    def _silent(self, session_id: str, version: int) -> bool:
        """Deterministically, this share of edit turns ends with no text (as the cloud does)."""
        share = self.config.silent_edit_share
        if share <= 0:
            return False
        draw = random.Random(f"{self.config.generator_seed}:{session_id}:{version}").random()
        return draw < share

    async def _say(self, events: EventFactory, text: str, emit: Emit) -> None:
        chunks = text_chunks(text)
        if len(chunks) == 1 and len(text) > CHUNK_CHARS:  # Chinese has no spaces to split at
            chunks = [text[i : i + CHUNK_CHARS] for i in range(0, len(text), CHUNK_CHARS)]
        if len(chunks) > 1:
            for chunk in chunks:
                await emit(events.text(chunk, partial=True))
        await emit(events.text(text))

    async def _apply(
        self,
        op: Operation,
        session_id: str,
        user_id: str,
        base_url: str,
        focus: str | None,
        turn: str,
        chinese: bool,
    ) -> tuple[dict[str, Any], str | None]:
        if op.name == "describe_timeline":
            _, draft = self.store.latest_draft(session_id)
            size = f"{draft.m.width}x{draft.m.height}, {aspect_of(draft.m.width, draft.m.height)}"
            intro = say(chinese, f"Here is your timeline ({size}).", f"这是你的时间线（{size}）。")
            summary = timeline_summary(draft)
            return {"ok": True, "message": f"{intro}\n\n{summary}", "summary": summary}, focus
        if op.name in ("undo", "redo"):
            steps = int(op.args.get("steps", 1))
            done, said = self.history.step(session_id, op.name, steps, turn)
            if not done:
                nothing = say(
                    chinese,
                    f"There is nothing to {op.name}.",
                    "没有可以撤销的操作。" if op.name == "undo" else "没有可以重做的操作。",
                )
                return {"ok": False, "message": nothing}, focus
            verb_zh = "撤销" if op.name == "undo" else "重做"
            en = " ".join(e for e, _ in said if e)
            zh = "".join(z for _, z in said if z)
            message = say(
                chinese,
                f"{'Undid' if op.name == 'undo' else 'Redid'}: {en}" if en else f"{op.name} done.",
                f"已{verb_zh}：{zh}" if zh else f"已{verb_zh}{done}步。",
            )
            return {"ok": True, "message": message, "steps": done}, None
        _, draft = self.store.latest_draft(session_id)
        change = None
        if op.name == "trim" and ("seconds" in op.args or op.args.get("scale", 1) > 1):
            change = await self.media.lengthen(op.args, draft, session_id, user_id, base_url, focus)
        if change is None and spec_of(op.name).media:
            change = await self.media.apply(op, draft, session_id, user_id, base_url, focus)
        if change is None:
            change = apply_pure(draft, op.name, op.args, focus)
            if change.draft == draft:  # "trim it to 3 s" when it is 3 s: not an edit, not paid
                same = say(
                    chinese,
                    "It is like that already: nothing changed, nothing was charged.",
                    "已经是这样了：没有改动，也没有扣费。",
                )
                return {"ok": False, "message": same}, focus
        self.store.save_draft(
            session_id, change.draft, note("edit", turn, change.focus, change.en, change.zh)
        )
        message = say(chinese, change.en, change.zh)
        return {"ok": True, "message": message}, change.focus


def new_texts(before: Draft, after: Draft) -> list[str]:
    """Texts on the timeline now that were not there before the turn (added or reworded)."""

    def texts(draft: Draft) -> list[str]:
        return [seg.txt for t in draft.tracks_of(TrackType.TEXT) for seg in t.sg if seg.txt]

    old = set(texts(before))
    return [text for text in texts(after) if text not in old]
