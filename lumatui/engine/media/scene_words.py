"""Pure: the generator's vocabulary, and a prompt's words sorted into drawn and not drawn.

One table says what every known word means as a (kind, value) pair: a time of day, a
season, weather, a place, a subject, a style, a colour or a camera move. Multi-word phrases
("golden hour", "sand dunes") and Chinese phrases (Chinese has no spaces, so they are
found by substring) are read first. Words that carry no picture ("beautiful", "the") are
filler; any other word is reported as not drawn, so a reply can say what to expect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# kind → value → the English words and phrases that mean it, "|" between them
VOCABULARY: dict[str, dict[str, str]] = {
    # always in the picture, or the way things move in it (falling leaves, flying birds)
    "base": {
        "sky": "sky|skies|light|sunlight|scenery|horizon line",
        "motion": (
            "falling|fall down|flying|floating|rolling|crashing|breaking|driving"
            "|passing|swaying|blowing|shimmering|sparkling|twinkling|glowing|reflected"
        ),
    },
    "time": {
        "dawn": "dawn|sunrise|daybreak|first light|early morning",
        "morning": "morning|breakfast",
        "day": "day|daytime|noon|midday|sunny|sunshine|daylight|clear sky",
        "afternoon": "afternoon|summer afternoon",
        "golden": "golden hour|golden light|magic hour",
        "sunset": "sunset|dusk|evening|sundown",
        "twilight": "twilight|blue hour|nightfall",
        "night": "night|midnight|nighttime|late night|tonight|nocturnal",
    },
    "season": {
        "spring": "spring|springtime|blossom|blossoms|cherry blossom|cherry blossoms|sakura|petals",
        "summer": "summer|summertime|tropical|hot",
        "autumn": "autumn|fall|autumnal|fall foliage|autumn leaves|maple",
        "winter": "winter|wintry|frozen|frosty|icy|christmas",
    },
    "weather": {
        "rain": "rain|rainy|raining|drizzle|drizzly|rainfall|downpour|wet|showers",
        "storm": "storm|stormy|heavy rain|thunderstorm|thunder|lightning",
        "snow": "snow|snowy|snowing|snowfall|blizzard|snowflakes",
        "fog": "fog|foggy|mist|misty|haze|hazy",
        "clouds": "cloud|clouds|cloudy|overcast|grey|gray|grey sky|gray sky",
        "wind": "wind|windy|breeze|breezy|gusty",
        "clear": "clear|cloudless",
    },
    "place": {
        "beach": "beach|shore|seaside|coast|coastline|sand|sandy|surf",
        "ocean": "ocean|sea|seascape|open sea|horizon",
        "street": "street|road|avenue|alley|boulevard|city street|traffic",
        "neon": "neon|cyberpunk|neon lights|neon signs|tokyo|arcade",
        "city": (
            "city|skyline|downtown|urban|skyscrapers|buildings|metropolis|cityscape|rooftop"
            "|rooftops"
        ),
        "forest": "forest|woods|woodland|trees|pines|pine|jungle|grove|tree",
        "desert": "desert|dunes|dune|sand dunes|sahara|arid",
        "mountains": "mountain|mountains|peaks|peak|alps|alpine|summit|range|valley|canyon|cliffs",
        "hills": (
            "hills|hill|plains|countryside|meadow|field|fields|farmland|grassland|prairie"
            "|valley floor|park|garden"
        ),
        "lake": "lake|pond|reflection|reflections|still water|river|stream",
        "harbour": "harbour|harbor|port|marina|pier|dock|docks|waterfront|bay",
        "snowfield": "snow field|snowfield|tundra|arctic|glacier|ice field|snowy field",
        "interior": (
            "interior|room|indoors|indoor|inside|living room|bedroom|cafe|coffee shop|kitchen"
            "|window|studio|office|cozy"
        ),
    },
    "subject": {
        "sun": "sun",
        "moon": "moon|moonlight|moonlit|full moon|crescent",
        "stars": "stars|starry|star|starlight|milky way|galaxy|night sky",
        "aurora": "aurora|northern lights|aurora borealis|borealis",
        "rainbow": "rainbow",
        "birds": "bird|birds|seagulls|seagull|flock|geese",
        "boats": "boat|boats|sailboat|sailboats|ship|ships|yacht|sailing|fishing boats",
        "lighthouse": "lighthouse",
        "lanterns": "lantern|lanterns|sky lanterns|paper lanterns",
        "fireworks": "fireworks|firework|celebration|new year",
        "fire": "fire|campfire|bonfire|flames|fireplace|candle|candles",
        "flowers": "flower|flowers|tulips|wildflowers|poppies|sunflowers|lavender|roses|bloom",
        "cars": "car|cars|headlights|taxi|taxis|busy street|busy",
        "waves": "wave|waves|surfing|breakers|tide",
        "lamps": "streetlight|streetlights|street lamps|lamp|lamps|lights",
        "leaves": "leaves|falling leaves|foliage",
    },
    "style": {
        "cinematic": "cinematic|film|movie|epic|dramatic|anamorphic",
        "noir": "noir|black and white|monochrome|grayscale|greyscale",
        "vintage": "vintage|retro|nostalgic|old film|film grain|analog|vhs|polaroid",
        "dreamy": "dreamy|dreamlike|ethereal|soft|magical|fairytale",
        "vibrant": "vibrant|colorful|colourful|vivid|saturated|bright",
        "moody": "moody|dark|gloomy|melancholy|sad|somber|lonely",
        "calm": "calm|peaceful|serene|tranquil|quiet|relaxing|gentle|still|lofi|lo-fi|chill",
        "timelapse": "timelapse|time lapse|time-lapse|fast",
    },
    "tint": {
        "red": "red|crimson",
        "orange": "orange|amber",
        "gold": "gold|golden",
        "yellow": "yellow",
        "green": "green|emerald",
        "teal": "teal|turquoise|cyan",
        "blue": "blue",
        "purple": "purple|violet",
        "pink": "pink|rosy",
        "warm": "warm|cozy warm|cosy",
        "cold": "cold|cool|chilly",
        "pastel": "pastel",
    },
    "camera": {
        "push": "push|push in|zoom|zoom in|closer|approach|dolly|dolly in",
        "pan": "pan|panning|pans|sweep|tracking|tracking shot",
        "still": "static|locked|tripod|locked off|no camera move",
        "drift": "drift|drifting|slow motion|aerial|drone|flyover",
    },
}

# Words that carry no picture of their own: never reported as "not drawn".
FILLER = frozenset(
    re.findall(
        r"\S+",
        "a an the of in on at over under by with and or to from into onto near across above below "
        "behind through along around between beside during while as its it is are be being some "
        "few many lots very really so just this that these those there here my your our their his "
        "her one two three four five ten second seconds sec secs s long short quick clip clips "
        "video shot scene footage view views vibe vibes aesthetic beautiful pretty nice lovely "
        "amazing stunning gorgeous cool awesome cute simple tiny big huge small little wide "
        "slow slowly softly gently high low quality hd k ultra realistic photorealistic detailed "
        "style looking look like feel feeling mood background wallpaper landscape scenery nature "
        "outdoor outdoors loop looping seamless vertical portrait format tiktok reels shorts "
        "instagram youtube please make generate create show me want need full empty after "
        "overlooking ",
    )
)

# Chinese phrase → English words of the table (longest phrases are tried first).
CHINESE_WORDS = {
    "日落": "sunset", "夕阳": "sunset", "黄昏": "dusk", "傍晚": "evening", "晚霞": "sunset",
    "日出": "sunrise", "黎明": "dawn", "清晨": "early morning", "早晨": "morning",
    "早上": "morning", "中午": "noon", "白天": "day", "下午": "afternoon", "阳光": "sunshine",
    "晴天": "sunny", "晴朗": "clear", "黄金时刻": "golden hour", "蓝调时刻": "blue hour",
    "夜晚": "night", "夜景": "night", "夜": "night", "晚上": "night", "深夜": "late night",
    "星空": "starry", "星星": "stars", "银河": "milky way", "月亮": "moon", "月光": "moonlight",
    "满月": "full moon", "太阳": "sun", "春天": "spring", "春": "spring", "樱花": "sakura",
    "夏天": "summer", "夏日": "summer", "秋天": "autumn", "秋": "autumn", "红叶": "autumn leaves",
    "枫叶": "maple", "落叶": "falling leaves", "冬天": "winter", "冬日": "winter",
    "阴天": "overcast", "多云": "cloudy", "云": "clouds", "白云": "clouds", "乌云": "clouds",
    "雷雨": "thunderstorm", "暴雨": "downpour", "暴风雨": "storm", "下雨天": "rainy",
    "下雨": "raining", "雨天": "rainy", "雨": "rain", "闪电": "lightning", "雷": "thunder",
    "暴风雪": "blizzard", "下雪": "snowing", "雪花": "snowflakes", "雪": "snow", "大雾": "fog",
    "雾": "fog", "薄雾": "mist", "风": "wind", "海滩": "beach", "沙滩": "beach", "海边": "seaside",
    "海岸": "coast", "海洋": "ocean", "大海": "sea", "海": "sea", "海浪": "waves", "波浪": "waves",
    "浪": "waves", "冲浪": "surfing", "街道": "street", "街头": "street", "马路": "road",
    "街": "street", "小巷": "alley", "霓虹灯": "neon lights", "霓虹": "neon",
    "赛博朋克": "cyberpunk", "城市": "city", "都市": "city", "天际线": "skyline",
    "高楼": "skyscrapers", "屋顶": "rooftop", "森林": "forest", "树林": "woods", "丛林": "jungle",
    "松树林": "pines", "松树": "pines", "松林": "pines", "树": "trees", "沙漠": "desert",
    "沙丘": "dunes", "雪山": "snowy mountains", "山脉": "mountains", "山峰": "peaks",
    "山顶": "summit", "山谷": "valley", "峡谷": "canyon", "山": "mountains", "草原": "grassland",
    "草地": "meadow", "田野": "fields", "乡村": "countryside", "公园": "park", "花园": "garden",
    "湖面": "lake", "湖": "lake", "河流": "river", "河": "river", "江": "river",
    "倒影": "reflection", "港口": "harbour", "码头": "pier", "海港": "harbour",
    "雪地": "snow field", "雪原": "snowfield", "冰川": "glacier", "室内": "interior",
    "房间": "room", "卧室": "bedroom", "客厅": "living room", "咖啡馆": "cafe",
    "咖啡店": "coffee shop", "厨房": "kitchen", "窗户": "window", "窗外": "window",
    "窗边": "window", "窗": "window", "温馨": "cozy", "极光": "aurora", "彩虹": "rainbow",
    "海鸥": "seagulls", "鸟": "birds", "帆船": "sailboat", "船": "boat", "灯塔": "lighthouse",
    "孔明灯": "sky lanterns", "灯笼": "lanterns", "烟花": "fireworks", "烟火": "fireworks",
    "篝火": "campfire", "火焰": "flames", "蜡烛": "candles", "火": "fire", "花海": "flowers",
    "鲜花": "flowers", "花": "flowers", "汽车": "cars", "车流": "traffic", "车": "car",
    "路灯": "streetlights", "灯光": "lights", "电影感": "cinematic", "电影": "cinematic",
    "史诗": "epic", "黑白": "black and white", "复古": "retro", "怀旧": "nostalgic",
    "胶片": "film grain", "梦幻": "dreamy", "唯美": "dreamy", "鲜艳": "vibrant", "忧郁": "moody",
    "黑暗": "dark", "宁静": "peaceful", "安静": "quiet", "平静": "calm", "放松": "relaxing",
    "延时": "timelapse", "慢动作": "slow motion", "航拍": "aerial", "红": "red", "橙": "orange",
    "金": "gold", "黄": "yellow", "绿": "green", "蓝": "blue", "紫": "purple", "粉色": "pink",
    "粉": "pink", "红色": "red", "蓝色": "blue", "紫色": "purple", "温暖": "warm", "暖": "warm",
    "冷": "cold", "推进": "push in", "拉近": "push in", "平移": "pan", "静止": "static",
    "明亮": "bright",
}  # fmt: skip

# Chinese with no picture of its own (particles, measure words, command words).
CHINESE_FILLER = (
    "生成", "制作", "上空", "摄影", "空中", "做", "一个", "一段", "一只", "一条", "一片", "一座",
    "一艘", "一些", "视频", "片段", "镜头", "画面", "秒钟", "秒", "的", "在", "上", "下", "里",
    "中", "和", "与", "着", "了", "很", "非常", "美丽", "漂亮", "好看", "一", "个", "给我", "请",
    "来", "有", "是", "风景", "景色", "氛围", "感觉", "竖屏", "横屏", "慢慢", "缓缓", "之",
)  # fmt: skip

MEANINGS: dict[str, tuple[str, str]] = {
    phrase: (kind, value)
    for kind, values in VOCABULARY.items()
    for value, phrases in values.items()
    for phrase in phrases.split("|")
}
_PHRASES = sorted((p for p in MEANINGS if " " in p or "-" in p), key=len, reverse=True)


@dataclass(frozen=True)
class ReadPrompt:
    """What a prompt asked for: meanings in order, and the words shown back to the person."""

    meanings: tuple[tuple[str, str], ...]
    drawn: tuple[str, ...]
    not_drawn: tuple[str, ...]


def read_prompt(prompt: str) -> ReadPrompt:
    """Sort the prompt's words: known (with their meaning), filler, or not drawn."""
    text = prompt.lower()
    found: list[tuple[int, str, tuple[str, str]]] = []  # (position, as written, meaning)
    for phrase in sorted(CHINESE_WORDS, key=len, reverse=True):
        for match in re.finditer(re.escape(phrase), text):
            found += [(match.start(), phrase, m) for m in chinese_meanings(phrase)]
        text = text.replace(phrase, " " * len(phrase))
    for phrase in _PHRASES:
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            found.append((match.start(), phrase, MEANINGS[phrase]))
        text = re.sub(rf"\b{re.escape(phrase)}\b", lambda m: " " * len(m.group()), text)
    missing: list[tuple[int, str]] = []
    for match in re.finditer(r"[a-z][a-z'-]*|[\u3400-\u9fff]+", text):
        word = match.group().strip("'-")
        if word in MEANINGS:
            found.append((match.start(), word, MEANINGS[word]))
        elif word.endswith("s") and word[:-1] in MEANINGS:  # plurals: "sailboats"
            found.append((match.start(), word, MEANINGS[word[:-1]]))
        elif re.match(r"[\u3400-\u9fff]", word):
            missing.extend((match.start(), w) for w in _chinese_leftovers(word))
        elif word not in FILLER and len(word) > 1:
            missing.append((match.start(), word))
    found.sort()
    missing.sort()
    return ReadPrompt(
        meanings=tuple(meaning for _, _, meaning in found),
        drawn=_unique(word for _, word, _ in found),
        not_drawn=_unique(word for _, word in missing),
    )


