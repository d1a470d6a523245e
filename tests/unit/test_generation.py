"""The local generator's pure parts: scene words, frames, music, Ken Burns expressions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from lumatui.engine.media.generator import build_layers, render_frames, scene_from_prompt
from lumatui.engine.media.ken_burns import MOTIONS, motion_filter, window_expr
from lumatui.engine.media.music import MOOD_STYLES, synthesize


def frames(prompt: str, seed: int = 1, count: int = 8, w: int = 48, h: int = 80) -> list:
    spec = scene_from_prompt(prompt)
    return list(render_frames(spec, w, h, count, 30, np.random.default_rng(seed)))


def test_scene_words_in_english_and_chinese() -> None:
    en = scene_from_prompt("a cinematic sunset over the ocean")
    zh = scene_from_prompt("电影感的海上日落")
    for spec in (en, zh):
        assert (spec.time, spec.water, spec.cinematic) == ("sunset", "ocean", True)
    night = scene_from_prompt("霓虹城市的夜晚，下雨")
    assert (night.time, night.middle, night.near, night.wet) == ("night", "neon", "road", True)
    assert scene_from_prompt("slow push in on snowy mountains").camera == "push"


@pytest.mark.parametrize(
    ("prompt", "wanted"),
    [
        ("autumn forest", {"season": "autumn", "middle": "forest"}),
        ("sand dunes", {"far": "dunes", "middle": "dunes", "near": "dunes"}),
        ("rainy city street at night", {"time": "night", "middle": "buildings", "near": "road"}),
        ("waves on a beach", {"near": "sand", "water": "ocean"}),
        ("neon city street", {"time": "night", "middle": "neon", "near": "road"}),
        ("snowy mountains and a forest", {"far": "mountains", "middle": "forest"}),
        ("a harbour at night", {"water": "lake", "middle": "boats", "near": "pier"}),
        ("cozy cafe on a rainy evening", {"near": "room", "water": ""}),
    ],
)
def test_places_fill_their_depths(prompt: str, wanted: dict[str, str]) -> None:
    scene = scene_from_prompt(prompt)
    assert {k: getattr(scene, k) for k in wanted} == wanted
    assert scene.wet == ("rain" in prompt)


def test_frames_are_deterministic_per_seed_and_follow_the_prompt() -> None:
    a, b = frames("a sunset over the ocean"), frames("a sunset over the ocean")
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    night = frames("a snowy forest at night")
    assert np.abs(a[4].astype(float) - night[4].astype(float)).mean() > 20
    assert a[0].shape == (80, 48, 3) and a[0].dtype == np.uint8


def test_water_moves_between_frames() -> None:
    clip = frames("waves on the ocean")
    assert np.abs(clip[0].astype(float) - clip[-1].astype(float)).mean() > 0.5


def test_autumn_leaves_are_warm_and_summer_ones_green() -> None:
    """The issue's "autumn gives green pines": the forest band must turn orange-red."""

    def forest_band(prompt: str) -> np.ndarray:
        (frame,) = frames(prompt, count=1, w=120, h=200)
        return frame[112:136].reshape(-1, 3).astype(float).mean(axis=0)  # the crowns

    r, g, b = forest_band("a forest in autumn")
    assert r > g * 1.25 > b * 1.25
    r, g, b = forest_band("a forest in summer")
    assert g > r and g > b


@pytest.mark.parametrize(
    "prompt", ["clouds over the hills", "northern lights", "a thunderstorm", "fireworks", "烟花"]
)
def test_extra_layers_change_the_picture(prompt: str) -> None:
    spec = scene_from_prompt(prompt)
    plain = replace(spec, subjects=frozenset(), weather=frozenset(), time="night")
    spec = replace(spec, time="night")
    layered = list(render_frames(spec, 48, 80, 90, 30, np.random.default_rng(1)))
    bare = list(render_frames(plain, 48, 80, 90, 30, np.random.default_rng(1)))
    assert (
        max(
            np.abs(a.astype(float) - b.astype(float)).mean()
            for a, b in zip(layered, bare, strict=True)
        )
        > 1
    )


def test_cinematic_letterboxes_only_a_wide_canvas() -> None:
    spec = scene_from_prompt("a cinematic city skyline")
    (wide,) = render_frames(spec, 96, 54, 1, 30, np.random.default_rng(1))
    assert wide[:5].max() == 0 and wide[-5:].max() == 0
    (tall,) = frames("a cinematic city skyline", count=1)  # 48x80: a vertical canvas
    assert tall[:5].max() > 0 and tall[-5:].max() > 0


