"""The front layers, over everything: rain, snow, falling leaves, lanterns, birds,
fireworks, a campfire and lightning; and the fog just behind them.

They live in screen space (weather is between the camera and the scene), positions drawn
once per clip in the unit square so the same prompt makes the same weather at any size,
and each frame moves them by float amounts and draws them as anti-aliased dots.
"""

from __future__ import annotations

import math

import numpy as np

from lumatui.engine.media.raster import View, blend, splat, streaks
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_light import Light

LEAF_COLOURS = np.array([(214, 94, 28), (190, 50, 30), (230, 160, 40), (160, 80, 35)], np.float32)
SPARK_COLOURS = np.array([(255, 90, 90), (255, 215, 100), (130, 200, 255), (225, 130, 255),
                          (140, 255, 160)], np.float32)  # fmt: skip


class Weather:
    depth = "screen"
    animated = True

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.scene, self.light = scene, light
        weather, subjects = scene.weather, scene.subjects
        self.rain = (
            rng.uniform(0, 1, (700 if "storm" in weather else 450, 3)) if scene.wet else None
        )
        self.snow = rng.uniform(0, 1, (650, 4)) if "snow" in weather else None
        autumn = scene.season == "autumn" or "leaves" in subjects
        self.leaves = rng.uniform(0, 1, (70, 4)) if autumn else None
        self.petals = rng.uniform(0, 1, (90, 4)) if scene.season == "spring" else None
        self.lanterns = rng.uniform(0, 1, (45, 3)) if "lanterns" in subjects else None
        self.birds = rng.uniform(0, 1, (7, 3)) if "birds" in subjects else None
        self.fire = "fire" in subjects
        self.flames = rng.uniform(0, 1, (160, 3))
        self.bursts = rng.uniform(0, 1, (7, 4)) if "fireworks" in subjects else None
        self.sparks = np.linspace(0, 2 * math.pi, 60, endpoint=False)
        self.spark_speed = rng.uniform(0.55, 1.0, (7, 60))  # a burst is a ball, not a ring
        self.flashes = rng.uniform(0.3, 4.6, 2) if "storm" in weather else None
        self.window: tuple[float, float, float, float] | None = None  # (u0, u1, v0, v1)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        if self.window is not None:  # seen from a room: the weather is only in the window
            u0, u1, v0, v1 = self.window
            c0, c1 = (max(0, round(float(view.col(u)))) for u in (u0, u1))
            r0, r1 = (max(0, round(float(view.row(v)))) for v in (v0, v1))
            frame = frame[r0:r1, c0:c1]
            if frame.size == 0:
                return
        h, w = frame.shape[:2]
        size = h / 1000  # dots scale with the canvas
        if self.fire:
            self._fire(frame, t, size)
        if self.rain is not None:
            self._rain(frame, t, size)
        if self.snow is not None:
            x, y, r, s = self.snow.T
            fall = (y + t * (0.05 + 0.06 * s)) % 1.0
            sway = x + 0.02 * np.sin(t * (0.8 + s) + r * 6)
            white = np.broadcast_to(np.float32([245, 247, 252]), (len(x), 3))
            splat(frame, sway % 1.0 * w, fall * h, white, (0.7 + 1.8 * r**2) * size, 0.9)
        for flakes, palette, speed in (
            (self.leaves, LEAF_COLOURS, 0.07),
            (self.petals, np.array([(250, 190, 210), (255, 225, 235)], np.float32), 0.05),
        ):
            if flakes is not None:
                x, y, r, s = flakes.T
                fall = (y + t * speed * (0.6 + s)) % 1.0
                sway = x + 0.04 * np.sin(t * (1.2 + s) + r * 9) + t * 0.015
                hue = palette[(r * len(palette)).astype(int) % len(palette)] * self.light.land
                splat(frame, sway % 1.0 * w, fall * h, hue, (2 + 3 * s) * size)
        if self.lanterns is not None:
            x, y, s = self.lanterns.T
            rise = (y - t * 0.02 * (0.5 + s)) % 1.0 * self.light.horizon
            cols, rows = (x + 0.01 * np.sin(t + s * 9)) * w, rise * h
            flicker = 0.8 + 0.2 * np.sin(t * 6 + s * 20)
            warm = np.broadcast_to(np.float32([255, 170, 80]), (len(x), 3))
            radius = (1.5 + 4 * s) * size
            splat(frame, cols, rows, warm, radius * 3, 0.5 * flicker, glow=True)
            splat(frame, cols, rows, warm * 0.6 + 100, radius, flicker)
        if self.birds is not None:
            self._birds(frame, t, size)
        if self.bursts is not None:
            self._fireworks(frame, t, size)
        if self.flashes is not None and np.any(np.abs(t - self.flashes) < 0.12):
            frame *= 1.6
            frame += 35
            np.clip(frame, 0, 255, out=frame)

    def _rain(self, frame: np.ndarray, t: float, size: float) -> None:
        """Each drop a thin slanted streak, falling fast."""
        h, w = frame.shape[:2]
        x, y, s = self.rain.T  # type: ignore[union-attr]
        fall = (y + t * (1.1 + 0.6 * s)) % 1.05
        cols, rows = (x + fall * 0.06) % 1.0 * w, fall * h
        length = ((18 + 30 * s) * size).astype(np.float32)
        grey = np.float32([200, 210, 225])
        streaks(frame, cols, rows, length, 0.06, grey, (0.25 + 0.35 * s).astype(np.float32))

    def _birds(self, frame: np.ndarray, t: float, size: float) -> None:
        h, w = frame.shape[:2]
        x, y, s = self.birds.T  # type: ignore[union-attr]
        span = (0.012 + 0.01 * s) * h
        flap = np.sin(t * (6 + 3 * s) + s * 20) * 0.5
        cx = ((x + t * 0.03 * (1 + s)) % 1.2 - 0.1) * w
        cy = (0.12 + 0.3 * y * self.light.horizon) * h + np.sin(t + s * 5) * 3 * size
        steps = np.linspace(-1, 1, int(span.max() * 1.5) + 9, dtype=np.float32)[None, :]
        lift = (np.abs(steps) * (0.35 + flap[:, None]) + 0.25 * np.abs(steps) ** 2) * span[:, None]
        cols = (cx[:, None] + steps * span[:, None]).ravel()
        rows = (cy[:, None] - lift).ravel()
        ink = np.broadcast_to(np.float32([25, 25, 30]) * self.light.land, (cols.size, 3))
        splat(frame, cols, rows, ink, 0.7 + 1.1 * size)

    def _fireworks(self, frame: np.ndarray, t: float, size: float) -> None:
        h, w = frame.shape[:2]
        for k, (x, y, start, hue) in enumerate(self.bursts):  # type: ignore[union-attr]
            age = (t - start * 4.0) % 4.5
            if age > 2.0:
                continue
            grow = 1 - math.exp(-age * 2.5)
            radius = (0.08 + 0.06 * hue) * h * grow * self.spark_speed[k]
            cx, cy = (0.15 + 0.7 * x) * w, (0.08 + 0.3 * y) * h
            cols = cx + np.cos(self.sparks) * radius
            rows = cy + np.sin(self.sparks) * radius + age**2 * 0.012 * h
            colour = SPARK_COLOURS[(k + int(hue * 5)) % len(SPARK_COLOURS)]
            fade = max(0.0, 1 - age / 2.0)
            spark = np.broadcast_to(colour, (cols.size, 3))
            for trail in (0.0, 0.06, 0.12):  # each spark with a short fading tail
                back = 1 - trail / max(grow, 0.2)
                radius = (1.6 + 1.6 * fade) * size * (1 - trail * 3)
                tail_cols, tail_rows = cx + (cols - cx) * back, cy + (rows - cy) * back
                splat(frame, tail_cols, tail_rows, spark, radius, fade * (1 - trail * 5))
            every = slice(None, None, 3)
            splat(frame, cols[every], rows[every], spark[every], 5 * size, 0.3 * fade, glow=True)

    def _fire(self, frame: np.ndarray, t: float, size: float) -> None:
        """A campfire near the bottom centre: a flickering flame of soft glows, sparks
        rising from it, and its warm light on the ground around."""
        h, w = frame.shape[:2]
        base = h * 0.86
        glow = np.float32([[255, 140, 50]])
        splat(frame, np.array([w / 2.0]), np.array([base]), glow, 0.25 * h, 0.45, glow=True)
        steps = np.arange(6, dtype=np.float32)
        sway = np.sin(t * 7 + steps * 1.3) * steps * 1.2 * size
        flicker = 0.85 + 0.15 * np.sin(t * 13 + steps * 2.1)
        cols = w / 2 + sway
        rows = base - steps * 9 * size * flicker
        colour = np.stack([np.full(6, 255.0), 120 + 25 * steps, 30 + 30 * steps], -1)
        radius = (26 - 3.5 * steps) * size
        splat(frame, cols, rows, colour.astype(np.float32), radius, 1.0, glow=True)
        core = colour.astype(np.float32) * 0.5 + 127
        splat(frame, cols[:4], rows[:4], core[:4], radius[:4] * 0.3, 0.9)
        x, y, s = self.flames[:40].T
        age = (y + t * (0.5 + s)) % 1.0
        spark_cols = w / 2 + (x - 0.5) * 0.05 * h + np.sin(t * 3 + s * 20) * 6 * size * age
        spark_rows = base - 20 * size - age * 0.2 * h
        sparks = np.broadcast_to(np.float32([255, 200, 120]), (40, 3))
        splat(frame, spark_cols, spark_rows, sparks, 1.2 * size, 1 - age)


class Fog:
    """Mist over the land, thickest along the horizon; drawn once with the static layers
    (so it costs nothing per frame) in front of everything but the falling weather."""

    depth = "middle"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        self.phase = float(rng.uniform(0, 6.3))

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        h = self.light.horizon
        density = (0.55 * np.exp(-(((view.v - h) / 0.2) ** 2)) + 0.18).astype(np.float32)
        drift = 1 + 0.25 * np.sin(view.u * 5 + self.phase) * np.sin(view.u * 2.1)
        alpha = np.clip(density[:, None] * drift[None, :], 0, 0.85).astype(np.float32)
        colour = self.light.haze * 0.6 + 200 * 0.4 * self.light.land.mean()
        blend(frame, colour, alpha)
