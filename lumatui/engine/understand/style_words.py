"""Pure readers of style words: colours, text position and animation, music moods, camera
motions, canvas shapes and fitting. Input is prepared text (lower case, digits)."""

from __future__ import annotations

import re

COLORS = {
    "white": "#ffffff",
    "black": "#000000",
    "red": "#ff3b30",
    "orange": "#ff9500",
    "yellow": "#ffcc00",
    "gold": "#ffd700",
    "golden": "#ffd700",
    "green": "#34c759",
    "blue": "#0a84ff",
    "light blue": "#5ac8fa",
    "cyan": "#00e5ff",
    "teal": "#30b0c7",
    "purple": "#af52de",
    "violet": "#8a2be2",
    "pink": "#ff2d92",
    "magenta": "#ff00ff",
    "grey": "#8e8e93",
    "gray": "#8e8e93",
    "silver": "#c0c0c0",
    "brown": "#a2845e",
    "白": "#ffffff",
    "黑": "#000000",
    "红": "#ff3b30",
    "橙": "#ff9500",
    "橘": "#ff9500",
    "黄": "#ffcc00",
    "金": "#ffd700",
    "绿": "#34c759",
    "蓝": "#0a84ff",
    "青": "#00e5ff",
    "紫": "#af52de",
    "粉": "#ff2d92",
    "灰": "#8e8e93",
    "棕": "#a2845e",
    "褐": "#a2845e",
    "银": "#c0c0c0",
}


_COLOR = re.compile(
    r"#[0-9a-f]{6}\b|\b(?:light blue|"
    + "|".join(k for k in COLORS if k.isascii() and k != "light blue")
    + r")\b|([白黑红橙橘黄金绿蓝青紫粉灰棕褐银])色"
)


def color_in(text: str) -> str | None:
    if re.search(r"black\s*(?:and|&|n)\s*white|\bb\s*&\s*w\b|黑白|grayscale|greyscale", text):
        return None  # a look for the picture, not a colour for text
    # "fades in from black", "淡入黑场": how a fade goes, not a colour
    if re.search(r"\bfad|淡", text):
        text = re.sub(
            r"\b(?:from|to|into|out of|through)\s+(?:black|white)\b|黑场|从黑|到黑", " ", text
        )
    exact = re.search(r"#[0-9a-f]{6}\b", text)  # "金黄色 #FFD700": the code said is the colour
    match = exact or _COLOR.search(text)
    if not match:
        return None
    word = match.group(0) if exact else match.group(1) or match.group(0)
    return word if word.startswith("#") else COLORS[word]


def position_in(text: str) -> str | None:
    if re.search(
        r"\btop\b|\bupper\b|\bup top\b|\babove\b|顶部|上方|上面|顶端|最上|上边|顶上", text
    ):
        return "top"
    if re.search(
        r"\bbottom\b|\blower\b|\bbelow\b|\bfooter\b|底部|下方|下面|底端|最下|底下|下边", text
    ):
        return "bottom"
    if re.search(r"\bcent(?:er|re)d?\b|\bmiddle\b|中间|中央|居中|正中", text):
        return "center"
    return None


def text_anim_in(text: str) -> str | None:
    if re.search(r"\bslide|\bslid|滑入|滑动|滑出|飞入", text):
        return "slide"
    if re.search(r"\bpop|\bbounce|\bzoom|弹出|弹跳|跳出|缩放", text):
        return "pop"
    if re.search(r"\bfade|淡入|淡出|渐显|渐入|渐隐", text):
        return "fade"
    if re.search(r"no animation|without animation|static|不要动画|去掉动画|取消动画", text):
        return "none"
    return None


MOODS = {
    "lofi": r"lo-?\s?fi|chill(?:hop)?|低保真|chill",
    "upbeat": r"upbeat|happy|energetic|fun\b|cheerful|pop\b|dance|party|bright|hype|dubstep|"
    r"\bedm\b|electronic|techno|hip ?hop|\brap\b|\brock\b|workout|uplifting|hopeful|"
    r"inspiring|motivational|positive|欢快|动感|活泼|"
    r"轻快|快乐|热闹|节奏感|带劲|嗨|燃",
    "calm": r"calm|relax|peaceful|soft|gentle|ambient|quiet|soothing|meditat|piano|平静|舒缓|"
    r"安静|放松|轻柔|钢琴|治愈|轻松",
    "cinematic": r"cinematic|epic|dramatic|orchestral|trailer|heroic|strings|violin|"
    r"史诗|电影感|大气|震撼|恢弘",
    "sad": r"\bsad|melanchol|emotional|悲伤|伤感|忧郁",
    "romantic": r"romantic|love|浪漫|温馨",
}


