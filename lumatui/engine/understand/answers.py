"""Pure: a short reply that answers the question the last turn asked ("which clip?")."""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation
from lumatui.engine.understand.naming import target_in

_ANSWER_EN = re.compile(
    r"^(?:(?:ok|okay|oh|um+|hmm+|well|yes|yeah|no|sorry|i mean|i meant|i guess)\W*\s*)*"
    r"(?P<ref>(?:the\s+)?[\w' -]{1,40}?)"
    r"(?:\W*\s*(?:then|please|pls|i guess|i think|i mean))*\W*$"
)
_ANSWER_ZH = re.compile(r"^(?:就|嗯|好|那)?[，,\s]*(?P<ref>.{1,12}?)(?:吧|啊|呀|的)?\W*$")


def answer_to(text: str, pending: list[Operation]) -> list[Operation] | None:
    """A short reply naming a clip ("the candle one", "clip 2", "小狗那个") fills in the target
    of the reading the last question was about; anything longer is a new request."""
    match = (_ANSWER_ZH if re.search(r"[\u4e00-\u9fff]", text) else _ANSWER_EN).match(text)
    if not match or len(match.group("ref").split()) > 5:
        return None
    said = match.group("ref")
    target = target_in(said, "clip")
    if not any(target.get(k) for k in ("index", "words", "middle", "all")):
        return None
    out: list[Operation] = []
    filled = False
    for op in pending:
        args = dict(op.args)
        if not filled and isinstance(args.get("target"), dict):
            args["target"], filled = dict(target), True
        out.append(Operation(op.name, args))
    return out if filled else None
