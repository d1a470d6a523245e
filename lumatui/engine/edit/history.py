"""Undo and redo over the draft versions the store keeps, plus what was last touched.

Every saved version carries a JSON note: ``{"op": "edit"|"undo"|"redo", "turn", "focus",
"what"}``. Replaying the notes gives the undo and redo stacks, so nothing beyond the
versions themselves is stored. All the edits of one chat turn undo together.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lumatui.engine.store import Store
from lumatui.protocol.draft import Draft


@dataclass
class Timeline:
    """The replayed history of one session."""

    current: int = 0  # the version whose content is on screen (0 = the empty draft)
    undo: list[int] = field(default_factory=list)
    redo: list[int] = field(default_factory=list)
    focus: str | None = None
    # What each turn did, by the version that ends it: [(english, chinese), ...].
    changes: dict[int, list[tuple[str, str]]] = field(default_factory=dict)


def note(op: str, turn: str, focus: str | None, what: str, what_zh: str = "") -> str:
    return json.dumps(
        {"op": op, "turn": turn, "focus": focus, "what": what, "what_zh": what_zh},
        ensure_ascii=False,
    )


def _read_note(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "")
    except ValueError:
        return {"op": "edit", "turn": text or ""}
    return value if isinstance(value, dict) else {"op": "edit", "turn": ""}


def replay(rows: list[tuple[int, str | None]]) -> Timeline:
    """Pure: versions and their notes, oldest first → the undo/redo stacks now."""
    state = Timeline()
    last_turn: str | None = None
    for version, raw in rows:
        info = _read_note(raw)
        op = info.get("op", "edit")
        if op == "undo" and state.undo:
            state.redo.append(state.current)
            state.current = state.undo.pop()
            last_turn = None
        elif op == "redo" and state.redo:
            state.undo.append(state.current)
            state.current = state.redo.pop()
            last_turn = None
        else:
            turn = info.get("turn")
            said = [(str(info.get("what", "")), str(info.get("what_zh", "")))]
            if turn is None or turn != last_turn:
                state.undo.append(state.current)
            else:
                said = state.changes.pop(state.current, []) + said
            state.changes[version] = said
            state.redo.clear()
            state.current = version
            last_turn = turn
        state.focus = info.get("focus")
    return state


class History:
    def __init__(self, store: Store) -> None:
        self.store = store

    def _rows(self, session_id: str) -> list[tuple[int, str | None]]:
        # The store keeps every version for exactly this; read them in order.
        rows = self.store._all(
            "SELECT version, note FROM drafts WHERE session_id = ? ORDER BY version", (session_id,)
        )
        return [(int(r["version"]), r["note"]) for r in rows]

    def timeline(self, session_id: str) -> Timeline:
        return replay(self._rows(session_id))

    def draft_at(self, session_id: str, version: int, like: Draft) -> Draft:
        if version == 0:
            return Draft(m=like.m.model_copy(deep=True))
        rows = self.store._all(
            "SELECT draft FROM drafts WHERE session_id = ? AND version = ?", (session_id, version)
        )
        return Draft.model_validate_json(rows[0]["draft"]) if rows else Draft()

    def focus(self, session_id: str) -> str | None:
        return self.timeline(session_id).focus

    def step(
        self, session_id: str, op: str, steps: int, turn: str
    ) -> tuple[int, list[tuple[str, str]]]:
        """Undo or redo up to ``steps`` turns; the number done and what those turns had done."""
        done = 0
        said: list[tuple[str, str]] = []
        for _ in range(max(1, steps)):
            state = self.timeline(session_id)
            stack = state.undo if op == "undo" else state.redo
            if not stack:
                break
            changed = state.current if op == "undo" else stack[-1]
            said.extend(state.changes.get(changed, []))
            _, latest = self.store.latest_draft(session_id)
            draft = self.draft_at(session_id, stack[-1], latest)
            self.store.save_draft(session_id, draft, note(op, turn, None, op))
            done += 1
        return done, said
