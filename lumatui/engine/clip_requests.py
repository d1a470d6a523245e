"""Pure: reading requests that edit clips on the video track (trim, split, speed, fades…)."""

from __future__ import annotations

import re

from .operations import Operation, ref
from .request_patterns import (
    FADE_BOTH,
    VIDEO_NOUN,
    _fade,
    _has,
    _place,
    _relative_volume,
    at_time,
    clip_indexes,
    first_n,
    last_n,
    range_in,
    seconds_in,
    speed_in,
    target_in,
    volume_in,
)
from .request_text import Prepared
from .style_words import fit_in


def read_clip_edit(text: str, prepared: Prepared) -> list[Operation] | None:
    target = target_in(text, "any" if not _has(VIDEO_NOUN, text) else "clip")
    clipish = target.get("index") is not None or target.get("all") or _has(VIDEO_NOUN, text)
    if _has(r"\bswap|\bexchange|\bswitch|\breverse the order|交换|互换|调换|对调", text):
        indexes = clip_indexes(text)
        if len(indexes) >= 2:
            return [Operation("swap_clips", {"a": indexes[0], "b": indexes[1]})]
        if len(indexes) == 1:
            return [Operation("swap_clips", {"a": indexes[0], "b": indexes[0] + 1})]
        return [Operation("swap_clips", {"a": 1, "b": 2})]
    if _has(r"\bmove|\bplace|\bput|\breorder|移到|放到|挪到|移动|调到|排到", text) and (
        place := _place(_place_tail(text))
    ):
        return [
            Operation(
                "move_clip", {"target": target_in(_strip_place(text), "clip"), "place": place}
            )
        ]
    span = range_in(text)
    cut_start = first_n(text)
    cut_end = last_n(text)
    split_at = at_time(text)
    if _has(
        r"\bsplit|\bdivide|\bcut (?:it |the \w+ |"
        r"clip \d+ )?(?:at|in)\b|分割|拆分|切开|切分|切成|分成|一分为二",
        text,
    ):
        half = _has(r"\bhalf|middle|in 2\b|中间|一半|2段|两段", text)
        args: dict[str, object] = {"target": target_in(text, "clip")}
        if split_at is not None:
            args["at"] = split_at
        elif half or seconds_in(text) is None:
            args["at"] = "middle"
        else:
            args["at"] = seconds_in(text)
        return [Operation("split_clip", args)]
    speed = speed_in(text)
    faster = _has(
        r"\bfaster|\bspeed(?:s|ed)? (?:it |this |that |them |the \w+ |clip \d+ )?up|"
        r"\bquicker|\bspeed up|加速|快进|快点|加快|快些",
        text,
    )
    slower = _has(
        r"\bslower|\bslow (?:it |this |that |them |the \w+ |clip \d+ )?down|减速|慢点|放慢|慢些",
        text,
    )
    if speed is not None or faster or slower or _has(r"\bspeed\b|速度|倍速", text):
        args = {"target": target_in(text, "clip")}
        if speed is not None:
            args["speed"] = speed
        else:
            args["factor"] = 0.5 if slower else 2.0
        return [Operation("set_speed", args)]
    both = _has(FADE_BOTH, text)
    fade_in = both or _has(
        r"fade[sd]?\s*-?\s*(?:it\s+|the \w+\s+|clip \d+\s+)?in\b|fade from black|淡入|渐入|渐显",
        text,
    )
    fade_out = both or _has(
        r"fade[sd]?\s*-?\s*(?:it\s+|the \w+\s+|clip \d+\s+)?out\b|fade to black|淡出|渐出|渐隐",
        text,
    )
    if fade_in or fade_out or _has(r"\bfade|淡", text):
        ms = int((seconds_in(text) or 1.0) * 1000)
        tgt = target_in(text, "clip")
        if tgt.get("index") is None and not tgt.get("all") and not tgt.get("it"):
            tgt = (
                ref("clip", index=1 if fade_in and not fade_out else -1)
                if fade_in != fade_out
                else ref("clip", all=True, edges=True)
            )
        return [_fade(tgt, fade_in or not fade_out, fade_out or not fade_in, ms)]
    if _has(
        r"\bmute|\bsilence|\bunmute|\bvolume|\bsound\b|\baudio\b|\blouder|\bquieter|静音|音量|声音|原声",
        text,
    ):
        volume = volume_in(text)
        if _has(r"\bunmute|取消静音|恢复声音|打开声音", text):
            volume = 1.0
        elif _has(
            r"\bmute|\bsilence|静音|no sound|without sound|"
            r"关掉声音|去掉声音|去掉原声|remove the (?:sound|audio)",
            text,
        ):
            volume = 0.0
        tgt = target_in(text, "clip")
        if not clipish and tgt.get("it") is None and volume is not None and volume > 0:
            tgt = ref("any")
        elif tgt == ref("clip") and volume == 0.0:
            tgt = ref("clip", all=True)
        if volume is not None:
            return [Operation("set_volume", {"target": tgt, "volume": volume})]
        if change := _relative_volume(text):
            return [Operation("set_volume", {"target": tgt, "change": change})]
    trim_words = _has(
        r"\btrim|\bcut|\bshorten|\bshorter|\bkeep|\blonger|\bextend|\blong\b|\blength|"
        r"\bduration|\bmake\b|\bchange|\bset\b|\bremove|\bdrop|\bchop|\blast\b|\bonly\b|"
        r"剪|裁|缩短|保留|去掉|删掉|改成|改为|变成|设为|时长|长度|只要|延长|加长",
        text,
    )
    if trim_words and (span or cut_start or cut_end or seconds_in(text)):
        tgt = target_in(
            re.sub(r"(?:first|last|前|最后|后)\s*\d+(?:\.\d+)?\s*(?:seconds?|s\b|秒)", "", text),
            "any",
        )
        keep = _has(r"\bkeep|\bonly|保留|只要|只留", text)
        if span:
            return [Operation("trim", {"target": tgt, "start": span[0], "end": span[1]})]
        if cut_start is not None:
            key = "seconds" if keep else "cut_start"
            return [Operation("trim", {"target": tgt, key: cut_start})]
        if cut_end is not None:
            key = "keep_last" if keep else "cut_end"
            return [Operation("trim", {"target": tgt, key: cut_end})]
        return [Operation("trim", {"target": tgt, "seconds": seconds_in(text)})]
    if _has(
        r"\bdelete|\bremove|\bdrop|\bget rid|\bcut\b|"
        r"\berase|\btake out|删除|删掉|去掉|移除|不要|剪掉",
        text,
    ) and (clipish or target.get("it")):
        return [Operation("delete_clip", {"target": target_in(text, "clip")})]
    if (fit := fit_in(text)) and clipish:
        return [Operation("set_fit", {"target": target_in(text, "clip"), "fit": fit})]
    if _has(r"\bduplicate|\bcopy|复制", text) and clipish:
        return [Operation("loop", {"target": target_in(text, "clip"), "times": 2})]
    return None


def _place_tail(text: str) -> str:
    """The words after "move … to/after/before" (or 移到…): where it should go."""
    match = re.search(
        r"\b(?:to|after|before|into)\b.*$|(?:移到|放到|挪到|调到|排到|移动到).*$", text
    )
    return match.group(0) if match else ""


def _strip_place(text: str) -> str:
    return re.sub(r"\b(?:to|after|before)\b.*$|(?:移到|放到|挪到|调到|排到).*$", "", text)
