"""Water and what lies on it: the sea or a lake, its reflections, surf, sand, boats, a pier.

Water mirrors the land already drawn above the horizon (mountains, a skyline's windows),
but never the sun or moon: those reflect as a streak of glints that shimmers on the waves,
widening toward the viewer, as light on moving water does.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from lumatui.engine.media.raster import View, blend, box_cover, convex, cover, splat
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_land import GRID, lit
from lumatui.engine.media.scene_light import Light


class Water:
    depth = "near"
    animated = True

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.scene, self.light = scene, light
        self.calm = scene.water == "lake" and not scene.wet and "wind" not in scene.weather
        self.surf = scene.water == "ocean" and (scene.near == "sand" or "waves" in scene.subjects)
        self.land_top = light.horizon  # the highest land to mirror, set by the generator
        body = np.array((18, 58, 88) if scene.water == "ocean" else (20, 48, 58), np.float32)
        if scene.season == "summer" or scene.near == "sand":
            body = np.array((20, 100, 120), np.float32)
        self.body = body * light.land
        self.tone: Callable[[np.ndarray], np.ndarray] = lambda rgb: rgb  # the clip's grade
        self.phase = rng.uniform(0, 6.3, 4).astype(np.float32)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        light = self.light
        start = view.rows_below(light.horizon) + 1
        h = frame.shape[0]
        if start >= h:
            return
        v = view.v[start:]
        below = np.maximum(v - light.horizon, 1e-4)
        near = np.clip(below / (1 - light.horizon), 0, 1)  # 0 far .. 1 close
        mirrored_v = light.horizon - below
        keep = ((0.85 if self.calm else 0.6) - 0.3 * near).astype(np.float32)
        body = self.tone(self.body) * (1 - keep)[:, None]
        # rows that mirror land copy the rows above the horizon; below those, the sky
        land = int(np.count_nonzero(mirrored_v >= self.land_top - 0.01))
        water = frame[start:]
        if land:
            rows = np.clip(np.round(view.row(mirrored_v[:land])), 0, h - 1).astype(np.int64)
            np.multiply(frame[rows], keep[:land, None, None], out=water[:land])
            for c in range(3):
                water[:land, :, c] += body[:land, c, None]
            self._unmirror_body(water, view, mirrored_v, keep, body, land)
        sky = self.tone(light.sky(mirrored_v[land:])) * keep[land:, None] + body[land:]
        for c in range(3):  # one plane at a time (see raster.blend)
            water[land:, :, c] = sky[:, c, None]
        waves, first = self._waves(view, below, t)
        if waves is not None:
            waves *= 5 if self.calm else 16
            for c in range(3):
                water[first:, :, c] += waves
            waves /= 5 if self.calm else 16
            np.clip(water[first:], 0, 255, out=water[first:])  # ripples may overshoot
        if light.body:
            self._glints(frame, view, start, near, waves, first)
        if self.surf:
            self._surf(frame, view, t)

    def _unmirror_body(
        self, water: np.ndarray, view: View, mirrored_v: np.ndarray, keep: np.ndarray,
        body: np.ndarray, land: int,
    ) -> None:  # fmt: skip
        """Where the mirror would show the sun's or moon's disc, show the sky instead: the
        body's reflection is the path of glints, never a second disc."""
        light = self.light
        if not light.body:
            return
        reach = light.body_r * 1.8  # the land keeps this far from the body (clear_of_land)
        rows = np.flatnonzero(np.abs(mirrored_v[:land] - light.body_v) < reach)
        if not rows.size:
            return
        centre = float(view.col(light.body_u))
        c0 = max(0, int(centre - reach * view.px))
        c1 = min(water.shape[1], int(centre + reach * view.px) + 1)
        if c1 <= c0:
            return
        r0, r1 = int(rows[0]), int(rows[-1]) + 1
        sky = self.tone(light.sky(mirrored_v[r0:r1])) * keep[r0:r1, None] + body[r0:r1]
        d = np.hypot(view.u[None, c0:c1] - light.body_u, mirrored_v[r0:r1, None] - light.body_v)
        disc = np.clip((reach - d) / (light.body_r * 0.6), 0, 1).astype(np.float32)
        blend(water[r0:r1, c0:c1], np.broadcast_to(sky[:, None, :], (*d.shape, 3)), disc)

    def _waves(self, view: View, below: np.ndarray, t: float) -> tuple[np.ndarray | None, int]:
        """Waves on a ground plane seen in perspective: distance grows as 1/(v - horizon),
        so they crowd toward the horizon, and fade out where they would be under 2 pixels.
        Returns the waves (about -1..1) of the rows from ``first`` down."""
        wavelength_px = 0.21 * below**2 * view.px
        first = int(np.searchsorted(wavelength_px, 2.0))
        if first >= below.size:
            return None, first
        below = below[first:]
        z = (1.0 / (below + 0.002)).astype(np.float32)
        x = view.u[None, :] * z[:, None]
        p = self.phase
        waves = np.multiply(x, 7.0)  # in place from here: the same sums, no temporaries
        waves += (z * 30 + t * 1.9 + p[0])[:, None]
        np.sin(waves, out=waves)
        x *= -11.0
        x += (z * 22 - t * 1.3 + p[1])[:, None]
        np.sin(x, out=x)
        x *= 0.6
        waves += x
        fade = (np.clip((wavelength_px[first:] - 2) / 8, 0, 1) / 1.6).astype(np.float32)
        waves *= fade[:, None]
        return waves, first

    def _glints(
        self, frame: np.ndarray, view: View, start: int, near: np.ndarray,
        waves: np.ndarray | None, first: int,
    ) -> None:  # fmt: skip
        """The sun's (or moon's) path on the water: broken glints on wave crests, widening
        toward the viewer — light on moving water, not a second disc."""
        light = self.light
        centre = float(view.col(light.body_u))
        low = np.clip(1 - (light.horizon - light.body_v) / 0.45, 0.25, 1)  # low sun: long path
        width = (0.008 + 0.06 * near) * view.px * (1.3 - 0.5 * low)
        strength = (1.0 if light.body == "sun" else 0.7) * (0.55 + 0.45 * low)
        line = np.exp(-near / 0.02)[:, None] * 0.8  # a bright line at the horizon
        sun = self.tone(light.sun)
        for a in range(0, near.size, 48):  # row chunks, each as wide as its part of the path
            b = min(near.size, a + 48)
            reach = int(width[a:b].max() * 1.8) + 2
            c0, c1 = max(0, int(centre) - reach), min(frame.shape[1], int(centre) + reach)
            if c1 <= c0:
                continue
            cols = np.arange(c0, c1, dtype=np.float32)[None, :]
            across = (cols - centre) / width[a:b, None]  # in place: 1 - (d * d * 0.35), ...
            across *= across
            across *= 0.35
            np.subtract(1, across, out=across)
            np.clip(across, 0, 1, out=across)
            across *= across
            glints = line[a:b]
            if waves is not None and b > first:
                lo = max(a, first)
                crest = waves[lo - first : b - first, c0:c1] + 0.15
                crest /= 0.6
                np.clip(crest, 0, 1, out=crest)
                crest *= crest
                glints = np.broadcast_to(glints, across.shape).copy()
                np.maximum(glints[lo - a :], crest, out=glints[lo - a :])
            blend(frame[start + a : start + b, c0:c1], sun, glints * across * strength)

    def _surf(self, frame: np.ndarray, view: View, t: float) -> None:
        """Lines of foam rolling in toward the shore, each fading as it arrives."""
        shore = shore_of(self.light) - 0.01
        foam = lit((240, 244, 245), self.light, "near")
        for k in range(4):
            p = (t / 6.0 + k / 4 + self.phase[3]) % 1.0
            at = shore - 0.17 * (1 - p) ** 1.6
            thick = (0.002 + 0.008 * p) * (0.6 + 0.4 * np.sin(view.u * 14 + k * 1.7))
            r0, r1 = view.rows_below(at - 0.012), view.rows_below(at + 0.02) + 2
            if r1 <= r0:
                continue
            d = np.abs(view.v[r0:r1, None] - at) - thick[None, :]
            alpha = cover(-d * view.px) * math.sin(math.pi * p) * 0.85
            blend(frame[r0:r1], foam, alpha.astype(np.float32))


