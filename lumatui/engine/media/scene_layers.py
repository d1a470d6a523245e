"""Extra moving layers for the procedural generator: clouds, aurora, lightning, fireworks.

Each layer precomputes what it can once per clip and draws itself onto a float32 frame per
frame with array operations only (no per-pixel Python loop).
"""

from __future__ import annotations

import math

import numpy as np

EXTRA_WORDS = {
    "clouds": {"clouds", "cloud", "cloudy", "sky"},
    "aurora": {"aurora", "northern", "borealis"},
    "lightning": {"lightning", "thunder", "thunderstorm", "storm"},
    "fireworks": {"fireworks", "firework", "celebration", "festival"},
}
NIGHT_EXTRAS = {"aurora", "fireworks"}


def extras_from_words(words: set[str]) -> frozenset[str]:
    return frozenset(name for name, keys in EXTRA_WORDS.items() if words & keys)


class SceneLayers:
    """The extra layers of one clip, ready to draw frame by frame."""

    def __init__(
        self,
        extras: frozenset[str],
        w: int,
        h: int,
        big_w: int,
        horizon: float,
        rng: np.random.Generator,
    ) -> None:
        self.extras = extras
        self.w, self.h = w, h
        self.ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
        self.xs = np.linspace(0, 1, big_w, dtype=np.float32)[None, :]
        self.horizon = horizon
        self.clouds = self._clouds(rng, big_w) if "clouds" in extras else None
        self.flashes = rng.uniform(0.4, 4.5, 3) if "lightning" in extras else None
        if "fireworks" in extras:
            n = 6
            self.bursts = (
                rng.uniform(0.15, 0.85, n),  # x
                rng.uniform(0.1, horizon * 0.6, n),  # y
                rng.uniform(0, 4.0, n),  # start time
                rng.integers(0, 4, n),  # colour
            )
            self.angles = np.linspace(0, 6 * math.pi, 48, endpoint=False, dtype=np.float32)

    def _clouds(self, rng: np.random.Generator, big_w: int) -> np.ndarray:
        """Soft cloud cover over the upper sky: a few stretched blobs, wider than the frame."""
        cover = np.zeros((self.h, big_w * 2), np.float32)
        xs = np.linspace(0, 2, big_w * 2, dtype=np.float32)[None, :]
        for _ in range(9):
            cx, cy = rng.uniform(0, 2), rng.uniform(0.05, self.horizon * 0.55)
            sx, sy = rng.uniform(0.12, 0.3), rng.uniform(0.02, 0.05)
            cover += np.exp(-(((xs - cx) / sx) ** 2) - ((self.ys - cy) / sy) ** 2)
        return np.clip(cover, 0, 0.85)

    def draw(self, frame: np.ndarray, t: float, shift: int) -> np.ndarray:
        w = self.w
        if self.clouds is not None:
            offset = (shift + int(t * w * 0.02)) % (self.clouds.shape[1] - w)
            alpha = self.clouds[:, offset : offset + w, None]
            frame = frame * (1 - alpha) + np.float32(235) * alpha
        if "aurora" in self.extras:
            x = self.xs[:, shift : shift + w]
            band = 0.22 + 0.06 * np.sin(x * 7 + t * 0.5) + 0.02 * np.sin(x * 23 - t)
            glow = np.exp(-(((self.ys - band) / 0.05) ** 2)) * (0.6 + 0.4 * np.sin(x * 40 + t * 2))
            frame = frame + glow[..., None] * np.array((40, 200, 140), np.float32)
        if self.flashes is not None and np.any(np.abs(t - self.flashes) < 0.07):
            frame = frame * 1.7 + 40
        if "fireworks" in self.extras:
            frame = self._fireworks(frame, t)
        return frame

    def _fireworks(self, frame: np.ndarray, t: float) -> np.ndarray:
        bx, by, start, hue = self.bursts
        age = t - start
        live = (age > 0) & (age < 1.6)
        if not live.any():
            return frame
        colours = np.array(
            [(255, 80, 80), (255, 210, 90), (120, 200, 255), (220, 120, 255)], np.float32
        )
        radius = (age[live] * 0.22)[:, None] * np.array([1.0, 0.8, 0.6], np.float32).repeat(16)
        px = ((bx[live][:, None] + radius * np.cos(self.angles)) * (self.w - 1)).astype(int)
        py = ((by[live][:, None] + radius * np.sin(self.angles) * 0.6) * (self.h - 1)).astype(int)
        fade = np.clip(1.6 - age[live], 0, 1)[:, None, None]
        tint = colours[hue[live]][:, None, :] * fade
        keep = (px >= 0) & (px < self.w) & (py >= 0) & (py < self.h)
        frame[py[keep], px[keep]] = np.broadcast_to(tint, (*px.shape, 3))[keep]
        return frame
