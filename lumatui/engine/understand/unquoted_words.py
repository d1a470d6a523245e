"""Pure: words for the screen said without quotes, put in quotes before anything is read.

"add a caption: order by May 10, free delivery", "write Happy Birthday across the middle",
"加标题 双十一大促 全场五折", "标题改成 西安美食一条街": the words are what the person typed (case
kept), and they end where a place, a time or a request of its own begins.
"""

from __future__ import annotations

import re

# Words for the screen said without quotes: "write Happy Birthday across the middle",
# "put EPIC BOSS FIGHT in big letters". Read on the message as typed (case kept).
_UNQUOTED = re.compile(
    r"^(?:please |can you |could you )?(?:write|type|put up|spell out)\s+"
    r"(?!the\b|a\b|it\b|some\b|that\b|this\b)(.+?)\s+"
    r"(?=(?:across|at|on|in|over|along|near|under)\s+(?:the\s+)?(?:top|bottom|middle|center|"
    r"centre|screen|video|start|end|beginning)\b)",
    re.IGNORECASE,
)
_SHOUTED = re.compile(
    r"^(?:please |can you |could you )?(?:put|write|add|type|show|say)\s+"
    r"([A-Z0-9][A-Z0-9!?'&.,-]*(?:\s+[A-Z0-9][A-Z0-9!?'&.,-]*)+)(?=\s+[a-z]|\W*$)"
)


# Where the words end: a place or a look said after them ("…，放在上面", "… 放在顶部")
_CJK_WORDS_END = (
    r"(?=[，,\s]+(?:要|请)?(?:放在|放到|放|在|位置|位于)?(?:屏幕|画面)?(?:的)?(?:顶部|上面|上方|底部|"
    r"下面|下方|中间|正中间?|最上面|最下面|开头|结尾|左上角|右上角|左下角|右下角)|"
    r"[，,]\s*(?:用|要|字)?(?:红|白|黄|蓝|绿|黑|粉|紫|金|橙)色|[，,]\s*(?:字)?(?:大|小)一?点|\s*$)"
)
# "加字幕：成都必吃三样", "caption: see you soon": the words after the colon
_AFTER_COLON = re.compile(
    r"^(?:(?:please |can you |could you |pls )?(?:add|put|write)\s+(?:a\s+|the\s+)?)?"
    r"(?:加|添加|写|打上)?\s*(?:个|一个)?\s*"
    r"(?:title|caption|subtitle|text|标题|標題|字幕|文字)(?:\s+(?:at|on|in)\s+(?:the\s+)?"
    r"(?:top|bottom|middle|center|start|end)|\s+up top|\s+down (?:low|the bottom))?\s*[:：]\s*(.+?)"
    # the words end where a time, a place or a request of its own begins
    r"(?=[,，]?\s+(?:for|from|during|until)\s+(?:the\s+)?(?:first|last|whole|entire|"
    r"\d+(?:\.\d+)?\s*(?:s\b|secs?\b|seconds?\b))|"
    r"[,，]?\s+(?:at|on|in)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|middle|center|centre)\b|"
    r"[,，]\s*(?:and\s+|then\s+)?(?:make|put|move|set|turn|add|fade|use|then)\b|"
    + _CJK_WORDS_END[3:],
    re.IGNORECASE,
)
# "change the text to ME WHEN IT COMES BACK", "put words happy 80th birthday frank"
_CHANGE_TO = re.compile(
    r"^(?:please |can you |could you )?(?:change|set|make|edit|update|rename)\s+(?:the\s+)?"
    r"(?:title|caption|subtitle|text|words|headline|wording)\s+(?:to|into|so it says|to say|"
    r"to read)\s+(?!(?:red|blue|green|yellow|white|black|pink|bold|bigger|smaller|the top|the "
    r"bottom|top|bottom)\b)(.+?)\s*$",
    re.IGNORECASE,
)
_PUT_WORDS = re.compile(
    r"^(?:please |can you |could you )?(?:put|add|write)\s+(?:the\s+)?words\s+"
    r"(?:that say\s+|saying\s+)?(.+?)"
    r"(?=\s+(?:at|on|in|across) the (?:very )?(?:top|bottom|middle|center|centre)\b|\s*$)",
    re.IGNORECASE,
)
# "put our name, Crumb & Co., at the bottom": the name between the commas
_NAMED_AS = re.compile(
    r"^(?:please )?(?:put|add|write|show)\s+(?:our|my|the)\s+(?:name|brand|shop name|company name|"
    r"business name|handle|website|url|tagline|slogan)\s*[,:]\s*(.+?)\s*,\s+"
    r"(?=(?:at|on|in|across|along|over)\b)",
    re.IGNORECASE,
)


