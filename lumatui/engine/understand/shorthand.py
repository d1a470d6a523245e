"""Pure: casual shorthand spelled out before reading, so the readers see one way of saying it.

People type fast: "genrate", "vid", "now one of a lighthouse, 1 second", "one more: boats",
"再来一个森林的". Typos of the command words are corrected (one edit away, never a word that
is a word of its own), and a follow-up that names only a subject after "another"/"one more"
becomes the request it stands for ("generate another clip of …").
"""

from __future__ import annotations

import functools
import re

from lumatui.engine.understand.spoken_english import plainly

# The words that carry a request: a typo of one of these changes the reading.
COMMAND_WORDS = (
    "generate",
    "create",
    "delete",
    "remove",
    "title",
    "caption",
    "subtitle",
    "music",
    "video",
    "second",
    "seconds",
    "volume",
    "transition",
    "crossfade",
    "background",
    "duplicate",
    "cinematic",
)
# Real words one edit from a command word: never "corrected".
_REAL = {"remote", "crate", "cremate", "tile", "tittle", "titled", "musics", "vide", "expert"}
_SPELLED = {
    "vid": "video",
    "vids": "videos",
    "vide": "video",
    "viedo": "video",
    "gen": "generate",
    "gimme": "give me",
    "anotha": "another",
    "anutha": "another",
    "delet": "delete",
    "jk": "",
    "txt": "text",
    "befor": "before",
    "shud": "should",
    "shld": "should",
    "u": "you",
    "ur": "your",
    "nite": "night",
    "thru": "through",
    "obvi": "",
    "obv": "",
    "tho": "",
    "musik": "music",
    "1st": "first",
    "b4": "before",
    "frnt": "front",
    "lil": "little",
    "abt": "about",
    "regen": "regenerate",
    "secs": "seconds",
    "sec": "second",
    "pls": "please",
    "plz": "please",
    "rn": "now",
    "whats": "what's",
    "thx": "thanks",
}


