"""Pure: the courtesy around a Chinese request taken away, so only the request is read.

"您好，我是在杭州做婚礼策划的，想请您先帮我生成一段西湖断桥的画面，大概五秒钟就可以了，谢谢。" asks
for one clip of 西湖断桥, five seconds long. The greeting, who is speaking, 麻烦您/想请您/帮我,
如果可以的话, the closing 就可以了/就行/吧/哈 and 谢谢/辛苦了 are said to a person; left in, they
end up in the prompt ("想 您先 西湖断桥…") or hide the request from the readers.
"""

from __future__ import annotations

import re

_GREETING = re.compile(
    r"^(?:(?:您好|你好|大家好|各位(?:老师|朋友|老铁|家人)?们?好|老铁们?|家人们|嗨|嘿|哈喽|哎呀|哎|诶|哇+|"
    r"哈哈+|好正|好靓|姐妹们?冲?|宝子们|兄弟们|朋友们|老表们?|"
    r"[\u4e00-\u9fff]{0,4}(?:晚上好|早上好|下午好|中午好)|"
    r"hello|hi|hey|ok|"
    r"okay|好的|(?:非常)?(?:谢谢|感谢)(?:您|你)?)(?:呀|啊|啦)?[～~，,！!。\s]*)+"
)
# "我是在杭州做婚礼策划的，", "我们是南京1家做盐水鸭的老店，": who is asking, said first
_WHO = re.compile(
    r"^(?:我|我们)是(?![^，,。]*(?:想要|把|加|生成|删|改|剪))[^，,。]{1,24}[，,。]\s*"
)
_ASKING = re.compile(
    r"(?:如果(?:可以|方便)的话|可以的话|方便的话|如果可以|麻烦(?:您|你)(?:了)?|麻烦|劳驾|能否|可否|"
    r"烦请|敬请|恳请|"
    r"想请(?:您|你)|请(?:您|你)?|能不能(?:请(?:您|你))?帮我|能(?:不能)?帮我|帮我们?|帮忙|"
    r"给我们?(?=来|做|生成|弄|整|搞))\s*"
)
_THANKS = re.compile(r"[，,。\s]*(?:谢谢(?:您|你|啦)?|多谢|辛苦(?:您|你)?了|感谢)[！!。～~\s]*$")
# what closes a clause but is not part of it: "大概四秒就行", "三秒吧", "两秒半哈"
_CLOSING = re.compile(
    r"(?:就可以了|就可以|就行了|就行|就好了|就好|就够了|就够|都行|即可|得嘞|好嘞|要得|吧|哈|啊|呀|嘛|啦|呢|哦|呗)+"
    r"(?=[，,。！!？?～~\s]|$)"
)
_OPINION = re.compile(r"^(?:我觉得|我感觉|感觉|接下来|接着|此外|其次|首先)\s*[，,]?\s*(?=\S)")
# "…会比较吸引人", "，调整一下": why, or a word for doing it, said after the request
_REASON = re.compile(
    r"(?:会(?:比较|更)?[\u4e00-\u9fff]{1,6}|[，,]\s*(?:调整|改|弄|处理)(?:一?下)?)(?=[，,。！!\s]|$)"
)
_FIRST = re.compile(
    r"(?:^|(?<=[。，,！!]))(?:想|想要|还想要|另外还想要|另外)?首?先(?=生成|做|来|弄|拍|整|搞)|^还有(?=\S)"
)
_HASTE = re.compile(r"^在(?=来|要|生成|加|做)")  # "在来一个…" is "再来一个…" typed in haste
_SEGMENT = re.compile(r"(?<=[那这])断(?!了|开)")  # "猫那断放最后": 那段
# "弄个…", "整一段…": make one ("整个视频" is the whole video)
_MAKE = re.compile(
    r"(?:弄|搞)(?=(?:1|一)?(?:个|段|条))|整(?=(?:1|一)(?:个|段|条)|段|条)"
)  # "帮我弄个洱海日出的视频": make one
_LENGTH = re.compile(r"时长(?:为|是)?\s*(?=\d)")  # "时长3秒": 3秒


# In this order: the greeting and who is speaking come first, the closing words last.
_STEPS = (
    (_GREETING, ""),
    (_WHO, ""),
    (_THANKS, ""),
    (_ASKING, ""),
    (_OPINION, ""),
    (_REASON, ""),
    (_FIRST, ""),
    (_HASTE, "再"),
    (_SEGMENT, "段"),
    (_MAKE, "生成"),
    (_LENGTH, ""),
    (_CLOSING, ""),
)


def without_courtesy(text: str) -> str:
    """``text`` (Chinese, prepared) with greetings, self-introductions and polite words left
    out; other text comes back as it was."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    return re.sub(r"^[，,。\s]+|(?<=[，,])[，,\s]+", "", text).strip() or text