class Sand:
    """A beach: dry sand, darker wet sand along the water's edge."""

    depth = "near"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.dry = lit((225, 195, 150), light, "near")
        self.wet = lit((150, 125, 95), light, "near")
        self.curve = (0.012 * np.sin(GRID * 2.7 + rng.uniform(0, 6.3))).astype(np.float32)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        edge = shore_of(self.light) + np.interp(view.u, GRID, self.curve).astype(np.float32)
        r0 = view.rows_below(float(edge.min()))
        if r0 >= frame.shape[0]:
            return
        v = view.v[r0:, None]
        dry = np.clip((v - edge[None, :] - 0.03) / 0.04, 0, 1)
        depth = 1 - 0.15 * np.clip(1 - (v - edge[None, :]) / 0.5, 0, 1)
        colour = (self.wet * (1 - dry)[..., None] + self.dry * dry[..., None]) * depth[..., None]
        blend(frame[r0:], colour.astype(np.float32), cover((v - edge[None, :]) * view.px))


class Swash:
    """The last wave's thin sheet running up the sand and back, with a foam edge."""

    depth = "near"
    animated = True

    def __init__(self, sand: Sand, light: Light) -> None:
        self.sand, self.light = sand, light
        self.sheet = lit((120, 150, 160), light, "near")
        self.foam = lit((245, 247, 248), light, "near")

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        edge = shore_of(self.light) + np.interp(view.u, GRID, self.sand.curve).astype(np.float32)
        reach = 0.03 * (0.5 + 0.5 * math.sin(t * 2 * math.pi / 6.0))
        wash = edge + reach + 0.004 * np.sin(view.u * 31 + t)
        r0 = view.rows_below(float(edge.min()))
        r1 = min(frame.shape[0], view.rows_below(float(wash.max())) + 3)
        if r1 <= r0:
            return
        v = view.v[r0:r1, None]
        sheet = cover((v - edge[None, :]) * view.px) * cover((wash[None, :] - v) * view.px)
        blend(frame[r0:r1], self.sheet, (sheet * 0.45).astype(np.float32))
        line = np.abs(v - wash[None, :]) * view.px - 0.003 * view.px
        blend(frame[r0:r1], self.foam, (cover(-line) * 0.85).astype(np.float32))


