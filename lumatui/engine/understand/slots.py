"""Pure readers of one prepared clause: times, ranges, targets, speed, volume, style words.

Every reader takes text from :func:`request_text.prepare` (lower case, numbers as digits)
and returns ``None`` when the clause does not say.
"""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation

NUM = r"(\d+(?:\.\d+)?)"
SEC = r"\s*-?\s*(?:seconds?|secs?|s\b|秒钟?)"
_MINUTES = re.compile(NUM + r"\s*-?\s*(?:minutes?|mins?\b|分钟)")
_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\b")
_SECONDS = re.compile(NUM + SEC)

_RANGE = re.compile(
    r"(?:from|between)\s+"
    + NUM
    + r"(?:"
    + SEC
    + r")?\s*(?:to|-|–|until|till|and)\s*"
    + NUM
    + SEC
    + r"|"
    + NUM
    + r"\s*(?:s|secs?|seconds?)\s*(?:-|–|to|until)\s*"
    + NUM
    + SEC
    + r"|"
    + NUM
    + r"\s*[-–]\s*"
    + NUM
    + SEC
    + r"|从?第?"
    + NUM
    + r"秒?\s*(?:到|至|-|~)\s*第?"
    + NUM
    + r"秒"
)
_FIRST_N = re.compile(
    r"(?:first|opening|beginning|start)\s+"
    + NUM
    + SEC
    + r"|"
    + NUM
    + SEC
    + r"\s+(?:off|from)\s+the\s+(?:start|beginning|front)"
    + r"|(?:前|开头|开始的?)"
    + NUM
    + r"秒"
)
_LAST_N = re.compile(
    r"(?:last|final|closing|ending|end)\s+"
    + NUM
    + SEC
    + r"|"
    + NUM
    + SEC
    + r"\s+(?:off|from)\s+the\s+(?:end|back)"
    + r"|(?:最后|结尾|末尾|(?<![\d秒])后)"
    + NUM
    + r"秒"
)
_AT = re.compile(
    r"(?:\bat|\bfrom|starting at|start at|starts at|begin(?:ning|s)? at|appears? at|"
    r"shows? up at|comes? in at|to)\s+(?:the\s+)?"
    + NUM
    + r"(?:"
    + SEC
    + r"|\s*(?:second\s+)?mark)"
    + r"|(?:在|从|于)第?"
    + NUM
    + r"秒|第"
    + NUM
    + r"秒"
)
_FOR = re.compile(
    r"\bfor\s+(?:the\s+next\s+)?" + NUM + SEC + r"|(?:持续|显示|停留|出现|保持)了?" + NUM + r"秒"
)
PERCENT = re.compile(NUM + r"\s*%")
_FRACTION = re.compile(
    r"(?:volume|vol|level|音量)\s*(?:to|at|=|:|为|到|设为|调到|调成)?\s*(0?\.\d+|[01])\b"
)

ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
    "final": -1,
    "penultimate": -2,
    "second-to-last": -2,
    "second to last": -2,
    "next-to-last": -2,
    "opening": 1,
}
_ORD_WORD = "|".join(sorted((re.escape(k) for k in ORDINALS), key=len, reverse=True))
CLIP_NOUN = (
    r"(?:clips?|videos?|shots?|scenes?|segments?|parts?|ones?|images?|photos?|pictures?|titles?|"
    r"captions?|subtitles?|texts?)"
)
_CLIP_ORD = re.compile(rf"\b({_ORD_WORD})\s+(?:\w+\s+)?{CLIP_NOUN}\b")
_CLIP_NUM = re.compile(
    r"\b(?:clips?|videos?|shots?|scenes?|segments?|parts?|number|no\.?)\s*#?\s*(\d+)\b"
    r"(?!\.\d|\s*(?:-?\s*s\b|-?\s*secs?\b|-?\s*seconds?\b|秒|%|x\b|times))"
)
_CN_ORD = re.compile(r"第\s*(\d+)\s*(?!\d)(?!秒)(?:个|段|条|张)?")
_CN_LAST = re.compile(r"最后(?:1)?(?:个|段|条|张)?(?=片段|视频|镜头|素材|段|个|张|图|$)")
_CN_NUMBERED = re.compile(r"(?:片段|视频|镜头)\s*(\d+)")
ALL_REF = re.compile(
    r"\ball\s+(?:the\s+|of\s+the\s+)?(?:clips|videos|shots|scenes|segments)|\bevery\s+(?:clip|shot)"
    r"|\beach\s+(?:clip|shot)|\ball of them|\bwhole (?:video|thing)|\bentire (?:video|thing)"
    r"|\beverything|\bboth\b|所有|全部|每个|整个视频|整段|两个都"
)
IT_REF = re.compile(r"\b(?:it|that|this|them|its)\b|它|这个|那个|这段|那段")