# Words that only soften ("soft romantic music" is romantic; "soft piano" is calm).
_SOFT = re.compile(r"soft|gentle|quiet|piano|ambient|relax\w*|轻柔|轻松|安静|钢琴")


def mood_in(text: str) -> str | None:
    """The mood said first: in "sad piano music" the feeling comes before the instrument;
    a word that only softens gives way to any other mood."""
    found = []
    for order, (mood, pattern) in enumerate(MOODS.items()):
        for match in re.finditer(pattern, text):
            weak = mood == "calm" and bool(_SOFT.fullmatch(match.group(0)))
            found.append((weak, match.start(), order, mood))
    return min(found)[3] if found else None


MOTIONS = [
    ("pan_left", r"right\s*to\s*(?:the\s*)?left|从右(?:往|向|到)左"),
    ("pan_right", r"left\s*to\s*(?:the\s*)?right|从左(?:往|向|到)右"),
    ("zoom_out", r"zoom(?:ing)?\s*out|pull(?:ing)?\s*(?:back|out)|拉远|缩小|后退|zoom-out"),
    ("zoom_in", r"zoom|push(?:ing)?\s*in|close[- ]?up|推近|放大|拉近|推进"),
    ("pan_left", r"pan(?:ning)?\s*(?:to the\s+)?left|向左|左移|往左"),
    ("pan_right", r"pan(?:ning)?\s*(?:to the\s+)?right|向右|右移|往右|\bpan\b|平移|摇镜"),
    ("pan_up", r"pan(?:ning)?\s*up|tilt(?:ing)?\s*up|向上|上移|往上"),
    ("pan_down", r"pan(?:ning)?\s*down|tilt(?:ing)?\s*down|向下|下移|往下"),
    ("none", r"no motion|still|static|不动|静止"),
]


def motion_in(text: str) -> str | None:
    for motion, pattern in MOTIONS:
        if re.search(pattern, text):
            return motion
    return None


# Each shape by the words that say it outright, then by the platforms that imply it: a shape
# said outright wins ("make it square, it's best for Instagram" is square).
ASPECTS = [
    (
        "9:16",
        r"(?<![\d.])9\s*[:/x]\s*16(?!\.?\d)|vertical|portrait|竖屏|竖版|竖的|竖向",
        r"tiktok|tik tok|(?:for|as|into|like|make it|make this) (?:an? )?(?:instagram )?reels?\b|"
        r"^(?:instagram )?reels?\b|\bshorts\b|\bstories\b|\bstory\b|抖音|快手|视频号",
    ),
    (
        "16:9",
        r"(?<![\d.])16\s*[:/x]\s*9(?!\.?\d)|horizontal|landscape|widescreen|wide screen|"
        r"横屏|横版|横的|横向|宽屏",
        r"youtube|b站",
    ),
    (
        "1:1",
        # "times square at night", "the town square": a place
        r"(?<![\d.])1\s*[:/x]\s*1(?!\.?\d)|"
        r"(?<!times )(?<!town )(?<!city )(?<!market )(?<!village )(?<!main )\bsquare\b|"
        r"方形|正方形|方屏|(?:改成|弄成|变成|做成|换成|搞成|整成|调成)(?:正)?方(?:的|形)?",
        r"$^",
    ),
    ("4:5", r"(?<![\d.])4\s*[:/x]\s*5(?!\.?\d)", r"instagram|\big\b|feed post|小红书"),
]


def shape_said(text: str) -> bool:
    """Whether a shape is said outright, not only implied by a platform."""
    return any(re.search(said, text) for _, said, _ in ASPECTS)


def aspect_in(text: str) -> str | None:
    for said in (1, 2):
        for aspect, *patterns in ASPECTS:
            if re.search(patterns[said - 1], text):
                return aspect
    return None


def size_in(text: str) -> tuple[int, int] | None:
    match = re.search(r"\b(\d{2,4})\s*[x*]\s*(\d{2,4})\b", text)
    if match:
        return int(match.group(1)), int(match.group(2))
    if match := re.search(r"\b(2160|1440|1080|720|480|360)p\b", text):
        return -1, int(match.group(1))
    return None


def fit_in(text: str) -> str | None:
    if re.search(
        r"\bcontain\b|blur(?:red)?\s*(?:background|bg|bars)|don'?t crop|do not crop|no crop|"
        r"without crop|(?:whole|full|entire) (?:frame|image|picture|photo|video)|"
        r"fit (?:inside|in|the whole)|letterbox|"
        r"模糊背景|不要裁|不裁|完整显示|显示完整",
        text,
    ):
        return "contain"
    if re.search(r"\bcover\b|\bfill\b|\bcrop\b|full ?screen|填满|铺满|裁剪填充|满屏", text):
        return "cover"
    return None
