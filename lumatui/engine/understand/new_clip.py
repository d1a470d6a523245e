"""Pure: a message no reader understood, read once more as the shape of a request for a clip.

People ask for clips in a hundred shapes: "clip: kettlebell swings, two seconds", "next: 3
sec of a runner's feet", "and kids running round a backyard pls, 4 secs", "还要一个夜市的镜头，
五秒钟", "I would like a little film of my roses". What they share: a subject, usually a
length or a word that announces footage, and none of the words that edit what is already
there. A message with any edit word, a reference to a clip, or a question word is left alone
(it gets a question instead), so a scene word inside an edit never becomes a new clip.
"""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation
from lumatui.engine.understand.draft_fit import UNSAID
from lumatui.engine.understand.media_asks import clamp_seconds
from lumatui.engine.understand.places import place_in, relative_place
from lumatui.engine.understand.prepared_text import Prepared
from lumatui.engine.understand.prompt_words import polished
from lumatui.engine.understand.slots import has, seconds_in

# Words that announce footage ("a close-up of", "镜头") or another clip ("one more", "next").
_CUE = re.compile(
    r"\b(?:clip|shot|scene|video|film|footage|close-?up|closeup|b-?roll|timelapse|time-lapse|"
    r"one more|another|next|then|and finally|also|need|want|gimme|give me|i'?d like|"
    r"i would like|make one|do one|how about|what about)\b|"
    r"还要|再来|再要|来个|来一个|要一个|镜头|画面|片段|视频"
)
# Any of these means the message is about what is there, or about something else.
_EDIT = re.compile(
    r"\b(?:trim|cut|shorten|shorter|longer|lengthen|extend|speed|slower|faster|quicker|"
    r"move|swap|switch|delete|remove|drop|fade|mute|volume|louder|quieter|title|caption|"
    r"text|words?|letters|headline|music|song|split|loop|repeat|undo|redo|"
    r"crop|fit|canvas|aspect|ratio|vertical|horizontal|(?<!times )square|portrait|landscape|export|"
    r"transition|crossfade|reverse|order|instead|"
    r"them|these|those|they|upload\w*|photo|picture|image|pic|it|it'?s|its|that one|this one|"
    r"set|length|duration|keep|only|whole|total|everything|take|extra|less|more|"
    r"effects?|filter|zoom|pan|half|double(?!\s*-?\s*(?:bass|decker|bed|room|cream|espresso|doors?|act|rainbow)\b)|twice|"
    r"times|percent)\b|"
    r"\btoo\s+(?:\w+\s+)?(?:long|short|fast|slow|big|small|loud|quiet|dark|bright|much)\b|"
    r"\bslow(?:er)?\s+(?:it|them|this|that|down|the)\b|\b(?:to|from|by)\s+\d|"
    r"\b(?:put|move|goes?|go|be)\b.*\b(?:first|last)\b|\b(?:first|last)\W*$|"
    r"\bthe (?:first|last|second|third) (?:clip|one|shot)\b|"
    r"\b(?:clip|shot|scene)\s*\d|\bthe \w+ (?:one|clip|shot|part|bit)\b|"
    r"\b(?:the|this|my|that) (?:video|clip|film|movie|edit|cut)\b|[+%]|\d\s*x\b|"
    r"剪|删|移|放到|放在|(?<!交)(?<!互)换|(?:交|互)换(?=第|\d|一下|位置|顺序)|调|速度|快|慢|淡|音乐|歌|"
    r"标题|字幕|文字|转场|第\d|最后|开头|"
    r"那个|那段|这个|这段|它|照片|图片|改|设|减|加(?!个|一个|1个)|多|少|长|短|时长|整个|总|全部|"
    r"特效|效果|太(?=长|短|快|慢|大|小|暗|亮|吵|响|多|少|久)|分|倍|处|到|^把|^将|更|"
    r"变(?=快|慢|短|长|大|小|成|为|得|一下)|"  # "变快一点" edits; "川剧变脸" describes
    r"得(?=更|再|快|慢|短|长|大|小|亮|暗|久)"  # "弄得快一点" edits; "笑得前仰后合" describes
)
# With a reading already found (a bare length read as a trim), only a word that announces
# footage makes it a request for a new clip.
_STRONG_CUE = re.compile(
    r"\b(?:clip|shot|scene|film|footage|close-?up|closeup|b-?roll|timelapse|one more|another|"
    r"next|and finally|i'?d like|i would like|i'?d love|make one|gimme|give me)\b|"
    r"^(?:make|create|generate|show me|i want|i need|we need)\s+(?:me\s+)?(?:a|an|some)\b|"
    r"^(?:(?:now|then|and|next|also)\s+)*(?:a|an|some)\s+[a-z].*\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)\b|"
    r"还要|再来|再要|来个|来一个|要一个|镜头|画面"
)
_QUESTION = re.compile(
    r"^(?:what|how|why|who|where|which|when|is|are|do|does)\b|吗|什么|怎么|为什么"
)
# Framing around the subject: greetings, politeness, the announcing words, the length.
_FRAMING = [
    r"^(?:(?:hello|hi|hey|dear|ok|okay|lovely|great|nice|perfect|cool|thanks|thank you|ooh+|oh|"
    r"ah+|um+|uh+|hmm+|well|so|and|then|maybe|perhaps)\b[^a-z]*)+",
    r"\b(?:a|an)\s+(?:little |short |quick |nice |new )?one\s+(?:of|showing|with)\b",
    r"\b(?:to (?:begin|start|open) with|(?:let'?s |i'?d like to |i would like to )?(?:begin|start) "
    r"with|first of all|to start)\b",
    r"\b(?:i think|i guess|i reckon|if (?:that'?s|that is) ok(?:ay)?)\s*\W*$",
    r"\b(?:make|have|let) (?:it|that|this)(?: one)?\b(?=\s*(?:\d|$))",
    r"^(?:and|then|next|now|also|so|ok|okay|and finally|finally|lastly|plus)\b[\s,:]*",
    r"\b(?:please|pls|plz|if (?:that|it) is alright|if you can|if possible|lol|thanks)\b",
    r"\b(?:could|can|would) you (?:also |please )?(?:make|do|give me|create|get)\b",
    r"^\s*(?:and )?(?:after that|after this|next up|up next)\b[\s,:]*",
    r"\b(?:i(?:'d| would)(?: also| really| then)? (?:like|love)|i(?: also)? want|i(?: also)? need|"
    r"we need|need|want|gimme|give me|how about|"
    r"what about|could we have|can we have|can we get|can i get|could i get|let'?s have)\b",
    r"\bto open (?:my|the|our) [a-z ]+$",
    r"\b(?:make|do) (?:me )?one(?: of)?\b",
    r"^\s*(?:now|finally|lastly|then|also)\b",
    r"\b(?:one more|another(?: one)?)\b",
    r"\b(?:perhaps|maybe|about|around|roughly|approximately|like|just|only)\b(?=\s*\d)",
    r"(?:\b(?:for|lasting|about|around|roughly|approximately|maybe|perhaps|just|like)\s+)*"
    r"\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s)\b(?:\s+long)?(?:\s+(?:of|showing))?",
    r"\b(?:a|an|some)?\s*(?:little |short |quick |nice |new )?"
    r"(?:clip|shot|scene|video|film|footage|close-?up|closeup|b-?roll)s?\s*(?:of|showing|with)?\b",
    r"\b(?:like|just|basically)\b",
    r"^\s*(?:now\s+)?(?:make|generate|create|render|shoot|film|do)\b\s*",
    r"\b(?:as well|too)\s*$",
    r"^\s*(?:给我|帮我|请|我想要|我要|我想|麻烦)+\s*",
    # "在来一个" is "再来一个" typed in haste, "视屏" is "视频"
    r"(?:我们?)?(?:还想|想|再|还|也|在)?(?:来|要|做)\s*(?:\d+|一)?\s*(?:个|段)|还要|再来|再要|一个|\d+个|"
    r"的镜头|的画面|"
    r"的片段|的视[频屏]|镜头|画面|视屏|"
    r"(?:大概|大约|差不多|约)?\d+(?:\.\d+)?秒钟?(?:左右|上下)?的?",
    r"^\s*(?:另外|还有|然后|接着|最后)",
]
_PLAIN_END = re.compile(r"^[\s,.:;!?，。：；！？、-]+|[\s,.:;!?，。：；！？、的-]+$")


