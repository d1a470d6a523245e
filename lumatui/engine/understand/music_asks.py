"""Pure: reading requests about background music (add, replace, remove, volume, fade)."""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation, ref
from lumatui.engine.understand.music_cues import music_cue
from lumatui.engine.understand.prepared_text import Prepared
from lumatui.engine.understand.slots import (
    FADE_BOTH,
    LOWERED_TO,
    MUSIC,
    NUM,
    SEC,
    UPLOAD,
    at_time,
    by_percent,
    fade_op,
    first_n,
    for_seconds,
    has,
    range_in,
    relative_volume,
    seconds_in,
    volume_in,
)
from lumatui.engine.understand.style_words import mood_in

# "calm music at 25% volume": music named with no verb at all, a request to have it
_MUSIC_NAMED = (
    r"^(?!.*\b(?:louder|quieter|softer|lower|higher|turn|down|up)\b)"
    r"(?!(?:make|turn|set|put|change|have|get|let|is|are|can|could|the|my|this|that|it)\b)"
    r"(?:some |a |an )?(?:[\w-]+ ){0,3}?(?:music|song|bgm|soundtrack|tune|track)\b"
    r"(?! (?:is|was|should|needs)\b)"
)


def read_music(text: str, prepared: Prepared) -> list[Operation] | None:
    music = has(MUSIC, text)
    if not music:
        return None
    mood = mood_in(text)
    volume = None if by_percent(text) is not None else volume_in(text)
    both = has(FADE_BOTH, text)
    fade_in = both or has(r"fad(?:e[sd]?|ing)\s*(?:it\s+|the music\s+)?in\b|淡入|渐入|渐强", text)
    fade_out = both or has(
        r"fad(?:e[sd]?|ing)\s*(?:it\s+|the music\s+)?out\b|淡出|渐出|渐弱|fade away", text
    )
    if has(r"\bfade\b", text) and not (fade_in or fade_out):
        fade_in = fade_out = True
    fade_ms = int((seconds_in(text) or 1.5) * 1000)
    target = ref("bgm")
    if cue := music_cue(text):  # "stop the music when the shop window appears"
        return [Operation("time_music", {"target": target, "cue": cue})]
    if not has(LOWERED_TO, text) and has(
        r"\bremove|\bdelete|\bdrop|\bno\s+(?:background\s+)?music|"
        r"\bwithout|get rid|\bdon'?t (?:want|need)|"
        r"\bdo not (?:want|need)|\btake (?:\w+ ){0,3}?out\b|\bkill|"
        r"\bturn off|\bstop the|\btake (?:\w+ ){0,3}?away\b|"
        r"\b(?:cut|drop|kill|lose|ditch) (?:the |my )?(?:music|song|bgm|soundtrack|audio)\W*$|"
        r"删除|删掉|删了|去掉|不要|移除|取消|关掉|去除|拿掉",
        text,
    ):
        if has(r"\bmute\b|静音", text):
            return [Operation("set_volume", {"target": target, "volume": 0.0})]
        return [Operation("remove_music")]
    if has(r"\bmute\b|静音|silence", text):
        return [Operation("set_volume", {"target": target, "volume": 0.0})]
    upload = has(UPLOAD, text)
    timing = music_timing(text)
    if (fade_in or fade_out) and not range_in(text):
        timing = None  # "fade it in over the first second": the fade's length, not a timing
    adding = has(r"\badd\b|\binclude\b|\bput\b|加|添加|配上", text)
    if timing and not adding:  # "start the music at 2s", "the music 5 seconds long"
        return [Operation("time_music", {"target": target, **timing})]
    ops: list[Operation] = []
    if has(
        r"\breplace|\bchange|\bswap|\bswitch|\bdifferent|\banother|\bnew\b|\binstead|换|替换|改成|改为|换成",
        text,
    ) and not has(r"volume|音量|louder|quieter", text):
        args: dict[str, object] = {"mood": mood, "upload": upload}
        if volume is not None:
            args["volume"] = volume
        ops.append(Operation("replace_music", {k: v for k, v in args.items() if v is not None}))
    elif (
        (
            has(
                r"\badd|\bput|\binclude|\bgive|\bplay|\bwith|\bgenerate|\bcreate|\bmake|\buse|"
                r"\bset|\bneed|\bwant|\bprefer|\bwould (?:like|love)|\b'?d (?:like|love)|"
                r"加|添加|配|来|放|用|生成|需要|要",
                text,
            )
            or (mood and has(_MUSIC_NAMED, text))
        )
        and not (volume is not None and has(r"volume|音量|\bset\b.*\bto\b", text) and not mood)
        and not has(r"\blouder|\bquieter|\bsofter|\blower\b|\bturn (?:it )?(?:up|down)", text)
    ):
        if has(r"\badd\s+(?:a\s+|an\s+)?(?:[\d.]+\s*-?\s*(?:s|secs?|seconds?)\s+)?fade", text):
            return [fade_op(target, fade_in, fade_out, fade_ms)]
        named = bool(mood) and has(_MUSIC_NAMED, text)  # "calm music, fading out": new music
        if (
            (fade_in or fade_out)
            and not named
            and not has(r"\badd\b.*\b(?:music|bgm|song)|加.*音乐|配乐", text)
        ):
            return [fade_op(target, fade_in, fade_out, fade_ms)]
        args = {"mood": mood, "upload": upload, "volume": volume}
        ops.append(Operation("add_music", {k: v for k, v in args.items() if v is not None}))
    if fade_in or fade_out:
        ops.append(fade_op(target, fade_in, fade_out, fade_ms))
    if timing and ops:
        ops.append(Operation("time_music", {"target": target, **timing}))
    if (
        volume is not None
        and not ops
        and mood
        and not has(r"volume|音量|louder|quieter|\bturn", text)
    ):
        # "romantic strings under it all, 25%": music of a mood, at a level
        ops.append(Operation("replace_music", {"mood": mood, "volume": volume}))
    elif volume is not None and not ops:
        ops.append(Operation("set_volume", {"target": target, "volume": volume}))
    elif not ops:
        change = relative_volume(text)
        if change:
            ops.append(Operation("set_volume", {"target": target, "change": change}))
        elif mood:
            ops.append(Operation("replace_music", {"mood": mood}))
        elif has(r"\bloop|循环|重复", text):
            ops.append(Operation("loop", {"target": target}))
        elif has(_BARE_MUSIC, text):  # "elegant background music"
            ops.append(Operation("add_music", {"upload": False}))
    return ops or None


_BARE_MUSIC = (
    r"^(?:some |a |an )?(?:[a-z'-]+ ){0,3}(?:background )?(?:music|bgm|soundtrack|tunes?|beats?)"
    r"(?: please| pls| too| underneath| under it)?\W*$|"
    r"^(?:music|song|bgm|soundtrack)\s*[:,-]?\s*[a-z' -]{1,40}$"  # "music sea shanty"
)


def music_timing(text: str) -> dict[str, float] | None:
    """When the music plays: "from 2s to 6s", "for the first 5 seconds", "start at 2s"."""
    if span := range_in(text):
        return {"start": span[0], "duration": span[1] - span[0]}
    if (first := first_n(text)) is not None:
        return {"start": 0.0, "duration": first}
    timing: dict[str, float] = {}
    if has(r"\bstart|\bbegin|\bcome in|\bkick in|开始|进来|响起", text) and (
        (start := at_time(text)) is not None
    ):
        timing["start"] = start
    long = re.search(NUM + SEC + r"\s*long\b|(?:持续|只放|播放)" + NUM + r"秒", text)
    if long:
        timing["duration"] = float(next(g for g in long.groups() if g))
    elif (span_for := for_seconds(text)) is not None:
        timing["duration"] = span_for
    return timing or None
