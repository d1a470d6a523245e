"""Anti-aliased drawing at the output size, in world coordinates seen through a camera.

The world is measured in canvas heights: ``v`` runs 0 (top) to 1 (bottom) at rest and
``u`` is the distance from the centre, so a wider canvas shows more of the same scene and
the horizon sits at the same height in every shape. Every edge's coverage comes from its
distance in pixels (a half-pixel ramp), so shapes are smooth at 1080x1920.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

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


DENSE_REACH = 12  # a dot wider than this many pixels is blended as a box, not pixel by pixel


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
    with an anti-aliased rim, or a ``glow`` that fades smoothly to nothing at ``radius``.

    Each dot visits only the pixels its own radius can reach (a disc, not the square of
    the largest dot), all small dots in one gather and scatter; a dot there lands after
    the dots before it in the list. Large glows (a campfire, a lamp) are blended over
    their box one at a time."""
    if not cols.size:
        return
    radius = np.broadcast_to(np.asarray(radius, np.float32), cols.shape)
    strength = np.broadcast_to(np.asarray(strength, np.float32), cols.shape)
    colours = np.broadcast_to(colours, (cols.size, 3))
    reach = np.ceil(radius.astype(np.float64) + 1).astype(np.int64)
    small = np.flatnonzero(reach <= DENSE_REACH)
    if small.size:
        _dots(frame, cols, rows, colours, radius, strength, reach, small, glow)
    for i in np.flatnonzero(reach > DENSE_REACH):
        one = slice(i, i + 1)
        _box_dot(frame, cols[one], rows[one], colours[i], radius[one], strength[one], glow)


def _dot_shape(
    dist: np.ndarray, radius: np.ndarray, strength: np.ndarray, glow: bool
) -> np.ndarray:
    shape = np.clip(1 - dist / radius, 0, 1) ** 2 if glow else cover(radius - dist)
    return shape * strength


def _dots(
    frame: np.ndarray, cols: np.ndarray, rows: np.ndarray, colours: np.ndarray,
    radius: np.ndarray, strength: np.ndarray, reach: np.ndarray, which: np.ndarray,
    glow: bool,
) -> None:  # fmt: skip
    """The dots ``which`` (ascending), each over the offsets of its reach."""
    h, w = frame.shape[:2]
    table_r, table_c, sizes = dot_offsets(int(reach[which].max()))
    counts = sizes[reach[which]]
    dot = np.repeat(which, counts)
    at = np.arange(dot.size) - np.repeat(np.cumsum(counts) - counts, counts)
    at += reach[dot] * (table_r.size // sizes.size)
    base_r = np.floor(rows).astype(np.int64)[dot] + table_r[at]
    base_c = np.floor(cols).astype(np.int64)[dot] + table_c[at]
    dist = np.hypot(base_r - rows[dot], base_c - cols[dot])
    alpha = _dot_shape(dist, radius[dot], strength[dot], glow)
    keep = (base_r >= 0) & (base_r < h) & (base_c >= 0) & (base_c < w) & (alpha > 0.01)
    blend_pixels(frame, base_r[keep], base_c[keep], colours[dot[keep]], alpha[keep][:, None])


def blend_pixels(
    frame: np.ndarray, r: np.ndarray, c: np.ndarray, colour: np.ndarray, alpha: np.ndarray
) -> None:
    """``frame[r, c]`` moved toward ``colour`` by ``alpha``, all read before any is
    written (where two entries name one pixel, the later one lands)."""
    if frame.flags.c_contiguous:  # one index per pixel: NumPy gathers rows far faster
        flat, pixel = frame.reshape(-1, 3), r * frame.shape[1] + c
        now = np.take(flat, pixel, axis=0)
        flat[pixel] = now + (colour - now) * alpha
    else:  # a window of the frame (the weather outside a room)
        frame[r, c] += (colour - frame[r, c]) * alpha


def _box_dot(
    frame: np.ndarray, col: np.ndarray, row: np.ndarray, colour: np.ndarray,
    radius: np.ndarray, strength: np.ndarray, glow: bool,
) -> None:  # fmt: skip
    """One large dot blended over the box around it (the same sums as ``_dots``)."""
    h, w = frame.shape[:2]
    reach = math.ceil(float(radius[0]) + 1)
    r_mid, c_mid = math.floor(float(row[0])), math.floor(float(col[0]))
    r0, r1 = max(0, r_mid - reach), min(h, r_mid + reach + 1)
    c0, c1 = max(0, c_mid - reach), min(w, c_mid + reach + 1)
    if r1 <= r0 or c1 <= c0:
        return
    base_r = np.arange(r0, r1, dtype=np.int64)[:, None]
    base_c = np.arange(c0, c1, dtype=np.int64)[None, :]
    alpha = _dot_shape(np.hypot(base_r - row, base_c - col), radius, strength, glow)
    box = frame[r0:r1, c0:c1]
    keep = alpha > 0.01
    for c in range(3):  # a plane at a time (see blend)
        channel = box[..., c]
        np.add(channel, (colour[c] - channel) * alpha, out=channel, where=keep, casting="unsafe")


@cache
def dot_offsets(largest: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per reach ``g`` (0..largest): the pixel offsets from a dot's floor position that a
    dot of radius up to ``g - 1`` can cover, row by row, padded to ``k`` each and laid end
    to end (rows, cols: (largest + 1) * k), and how many each has. A pixel ``o`` away is
    at least ``o - 1`` (o > 0) or ``-o`` from the dot's centre, and a dot covers nothing
    beyond radius + 0.49."""
    span = np.arange(-largest, largest + 1)
    oy, ox = (a.ravel() for a in np.meshgrid(span, span, indexing="ij"))
    near = lambda o: np.maximum(np.maximum(o - 1, -o), 0)  # noqa: E731
    gap = near(oy) ** 2 + near(ox) ** 2
    picks = [(np.abs(oy) <= g) & (np.abs(ox) <= g) & (gap < (g - 0.5) ** 2) for g in
             range(largest + 1)]  # fmt: skip
    sizes = np.array([int(p.sum()) for p in picks])
    table = np.zeros((largest + 1, max(1, int(sizes.max())), 2), np.int64)
    for g, pick in enumerate(picks):
        table[g, : sizes[g]] = np.stack([oy[pick], ox[pick]], axis=-1)
    return table[:, :, 0].ravel(), table[:, :, 1].ravel(), sizes


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
        blend_pixels(frame, r[keep], cc[keep], colour, a[keep][:, None])


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
