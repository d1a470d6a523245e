"""Pure: the last words taken off a prompt, whichever reader found it.

Both ways a new clip is read (a request to generate, a bare description) end here, so the
asking around a subject is left out once: "can you start us off with", "could you generate
our … too", "… is plenty", "…, if that's not too much bother", "谢谢您。… 拍的是…".
"""

from __future__ import annotations

import re

_ASKING_FIRST = re.compile(
    r"^(?:(?:hiya|hi|hello|hey|ooh+|oh|and|so|now|then|lovely|great|right|ok|okay|alright)\b\W*)*"
    r"(?:(?:can|could|would|will|may|might) (?:you|we|ya|u|i) (?:please |also |just |then )*"
    r"(?:(?:(?:get|have|do|make) (?:1|one) (?:more )?of|"
    r"start (?:us|it|things) off with|start with|open with|generate|make|create|do|give us|"
    r"get|have|add|film|show|whip up|knock (?:us|me) up)\b\s*)?|"
    r"(?:let'?s )?start (?:us |it |things )?off with\s*|(?:knock|whip) (?:us |me )?up\s+|"
    r"chuck in\s+(?:(?:a|an)\s+(?:close[- ]?up|shot|clip)\s+of\s+)?|"
    r"(?:n|an|and) one more\s*[-–—:]\s*|i (?:also )?get one of\s+|"
    # "give us an old windmill…", "reckon we need a stockman…"
    r"(?:now )?(?:give us|gimme|get us)\s+|(?:i )?reckon (?:we|i) (?:need|want|could use)\s+|"
    r"(?:we|i) (?:need|want|could use)\s+(?=a |an |some )|reckon\s+)"
)
_ASKING_LAST = re.compile(
    r"(?:[,\s]+(?:if (?:that'?s|that is|it'?s) not too much (?:bother|trouble)|if you don'?t mind|"
    r"if that'?s (?:quite )?(?:all right|alright|ok(?:ay)?)|an all|bout|"
    r"if possible|if you can|please|too|as well|or so|is plenty|is enough|is fine|will do|"
    r"i think|i guess|maybe|perhaps|"
    r"should do|"
    r"would be (?:great|lovely|grand|nice|perfect)))+\W*$"
)
_FRAMING = re.compile(r"^(?:a |an |the )?(?:close[- ]?up|closeup|shot) of\s+(?=\S)")  # the subject
# "next one, char kway teow…", "third one. the old bothy…", "one uncle pulling teh tarik",
# "hit me with an upright bass": which clip it is, or how it is asked, before the subject
_WHICH_ONE = re.compile(
    r"^(?:(?:a |the )?(?:next|second|third|fourth|fifth|last|final|another|new) one|one)"
    r"(?:\s*[,.:]\s*|\s+(?:where|with|showing|of)\s+|\s+(?=[a-z]{3,})(?!more\b|of\b))|"
    r"^(?:hit me with|lemme get|let me get|let me have)\s+"
)
# Singlish and chat particles said after the subject: "…on the plate or not, can already"
_PARTICLES = re.compile(r"(?:[,\s]+(?:or not|can already|can|lah|leh|lor|sia|meh|hor|ah))+\W*$")
_HEADING = re.compile(r"^(?:one more|another(?: one)?)\s*:\s*")  # "one more: balls of wool"
_LONE_UNIT = re.compile(r"^(?:s|secs?|seconds?)\s+(?=[a-z])")  # "5s polished …" less its 5
_CN_ASKING = re.compile(
    r"^(?:谢谢(?:您|你)?|多谢)[。，,！!\s]*|(?:^|[，,\s]|的)\s*(?:拍的是|内容是)|(?:^|[，,])\s*是(?=\S)"
)
_CN_LEAD = re.compile(r"^(?:还想|还要|想要|想|为|另)\s*[：:，,]?\s*(?=\S)")


def polished(prompt: str) -> str:
    """``prompt`` without the asking left around it (never empty when it was not)."""
    out = _ASKING_FIRST.sub("", prompt.strip())
    # "empty comedy club with one sad spotlight. basically my tuesday show": the subject is
    # the first sentence, what follows is said about it
    first = re.split(r"(?<=[a-z])\.\s+(?=[a-z])", out, maxsplit=1)[0]
    out = first if len(first.split()) >= 3 else out
    out = re.sub(r"^[,\s]*of\s+(?=\S)", "", _ASKING_LAST.sub("", out))  # "another one, of a bee"
    out = re.sub(r"[.,;]?\s*\b(?:duration|length|running time)\s*:?$", "", out)  # "…. Duration 2 s"
    out = _FRAMING.sub("", _LONE_UNIT.sub("", _HEADING.sub("", out)))
    out = _PARTICLES.sub("", _WHICH_ONE.sub("", out))
    out = _CN_ASKING.sub(" ", out)
    out = _CN_LEAD.sub("", out.strip(" ，,。"))
    out = re.sub(r"\s+", " ", out).strip(" ，,。.!?;；:！？～~、—–-")
    out = re.sub(r"(?<=[\u4e00-\u9fff]) (?=[a-z])|(?<=[a-z]) (?=[\u4e00-\u9fff])", "", out)
    return out or prompt
