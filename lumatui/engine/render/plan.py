"""Draft → one ffmpeg command with one filter graph. Pure: no I/O, nothing is run here.

The graph is built in parts that share one :class:`~.filter_graph.FilterGraph`: the video
tracks as one canvas-sized stream (:mod:`.video_chain`), the text tracks drawn over it
(:mod:`.text_overlay`), and clip sound, voice and music mixed into ``[premix]``
(:mod:`.audio_mix`). This module assembles them into a :class:`RenderPlan`, which adds the
encoder options and loudness: the mix is normalised to −14 LUFS / −1 dBTP by a second-pass
loudnorm fed with the numbers of an audio-only first pass (:meth:`RenderPlan.measure_args`).
The result is 48 kHz stereo AAC of exactly the draft's duration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lumatui.engine.media.ffmpeg import EXACT_SCALE, EXACT_SWS
from lumatui.engine.media.probe import MediaInfo
from lumatui.engine.render.audio_mix import AudioMix
from lumatui.engine.render.filter_graph import FilterGraph, filter_spec, option_ms, seconds
from lumatui.engine.render.loudness import Measured, linear_gain, measure_filter, normalise_chain
from lumatui.engine.render.presets import OutputSpec, Preset, canvas_preset
from lumatui.engine.render.text_overlay import FixedFont, TextFonts, TextOverlay
from lumatui.engine.render.video_chain import VideoChain
from lumatui.protocol.draft import Draft, TrackType

__all__ = [
    "EmptyDraftError",
    "EncodeSettings",
    "FixedFont",
    "RenderPlan",
    "TextFonts",
    "build_render_plan",
    "encode_args",
    "filter_spec",
]


BT709_PARAMS = "setparams=range=tv:color_primaries=bt709:color_trc=bt709:colorspace=bt709"
BT709_TAGS = [
    "-color_range", "tv", "-color_primaries", "bt709", "-color_trc", "bt709",
    "-colorspace", "bt709",
]  # fmt: skip


class EmptyDraftError(ValueError):
    """The draft has nothing to render."""


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
    # ms: the picture fades in from the first frame / out to the last; the sound follows.
    edge_fades: tuple[int, int] = (0, 0)

    @property
    def frames(self) -> int:
        return round(self.duration_ms * self.fps / 1000)

    @property
    def normalise(self) -> bool:
        return self.has_audio and not (self.loudness is not None and self.loudness.silent)

    def final_graph(self) -> str:
        dur = seconds(self.duration_ms)
        # The frames are TV-range BT.709 (see media.ffmpeg.TV_709); said so on every frame.
        tagged = f"{self.video_label}{BT709_PARAMS}"
        if self.cover_path is None:
            video = [f"{tagged}[vout]"]
        else:  # the cover is one frame of the same stream: no second decode afterwards
            n = min(self.frames - 1, round(self.cover_at_ms * self.fps / 1000))
            video = [
                f"{tagged},split=2[vout][vcover]",
                f"[vcover]trim=start_frame={n}:end_frame={n + 1},setpts=PTS-STARTPTS,"
                f"scale={EXACT_SCALE},format=rgb24[cover]",
            ]
        tail = [*self.normalise_chain(), "aresample=48000"] if self.normalise else []
        fade_in, fade_out = self.edge_fades
        if fade_in:
            tail.append(f"afade=t=in:st=0:d={seconds(fade_in)}")
        if fade_out:
            st = seconds(self.duration_ms - fade_out)
            tail.append(f"afade=t=out:st={st}:d={seconds(fade_out)}")
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
            "-sws_flags",  # any conversion ffmpeg adds by itself is exact too
            EXACT_SWS,
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


def encode_args(preset: Preset, frames: int, duration_ms: int, out_path: Path) -> list[str]:
    gop = preset.fps * preset.gop_seconds
    return [
        "-c:v",
        "libx264",
        "-profile:v",
        "high",
        "-pix_fmt",
        "yuv420p",
        *BT709_TAGS,
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
        seconds(duration_ms),
        "-movflags",
        "+faststart",
        str(out_path),
    ]


def _edge_fades(draft: Draft, duration_ms: int) -> tuple[int, int]:
    """The picture's fade from black at the start and to black at the end (ms), so the whole
    sound fades with it: "fade out at the end" must not leave the music playing to a cut."""
    fade_in = fade_out = 0
    for track in (t for t in draft.t if t.tt == TrackType.VIDEO):
        for seg in (s for s in track.sg if s.d > 0):
            if seg.st <= 0:
                fade_in = max(fade_in, option_ms(seg, "fade_in", seg.d))
            if seg.end >= duration_ms:
                fade_out = max(fade_out, option_ms(seg, "fade_out", seg.d))
        break  # the first video track is the picture; overlays fade over it
    return min(fade_in, duration_ms), min(fade_out, duration_ms)


def _cover_at(draft: Draft, duration_ms: int) -> int:
    """Where the cover frame is taken (ms): mid-way through the first text, else at 1 s."""
    texts = [s for t in draft.t if t.tt == TrackType.TEXT for s in t.sg if s.txt]
    if texts:
        first = min(texts, key=lambda s: s.st)
        return min(duration_ms - 1, first.st + first.d // 2)
    return min(1000, duration_ms // 2)


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
    # The order is the order the draft is read in: labels and warnings follow it.
    graph = FilterGraph(output, duration_ms, resolve_media, media_info)
    sound = AudioMix(graph, draft)
    video = VideoChain(graph, draft, sound).build()
    video = TextOverlay(graph, draft, fonts).over(video)
    sound.add_tracks()
    audio_chains = sound.render_chains()
    audio_inputs, measure_chains = sound.measuring_pass()
    fps = output.preset.fps
    frames = round(duration_ms * fps / 1000)
    return RenderPlan(
        inputs=graph.input_args(),
        graph=[*graph.chains, *audio_chains],
        encode=encode_args(output.preset, frames, duration_ms, out_path),
        duration_ms=duration_ms,
        width=output.width,
        height=output.height,
        fps=fps,
        preset=output.name,
        warnings=graph.warnings,
        audio_inputs=audio_inputs,
        audio_graph=measure_chains,
        has_audio=bool(sound.items),
        cover_at_ms=_cover_at(draft, duration_ms),
        video_label=video,
        cover_path=cover_path,
        edge_fades=_edge_fades(draft, duration_ms),
    )
