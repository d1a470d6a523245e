"""The export presets, declared once: client, CLI, app and engine all read this table.

A preset is a name the wire carries (``output.preset``), a label a person reads, a size and the
shape that size has. The engine keeps its encoder settings per preset, keyed by these names.
Pure: no I/O, nothing heavy imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import gcd

DRAFT = "draft"


def shape_of(width: int, height: int) -> str:
    """``1920x1080`` → ``16:9``; ``0x0`` → ``""`` (no shape to compare)."""
    if width <= 0 or height <= 0:
        return ""
    common = gcd(width, height)
    return f"{width // common}:{height // common}"


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    width: int
    height: int

    @property
    def shape(self) -> str:
        return shape_of(self.width, self.height)

    @property
    def platform(self) -> str:
        """The label's first word: ``TikTok`` for ``TikTok 1080x1920``."""
        return self.label.split(" ", 1)[0] if self.label else self.name


PRESETS: tuple[Preset, ...] = (
    Preset("tiktok", "TikTok 1080x1920", 1080, 1920),
    Preset("reels", "Reels 1080x1920", 1080, 1920),
    Preset("shorts", "Shorts 1080x1920", 1080, 1920),
    Preset("youtube", "YouTube 1920x1080", 1920, 1080),
    Preset("square", "Square 1080x1080", 1080, 1080),
    # The draft preset's size follows the canvas (short side 540); 540x960 is what a 9:16
    # canvas gives, listed so a client without the engine's list can still show a size.
    Preset(DRAFT, "Draft 540p (fast)", 540, 960),
)

PRESET_NAMES: tuple[str, ...] = tuple(p.name for p in PRESETS)
BY_NAME: dict[str, Preset] = {p.name: p for p in PRESETS}


def follows_canvas(name: str) -> bool:
    """The draft preset keeps whatever shape the canvas has: it never crops."""
    return name == DRAFT


def preset_for_canvas(
    width: int, height: int, presets: tuple[Preset, ...] | list[Preset] = PRESETS
) -> str:
    """The first final preset whose shape is the canvas's; the first final one when none is."""
    finals = [p for p in presets if not follows_canvas(p.name)] or list(presets)
    canvas = shape_of(width, height)
    for preset in finals:
        if canvas and preset.shape == canvas:
            return preset.name
    return finals[0].name if finals else PRESETS[0].name


def crop_warning(preset: Preset | None, width: int, height: int) -> str:
    """What an export at ``preset`` does to a ``width``x``height`` canvas when it changes the
    shape, the crop-or-fit rule in one sentence (the app's export panel, the CLI and
    docs/protocol.md say this); ``""`` when the shape stays."""
    if preset is None or follows_canvas(preset.name):
        return ""
    canvas = shape_of(width, height)
    if not canvas or not preset.shape or canvas == preset.shape:
        return ""
    return (
        f"The canvas is {canvas}; {preset.platform} is {preset.shape} — generated clips are "
        f"redrawn at {preset.shape}; uploads are cropped to fill it (shown whole over a blur "
        "when set to fit)."
    )
