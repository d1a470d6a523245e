"""Pure: reading requests that change a clip's length — to a length, by a length, a part kept.

"Cut it to six and a half seconds", "take 2 seconds off", "加一秒", "keep only from 1.5s to
4s", "cut the first 2 seconds", "make it shorter": each is one trim, with the length, the
change or the span it names.
"""

from __future__ import annotations

import re
from typing import Any

from lumatui.engine.operations import Operation, ref
from lumatui.engine.understand.naming import (
    target_in,
    text_role,
)
from lumatui.engine.understand.slots import (
    NUM,
    SEC,
    VIDEO_NOUN,
    first_n,
    has,
    last_n,
    range_in,
    seconds_in,
)

# "the video" with no clip named means every clip ("make the video faster", "把视频静音").
WHOLE_VIDEO = r"\bthe video\b|\bthe whole\b|\beverything\b|^(?:把|将)?视频|整个视频|全部"


def clip_target(text: str, whole_means_all: bool = False) -> dict[str, Any]:
    target = target_in(text, "clip")
    named = target.get("index") is not None or target.get("all") or target.get("it")
    if whole_means_all and not named and has(WHOLE_VIDEO, text):
        return ref("clip", all=True)
    return target


def _resize(text: str, target: dict[str, Any]) -> list[Operation] | None:
    """ "Make it shorter" / "longer" with no number: a quarter off, or half as long again."""
    if has(
        r"\bshorter|\bshorten|\bcut (?:it|"
        r"this|that) down|短一点|短点|短一些|短些|缩短|剪短",
        text,
    ):
        scale = 0.75
    elif has(r"(?:剪掉|去掉|砍掉|减掉|剪|减|缩短|砍)了?一半|减半|短一半|\bhalve\b", text):
        scale = 0.5
    elif has(r"\btwice as long|\bdouble (?:the |its )?(?:length|duration)|两倍长|长一倍", text):
        scale = 2.0
    elif has(r"\bhalf as long|\bhalf (?:the |its )?(?:length|duration)", text):
        scale = 0.5
    elif has(r"\blonger|\blengthen|\bextend|长一点|长点|长一些|长些|加长|延长", text):
        scale = 1.5
    else:
        return None
    tgt = clip_target(text, whole_means_all=True) if has(WHOLE_VIDEO, text) else target
    return [Operation("trim", {"target": tgt, "scale": scale})]


_BY = re.compile(
    "|".join(
        [
            NUM + SEC + r"\s+(longer|shorter)\b",
            r"\b(longer|shorter|extend|lengthen|shorten|trim|cut)\w*(?:\s+\S+){0,4}?\s+by\s+"
            + NUM
            + SEC,
            r"(延长|加长|缩短|剪短)了?" + NUM + r"秒",
            # "take 2 seconds off", "shave a second off it"
            r"\b(take|cut|shave|knock|trim|chop|lop)\s+(?:off\s+)?(?:another\s+)?"
            + NUM
            + SEC
            + r"(?:\s+off)?\b(?!\s+(?:from|of)\s+the\s+(?:start|end|beginning))",
            # "add 2 seconds", "give it an extra second"
            r"\b(add|give (?:it|this|that|the \w+(?: one| clip)?))\s+(?:an?\s+)?"
            r"(?:extra\s+|another\s+)?"
            + NUM
            + SEC
            + r"(?![a-z])(?!\s*(?:clip|video|shot|scene|of\b|long|fade|transition|cross))",
            r"\b" + NUM + r"\s+(more)\s+(?:seconds?|secs?)\b",
            r"\b(extra)\s+" + NUM + SEC,
            # "+1s", "minus 0.5 s": written as a sum
            r"(?<![\w.])(\+)\s*" + NUM + SEC,
            r"\b(minus)\s*" + NUM + SEC,
            # "加1秒", "少两秒", "减掉1秒" (not "剪掉前2秒", a cut of the start)
            r"(?<![前后尾头])(多加|增加|加长|延长|加|多|长)" + NUM + r"秒",
            r"(?<![前后尾头])(减少|减掉|减去|缩短|剪短|剪掉|砍掉|截掉|去掉|减|少|短)" + NUM + r"秒",
        ]
    )
)
_SHORTER = {"shorter", "shorten", "trim", "cut", "缩短", "剪短", "take", "shave", "knock", "chop"}
_SHORTER |= {
    "lop",
    "减少",
    "减掉",
    "减去",
    "减",
    "少",
    "短",
    "minus",
    "剪掉",
    "砍掉",
    "截掉",
    "去掉",
}


def _by_delta(text: str, target: dict[str, Any]) -> list[Operation] | None:
    """ "Half a second longer", "shorter by 2 s", "延长1秒": a change of length, not a length."""
    match = _BY.search(text)
    if not match:
        return None
    groups = [g for g in match.groups() if g is not None]
    number = next(float(g) for g in groups if re.fullmatch(r"[\d.]+", g))
    shorter = any(g in _SHORTER for g in groups)
    tgt = target if target.get("kind") != "any" or target.get("it") else {**target}
    return [Operation("trim", {"target": tgt, "delta": -number if shorter else number})]


def trim_reader(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if by := _by_delta(text, target):
        return by
    span, cut_start, cut_end = range_in(text), first_n(text), last_n(text)
    seconds = seconds_in(text)
    if not (span or cut_start or cut_end or seconds):
        return _resize(text, target)
    if (start := re.search(r"\bstarts? (?:at|from) " + NUM + SEC, text)) and has(VIDEO_NOUN, text):
        tgt = target_in(text[: start.start()], "clip")  # "make the sunset clip start at 1 s"
        return [Operation("trim", {"target": tgt, "cut_start": float(start.group(1))})]
    if not has(
        r"^\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\s+for\b|"
        r"\btrim|\bcut|\bshorten|\bshorter|\bkeep|\blonger|\bextend|\blong\b|\blength|"
        r"\bduration|\bmake\b|\bchange|\bset\b|\bremove|\bdrop|\bchop|\blast\b|\bonly\b|"
        r"\bshould\b|\bneeds? to be|\bbe\b|"
        r"剪|裁|缩短|保留|去掉|删掉|改成|改为|变成|设为|时长|长度|只要|延长|加长",
        text,
    ) and not (target.get("index") is not None and seconds and len(text.split()) <= 6):
        return None
    unspanned = re.sub(r"(?:first|last|前|最后|后)\s*\d+(?:\.\d+)?\s*(?:seconds?|s\b|秒)", "", text)
    tgt = target_in(unspanned, "clip" if has(VIDEO_NOUN, unspanned) else "any")
    if (role := text_role(unspanned)) and not has(VIDEO_NOUN, unspanned):
        tgt = ref("text", role=role)  # "trim the title to 2 seconds"
    keep = has(r"\bkeep|\bonly|保留|只要|只留", text)
    unnamed = not (
        tgt.get("index") is not None or tgt.get("all") or tgt.get("it") or tgt.get("words")
    )
    if unnamed and cut_start is not None and not keep:
        tgt = ref("clip", index=1)  # "cut the first 2 seconds": of the video
    elif unnamed and cut_end is not None and not keep:
        tgt = ref("clip", index=-1)
    if span:
        return [Operation("trim", {"target": tgt, "start": span[0], "end": span[1]})]
    if cut_start is not None:
        return [Operation("trim", {"target": tgt, "seconds" if keep else "cut_start": cut_start})]
    if cut_end is not None:
        return [Operation("trim", {"target": tgt, "keep_last" if keep else "cut_end": cut_end})]
    return [Operation("trim", {"target": tgt, "seconds": seconds})]
