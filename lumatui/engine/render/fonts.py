"""Finding font files for drawn text: fontconfig first, then known paths, never a crash.

Latin text uses a bold sans; text with CJK characters needs a CJK font (Noto Sans CJK,
Source Han, WenQuanYi, Droid Sans Fallback...). When none is installed the caller is told,
so titles are left out with a warning instead of being drawn as boxes.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")

COMMON = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/System/Library/Fonts/Helvetica.ttc",
    "C:/Windows/Fonts/arial.ttf",
)

CJK_COMMON = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/source-han-sans/SourceHanSans-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)

# Han, kana, hangul, CJK punctuation and full-width forms.
_CJK_RANGES = (
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x3000, 0x30FF),
    (0x3100, 0x31FF),
    (0x3200, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
)

NO_CJK_FONT = (
    "No CJK font is installed (for example Noto Sans CJK: apt install fonts-noto-cjk), "
    "so the text {text!r} was left out rather than drawn as boxes."
)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def has_cjk(text: str) -> bool:
    return any(is_cjk(char) for char in text)


def _usable(path: str) -> bool:
    return bool(path) and Path(path).is_file() and path.lower().endswith(FONT_SUFFIXES)


def _fc(*args: str) -> list[str]:
    exe = shutil.which(args[0])
    if not exe:
        return []
    try:
        out = subprocess.run(
            [exe, *args[1:]], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in out.splitlines() if line.strip()]


@cache
def find_font(family: str = "sans-serif:bold") -> str | None:
    """A path to a TrueType/OpenType font, or None when the machine has none."""
    for out in _fc("fc-match", "-f", "%{file}", family):
        if _usable(out):
            return out
    return next((p for p in COMMON if Path(p).is_file()), None)


@cache
def find_cjk_font() -> str | None:
    """A font that covers Chinese, Japanese and Korean, or None when none is installed.

    fontconfig is asked for fonts that support each language (``fc-list :lang=zh``); a
    ``fc-match`` alone is no proof, since it always answers with something.
    """
    candidates: list[str] = []
    for lang in ("zh-cn", "ja", "ko", "zh-tw"):
        candidates += [line.split(":")[0] for line in _fc("fc-list", f":lang={lang}", "file")]
    preferred = ("notosanscjk", "sourcehansans", "wqy", "droidsansfallback", "notoserifcjk")
    usable = [c for c in dict.fromkeys(candidates) if _usable(c)]
    for key in preferred:
        for path in usable:
            if key in Path(path).name.lower().replace("-", "").replace("_", ""):
                return path
    if usable:
        return sorted(usable)[0]
    return next((p for p in CJK_COMMON if Path(p).is_file()), None)


@cache
def _pil_font(path: str, size: int):  # type: ignore[no-untyped-def]
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


class SystemFonts:
    """The fonts of this machine, as the render plan asks for them."""

    def __init__(self, latin: str | None = None, cjk: str | None = None) -> None:
        self.latin = latin
        self.cjk = cjk

    @classmethod
    def detect(cls) -> SystemFonts:
        return cls(find_font(), find_cjk_font())

    def font_for(self, text: str) -> str | None:
        if has_cjk(text):
            return self.cjk
        return self.latin or self.cjk

    def width(self, font: str, text: str, size: int) -> float:
        """Rendered width in px; an estimate when Pillow cannot read the font."""
        try:
            return float(_pil_font(font, size).getlength(text))
        except (OSError, ValueError, ImportError):
            return estimate_width(text, size)

    def missing(self, font: str, text: str) -> str:
        """The characters of ``text`` that ``font`` has no glyph for (in order, once each)."""
        return "".join(
            dict.fromkeys(c for c in text if _checkable(c) and not covers(font, c)).keys()
        )

    def missing_font_warning(self, text: str) -> str:
        if has_cjk(text):
            return NO_CJK_FONT.format(text=text)
        return f"No font was found on this machine; the text {text!r} was left out."


def _checkable(char: str) -> bool:
    """Visible characters worth checking (ASCII letters are in every font we pick)."""
    if char.isspace() or (" " <= char <= "~"):
        return False
    return unicodedata.category(char) not in ("Mn", "Me", "Cf", "Cc", "Zs", "Co", "Cn")


_NOT_A_CHAR = "\U0010fffd"  # private use: no font maps it, so it draws the .notdef glyph


@cache
def _mask(path: str, char: str) -> tuple[tuple[int, int], bytes] | None:
    try:
        mask = _pil_font(path, 32).getmask(char)
    except (OSError, ValueError, ImportError):
        return None
    return mask.size, bytes(mask)


def covers(path: str, char: str) -> bool:
    """Whether the font draws ``char`` as something other than its missing-glyph box.

    Pillow does not expose a font's character map, so the glyph is compared with the one
    drawn for a code point no font maps; fonts without a readable face are trusted.
    """
    glyph, notdef = _mask(path, char), _mask(path, _NOT_A_CHAR)
    if glyph is None or notdef is None:
        return True
    return glyph != notdef


def estimate_width(text: str, size: int) -> float:
    """Width without a font: full-width characters are one em, others about 0.6 em."""
    return sum(size if is_cjk(char) else 0.6 * size for char in text)


def text_warnings(texts: list[str], fonts: SystemFonts | None = None) -> list[str]:
    """What a reply should say about texts this machine cannot draw (one line each, no repeats).

    For the agent: call it with the texts of a turn's new titles and captions, and add the
    result to the reply, so a missing CJK font is said when the text is added, not only at
    export.
    """
    fonts = fonts or SystemFonts.detect()
    said: list[str] = []
    for text in texts:
        if not text.strip():
            continue
        font = fonts.font_for(text)
        gone = fonts.missing(font, text) if font else ""
        if font is None:
            warning = fonts.missing_font_warning(text)
        elif gone:
            warning = f"No installed font can draw {gone!r} in {text!r}; it will be left out."
        else:
            continue
        if warning not in said:
            said.append(warning)
    return said
