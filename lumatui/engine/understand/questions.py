"""Pure: the short question asked instead of a guess.

When no reading fits, or a reference matches nothing or several things, nothing changes and
nothing is charged; the reply says in one or two sentences what was missing and offers at
most three suggestions close to what the person wrote (registry examples ranked by the words
they share with the message). The full list of examples stays behind "help".
"""

from __future__ import annotations

import re

from lumatui.engine.registry import SPECS
from lumatui.engine.understand.references import Doubt

MAX_REPLY = 400
MAX_QUOTE = 70
MAX_SUGGESTIONS = 3
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _tokens(text: str) -> set[str]:
    text = text.lower()
    words = set(re.findall(r"[a-z]{3,}", text))
    cjk = "".join(_CJK.findall(text))
    return words | {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def closest_examples(message: str, chinese: bool, count: int = MAX_SUGGESTIONS) -> list[str]:
    """Registry examples sharing the most words with the message (ties keep table order)."""
    said = _tokens(message)
    scored = []
    for order, spec in enumerate(SPECS):
        example = spec.example_zh if chinese else spec.example_en
        shared = len(said & (_tokens(example) | _tokens(spec.zh if chinese else spec.en)))
        scored.append((-shared, order, example))
    scored.sort()
    found = [example for score, _, example in scored if score < 0][:count]
    for spec in SPECS:  # too little in common: the most asked-for fill the rest
        if len(found) >= count:
            break
        example = spec.example_zh if chinese else spec.example_en
        if example not in found:
            found.append(example)
    return found


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE else text[: MAX_QUOTE - 1] + "…"


def _fit(text: str) -> str:
    return text if len(text) < MAX_REPLY else text[: MAX_REPLY - 2] + "…"


def _suggest(items: list[str], chinese: bool) -> str:
    items = items[:MAX_SUGGESTIONS]
    if not items:
        return ""
    if chinese:
        return "可以试试：" + "、".join(f"“{s}”" for s in items) + "。"
    return "Try " + ", ".join(f'"{s}"' for s in items) + "."


def not_understood(message: str, missed: list[str], understood: list[str], chinese: bool) -> str:
    """Nothing fitted (or only part did): say what was missing; change nothing."""
    # the person's own words when none of it was read; the part left over when some was
    part = _quote(missed[0]) if missed and understood else _quote(message.strip())
    if chinese:
        head = f"我没能理解“{part}”，所以什么都没改。"
        if understood:
            head = f"我理解了{'、'.join(understood)}，但没能理解“{part}”，所以什么都没改。"
    else:
        head = f'I did not understand "{part}", so nothing changed.'
        if understood:
            head = f'I understood {", ".join(understood)}, but not "{part}", so nothing changed.'
    return _fit(head + " " + _suggest(closest_examples(part, chinese), chinese))


def doubtful(doubt: Doubt, chinese: bool) -> str:
    """A reference that matched nothing or several things: ask which, change nothing."""
    head = doubt.zh if chinese else doubt.en
    tail = " " if not chinese else ""
    tail += "什么都没改。" if chinese else "Nothing changed."
    return _fit(
        head
        + tail
        + " "
        + _suggest(doubt.suggestions_zh if chinese else doubt.suggestions_en, chinese)
    )


def too_long(chars: int, chinese: bool) -> str:
    if chinese:
        return f"这条消息太长了（{chars:,}个字），我读不出要改什么。请一次说一两处修改。"
    return (
        f"That message is too long to read as an edit ({chars:,} characters). "
        "Say one or two changes at a time."
    )


def invalid(name: str, problem: str, chinese: bool) -> str:
    if chinese:
        return _fit(f"这个请求的参数不对（{problem}），什么都没改。")
    return _fit(f"I could not use that request ({problem}); nothing changed.")


def subject_needed(chinese: bool) -> str:
    """A new clip whose content was left to us ("内容你看着办"): what should it show?"""
    if chinese:
        return "新片段要拍什么？说一下画面内容，比如“在最后加一段三秒的夕阳下的操场”。什么都没改。"
    return (
        'What should the new clip show? Say what is in it, for example "add a 3 second clip '
        'of the playground at sunset at the end". Nothing changed.'
    )
