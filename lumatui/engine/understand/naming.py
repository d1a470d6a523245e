"""Pure: how a clause names a segment, and a place on the timeline.

A segment: by order ("clip 2", "the second one", "the last clip"), by what it shows ("the
lighthouse one", "the clip of the harbour", "森林那段"), by "it"/"that", or all of them.
A place: "at the start", "to the end", "after clip 2", "right after the sunset", "before
it", "放到日落后面". Content words are kept as words; :mod:`references` matches them against
the draft's clips, so nothing here needs the draft.
"""

from __future__ import annotations

import re
from typing import Any

from lumatui.engine.operations import ref
from lumatui.engine.understand.slots import ALL_REF, IT_REF, ORDINALS, index_refs

NOUN = r"(?:clips?|shots?|videos?|scenes?|ones?|parts?|segments?)"
_LABELLED = re.compile(
    r"(?:\b(?:the|that|this)\s+|^(?:please\s+)?(?:delete|remove|drop|trim|cut|move|put|mute|"
    r"shorten|split|duplicate|copy|swap|lose|ditch|unmute|fade|speed up|slow down|get rid of)\s+)"
    r"((?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+"
    + NOUN
    + r"\b(?!\s*#?\s*\d+(?:\.\d+)?\b(?!\s*-?\s*(?:s\b|secs?\b|seconds?\b|x\b|%|times\b)))"
)
_SHOWING = re.compile(
    r"\bthe\s+(?:clip|one|shot|video|scene)\s+(?:of|with|showing|that shows|where)\s+"
    r"(?:the\s+|a\s+|an\s+)?((?:[a-z'-]+\s*){1,3})"
)
_MADE = re.compile(r"\b(?:make|set|turn|speed up|slow down|mute|unmute|fade)\s+the\s+([a-z'-]+)\b")
_BARE = re.compile(
    r"\b(?:delete|remove|drop|ditch|lose|mute|move|trim|cut|shorten|duplicate|copy|speed up|"
    r"slow down|get rid of|put)\s+the\s+((?:[a-z'-]+\s+)?[a-z'-]+)"
    r"(?=\s*$|\s+(?:to|after|before|at|by|and|first|last|clip|one|shot|between|into|in|from|with|over|so|twice|\d)\b)"
)
# "cut the last second off the sunset", "2 seconds for the city clip"
_OFF_THE = re.compile(
    r"\b(?:off|of|from|for)\s+the\s+((?:[a-z'-]+\s+)?[a-z'-]+?)(?:\s+(?:clip|one|shot|video|scene))?\s*$"
)
# "speed the runner up", "slow the waves down"
_PARTICLE = re.compile(
    r"\b(?:speed|slow|cut|trim|tone|turn|fade)\s+the\s+((?:[a-z'-]+\s+)?[a-z'-]+)\s+"
    r"(?:up|down|back|out|in)\b"
)
# "把 rain 那个放到后面": an English name in a Chinese sentence
_MIXED = re.compile(
    r"([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)\s*(?:的)?\s*(?:那个|那段|这个|这段|片段|视频|镜头|clip\b)"
)
NOT_LABELS = {
    *ORDINALS,
    "next",
    "other",
    "whole",
    "entire",
    "new",
    "same",
    "uploaded",
    "generated",
    "previous",
    "current",
    "this",
    "that",
    "video",
    "my",
    "the",
    "a",
    "an",
    "one",
    "both",
    "all",
    "each",
    "every",
    "two",
    "three",
    "four",
    "five",
    "delete",
    "remove",
    "drop",
    "trim",
    "cut",
    "move",
    "put",
    "make",
    "mute",
    "speed",
    "slow",
    "shorten",
    "split",
    "swap",
    "fade",
    "place",
    "get",
    "rid",
    "of",
    "lose",
    "ditch",
    "kill",
    "erase",
    "toss",
    "take",
    "out",
    "title",
    "music",
    "text",
    "caption",
    "background",
    "song",
    "audio",
    "sound",
    "middle",
    "end",
    "start",
    "beginning",
    "and",
    "with",
    "then",
    "just",
    "made",
    "added",
    "shorter",
    "longer",
    "faster",
    "slower",
    "only",
    "more",
    "less",
    "set",
    "change",
    "show",
    "reverse",
    "loop",
    "copy",
    "duplicate",
    "extend",
    "lengthen",
    "bring",
    "shift",
    "push",
    "pull",
    "drag",
    "stick",
    "clip",
    "clips",
    "shot",
    "scene",
    "photo",
    "image",
    "picture",
    "from",
    "into",
    "for",
    "was",
    "is",
    "are",
    "last",
    "latest",
    "final",
    "little",
    "big",
    "short",
    "long",
    "ending",
    "opening",
    "intro",
    "outro",
    "colors",
    "colours",
    "color",
    "colour",
    "brightness",
    "volume",
    "length",
    "duration",
    "transition",
    "transitions",
    "fades",
    "canvas",
    "frame",
    "thing",
    "edit",
    "timeline",
    "project",
    "rest",
    "pace",
    "subtitle",
    "subtitles",
    "captions",
    "titles",
    "texts",
    "words",
    "font",
    "overall",
    "total",
    "tracks",
    "track",
    "order",
    "sequence",
    "contrast",
    "saturation",
    "filter",
}
_CJK_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,8}?)的?(?:那段|那个|那条|那张|这段|这个|片段|镜头|视频|画面)"
)
CJK_LEAD = re.compile(
    r"^(?:算了|还是|那就|请|帮我|麻烦|把|将|给|让|删除|删掉|去掉|移除|剪掉|不要|加速|放慢|静音|复制|淡出|淡入|"
    r"移动|挪|剪|裁|换)+"
)
CJK_NOT_LABELS = re.compile(
    r"^(?:整个|所有|全部|每个|每|这|那|新|上传|我|我的|刚才|刚|刚刚|刚生成|上一个|最后|第\d+|"
    r"一个|两个|原|它|其他|背景音乐|音乐)"
)