def shore_of(light: Light) -> float:
    return light.horizon + 0.21


class Boats:
    """Small sailing boats on the water, bobbing gently."""

    depth = "middle"
    animated = True

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.boats = [
            (rng.uniform(-0.9, 0.9), rng.uniform(0.03, 0.14), rng.uniform(0, 6.3)) for _ in range(5)
        ]
        self.hull = lit((60, 40, 35) if scene.night else (235, 235, 230), light, "middle")
        self.sail = lit((245, 242, 230), light, "middle")
        self.lamp = np.array((255, 200, 120), np.float32)
        self.night = scene.night

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        for at, out, phase in self.boats:
            base = self.light.horizon + out
            size = 0.03 + out * 0.35
            bob = 0.002 * math.sin(t * 1.3 + phase)
            y = base + bob
            hull = [(at - size, y - size * 0.18), (at + size, y - size * 0.18),
                    (at + size * 0.7, y), (at - size * 0.7, y)]  # fmt: skip
            convex(frame, view, hull, self.hull)
            sail = [(at - size * 0.05, y - size * 0.22), (at - size * 0.05, y - size * 1.5),
                    (at + size * 0.75, y - size * 0.22)]  # fmt: skip
            convex(frame, view, sail, self.sail)
            if self.night:
                splat(frame, np.array([view.col(at)]), np.array([view.row(y - size * 0.3)]),
                      self.lamp[None], 0.0015 * view.px + 1)  # fmt: skip