# "title DJ KAYO LIVE at the top", "add caption 42.2 km done", "加标题 双十一大促 全场五折"
_AFTER_NOUN = re.compile(
    r"^(?:please )?(?:(?:add|put|write|insert|slap|pop|stick|throw|chuck)\s+)?(?:a |an |the |my )?"
    r"(?:title|caption|subtitle|tagline|text)\s+"
    r"(?!(?:to|at|on|in|for|from|of|and|with|is|be|should|needs|that|which|saying|says|"
    r"reading|bigger|smaller|larger|bold|red|blue|green|yellow|white|black|pink|purple|orange|"
    r"gold|colou?r|size|font|position|up|down|first|last|only|again|please|now|off|here|there|"
    r"please|too|more|less|a|an|the|it|this|goes|go|moves?|stays?|"
    # "the title looks kind of tiny": said about the title, not its words
    r"looks?|seems?|feels?|appears?|was|were|has|had|isn'?t|doesn'?t|can|could|would|will|"
    r"might|must|kind|kinda|sort|really|still|just|gets?|got)\b)(?![\u4e00-\u9fff])"
    r"(?!.*\b(?:saying|says|reads|reading)\b)"
    r"(.+?)(?=\s+(?:at|on|in|across|along|for|over)\s+(?:the\s+)?(?:very\s+)?(?:top|bottom|"
    r"middle|center|centre|start|end|beginning|first|last|whole|entire|screen)\b|"
    r"\s+(?:up top|down low|on top)\b|"
    r",\s*(?:in )?(?:red|white|yellow|black|blue|green|pink|gold|orange)\b|\s*$)",
    re.IGNORECASE,
)
_CJK_AFTER_NOUN = re.compile(
    r"^(?:加|添加|写|打上|加上)(?:个|一个|1个)?(?:标题|標題|字幕|文字)\s+(.+?)" + _CJK_WORDS_END
)
# "标题改成 西安美食一条街", "把字幕改为明天见": the new words, not a look
_CJK_CHANGE_TO = re.compile(
    r"^(?:请|帮我)?(?:把)?(?:标题|標題|字幕|文字)(?:的?(?:内容|文字))?\s*(?:改成|改为|换成|改叫)\s*"
    r"(?!(?:红|白|黄|蓝|绿|黑|粉|紫|金|橙|棕|灰|银|青|褐|大|小|粗|细|顶|底|上|下|中|左|右)|\W)"
    r"(?![^，,。\s]{0,3}色\W*$)(.+?)" + _CJK_WORDS_END
)
# "write happy birthday mom on it in big letters"
_WRITE_ON = re.compile(
    r"^(?:please |can you |could you )?(?:write|put|type)\s+(?!the\b|a\b|it\b|some\b)(.+?)\s+"
    r"(?=on (?:it|the video|top|the screen|screen)\b|in (?:big|large|small|huge|bold) letters\b)",
    re.IGNORECASE,
)
# A quote is a pair around words, never a lone apostrophe ("Don't").
_QUOTED = re.compile(r"(?<![A-Za-z])['\"“‘「『《].+?['\"”’」』》](?![A-Za-z])")


def quote_unquoted(message: str) -> str:
    """The message with on-screen words said without quotes put in quotes."""
    if _QUOTED.search(message):
        return message
    text = message.strip()
    for pattern in (
        _AFTER_COLON,
        _CHANGE_TO,
        _PUT_WORDS,
        _NAMED_AS,
        _UNQUOTED,
        _WRITE_ON,
        _SHOUTED,
        _CJK_AFTER_NOUN,
        _CJK_CHANGE_TO,
    ):
        if match := pattern.match(text):
            return f"{text[: match.start(1)]}“{match.group(1)}”{text[match.end(1) :]}"
    if (match := _AFTER_NOUN.match(text)) and len(match.group(1).split()) <= 8:
        return f"{text[: match.start(1)]}“{match.group(1)}”{text[match.end(1) :]}"
    return message
