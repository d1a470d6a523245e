"""Pure: reading requests about on-screen text (titles, captions, text) from one clause."""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation
from lumatui.engine.understand.naming import target_in
from lumatui.engine.understand.prepared_text import PLACEHOLDER, Prepared
from lumatui.engine.understand.slots import (
    NUM,
    SEC,
    at_time,
    first_n,
    for_seconds,
    has,
    last_n,
    range_in,
    seconds_in,
)
from lumatui.engine.understand.style_words import color_in, position_in, text_anim_in

TEXT_NOUN = (
    r"\btitles?\b|\bcaptions?\b|\bsubtitles?\b|\btexts?\b|\bheading\b|\bheadline\b|lower third|"
    r"\bwords\b|\boverlay\b|\btagline\b|\blabel\b|\bwriting\b|\bwording\b|\blettering\b|"
    r"\bletters\b|标题|字幕|文字|文本|文案|大字|^(?:那些|这些|上面的)?字(?!幕)"  # "字放上面"
)
_ADD = (
    r"\badd|\bput|\binsert|\bwrite|\bshow|\bdisplay|\bplace|\bcreate|\bmake|\binclude|\bgive|"
    r"加|添加|写|放|显示|打上|配上|来"
)
_REMOVE = (
    r"\bremove|\bdelete|\bdrop|\bget rid|\bhide|\berase|\bno\s+(?:title|caption|text)|"
    r"\blose\b|\bditch|\bkill|\btoss|\btake (?:\w+ ){0,2}?(?:off|out|away)|"
    r"删除|删掉|去掉|移除|不要|取消|隐藏"
)
_CHANGE = (
    r"\bchange|\bedit|\brename|\breplace|\bupdate|\bretitle|\bfix|\breword|\bsay\b|\bread\b|"
    r"改成|改为|换成|修改|更改|替换|改一下|变成"
)
_SAID = re.compile(
    r"(?:saying|that says|which says|says|say|reading|that reads|reads|with the (?:text|words?)|"
    r"with text|called|named|titled|to read|写着|内容是|内容为|文字是|文字为|标题是|标题为|字幕是|"
    r"叫做|叫|[:：])\s*(.+?)(?=\s+(?:at|for|from|on|in|to|during|until)\s+(?:the\s+)?(?:top|bottom|"
    r"cent|middle|first|last|start|end|beginning|whole|\d)|\s*(?:在|放在|持续|显示|从|，|,)|$)"
)
_SIZE_PX = re.compile(
    r"(?:size|font size|font)\s*(?:to|of|=|:)?\s*(\d{2,3})\b|(\d{2,3})\s*(?:px|pt)\b|"
    r"字号\s*(?:改成|为|设为)?\s*(\d{2,3})"
)


def text_kind(text: str) -> str:
    if has(r"caption|subtitle|lower third|字幕", text):
        return "caption"
    if has(r"title|heading|headline|标题|大字", text):
        return "title"
    return "text"


def said_text(text: str, prepared: Prepared) -> str | None:
    """The words to show: a quote, or what follows "saying", "写着", "标题："."""
    quote = prepared.quote_in(text)
    if quote is not None:
        return quote
    match = _SAID.search(text)
    if match:
        words = match.group(1).strip(" .,!。，")
        if words and not PLACEHOLDER.fullmatch(words):
            return prepared.cased(words)
    return None


def size_change(text: str) -> int | float | None:
    """A pixel size (int), a scale factor (float), or None."""
    if match := _SIZE_PX.search(text):
        return int(next(g for g in match.groups() if g))
    if has(r"\btoo (?:small|tiny)|太小", text):
        return 1.3
    if has(r"\btoo (?:big|large|huge)|太大", text):
        return 0.75
    if has(
        r"\bbigger|\blarger|\bbig\b|\blarge\b|\bhuge|"
        r"\bgiant|\benlarge|\bincrease the size|大一|放大|"
        r"大点|加大|变大|大些|更大|改大|调大",
        text,
    ):
        return 1.4 if has(r"much|huge|giant|很|非常", text) else 1.3
    if has(
        r"\bsmaller|\bsmall\b|\btiny|\bshrink|\bdecrease the size|小一|缩小|小点|变小|小些|更小",
        text,
    ):
        return 0.75
    return None


