"""Render presets: the engine's list when it has one (``GET /api/render/presets``), else ours.

The default follows the canvas: a 9:16 draft exports for TikTok, 16:9 for YouTube, 1:1 square.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lumatui.protocol.presets import PRESETS, Preset, crop_warning, preset_for_canvas

__all__ = ["BUILTIN", "Preset", "crop_warning", "default_preset", "fetch_presets", "parse_presets"]

if TYPE_CHECKING:
    from lumatui.protocol.render import RenderOutput

BUILTIN: list[Preset] = list(PRESETS)


def parse_presets(body: Any) -> list[Preset]:
    """Whatever shape the engine answers in: a list, ``{presets: [...]}``, or a name → spec map."""
    data = body.get("data", body) if isinstance(body, dict) else body
    if isinstance(data, dict) and isinstance(data.get("presets"), list | dict):
        data = data["presets"]
    if isinstance(data, dict):
        data = [{"name": k, **v} if isinstance(v, dict) else {"name": k} for k, v in data.items()]
    found: list[Preset] = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not item.get("name"):
            continue
        name = str(item["name"])
        known = next((p for p in BUILTIN if p.name == name), None)
        width = _int(item.get("width"), known.width if known else 0)
        height = _int(item.get("height"), known.height if known else 0)
        label = str(item.get("label") or (known.label if known else ""))
        if not label:
            label = f"{name.capitalize()} {width}x{height}" if width and height else name
        found.append(Preset(name, label, width, height))
    return found


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def default_preset(presets: list[Preset], width: int, height: int) -> str:
    """The first preset whose shape matches the canvas (not the draft one)."""
    return preset_for_canvas(width, height, presets)


def render_output(preset: str) -> RenderOutput:
    from lumatui.protocol.render import RenderOutput

    if preset == "draft":
        return RenderOutput(preset=preset, quality="draft")
    return RenderOutput(preset=preset)


async def fetch_presets(client: Any) -> list[Preset]:
    """The engine's presets, or the built-in list when it has none (or cannot say)."""
    from lumatui.client.errors import NemoError

    try:
        body = await client.call("GET", "/api/render/presets")
    except NemoError:
        return list(BUILTIN)
    return parse_presets(body) or list(BUILTIN)
