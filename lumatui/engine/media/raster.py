"""Anti-aliased drawing at the output size, in world coordinates seen through a camera.

The world is measured in canvas heights: ``v`` runs 0 (top) to 1 (bottom) at rest and
``u`` is the distance from the centre, so a wider canvas shows more of the same scene and
the horizon sits at the same height in every shape. Every edge's coverage comes from its
distance in pixels (a half-pixel ramp), so shapes are smooth at 1080x1920.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class View:
    """Where one depth's pixels are in the world this frame."""

    u: np.ndarray  # (w,) world u at each column centre
    v: np.ndarray  # (h,) world v at each row centre
    px: float  # pixels per world unit
    u0: float  # world u of the left edge
    v0: float  # world v of the top edge

    def col(self, u: float | np.ndarray) -> float | np.ndarray:
        return (u - self.u0) * self.px - 0.5

    def row(self, v: float | np.ndarray) -> float | np.ndarray:
        return (v - self.v0) * self.px - 0.5

    def rows_below(self, v: float) -> int:
        """The first row whose centre is at or below ``v`` minus a pixel of ramp."""
        return int(min(len(self.v), max(0, math.floor(float(self.row(v)) - 1))))


def view_of(pan: float, zoom: float, w: int, h: int, pad: int = 0) -> View:
    """The camera at ``pan`` (canvas heights) and ``zoom``; ``pad`` widens the view by that
    many pixels on each side (the plate the static layers are drawn on once)."""
    px = h * zoom
    u0 = pan - (w / 2 + pad) / px
    v0 = 0.5 - h / 2 / px
    u = u0 + (np.arange(w + 2 * pad, dtype=np.float32) + 0.5) / px
    v = v0 + (np.arange(h, dtype=np.float32) + 0.5) / px
    return View(u.astype(np.float32), v.astype(np.float32), px, u0, v0)


def cover(distance_px: np.ndarray) -> np.ndarray:
    """Coverage of a pixel whose centre is ``distance_px`` inside an edge (negative: out)."""
    return np.clip(distance_px + 0.5, 0.0, 1.0)


def blend(dst: np.ndarray, colour: np.ndarray, alpha: np.ndarray) -> None:
    """``dst`` (rows, cols, 3) moved toward ``colour`` by ``alpha`` (rows, cols), in place.

    One channel at a time: NumPy broadcasts a trailing axis of 1 or 3 several times slower
    than it walks three strided planes."""
    colour = np.asarray(colour, np.float32)
    for c in range(3):
        channel = dst[..., c]
        channel += (colour[..., c] - channel) * alpha


