"""The sky layer: gradient, stars, aurora, rainbow, then the sun or moon, then clouds.

Drawn first, so every land layer covers it; within it the order keeps lights where they
belong: stars fade out around the moon and never sit on its disc, which is opaque.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from lumatui.engine.media.raster import View, blend, cover, splat
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_light import Light

SPECTRUM = np.array(
    [(148, 0, 211), (75, 0, 130), (0, 90, 255), (0, 200, 0), (255, 240, 0), (255, 127, 0),
     (255, 0, 0)], np.float32,
)  # fmt: skip
STAR_COUNT = 900  # over the whole sky band, wider than any canvas


class Sky:
    depth = "sky"
    animated = False  # drawn once: the camera moves over it

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        self.scene, self.light = scene, light
        n = STAR_COUNT if light.stars else 0
        self.star_u = rng.uniform(-1.4, 1.4, n).astype(np.float32)
        self.star_v = (rng.uniform(0, 1, n) ** 1.3 * light.horizon * 0.95).astype(np.float32)
        self.star_size = rng.uniform(0.3, 1.0, n).astype(np.float32) ** 3
        self.star_phase = rng.uniform(0, 6.3, n).astype(np.float32)
        self.aurora = "aurora" in scene.subjects
        self.rainbow = "rainbow" in scene.subjects and not scene.night
        self.cloudy = "clouds" in scene.weather or scene.wet or "storm" in scene.weather
        self.cloud_seed = int(rng.integers(0, 2**31))
        self.clouds: np.ndarray | None = None  # made at the first frame, at its size
        self.moon_shade = rng.uniform(0, 6.3, 3)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        light = self.light
        frame[:] = light.sky(view.v)[:, None, :]
        if self.star_u.size:
            self._stars(frame, view, t)
        if self.aurora:
            self._aurora(frame, view, t)
        if self.rainbow:
            self._rainbow(frame, view)
        if light.body:
            self._body(frame, view)
        if self.cloudy or "wind" in self.scene.weather or "clouds" in self.scene.weather:
            self._clouds(frame, view, t)

    def _stars(self, frame: np.ndarray, view: View, t: float) -> None:
        light = self.light
        cols = view.col(self.star_u)
        rows = view.row(self.star_v)
        twinkle = 0.65 + 0.35 * np.sin(self.star_phase + t * (1.5 + self.star_phase))
        strength = self.star_size * twinkle * light.stars
        if light.body == "moon":  # the moon's glow outshines the stars near it
            gap = np.hypot(self.star_u - light.body_u, self.star_v - light.body_v) / light.body_r
            strength = strength * np.clip((gap - 2.0) / 4.0, 0, 1)
        radius = 0.45 + self.star_size * view.px / 1300
        colours = np.broadcast_to(np.float32([235, 240, 255]), (cols.size, 3))
        splat(frame, cols, rows, colours, radius, strength)

    def _aurora(self, frame: np.ndarray, view: View, t: float) -> None:
        end = view.rows_below(self.light.horizon * 0.8)
        u, v = view.u[None, :], view.v[:end, None]
        line = 0.2 + 0.05 * np.sin(u * 3.1 + t * 0.25) + 0.02 * np.sin(u * 9.0 - t * 0.4)
        rays = 0.55 + 0.45 * np.sin(u * 41 + 0.6 * np.sin(u * 7 + t * 0.5))
        above = np.exp(-np.clip(line - v, 0, None) / 0.09)
        below = np.exp(-((np.clip(v - line, 0, None) / 0.018) ** 2))
        glow = (above * below * rays).astype(np.float32)
        green = np.float32([60, 255, 150])
        pink = np.float32([190, 70, 220])
        top = np.clip((line - v) / 0.15, 0, 1)[..., None]
        frame[:end] += glow[..., None] * (green * (1 - top) + pink * top) * 0.8

    def _rainbow(self, frame: np.ndarray, view: View) -> None:
        centre_u, centre_v, radius, width = 0.15, self.light.horizon + 0.25, 0.62, 0.05
        start = view.rows_below(centre_v - radius - width)
        end = view.rows_below(self.light.horizon)
        d = np.hypot(view.u[None, :] - centre_u, view.v[start:end, None] - centre_v)
        band = (d - radius) / width  # 0..1 across the bow, violet inside
        alpha = np.clip(1 - np.abs(band - 0.5) * 2, 0, 1) ** 0.7 * 0.35
        colour = np.stack(
            [np.interp(band, np.linspace(0, 1, 7), SPECTRUM[:, c]) for c in range(3)], axis=-1
        ).astype(np.float32)
        fade = np.clip((self.light.horizon - view.v[start:end, None]) / 0.1, 0, 1)
        blend(frame[start:end], colour, (alpha * fade).astype(np.float32))

    def _body(self, frame: np.ndarray, view: View) -> None:
        light = self.light
        cu, cv, r = light.body_u, light.body_v, light.body_r
        reach = r * (9 if light.body == "sun" else 6)
        r0, r1 = view.rows_below(cv - reach), view.rows_below(cv + reach)
        d = np.hypot(view.u[None, :] - cu, view.v[r0:r1, None] - cv)
        band = frame[r0:r1]
        strength = 0.55 if light.body == "sun" else 0.22
        halo = (np.exp(-np.clip(d - r, 0, None) / (r * 1.6)) * strength).astype(np.float32)
        band += (light.sun - band) * halo[..., None] * 0.8
        disc = cover((r - d) * view.px).astype(np.float32)
        colour = np.broadcast_to(light.sun, (*d.shape, 3)).astype(np.float32)
        if light.body == "moon":  # faint grey seas on the moon's face
            du, dv = (view.u[None, :] - cu) / r, (view.v[r0:r1, None] - cv) / r
            seas = 0.5 + 0.5 * np.sin(du * 3 + self.moon_shade[0]) * np.sin(dv * 2.5 + 1)
            colour = colour * (1 - 0.1 * seas)[..., None]
        blend(band, colour, disc)

    def _clouds(self, frame: np.ndarray, view: View, t: float) -> None:
        light = self.light
        end = view.rows_below(light.horizon)
        if self.clouds is None:
            self.clouds = cloud_cover(self.cloud_seed, end, len(view.u), self.cloudy)
        speed = 0.012 if "wind" in self.scene.weather else 0.004
        shift = (view.u0 + 1.5 + t * speed) * view.px  # the cover is 3 canvases wide at rest
        x0 = int(shift) % (self.clouds.shape[1] - len(view.u) - 1)
        frac = np.float32(shift - int(shift))
        width = len(view.u)
        cover_now = self.clouds[:end, x0 : x0 + width] * (1 - frac)
        cover_now += self.clouds[:end, x0 + 1 : x0 + 1 + width] * frac
        sky = light.sky(view.v[:end])
        lit = light.sun * light.land * 0.9 + 25
        shade = np.clip(view.v[:end, None] / light.horizon, 0, 1) * 0.35
        colour = lit * (1 - shade[..., None]) + sky[:, None, :] * shade[..., None]
        if self.cloudy:  # overcast: one grey lid, lighter where it thins
            colour = colour * 0.55 + sky[:, None, :] * 0.45
        blend(frame[:end], colour.astype(np.float32), cover_now)


def cloud_cover(seed: int, rows: int, width: int, overcast: bool) -> np.ndarray:
    """Soft cloud alpha (rows, 3*width+2): blobs made small and scaled up once, since soft."""
    rng = np.random.default_rng(seed)
    small_h, small_w = max(8, rows // 6), max(8, (3 * width + 2) // 6)
    ys = np.linspace(0, 1, small_h, dtype=np.float32)[:, None]
    xs = np.linspace(0, 3 * width / max(rows, 1), small_w, dtype=np.float32)[None, :]
    field = np.zeros((small_h, small_w), np.float32)
    for _ in range(int(xs.max() * 14) + 10):
        cx, cy = rng.uniform(0, xs.max()), rng.uniform(0.05, 0.85)
        sx, sy = rng.uniform(0.08, 0.3), rng.uniform(0.025, 0.07)
        field += np.exp(-(((xs - cx) / sx) ** 2) - ((ys - cy) / sy) ** 2) * rng.uniform(0.4, 1)
    alpha = np.clip(field * (1.2 if overcast else 0.9) - 0.15, 0, 0.95 if overcast else 0.85)
    if overcast:
        alpha = np.maximum(alpha, 0.55 * (1 - ys * 0.6))
    big = Image.fromarray(alpha.astype(np.float32), mode="F").resize(
        (3 * width + 2, rows), Image.Resampling.BICUBIC
    )
    return np.clip(np.asarray(big, np.float32), 0, 1)
