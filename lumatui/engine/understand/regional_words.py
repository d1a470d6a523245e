"""Pure: Chinese said as a region or a chat says it, in the words the readers know.

"饺子那个整到擀面皮后边儿去" is "饺子那个放到擀面皮后面"; "给它整快一倍" is "给它2倍速";
"俺们" is "我们"; "那一段" is "那段". Northern 儿 after a place word is dropped, 整/弄/搞 before
a direction or a degree is the verb of that change, 贼 (very) is 很.
"""

from __future__ import annotations

import re

_STEPS = (
    (re.compile(r"^(?:搞快点|快点儿?|赶紧)[，,！!\s]+(?=\S)"), ""),  # 四川话 "hurry up", said first
    (re.compile(r"音乐喷泉"), "喷泉"),  # a fountain, not music
    (re.compile(r"仲(?=要|有)"), "还"),  # Cantonese "仲要一段…": 还要
    (re.compile(r"(?:(?<=^)|(?<=[，,。！!]))(?:先)?来(?:1|一)(?:段|个|条)"), "生成一个"),
    (re.compile(r"整点(?=[\u4e00-\u9fff]{0,6}(?:音乐|配乐|歌))"), "加点"),  # "整点带劲的音乐"
    # "熬汤的加快点": the clip named by what it shows, then what to do to it
    (
        re.compile(
            r"^(?![那这])([\u4e00-\u9fff]{2,6})的(?=加快|放慢|调|剪|删|放到|移|挪|加个|慢|快)"
        ),
        r"\1那段",
    ),
    (
        re.compile(r"(?:^|(?<=[，,。]))(?:然后)?(?:我们?)?(?:还|也|再)?需要(?:1|一)(?:段|个|条)"),
        "生成一个",
    ),
    (
        re.compile(r"(?:^|(?<=[，,。]))(?:第\d+步|第一步|下一步|最后一步)\s*[，,：:]?\s*"),
        "",
    ),  # "第二步，…"
    (re.compile(r"(?:做|来|拍)(?=第\d+(?:段|个|条)\s*[:：])"), ""),  # "接下来做第三段：…"
    (re.compile(r"俺们"), "我们"),
    (re.compile(r"俺(?=[家的们是想要])"), "我"),
    (re.compile(r"(?<=[边点块会这那哪])儿"), ""),  # "后边儿", "快点儿"; 女儿 and 儿子 stay
    (re.compile(r"(?<=[前后上下左右里外])边"), "面"),  # "后边": 后面
    (
        re.compile(r"(?:整|弄|搞|搁|挪)(?:到|去)(?=.{0,12}?(?:前面|后面|开头|结尾|最前|最后|第))"),
        "放到",
    ),
    (re.compile(r"(?:整|弄|搞)(?=快|慢|大|小|长|短|亮|暗|响|轻)"), "调"),
    (re.compile(r"调整(?:至|到)(?=最前|最后|开头|结尾|第)"), "放到"),  # "调整至最前面"
    (re.compile(r"贼(?=[\u4e00-\u9fff])"), "很"),
    (re.compile(r"(?:调|变|弄|加)?快(?:1|一)倍"), "2倍速"),  # "快一倍": twice as fast
    (re.compile(r"(?:调|变|弄)?慢(?:1|一)倍"), "0.5倍速"),
    (re.compile(r"(?<=[那这])(?:一|1)(?=段|个|条)"), ""),  # "那一段": 那段
    # "饺子那段贼墨迹，给它整快一倍": the clip named, a remark on it, then what to do to "it"
    (
        re.compile(
            r"^([\u4e00-\u9fff]{1,8}?(?:那段|那个|这段|这个))[^，,。]{1,10}[，,]\s*(?:给它|把它|它)"
        ),
        r"\1",
    ),
    (re.compile(r"嘎哈|干哈"), "干嘛"),
)


_NTH_LABEL = re.compile(r"(?:^|(?<=[，,。]))第\d+(?:段|个|条)\s*[:：]\s*")


def in_common_words(text: str) -> str:
    """``text`` (Chinese, prepared) with regional and chat words in their common form."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return text
    if len(_NTH_LABEL.findall(text)) == 1:  # "第3段：天上的乌云…": the next clip, described
        text = _NTH_LABEL.sub("生成一个", text)
    for pattern, replacement in _STEPS:
        text = pattern.sub(replacement, text)
    return text
