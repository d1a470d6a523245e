"""Export presets: the platform sizes and the encoder settings that go with them.

``output.preset`` picks one by name; ``output.quality: "draft"`` picks ``draft``; without
either the export follows the draft's canvas with the final encoder settings. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

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

PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset("tiktok", "TikTok 1080x1920", 1080, 1920),
        Preset("reels", "Reels 1080x1920", 1080, 1920),
        Preset("shorts", "Shorts 1080x1920", 1080, 1920),
        Preset("youtube", "YouTube 1920x1080", 1920, 1080),
        Preset("square", "Square 1080x1080", 1080, 1080),
        Preset(
            "draft",
            "Draft 540p (fast)",
            540,
            960,
            x264_preset="ultrafast",
            crf=28,
            maxrate="2M",
            bufsize="4M",
            audio_bitrate="128k",
            final=False,
            follows_canvas=True,
        ),
    )
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
    """The preset an export request asks for, given the draft's canvas ``width``x``height``."""
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
        preset = PRESETS["draft"]
        w, h = draft_size(width, height)
        preset = replace(preset, width=w, height=h)
        return OutputSpec(preset, w, h, warnings)
    if name:
        preset = PRESETS[name]
        return OutputSpec(preset, preset.width, preset.height, warnings)
    preset = canvas_preset(width, height)
    return OutputSpec(preset, preset.width, preset.height, warnings)


def preset_list() -> list[dict[str, Any]]:
    """Every named preset, as ``GET /api/render/presets`` lists them."""
    return [preset.describe() for preset in PRESETS.values()]
