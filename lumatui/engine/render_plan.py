"""Draft → one ffmpeg command with one filter graph. Pure: no I/O, nothing is run here.

Video: the first video track becomes one continuous stream. Each clip is trimmed (``in``),
sped up or slowed down (``m.speed``), brought to the output frame rate, fitted to the
canvas (``m.fit``: ``cover`` crops first and scales once; ``contain`` lays the whole frame
over a blurred, cheaply downscaled copy), faded (``m.fade_in``/``m.fade_out``) and then
joined to the one before it: by ``concat``, by ``xfade`` when the two overlap and the later
one has ``m.xfade``, or after black padding when there is a gap. No black base is overlaid,
so a clip that covers the canvas costs one crop and one scale. Further video tracks are
overlaid at their ``st``. Text segments are drawn with drawtext inside the safe zone
(central 80% of the width, 60% of the height), one line per drawtext, wrapped to fit.

Audio: clip sound and audio tracks, each trimmed, looped (``m.loop``), sped, faded and set
to ``vol``, delayed to its ``st``; music (BGM) is ducked under the rest with
sidechaincompress; the mix is normalised to −14 LUFS / −1 dBTP by a second-pass loudnorm
fed with the numbers of an audio-only first pass (:meth:`RenderPlan.measure_args`).
The result is 48 kHz stereo AAC of exactly the draft's duration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from lumatui.protocol.draft import Draft, Segment, Track, TrackType

from .fonts import estimate_width, has_cjk
from .loudness import Measured, linear_gain, measure_filter, normalise_chain
from .presets import OutputSpec, Preset, canvas_preset
from .probe import MediaInfo

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
SAFE_WIDTH = 0.8  # share of the width text may use
SAFE_TOP, SAFE_BOTTOM = 0.2, 0.8  # the central 60% of the height
LINE_HEIGHT = 1.25  # em
DEFAULT_ANIM_MS = 300
BLUR_DOWNSCALE = 8  # the contain background is blurred at 1/8 size, then scaled back up
KEN_BURNS_ZOOM = 0.15


class EmptyDraftError(ValueError):
    """The draft has nothing to render."""


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


@dataclass(frozen=True)
class EncodeSettings:
    """Kept for callers of the first version; presets carry these now."""

    preset: str = "veryfast"
    crf: int = 20
    maxrate: str = "8M"
    bufsize: str = "16M"
    fps: int = 30
    audio_bitrate: str = "192k"
    gop_seconds: int = 2


@dataclass
class RenderPlan:
    """The render command, and the audio-only command that measures loudness first."""

    inputs: list[str]
    graph: list[str]  # video and audio chains, up to [vout] and [premix]
    encode: list[str]  # output options, output path last
    duration_ms: int
    width: int
    height: int
    fps: int = 30
    preset: str = "canvas"
    warnings: list[str] = field(default_factory=list)
    audio_inputs: list[str] = field(default_factory=list)  # inputs of the measuring pass
    audio_graph: list[str] = field(default_factory=list)  # same chains, renumbered
    has_audio: bool = False  # something audible is mixed (else the track is silence)
    cover_at_ms: int = 0
    loudness: Measured | None = None  # set after the measuring pass
    limited_gain: float | None = None  # dB, the corrected gain when a limiter is needed
    video_label: str = "[video]"  # the last label of the video chains
    cover_path: Path | None = None  # when set, the render also writes this PNG frame

    @property
    def frames(self) -> int:
        return round(self.duration_ms * self.fps / 1000)

    @property
    def normalise(self) -> bool:
        return self.has_audio and not (self.loudness is not None and self.loudness.silent)

    def final_graph(self) -> str:
        dur = _sec(self.duration_ms)
        if self.cover_path is None:
            video = [f"{self.video_label}null[vout]"]
        else:  # the cover is one frame of the same stream: no second decode afterwards
            n = min(self.frames - 1, round(self.cover_at_ms * self.fps / 1000))
            video = [
                f"{self.video_label}split=2[vout][vcover]",
                f"[vcover]trim=start_frame={n}:end_frame={n + 1},setpts=PTS-STARTPTS[cover]",
            ]
        tail = [*self.normalise_chain(), "aresample=48000"] if self.normalise else []
        chain = ",".join(
            [*tail, f"atrim=end={dur}", "aformat=sample_rates=48000:channel_layouts=stereo"]
        )
        return ";".join([*self.graph, *video, f"[premix]{chain}[aout]"])

    @property
    def args(self) -> list[str]:
        """ffmpeg arguments (no executable) for the render."""
        return [
            "-y",
            *self.inputs,
            "-filter_complex",
            self.final_graph(),
            "-map",
            "[vout]",
            "-map",
            "[aout]",
            *self.encode,
            *self.cover_args(),
        ]

    def cover_args(self) -> list[str]:
        if self.cover_path is None:
            return []
        cover = ["-map", "[cover]", "-frames:v", "1", "-update", "1", "-c:v", "png"]
        return [*cover, "-f", "image2", str(self.cover_path)]

    def normalise_chain(self) -> list[str]:
        return normalise_chain(self.loudness, self.limited_gain) if self.normalise else []

    @property
    def needs_limiter(self) -> bool:
        """Whether the gain to −14 LUFS would push peaks over −1 dBTP (then it is limited)."""
        measured = self.loudness
        return bool(self.normalise and measured is not None and linear_gain(measured) is None)

    def measure_args(self, *, normalised: bool = False) -> list[str] | None:
        """ffmpeg arguments for the audio-only loudness pass; None when nothing is audible.

        ``normalised`` measures the mix after the second-pass chain (to correct its gain).
        """
        if not self.has_audio:
            return None
        chain = [*self.normalise_chain(), measure_filter()] if normalised else [measure_filter()]
        graph = ";".join([*self.audio_graph, f"[premix]{','.join(chain)}[measured]"])
        return [
            "-nostdin",
            *self.audio_inputs,
            "-filter_complex",
            graph,
            "-map",
            "[measured]",
            "-f",
            "null",
            "-",
        ]


def _escape_option(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:")


def _escape_graph(args: str) -> str:
    for char in "\\'[],;":
        args = args.replace(char, "\\" + char)
    return args


def filter_spec(name: str, options: dict[str, object]) -> str:
    """``name=k=v:k=v`` with both levels of escaping (option values, then the graph)."""
    args = ":".join(f"{key}={_escape_option(str(value))}" for key, value in options.items())
    return f"{name}={_escape_graph(args)}"


def _sec(ms: float) -> str:
    return f"{ms / 1000:.3f}"


def _num(value: object, default: float, lo: float, hi: float) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if number != number:  # NaN
        return default
    return max(lo, min(hi, number))


def _ms(seg: Segment, key: str, limit: int) -> int:
    return int(_num(seg.m.get(key), 0, 0, max(0, limit)))


def _speed(seg: Segment) -> float:
    return _num(seg.m.get("speed"), 1.0, 0.25, 4.0)


@dataclass
class _Input:
    opts: list[str]
    path: str


@dataclass
class _AudioItem:
    source: int  # index into the render's inputs
    seg: Segment
    bgm: bool
    duck: bool


class _Builder:
    def __init__(
        self,
        draft: Draft,
        spec: OutputSpec,
        resolve_media: Callable[[str], Path | None],
        media_info: Callable[[Path], MediaInfo | None] | None,
        fonts: TextFonts | None,
    ) -> None:
        self.draft = draft
        self.spec = spec
        self.width, self.height = spec.width, spec.height
        self.fps = spec.preset.fps
        self.resolve_media = resolve_media
        self.media_info = media_info
        self.fonts = fonts
        self.duration_ms = max(draft.d, draft.computed_duration())
        self.inputs: list[_Input] = []
        self.graph: list[str] = []
        self.audio: list[_AudioItem] = []
        self.warnings: list[str] = list(spec.warnings)
        self.default_fit = str(getattr(draft.m, "fit", None) or "cover")
        # Clip sound follows the picture: crossfaded (fade in, fade out ms) or cut (length).
        self.sound_fades: dict[int, tuple[int, int]] = {}
        self.sound_cut: dict[int, int] = {}
        self._n = 0

    def label(self, prefix: str) -> str:
        self._n += 1
        return f"[{prefix}{self._n}]"

    # --- inputs ------------------------------------------------------------------------------

    def resolve(self, seg: Segment) -> tuple[Path, MediaInfo | None] | None:
        path = self.resolve_media(seg.src) if seg.src else None
        if path is None:
            self.warnings.append(f"Skipped {seg.label}: its media is missing.")
            return None
        info = self.media_info(path) if self.media_info else None
        return path, info

    def add_input(self, opts: list[str], path: Path) -> int:
        self.inputs.append(_Input(opts, str(path)))
        return len(self.inputs) - 1

    # --- video -------------------------------------------------------------------------------

    def fit(self, seg: Segment) -> str:
        """Filters that bring any frame to exactly the output size (pixels square)."""
        w, h = self.width, self.height
        fit = str(seg.m.get("fit") or self.default_fit).lower()
        # The crop is worked out on the displayed shape (``sar``: non-square source pixels).
        crop = f"crop='min(iw,ih*{w}/{h}/sar)':'min(ih,iw*sar*{h}/{w})'"
        if fit != "contain":
            return f"{crop},scale={w}:{h},setsar=1"
        bw, bh = max(2, w // BLUR_DOWNSCALE // 2 * 2), max(2, h // BLUR_DOWNSCALE // 2 * 2)
        radius = max(1, min(bw, bh) // 8)
        bg, fg, blurred, whole = (self.label(p) for p in ("bg", "fg", "blur", "whole"))
        # The blurred copy: crop to the canvas shape, shrink, blur, scale back up.
        return (
            "scale='trunc(iw*sar/2)*2':ih,setsar=1,"  # square pixels (a no-op when they are)
            f"split=2{bg}{fg};"
            f"{bg}{crop},scale={bw}:{bh},"
            f"boxblur={radius}:2,scale={w}:{h},setsar=1{blurred};"
            f"{fg}scale={w}:{h}:force_original_aspect_ratio=decrease,setsar=1{whole};"
            f"{blurred}{whole}overlay=(W-w)/2:(H-h)/2"
        )

    def motion(self, seg: Segment, frames: int) -> str:
        kind = str(seg.m.get("motion") or "none").lower()
        if kind in ("", "none"):
            return ""
        w, h, z = self.width, self.height, KEN_BURNS_ZOOM
        last = max(1, frames - 1)
        p = f"(on/{last})"
        zoom = {"zoom_in": f"1+{z}*{p}", "zoom_out": f"{1 + z}-{z}*{p}"}.get(kind, f"{1 + z}")
        cx, cy = "(iw-iw/zoom)/2", "(ih-ih/zoom)/2"
        x, y = {
            "pan_left": (f"(iw-iw/zoom)*(1-{p})", cy),
            "pan_right": (f"(iw-iw/zoom)*{p}", cy),
            "pan_up": (cx, f"(ih-ih/zoom)*(1-{p})"),
            "pan_down": (cx, f"(ih-ih/zoom)*{p}"),
        }.get(kind, (cx, cy))
        options = {"z": zoom, "x": x, "y": y, "d": 1, "s": f"{w}x{h}", "fps": self.fps}
        return filter_spec("zoompan", options) + ",setsar=1"

    def clip_chain(
        self, seg: Segment, *, image: bool, info: MediaInfo | None, start: int = 0
    ) -> list[str]:
        """Filters from the decoded source to exactly ``seg.d`` of canvas-sized frames."""
        fps, frames = self.fps, max(1, round(seg.d * self.fps / 1000))
        speed = 1.0 if image else _speed(seg)
        chain: list[str] = []
        if image:
            chain += [self.fit(seg), "format=yuv420p", f"loop=loop={frames - 1}:size=1"]
            chain += [f"setpts=N/{fps}/TB", f"fps={fps}"]
            if move := self.motion(seg, frames):
                chain.append(move)
        else:
            pts = "PTS-STARTPTS" if speed == 1 else f"(PTS-STARTPTS)/{speed:g}"
            chain += [f"setpts={pts}", f"fps={fps}", self.fit(seg), "format=yuv420p"]
            span_ms = seg.d * speed
            have_ms = None
            if info is not None and info.duration is not None:
                have_ms = info.duration * 1000 - start
            if have_ms is None or have_ms + 1 < span_ms:  # a short source holds its last frame
                chain.append("tpad=stop=-1:stop_mode=clone")
        chain.append(f"trim=end_frame={frames}")
        fade_in = _ms(seg, "fade_in", seg.d)
        fade_out = _ms(seg, "fade_out", seg.d)
        if fade_in:
            chain.append(f"fade=t=in:st=0:d={_sec(fade_in)}")
        if fade_out:
            chain.append(f"fade=t=out:st={_sec(seg.d - fade_out)}:d={_sec(fade_out)}")
        return chain

    def video_segment(self, seg: Segment) -> str | None:
        """Add one visual segment; the label of its stream (starting at 0, ``seg.d`` long)."""
        found = self.resolve(seg)
        if found is None:
            return None
        path, info = found
        if info is not None and info.kind == "audio":
            self.warnings.append(f"Skipped {seg.label}: it has no picture.")
            return None
        image = path.suffix.lower() in IMAGE_SUFFIXES or (info is not None and info.kind == "image")
        start = seg.in_ or 0
        if image:
            k = self.add_input(["-framerate", str(self.fps)], path)
        else:
            if info is not None and info.duration is not None and start >= info.duration * 1000:
                self.warnings.append(
                    f"{seg.label} starts after the end of its source; it is shown from 0 s."
                )
                start = 0
            span = seg.d * _speed(seg)
            k = self.add_input(["-ss", _sec(start), "-t", _sec(span)], path)
            if seg.m.get("has_audio") is not False:
                has = info.audio_codec is not None if info else bool(seg.m.get("has_audio"))
                if has:
                    self.audio.append(_AudioItem(k, seg, bgm=False, duck=False))
                elif seg.m.get("has_audio"):
                    self.warnings.append(f"{seg.label} has no sound track to mix.")
        out = self.label("clip")
        chain = self.clip_chain(seg, image=image, info=info, start=start)
        self.graph.append(f"[{k}:v]{','.join(chain)}{out}")
        return out

    def main_track(self, track: Track) -> tuple[str | None, int]:
        """The first video track as one stream from 0; its label and length (ms)."""
        acc: str | None = None
        acc_end = 0
        prev: Segment | None = None
        for seg in sorted((s for s in track.sg if s.d > 0), key=lambda s: s.st):
            piece = self.video_segment(seg)
            if piece is None:
                continue
            before, prev = prev, seg
            if acc is None or seg.st >= acc_end:
                gap = seg.st - acc_end
                if gap > 0:
                    padded = self.label("gap")
                    self.graph.append(f"{piece}tpad=start_duration={_sec(gap)}{padded}")
                    piece = padded
                if acc is None:
                    acc = piece
                else:
                    joined = self.label("cat")
                    self.graph.append(f"{acc}{piece}concat=n=2:v=1:a=0,settb=1/{self.fps}{joined}")
                    acc = joined
                acc_end = seg.end
                continue
            overlap = acc_end - seg.st
            xfade = _ms(seg, "xfade", seg.d)
            joined = self.label("join")
            if xfade and overlap > 0 and seg.end > acc_end:
                self.graph.append(
                    f"{acc}{piece}xfade=transition=fade:duration={_sec(overlap)}"
                    f":offset={_sec(seg.st)}{joined}"
                )
                if before is not None:
                    fade_in = self.sound_fades.get(id(before), (0, 0))[0]
                    self.sound_fades[id(before)] = (fade_in, overlap)
                self.sound_fades[id(seg)] = (overlap, 0)
            else:  # overlapping without a crossfade: the later clip cuts in at its start
                if before is not None:
                    self.sound_cut[id(before)] = max(0, seg.st - before.st)
                cut = self.label("cut")
                self.graph.append(f"{acc}trim=end={_sec(seg.st)}{cut}")
                self.graph.append(f"{cut}{piece}concat=n=2:v=1:a=0,settb=1/{self.fps}{joined}")
            acc, acc_end = joined, seg.end
        return acc, acc_end

    def overlay_track(self, base: str, track: Track) -> str:
        for seg in (s for s in track.sg if s.d > 0):
            piece = self.video_segment(seg)
            if piece is None:
                continue
            shifted, out = self.label("late"), self.label("over")
            self.graph.append(f"{piece}setpts=PTS+{_sec(seg.st)}/TB{shifted}")
            enable = f"between(t,{_sec(seg.st)},{_sec(seg.end)})"
            overlay = filter_spec("overlay", {"eof_action": "pass", "enable": enable})
            self.graph.append(f"{base}{shifted}{overlay}{out}")
            base = out
        return base

    def video(self) -> str:
        dur, w, h, fps = self.duration_ms, self.width, self.height, self.fps
        tracks = [t for t in self.draft.t if t.tt == TrackType.VIDEO]
        base, end = self.main_track(tracks[0]) if tracks else (None, 0)
        if base is None:
            base = self.label("black")
            self.graph.append(f"color=c=black:s={w}x{h}:r={fps}:d={_sec(dur)},format=yuv420p{base}")
        elif end < dur:
            padded = self.label("tail")
            self.graph.append(f"{base}tpad=stop_duration={_sec(dur - end + 1000 / fps)}{padded}")
            base = padded
        for track in tracks[1:]:
            base = self.overlay_track(base, track)
        draws = self.texts()
        if draws:
            out = self.label("text")
            self.graph.append(f"{base}{','.join(draws)}{out}")
            base = out
        return base

    # --- text --------------------------------------------------------------------------------

    def wrap(self, font: str, text: str, size: int) -> list[str]:
        assert self.fonts is not None
        limit = self.width * SAFE_WIDTH
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
        limit_w = self.width * SAFE_WIDTH
        limit_h = self.height * (SAFE_BOTTOM - SAFE_TOP)
        size = wanted
        while True:
            lines = self.wrap(font, text, size)
            widest = max(self.fonts.width(font, line, size) for line in lines)
            tall = len(lines) * size * LINE_HEIGHT
            if (widest <= limit_w and tall <= limit_h) or size <= 10:
                return size, lines
            size = max(10, int(size * 0.9))

    def texts(self) -> list[str]:
        draws: list[str] = []
        segs = [
            s
            for t in self.draft.t
            if t.tt == TrackType.TEXT
            for s in t.sg
            if s.txt and s.txt.strip() and s.d > 0
        ]
        if segs and self.fonts is None:
            self.warnings.append("No font was found on this machine; titles were left out.")
            return draws
        for seg in segs:
            assert self.fonts is not None and seg.txt is not None
            font = self.fonts.font_for(seg.txt)
            if font is None:
                warning = self.fonts.missing_font_warning(seg.txt)
                if warning not in self.warnings:
                    self.warnings.append(warning)
                continue
            text = seg.txt
            missing = getattr(self.fonts, "missing", None)
            gone = missing(font, text) if missing else ""
            if gone:
                text = "".join(char for char in text if char not in gone)
                self.warnings.append(
                    f"No installed font can draw {gone!r} in {seg.txt!r}; "
                    + ("those characters were left out." if text.strip() else "it was left out.")
                )
                if not text.strip():
                    continue
            draws += self.drawtext(seg, font, text)
        return draws

    def drawtext(self, seg: Segment, font: str, text: str | None = None) -> list[str]:
        w, h = self.width, self.height
        scale = h / 1920 if h >= w else w / 1920
        base = {"title": 96, "caption": 56}.get(str(seg.m.get("kind") or "").lower(), 72)
        default = max(12, round(base * scale))
        wanted = int(_num(seg.m.get("size"), default, 8, h))
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
        fade_in = _ms(seg, "fade_in", seg.d // 2) or (anim_ms if anim != "none" else 0)
        fade_out = _ms(seg, "fade_out", seg.d // 2) or (anim_ms if anim == "fade" else 0)
        alpha = "1"
        s, e = _sec(start), _sec(end)
        if fade_in or fade_out:
            parts = []
            if fade_in:
                parts.append(f"(t-{s})/{_sec(fade_in)}")
            if fade_out:
                parts.append(f"({e}-t)/{_sec(fade_out)}")
            inner = f"min({','.join(parts)})" if len(parts) > 1 else parts[0]
            alpha = f"clip({inner},0,1)"
        rise = {"slide": max(4, h // 40), "pop": max(2, h // 120)}.get(anim, 0)
        color = self.color(seg)
        draws = []
        for i, line in enumerate(lines):
            y = str(y0 + i * line_h)
            if rise and anim_ms:
                y = f"{y}+{rise}*max(0,1-(t-{s})/{_sec(anim_ms)})"
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
            self.warnings.append(f"Unknown colour {wanted!r} for {seg.label}; used white.")
            return "0xFFFFFF"
        return "0x" + "".join(f"{part:02X}" for part in rgb)

    # --- audio -------------------------------------------------------------------------------

    def audio_sources(self) -> None:
        for track in self.draft.t:
            if track.tt != TrackType.AUDIO:
                continue
            role = str(track.m.get("role") or "").lower()
            for seg in (s for s in track.sg if s.d > 0):
                found = self.resolve(seg)
                if found is None:
                    continue
                path, info = found
                if info is not None and info.audio_codec is None:
                    self.warnings.append(f"{seg.label} has no sound to mix.")
                    continue
                kind = str(seg.m.get("kind") or "").lower()
                bgm = role == "bgm" or kind == "bgm" or (role != "voice" and kind != "voice")
                duck = bgm and seg.m.get("duck", track.m.get("duck", True)) is not False
                speed = _speed(seg)
                opts = ["-stream_loop", "-1"] if seg.m.get("loop") else []
                opts += ["-ss", _sec(seg.in_ or 0), "-t", _sec(seg.d * speed)]
                k = self.add_input(opts, path)
                self.audio.append(_AudioItem(k, seg, bgm=bgm, duck=duck))

    def audio_chains(self, index: dict[int, int]) -> list[str]:
        """The audio graph up to ``[premix]``, reading input ``index[source]``."""
        dur = _sec(self.duration_ms)
        chains: list[str] = []
        fg: list[str] = []
        music: list[str] = []
        for n, item in enumerate(self.audio):
            seg = item.seg
            speed = _speed(seg)
            parts = ["asetpts=PTS-STARTPTS"]
            tempo = speed
            while tempo < 0.5:
                parts.append("atempo=0.5")
                tempo /= 0.5
            if abs(tempo - 1) > 1e-6:
                parts.append(f"atempo={tempo:g}")
            parts.append("aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo")
            volume = 1.0 if seg.vol is None else _num(seg.vol, 1.0, 0.0, 1.0)
            if volume != 1:
                parts.append(f"volume={volume:.3f}")
            length = min(seg.d, self.sound_cut.get(id(seg), seg.d))
            if length <= 0:
                continue
            parts += ["apad", f"atrim=end={_sec(length)}"]
            joined_in, joined_out = self.sound_fades.get(id(seg), (0, 0))
            fade_in = min(length, max(_ms(seg, "fade_in", seg.d), joined_in))
            fade_out = min(length, max(_ms(seg, "fade_out", seg.d), joined_out))
            if fade_in:
                parts.append(f"afade=t=in:st=0:d={_sec(fade_in)}")
            if fade_out:
                parts.append(f"afade=t=out:st={_sec(length - fade_out)}:d={_sec(fade_out)}")
            if seg.st > 0:
                parts.append(f"adelay={seg.st}:all=1")
            out = f"[a{n}]"
            chains.append(f"[{index[item.source]}:a]{','.join(parts)}{out}")
            (music if item.duck else fg).append(out)

        def mix(labels: list[str], out: str) -> None:
            pad = f"apad=whole_dur={dur}"
            if len(labels) == 1:
                chains.append(f"{labels[0]}{pad}{out}")
            else:
                n = len(labels)
                mixed = f"amix=inputs={n}:duration=longest:normalize=0"
                chains.append(f"{''.join(labels)}{mixed},{pad}{out}")

        if fg and music:
            mix(fg, "[fgmix]")
            mix(music, "[bgmix]")
            chains.append("[fgmix]asplit=2[fgout][fgkey]")
            duck = "sidechaincompress=threshold=0.02:ratio=6:attack=20:release=400:knee=4"
            chains.append(f"[bgmix][fgkey]{duck}[ducked]")
            chains.append("[fgout][ducked]amix=inputs=2:duration=longest:normalize=0[premix]")
        elif fg or music:
            mix(fg or music, "[premix]")
        else:
            chains.append(f"anullsrc=r=48000:cl=stereo,atrim=end={dur}[premix]")
        return chains

    def cover_at(self) -> int:
        texts = [s for t in self.draft.t if t.tt == TrackType.TEXT for s in t.sg if s.txt]
        if texts:
            first = min(texts, key=lambda s: s.st)
            return min(self.duration_ms - 1, first.st + first.d // 2)
        return min(1000, self.duration_ms // 2)


def encode_args(preset: Preset, frames: int, duration_ms: int, out_path: Path) -> list[str]:
    gop = preset.fps * preset.gop_seconds
    return [
        "-c:v",
        "libx264",
        "-profile:v",
        "high",
        "-pix_fmt",
        "yuv420p",
        "-preset",
        preset.x264_preset,
        "-crf",
        str(preset.crf),
        "-maxrate",
        preset.maxrate,
        "-bufsize",
        preset.bufsize,
        "-g",
        str(gop),
        "-keyint_min",
        str(gop),
        "-sc_threshold",
        "0",
        "-flags",
        "+cgop",
        "-r",
        str(preset.fps),
        "-frames:v",
        str(frames),
        "-c:a",
        "aac",
        "-b:a",
        preset.audio_bitrate,
        "-ar",
        "48000",
        "-ac",
        "2",
        "-t",
        _sec(duration_ms),
        "-movflags",
        "+faststart",
        str(out_path),
    ]


def build_render_plan(
    draft: Draft,
    *,
    resolve_media: Callable[[str], Path | None],
    out_path: Path,
    output: OutputSpec | None = None,
    fonts: TextFonts | None = None,
    font: str | None = None,
    media_info: Callable[[Path], MediaInfo | None] | None = None,
    settings: EncodeSettings | None = None,
    cover_path: Path | None = None,
) -> RenderPlan:
    """``resolve_media`` maps a segment's ``src`` to a file; ``media_info`` describes one.

    ``output`` is the preset and size (default: the canvas with the final settings);
    ``fonts`` finds and measures fonts (``font``, one font file, is the short form);
    ``cover_path`` makes the same ffmpeg also save one frame there as PNG.
    """
    duration_ms = max(draft.d, draft.computed_duration())
    if duration_ms <= 0 or not draft.ready:
        raise EmptyDraftError("the draft has no segments")
    if output is None:
        preset = canvas_preset(draft.m.width, draft.m.height)
        if settings is not None:
            preset = Preset(
                preset.name,
                preset.label,
                preset.width,
                preset.height,
                fps=settings.fps,
                x264_preset=settings.preset,
                crf=settings.crf,
                maxrate=settings.maxrate,
                bufsize=settings.bufsize,
                audio_bitrate=settings.audio_bitrate,
                gop_seconds=settings.gop_seconds,
            )
        output = OutputSpec(preset, preset.width, preset.height)
    if fonts is None and font is not None:
        fonts = FixedFont(font)
    b = _Builder(draft, output, resolve_media, media_info, fonts)
    vout = b.video()
    b.audio_sources()
    render_index = {i: i for i in range(len(b.inputs))}
    audio_graph_render = b.audio_chains(render_index)
    used = sorted({item.source for item in b.audio})
    measure_index = {source: n for n, source in enumerate(used)}
    audio_graph_measure = b.audio_chains(measure_index)
    fps = output.preset.fps
    frames = round(duration_ms * fps / 1000)
    inputs = [arg for item in b.inputs for arg in (*item.opts, "-i", item.path)]
    audio_inputs = [arg for s in used for arg in (*b.inputs[s].opts, "-vn", "-i", b.inputs[s].path)]
    return RenderPlan(
        inputs=inputs,
        graph=[*b.graph, *audio_graph_render],
        encode=encode_args(output.preset, frames, duration_ms, out_path),
        duration_ms=duration_ms,
        width=output.width,
        height=output.height,
        fps=fps,
        preset=output.name,
        warnings=b.warnings,
        audio_inputs=audio_inputs,
        audio_graph=audio_graph_measure,
        has_audio=bool(b.audio),
        cover_at_ms=b.cover_at(),
        video_label=vout,
        cover_path=cover_path,
    )