def seconds_in(text: str) -> float | None:
    """The first duration named: ``5s``, ``5-second``, ``5 秒``, ``1 minute``, ``0:05``."""
    found: list[tuple[int, float]] = []
    if match := _SECONDS.search(text):
        found.append((match.start(), float(match.group(1))))
    if match := _MINUTES.search(text):
        found.append((match.start(), float(match.group(1)) * 60))
    if match := _CLOCK.search(text):
        found.append((match.start(), int(match.group(1)) * 60 + int(match.group(2))))
    return min(found)[1] if found else None


def _groups(match: re.Match[str]) -> list[float]:
    return [float(g) for g in match.groups() if g is not None]


def range_in(text: str) -> tuple[float, float] | None:
    match = _RANGE.search(text)
    if not match:
        return None
    start, end = _groups(match)[:2]
    return (start, end) if end > start else None


def first_n(text: str) -> float | None:
    match = _FIRST_N.search(text)
    return _groups(match)[0] if match else None


def last_n(text: str) -> float | None:
    match = _LAST_N.search(text)
    return _groups(match)[0] if match else None


def at_time(text: str) -> float | None:
    match = _AT.search(text)
    return _groups(match)[0] if match else None


def for_seconds(text: str) -> float | None:
    match = _FOR.search(text)
    return _groups(match)[0] if match else None


def volume_in(text: str) -> float | None:
    """0–1 from ``30%``, ``volume 0.3``, ``half volume``; None when not said."""
    if match := PERCENT.search(text):
        return max(0.0, min(1.0, float(match.group(1)) / 100))
    if match := _FRACTION.search(text):
        return max(0.0, min(1.0, float(match.group(1))))
    if re.search(r"\bhalf\b|一半|减半", text):
        return 0.5
    if re.search(r"\bfull\b|max(?:imum)?\b|最大", text):
        return 1.0
    return None


def speed_in(text: str) -> float | None:
    """An absolute speed factor, or None. Relative words are read by the parser."""
    if match := re.search(NUM + r"\s*(?:x\b|倍)", text):
        return float(match.group(1))
    if match := re.search(r"\bx\s*" + NUM, text):
        return float(match.group(1))
    if match := re.search(NUM + r"\s*(?:speed|速)\b(?!\s*up)", text):  # "perhaps 0.75 speed"
        return float(match.group(1))
    if match := re.search(NUM + r"\s*times\s+(slower)", text):
        return 1 / max(0.25, float(match.group(1)))
    if match := re.search(NUM + r"\s*times\s+(?:faster|as fast|speed|the speed)", text):
        return float(match.group(1))
    if re.search(
        r"\b(?:twice|double)\b(?! as long| the length| its length| the duration| as slow)"
        r"(?!\s*-?\s*(?:bass|decker|bed|room|cream|espresso|doors?|act|rainbow|chin)\b)",  # things
        text,
    ):
        return 2.0
    if re.search(r"\bhalf[- ]?speed|\bhalf the speed|\bhalf as fast|\btwice as slow", text):
        return 0.5
    if re.search(r"\bquarter[- ]?speed", text):
        return 0.25
    if re.search(
        r"slow[- ]?mo(?:tion)?|慢动作|慢放|速度(?:调|变|改|降)?(?:成|到|为)?一半|半速|0.5速|"
        r"(?:原速|原来速度|正常速度|原来)的?一半|\bhalf (?:its|the) (?:original |normal )?speed|"
        r"一半的?速度|(?:放|调|变|改)成一半",
        text,
    ):
        return 0.5
    if re.search(r"normal speed|original speed|regular speed|real[- ]?time|原速|正常速度", text):
        return 1.0
    return None


def index_refs(text: str) -> list[tuple[int, int]]:
    """(position in text, index) for every clip index named."""
    found: list[tuple[int, int]] = []
    for match in _CLIP_ORD.finditer(text):
        if not re.search(r"\d\s*-?\s*$", text[: match.start()]):
            found.append((match.start(), ORDINALS[match.group(1)]))
    for match in _CLIP_NUM.finditer(text):
        found.append((match.start(), int(match.group(1))))
    for match in _CN_ORD.finditer(text):
        found.append((match.start(), int(match.group(1))))
    for match in _CN_LAST.finditer(text):
        found.append((match.start(), -1))
    for match in _CN_NUMBERED.finditer(text):
        found.append((match.start(), int(match.group(1))))
    return sorted(set(found))


def clip_indexes(text: str) -> list[int]:
    """Every clip index named, in order: "swap the first and last clips" → [1, -1]."""
    found = index_refs(text)
    # Bare ordinals and numbers after "and" in a swap: "clip 1 and 2", "first and third".
    for match in re.finditer(rf"\b({_ORD_WORD})\b", text):
        known = ORDINALS[match.group(1)] in [i for _, i in found]
        timed = re.match(r"\s*(?:\d|seconds?\b)", text[match.end() :])
        if not known and not timed and not re.search(r"\d\s*$", text[: match.start()]):
            found.append((match.start(), ORDINALS[match.group(1)]))
    for match in re.finditer(r"\b(?:and|with|&)\s+(?:#\s*)?(\d+)\b(?!\s*(?:s\b|sec|%|x\b))", text):
        found.append((match.start(), int(match.group(1))))
    for match in re.finditer(r"(?:和|与|跟)第?\s*(\d+)(?!秒)", text):
        found.append((match.start(), int(match.group(1))))
    seen: list[int] = []
    for _, index in sorted(found):
        if index not in seen:
            seen.append(index)
    return seen