def one_edit(a: str, b: str) -> bool:
    """Whether ``a`` is one insertion, deletion, substitution or swap away from ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def corrected(word: str) -> str:
    """The command word a typo stands for, else the word as typed."""
    if word in _SPELLED:
        return _SPELLED[word]
    if len(word) < 5 or word in _REAL or word in COMMAND_WORDS:
        return word
    if any(word.startswith(c) or c.startswith(word) for c in COMMAND_WORDS):
        return word  # "titles", "deleted", "vide…": inflections and cut-offs, not typos
    return _nearest(word) or word


@functools.lru_cache(maxsize=4096)  # bounded: every word a client types passes through here
def _nearest(word: str) -> str | None:
    near = [c for c in COMMAND_WORDS if one_edit(word, c)]
    return near[0] if len(near) == 1 else None


_WORD = re.compile(r"[a-z]+")

_LEAD = (
    r"^(?:(?:and|now|ok|okay|so|then|also|next|great|cool|nice|alright|right|oh|yes|yeah|"
    r"i guess|i think|maybe|perhaps|um+|hm+)"
    r"[\s,]+)*"
)
# "another of seagulls", "one more, of a dog", "now one of a lighthouse", "another one showing…"
_FOLLOW_OF = re.compile(
    _LEAD + r"(?:another(?: one)?|one more|1 more|one|1|a new one)"
    r"(?:\s+(?:clip|shot|video|scene))?\s*[:,\-]?\s+(?:of|showing|with|featuring)\s+"
    r"(?!(?:them|these|those|my|our|your|it|its)\b)(?!the (?:photos|pictures|clips|videos|ones)\b)"
)
# "one more: fishing boats", "another - a red barn"
_FOLLOW_COLON = re.compile(
    _LEAD + r"(?:another(?: one)?|one more|1 more)\s*[:\-–—,]\s*"
    r"(?!(?:please|pls|like|of|time|thing|then|and)\b)(?=[a-z\d\u4e00-\u9fff])"
)
_ZH_AGAIN = re.compile(
    r"^(?:然后|接着|现在|那|好的?|嗯)?[，,\s]*再(?:(?:来|做|整|弄|搞|拍|生成)(?!得)(?:1)?(?:个|段|条)?|"
    r"(?:加|添)(?:1)?(?:个|段|条))(?!遍|次|\d)(?!.*(?:标题|字幕|文字|音乐|配乐|歌|转场|淡入|淡出))"
)


# "a 3 second one of tomatoes": "one" stands for a clip
_ONE_OF = re.compile(
    _LEAD + r"(?:a|an|another)\s+(\d+(?:\.\d+)?\s*-?\s*(?:s|seconds?)\s+)?"
    r"(?:new\s+)?one\s+(?:of|showing|with|featuring)\s+"
)
# "then a waterfall, 3s": a follow-up that is only a description
_THEN_A = re.compile(
    r"^(?:(?:and|then|next|now|also)\s+)+(?:(?:a|an)\s+)(?!(?:bit|little|lot|few|couple|second|"
    r"sec|crossfade|transition|fade|title|caption|text|song|track|tune|music|bgm|speed|"
    r"\d)\b)(?=[a-z])(?!.*\b(?:clip|video|shot|scene|footage)s?\b)"
)
# "gen a clip skateboarder doing a kickflip": "clip" right before its subject
_CLIP_BARE = re.compile(r"^(generate|make|create)\s+(?:a|an|1)\s+(clip|video)\s+(?!of\b|showing\b)")
# "cut the skatepark clip to 2.5": a bare number after "to" in a trim is seconds
_TRIM_TO = re.compile(
    r"^((?:cut|trim|shorten|make|chop|get)\b.*\bto\s+\d+(?:\.\d+)?)\s*(?:please|pls)?$"
)


# "and another one", "one more please": another of what was made last
_ANOTHER = re.compile(
    _LEAD + r"(?:another(?: one)?|one more|1 more)(?:\s+(?:please|pls|like (?:that|it|this)|"
    r"of (?:those|that|these)))?\W*$"
)


# "too long" asks for the opposite: "the pasta one is too long" is "make it shorter"
_TOO = {"long": "shorter", "short": "longer", "fast": "slower", "slow": "faster"}
_TOO |= {"big": "smaller", "small": "bigger", "large": "smaller", "tiny": "bigger"}
_TOO_WORD = re.compile(
    r"\b(?:(?:is |are |it'?s |its |a bit |way |much |far )*too|(?:is|are|it'?s|its|looks|feels|"
    r"seems) (?:kind of|kinda|sort of|a bit|a little|rather|quite|really|so|pretty|very|way))"
    r" (" + "|".join(_TOO) + r")\b"
)
# Orders said without "move": "open on the rings", "skyline goes first", "X should be last"
_OPEN = re.compile(
    r"^(?:let'?s |can we |could we |please |i'?d rather |i would rather |we should )?"
    r"(?:open|start|begin|lead) (?:on|with) (.+?)\W*(?=\s[-–—]\s|[.!?;]|$)"
)
_OPENS = re.compile(
    r"^(?:i reckon |reckon |i think |i feel like |maybe |i rather think )?(the .+?)\s+"
    r"(?:should|could|can|needs to|has to|"
    r"ought to|must)\s+(open|start|begin|close|end|finish)\s+(?:it|the video|things|the edit|"
    r"the reel|everything|the whole thing|the film|the montage|the show)\W*?(?=[.!?;,]|\s[-–—]\s|$)"
)
_NEW_THING = re.compile(r"(?:a|an|some|another)\s")
_CLOSE = re.compile(
    r"^(?:let'?s |can we |could we |please )?(?:end|finish|close) (?:on|with) (.+?)\W*$"
)
_GOES = re.compile(
    r"^(?:(?:would|is) it be possible to (?:have |get )?|(?:could|can) we (?:have |get )?)?"
    r"(?:could |can |should |would )?(?:you )?(.+?)\s+(?:go|goes|come|comes|be|is|should go|"
    r"should be|should come|needs to (?:go|be|come)|has to (?:go|be|come)|must (?:go|be|come)|"
    r"ought to (?:go|be|come)|wants? to (?:go|be|come)|would (?:sit|go|work|look|fit|be)"
    r"(?: (?:more naturally|better|best|nicer|nicely))?)\s+"
    r"(first|last|(?:right |just )?at the (?:very )?(?:start|end|beginning|front)|"
    r"to the (?:start|end|front)|"
    r"(?:right |just |directly |immediately |straight )?(?:before|after|between) .+?)"
    r"(?:\s+instead)?\W*$"
)
# "put the sheet music first, then the choir": an order, the rest following
_FIRST_THEN = re.compile(
    r"^(?:please |can you |could you |let'?s )?(?:put|move|have|place|start with)\s+(.+?)\s+"
    r"(?:first|at the (?:start|beginning|front))\s*(?:,|and|;)?\s*(?:and )?then\s+(.+?)\W*$"
)
_VERB_LEAD = (
    r"(?:trim|cut|delete|remove|add|make|put|move|swap|speed|slow|fade|mute|change|set|use|"
    r"generate|create|export|split|shorten|lengthen|extend|give|play)\b"
)
# "can the globe be the first thing people see", "make the barn the closing shot"
_FIRST_THING = re.compile(
    r"^(?:can|could|should|would|let|make)?\s*(?:we |you |i )?(?:make |have |let )?(the .+?)\s+"
    r"(?:be |is |as |become )?the\s+(?:very\s+)?(first|last|opening|closing|final)\s+"
    r"(?:thing|clip|shot|one|scene|image|picture|frame)\b.*$"
)


def _the(name: str) -> str:
    name = name.strip()
    return name if re.match(r"(?:the|my|clip|that|this|it)\b", name) else f"the {name} one"


def expand(text: str) -> str:
    """``text`` (already lower-cased, numbers as digits) with shorthand spelled out."""
    # "slooow", "pleeease": a held key (a web address's "www" is not one)
    text = re.sub(
        r"([a-z])\1{2,}", lambda m: m.group(0) if m.group(0) == "www" else m.group(1), text
    )
    text = re.sub(r"\b1st\b", "first", text)
    text = plainly(text)
    text = re.sub(r"^sign (?:it|this|the video)\b", "add a caption", text)  # "sign it 'by Lin'"
    text = re.sub(r"^follow (?:it|that|this) (?:up )?with (.+)$", r"add \1 right after it", text)
    # "eight seconds in length", "6 seconds in duration": a length said formally
    text = re.sub(
        r"\b(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?) (?:in (?:length|duration)|long in duration)\b",
        r"\1 seconds long",
        text,
    )
    text = re.sub(r"\b(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?) in\b", r"at \1 seconds", text)
    if re.search(r"\b(?:long|short|seconds?|trim|cut|length)\b", text):
        text = re.sub(r"\bmake it (\d+(?:\.\d+)?)\W*$", r"make it \1 seconds", text)
    if re.match(
        r"^(?:(?:and|then|now|also|ok|oh)\s+)*(?:a|an|another|one more|generate|create)\b", text
    ):
        # "a cozy cafe with fairy lights, make that one 7": the new clip's length
        text = re.sub(
            r"[,\s]+(?:make|have) (?:that|this|it)(?: one)? (\d+(?:\.\d+)?)\W*$",
            r", \1 seconds",
            text,
        )
    text = re.sub(
        r"^(?:.*?\b)?(?:one more|1 more) like (the .+?)\W*$", r"generate another clip like \1", text
    )
    text = re.sub(  # "the sniffing grass one again please": one more of it
        r"^(?:(?:can i have|could i get|can we get|give me|do|make)\s+)?(the [a-z' -]+? "
        r"(?:one|clip|shot))\s+(?:again|once more)(?:\s+(?:please|pls))?\W*$",
        r"generate another clip like \1",
        text,
    )
    text = re.sub(r"\bx\s*-?\s*fades?\b|\bxfades?\b", "crossfade", text)  # "xfade between all"
    # "one more, please: confetti …", "one more if you would — wool …"
    text = re.sub(
        r"[,\s]+(?:please|pls|if you would|if you could|if you don'?t mind)\s*[:—–]", ":", text
    )
    # "drop some lofi on it", "slap a title on it": something added, not taken away
    text = re.sub(
        r"\b(?:drop|slap|throw|chuck|toss|pop|stick)\s+(some|a|an)\s+(?=(?:[\w'-]+\s+){0,3}?"
        r"(?:on|over|under|onto|in|into|behind)\b)",
        r"add \1 ",
        text,
    )
    text = re.sub(
        r"(?:移到|挪到|放到|放在|调到)第(?:1|一)(?:个|位)?(?![\d个位片段镜视后前之])",
        "放到最前面",
        text,
    )
    text = re.sub(
        r"^(?:(?:hmm+|hm|um+|uh+|ok|okay|so|well|actually)\W*\s*)*"
        r"(?:i think|i guess|maybe|perhaps|i feel like|honestly)\s*,?\s+(?=the\b)",
        "",
        text,
    )
    text = re.sub(r"^字(?=大|小|体|号|再|的颜色|颜色)", "文字", text)  # "字大一点": the text
    text = re.sub(r"(?<![到在])放(?=前面|最前|后面|最后|开头|结尾)", "放到", text)  # "放前面"
    # "然后加一段长城的，六秒": a clip of that
    text = re.sub(
        r"^(?:然后|接着|还要|再)?加(?:1|一)?(?:段|个|条)(?!.*(?:标题|字幕|文字|音乐|配乐|歌|转场|淡入|淡出|特效))",
        "生成一个",
        text,
    )
    # "turn the music down to like 20": a level in percent
    if re.search(r"\b(?:music|volume|bgm|sound|audio|song|level)\b", text):
        text = re.sub(
            r"\b((?:down|up|volume|music|bgm|level)\s+to\s+)(?:like |about |around )?(\d{1,3})\b"
            r"(?!\s*(?:%|s\b|secs?|seconds?|x\b|:|\.\d))",
            r"\1\2%",
            text,
        )
    # "caption goes at the bottom": the text moved, not a new one
    text = re.sub(
        r"^(?:the )?(title|caption|text)\s+(?:goes|go|should go|should be|to)\s+(?:at |to |on )?"
        r"(?:the )?(top|bottom|middle|center|centre)\b",
        r"move the \1 to the \2",
        text,
    )
    # "another one like the cake one": another of that clip's subject
    text = re.sub(
        r"^(?:.*?\b)?(?:make |do |give me |generate )?another(?: one| clip)? like (the .+?)\W*$",
        r"generate another clip like \1",
        text,
    )
    # "add 3 seconds of a delivery van …": a clip of that length
    text = re.sub(
        r"\b(?:add|insert|put in|give me|i want|i need)\s+(?:an?\s+)?(\d+(?:\.\d+)?\s*"
        r"(?:s|secs?|seconds?))\s+of\s+(?!(?:the|it|this|that|music|silence|black|nothing)\b)",
        r"add a \1 clip of ",
        text,
    )
    text = re.sub(
        # "2 short" is "too short", "2 short clips" a count of clips
        r"\b2 (loud|long|short|quiet|fast|slow|big|small|dark|bright|much)\b"
        r"(?!\s+(?:[\w'-]+\s+)?(?:clips|videos|shots|scenes|ones)\b)",
        r"too \1",
        text,
    )
    text = _WORD.sub(lambda m: corrected(m.group(0)), text)
    text = re.sub(r"\bslo(?:w)?[- ]?mo(?:tion)?\b", "slower", text)
    text = re.sub(
        r"\b(?:turn|switch|shut) (?:the )?(music|bgm|song|soundtrack|tune) off\b|"
        r"\b(?:turn|switch|shut) off (?:the )?(music|bgm|song|soundtrack|tune)\b",
        "mute the music",
        text,
    )
    text = re.sub(r"(?:刚才|刚刚)(?:那个|那步|那一步|的)?(?:不要了|不要|算了)", "撤销", text)
    # "小笼包放到火锅后面": the clip named before the verb, as "把…放到…" says it
    text = re.sub(
        r"^(?!把|将|再|也|还|先)(?!音量|音乐|标题|字幕|文字|速度|画面|视频|时长|声音|转场|整个|全部)"
        r"([\u4e00-\u9fff]{2,6}?)(?:那段|那个|的片段|片段)?(放到|移到|挪到|放在|排到)",
        r"把\1\2",
        text,
    )
    # "make clip 2 last 3 seconds": "last" the verb, not "the last 3 seconds"
    text = re.sub(
        r"\b((?:make|let|have)\s+(?:clip\s*\d+|(?:the\s+)?(?:[a-z'-]+\s+){0,2}?"
        r"(?:clip|one|shot|video|scene)))\s+last\s+(?=\d)",
        r"\1 run ",
        text,
    )
    # "hide the title after 2 seconds": shown until then
    text = re.sub(
        r"\b(?:hide|remove|take off|drop)\s+(the (?:title|caption|text))\s+(?:after|at)\s+"
        r"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b",
        r"show \1 for the first \2 seconds",
        text,
    )
    # "make the title bigger? it's kind of tiny on my phone": the complaint behind the ask
    text = re.sub(
        r"\b(bigger|smaller|larger|shorter|longer|faster|slower)\s*[?.!,]+\s*"
        r"(?:it'?s|its|it is|it looks|they'?re|looks)\s+(?:kind of |kinda |a bit |a little |"
        r"rather |quite |really |so |pretty |very |way )*[a-z]+(?:\s+(?:on|in|for) [a-z' ]+)?\W*$",
        r"\1",
        text,
    )
    text = _TOO_WORD.sub(lambda m: " " + _TOO[m.group(1)], text)
    text = re.sub(
        r"\b(?:goes|go|runs?|drags?) on (?:a bit |a little |way )?(?:too )?long\b", " shorter", text
    )
    text = re.sub(r"\bgo(?:es)? (slow|slower)\b", "slower", text)
    text = re.sub(r"\bgo(?:es)? (fast|faster|quick|quicker)\b", "faster", text)
    if (match := _FIRST_THEN.match(text)) and not re.match(_VERB_LEAD, match.group(2)):
        text = f"move {_the(match.group(1))} to the start"  # "the sheet music first, then …"
    elif (match := _FIRST_THING.match(text)) and not re.search(
        r"\b(?:title|caption|text|music|song|words|it|this|that)\b", match.group(1)
    ):
        end = "start" if match.group(2) in ("first", "opening") else "end"
        text = f"move {_the(match.group(1))} to the {end}"  # "can the globe be the first thing…"
    elif (match := _OPEN.match(text)) and not re.search(
        r"\b(?:title|caption|text|music|fade)\b", text
    ):  # "start with the pier one" moves it; "start with a clip of a kite" makes one there
        text = (
            f"{match.group(1)} at the start"
            if _NEW_THING.match(match.group(1))
            else f"move {_the(match.group(1))} to the start"
        ) + text[match.end() :]
    elif (match := _CLOSE.match(text)) and not re.search(
        r"\b(?:title|caption|text|music|fade)\b", text
    ):
        text = (
            f"{match.group(1)} at the end"
            if _NEW_THING.match(match.group(1))
            else f"move {_the(match.group(1))} to the end"
        )
    elif match := _OPENS.match(text):  # "I reckon the pier should open it"
        place = "to the start" if match.group(2) in ("open", "start", "begin") else "to the end"
        text = f"move {_the(match.group(1))} {place}" + text[match.end() :]
    elif (
        (match := _GOES.match(text))
        and not re.search(r"\b(?:title|caption|text|music|song|words)\b", match.group(1))
        and (  # "could it go right after the piano clip": "it" goes next to a clip
            not re.fullmatch(r"it|this|that", match.group(1))
            or re.search(r"after|before", match.group(2))
        )
    ):
        text = f"move {_the(match.group(1))} {match.group(2)}"
    text = _FOLLOW_OF.sub("generate another clip of ", text, count=1)
    text = _FOLLOW_COLON.sub("generate another clip of ", text, count=1)
    text = _ANOTHER.sub("generate another clip", text, count=1)
    text = _ONE_OF.sub(lambda m: f"generate a {m.group(1) or ''}clip of ", text, count=1)
    text = _THEN_A.sub("generate a clip of a ", text, count=1)
    text = _CLIP_BARE.sub(r"\1 a \2 of ", text, count=1)
    if not re.search(r"\d\s*:\s*\d|%|x\b", text):
        text = _TRIM_TO.sub(r"\1 seconds", text, count=1)
    text = _ZH_AGAIN.sub("生成一个", text, count=1)
    return text
