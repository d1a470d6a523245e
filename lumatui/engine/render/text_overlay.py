"""Titles and captions: the text tracks drawn over the picture with drawtext.

Text stays inside the safe zone (the central 80% of the width, 60% of the height), one line
per drawtext, wrapped and shrunk until it fits. ``m.position``, ``m.size``, ``m.color``,
``m.kind``, ``m.anim`` and fades are honoured. Text no installed font can draw is left out
with a warning, never drawn as boxes.
"""

from __future__ import annotations

from typing import Protocol

from lumatui.engine.render.filter_graph import FilterGraph, clamped, filter_spec, option_ms, seconds
from lumatui.engine.render.fonts import estimate_width, has_cjk
from lumatui.protocol.draft import Draft, Segment, TrackType

SAFE_WIDTH = 0.8  # share of the width text may use
SAFE_TOP, SAFE_BOTTOM = 0.2, 0.8  # the central 60% of the height
LINE_HEIGHT = 1.25  # em
DEFAULT_ANIM_MS = 300


class TextFonts(Protocol):
    def font_for(self, text: str) -> str | None: ...

    def width(self, font: str, text: str, size: int) -> float: ...

    def missing_font_warning(self, text: str) -> str: ...


class FixedFont:
    """One font file for every text; text needing CJK glyphs has no font (unless told)."""

    def __init__(self, path: str | None, cjk: str | None = None) -> None:
        self.path = path
        self.cjk = cjk

    def font_for(self, text: str) -> str | None:
        return self.cjk if has_cjk(text) else self.path

    def width(self, font: str, text: str, size: int) -> float:
        return estimate_width(text, size)

    def missing_font_warning(self, text: str) -> str:
        if has_cjk(text):
            return f"No CJK font is installed, so the text {text!r} was left out."
        return "No font was found on this machine; titles were left out."


