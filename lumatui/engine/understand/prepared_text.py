"""Pure text work before a request is understood: quotes, numbers, clauses, language.

Numbers come in as digits, English words ("five", "one and a half") or Chinese
("五", "十五", "百分之五十", "一秒半"); all become digits so one set of patterns reads them.
Quoted text ("…", “…”, 「…」, '…') is lifted out first and put back as ``§n§`` so nothing
inside a quote is mistaken for a command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lumatui.engine.understand.courtesy import without_courtesy
from lumatui.engine.understand.regional_words import in_common_words
from lumatui.engine.understand.shorthand import expand
from lumatui.engine.understand.traditional import simplified
from lumatui.engine.understand.unquoted_words import quote_unquoted

CJK = re.compile(r"[\u3400-\u9fff]")

_QUOTES = [
    re.compile(r"\"([^\"]+)\""),
    re.compile(r"“([^”]+)”"),
    re.compile(r"「([^」]+)」"),
    re.compile(r"『([^』]+)』"),
    re.compile(r"‘([^’]+)’"),
    re.compile(r"《([^》]+)》"),
    # Single quotes only around words, never an apostrophe inside one ("don't"). Chinese
    # has no spaces, so a Chinese character may touch the quote on either side (加个标题'出发吧').
    re.compile(
        r"(?:(?<=^)|(?<=[\s:：(，。\u3400-\u9fff]))'((?:[^']|'(?=[A-Za-z]))+?)'"
        r"(?=$|[\s.,;:!?)，。\u3400-\u9fff])"
    ),
]
PLACEHOLDER = re.compile(r"§(\d+)§")

_EN_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORD = "|".join([*_EN_TENS, *(k for k in _EN_UNITS if k != "no"), "hundred"])
_EN_NUMBER = re.compile(
    rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*"
    r"(?:\s+and\s+a\s+half)?(?:\s+point\s+(?:\w+))?\b",
    re.IGNORECASE,
)
# "one" is often a pronoun ("the second one"); it is a number only before a unit, or after
# the thing it numbers ("clip one").
_CLIP_BEFORE = re.compile(r"\b(?:clip|shot|scene|segment|video|number|no\.)\s*#?\s*$", re.I)
_UNIT_AFTER = re.compile(
    r"^\s*[-\s]?(?:seconds?|secs?|s\b|minutes?|mins?|percent|per\s*cent|%|x\b|times|"
    r"clips?|and\s+a\s+half|point|hundred)",
    re.IGNORECASE,
)

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS.update({"六": 6, "七": 7, "八": 8, "九": 9})
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")
_CN_BIT = re.compile(
    r"一(?=点(?![零〇一二三四五六七八九])|下|些|起|直|样|边|切|共|般|旦|定|致|律|概|同)"
)


@dataclass
class Prepared:
    """A message made ready for the patterns, with what was lifted out of it."""

    text: str  # lower case, numbers as digits, quotes as §n§
    quotes: list[str] = field(default_factory=list)
    chinese: bool = False
    original: str = ""
    unnamed: str = ""  # ``text`` before clip names were spelled out ("the beagle one")

    def unquote(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.quotes[int(m.group(1))], text)

    def quote_in(self, text: str) -> str | None:
        match = PLACEHOLDER.search(text)
        return self.quotes[int(match.group(1))] if match else None

    def cn_typed(self, phrase: str) -> str:
        """``phrase`` with the Chinese numerals typed put back where the digits stand for them
        inside a name ("4合院" was "四合院"); a phrase not found in the message is as it was."""
        if not CJK.search(phrase) or not re.search(r"\d", phrase):
            return phrase
        parts = re.split(r"(\d+(?:\.\d+)?)", phrase)
        pattern = "".join(
            r"(?:[零〇一二两三四五六七八九十百千万]+|\d+(?:\.\d+)?)" if n % 2 else re.escape(part)
            for n, part in enumerate(parts)
        )
        found = re.search(pattern, simplified(self.original))
        return found.group(0) if found else phrase

    def cased(self, phrase: str) -> str:
        """``phrase`` (from ``text``) as the person typed it, when it can be found."""
        phrase = self.unquote(phrase).strip()
        at = self.original.lower().find(phrase.lower())
        return self.original[at : at + len(phrase)] if at >= 0 and phrase else phrase


def worded(phrase: str, original: str) -> str:
    """``phrase`` with digits put back as the words the person wrote when they were part of
    a name, not a count or a length: "a sweaty high five", "the seven seas"."""

    def back(match: re.Match[str]) -> str:
        before, digits, after = match.group(1), match.group(2), match.group(3)
        for word in _EN_NUMBER.finditer(original.lower()):
            value = en_to_number(word.group(0))
            if value is None or _fmt(value) != digits:
                continue
            said = original[word.start() : word.end()].strip()
            left = original[: word.start()].lower().rstrip()
            right = original[word.end() :].lower().lstrip()
            if (before and left.endswith(before)) or (after and right.startswith(after)):
                return " ".join(w for w in (before, said, after) if w)
        return match.group(0)

    return _NUMBER_IN_NAME.sub(
        lambda m: back(m) if m.group(1) or m.group(3) else m.group(0), phrase
    )


# A number with a word beside it and no unit after it: maybe part of a name ("high 5")
_NUMBER_IN_NAME = re.compile(
    r"(?:\b([a-z]+)\s+)?\b(\d+)\b(?!\s*(?:s\b|secs?|seconds?|%|x\b|\.\d|秒))(?:\s+([a-z]+))?"
)


def is_chinese(text: str) -> bool:
    return bool(CJK.search(text))


def cn_to_number(word: str) -> float:
    """``十五`` → 15, ``二十`` → 20, ``一百零五`` → 105, ``三点五`` → 3.5."""
    whole, _, decimals = word.partition("点")
    total = section = digit = 0
    for char in whole:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            unit = _CN_UNITS[char]
            section += (digit or (1 if unit == 10 else 0)) * unit
            digit = 0
    total = section + digit
    if decimals:
        frac = "".join(str(_CN_DIGITS.get(c, 0)) for c in decimals)
        return float(f"{total}.{frac}")
    return float(total)


def en_to_number(phrase: str) -> float | None:
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(words):
        word = words[i]
        if word in _EN_UNITS and word != "no":
            current += _EN_UNITS[word]
            seen = True
        elif word in _EN_TENS:
            current += _EN_TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word == "half":
            current += 0.5
        elif word == "point" and i + 1 < len(words):
            tail = words[i + 1]
            value = _EN_UNITS.get(tail)
            if value is not None:
                current += float(f"0.{value}")
            i += 1
        i += 1
    total += current
    return total if seen else None


def _fmt(value: float) -> str:
    return f"{value:g}"


def _replace_en_numbers(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        phrase = match.group(0)
        named_clip = _CLIP_BEFORE.search(text[: match.start()])  # "clip one" is clip 1
        if (
            phrase.lower().strip() == "one"
            and not named_clip
            and not _UNIT_AFTER.match(text[match.end() :])
        ):
            return phrase
        lead = re.match(r"(one[\s-]+)(?!hundred\b|and\b)(\S.*)$", phrase, re.IGNORECASE)
        if lead and not named_clip:  # "make that one ten seconds": a pronoun, then a number
            value = en_to_number(lead.group(2))
            return phrase if value is None else lead.group(1) + _fmt(value)
        value = en_to_number(phrase)
        return phrase if value is None else _fmt(value)

    return _EN_NUMBER.sub(swap, text)


def _replace_cn_numbers(text: str) -> str:
    text = _CN_BIT.sub("", text).replace("一半", "§half§")  # "一半" is a half, not 1.5
    text = re.sub(r"百分之([零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)", r"\1%", text)
    text = _CN_NUMBER.sub(lambda m: _fmt(cn_to_number(m.group(0))), text)
    text = re.sub(r"(\d+)(个)?半", lambda m: _fmt(int(m.group(1)) + 0.5), text)
    text = re.sub(r"(\d+(?:\.\d+)?)\s*秒半", lambda m: _fmt(float(m.group(1)) + 0.5) + "秒", text)
    text = text.replace("半秒", "0.5秒")
    return text.replace("§half§", "一半")


def prepare(message: str) -> Prepared:
    """Lift quotes out, fold width and case, turn every number into digits."""
    quotes: list[str] = []

    def lift(match: re.Match[str]) -> str:
        quotes.append(match.group(1).strip())
        return f" §{len(quotes) - 1}§ "

    text = quote_unquoted(message.strip())
    for pattern in _QUOTES:
        text = pattern.sub(lift, text)
    text = simplified(text)  # 點, 音樂, 影片: read as the patterns are written
    # Full-width digits, letters and punctuation → ASCII.
    text = "".join(
        chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E and c not in "，；：！？（）" else c
        for c in text
    )
    text = text.replace("×", "x").replace("％", "%")
    text = text.lower()
    # "加个title：…", "复古vibe的": a space where Chinese meets Latin letters, so words are words
    text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])", " ", text)
    # No word is forty letters long, no count has seven digits: clip such runs, so no
    # pattern ever walks a long one (a pasted hash, a held key) letter by letter.
    text = re.sub(r"[a-z]{40,}", lambda m: m.group(0)[:40], text)
    text = re.sub(r"\d{7,}", lambda m: m.group(0)[:6], text)
    text = _replace_cn_numbers(text)
    text = re.sub(r"(?<!\band a )\bhalf\s*(?:a\s+|-\s*)?(second|sec)\b", r"0.5 \1", text)
    text = re.sub(r"\b(?:a\s+)?quarter\s*(?:of\s+a\s+|-\s*)?(second|sec)\b", r"0.25 \1", text)
    text = re.sub(r"\bhalf\s*(?:a\s+|an\s+|-\s*)?(?:minute|min)\b|半分钟", "30 seconds", text)
    text = re.sub(r"\b(?:a|one|1)\s+(?:minute|min)\s+and\s+a\s+half\b", "90 seconds", text)
    text = re.sub(
        r"(\d+(?:\.\d+)?)\s*分钟?半",
        lambda m: _fmt((float(m.group(1)) + 0.5) * 60) + "秒",
        text,
    )
    # Milliseconds read as seconds: "a 500 ms fade", "750毫秒"
    text = re.sub(
        r"(\d+(?:\.\d+)?)\s*(?:ms\b|msecs?\b|millisec\w*|毫秒)",
        lambda m: _fmt(float(m.group(1)) / 1000) + " s",
        text,
    )
    text = re.sub(r"\ba\s+(?:second|sec)\s+and\s+a\s+half\b", "1.5 seconds", text)
    text = re.sub(
        r"\b(first|last|final|opening)\s+(second|sec)\b(?!\s*(?:clip|video|shot|one|scene|segment"
        r"|part|image|photo|title|caption|text))",
        r"\1 1 \2",
        text,
    )
    text = re.sub(r"\ba\s+couple\s+(?:of\s+)?", "2 ", text)
    text = _replace_en_numbers(text)
    text = re.sub(
        r"(\d+(?:\.\d+)?)\s+and\s+a\s+half\b", lambda m: _fmt(float(m.group(1)) + 0.5), text
    )
    text = re.sub(r"(\d+(?:\.\d+)?)\s*(?:percent|per\s*cent|pct)\b", r"\1%", text)
    text = re.sub(
        r"\ba (second|sec)\b(?=\s*(?:long|longer|shorter|each|and|or|of|for|please|$|[,.!?]))",
        r"1 \1",
        text,
    )
    text = expand(without_courtesy(in_common_words(re.sub(r"\s+", " ", text).strip())))
    return Prepared(text=text, quotes=quotes, chinese=is_chinese(message), original=message)


# A clause boundary: sentence punctuation, commas, and the joiners between requests.
_SPLIT = re.compile(
    r"(\s*[;；。!！?？]\s*|(?<!\d)\.\s+|\s+[-–—]\s+|\s*[,，、]\s*(?:and\s+|then\s+|also\s+)?|"
    r"\s+(?:and\s+then|and\s+also|then|plus|after\s+that|and)\s+|"
    # "could i also get one of…", "we'd also like": "also" inside one request
    r"(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bd)(?<!\bcould)(?<!\bcan)(?<!\bwould)(?<!\bwill)"
    r"(?<!\bshould)\s+also\s+|"
    r"然后|接着|并且|同时|另外|还有|以及|(?<=[\u4e00-\u9fff])并(?=[\u4e00-\u9fff])|"
    r"(?=再(?:加|把|给|添|生成|做|放|调|改|设|将)))"
)


def split_clauses(text: str) -> list[tuple[str, str]]:
    """``[(joiner, clause), ...]``: the joiner is what stood before the clause."""
    parts = _SPLIT.split(text)
    pieces: list[tuple[str, str]] = []
    joiner = ""
    for index, part in enumerate(parts):
        if index % 2 == 1:
            joiner = part or ""
            continue
        if part and part.strip():
            pieces.append((joiner, part.strip()))
        elif pieces and joiner:
            pass
        joiner = joiner if not part else ""
    return _rejoin(pieces)


_TEXT_NOUN_CN = re.compile(r"标题|字幕|文字|\btitle\b|\bcaption\b")
_SAYS_CN = re.compile(r"^(?:写|写着|写上|内容是|内容为|文字是|叫|就写)\s*§\d+§\s*$")
# "stick a title on, 'FADE & BLADE' at the top": the words of the title just asked for
_SAYS_EN = re.compile(
    r"^(?:saying |that says |which says |reading |with the words |with )?§\d+§"
    r"(?:\s+(?:at|on|in|to) the (?:very )?(?:top|bottom|middle|center|centre))?\W*$"
)
_PLACE_CN = re.compile(
    r"^(?:请)?(?:放在|放到|放|在|位置在?)?(?:屏幕|画面)?(?:的)?(?:顶部|上面|上方|底部|下面|下方|中间|"
    r"正中间?|中央|最上面|最下面|左上角|右上角|左下角|右下角)(?:吧|就行|就好)?\s*$"
)


def _rejoin(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Clauses split where they should not be: a span "between the X and the Y"."""
    out: list[tuple[str, str]] = []
    for joiner, clause in pieces:
        if out:
            before_joiner, before = out[-1]
            spans = re.search(r"\bbetween\b(?!.*\band\b)", before) and joiner.strip() == "and"
            # "加个标题，写“…”，放在画面中间": the words and the place of that title
            of_text = _TEXT_NOUN_CN.search(out[-1][1]) and (
                _SAYS_CN.match(clause)
                or _PLACE_CN.match(clause)
                or (_SAYS_EN.match(clause) and not PLACEHOLDER.search(before))
            )
            if spans or of_text:
                out[-1] = (before_joiner, before + joiner + clause)
                continue
        out.append((joiner, clause))
    return out
