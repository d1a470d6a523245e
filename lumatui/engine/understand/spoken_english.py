"""Pure: English as people type it in a chat, said plainly before anything is read.

Slang for making and adding ("knock us up a clip of…", "chuck in a close-up of…"), a word
said alone before the request ("Hmm.", "Right."), asides and courtesy around it ("lol",
"if it isn't too much trouble"), the order said back after a move, a decimal comma ("3,5
seconds"), comparatives said in steps ("more fast", "two times so fast"), a place said
before its verb ("the cheese one I want after the canal one"): each becomes the plain words
the readers know. The steps run in order; each says what it rewrites.
"""

from __future__ import annotations

import re

from lumatui.engine.understand.clause_kinds import REMARK, is_aside

_COMPARATIVE = {
    "fast": "faster",
    "quick": "faster",
    "slow": "slower",
    "short": "shorter",
    "long": "longer",
}


def _without_trailing_talk(text: str) -> str:
    """ "I think the bothy ought to come first. Sets the scene.": the last sentences, when they
    only talk about the request, are left off so the request is read as said."""
    while (parts := re.split(r"(?<=[a-z0-9])[.!?…]+\s+(?=\S)", text)) and len(parts) > 1:
        last = parts[-1].strip(" .!?…")
        if not (REMARK.match(last) or is_aside(last)):
            break
        text = text[: len(text) - len(parts[-1])].rstrip()
    return text


