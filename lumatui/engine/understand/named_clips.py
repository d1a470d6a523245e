"""Pure: a clip named by a bare word of what it shows, said first ("graffiti first",
"kettlebell at double speed", "volcano: slow it to half speed").

Without the draft these read as anything: a scene, a heading, a remark. With it, a first
word that is in a clip's label (and is not a word of the editor's own) names that clip, and
the message is spelled out as the edit of "the graffiti one" it stands for.
"""

from __future__ import annotations

import re

from lumatui.engine.edit.timeline import clips
from lumatui.protocol.draft import Draft

# Words of the editor itself: never a clip's name, whatever the labels say.
_OWN = {
    "clip",
    "clips",
    "shot",
    "scene",
    "video",
    "title",
    "caption",
    "text",
    "music",
    "song",
    "first",
    "second",
    "third",
    "last",
    "next",
    "then",
    "now",
    "make",
    "move",
    "trim",
    "delete",
    "remove",
    "speed",
    "slow",
    "fade",
    "generate",
    "another",
    "also",
    "please",
    "that",
    "this",
    "with",
    "from",
    "into",
    "over",
    "under",
    "more",
    "less",
    "some",
    "very",
    "just",
    "only",
}
_HEAD = re.compile(
    r"^(?:now |ok |okay |and |so )?(?:the )?([a-z][a-z'-]{2,})(?: clip| one| shot)?\s*:\s*(.+)$"
)
_NAMED_THEN_IT = re.compile(
    r"^(?:(?:now|ok|okay|and|so|wah|eh|oh|ooh|yo|hey|wow|no|sorry|oops)[,!]? )*"
    r"(?:i meant |i mean |i meant to say )?(?:the |that |this )?"
    r"((?:[a-z][a-z'-]{2,} ){0,2}[a-z][a-z'-]{2,}) (?:one|clip|shot)"
    # what is said of it before the comma is a remark, not an edit ("…one's over in a flash")
    r"(?:(?:'s|\s)(?![^,.;]*\b(?:should|play|speed|slow|fast|trim|cut|move|make|fade|go|put|"
    r"delete|remove|half|double|needs?|must)\b)[^,.;]*)?\s*[,:;-]\s*(.*\bit\b.*)$"
)
# "nets one shorter by a sec", "finish one 1.5 seconds longer": "the" left out
_BARE_ONE = re.compile(
    r"^(?:now |ok |okay |and |so )?(?:the )?([a-z][a-z'-]{2,}) (?:one|clip|shot)\b(.*)$"
)
# "could the candle be a little longer": "the candle" names the candle clip
_THE_NAME = re.compile(
    r"\b(?:the|that|this) ([a-z][a-z'-]{2,})\b"
    r"(?: (?:exercise|stretch|bit|part|piece|footage|section|moment)\b)?"
    r"(?! (?:one|clip|shot|video|scene|part)s?\b)"
    r"(?! (?:words|title|caption|text|writing|lettering|music|song)\b)"  # "the birthday words"
)
_MOVING = re.compile(r"\b(?:place|put|move|after|before|behind|ahead of|in front of)\b")
# "cut deadlift to 2s", "ditch skatepark": an edit, then a clip's name with no "the"
_VERB_NAME = re.compile(
    r"^((?:(?:please|now|ok|and|then)\s+)*(?:cut|trim|shorten|lengthen|extend|delete|remove|drop|"
    r"ditch|mute|speed up|slow down|slow|speed|move|put|fade out|fade in|fade|duplicate)\s+)"
    r"(?!(?:the|this|that|these|those|all|every|each|my|our|its?|them|both|music|song|title|"
    r"text|caption|audio|sound|clips?|first|last|second|third)\b)"
    r"([a-z][a-z'-]{2,})\b(?! (?:one|clip|shot|video|scene)s?\b)(.*)$"
)
_LEAD = re.compile(
    r"^(?:now |ok |okay |and |so )?(?:the )?([a-z][a-z'-]{2,}(?: [a-z][a-z'-]{2,})?)\s+"
    r"(at|in|to|first|last|should|goes|go|is|needs|has|could|can|faster|slower|shorter|longer)\b(.*)$"
)
# "treadmill 1.5x": a clip's name and a speed, nothing else
_NAME_SPEED = re.compile(
    r"^(?:the )?([a-z][a-z'-]{2,}(?: [a-z][a-z'-]{2,})?)(?: one| clip)?\s+(\d+(?:\.\d+)?\s*x)"
    r"(?:\s+speed|\s+faster|\s+slower)?(?:\s+(?:pls|please))?\W*$"
)
_FIRST_LAST = re.compile(r"^\s*(first|last)\b\W*(?:please|pls|thanks)?\W*$")


def label_words(draft: Draft) -> set[str]:
    """Words of three letters or more in the clips' labels and prompts."""
    words: set[str] = set()
    for seg in clips(draft):
        shown = " ".join(str(seg.m.get(k, "")) for k in ("label", "prompt")).lower()
        words |= {w for w in re.findall(r"[a-z][a-z'-]{2,}", shown) if w not in _OWN}
        words |= set(re.findall(r"[\u4e00-\u9fff]{2,}", shown))  # Chinese: whole runs
    return words


