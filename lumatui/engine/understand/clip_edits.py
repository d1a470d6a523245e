"""Pure: reading requests that edit clips on the video track (trim, split, speed, fades…).

:func:`read_clip_edit` tries one small reader per kind of edit, in an order where the more
specific wording wins ("cut the first clip at 2s" is a split, "cut the first 2 seconds" a
trim, "cut clip 2" a delete).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lumatui.engine.operations import Operation, ref
from lumatui.engine.understand.length_asks import WHOLE_VIDEO, clip_target, trim_reader
from lumatui.engine.understand.naming import (
    several_in,
    swap_sides,
    target_in,
)
from lumatui.engine.understand.places import place_in
from lumatui.engine.understand.prepared_text import Prepared
from lumatui.engine.understand.slots import (
    FADE_BOTH,
    LOWERED_TO,
    ORDINALS,
    VIDEO_NOUN,
    at_time,
    by_percent,
    clip_indexes,
    fade_op,
    has,
    relative_volume,
    seconds_in,
    speed_in,
    volume_in,
)
from lumatui.engine.understand.style_words import fit_in

_ORDINAL = "|".join(sorted((re.escape(k) for k in ORDINALS if " " not in k), key=len, reverse=True))

ClipReader = Callable[[str, dict[str, Any], bool], list[Operation] | None]


def _swap(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"\bswap|\bexchange|\bswitch|\breverse|\bbackwards order|"
        r"交换|互换|调换|对调|倒序|反过来|倒过来|换下?位置|换个位置|"
        r"[和跟与].{1,16}?换(?:下|换|过来)?(?:吧)?\W*$",  # "第一段和最后一段换一下"
        text,
    ) or has(r"(?:特写|画面|镜头|场面)\W*$", text):  # "新人交换戒指的特写": what a clip shows
        return None
    if ends := re.search(
        rf"\b(?:swap|switch|exchange)\s+(?:the\s+)?({_ORDINAL})\s+(?:and|with|&)\s+(?:the\s+)?"
        rf"({_ORDINAL})\b",
        text,
    ):  # "swap the first and last"
        return [
            Operation("swap_clips", {"a": ORDINALS[ends.group(1)], "b": ORDINALS[ends.group(2)]})
        ]
    if bare := re.search(r"\b(?:swap|switch|exchange)\s+(\d+)\s+(?:and|&|with)\s+(\d+)\b", text):
        return [Operation("swap_clips", {"a": int(bare.group(1)), "b": int(bare.group(2))})]
    if has(r"\breverse\b", text) and not has(r"\border\b|\bclips\b|\bsequence\b", text):
        return None  # "reverse it": playing backwards is not something the engine does
    indexes = clip_indexes(text)
    whole_order = has(
        r"\breverse\b.*\b(?:order|clips)|\b(?:order|clips)\b.*\breversed?|倒序|反过来|倒过来", text
    )
    if whole_order and len(indexes) < 2:
        return [Operation("reverse_clips", {})]
    if len(indexes) >= 2:
        return [Operation("swap_clips", {"a": indexes[0], "b": indexes[1]})]
    if len(indexes) < 1 and (named := swap_sides(text)):
        return [Operation("swap_clips", {"a_words": named[0], "b_words": named[1]})]
    first = indexes[0] if indexes else 1
    return [Operation("swap_clips", {"a": first, "b": first + 1 if first > 0 else first - 1})]


def _place_tail(text: str) -> str:
    """The words after "move … to/after/before" (or 移到…): where it should go."""
    match = re.search(
        r"(?:\b(?:right|just|immediately|directly)\s+)?\b(?:to|after|before|into|behind|following|between|"
        r"in front of|ahead of)\b.*$|(?:移到|放到|挪到|调到|排到|移动到|放在|移至).*$|"
        r"[放排挪](?=第|最前|最后|开头|前面).*$|(?<=那段|那个|这段)放(?=\S+(?:前面|后面|之前|之后)).*$",
        text,
    )
    if match:
        return match.group(0)
    if slot := re.search(
        r"\bin (?:the )?(?:first|second|third|fourth|fifth) (?:place|position|spot)\b.*$|"
        r"\b(?:at|in) (?:position|spot|slot|place|number) #?\d+\b.*$",
        text,
    ):
        return slot.group(0)  # "put the bus one in second place"
    if has(r"\b(?:first|to the front|in front|at the (?:very )?(?:start|beginning))\W*$", text):
        return "to the start"
    if has(r"\b(?:last|at the (?:very )?end)\W*$", text):
        return "to the end"
    return ""


def _move(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"\bmove|\bplace|\bput|\breorder|\bmake\b|\bslot|\bstick|\bshift|\bbump|"
        r"\b(?:throw|toss|chuck|pop|bring)\b|"
        r"\b(?:go|goes|come|comes|be)\s+(?:first|last|at the (?:very )?(?:start|beginning|end))|"
        r"移到|移至|放到|挪到|移动|调到|排到|放在|[放排挪]第|[放排挪](?:最前|最后|开头|前面)|"
        r"(?:那段|那个|这段)放(?=\S+(?:前面|后面|之前|之后))",
        text,
    ):
        return None
    if has(r"\bfades?\b|cross\s*-?\s*fade|\btransitions?\b|\bdissolve|转场|过渡|淡入|淡出", text):
        return None  # "put a fade between the first and second clip": a transition
    if has(r"(?:还想|想|还|再|也)?(?:来|要|生成|做)\s*(?:1|一|\d+)?\s*(?:个|段|条)(?!.*第)", text):
        return None  # "还想要一段雷峰塔的画面，放在最前面": a new clip put there
    if has(
        r"^(?:please\s+)?(?:put|place|stick|slot)\s+(?:a|an|some)\s+"
        r"(?!(?:clip|copy|duplicate|photo|picture|video)\b)",
        text,
    ):
        return None  # "put a sunrise between them": a new clip, not one that is there
    tail = _place_tail(text)
    place = place_in(tail)
    head = text[: len(text) - len(tail)] if tail and text.endswith(tail) else text
    if (
        place
        and re.fullmatch(r"\s*(?:请|就|然后|再)?\s*", head)
        and tail.startswith(("放", "移", "挪"))
    ):
        # "…的画面，4秒左右，放在最前面": only a place, for what was just made or touched
        return [Operation("move_clip", {"target": ref("clip", it=True), "place": place})]
    if not place or not (clipish or target.get("it")):
        return None
    return [Operation("move_clip", {"target": target_in(head, "clip"), "place": place})]


def _transition(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"cross\s*-?\s*fade|\bdissolve|\btransitions?\b|\bfades?\s+between\b|转场|过渡|叠化|交叉淡化",
        text,
    ):
        return None
    seconds = seconds_in(text)
    # a length only when said: "…加上一秒的转场，让画面过渡得柔和点" keeps its second
    args: dict[str, Any] = {"ms": int(seconds * 1000)} if seconds else {}
    if has(
        r"\bno\b|\bremove|\bwithout|\bdelete|\bget rid|\bdrop|去掉|删除|删掉|取消|不要|关掉", text
    ):
        args["ms"] = 0
    return [Operation("set_transition", {**args, **_cut_between(text)})]


def _cut_between(text: str) -> dict[str, Any]:
    """The two clips of "between clip 2 and 3" / "between the peonies and the tulips" /
    "在第一段和第二段之间"; nothing when every cut is meant."""
    span = re.search(r"\bbetween\b(.+)$|在(.+?)(?:之间|中间)|^(?:把|给)?(.+?)(?:之间|中间)", text)
    if not span or has(r"\b(?:all|every|each)\b|所有|每", text):
        return {}
    body = span.group(1) or span.group(2) or span.group(3)
    if has(r"^\s*(?:them|the clips|clips|shots|scenes)\b|^\s*(?:它们|片段)", body):
        return {}
    indexes = clip_indexes(body)
    if len(indexes) >= 2:
        return {"a": indexes[0], "b": indexes[1]}
    if not indexes and (named := swap_sides(body)):
        return {"a_words": named[0], "b_words": named[1]}
    return {}


# "a close-up of a bun being split open": the words describe footage, they do not edit it
_DESCRIBES = (
    r"\b(?:a|an|another|one more)\s+(?:\w+\s+){0,2}?(?:clip|shot|close-?up|video|scene)\s+"
    r"(?:of|showing)\b|\b(?:being|getting)\s+(?:split|cut|divided|chopped|broken)\b"
)


def _split(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"\bsplit|\bdivide|\b(?:cut|break|chop)\b(?:\s+\S+){0,3}?\s+(?:at\s+(?:the\s+)?\d|"
        r"in(?:to)? (?:two|2|half|pieces|parts)\b|"
        r"in the middle)|切1?刀|分割|拆分|切开|切分|切成|分成|分开|一分为二|切断",
        text,
    ):
        return None
    if has(_DESCRIBES, text):
        return None  # "make a close-up of a bun being split open": what a new clip shows
    args: dict[str, Any] = {"target": clip_target(text)}
    at = at_time(text)
    if at is not None:
        args["at"] = at
    elif has(r"\bhalf|middle|in 2\b|中间|一半|2段|两段", text) or seconds_in(text) is None:
        args["at"] = "middle"
    else:
        args["at"] = seconds_in(text)
    return [Operation("split_clip", args)]


def _speed(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    speed = None if by_percent(text) is not None else speed_in(text)
    if has(r"快了?\s*1\s*倍|慢了?\s*1\s*倍", text):  # "快一倍": twice as fast, not 1x
        speed = None
        text = re.sub(r"(快|慢)了?\s*1\s*倍", r"\1", text)
    faster = has(
        r"\bfaster|\bspeed(?:s|ed)? (?:it |this |that |them |the (?:\w+ ){1,3}|clip \d+ )?up|"
        r"\bquicker|\bspeed up|\bsped up|\bhurry|加速|快进|(?<![欢愉轻凉爽痛])快点|加快|快些|变快",
        text,
    )
    slower = has(
        r"\bslower|\bslow(?:ed)? (?:it |this |that |them |"
        r"the (?:\w+ ){1,3}|clip \d+ )?down|减速|慢点|放慢|慢些|变慢",
        text,
    )
    if speed is None and not faster and not slower and not has(r"\bspeed\b|速度|倍速", text):
        return None
    args: dict[str, Any] = {"target": clip_target(text, whole_means_all=True)}
    if speed is not None:
        args["speed"] = speed
    else:
        share = by_percent(text)
        if share is not None:
            args["factor"] = max(0.1, 1 - share) if slower else 1 + share
        elif has(r"\ba (?:little|bit|touch)\b|\bslightly\b|\bsomewhat\b|一点|一些|稍微|稍", text):
            args["factor"] = 0.8 if slower else 1.25  # "a bit faster": a nudge, not double
        else:
            args["factor"] = 0.5 if slower else 2.0
    return [Operation("set_speed", args)]


NO_FADE = (
    r"\b(?:remove|no|without|drop|delete|get rid of|lose|kill)\b(?:\s+(?:the|all|any|those|"
    r"these|that|its))*\s+fade|\bfades?\s+off\b|\bfade\w*\s+(?:removed|gone)\b|\bunfade\b|"
    r"(?:去掉|取消|删掉|不要|去除)(?:\S{0,6}?)(?:淡入|淡出|渐入|渐出|渐变)"
)


def _fades(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    both = has(FADE_BOTH, text)
    fade_in = both or has(
        r"fade[sd]?\s*-?\s*(?:it\s+|(?:the|that|this) (?:\w+\s+){1,3}?|clip \d+\s+)?in\b(?!\s+\d)|"
        r"fade from black|淡入|渐入|渐显",
        text,
    )
    fade_out = both or has(
        r"fade[sd]?\s*-?\s*(?:it\s+|(?:the|that|this) (?:\w+\s+){1,3}?|clip \d+\s+)?out\b|"
        r"fade[sd]?\s+(?:\w+\s+){0,2}?(?:to|into) black|淡出|渐出|渐隐",  # "fade gently to black"
        text,
    )
    if not (fade_in or fade_out or has(r"\bfade|淡", text)):
        return None
    if not (fade_in or fade_out):  # "a 2 second fade at the end of the last clip"
        fade_out = has(r"\bat the end\b|\bending\b|结尾|最后", text)
        fade_in = has(r"\bat the (?:start|beginning)\b|开头|开始", text)
    ms = int((seconds_in(text) or 1.0) * 1000)
    if has(NO_FADE, text):
        ms = 0
    tgt = target_in(text, "clip")
    if tgt.get("it"):
        tgt["kind"] = "any"  # "fade it out": whatever was touched last, music included
    elif tgt.get("index") is None and not tgt.get("all") and not tgt.get("words"):
        if fade_in != fade_out:
            tgt = ref("clip", index=1 if fade_in else -1)
        else:
            tgt = ref("clip", all=True, edges=True)
    elif tgt.get("all") and has(WHOLE_VIDEO, text):
        tgt["edges"] = True
    if ms == 0:  # a fade removed goes from every clip meant, not only the video's edges
        tgt.pop("edges", None)
    return [fade_op(tgt, fade_in or not fade_out, fade_out or not fade_in, ms)]


def _volume(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"\bmute|\bsilence|\bunmute|\bvolume|\bsound\b|\baudio\b|\blouder|\bquieter|"
        r"\btoo (?:loud|quiet|soft)\b|"
        r"静音|音量|声音|原声",
        text,
    ):
        return None
    volume = None if by_percent(text) is not None else volume_in(text)
    if has(r"\bunmute|取消静音|恢复声音|恢复原声|打开声音|turn (?:the )?sound (?:back )?on", text):
        volume = 1.0
    elif has(
        r"\bmute|\bsilence|静音|no sound|without sound|turn off the (?:sound|audio)|kill the sound|"
        r"(?:关掉|关闭|去掉|不要)(?:了)?(?:声音|原声)|(?:声音|原声)(?:关掉|关了|去掉)|"
        r"remove the (?:sound|audio)",
        text,
    ):
        volume = 0.0
    tgt = clip_target(text, whole_means_all=True)
    if tgt.get("it"):
        tgt["kind"] = "any"
    named = tgt.get("index") is not None or tgt.get("all") or tgt.get("it") or tgt.get("words")
    if not clipish and not named and volume is not None and volume > 0:
        tgt = ref("any")
    elif not named and volume == 0.0:
        tgt = ref("clip", all=True)
    if volume is not None:
        return [Operation("set_volume", {"target": tgt, "volume": volume})]
    if change := relative_volume(text):
        return [Operation("set_volume", {"target": tgt, "change": change})]
    return None


def _delete(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    if not has(
        r"\bdelete|\bremove|\bdrop|\bget rid|\bcut\b|\bthrow (?:\w+ ){0,3}?away|\btoss|\blose\b|"
        r"\berase|\btake out|\bditch|\bscrap|\bkill|\bnuke|\baxe|\bbin\b|删|去掉|移除|不要|剪掉",
        text,
    ):
        return None
    if not (clipish or target.get("it")):
        return None
    if has(r"\b(?:cut|trim)\b.*\b(?:to|down to)\s+\d", text) or has(LOWERED_TO, text):
        return None  # "cut it to 8…", "drop it to 25%": a length or a level, never a deletion
    if len(several := several_in(text)) > 1:
        return [Operation("delete_clip", {"target": ref("clip", indexes=several)})]
    return [Operation("delete_clip", {"target": clip_target(text)})]


def _fit(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    fit = fit_in(text)
    if fit and not clipish and has(r"\bphotos?\b|\bimages?\b|\bpics?\b|照片|图片", text):
        return [Operation("set_fit", {"target": ref("clip", words=["photo"]), "fit": fit})]
    if (
        fit
        and not clipish
        and has(r"\bdon'?t crop|\bno crop|\bfull|\bwhole|\bentire|letterbox|不要裁|完整", text)
    ):
        every = ref("clip", it=True) if has(r"\bit\b|它", text) else ref("clip", all=True)
        return [Operation("set_fit", {"target": every, "fit": fit})]
    if not fit or not clipish:
        return None
    return [Operation("set_fit", {"target": clip_target(text, whole_means_all=True), "fit": fit})]


_PLAYS = r"\bplay(?:s|ing)? (?:it |this )?(?:twice|\d+ times)\b"


def _duplicate_plays(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    """ "Make the first clip play twice": a repeat, never double speed."""
    if not has(_PLAYS, text):
        return None
    return _duplicate(text, target, clipish)


def _duplicate(text: str, target: dict[str, Any], clipish: bool) -> list[Operation] | None:
    target = clip_target(text)
    copies = has(r"\bduplicate|\bcopy|复制", text)
    named = target.get("index") is not None or target.get("words")
    repeats = has(
        r"\bloop|\brepeat|" + _PLAYS + r"|重复|循环",
        text,
    ) and bool(named)
    if not ((copies or repeats) and (clipish or target.get("it"))):
        return None
    times = re.search(r"(\d+)\s*(?:times|x\b|次|遍)", text)
    return [Operation("loop", {"target": target, "times": int(times.group(1)) if times else 2})]


CLIP_READERS: list[ClipReader] = [
    _duplicate_plays,
    _swap,
    _move,
    _transition,
    _split,
    _speed,
    _fades,
    _volume,
    trim_reader,
    _delete,
    _fit,
    _duplicate,
]


def read_clip_edit(text: str, prepared: Prepared) -> list[Operation] | None:
    target = target_in(text, "any" if not has(VIDEO_NOUN, text) else "clip")
    clipish = bool(
        target.get("index") is not None
        or target.get("all")
        or target.get("words")
        or target.get("middle")
        or target.get("which")
        or has(VIDEO_NOUN, text)
    )
    for reader in CLIP_READERS:
        ops = reader(text, target, clipish)
        if ops:
            return ops
    return None
