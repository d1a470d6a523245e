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
    "沙滩": "beach",
    "沙漠": "desert",
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
    "云": "clouds",
    "白云": "clouds",
    "极光": "aurora",
    "闪电": "lightning",
    "雷": "thunder",
    "雷雨": "thunderstorm",
    "烟花": "fireworks",
    "烟火": "fireworks",
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


SKIES: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = {
    # time of day → (zenith colour, horizon colour)
    "day": ((70, 130, 210), (190, 220, 245)),
    "sunset": ((60, 40, 110), (255, 140, 60)),
    "dawn": ((90, 110, 180), (250, 180, 170)),
    "night": ((5, 8, 30), (25, 35, 80)),
    "overcast": ((120, 125, 135), (180, 182, 188)),
}


TIME_WORDS = {
    "sunset": "sunset",
    "dusk": "sunset",
    "golden": "sunset",
    "evening": "sunset",
    "night": "night",
    "midnight": "night",
    "stars": "night",
    "starry": "night",
    "moon": "night",
    "dawn": "dawn",
    "sunrise": "dawn",
    "morning": "dawn",
    "overcast": "overcast",
    "cloudy": "overcast",
    "grey": "overcast",
    "gray": "overcast",
    "rainy": "overcast",
    "rain": "overcast",
    "storm": "overcast",
    "thunderstorm": "overcast",
    "thunder": "overcast",
    "fog": "overcast",
    "foggy": "overcast",
    "snow": "overcast",
}


TINTS = {
    "red": (1.25, 0.8, 0.8),
    "orange": (1.2, 1.0, 0.75),
    "gold": (1.2, 1.1, 0.7),
    "golden": (1.2, 1.05, 0.75),
    "yellow": (1.15, 1.15, 0.75),
    "green": (0.85, 1.2, 0.85),
    "teal": (0.75, 1.1, 1.1),
    "blue": (0.8, 0.95, 1.25),
    "purple": (1.1, 0.8, 1.25),
    "pink": (1.25, 0.9, 1.1),
    "neon": (1.2, 0.7, 1.3),
    "warm": (1.15, 1.0, 0.85),
    "cold": (0.85, 0.95, 1.2),
    "moody": (0.8, 0.85, 0.95),
    "dark": (0.7, 0.7, 0.75),
    "gloomy": (0.75, 0.78, 0.85),
    "bright": (1.15, 1.15, 1.15),
    "vibrant": (1.2, 1.05, 1.15),
    "dreamy": (1.1, 0.95, 1.15),
    "pastel": (1.1, 1.05, 1.1),
}


WATER = {"ocean", "sea", "lake", "beach", "water", "river", "waves", "coast", "bay"}


CITY = {"city", "skyline", "urban", "downtown", "street", "buildings", "cyberpunk", "neon"}


MOUNTAIN = {"mountain", "mountains", "hills", "peaks", "alps", "valley"}


FOREST = {"forest", "trees", "woods", "jungle"}