class TextOverlay:
    """Draws the draft's text segments; what cannot be drawn becomes a warning."""

    def __init__(self, graph: FilterGraph, draft: Draft, fonts: TextFonts | None) -> None:
        self.graph = graph
        self.draft = draft
        self.fonts = fonts

    def over(self, base: str) -> str:
        """Add the texts over the stream ``base``; the label of the result."""
        draws = self.draws()
        if not draws:
            return base
        out = self.graph.label("text")
        self.graph.chains.append(f"{base}{','.join(draws)}{out}")
        return out

    def wrap(self, font: str, text: str, size: int) -> list[str]:
        assert self.fonts is not None
        limit = self.graph.width * SAFE_WIDTH
        lines: list[str] = []
        for para in text.splitlines() or [text]:
            cjk = has_cjk(para)
            tokens = list(para) if cjk else para.split(" ")
            line = ""
            for token in tokens:
                joiner = "" if cjk or not line else " "
                trial = f"{line}{joiner}{token}"
                if line and self.fonts.width(font, trial, size) > limit:
                    lines.append(line)
                    line = token
                else:
                    line = trial
            lines.append(line)
        return [line.strip() for line in lines if line.strip()] or [text.strip()]

    def layout(self, font: str, text: str, wanted: int) -> tuple[int, list[str]]:
        """The largest size ≤ ``wanted`` at which the wrapped text fits the safe zone."""
        assert self.fonts is not None
        limit_w = self.graph.width * SAFE_WIDTH
        limit_h = self.graph.height * (SAFE_BOTTOM - SAFE_TOP)
        size = wanted
        while True:
            lines = self.wrap(font, text, size)
            widest = max(self.fonts.width(font, line, size) for line in lines)
            tall = len(lines) * size * LINE_HEIGHT
            if (widest <= limit_w and tall <= limit_h) or size <= 10:
                return size, lines
            size = max(10, int(size * 0.9))

    def draws(self) -> list[str]:
        """One drawtext per line of every text segment that some font can draw."""
        warnings = self.graph.warnings
        draws: list[str] = []
        segs = [
            s
            for t in self.draft.t
            if t.tt == TrackType.TEXT
            for s in t.sg
            if s.txt and s.txt.strip() and s.d > 0
        ]
        if segs and self.fonts is None:
            warnings.append("No font was found on this machine; titles were left out.")
            return draws
        for seg in segs:
            assert self.fonts is not None and seg.txt is not None
            font = self.fonts.font_for(seg.txt)
            if font is None:
                warning = self.fonts.missing_font_warning(seg.txt)
                if warning not in warnings:
                    warnings.append(warning)
                continue
            text = seg.txt
            missing = getattr(self.fonts, "missing", None)
            gone = missing(font, text) if missing else ""
            if gone:
                text = "".join(char for char in text if char not in gone)
                warnings.append(
                    f"No installed font can draw {gone!r} in {seg.txt!r}; "
                    + ("those characters were left out." if text.strip() else "it was left out.")
                )
                if not text.strip():
                    continue
            draws += self.drawtext(seg, font, text)
        return draws

    def drawtext(self, seg: Segment, font: str, text: str | None = None) -> list[str]:
        w, h = self.graph.width, self.graph.height
        scale = h / 1920 if h >= w else w / 1920
        base = {"title": 96, "caption": 56}.get(str(seg.m.get("kind") or "").lower(), 72)
        default = max(12, round(base * scale))
        wanted = int(clamped(seg.m.get("size"), default, 8, h))
        size, lines = self.layout(font, seg.txt or "" if text is None else text, wanted)
        line_h = round(size * LINE_HEIGHT)
        block = line_h * len(lines)
        top, bottom = round(h * SAFE_TOP), round(h * SAFE_BOTTOM)
        position = str(seg.m.get("position") or "center").lower()
        if position == "top":
            y0 = top
        elif position == "bottom":
            y0 = bottom - block
        else:
            y0 = (h - block) // 2
        y0 = max(top, min(y0, bottom - block))
        start, end = seg.st, seg.end
        anim = str(seg.m.get("anim") or "none").lower()
        anim_ms = min(DEFAULT_ANIM_MS if anim != "pop" else 150, seg.d // 2)
        fade_in = option_ms(seg, "fade_in", seg.d // 2) or (anim_ms if anim != "none" else 0)
        fade_out = option_ms(seg, "fade_out", seg.d // 2) or (anim_ms if anim == "fade" else 0)
        alpha = "1"
        s, e = seconds(start), seconds(end)
        if fade_in or fade_out:
            parts = []
            if fade_in:
                parts.append(f"(t-{s})/{seconds(fade_in)}")
            if fade_out:
                parts.append(f"({e}-t)/{seconds(fade_out)}")
            inner = f"min({','.join(parts)})" if len(parts) > 1 else parts[0]
            alpha = f"clip({inner},0,1)"
        rise = {"slide": max(4, h // 40), "pop": max(2, h // 120)}.get(anim, 0)
        color = self.color(seg)
        draws = []
        for i, line in enumerate(lines):
            y = str(y0 + i * line_h)
            if rise and anim_ms:
                y = f"{y}+{rise}*max(0,1-(t-{s})/{seconds(anim_ms)})"
            options: dict[str, object] = {
                "fontfile": font,
                "text": line,
                "expansion": "none",
                "fontsize": size,
                "fontcolor": color,
                "borderw": max(1, size // 14),
                "bordercolor": "black@0.6",
                "x": "(w-text_w)/2",
                "y": y,
                "y_align": "font",
                "enable": f"between(t,{s},{e})",
            }
            if alpha != "1":
                options["alpha"] = alpha
            draws.append(filter_spec("drawtext", options))
        return draws

    def color(self, seg: Segment) -> str:
        """``m.color`` as ffmpeg's ``0xRRGGBB[AA]``; white (with a warning) when unreadable."""
        from PIL import ImageColor

        wanted = str(seg.m.get("color") or "white").strip()
        if wanted.lower().startswith("0x"):
            wanted = "#" + wanted[2:]
        try:
            rgb = ImageColor.getrgb(wanted)
        except ValueError:
            self.graph.warnings.append(f"Unknown colour {wanted!r} for {seg.label}; used white.")
            return "0xFFFFFF"
        return "0x" + "".join(f"{part:02X}" for part in rgb)