def style_args(text: str) -> dict[str, object]:
    args: dict[str, object] = {}
    if position := position_in(text):
        args["position"] = position
    if color := color_in(text):
        args["color"] = color
    size = size_change(text)
    if isinstance(size, int):
        args["size"] = size
    elif isinstance(size, float):
        args["scale"] = size
    if anim := text_anim_in(text):
        args["anim"] = anim
    if anim == "fade":  # the contract's alpha fades, in whichever direction was asked
        fade_out = has(r"fade[sd]?\s*(?:it\s+|the \w+\s+)?out|fade away|淡出|渐隐|渐出", text)
        fade_in = has(r"fade[sd]?\s*(?:it\s+|the \w+\s+)?in\b|淡入|渐显|渐入", text)
        ms = int((seconds_in(text) or 0.5) * 1000) if not has(r"\bat\s+\d", text) else 500
        if fade_in or not fade_out:
            args["fade_in"] = ms
        if fade_out or not fade_in:
            args["fade_out"] = ms
    return args


def timing_args(text: str) -> dict[str, object]:
    """Start, duration and anchor for text from "for the first 3 seconds", "at 2s for 1.5 s"…"""
    args: dict[str, object] = {}
    lasts = re.search(
        r"(?:\blast(?:s|ing)?|\bstay(?:s)?|\bremain(?:s)?)\s+(?:for\s+)?" + NUM + SEC, text
    )
    if lasts and not re.search(r"(?:for|in|during)\s+the\s+last\s+" + NUM, text):
        args["duration"] = float(lasts.group(1))
    if span := range_in(text):
        args["start"], args["duration"] = span[0], span[1] - span[0]
        return args
    if (first := first_n(text)) is not None:
        args["start"], args["duration"] = 0.0, first
        return args
    if (last := last_n(text)) is not None and "duration" not in args:
        args["anchor"], args["duration"] = "end", last
        return args
    if (start := at_time(text)) is not None:
        args["start"] = start
    if (span_for := for_seconds(text)) is not None:
        args["duration"] = span_for
    until = re.search(
        r"(?:\bdisappear|\bend|\bgo away|\bvanish|\bhide|\buntil|\btill|消失|结束|到)\w*\s*"
        r"(?:at\s+|in\s+)?(?:第)?" + NUM + r"\s*(?:seconds?|secs?|s\b|秒)"
        r"|第?" + NUM + r"秒(?:时|处|的时候)?(?:消失|结束)",
        text,
    )
    if until and "start" in args and "duration" not in args:
        end = float(next(g for g in until.groups() if g is not None))
        args["duration"] = max(0.1, end - float(str(args["start"])))
    sized = re.search(
        NUM + r"\s*-?\s*(?:seconds?|secs?|s)\s+(?:long\s+)?(?:\w+\s+)?(?:title|caption|text)", text
    )
    if sized and "duration" not in args:
        args["duration"] = float(sized.group(1))
    if (
        has(r"\b(?:until|till|to) the end\b|直到结尾|到结尾|到最后", text)
        and "duration" not in args
    ):
        args["until_end"] = True
        return args
    if "start" not in args and has(
        r"\b(?:at|to) the end\b|\bin the end\b|\bending\b|\boutro\b|结尾|最后|末尾", text
    ):
        args["anchor"] = "end"
    elif "start" not in args and has(
        r"\bat the (?:start|beginning)|\bintro\b|\bopening\b|开头|开始", text
    ):
        args["start"] = 0.0
    if has(
        r"whole video|entire video|throughout|all the way|the whole (?:time|way|thing)|"
        r"全程|整个视频|一直",
        text,
    ):
        args["anchor"] = "whole"
    if "duration" not in args and (m := re.search(r"(?:显示|持续|出现)" + NUM + r"秒", text)):
        args["duration"] = float(m.group(1))
    return args


def _rewording(text: str, prepared: Prepared) -> list[Operation] | None:
    """``change "Urban Dreams" to "City Nights"``: the first quote names the text to reword."""
    found = [prepared.quotes[int(n)] for n in PLACEHOLDER.findall(text)]
    if len(found) < 2 or not has(_CHANGE + r"|\bturn\b|\bswap\b|\binstead\b", text):
        return None
    target = {"kind": "text", "text_is": found[0]}
    return [Operation("edit_text", {"target": target, "txt": found[1]})]


# Words a text on screen is known by when it says a fact: "change the price to £435,000"
_FACTS = (
    r"price|cost|date|time|times|hours|opening hours|phone(?: number)?|number|address|website|"
    r"url|web address|email|handle|offer|discount|deal|slogan|tagline|year|venue|location|"
    r"sale|promo code|code|name"
)
_FACT_CHANGE = re.compile(
    rf"^(?:could you |can you |please |would you )?(?:change|update|set|fix|correct|make)\s+"
    rf"(?:the|our|my)\s+({_FACTS})\s+(?:to|into|say|read)\s+(.+?)(?:\s+(?:please|instead))?\W*$"
)


def _fact_change(text: str, prepared: Prepared) -> list[Operation] | None:
    """ "Change the price to £435,000": the text added as the price, or that looks like one."""
    match = _FACT_CHANGE.match(text)
    if not match:
        return None
    said = prepared.quote_in(match.group(2)) or prepared.cased(match.group(2))
    target = {"kind": "text", "fact": match.group(1), "like": said}
    return [Operation("edit_text", {"target": target, "txt": said})]