def _subject(text: str) -> str:
    after_colon = text.rsplit(":", 1)[1] if ":" in text else ""
    if re.search(r"[a-z\u4e00-\u9fff]{3}", after_colon):  # "clip: push-ups, two seconds"
        text = after_colon
    if found := relative_place(text):  # "… before the first dance": where, not what
        text = text[: found[1][0]] + " " + text[found[1][1] :]
    text = re.sub(
        r"\b(?:at|to) the (?:very )?(?:start|beginning|end|front)\b|\blike (?:that|this|it)\b",
        " ",
        text,
    )
    for pattern in _FRAMING:
        text = re.sub(pattern, " ", text)
    text = re.sub(r"^\s*(?:a|an|of|some)\s+", " ", text.strip(" ,.:;!?，。"))
    parts = [p.strip() for p in re.split(r"[,，;；]", text) if _PLAIN_END.sub("", p.strip())]
    subject = " ".join(_PLAIN_END.sub("", p) for p in parts)
    subject = re.sub(r"^(?:(?:a|an|of|one of|the)\s+)+|^的|\s+but$|^but\s+", "", subject.strip())
    subject = re.sub(r"\s+", " ", subject).strip()
    unsaid = ("", "that", "this", "it", "same", "the same", "but", "that but", "one")
    return UNSAID if subject in unsaid else polished(subject)


