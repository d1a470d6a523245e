"""Pure: where new media goes, or where a clip moves — start, end, a position, next to a clip.

"After the sunset", "right before clip 2", "between the two", "at the very start", "to
position 3", "放到湖面那段后面": a place is read here; which clip it names is resolved
against the draft later (:mod:`references`).
"""

from __future__ import annotations

import re
from typing import Any

from lumatui.engine.understand.naming import CJK_LEAD, CJK_NOT_LABELS, NOT_LABELS, NOUN
from lumatui.engine.understand.slots import ORDINALS, has

_REL = re.compile(
    r"(?:\b(?:right|just|immediately|directly|straight)\s+)?"
    r"\b(after|before|behind|ahead of|in front of|following)\s+(.+?)"
    r"(?=$|\s*[,.;!?]|\s+(?:and|then|please|for|with|at|so|but)\b)"
)
_CJK_REL = re.compile(
    r"(?:放在|放到|移到|移至|挪到|加在|插在|加到|插到|排在|调到|在|到)?"
    r"([\u4e00-\u9fff\w]{1,10}?)(?:的)?(?:那段|那个|片段|镜头)?(之后|后面|后边|后头|之前|前面|前边|前头)"
)
_IT_TAIL = re.compile(
    r"^(?:it|that|this|them|that one|this one|the new one|the one i just made|"
    r"the one you just made|the last one you made)$"
)
_ORDINAL_TAIL = re.compile(r"^(?:the\s+)?(\w+(?:[- ]to[- ]last)?)\s+" + NOUN + r"$")
_NUMBER_TAIL = re.compile(r"^(?:the\s+)?(?:clip|shot|scene|video|number|no\.?)\s*#?\s*(\d+)$")
# A tail that names a track, not a clip ("after the music"); "the sheet music" is a clip
_KINDS = re.compile(
    r"^(?:the |my |that |this )?(?:background |opening |main |new )?"
    r"(?:title|caption|text|music|song|audio|sound|fade|transition)s?\b"
)


_PHOTO_TAIL = re.compile(r"^(?:the |my )?(?:photo|image|picture|pic|still)(?: one| clip)?$")


def _tail_place(at: str, tail: str) -> dict[str, Any] | None:
    tail = tail.strip()
    if _PHOTO_TAIL.match(tail):
        return {"at": at, "words": ["photo"]}  # the clip made from a still
    if _IT_TAIL.match(tail) or re.fullmatch(r"(?:that|this)\s+" + NOUN, tail):
        return {"at": at, "it": True}
    if re.match(r"(?:that|this)\s+(?!" + NOUN + r")", tail):
        return None  # "and after that the beagle asleep": "afterwards", not a place
    if match := _NUMBER_TAIL.match(tail):
        return {"at": at, "index": int(match.group(1))}
    match = _ORDINAL_TAIL.match(tail) or re.match(r"^(?:the\s+)?(\w+(?:[- ]to[- ]last)?)$", tail)
    if match and match.group(1) in ORDINALS:
        return {"at": at, "index": ORDINALS[match.group(1)]}
    if re.match(r"\d|(?:the\s+)?(?:start|beginning|end|intro|outro)\b", tail) or _KINDS.match(tail):
        return None
    said = re.sub(NOUN + r"$", "", tail).split()
    # "before the first dance": an ordinal inside a name is part of the name
    words = [
        w for w in said if len(w) > 2 and (w not in NOT_LABELS or (w in ORDINALS and len(said) > 2))
    ]
    return {"at": at, "words": words} if words else None