# "招牌放第一个", "虾饺放慢点 0.5倍": a Chinese name said first, then what to do with it
_CJK_EDIT = re.compile(
    r"(?:放|删|剪|调|改|换|变|慢|快|静音|去掉|挪|移|排|加速|减速|缩短|延长|拉长|提前|往|"
    r"加(?:个|上|一个)?(?:淡|转场|慢|快)|\s*[\d.]+\s*倍)"
)
_CJK_OWN = re.compile(r"标题|字幕|文字|音乐|视频|片段|镜头|画面|声音|第|最|这|那|它|所有|全部|每")


def _cjk_name(text: str, labels: set[str]) -> str | None:
    """The longest start of ``text`` (two characters or more) that is in a clip's label, when
    what follows it is an edit and not already "那段…"."""
    lead = re.match(r"(?:把|将)?([\u4e00-\u9fff]{2,8})", text)
    if not lead:
        return None
    run = lead.group(1)
    for size in range(len(run), 1, -1):
        name, rest = run[:size], text[lead.start(1) + size :]
        if (
            any(name in label for label in labels)
            and not _CJK_OWN.search(name)
            and not re.match(r"的?(?:那|这)(?:个|段|条)", rest)
            and _CJK_EDIT.match(rest)
        ):
            return name
    return None


def _names(word: str, labels: set[str]) -> bool:
    stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return word not in _OWN and any(w == word or w.startswith(stem) for w in labels)


def refer_by_name(text: str, labels: set[str]) -> str:
    """``text`` with a leading bare clip name spelled out as "the … one", or as it was."""
    if not labels:
        return text
    if name := _cjk_name(text, labels):
        at = text.index(name) + len(name)
        return f"{text[:at]}那段{text[at:]}"
    if (verb := _VERB_NAME.match(text)) and _names(verb.group(2), labels):
        return f"{verb.group(1)}the {verb.group(2)} one{verb.group(3)}"
    if (speed := _NAME_SPEED.match(text)) and (
        named := [w for w in speed.group(1).split() if _names(w, labels)]
    ):  # "cymbal hit 2x speed": the cymbal clip, said with what happens in it
        return f"make the {' '.join(named)} one {speed.group(2)}"
    if (said := _NAMED_THEN_IT.match(text)) and all(
        _names(w, labels) for w in said.group(1).split()
    ):  # "times square one, speed it up 2x": "it" is the clip just named
        return re.sub(r"\bit\b", f"the {said.group(1)} one", said.group(2), count=1)
    if (head := _HEAD.match(text)) and _names(head.group(1), labels):
        name, rest = head.group(1), head.group(2).strip()
        if re.search(r"\bit\b", rest):  # "volcano: slow it to half speed"
            return re.sub(r"\bit\b", f"the {name} one", rest, count=1)
        return f"make the {name} one {rest}"  # "sprint: 1.5 seconds"
    if (
        (bare := _BARE_ONE.match(text))
        and _names(bare.group(1), labels)
        and (not re.match(r"\s*(?:clip|one|shot)\b", bare.group(2)))
    ):
        rest = bare.group(2).strip()
        if _FIRST_LAST.match(rest):
            place = "to the start" if rest.startswith("first") else "to the end"
            return f"move the {bare.group(1)} one {place}"
        if re.match(r"(?:\d|a |an |half|double|twice|faster|slower|shorter|longer)", rest):
            return f"make the {bare.group(1)} one {rest}"
        if re.match(r"to \d", rest):  # "honey one to 2 sec"
            return f"trim the {bare.group(1)} one {rest}"
        return f"the {bare.group(1)} one {rest}".strip()
    if (lead := _LEAD.match(text)) and all(_names(w, labels) for w in lead.group(1).split()):
        name, verb, rest = lead.group(1), lead.group(2), lead.group(3)
        if _FIRST_LAST.match(f"{verb}{rest}"):  # "graffiti first obvi"
            place = "to the start" if verb == "first" else "to the end"
            return f"move the {name} one {place}"
        if verb in ("faster", "slower", "shorter", "longer"):
            return f"make the {name} one {verb}{rest}"
        if verb in ("at", "in", "to"):  # "kettlebell at double speed"
            return f"make the {name} one {verb}{rest}"
        return f"the {name} one {verb}{rest}"
    if re.search(r"\b(?:clip|one|shot|video|scene)s?\b|§", text):
        return text
    ends = [
        _name_end(text, m, labels) for m in _THE_NAME.finditer(text) if _names(m.group(1), labels)
    ]
    if len(ends) == 1 or (len(ends) == 2 and _MOVING.search(text)):
        # "could the candle be a little longer", "place the shoulder after the hamstring"
        for end in reversed(ends):
            text = text[:end] + " one" + text[end:]
    return text


def _name_end(text: str, match: re.Match[str], labels: set[str]) -> int:
    """Where a name said after "the" ends: "the sports car should…" is the sports car."""
    end = match.end()
    # "the folks in line" names the clip of folks lined up: a short word may join two names
    while (
        more := re.match(r"(?: (?:in|on|at|of|with))? ([a-z][a-z'-]{2,})\b", text[end:])
    ) and _names(more.group(1), labels):
        if re.match(r" (?:one|clip|shot|video|scene)s?\b", text[end:]):
            break
        if more.group(1) in ("down", "up", "out", "off", "over", "back", "away", "around"):
            break  # "slow the stockman down": the verb's particle, not more of the name
        end += more.end()
    return end