def has(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


MUSIC = (
    r"(?<!sheet )\bmusic|\bbgm\b|soundtrack|\bsongs?\b|background (?:track|audio)|"
    r"(?<!fishing )(?<!river )(?<!salmon )\bbeats?\b|\btunes?\b|"
    r"\bdubstep\b|\bedm\b|\btechno\b|\bhip ?hop\b|\bjazz\b|\bstrings\b|"
    # "the piano clip" is a clip of a piano
    r"(?<!the )\bpiano\b(?!\s+(?:clip|one|shot|video|scene|bit|part|recital|lesson|teacher))|"
    r"\bsomething (?:\w+ ){0,4}?to listen to\b|"
    r"\b(?:upbeat|chill|calm|happy|epic|sad|lo-?fi|dance|party|hype|cinematic|romantic|gentle|"
    r"soft|elegant|relaxing|dramatic|uplifting)\s+(?:track|tune|beat)s?\b|"
    r"背景音乐|音乐|配乐|歌曲|\bbg music|\baudio file|\bthe audio i\b|\bmy audio|\buploaded audio|"
    r"音频|"
    # "add some lofi on it": a genre said alone, after a verb that adds
    r"\b(?:add|put|play|give it|use)\s+(?:some|a bit of|a little)\s+(?:lo-?fi|jazz|edm|techno|"
    r"hip ?hop|synthwave|acoustic|ambient)\b"
)


IMAGE = (
    r"\bimages?\b|\bphotos?\b|\bphotographs?\b|\bpictures?\b|\bpics?\b|"
    r"\b(?:a|the|this|that|my) still\b|"
    r"图片|照片|图像|相片|那张图|图"
)


# "drop it to like 25%", "bring the music down to 20": a level lowered, never a removal
LOWERED_TO = (
    r"\b(?:drop|bring|knock|take|turn|cut)\b.*?\b(?:down|to|by)\b\s*"
    r"(?:like |about |around |maybe |roughly |just )?\d"
)

UPLOAD = (
    r"upload|\bmy (?:own )?(?:photo|image|picture|pic|video|clip|footage|song|music|audio|track|"
    r"file|recording)s?\b|\bi(?:'ve| have)? (?:just )?(?:added|sent|uploaded|shared|gave|"
    r"recorded|shot|took)|上传|我(?:自己)?的(?:照片|图片|视频|音乐|歌|"
    r"素材|录音)|我发的|我拍的|我(?:自己)?(?:录|唱|做|写)的|"
    r"\bthis (?:song|track|audio|music|tune)|这首|这段音乐"
)


VIDEO_NOUN = (
    r"\bclips?\b|\bvideos?\b|\bshots?\b|\bscenes?\b|footage|\banimation\b|\bclose[- ]?ups?\b|"
    r"视频|片段|镜头|画面"
)


FADE_BOTH = (
    r"fade\s*-?\s*(?:(?:it|them|the|music|bgm|song|clip|video|\d+)\s+){0,3}in\s*(?:and|&|/|,)\s*"
    r"(?:fade\s*-?\s*)?out|淡入淡出|渐入渐出"
)


BY_PERCENT = re.compile(
    r"\bby\s+" + NUM + r"\s*%|(?:提高|增加|降低|减少|加快|放慢)了?" + NUM + r"\s*%"
)


def by_percent(text: str) -> float | None:
    """The share in "by 20%" / "提高20%", as 0.2; None when the change is not relative."""
    match = BY_PERCENT.search(text)
    return _groups(match)[0] / 100 if match else None


def relative_volume(text: str) -> float | None:
    share = by_percent(text)
    if has(
        r"\blouder|\bturn (?:it |the \w+ )?up|\bincrease|"
        r"\braise|\bboost|\bhigher|\bvolume up|\bup the volume|"
        r"\btoo (?:quiet|soft|low)|大声|调大|调高|提高|增大|大一|大点|高一|高点|响|太小声",
        text,
    ):
        return 1 + share if share is not None else 1.5
    if has(
        r"\bquieter|\bsofter|\bturn (?:it |the \w+ )?down|\blower|\breduce|\bdecrease|"
        r"\bduck|\btoo loud|\bvolume down|"
        r"\btoo high|小声|调小|调低|降低|减小|小一|小点|低一|低点|轻一|轻点|太吵|太大声|太响",
        text,
    ):
        return max(0.0, 1 - share) if share is not None else 0.5
    return None


def fade_op(target: dict[str, object], fade_in: bool, fade_out: bool, ms: int) -> Operation:
    args: dict[str, object] = {"target": target}
    if fade_in:
        args["fade_in"] = ms
    if fade_out:
        args["fade_out"] = ms
    return Operation("set_fade", args)
