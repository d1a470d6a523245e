"""An interior: a wall with a window onto the scene outside, a floor, a table and a lamp.

The outside (sky, skyline, rain) is drawn first and seen through the window's hole, so
rain stays on the far side of the glass and the lamp lights the room, not the sky.
"""

from __future__ import annotations

import numpy as np

from lumatui.engine.media.raster import View, blend, box_cover, convex
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_light import Light

WINDOW = (-0.17, 0.17, 0.12, 0.56)  # u0, u1, v0, v1
FLOOR = 0.8


class Room:
    depth = "near"
    animated = False

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.light = light
        evening = scene.night or scene.time in ("sunset", "twilight") or scene.wet
        inside = np.array((1.0, 0.85, 0.68) if evening else (1.0, 0.97, 0.92), np.float32)
        self.evening = evening
        self.wall = np.array((188, 160, 128), np.float32) * inside * (0.55 if evening else 0.9)
        self.floor = np.array((112, 76, 50), np.float32) * inside * (0.6 if evening else 0.9)
        self.wood = np.array((70, 45, 30), np.float32) * inside * (0.7 if evening else 1)
        self.frame_rgb = np.array((230, 225, 215), np.float32) * inside * (0.6 if evening else 1)
        self.lamp_u = float(rng.choice([-0.24, 0.24]))

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        u0, u1, v0, v1 = WINDOW
        u, v = view.u[None, :], view.v[:, None]
        glass = box_cover(u, u0, u1, view.px) * box_cover(v, v0, v1, view.px)
        wall = 1 - glass
        shade = (1 - 0.25 * np.clip(np.abs(v - 0.45) / 0.6, 0, 1)) * np.ones_like(u)
        blend(frame, self.wall * shade[..., None], wall.astype(np.float32))
        bars = np.maximum(
            box_cover(u, -0.006, 0.006, view.px) * box_cover(v, v0, v1, view.px),
            box_cover(v, 0.335, 0.347, view.px) * box_cover(u, u0, u1, view.px),
        )
        rim = (box_cover(u, u0 - 0.012, u1 + 0.012, view.px)
               * box_cover(v, v0 - 0.012, v1 + 0.02, view.px) * wall)  # fmt: skip
        blend(frame, self.frame_rgb, np.maximum(bars, rim).astype(np.float32))
        start = view.rows_below(FLOOR)
        plank = 0.92 + 0.08 * np.sign(np.sin(view.u * 45))[None, :]
        depth = np.clip((view.v[start:, None] - FLOOR) / 0.2, 0, 1)
        frame[start:] = (self.floor * (plank * (0.8 + 0.2 * depth))[..., None]).astype(np.float32)
        table = [(-0.3, 0.7), (0.08, 0.7), (0.08, 0.72), (-0.3, 0.72)]
        convex(frame, view, table, self.wood)
        for leg in (-0.28, 0.05):
            convex(frame, view, [(leg, 0.72), (leg + 0.012, 0.72), (leg + 0.012, 0.86),
                                 (leg, 0.86)], self.wood)  # fmt: skip
        mug = [(-0.12, 0.66), (-0.09, 0.66), (-0.092, 0.7), (-0.118, 0.7)]
        convex(frame, view, mug, self.frame_rgb * 0.9)
        if self.evening:
            self._lamp(frame, view)

    def _lamp(self, frame: np.ndarray, view: View) -> None:
        at = self.lamp_u
        shade = [(at - 0.04, 0.55), (at + 0.04, 0.55), (at + 0.025, 0.5), (at - 0.025, 0.5)]
        convex(frame, view, [(at - 0.003, 0.55), (at + 0.003, 0.55), (at + 0.003, 0.7),
                             (at - 0.003, 0.7)], self.wood)  # fmt: skip
        convex(frame, view, shade, np.float32([255, 215, 150]))
        d = np.hypot(view.u[None, :] - at, (view.v[:, None] - 0.53) * 1.2)
        glow = (np.exp(-d / 0.22) * 0.35).astype(np.float32)
        frame += (np.float32([255, 190, 120]) - frame) * glow[..., None] * 0.6