@dataclass(frozen=True)
class Profile:
    """A silhouette's top edge and colour sampled finely along u, read at any float u."""

    u: np.ndarray  # (n,) ascending sample positions
    top: np.ndarray  # (n,) world v of the edge
    colour: np.ndarray  # (n, 3) fill colour at each u

    def at(self, u: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        top = np.interp(u, self.u, self.top).astype(np.float32)
        colour = np.stack([np.interp(u, self.u, self.colour[:, c]) for c in range(3)], axis=-1)
        return top, colour.astype(np.float32)


def paint_profile(
    frame: np.ndarray,
    view: View,
    profile: Profile,
    shade_rows: np.ndarray | None = None,
    *,
    steep: bool = True,
) -> tuple[np.ndarray, int]:
    """Fill everything below the profile's edge; returns (edge per column, first row).

    ``shade_rows`` (h,) multiplies the colour by row (darker toward the ground). ``steep``
    measures the edge's distance across its slope, right for ridges; blocky skylines use
    the vertical distance so their walls stay sharp."""
    top, colour = profile.at(view.u)
    first = view.rows_below(float(top.min()))
    solid = view.rows_below(float(top.max())) + 2
    if first >= frame.shape[0]:
        return top, first
    band = max(0, min(solid, frame.shape[0]) - first)
    dist = (view.v[first : first + band, None] - top[None, :]) * view.px
    if steep:
        slope = np.gradient(top) * view.px
        dist = dist / np.sqrt(1 + slope * slope)[None, :]
    alpha = cover(dist)
    shade = np.ones(len(view.v) - first, np.float32) if shade_rows is None else shade_rows[first:]
    blend(frame[first : first + band], colour[None] * shade[:band, None, None], alpha)
    if first + band < frame.shape[0]:
        frame[first + band :] = colour[None] * shade[band:, None, None]
    return top, first


def splat(
    frame: np.ndarray,
    cols: np.ndarray,
    rows: np.ndarray,
    colours: np.ndarray,
    radius: float | np.ndarray,
    strength: float | np.ndarray = 1.0,
    *,
    glow: bool = False,
) -> None:
    """Round dots centred at float pixel positions (stars, flakes, sparks, leaves): solid
    with an anti-aliased rim, or a ``glow`` that fades smoothly to nothing at ``radius``."""
    h, w = frame.shape[:2]
    radius = np.broadcast_to(np.asarray(radius, np.float32), cols.shape)
    reach = math.ceil(float(radius.max()) + 1) if radius.size else 0
    if not cols.size:
        return
    offsets = np.arange(-reach, reach + 1)
    oy, ox = (a.ravel() for a in np.meshgrid(offsets, offsets, indexing="ij"))
    base_r = np.floor(rows).astype(np.int64)[:, None] + oy[None, :]
    base_c = np.floor(cols).astype(np.int64)[:, None] + ox[None, :]
    dist = np.hypot(base_r - rows[:, None], base_c - cols[:, None])
    shape = (
        np.clip(1 - dist / radius[:, None], 0, 1) ** 2 if glow else cover(radius[:, None] - dist)
    )
    alpha = shape * np.broadcast_to(np.asarray(strength, np.float32), cols.shape)[:, None]
    keep = (base_r >= 0) & (base_r < h) & (base_c >= 0) & (base_c < w) & (alpha > 0.01)
    r, c, a = base_r[keep], base_c[keep], alpha[keep][:, None]
    colour = np.broadcast_to(colours[:, None, :], (*base_r.shape, 3))[keep]
    frame[r, c] += (colour - frame[r, c]) * a


def streaks(
    frame: np.ndarray,
    cols: np.ndarray,
    rows: np.ndarray,
    length: np.ndarray,
    lean: float,
    colour: np.ndarray,
    strength: np.ndarray,
) -> None:
    """Thin anti-aliased streaks (rain) rising ``length`` px from (col, row), leaning
    ``lean`` px sideways per row, fading toward their tails: two pixels per row each."""
    h, w = frame.shape[:2]
    steps = np.arange(int(length.max()) + 1, dtype=np.float32)[None, :]
    r = np.floor(rows).astype(np.int64)[:, None] - steps.astype(np.int64)
    x = cols[:, None] - steps * lean
    c = np.floor(x).astype(np.int64)
    f = (x - c).astype(np.float32)
    fade = np.clip(1 - steps / length[:, None], 0, 1) * strength[:, None]
    for cc, share in ((c, 1 - f), (c + 1, f)):
        a = fade * share
        keep = (r >= 0) & (r < h) & (cc >= 0) & (cc < w) & (a > 0.01)
        rr, cc_, aa = r[keep], cc[keep], a[keep][:, None]
        frame[rr, cc_] += (colour - frame[rr, cc_]) * aa


def box_cover(pos: np.ndarray, start: float, end: float, px: float) -> np.ndarray:
    """Coverage along one axis of the span [start, end] (world units) at positions ``pos``."""
    return np.clip(np.minimum(pos - start, end - pos) * px + 0.5, 0.0, 1.0).astype(np.float32)


def smooth_noise(rng: np.random.Generator, n: int, octaves: int, rough: float = 0.5) -> np.ndarray:
    """A 1-D fractal curve of ``n`` samples in about -1..1 (for ridges and shorelines)."""
    out = np.zeros(n, np.float64)
    amp, total = 1.0, 0.0
    for octave in range(octaves):
        knots = 3 + 2**octave * 3
        points = rng.uniform(-1, 1, knots)
        out += amp * np.interp(np.linspace(0, knots - 1, n), np.arange(knots), points)
        total += amp
        amp *= rough
    return out / total


def convex(
    frame: np.ndarray, view: View, points: list[tuple[float, float]], colour: np.ndarray
) -> None:
    """Fill a convex polygon given in world (u, v), counter-clockwise on screen or not."""
    us = np.array([p[0] for p in points], np.float32)
    vs = np.array([p[1] for p in points], np.float32)
    c0 = max(0, int(view.col(float(us.min()))) - 1)
    c1 = min(frame.shape[1], int(view.col(float(us.max()))) + 3)
    r0 = max(0, int(view.row(float(vs.min()))) - 1)
    r1 = min(frame.shape[0], int(view.row(float(vs.max()))) + 3)
    if c1 <= c0 or r1 <= r0:
        return
    u, v = view.u[None, c0:c1], view.v[r0:r1, None]
    inside = np.full((r1 - r0, c1 - c0), np.inf, np.float32)
    turn = np.sign(np.sum(us * np.roll(vs, -1) - np.roll(us, -1) * vs)) or 1.0
    for i in range(len(points)):
        au, av = us[i], vs[i]
        bu, bv = us[(i + 1) % len(points)], vs[(i + 1) % len(points)]
        length = float(np.hypot(bu - au, bv - av)) or 1.0
        side = ((bu - au) * (v - av) - (bv - av) * (u - au)) / length * turn
        inside = np.minimum(inside, side * view.px)
    blend(frame[r0:r1, c0:c1], colour, cover(inside))