_POLITE = re.compile(
    r"\bif (?:that|it|this) (?:is|'s|would be) (?:alright|ok|okay|fine|possible)\b|"
    r"\bif (?:you can|possible|you don'?t mind)\b|\bthank you\b|\bthanks\b"
)


# A sentence that is only a greeting or a thank-you ("Lovely.", "Hello dear,").
_REMARK = re.compile(
    r"^(?:hello|hi|hey|dear|lovely|great|nice|perfect|cool|thanks|thank you|ok|okay|wow|omg|"
    r"cute|lol|haha|aww|yay|sweet|beautiful|gorgeous|love it|"
    r"awesome|amazing|good|brilliant|wonderful|yes|yeah|好的|不错|谢谢|太好了)(?:\s+\w+)?$"
)
# "clip: …", "first clip: …", "shot 3: …": a heading for the description that follows
_HEADING = re.compile(
    r"^(?:(?:create|make|generate|add)\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|next|last|another|new)?\s*(?:clip|shot|scene)\s*\d*|"
    r"first|second|third|fourth|fifth|next(?: up)?|up next|then|finally|lastly)\s*:"
)


_CN_PLACE_TAIL = re.compile(
    r"[，,\s]\s*((?:放在|放到|加到|插到|加在|排在)(?:最前面|最前|开头|最后面|最后|结尾|"
    r"第\d+(?:个|段)?(?:片段)?(?:的)?(?:前面|后面|之前|之后)))\W*$"
)
_ONLY_A_LENGTH = re.compile(
    r"^\W*(?:about |around |maybe |like |roughly )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?|秒)"
    r"(?:\s+(?:long|please|pls|i think|maybe|or so))*\W*$"
)