def chinese_meanings(phrase: str) -> list[tuple[str, str]]:
    """A Chinese phrase's meanings: its English as one table phrase, else word by word."""
    english = CHINESE_WORDS[phrase]
    if english in MEANINGS:
        return [MEANINGS[english]]
    return [MEANINGS[word] for word in english.split()]


def _chinese_leftovers(run: str) -> list[str]:
    for filler in sorted(CHINESE_FILLER, key=len, reverse=True):
        run = run.replace(filler, " ")
    return [w for w in run.split() if w]


def _unique(words: object) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))  # type: ignore[arg-type]


def words_line(drawn: tuple[str, ...], not_drawn: tuple[str, ...]) -> tuple[str, str]:
    """One short line (English, Chinese) saying what the picture shows and what it lacks."""

    def listed(words: tuple[str, ...], sep: str) -> str:
        return sep.join(words[:6]) + ("…" if len(words) > 6 else "")

    en = [f"Drawn: {listed(drawn, ', ')}"] if drawn else []
    zh = [f"已画出：{listed(drawn, '、')}"] if drawn else []
    if not_drawn:
        en.append(f"not drawn: {listed(not_drawn, ', ')}")
        zh.append(f"未画出：{listed(not_drawn, '、')}")
    if not en:
        return "", ""
    first = en[0][0].upper() + en[0][1:]
    return "; ".join([first, *en[1:]]) + ".", "；".join(zh) + "。"