def text_role(text: str) -> str | None:
    """ "The title" / "the caption" / "the text" named as what an edit is about."""
    if match := re.search(
        r"\bthe (title|caption|subtitle|text|headline|heading|writing|wording|words|lettering)\b|"
        r"(标题|字幕|文字)",
        text,
    ):
        word = (
            match.group(1) or {"标题": "title", "字幕": "caption", "文字": "text"}[match.group(2)]
        )
        same = {"subtitle": "caption", "headline": "title", "heading": "title"}
        return same.get(word, word if word in ("title", "caption") else "text")
    return None


def label_words(text: str) -> list[str]:
    """Words naming a clip by what it shows: "the sunset clip" → ["sunset"]."""
    for pattern in (_SHOWING, _LABELLED, _BARE, _PARTICLE, _MADE, _MIXED, _OFF_THE):
        match = pattern.search(text)
        if match:
            words = [w for w in match.group(1).split() if w not in NOT_LABELS and len(w) > 2]
            if words:
                return words
    return []


_CJK_HANDLED = re.compile(
    r"^(?:请|帮我)?(?:把|将)([\u4e00-\u9fff]{1,8}?)(?:放|移|挪|调|排|删|剪|去|静音|加速|减速|复制|$)"
)


def cjk_label(text: str) -> str | None:
    """The Chinese words before 那段/那个/片段: "把森林那段放到最前面" → "森林", or after 把:
    "把骆驼放在沙漠前面" → "骆驼"."""
    fronted = re.match(r"^(?:把|将)?(?:那个|那段|这个|这段)([\u4e00-\u9fff]{1,8}?)的", text)
    if fronted and not CJK_NOT_LABELS.match(fronted.group(1)):
        return fronted.group(1)  # "那个扇贝的稍微放慢一点"
    dropped = re.search(  # "猫那段不要了": the particle after it is not a name
        r"(?:删掉|删除|去掉|移除|剪掉|复制|不要)(?![了吧啦哈啊])([\u4e00-\u9fff]{1,8}?)[了吧啦哈啊]*$",
        text,
    )
    if (
        dropped
        and not CJK_NOT_LABELS.match(dropped.group(1))
        and not re.search(
            r"标题|字幕|文字|音乐|视频|片段|镜头|画面|声音|转场|淡入|淡出|它|一半", dropped.group(1)
        )
    ):
        return dropped.group(1)
    handled = _CJK_HANDLED.match(text)
    if (
        handled
        and not CJK_NOT_LABELS.match(handled.group(1))
        and not re.search(r"标题|字幕|文字|音乐|视频|片段|镜头|画面|声音", handled.group(1))
    ):
        return handled.group(1)
    for match in _CJK_LABEL.finditer(text):
        words = CJK_LEAD.sub("", match.group(1))
        owned = text[match.end(1) : match.end(1) + 1] == "的"  # "马的那个": one character will do
        if len(words) >= (1 if owned else 2) and not CJK_NOT_LABELS.match(words):
            return words
    return None


