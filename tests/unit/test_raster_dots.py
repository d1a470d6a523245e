"""Dots drawn pixel by pixel over their own reach land exactly where a dot drawn over the
square of the largest dot lands (the sums are the same, in the same order)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lumatui.engine.media.raster import cover, splat


def square_splat(
    frame: np.ndarray, cols: np.ndarray, rows: np.ndarray, colours: np.ndarray,
    radius: np.ndarray, strength: float, glow: bool,
) -> None:  # fmt: skip
    """Every dot over the square the largest one needs, in one gather and scatter."""
    h, w = frame.shape[:2]
    reach = math.ceil(float(radius.max()) + 1)
    offsets = np.arange(-reach, reach + 1)
    oy, ox = (a.ravel() for a in np.meshgrid(offsets, offsets, indexing="ij"))
    base_r = np.floor(rows).astype(np.int64)[:, None] + oy[None, :]
    base_c = np.floor(cols).astype(np.int64)[:, None] + ox[None, :]
    dist = np.hypot(base_r - rows[:, None], base_c - cols[:, None])
    r = radius[:, None]
    shape = np.clip(1 - dist / r, 0, 1) ** 2 if glow else cover(r - dist)
    alpha = shape * np.float32(strength)
    keep = (base_r >= 0) & (base_r < h) & (base_c >= 0) & (base_c < w) & (alpha > 0.01)
    r_, c_, a = base_r[keep], base_c[keep], alpha[keep][:, None]
    colour = np.broadcast_to(colours[:, None, :], (*base_r.shape, 3))[keep]
    frame[r_, c_] += (colour - frame[r_, c_]) * a


@pytest.mark.parametrize("glow", [False, True])
def test_small_dots_match_the_square_they_used_to_cover(glow: bool) -> None:
    rng = np.random.default_rng(9)
    base = rng.uniform(0, 255, (60, 90, 3)).astype(np.float32)
    n = 400  # crowded: many dots overlap, and some hang over the edges
    cols, rows = rng.uniform(-3, 93, n), rng.uniform(-3, 63, n)
    colours = rng.uniform(0, 255, (n, 3)).astype(np.float32)
    radius = rng.uniform(0.3, 10.5, n).astype(np.float32)
    want, got = base.copy(), base.copy()
    square_splat(want, cols, rows, colours, radius, 0.8, glow)
    splat(got, cols, rows, colours, radius, 0.8, glow=glow)
    assert np.array_equal(want, got)


def test_a_large_glow_is_blended_over_its_box() -> None:
    frame = np.full((200, 200, 3), 10, np.float32)
    splat(frame, np.array([100.3]), np.array([90.6]), np.float32([[250, 200, 100]]), 60.0,
          0.5, glow=True)  # fmt: skip
    want = np.full((200, 200, 3), 10, np.float32)
    square_splat(want, np.array([100.3]), np.array([90.6]), np.float32([[250, 200, 100]]),
                 np.float32([60.0]), 0.5, True)  # fmt: skip
    assert np.array_equal(frame, want)  # one dot: the same sums as pixel by pixel
    assert frame[90, 100, 0] > 100 and frame[90, 199, 0] == 10
