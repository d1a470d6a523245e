"""Export presets: the platform sizes and the encoder settings that go with them.

``output.preset`` picks one by name; ``output.quality: "draft"`` picks ``draft``; without
either the export follows the draft's canvas with the final encoder settings. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from lumatui.protocol.presets import PRESETS as SHARED_PRESETS

FPS = 30


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    width: int
    height: int
    fps: int = FPS
    x264_preset: str = "veryfast"
    crf: int = 20
    maxrate: str = "8M"
    bufsize: str = "16M"
    audio_bitrate: str = "192k"
    gop_seconds: int = 2
    final: bool = True
    follows_canvas: bool = False  # the size is worked out from the draft's canvas

    def describe(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "width": self.width,
            "height": self.height,
            "fps": self.fps,
            "video_codec": "h264",
            "x264_preset": self.x264_preset,
            "crf": self.crf,
            "maxrate": self.maxrate,
            "audio_bitrate": self.audio_bitrate,
            "final": self.final,
            "follows_canvas": self.follows_canvas,
        }


DRAFT_SHORT_SIDE = 540

# The encoder settings that differ from the defaults, keyed by the shared preset names
# (lumatui/protocol/presets.py declares the names, labels and sizes once).
ENCODER: dict[str, dict[str, Any]] = {
    "draft": {
        "x264_preset": "ultrafast",
        "crf": 28,
        "maxrate": "2M",
        "bufsize": "4M",
        "audio_bitrate": "128k",
        "final": False,
        "follows_canvas": True,
    },
}

PRESETS: dict[str, Preset] = {
    shared.name: Preset(
        shared.name, shared.label, shared.width, shared.height, **ENCODER.get(shared.name, {})
    )
    for shared in SHARED_PRESETS
}


@dataclass(frozen=True)
class OutputSpec:
    """What one export produces: its size and how it is encoded."""

    preset: Preset
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.preset.name


def _even(value: float) -> int:
    return max(2, round(value / 2) * 2)


def draft_size(width: int, height: int) -> tuple[int, int]:
    """The canvas scaled so its short side is 540 (never up), both sides even."""
    short = min(width, height)
    scale = min(1.0, DRAFT_SHORT_SIDE / short) if short > 0 else 1.0
    return _even(width * scale), _even(height * scale)


def canvas_preset(width: int, height: int) -> Preset:
    return Preset("canvas", f"Canvas {width}x{height}", _even(width), _even(height))


def resolve_output(output: dict[str, Any] | None, width: int, height: int) -> OutputSpec:
    """The preset an export request asks for, given the draft's canvas ``width``x``height``.

    ``output.preset`` names one; ``quality: "draft"`` alone means ``draft``; neither follows
    the canvas. ``resolution`` (``720p`` or ``1280x720``) and ``crf`` (0–51) adjust it.
    """
    output = output or {}
    name = str(output.get("preset") or "").strip().lower()
    quality = str(output.get("quality") or "").strip().lower()
    warnings: list[str] = []
    if name and name not in PRESETS:
        known = ", ".join(PRESETS)
        warnings.append(f"Unknown preset {name!r}; exported at the canvas size ({known} exist).")
        name = ""
    if quality == "draft" and not name:
        name = "draft"
    if name == "draft":
        w, h = draft_size(width, height)
        preset = replace(PRESETS["draft"], width=w, height=h)
    elif name:
        preset = PRESETS[name]
    else:
        preset = canvas_preset(width, height)
    preset = _adjusted(preset, output, warnings)
    codec = str(output.get("codec") or "").strip().lower()
    if codec and codec not in ("h264", "avc", "libx264", "x264"):
        warnings.append(f"Codec {codec!r} is not offered here; the export is H.264.")
    return OutputSpec(preset, preset.width, preset.height, warnings)


def _adjusted(preset: Preset, output: dict[str, Any], warnings: list[str]) -> Preset:
    resolution = str(output.get("resolution") or "").strip().lower()
    if resolution:
        size = parse_resolution(resolution, preset.width, preset.height)
        if size is None:
            warnings.append(f"Resolution {resolution!r} is not understood; it was ignored.")
        else:
            preset = replace(preset, width=size[0], height=size[1])
    crf = output.get("crf")
    if crf is not None:
        try:
            preset = replace(preset, crf=max(0, min(51, int(crf))))
        except (TypeError, ValueError):
            warnings.append(f"CRF {crf!r} is not a number; it was ignored.")
    return preset


def parse_resolution(text: str, width: int, height: int) -> tuple[int, int] | None:
    """``1280x720`` as given; ``720p`` (or ``4k``) scales the size to that short side."""
    text = text.strip().lower()
    if "x" in text:
        w, _, h = text.partition("x")
        if w.isdigit() and h.isdigit() and 16 <= int(w) <= 4096 and 16 <= int(h) <= 4096:
            return _even(int(w)), _even(int(h))
        return None
    short = {"4k": 2160, "2k": 1440}.get(text)
    if short is None and text.endswith("p") and text[:-1].isdigit():
        short = int(text[:-1])
    if short is None or not 16 <= short <= 2160 or min(width, height) <= 0:
        return None
    scale = short / min(width, height)
    return _even(width * scale), _even(height * scale)


def preset_list() -> list[dict[str, Any]]:
    """Every named preset, as ``GET /api/render/presets`` lists them."""
    return [preset.describe() for preset in PRESETS.values()]