def several_in(text: str) -> list[int]:
    """Clips named together: "clip 2 and clip 3", "clips 1 and 3", "the first two clips",
    "the last 2 clips", "前两个片段", "最后两个片段", "第1和第3个片段"."""
    if match := re.search(r"\b(first|last)\s+(\d)\s+(?:clips|shots|ones|videos|scenes)\b", text):
        n = int(match.group(2))
        return list(range(1, n + 1)) if match.group(1) == "first" else list(range(-n, 0))
    if match := re.search(r"(前|最后)(\d)(?:个|段)(?:片段|视频|镜头)?", text):
        n = int(match.group(2))
        return list(range(1, n + 1)) if match.group(1) == "前" else list(range(-n, 0))
    found = [int(n) for n in re.findall(r"(?:clips?\s*|第)(\d+)(?![\d.]|\s*(?:s\b|sec|秒))", text)]
    if len(found) == 1 and (
        more := re.findall(r"(?:and|,|&|和|与)\s*(?:clip\s*|第)?(\d+)\b", text)
    ):
        found += [int(n) for n in more]
    return list(dict.fromkeys(found)) if len(found) > 1 else []


def swap_sides(text: str) -> tuple[list[str], list[str]] | None:
    """The two clips of "swap the bear and the eagle" / "把熊和鹰交换", by what they show."""
    body = re.sub(
        r"\b(?:swap|switch|exchange|trade)\b|\b(?:around|places|positions|over)\b|"
        r"交换|互换|调换|对调|位置|一下|把|将",
        " ",
        text,
    )
    sides = re.split(r"\s+(?:and|with|&|for)\s+|和|与|跟", body, maxsplit=1)
    if len(sides) != 2:
        return None
    named = []
    for side in sides:
        words = [w for w in re.sub(NOUN, " ", side).split() if w not in NOT_LABELS and len(w) > 2]
        cjk = CJK_LEAD.sub("", re.sub(r"[^\u4e00-\u9fff]|片段|视频|镜头|那段|那个|的", "", side))
        named.append(words or ([cjk] if cjk and not CJK_NOT_LABELS.match(cjk) else []))
    return (named[0], named[1]) if named[0] and named[1] else None


_NTH_NAMED = re.compile(
    r"\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+([a-z][a-z'-]{2,})\s+"
    r"(?:one|clip|shot|video|scene)s?\b"
)
# "one of them", "remove one", "其中一个": a clip, but which is not said.
_ONE_OF = re.compile(
    r"\b(?:one|any) of (?:them|these|those|the (?:clips|videos|shots|scenes))\b|"
    r"^(?:please\s+)?(?:remove|delete|drop|cut|trim|shorten|speed up|slow down|mute)\s+one\W*$|"
    r"其中(?:一个|一段|1个|1段)|^(?:删掉|删除|去掉|删)(?:1个|一个|1段|一段)\W*$"
)


def target_in(text: str, kind: str) -> dict[str, Any]:
    """Which segment a clause means: all, an index, a content reference, "it", or unsaid."""
    if ALL_REF.search(text):
        return ref(kind, all=True)
    if re.search(r"\b(?:the )?middle (?:one|clip|shot|scene)\b|中间(?:那个|那段|的)", text):
        return ref(kind, middle=True)
    if _ONE_OF.search(text):
        return ref(kind, which=True)
    if (nth := _NTH_NAMED.search(text)) and nth.group(2) not in NOT_LABELS:
        # "the first skewers one": the first of the clips that show skewers
        return ref(kind, words=[nth.group(2)], nth=ORDINALS[nth.group(1)])
    indexes = [i for _, i in index_refs(text)]
    if indexes:
        return ref(kind, index=indexes[0])
    if re.search(r"最后(?:那|1)?(?:个|段|条|张)|(?:最后|末尾)(?:的)?(?:那个|那段)", text):
        return ref(kind, index=-1)  # "删掉最后那个"
    words = label_words(text)
    if not words and (label := cjk_label(text)):
        words = [label]
    if words:
        return ref(kind, words=words)
    named = _CJK_NAMED.search(text)
    name = CJK_LEAD.sub("", named.group(1)) if named else ""
    if name and not _CJK_PRONOUN.fullmatch(name) and not CJK_NOT_LABELS.match(name):
        return ref(kind, words=[name])  # "猫那个慢一点", "湖那段加一秒"
    if re.search(
        r"\b(?:the|my|our|that|this) (?:photo|picture|image|pic|still)\b|照片|图片|相片", text
    ):
        return ref(kind, words=["photo"])  # "can the photo go after the curtains": the still's clip
    if IT_REF.search(text):
        return ref(kind, it=True)
    return ref(kind)


_CJK_NAMED = re.compile(
    r"(?:^|把|将|给|让)?\s*([\u4e00-\u9fff]{1,6}?|[a-z][a-z'-]+(?:\s[a-z'-]+)?)\s*的?"
    r"(?:那个|那段|这个|这段|那条|这条)"
)
_CJK_PRONOUN = re.compile(r"刚才|刚刚|上一?|前面|后面|最后|第\d+|它|这|那|把|将|最新")