def relative_place(text: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """A place next to another clip, and where its words are in ``text``."""
    if between := re.search(
        r"\b(?:in\s+)?between\s+(?:the\s+)?(?:two|2|both)\s+(?:of\s+the\s+)?(halves|parts|pieces|"
        r"[\w'-]+(?:\s+[\w'-]+)?)\s+(?:ones|clips|shots|scenes|videos)\b|"
        r"\b(?:in\s+)?between\s+(?:the\s+)?(?:two|2|both)\s+(halves|parts|pieces)\b",
        text,
    ):
        said = between.group(1) or between.group(2)
        if said in ("halves", "parts", "pieces"):  # after a split: the two with one label
            return {"at": "between", "halves": True}, between.span()
        words = [w for w in said.split() if len(w) > 2 and w not in NOT_LABELS]
        if words:  # "between the two stage ones": the two clips that show it
            return {"at": "between", "words": words}, between.span()
    if between := re.search(
        r"\b(?:in\s+)?between\s+(?:them|those(?: two| 2)?|these(?: two| 2)?|the (?:two|2)|both)"
        r"(?:\s+(?:clips|ones|shots|scenes|videos)|\s+of\s+them)?\b|"
        r"两个中间|中间",
        text,
    ):
        return {"at": "between"}, between.span()
    if between := re.search(
        r"\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?\S+(?:\s+(?:one|clip))?", text
    ):
        place = _tail_place("after", between.group(1))  # between A and B: right after A
        if place:
            return place, between.span()
    for match in _REL.finditer(text):
        at = "after" if match.group(1) in ("after", "behind", "following") else "before"
        place = _tail_place(at, match.group(2))
        if place:
            return place, match.span()
    for match in _CJK_REL.finditer(text):
        at = "after" if "后" in match.group(2) else "before"
        name = CJK_LEAD.sub("", match.group(1))
        name = re.split(
            r"放在|放到|移到|挪到|加在|插在|加到|插到|排在|调到|移至|(?:那段|那个|这段)放", name
        )[-1]
        name = re.sub(r"^(?:在|到)+", "", name)
        if not name or name.endswith("最"):  # "放到最前面" is the start, not a clip
            continue
        if re.fullmatch(r"第?\d+个?|最|它|这|那|这个|那个|这段|那段|刚才的?", name):
            place = (
                {"at": at, "it": True} if name in ("它", "这个", "那个", "这段", "那段") else None
            )
            if place:
                return place, match.span()
            continue
        if len(name) >= 2 and not CJK_NOT_LABELS.match(name):
            return {"at": at, "words": [name]}, match.span()
    return None


def place_in(text: str, strict: bool = False) -> dict[str, Any] | None:
    """Where new media goes, or where a clip moves: start, end, next to another clip.

    ``strict`` reads only explicit phrases ("at the start", "after clip 2"), for clauses whose
    other words are a scene description ("the last light of day").
    """
    if match := re.search(
        r"(?:在)?第\s*(\d+)\s*(?:个|段)?(?:片段|视频|镜头)?(之后|后面|后|之前|前面|前)", text
    ):
        return {"at": "after" if "后" in match.group(2) else "before", "index": int(match.group(1))}
    if found := relative_place(text):
        return found[0]
    if slot := re.search(
        r"\b(?:to|at|in|into) (?:position|spot|slot|place|number) #?(\d+)\b|"
        r"\b(?:to|in|into) (?:the )?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) "
        r"(?:position|spot|slot|place)\b|"
        r"(?:放到|移到|挪到|放在|排在|[放排挪])第(\d+)(?:个|位)?(?!个?(?:片段|视频|镜头|段))",
        text,
    ):
        said = slot.group(1) or slot.group(3) or slot.group(2)
        index = int(said) if said.isdigit() else ORDINALS[said]
        return {"at": "index", "index": index}
    # In a description, "the first dance" or "the last light" is the subject, not a place.
    first = (
        r"\b(?:put (?:it|this|that) |as the |goes |go )first\b|\bfirst\W*$"
        if strict
        else (r"\bfirst\b(?! \d)")
    )
    last = (
        r"\b(?:put (?:it|this|that) |as the |goes |go )last\b|\blast\W*$"
        if strict
        else (r"\blast\b")
    )
    if has(
        r"\b(?:at|to) the (?:very )?(?:start|beginning|front)|\bin front\b(?! of)|"
        + first
        + r"|\bprepend|^(?:(?:let'?s|please|and|then|now)\s+)*open with|开头|最前|开始处|前面",
        text,
    ):
        return {"at": "start"}
    if has(
        r"\bat the (?:very )?end\b|\bto the (?:very )?end\b|\bappend|"
        + last
        + r"|结尾|最后|末尾|后面$",
        text,
    ):
        return {"at": "end"}
    return None
