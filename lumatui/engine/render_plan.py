"""Draft → one ffmpeg command with one filter graph. Pure: no I/O, nothing is run here.

Video segments are fitted to the canvas by cover (scale up, crop) and laid over a black
base at their ``st``, so gaps and late starts stay black. Text is drawn with drawtext.
Audio segments (and the sound of video segments marked ``m.has_audio``) are delayed to
their ``st`` and mixed over a silent base, so every output has a 48 kHz stereo AAC track
of exactly the draft's duration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lumatui.protocol.draft import Draft, Segment, TrackType

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
TEXT_Y = {"top": "h*0.2", "center": "(h-text_h)/2", "bottom": "h*0.8-text_h"}


class EmptyDraftError(ValueError):
    """The draft has nothing to render."""


@dataclass(frozen=True)
class EncodeSettings:
    preset: str = "veryfast"
    crf: int = 20
    maxrate: str = "8M"
    bufsize: str = "16M"
    fps: int = 30
    audio_bitrate: str = "192k"
    gop_seconds: int = 2


@dataclass
class RenderPlan:
    args: list[str]
    duration_ms: int
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)

    @property
    def frames(self) -> int:
        return round(self.duration_ms * 30 / 1000)


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


def _sec(ms: int) -> str:
    return f"{ms / 1000:.3f}"


def build_render_plan(
    draft: Draft,
    *,
    resolve_media: Callable[[str], Path | None],
    out_path: Path,
    settings: EncodeSettings = EncodeSettings(),
    font: str | None = None,
) -> RenderPlan:
    """``resolve_media`` maps a segment's ``src`` to a file; ``font`` is a font file path."""
    width, height, fps = draft.m.width, draft.m.height, settings.fps
    duration_ms = max(draft.d, draft.computed_duration())
    if duration_ms <= 0 or not draft.ready:
        raise EmptyDraftError("the draft has no segments")
    frames = round(duration_ms * fps / 1000)
    dur = _sec(duration_ms)
    inputs: list[str] = [
        "-f",
        "lavfi",
        "-i",
        f"color=c=black:s={width}x{height}:r={fps}:d={dur}",
        "-f",
        "lavfi",
        "-i",
        "anullsrc=r=48000:cl=stereo",
    ]
    graph: list[str] = ["[0:v]format=yuv420p,setsar=1[base0]", f"[1:a]atrim=0:{dur}[abase]"]
    audio_labels = ["[abase]"]
    warnings: list[str] = []
    video_label = "[base0]"
    index = 2

    def add_input(seg: Segment, *, image: bool) -> Path | None:
        nonlocal index
        path = resolve_media(seg.src or "") if seg.src else None
        if path is None:
            warnings.append(f"Skipped {seg.label}: its media is missing.")
            return None
        seconds = _sec(seg.d)
        if image:
            inputs.extend(["-loop", "1", "-framerate", str(fps), "-t", seconds, "-i", str(path)])
        else:
            inputs.extend(["-ss", _sec(seg.in_ or 0), "-t", seconds, "-i", str(path)])
        index += 1
        return path

    for track in draft.t:
        for seg in (s for s in track.sg if s.d > 0):
            if track.tt == TrackType.VIDEO:
                image = Path(seg.src or "").suffix.lower() in IMAGE_SUFFIXES
                if add_input(seg, image=image) is None:
                    continue
                k = index - 1
                graph.append(
                    f"[{k}:v]fps={fps},scale={width}:{height}:force_original_aspect_ratio=increase,"
                    f"crop={width}:{height},setsar=1,format=yuv420p,"
                    f"setpts=PTS-STARTPTS+{_sec(seg.st)}/TB[v{k}]"
                )
                out = f"[over{k}]"
                overlay = filter_spec("overlay", {"eof_action": "pass", "enable": _between(seg)})
                graph.append(f"{video_label}[v{k}]{overlay}{out}")
                video_label = out
                if seg.m.get("has_audio"):
                    audio_labels.append(_audio_chain(graph, k, seg, seg.vol))
            elif track.tt == TrackType.AUDIO:
                if add_input(seg, image=False) is None:
                    continue
                audio_labels.append(_audio_chain(graph, index - 1, seg, seg.vol))

    texts = [s for t in draft.t if t.tt == TrackType.TEXT for s in t.sg if s.txt and s.d > 0]
    if texts and font is None:
        warnings.append("No font was found on this machine; titles were left out.")
    elif texts:
        draws = [_drawtext(seg, font or "", width, height) for seg in texts]
        graph.append(f"{video_label}{','.join(draws)}[texted]")
        video_label = "[texted]"

    graph.append(f"{video_label}trim=duration={dur},setpts=PTS-STARTPTS[vout]")
    mix_inputs = "".join(audio_labels)
    graph.append(
        f"{mix_inputs}amix=inputs={len(audio_labels)}:duration=first:normalize=0,"
        f"atrim=0:{dur},aformat=sample_rates=48000:channel_layouts=stereo[aout]"
    )
    gop = fps * settings.gop_seconds
    args = [
        "-y",
        *inputs,
        "-filter_complex",
        ";".join(graph),
        "-map",
        "[vout]",
        "-map",
        "[aout]",
        "-c:v",
        "libx264",
        "-profile:v",
        "high",
        "-pix_fmt",
        "yuv420p",
        "-preset",
        settings.preset,
        "-crf",
        str(settings.crf),
        "-maxrate",
        settings.maxrate,
        "-bufsize",
        settings.bufsize,
        "-g",
        str(gop),
        "-keyint_min",
        str(gop),
        "-sc_threshold",
        "0",
        "-flags",
        "+cgop",
        "-r",
        str(fps),
        "-frames:v",
        str(frames),
        "-c:a",
        "aac",
        "-b:a",
        settings.audio_bitrate,
        "-ar",
        "48000",
        "-ac",
        "2",
        "-t",
        dur,
        "-movflags",
        "+faststart",
        str(out_path),
    ]
    return RenderPlan(args, duration_ms, width, height, warnings)


def _audio_chain(graph: list[str], k: int, seg: Segment, vol: float | None) -> str:
    volume = 1.0 if vol is None else max(0.0, min(1.0, vol))
    graph.append(
        f"[{k}:a]aresample=48000,aformat=sample_rates=48000:channel_layouts=stereo,"
        f"volume={volume:.3f},atrim=0:{_sec(seg.d)},asetpts=PTS-STARTPTS,"
        f"adelay={seg.st}:all=1[a{k}]"
    )
    return f"[a{k}]"


def _between(seg: Segment) -> str:
    return f"between(t,{_sec(seg.st)},{_sec(seg.end)})"


def _drawtext(seg: Segment, font: str, width: int, height: int) -> str:
    position = str(seg.m.get("position", "center"))
    size = int(seg.m.get("size", 0)) or max(12, height // 18)
    longest = max((len(line) for line in (seg.txt or "").splitlines()), default=1)
    size = max(10, min(size, int(width * 0.8 / (0.6 * max(1, longest)))))  # stay in the frame
    options: dict[str, object] = {
        "fontfile": font,
        "text": seg.txt or "",
        "expansion": "none",
        "fontsize": size,
        "fontcolor": str(seg.m.get("color", "white")),
        "borderw": max(1, size // 14),
        "bordercolor": "black@0.6",
        "x": "(w-text_w)/2",
        "y": TEXT_Y.get(position, TEXT_Y["center"]),
        "enable": _between(seg),
    }
    return filter_spec("drawtext", options)
