"""City layers: a skyline, a street's facades (plain or neon), and the road in front.

Windows, signs and lamps belong to their walls: they are drawn inside the building's own
outline, after it, so nothing from the sky (stars) can land on a wall. A wet road mirrors
the lit street above it, stretched, as rain-soaked asphalt does.
"""

from __future__ import annotations

import math

import numpy as np

from lumatui.engine.media.raster import (
    Profile,
    View,
    blend,
    box_cover,
    convex,
    paint_profile,
    splat,
)
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_land import GRID, lit
from lumatui.engine.media.scene_light import Light

WARM = np.array((255, 196, 115), np.float32)
COOL = np.array((215, 228, 255), np.float32)
NEON = np.array([(255, 40, 190), (0, 225, 255), (255, 70, 90), (170, 90, 255), (60, 255, 160)],
                np.float32)  # fmt: skip
FACADES = np.array([(120, 85, 70), (150, 140, 130), (95, 100, 110), (165, 120, 90),
                    (80, 80, 90), (130, 125, 115)], np.float32)  # fmt: skip


class Buildings:
    """Blocky buildings along u with a grid of windows, some lit after dark."""

    animated = False

    def __init__(self, depth: str, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.depth, self.light = depth, light
        street = depth == "middle"
        self.neon = scene.middle == "neon" and street
        widths = rng.uniform(0.14, 0.32, 40) if street else rng.uniform(0.05, 0.14, 80)
        heights = rng.uniform(0.22, 0.5, 40) if street else rng.uniform(0.05, 0.2, 80) ** 1.2 * 1.4
        if street and not self.neon:
            heights = np.minimum(heights, 0.34)
        self.edges = np.cumsum(np.concatenate([[-1.8], widths])).astype(np.float32)
        self.tops = (light.horizon - heights).astype(np.float32)
        ids = np.clip(np.searchsorted(self.edges, GRID, side="right") - 1, 0, len(heights) - 1)
        top = self.tops[ids]
        palette = FACADES * (0.8 if self.neon else 1.0)
        if not street:
            palette = np.array([(70, 78, 95), (90, 95, 110), (60, 66, 80)], np.float32)
        colours = palette[rng.integers(0, len(palette), len(heights))]
        walls = lit(colours[ids], light, depth)
        if street and (scene.night or scene.wet):  # street light and signs reach the walls
            walls = np.maximum(walls, colours[ids] * 0.22)
        self.profile = Profile(GRID, top, walls)
        dark = scene.night or scene.time in ("sunset", "twilight") or scene.wet
        self.pitch = (0.034, 0.042) if street else (0.0065, 0.0085)
        self.shops = street and dark
        self.lit_share = (0.45 if scene.night else 0.3) if dark else 0.0
        self.glass = lit((170, 190, 210), light, depth) * 0.8
        self.seed = int(rng.integers(1, 2**20))
        self.signs = self._signs(rng) if self.neon else []

    def top_near(self, u: float) -> float:
        return float(np.interp(u, self.profile.u, self.profile.top))

    def _signs(self, rng: np.random.Generator) -> list[tuple[float, float, float, float, int]]:
        signs = []
        for i in range(len(self.tops)):
            left, right = float(self.edges[i]), float(self.edges[i + 1])
            for _ in range(1 + int(rng.random() < 0.5)):  # one or two tall signs a building
                width = rng.uniform(0.022, 0.04)
                at = rng.uniform(left + 0.015, right - width - 0.015)
                top = float(self.tops[i]) + rng.uniform(0.03, 0.08)
                length = rng.uniform(0.05, max(0.06, min(0.3, self.light.horizon - top - 0.14)))
                signs.append((at, top, width, max(0.05, length), int(rng.integers(0, len(NEON)))))
            if rng.random() < 0.8:
                at, width = rng.uniform(left, right - 0.1), rng.uniform(0.08, 0.14)
                top = self.light.horizon - rng.uniform(0.08, 0.12)
                signs.append((at, top, width, 0.025, int(rng.integers(0, len(NEON)))))
        return signs

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        top, first = paint_profile(frame, view, self.profile, steep=False)
        # a street's windows stop above the shops; a far city's go on below the horizon
        last = view.rows_below(self.light.horizon - 0.01) if self.depth == "middle" else len(view.v)
        if last > first:
            self._windows(frame, view, top, first, last)
        if self.shops:
            self._shops(frame, view)
        if self.signs:
            self._neon(frame, view, t)

    def _shops(self, frame: np.ndarray, view: View) -> None:
        """Lit shop windows along the pavement, warm, or in the building's neon colour."""
        v0, v1 = self.light.horizon - 0.065, self.light.horizon - 0.012
        r0, r1 = view.rows_below(v0), view.rows_below(v1) + 2
        ids = np.clip(np.searchsorted(self.edges, view.u, side="right") - 1, 0, len(self.tops) - 1)
        bay = (view.u - self.edges[ids]) % 0.09  # shop fronts, each two panes
        across = box_cover(bay, 0.014, 0.042, view.px) + box_cover(bay, 0.046, 0.074, view.px)
        alpha = box_cover(view.v[r0:r1, None], v0, v1, view.px) * across[None, :] * 0.7
        warm = np.broadcast_to(WARM * 0.8, (ids.size, 3))
        hue = NEON[ids % len(NEON)] * 0.5 + 70 if self.neon else warm
        blend(frame[r0:r1], hue[None, :, :].astype(np.float32), alpha.astype(np.float32))

    def _windows(self, frame: np.ndarray, view: View, top: np.ndarray, r0: int, r1: int) -> None:
        pu, pv = self.pitch
        ids = np.clip(np.searchsorted(self.edges, view.u, side="right") - 1, 0, len(self.tops) - 1)
        left, right = self.edges[ids], self.edges[ids + 1]
        across = (view.u - left) / pu
        cell_c = np.floor(across)
        frac_c = across - cell_c
        cols = box_cover(frac_c * pu, 0.28 * pu, 0.78 * pu, view.px)
        cols *= (cell_c >= 1) & (right - view.u > pu * 0.9)
        down = (view.v[r0:r1, None] - top[None, :]) / pv
        cell_r = np.floor(down)
        rows = box_cover((down - cell_r) * pv, 0.3 * pv, 0.8 * pv, view.px) * (cell_r >= 1)
        alpha = rows * cols[None, :]
        if self.lit_share:
            key = cell_r.astype(np.int64) * 7919 + (cell_c + ids * 131).astype(np.int64)[None, :]
            chance = ((key * 2654435761 + self.seed) % 1000) / 1000.0
            on = (chance < self.lit_share).astype(np.float32)
            tone = ((key * 40503) % 7 == 0)[..., None]
            colour = np.where(tone, COOL, WARM) * 0.95
            dim = self.glass * 0.35
            colour = colour * on[..., None] + dim * (1 - on[..., None])
        else:
            colour = np.broadcast_to(self.glass, (*alpha.shape, 3))
        blend(frame[r0:r1], colour.astype(np.float32), alpha.astype(np.float32))

    def _neon(self, frame: np.ndarray, view: View, t: float) -> None:
        for k, (at, top, width, length, hue) in enumerate(self.signs):
            c0 = max(0, int(view.col(at - 0.04)))
            c1 = min(frame.shape[1], int(view.col(at + width + 0.04)) + 1)
            r0, r1 = view.rows_below(top - 0.04), view.rows_below(top + length + 0.04) + 1
            if c1 <= c0 or r1 <= r0:
                continue
            u, v = view.u[None, c0:c1], view.v[r0:r1, None]
            box = box_cover(u, at, at + width, view.px) * box_cover(v, top, top + length, view.px)
            du = np.clip(np.maximum(at - u, u - at - width), 0, None)
            dv = np.clip(np.maximum(top - v, v - top - length), 0, None)
            glow = np.exp(-np.hypot(du, dv) / 0.012) * 0.55
            buzz = 0.85 + 0.15 * math.sin(t * (9 + k) + k)
            if (k * 7 + int(t * 3)) % 17 == 0:
                buzz *= 0.4  # a tube that stutters now and then
            colour = NEON[hue] * buzz
            band = frame[r0:r1, c0:c1]
            band += (colour - band) * (glow * (1 - box))[..., None] * 0.8
            core = colour * 0.55 + 255 * 0.45
            blend(band, core.astype(np.float32), box.astype(np.float32))


class Road:
    """Pavement, kerb and road with lane marks; lamps along it; a wet road mirrors them."""

    depth = "near"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.night = scene.night or scene.time == "twilight"
        self.wet = scene.wet or scene.middle == "neon"
        self.asphalt = lit((58, 58, 62), light, "near")
        self.kerb = lit((130, 128, 124), light, "near")
        self.paint = lit((225, 220, 200), light, "near")
        self.pole = lit((35, 37, 40), light, "near")

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        level = self.light.horizon
        self._lamps(frame, view, level)
        start = view.rows_below(level)
        v = view.v[start:]
        below = v - level
        mirror_rows = np.clip(np.round(view.row(level - below * 0.7)), 0, frame.shape[0] - 1)
        shine = 0.9 if self.wet else 0.3 if self.night else 0.1
        # the road mirrors the lights above it (windows, signs, lamps), not the dark walls
        reflection = np.clip(frame[mirror_rows.astype(int)] - 45, 0, None) * shine
        surface = np.where((below < 0.03)[:, None], self.kerb, self.asphalt)
        surface = np.where(((below > 0.03) & (below < 0.036))[:, None], self.kerb * 0.6, surface)
        fade = 1 - np.clip(below / 0.35, 0, 1)[:, None, None] * 0.5
        frame[start:] = surface[:, None, :] + reflection * fade
        lane = level + 0.14
        r0, r1 = view.rows_below(lane - 0.004), view.rows_below(lane + 0.01) + 2
        dash = box_cover((view.u + 10) % 0.3, 0.0, 0.15, view.px)
        mark = box_cover(view.v[r0:r1, None], lane, lane + 0.006, view.px) * dash[None, :]
        blend(frame[r0:r1], self.paint, (mark * 0.8).astype(np.float32))

    def _lamps(self, frame: np.ndarray, view: View, level: float) -> None:
        spots = np.arange(-1.5, 1.6, 0.45, dtype=np.float32)
        for at in spots:
            convex(frame, view, [(at - 0.003, level + 0.02), (at + 0.003, level + 0.02),
                                 (at + 0.003, level - 0.3), (at - 0.003, level - 0.3)],
                   self.pole)  # fmt: skip
            convex(frame, view, [(at, level - 0.3), (at + 0.05, level - 0.3),
                                 (at + 0.05, level - 0.296), (at, level - 0.296)],
                   self.pole)  # fmt: skip
        if self.night:
            cols = view.col(spots + 0.045)
            rows = np.full(spots.shape, view.row(level - 0.292), np.float32)
            light = np.broadcast_to(WARM, (spots.size, 3))
            splat(frame, cols, rows, light, 0.07 * view.px, 0.45, glow=True)
            splat(frame, cols, rows, light * 0.5 + 127, 0.006 * view.px)


class Traffic:
    """Cars gliding along both lanes: dark bodies, head- and tail-lights after dark."""

    depth = "near"
    animated = True

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.night = scene.night or scene.time == "twilight"
        self.wet = scene.wet
        self.pole = np.maximum(lit((70, 72, 80), light, "near"), 38)
        self.car_phase = rng.uniform(0, 1, 6)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        level = self.light.horizon
        for k, phase in enumerate(self.car_phase):
            toward = k % 2 == 0
            lane = level + (0.2 if toward else 0.09)
            speed = 0.22 if toward else -0.17
            at = (phase * 3.6 + t * speed) % 3.6 - 1.8
            size = 0.11 if toward else 0.08
            body = [(at - size, lane), (at + size, lane), (at + size * 0.9, lane - size * 0.35),
                    (at - size * 0.9, lane - size * 0.35)]  # fmt: skip
            convex(frame, view, body, self.pole * 1.2)
            front = at + size * 0.85 * (1 if speed > 0 else -1)
            hue = np.float32([255, 245, 220]) if toward else np.float32([255, 40, 30])
            if self.night or self.wet:
                cols = np.array([view.col(front)], np.float32)
                rows = np.array([view.row(lane - size * 0.15)], np.float32)
                splat(frame, cols, rows, hue[None], 0.01 * view.px + 1, 0.9)
                splat(frame, cols, rows, hue[None], 0.04 * view.px, 0.5, glow=True)