def plainly(text: str) -> str:
    """``text`` (lower case, numbers as digits) in the plain words the readers know."""
    text = _without_trailing_talk(text)
    # "knock us up a clip of…", "whip up one of…", "chuck in a close-up of…": slang for make/add
    text = re.sub(
        r"\b(?:knock|whip|rustle|sort) (?:us |me )?up\b(?= (?:a|an|one|another)\b)", "make", text
    )
    text = re.sub(r"\b(?:chuck|throw|bung|stick|pop) in\b(?= (?:a|an|one|another)\b)", "add", text)
    text = re.sub(r"\s+an(?:d)? all\b(?=\s*(?:[,.!?]|$))", "", text)  # "…hot towel an all"
    text = re.sub(
        r"^(?:(?:yo+|hey+|um+|uh+|hm+|erm|well|ok so|okay so|so|ok wait|wait|now)\s*[,!]?\s+)+"
        r"(?!far\b)",
        "",
        text,
    )
    # "…right at the start, on account of we always set out before sunup": why, said after
    text = re.sub(
        r",\s*(?:on account of|because|cos|'cause|since|seeing as)\b[^.?!]*(?=[.?!]|$)", "", text
    )
    # "Hmm. On reflection…", "Right. Next…": a sentence of one word before the request
    text = re.sub(
        r"^(?:hm+|um+|uh+|ah+|oh+|right|ok|okay|well|so|alright|lekker|nice|cool|great|lovely|"
        r"perfect|sweet|awesome|brilliant|grand|sound|cheers|ace|mint|sick|noice)\s*[.!…]+\s*",
        "",
        text,
    )
    # "the snowy steeple would make a gentler opening": a move said as an opinion
    text = re.sub(
        r"^(?:(?:on reflection|on second thought|actually|hmm+),? )?(?:i think |i feel |i reckon )?"
        r"(the [a-z' -]+?) (?:would|will|could|might) make "
        r"(?:a|an|the) (?:[a-z]+ )?(opening|opener|intro|start|ending|closer|finale|end)\b",
        lambda m: (
            f"move {m.group(1)} to the "
            + ("start" if m.group(2) in ("opening", "opener", "intro", "start") else "end")
        ),
        text,
    )
    # "would it be better if the necklace went first?": a move asked as a question
    text = re.sub(
        r"^(?:would|wouldn'?t) it (?:be|look) (?:better|nicer|good) if (the [a-z' -]+?) "
        r"(?:went|came|was|were|goes|comes|is) (first|last|at the (?:start|end|beginning)|"
        r"(?:right |just |straight )?(?:before|after) [^?.!,]+)",
        r"move \1 \2",
        text,
    )
    # "should probably come second, after the viaduct": where it goes, said twice
    text = re.sub(
        r"\b(should|could|would|can|ought to) (?:probably|maybe|perhaps|really|definitely|"
        r"literally|totally|honestly|actually|just) ",
        r"\1 ",
        text,
    )
    text = re.sub(
        r"\b(come|go|be|sit) (?:second|third|fourth|next),? "
        r"((?:right |just |straight )?(?:after|before))\b",
        r"\1 \2",
        text,
    )
    # "the cake clip, which is now the last one, should fade out": said about it, not asked
    text = re.sub(r",\s*(?:which|that|who) (?:is|are)(?: now| currently)? [^,]{1,40},", "", text)
    # asides that carry no request: "lowkey …", "… lol", "… actually? if that's ok"
    text = re.sub(
        r"^(?:(?:lowkey|highkey|ngl|tbh|honestly|imo|actually|on reflection|on second thought|nah|"
        r"ag no|ag|ach|och|oops|whoops|oh dear|"
        r"(?:and )?(?:lastly|finally)|"
        r"if it isn'?t too much trouble|if it'?s not too much trouble|"
        r"if it'?s (?:all right|alright|ok(?:ay)?)|if you don'?t mind|if possible)\b[\s,]*)+",
        "",
        text,
    )
    text = re.sub(
        r"(?:[,?.!\s]+(?:actually|lol|lmao|haha+|tbh|ngl|fr|imo|pls|plz|thx|ty|would you|innit|"
        r"hey|eh|ya know|you know|bro|dude|would ya|will ya|cheers|ta|lah|leh|lor|sia|meh|"
        r"mate|"
        r"is that ok(?:ay)?|is that alright|if that'?s (?:quite )?(?:all right|alright)|"
        r"could you|will you|can you|yeah|if you would|"
        r"if (?:that'?s|that is|it'?s) (?:ok|okay|alright|fine|possible)|if you can|if possible))+"
        r"\W*$",
        "",
        text,
    )
    # "one more, if it's no trouble at all: piping…": courtesy inside the request
    text = re.sub(
        r",?\s*(?:if (?:it'?s|it is|that'?s|that is) (?:no|not too much|not any) "
        r"(?:trouble|bother)|"
        r"if (?:it|that) isn'?t too much (?:trouble|bother)|if you(?: would|'d) be so kind|"
        r"if you please)(?: at all)?\s*,?(?=\s*[:\w])",
        "",
        text,
    )
    # "…after the curtains one? so it's curtains, photo, then the ballerinas": the order
    # said back, after the request that makes it
    text = re.sub(
        r"(?<=\S)\s*[?.!]+\s*(?:so\s+)?(?:it'?s|it goes|it would be|it'?d be|the order(?:'s| is| "
        r"would be)?|that makes it|that'?d be)\s*:?\s+[^,.?!]+(?:,\s*[^,.?!]+)+\W*$",
        "",
        text,
    )
    # "make half a minute of runners…" (already "30 seconds of"): a clip that long
    text = re.sub(
        r"\b(make|generate|create|give me|render|shoot|i want|i need)\s+(?:me\s+)?"
        r"(?:about\s+|around\s+|like\s+|roughly\s+)?(\d+(?:\.\d+)?)\s*-?\s*(?:seconds?|secs?|s)\s+"
        r"of\s+(?!(?:the|it|this|that|my|our|black|silence|music|nothing)\b)",
        r"\1 a \2 second clip of ",
        text,
    )
    text = re.sub(r"^(?:next up|up next)\b\s*:?", "next:", text)  # "next up: a fox…"
    text = re.sub(  # "title only first 2s": when it shows
        r"^(?:the\s+)?(title|caption|subtitle|text)\s+(?:only\s+)?(?:for\s+|in\s+)?(?:the\s+)?"
        r"(first|last)\s+(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)(?:\s+only)?\W*$",
        r"show the \1 for the \2 \3 seconds only",
        text,
    )
    text = re.sub(  # "add one of the water station too, 3 seconds": a clip of it
        r"^(?:(?:could|can|may) (?:i|we) (?:also |please |just )*)?"
        r"(?:add|make|do|generate|give me|get|have)\s+(?:1|one)\s+(?:more\s+)?(?:of|showing)\s+"
        r"(?!(?:my|our|your|these|those|them|it|the (?:photos|pictures|clips|videos|ones))\b)"
        r"(?:the\s+)?(.+?)(?:\s+(?:too|as well|also))?(?=\s*(?:[,.;]|$))",
        r"add a clip of \1",
        text,
    )
    text = re.sub(r"\bb4\b", "before", text)
    text = re.sub(
        r"\b(?:yer|ya|ye|yous?e?)\b(?= (?:make|do|put|add|cut|trim|move|slow|speed|fade|give)\b)",
        "you",
        text,
    )
    text = re.sub(r"\bfading(?= (?:gently |slowly |softly )?(?:to|into) black)", "fade", text)
    # "3,5 seconds": a decimal comma
    text = re.sub(r"\b(\d{1,2}),(\d{1,2})\s*(?=s\b|secs?\b|seconds?\b|x\b|秒)", r"\1.\2 ", text)
    # "can it go more fast? two times so fast": comparatives said in steps
    text = re.sub(
        r"\bmore (fast|slow|short|long|quick)\b",
        lambda m: _COMPARATIVE[m.group(1)],
        text,
    )
    text = re.sub(r"\b(\d+(?:\.\d+)?) times (?:so|as) (?:fast|quick)\b", r"\1x speed", text)
    # "the cheese one I want after the canal one, not at the end": the place said first
    text = re.sub(
        r"^(the [a-z' -]+? (?:one|clip|shot)) (?:i|we) (?:want|would like|'d like|need)"
        r"( (?:right |just |straight )?(?:after|before) .+?|(?: at the (?:start|end|beginning))|"
        r" first| last)"
        r"(?:,? not (?:at the (?:end|start|beginning)|first|last|(?:after|before) .+?))?"
        r"\W*$",
        r"move \1\2",
        text,
    )
    text = re.sub(r"\bmake (?:that|it) undone\b", "undo that", text)  # "make that undone"
    # "a pike that was longer than my arm": a comparison in a story, not an edit
    text = re.sub(
        r"\b(?:longer|shorter|bigger|smaller|faster|slower) than (?:my|his|her|their|your) [a-z]+",
        "",
        text,
    )
    text = re.sub(
        r"\b(\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)) only\b", r"\1", text
    )  # "3 seconds only"
    # "Clip 3, 4 s: the team celebrating…": the next clip, described
    text = re.sub(
        r"^clip \d+\s*,?\s*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*[:：-]\s*(?=\S)",
        r"generate a \1 second clip of ",
        text,
    )
    text = re.sub(r"[.,]?\s*no other (?:transitions|crossfades|fades|cuts)\W*$", "", text)
    # minutes-style wording: "so that it directly follows the sheep", "reverse the previous
    # action", "at its close", "sixteen by nine", "the two existing clips"
    text = re.sub(
        r"\bso (?:that )?it (?:directly |immediately |now )?follows\b", "right after", text
    )
    text = re.sub(
        r"\bso (?:that )?it (?:directly |immediately |now )?precedes\b", "right before", text
    )
    text = re.sub(
        r"\breverse (?:the |my |that )?(?:previous|last) (?:action|step|change|edit)\b",
        "undo",
        text,
    )
    text = re.sub(r"\bat (?:its|the) (?:close|conclusion|finish)\b", "at the end", text)
    text = re.sub(r"\b(16|9|1|4|5) by (9|16|1|5|4)\b", r"\1:\2", text)
    text = re.sub(r"\bthe (?:two|2) (?:existing|current|other) clips\b", "the two clips", text)
    text = re.sub(
        r",?\s*to be (?:placed|put|inserted|positioned|shown) (?=between|after|before|at)",
        ", put it ",
        text,
    )
    # "Jenny says to make it the wide kind": someone else's words, passed on
    text = re.sub(
        r"^(?:[a-z]+|my [a-z]+) (?:says|said|wants me|thinks)(?: (?:i|we) should| to)? (?=[a-z])",
        "",
        text,
    )
    text = re.sub(r"\bthe wide (?:kind|one|version|format)\b", "16:9", text)
    text = re.sub(r",?\s*whatever that (?:is|means)\W*$", "", text)
    # "whole thing 30 sec max": the video's length
    text = re.sub(
        r"\b(?:the )?(?:whole thing|whole video|whole edit|everything|total)\s*(?:to |at )?"
        r"(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\s*(?:max|maximum|tops|at most|long)?\b",
        r"set the length to \1 seconds",
        text,
    )
    text = re.sub(r",?\s*no (?:louder|higher|more)\b", "", text)  # "twenty percent, no louder"
    text = re.sub(r"^(?:slap|stick|pop|chuck|throw)\s+(?=§\d+§)", "add ", text)  # "slap 'X' on"
    text = re.sub(r"\bso (?:that )?it (?:goes|gose|fades|turns) (?:to )?black\b", "to black", text)
    # minutes-style requests: "Item 3: a clip of a waterfall…"
    text = re.sub(r"(?:^|(?<=[.!?] ))(?:item|point|no\.?|#)\s*\d+\s*[:.)-]\s*", "", text)
    # Indian English: "kindly prepone the beach clip to the beginning"
    text = re.sub(r"\bkindly\b", "please", text)
    text = re.sub(r"\bprepone\b", "move", text)
    text = re.sub(r"[,.]?\s*(?:and )?(?:please )?do the needful\W*$", "", text)
    # "a fade of one second between the clips", "a soft fade between each of the pictures"
    if re.search(
        r"\bbetween (?:each of |all of |every |all |each )?(?:the |my |two )?(?:clips|pictures|"
        r"shots|scenes|photos|videos|parts)\b",
        text,
    ):
        text = re.sub(
            r"(?<!cross)(?<!cross-)(?<!cross )\bfades?\b(?!\s*(?:in|out)\b)", "crossfade", text
        )
    # "slide them folks to the very start": "them" as "those", "slide" as a move
    text = re.sub(
        r"\bthem\s+(?!(?:first|last|all|both|to|in|at|on|up|down|out|off|back|together|around|"
        r"over|and|please|again|next|after|before|faster|slower|shorter|longer|for|from|with|so|"
        r"into|one|two|three|more|less|a|an|the)\b)(?=[a-z]{3,})",
        "the ",
        text,
    )
    text = re.sub(
        r"^(?:slide|scoot|shove|nudge|drag|take)\s+(?=.+?\s+(?:to the (?:very )?(?:start|end|front|"
        r"beginning|back)|before|after|first|last)\b)",
        "move ",
        text,
    )
    text = re.sub(
        r"(?<=[a-z]) n (?=(?:the|a|an|my|that|this|clip|it)\b)", " and ", text
    )  # "x n the y"
    return text
