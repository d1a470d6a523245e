"""The local generator's pure parts: scene words, frames, music, Ken Burns expressions."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from lumatui.engine.media.generator import render_frames, scene_from_prompt
from lumatui.engine.media.ken_burns import MOTIONS, motion_filter, window_expr
from lumatui.engine.media.music import MOOD_STYLES, synthesize


def frames(prompt: str, seed: int = 1, count: int = 8) -> list[np.ndarray]:
    spec = scene_from_prompt(prompt)
    return list(render_frames(spec, 48, 80, count, 30, np.random.default_rng(seed)))


def test_scene_words_in_english_and_chinese() -> None:
    en = scene_from_prompt("a cinematic sunset over the ocean")
    zh = scene_from_prompt("电影感的海上日落")
    for spec in (en, zh):
        assert (spec.time, spec.water, spec.cinematic) == ("sunset", True, True)
    night = scene_from_prompt("霓虹城市的夜晚，下雨")
    assert (night.time, night.city, night.rain) == ("night", True, True)
    assert scene_from_prompt("slow push in on snowy mountains").camera == "push"


def test_frames_are_deterministic_per_seed_and_follow_the_prompt() -> None:
    a, b = frames("a sunset over the ocean"), frames("a sunset over the ocean")
    assert all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))
    night = frames("a snowy forest at night")
    assert np.abs(a[4].astype(float) - night[4].astype(float)).mean() > 20
    assert a[0].shape == (80, 48, 3) and a[0].dtype == np.uint8


def test_water_moves_between_frames() -> None:
    clip = frames("waves on the ocean")
    assert np.abs(clip[0].astype(float) - clip[-1].astype(float)).mean() > 0.5


@pytest.mark.parametrize(
    "prompt", ["clouds over the hills", "northern lights", "a thunderstorm", "fireworks", "烟花"]
)
def test_extra_layers_change_the_picture(prompt: str) -> None:
    spec = scene_from_prompt(prompt)
    assert spec.extras
    plain = replace(spec, extras=frozenset())
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