def test_edges_are_drawn_at_full_size_and_anti_aliased() -> None:
    """A ridge against the sky changes from sky to rock within a pixel or two across the
    edge (drawn at the output size, not scaled up), and many columns have a pixel
    part-way between (anti-aliased, not stair-stepped)."""
    scene = scene_from_prompt("mountains under a clear sky at noon in summer, static")
    scene = replace(scene, middle="", near="", weather=frozenset())
    w, h = 1280, 720
    (frame,) = render_frames(scene, w, h, 1, 30, np.random.default_rng(2))
    luma = frame.astype(float) @ np.array([0.2126, 0.7152, 0.0722])
    layers, light = build_layers(scene, np.random.default_rng(2))
    ridge = layers[2]  # sky, plain, mountains
    widths, partial = [], 0
    for col in range(20, w - 20, 3):
        u = (col + 0.5 - w / 2) / h
        row = ridge.top_near(u) * h
        slope = (ridge.top_near(u + 1 / h) - ridge.top_near(u - 1 / h)) * h / 2
        if abs(slope) > 1.5 or abs(u - light.body_u) < 0.4:  # clear of the sun's glow
            continue
        column = luma[int(row) - 12 : int(row) + 12, col]
        sky, rock = column[:4].mean(), column[-4:].mean()
        between = (column - rock) / (sky - rock)
        # a column crosses a sloping edge over about |slope| + 1 rows
        widths.append(int(np.count_nonzero((between > 0.1) & (between < 0.9))) - abs(slope))
        partial += int(widths[-1] > -abs(slope) + 0.5)
    assert len(widths) > 20
    assert np.percentile(widths, 90) <= 2, widths
    assert partial >= len(widths) // 4, widths


def test_stars_stay_behind_the_land_and_off_the_moon() -> None:
    scene = scene_from_prompt("a starry night over the mountains with a full moon, static")
    (frame,) = render_frames(scene, 270, 480, 1, 30, np.random.default_rng(5))
    layers, light = build_layers(scene, np.random.default_rng(5))
    ridge = layers[2]
    luma = frame.astype(float) @ np.array([0.2126, 0.7152, 0.0722])
    for col in range(270):
        row = int(ridge.top_near((col + 0.5 - 135) / 480) * 480) + 3
        assert luma[row:, col].max() < 90, f"a bright dot on the mountain at column {col}"
    assert luma[: int(light.body_v * 480) - 30].max() > 120  # stars are there, in the sky


def test_music_is_audible_deterministic_and_differs_by_mood() -> None:
    lofi = synthesize("lofi", 4, seed=3)
    assert lofi.shape == (4 * 44100, 2)
    assert np.abs(lofi).max() > 0.5
    assert np.array_equal(lofi, synthesize("lofi", 4, seed=3))
    upbeat = synthesize("upbeat", 4, seed=3)
    assert np.abs(lofi - upbeat).mean() > 0.01
    assert set(MOOD_STYLES) >= {"lofi", "upbeat", "calm", "cinematic"}


@pytest.mark.parametrize("motion", [m for m in MOTIONS if m != "none"])
def test_each_motion_moves_the_window(motion: str) -> None:
    expr = window_expr(motion, 150)
    assert "on/149" in expr["z"] + expr["x"] + expr["y"]
    assert window_expr(motion, 150) != window_expr("none", 150)
    assert "perspective=" in motion_filter(motion, 150) and motion_filter("none", 150) == ""


def test_a_lake_mirrors_the_shore_but_not_the_sun() -> None:
    """Calm water mirrors the mountains, yet the sun shows only as glints: where its
    mirror image would be there is no second bright disc."""
    scene = scene_from_prompt("a calm mountain lake at dawn, static")
    w, h = 270, 480
    (frame,) = render_frames(scene, w, h, 1, 30, np.random.default_rng(4))
    layers, light = build_layers(scene, np.random.default_rng(4))
    luma = frame.astype(float) @ np.array([0.2126, 0.7152, 0.0722])
    col = round(w / 2 + light.body_u * h)
    disc = luma[round(light.body_v * h), col]
    mirror_row = round((2 * light.horizon - light.body_v) * h)
    assert luma[mirror_row - 3 : mirror_row + 4, col - 3 : col + 4].max() < 0.85 * disc
    ridge = layers[2]
    above = round((ridge.top_near(0.0) + 0.01) * h)
    below = round((2 * light.horizon - ridge.top_near(0.0) - 0.01) * h)
    assert abs(luma[above, w // 2] - luma[below, w // 2]) < 60  # the mountain is mirrored


def test_frames_drawn_two_at_once_are_the_frames_drawn_in_turn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each frame is drawn on its own from the camera and the time: the order the drawers
    finish in changes nothing, with a push-in's plates made on the way."""
    from lumatui.engine.media import generator

    prompt = "snowy mountains with fireworks at night, slow push in"
    together = frames(prompt, count=12, w=90, h=160)
    monkeypatch.setattr(generator, "DRAWERS", 1)
    in_turn = frames(prompt, count=12, w=90, h=160)
    assert all(np.array_equal(a, b) for a, b in zip(together, in_turn, strict=True))
