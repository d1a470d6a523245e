"""What a chat message asks for: operations with JSON-ready arguments, and a turn's plan.

An operation is what the agent announces as a ``functionCall`` (its ``name`` and ``args``)
before carrying it out; names and argument models are declared once in :mod:`registry`.
The planner resolves targets against the draft in hand, so a plan's cost is frozen once
the reading is chosen.

A target reference is a dict: ``kind`` (``clip``, ``text``, ``bgm``, ``any``), and one of
``id`` / ``ids`` (segments the planner resolved: "the sunset clip", "clips 2 and 3"),
``index`` (1-based, negative from the end), ``all``, ``it`` (the last thing touched),
``role`` (a text's kind), ``text_is`` (the text that reads exactly this), ``fact`` with
``like`` (a text known by the fact it says: "the price", shaped like "£435,000").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Operation:
    name: str
    args: dict[str, Any] = field(default_factory=dict)
    cost: int = 0


@dataclass
class TurnPlan:
    """The reading chosen for a message. With no operations, ``reply_if_empty`` is the
    question (or answer) to send instead, and nothing changes or is charged."""

    operations: list[Operation]
    reply_if_empty: str = ""
    chinese: bool = False
    not_understood: list[str] = field(default_factory=list)
    # The reading a question was asked about ("which clip?"): the next message may answer it.
    pending: list[Operation] = field(default_factory=list)

    @property
    def cost(self) -> int:
        return sum(op.cost for op in self.operations)

    @property
    def edits(self) -> bool:
        """True when some operation changes the draft (the silent-reply switch counts these)."""
        from lumatui.engine.registry import READ_ONLY

        return any(op.name not in READ_ONLY for op in self.operations)

    @property
    def makes_media(self) -> bool:
        """True when some operation makes new media (the ``no-credits`` fault refuses these)."""
        from lumatui.engine.registry import MAKES_MEDIA

        return any(op.name in MAKES_MEDIA for op in self.operations)


def ref(kind: str = "any", **values: Any) -> dict[str, Any]:
    return {"kind": kind, **{k: v for k, v in values.items() if v not in (None, [], "")}}