def _lengths_joined(sentences: list[str]) -> list[str]:
    out: list[str] = []
    for sentence in sentences:
        if out and _ONLY_A_LENGTH.match(sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _described(text: str) -> str:
    """The message without sentences that are only remarks, and without a heading."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!?。！？])\s+|[,，]\s*(?=\w)", text)]
    kept = [s for s in sentences if not _REMARK.match(s.strip(" .!?,，。！？"))]
    text = " ".join(kept) if kept else text
    whole = [s for s in re.split(r"(?<=[.!?。！？])\s+", text) if s.strip()]
    # "then finished shower wall. 3 sec": a sentence that is only a length belongs to the one
    # before it
    whole = _lengths_joined(whole)
    asked = [s for s in whole if _HEADING.match(s) or seconds_in(s) is not None]
    if len(whole) > 1 and asked:  # "I'm making an intro for my class. First clip: a volcano, 4 s."
        text = " ".join(asked)
    heading = _HEADING.match(text)
    return "clip of " + text[heading.end() :].strip() if heading else text


# "one more of silk scarves blowing about", "make one of jars lined up": what follows "of" is
# the subject, where only a length or a place said about a clip is an edit
_OF = re.compile(
    r"\b(?:clip|shot|scene|video|footage|close-?up|closeup|one|more)\s+(?:of|showing|featuring)\s+"
)
_ANNOUNCING = re.compile(r"\b(?:one more|another one|make one|do one|a short one|a quick one)\b")
_EDIT_IN_SUBJECT = re.compile(
    r"\btoo\s+(?:long|short|fast|slow|big|small|loud|quiet)\b|\b(?:to|by)\s+\d|"
    r"\b(?:faster|slower|shorter|longer|speed|mute|volume|louder|quieter)\b|[+%]|"
    r"\b(?:first|last)\W*$"
)


def _editing(text: str) -> bool:
    """Whether the words ask for an edit of what is there (then they describe no new clip)."""
    of = _OF.search(text)
    if not of:
        return bool(_EDIT.search(text))
    head = _ANNOUNCING.sub(" ", text[: of.start()] + " " + text[of.start() : of.end()])
    head = re.sub(r"\b(?:one|more)\s+(?:of|showing|featuring)\s*$", " ", head)
    return bool(_EDIT.search(head) or _EDIT_IN_SUBJECT.search(text[of.end() :]))


def read_new_clip(text: str, prepared: Prepared, strong: bool = False) -> list[Operation] | None:
    """The clip a message describes, or None when it reads as anything else. ``strong``: the
    message was read otherwise already, so only footage words announced in it count."""
    text = _described(_POLITE.sub(" ", text))
    put = re.match(r"^(?:put|place|add|insert|stick)\s+(?=a\b|an\b|some\b)", text)
    text = text[put.end() :] if put else text  # "put a sunrise between them": a new clip
    said_place = None
    if tail := _CN_PLACE_TAIL.search(text):  # "…雷峰塔夕阳的画面，4秒左右，放在最前面"
        said_place, text = place_in(tail.group(1)), text[: tail.start()]
    where = relative_place(text)
    unplaced = text[: where[1][0]] + " " + text[where[1][1] :] if where else text
    if _editing(unplaced) or _QUESTION.search(text):
        return None
    if strong and not _STRONG_CUE.search(text):
        return None
    seconds = seconds_in(text)
    if seconds is None and not _CUE.search(text) and not (put and where):
        return None
    subject = prepared.cn_typed(prepared.unquote(_subject(text)))
    if subject == UNSAID and not _CUE.search(text):
        return None
    if len(re.findall(r"[a-z]{3,}|[\u4e00-\u9fff]", subject)) < 1 or len(subject) > 200:
        return None
    if has(r"^(?:hm+|ok|okay|yes|no|nice|good|great|sure|thanks?)$", subject):
        return None
    args: dict[str, object] = {"prompt": subject, "seconds": clamp_seconds(seconds)}
    if place := said_place or place_in(text, strict=True):
        args["place"] = place
    return [Operation("generate_clip", args)]