class Pier:
    """A wooden pier running out from one side, on posts, with lamps at night."""

    depth = "near"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.wood = lit((95, 70, 50), light, "near")
        self.night = scene.night
        self.side = 1 if rng.random() < 0.5 else -1

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        deck = self.light.horizon + 0.2
        start = 0.05 * self.side
        r0, r1 = view.rows_below(deck - 0.03), min(frame.shape[0], view.rows_below(deck + 0.12))
        v = view.v[r0:r1, None]
        reach = view.u[None, :] * self.side - 0.05
        top_rows = box_cover(v, deck, deck + 0.018, view.px)
        alpha = np.clip(reach * view.px + 0.5, 0, 1) * top_rows
        posts = box_cover((view.u[None, :] * self.side) % 0.12, 0.0, 0.01, view.px)
        alpha = np.maximum(alpha, posts * box_cover(v, deck, deck + 0.12, view.px)
                           * np.clip(reach * view.px + 0.5, 0, 1))  # fmt: skip
        blend(frame[r0:r1], self.wood, alpha.astype(np.float32))
        if self.night:
            lamps = np.arange(0.1, 1.6, 0.3, dtype=np.float32) * self.side + start
            rows = np.full(lamps.shape, view.row(deck - 0.05), np.float32)
            glow = np.broadcast_to(np.float32([255, 200, 130]), (lamps.size, 3))
            splat(frame, view.col(lamps), rows, glow, 0.04 * view.px, 0.5, glow=True)
            splat(frame, view.col(lamps), rows, glow, 0.002 * view.px + 0.5)


class Lighthouse:
    """A lighthouse on a rock at the water's edge; its lamp glows after dark."""

    depth = "far"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.at = 0.17 if rng.random() < 0.5 else -0.17
        self.white = lit((235, 232, 225), light, "middle")
        self.red = lit((190, 45, 40), light, "middle")
        self.rock = lit((60, 58, 60), light, "middle")
        self.lamp = np.array((255, 235, 170), np.float32)
        self.night = scene.night or scene.wet

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        at, foot = self.at, self.light.horizon + 0.012
        convex(frame, view, [(at - 0.07, foot + 0.01), (at + 0.08, foot + 0.01),
                             (at + 0.05, foot - 0.02), (at - 0.04, foot - 0.025)],
               self.rock)  # fmt: skip
        top, base = foot - 0.2, foot - 0.02
        for k in range(4):  # alternating bands up a tapering tower
            v0 = base - (base - top) * k / 4
            v1 = base - (base - top) * (k + 1) / 4
            w0, w1 = 0.022 - 0.008 * k / 4, 0.022 - 0.008 * (k + 1) / 4
            colour = self.red if k % 2 else self.white
            convex(frame, view, [(at - w0, v0), (at + w0, v0), (at + w1, v1), (at - w1, v1)],
                   colour)  # fmt: skip
        room = [(at - 0.012, top), (at + 0.012, top), (at + 0.012, top - 0.02),
                (at - 0.012, top - 0.02)]  # fmt: skip
        convex(frame, view, room, self.lamp if self.night else self.white)
        convex(frame, view, [(at - 0.018, top - 0.02), (at + 0.018, top - 0.02),
                             (at, top - 0.035)], self.red)  # fmt: skip
        if self.night:
            splat(frame, np.array([view.col(at)]), np.array([view.row(top - 0.01)]),
                  self.lamp[None], 0.09 * view.px, 0.5, glow=True)  # fmt: skip
