"""The presets are declared once: every copy the client, CLI, app and engine use is that table."""

from __future__ import annotations

import pytest

from lumatui.cli import PRESETS as CLI_PRESETS
from lumatui.client.router import PRESETS as ROUTER_PRESETS
from lumatui.engine.render.presets import PRESETS as ENGINE_PRESETS
from lumatui.engine.render.presets import preset_list
from lumatui.protocol.presets import (
    BY_NAME,
    PRESET_NAMES,
    PRESETS,
    crop_warning,
    preset_for_canvas,
    shape_of,
)
from lumatui.tui.presets import BUILTIN


def test_every_user_of_presets_reads_the_one_table() -> None:
    assert CLI_PRESETS == ROUTER_PRESETS == PRESET_NAMES
    assert list(PRESETS) == BUILTIN
    for shared in PRESETS:
        engine = ENGINE_PRESETS[shared.name]
        assert (engine.label, engine.width, engine.height) == (
            shared.label,
            shared.width,
            shared.height,
        )
    assert [p["name"] for p in preset_list()] == list(PRESET_NAMES)
    assert ENGINE_PRESETS["draft"].x264_preset == "ultrafast"  # settings stay in the engine


@pytest.mark.parametrize(
    ("width", "height", "expected"),
    [(1920, 1080, "youtube"), (1280, 720, "youtube"), (1080, 1920, "tiktok"),
     (720, 1280, "tiktok"), (1080, 1080, "square"), (640, 640, "square")],
)  # fmt: skip
def test_the_canvas_picks_the_preset_of_its_shape(width: int, height: int, expected: str) -> None:
    assert preset_for_canvas(width, height) == expected


def test_a_shape_no_preset_has_still_gets_a_final_preset() -> None:
    assert preset_for_canvas(1080, 1350) != "draft"
    assert preset_for_canvas(0, 0) != "draft"


def test_crop_warning_names_both_shapes_only_when_they_differ() -> None:
    warning = crop_warning(BY_NAME["tiktok"], 1920, 1080)
    assert warning == (
        "The canvas is 16:9; TikTok is 9:16 — generated clips are redrawn at 9:16; "
        "uploads are cropped to fill it (shown whole over a blur when set to fit)."
    )
    assert "1:1" in crop_warning(BY_NAME["square"], 1080, 1920)
    assert "4:5" in crop_warning(BY_NAME["youtube"], 1080, 1350)
    assert crop_warning(BY_NAME["youtube"], 1280, 720) == ""  # same shape, other size
    assert crop_warning(BY_NAME["draft"], 1920, 1080) == ""  # the draft follows the canvas
    assert crop_warning(None, 1920, 1080) == ""
    assert crop_warning(BY_NAME["tiktok"], 0, 0) == ""


def test_shape_is_the_reduced_ratio() -> None:
    assert shape_of(1920, 1080) == "16:9"
    assert shape_of(1080, 1350) == "4:5"
    assert shape_of(0, 1080) == ""