def read_text_request(text: str, prepared: Prepared) -> list[Operation] | None:
    if reworded := _rewording(text, prepared) or _fact_change(text, prepared):
        return reworded
    noun = has(TEXT_NOUN, text)
    quote = prepared.quote_in(text)
    if not noun and quote is None:
        if has(r"\b(?:it|that|them)\b|它", text) and (
            color_in(text)
            or size_change(text)
            or (position_in(text) and has(r"\b(?:put|move|place|shift|stick)\b|放到|移到", text))
        ):  # "make it red", "put it at the top" right after a text edit
            return [
                Operation(
                    "style_text", {"target": {"kind": "text", "it": True}, **style_args(text)}
                )
            ]
        return None
    kind = text_kind(text)
    target = target_in(text, "text")
    if kind != "text" and not target.get("all"):
        target["role"] = kind
    if has(_REMOVE, text) and noun:
        return [Operation("remove_text", {"target": target})]
    words = said_text(text, prepared)
    style = style_args(text)
    timing = timing_args(text)
    existing = has(
        r"\bthe (?:\w+ )?(?:title|caption|text|subtitle|heading|headline|writing|wording|"
        r"lettering|letters|words)\b|(?<!on )(?<!to )(?<!over )\bit\b|\bthat\b|"
        r"\bmy (?:title|caption)|^(?:title|caption|subtitle)\b(?!.*§)|"
        r"\b(?:change|edit|rename|update|fix|reword|retitle)\s+(?:title|caption|subtitle|text)\b|"
        r"(?<![加个一添])(?:标题|字幕|文字)(?![:：])|^(?:那些|这些|上面的)?字(?!幕)",
        text,
    ) and not has(
        r"\b(?:a|an|another|new|one more|second|some)\s+(?:\w+\s+)?(?:title|caption|text|subtitle)|"
        r"(?:加(?![大粗长快速])|添加|来个|打上|配上)",
        text,
    )
    if quote is not None and (
        re.match(
            r"(?:(?:please|could you|can you|would you|will you|maybe|just)\s+)*"
            r"(?:add|put|insert|write|place|include)\b",
            text,
        )
        or has(r"\b(?:add|put|insert|write|place|include)\s+(?:the\s+)?(?:words?\s+)?§\d+§", text)
    ):
        existing = False  # "would you be so good as to put the words 'Happy 7th…' in the middle"
    if quote is not None and has(
        r"\b(?:i'?d like|i would like|i want|can i (?:have|get)|give me)\b", text
    ):
        existing = False  # "I'd like the words 'Summer' in the middle": new words
    if (
        existing
        and has(_CHANGE, text)
        and words is not None
        and not has(r"colou?r|size|position|font|颜色|字号|位置|大小", text)
    ):
        return [Operation("edit_text", {"target": target, "txt": words})]
    styled_only = words is None and has(r"动画|效果|\banimation|\banimate|\beffect", text)
    if existing or styled_only or (not has(_ADD, text) and words is None):
        ops = []
        moving = has(
            r"\bmove|\bshift|\bshow|\bappear|\bstart|\bbegin|\blast|\bstay|\bdisplay|"
            r"\bkeep|\bhold|\bduration|\blong|\bend\b|\bfor\b|移|出现|显示|持续|开始|停留|结尾|最后|"
            r"开头|时长|提前|推迟",
            text,
        )
        if timing and moving:
            ops.append(Operation("time_text", {"target": target, **timing}))
        if style:
            ops.append(Operation("style_text", {"target": target, **style}))
        if ops:
            return ops
        if words is not None and existing:
            return [Operation("edit_text", {"target": target, "txt": words})]
        if existing and words is None and not has(r"\badd\b|\binsert\b|加|添加", text):
            return None  # about the text already there, but nothing this reader knows
        if not noun:
            return None
    if words is None:
        if not has(_ADD, text):
            return None
        words = "Title" if kind == "title" else "Caption" if kind == "caption" else "Text"
        if prepared.chinese:
            words = {"title": "标题", "caption": "字幕"}.get(kind, "文字")
    args: dict[str, object] = {"kind": kind, "txt": words, **timing, **style}
    if named := _NAMED_WORDS.search(text):
        args["name"] = named.group(1)
    return [Operation("add_text", args)]


# "add the price '$1,250,000'", "put our phone number '555…'": what the words are
_NAMED_WORDS = re.compile(
    r"\b(?:the|our|my|a|an)\s+((?!title|caption|text|subtitle|words|line|heading|headline)"
    r"[a-z]+(?: [a-z]+)?)\s+(?:§\d+§|saying|that says)"
)
