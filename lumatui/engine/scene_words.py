"""Pure: a prompt's words as the generator knows them, from English or Chinese.

Chinese has no spaces, so known phrases are looked up by substring and turned into the
English scene words the generator reads ("海上日落" → "sea", "sunset").
"""

from __future__ import annotations

import re

CHINESE_WORDS = {
    "日落": "sunset",
    "夕阳": "sunset",
    "黄昏": "sunset",
    "傍晚": "sunset",
    "晚霞": "sunset",
    "日出": "dawn",
    "黎明": "dawn",
    "清晨": "dawn",
    "早晨": "dawn",
    "夜": "night",
    "晚上": "night",
    "星空": "stars",
    "星星": "stars",
    "月亮": "moon",
    "月光": "moon",
    "阴天": "overcast",
    "多云": "cloudy",
    "海": "sea",
    "海洋": "ocean",
    "海滩": "beach",
    "海边": "beach",
    "湖": "lake",
    "河": "river",
    "江": "river",
    "波浪": "waves",
    "海浪": "waves",
    "城市": "city",
    "都市": "city",
    "天际线": "skyline",
    "街道": "street",
    "高楼": "buildings",
    "赛博朋克": "cyberpunk",
    "霓虹": "neon",
    "山": "mountains",
    "雪山": "mountains",
    "山谷": "valley",
    "森林": "forest",
    "树林": "forest",
    "丛林": "jungle",
    "树": "trees",
    "雨": "rain",
    "暴雨": "storm",
    "雪": "snow",
    "冬天": "winter",
    "雾": "fog",
    "薄雾": "mist",
    "火": "fire",
    "篝火": "campfire",
    "火焰": "flames",
    "电影感": "cinematic",
    "电影": "cinematic",
    "红": "red",
    "橙": "orange",
    "金": "golden",
    "黄": "yellow",
    "绿": "green",
    "蓝": "blue",
    "紫": "purple",
    "粉": "pink",
    "温暖": "warm",
    "暖": "warm",
    "冷": "cold",
    "忧郁": "moody",
    "梦幻": "dreamy",
    "明亮": "bright",
    "黑暗": "dark",
    "推进": "push",
    "拉近": "push",
    "平移": "pan",
    "静止": "still",
}


def english_words(prompt: str) -> list[str]:
    """The prompt's English words in order, with Chinese phrases translated."""
    text = prompt.lower()
    words = re.findall(r"[a-z]+", text)
    for phrase in sorted(CHINESE_WORDS, key=len, reverse=True):
        if phrase in text:
            words.append(CHINESE_WORDS[phrase])
            text = text.replace(phrase, " ")
    return words
