"""Land layers drawn as silhouettes: mountains, hills, dunes, tree lines and the ground.

Each is a :class:`Profile` (its top edge and colour along the world's u) built once per
clip; every frame reads it at the camera's float position, so edges stay anti-aliased and
move smoothly. Farther layers fade into the haze of the horizon (aerial perspective).
"""

from __future__ import annotations

import numpy as np

from lumatui.engine.media.raster import (
    Profile,
    View,
    blend,
    cover,
    paint_profile,
    smooth_noise,
    splat,
)
from lumatui.engine.media.scene import Scene
from lumatui.engine.media.scene_light import Light

GRID = np.linspace(-1.8, 1.8, 9216, dtype=np.float32)  # world u samples, finer than a pixel
HAZE = {"far": 0.5, "middle": 0.22, "near": 0.0}
GREENS = {  # season → (grass, leaves)
    "": ((80, 140, 60), (40, 95, 45)),
    "spring": ((110, 175, 80), (70, 150, 70)),
    "summer": ((70, 150, 50), (35, 110, 40)),
    "autumn": ((150, 125, 60), (200, 110, 35)),
    "winter": ((228, 233, 242), (40, 70, 60)),
}
AUTUMN_LEAVES = np.array([(214, 94, 28), (190, 50, 30), (230, 160, 40), (160, 80, 35),
                          (205, 130, 45)], np.float32)  # fmt: skip
BLOSSOM = np.array([(245, 180, 200), (250, 205, 220)], np.float32)


def lit(colour: tuple[float, float, float] | np.ndarray, light: Light, depth: str) -> np.ndarray:
    """A surface colour under this light, faded toward the horizon's haze with distance."""
    base = np.asarray(colour, np.float32) * light.land
    return base * (1 - HAZE[depth]) + light.haze * HAZE[depth]


class Silhouette:
    """A layer that is one profile filled down to the bottom, shaded by height."""

    animated = False

    def __init__(
        self, depth: str, profile: Profile, light: Light, dark: float = 0.25, crowns: float = 0
    ) -> None:
        self.depth, self.profile, self.light, self.dark = depth, profile, light, dark
        self.crowns = crowns  # > 0: shade each crown from its lit top down (trees)

    def top_near(self, u: float) -> float:
        return float(np.interp(u, self.profile.u, self.profile.top))

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        shade = 1 - self.dark * np.clip((view.v - self.light.horizon) / 0.4, 0, 1)
        top, first = paint_profile(frame, view, self.profile, shade.astype(np.float32))
        if self.crowns:
            down = np.clip((view.v[first:, None] - top[None, :]) / self.crowns, 0, 1)
            frame[first:] *= (1 - 0.6 * down**0.6)[..., None]


class Mountains(Silhouette):
    def __init__(self, depth: str, scene: Scene, light: Light, rng: np.random.Generator):
        self.snowy = scene.season == "winter" or "snow" in scene.weather or scene.near == "snow"
        self.summer = scene.season == "summer" or scene.far == "dunes"
        height = 0.3 if depth == "far" else 0.17
        ridge = smooth_noise(rng, GRID.size, 9, 0.55)
        peaks = np.zeros_like(ridge)
        for at in rng.uniform(-1.3, 1.3, 9):
            width = rng.uniform(0.09, 0.24)
            peaks = np.maximum(peaks, (1 - np.abs(GRID - at) / width) * rng.uniform(0.6, 1.0))
        top = light.horizon - height * (0.3 + 0.18 * ridge + 0.6 * np.clip(peaks, 0, 1))
        slope = np.gradient(np.convolve(top, np.ones(161) / 161, mode="same"), GRID)
        rock = np.array((96, 104, 122) if depth == "far" else (78, 88, 92), np.float32)
        face = 1 + 0.06 * np.tanh(slope * 1.5)[:, None]  # the side facing the light is lighter
        colour = lit(rock, light, depth) * face
        self.snow = lit((240, 244, 250), light, depth)
        self.snowline = float(np.quantile(top, 0.35 if self.snowy else 0.08))
        super().__init__(depth, Profile(GRID, top.astype(np.float32), colour), light, 0.1)

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        top, first = paint_profile(frame, view, self.profile)
        if self.summer:
            return
        depth = np.clip((self.snowline - top) * (1.3 if self.snowy else 0.6), 0, 0.12)
        last = view.rows_below(float((top + depth).max())) + 2
        if last <= first:
            return
        below = view.v[first:last, None] - top[None, :]
        wobble = 0.006 * np.sin(view.u * 90)[None, :]
        alpha = cover((depth[None, :] + wobble - below) * view.px) * (below > -2 / view.px)
        blend(frame[first:last], self.snow, alpha.astype(np.float32))


def hills(depth: str, scene: Scene, light: Light, rng: np.random.Generator) -> Silhouette:
    rise = {"far": 0.07, "middle": 0.035, "near": -0.02}[depth]
    wave = sum(
        a * np.sin(GRID * f + rng.uniform(0, 6.3)) for a, f in ((0.5, 2.1), (0.3, 4.7), (0.2, 9.3))
    )
    top = light.horizon - rise - 0.03 * wave
    grass = GREENS[scene.season][0] if scene.near != "snow" else GREENS["winter"][0]
    colour = lit(grass, light, depth) * (1 + 0.05 * np.tanh(np.gradient(top, GRID) * 4))[:, None]
    return Silhouette(depth, Profile(GRID, top.astype(np.float32), colour), light)


def dunes(depth: str, scene: Scene, light: Light, rng: np.random.Generator) -> Silhouette:
    """Sand dunes: a long lit slope up to a sharp crest, a short shadowed slip face."""
    size = {"far": (0.35, 0.03, 0.02), "middle": (0.6, 0.06, -0.02), "near": (1.0, 0.09, -0.12)}
    wavelength, amp, rise = size[depth]
    phase = GRID / wavelength + rng.uniform(0, 1) + 0.2 * np.sin(GRID * 2.3 + rng.uniform(0, 6))
    phase %= 1.0
    rise_side = np.sin(np.pi / 2 * np.clip(phase / 0.7, 0, 1))  # a long convex windward slope
    slip_side = np.cos(np.pi / 2 * np.clip((phase - 0.7) / 0.3, 0, 1))  # a short steep lee
    shape = np.where(phase < 0.7, rise_side, slip_side) ** 1.5
    swell = 0.75 + 0.25 * np.sin(GRID * 1.7 + rng.uniform(0, 6))
    top = light.horizon - rise - amp * shape * swell
    slope = np.gradient(top, GRID)
    sunny = np.array((232, 178, 112), np.float32)
    shadow = np.array((170, 105, 70), np.float32)
    side = np.clip(0.5 - np.tanh(slope * 6) * 0.5, 0, 1)[:, None]  # rising toward +u: lit
    colour = lit(shadow, light, depth) * side + lit(sunny, light, depth) * (1 - side)
    return Silhouette(depth, Profile(GRID, top.astype(np.float32), colour), light, 0.15)


def trees(depth: str, scene: Scene, light: Light, rng: np.random.Generator) -> Silhouette:
    """A line of tree crowns: pines (jagged cones) or broadleaf (round), by season."""
    broadleaf = scene.season in ("autumn", "spring", "summer")
    far = depth == "far"
    base = light.horizon + (0.0 if far or scene.water else 0.05)
    size = 0.05 if far else 0.2
    top = np.full(GRID.shape, base, np.float32)
    leaves = np.array(GREENS[scene.season][1], np.float32)
    colour = np.broadcast_to(leaves * 0.6, (GRID.size, 3)).copy()
    count = int(3.6 / (size * (0.22 if not broadleaf else 0.16)))
    for at in np.sort(rng.uniform(-1.8, 1.8, count)):
        tall = size * rng.uniform(0.6, 1.0)
        if broadleaf and rng.random() > 0.2:
            r = tall * 0.3
            crown = np.full(GRID.shape, base, np.float32)
            for dx, dy, k in ((0.0, 0.0, 1.0), (-0.65, 0.45, 0.75), (0.65, 0.4, 0.8)):
                cx, cy, rk = at + dx * r, base - tall + r + dy * r, r * k
                off = np.clip(np.abs(GRID - cx) / rk, 0, 1)
                blob = np.where(off < 1, cy - rk * np.sqrt(1 - off * off), base)
                crown = np.minimum(crown, blob)
            hue = leaves
            if scene.season == "autumn":
                hue = AUTUMN_LEAVES[rng.integers(0, len(AUTUMN_LEAVES))]
            elif scene.season == "spring" and rng.random() < 0.3:
                hue = BLOSSOM[rng.integers(0, len(BLOSSOM))]
        else:
            w = tall * 0.28
            dx = np.abs(GRID - at) / w
            tiers = 0.06 * tall * ((GRID - at) * 60 / tall % 1.0) * (dx < 1)
            crown = np.where(dx < 1, base - tall * (1 - dx) + tiers, base)
            hue = np.array((30, 70, 48), np.float32) * rng.uniform(0.8, 1.15)
            if scene.season == "winter" or scene.near == "snow":
                hue = hue * 0.85 + np.float32((150, 170, 175)) * 0.15
        hue = hue * rng.uniform(0.85, 1.1)
        closer = crown < top
        top = np.where(closer, crown, top)
        colour[closer] = hue
    colour = lit(colour, light, depth) if far else colour * light.land  # leaves keep colour
    crowns = 0.0 if far else size * 0.22
    return Silhouette(depth, Profile(GRID, top, colour), light, 0.45 if not far else 0.2, crowns)


class Ground(Silhouette):
    """The ground nearest the camera: grass, snow or leaf litter, with flowers if asked."""

    def __init__(self, scene: Scene, light: Light, rng: np.random.Generator) -> None:
        kind = scene.near
        colours = {
            "grass": GREENS[scene.season][0],
            "snow": (232, 236, 246),
        }
        ground = np.array(colours.get(kind, (80, 120, 60)), np.float32)
        if scene.season == "autumn" and kind == "grass":
            ground = np.array((150, 95, 45), np.float32)  # fallen leaves
        top = light.horizon + 0.09 + 0.025 * np.sin(GRID * 3.3 + rng.uniform(0, 6.3))
        colour = np.broadcast_to(lit(ground, light, "near"), (GRID.size, 3)).copy()
        super().__init__("near", Profile(GRID, top.astype(np.float32), colour), light, -0.1)
        n = 2500 if "flowers" in scene.subjects else 0
        self.flower_u = rng.uniform(-1.8, 1.8, n).astype(np.float32)
        self.flower_v = (light.horizon + 0.1 + rng.uniform(0, 1, n) ** 0.7 * 0.5).astype(np.float32)
        palette = np.array([(235, 60, 70), (250, 210, 60), (245, 245, 240), (190, 90, 210),
                            (250, 140, 40)], np.float32)  # fmt: skip
        self.flower_rgb = palette[rng.integers(0, len(palette), n)] * light.land

    def draw(self, frame: np.ndarray, view: View, t: float) -> None:
        super().draw(frame, view, t)
        if self.flower_u.size:
            size = (self.flower_v - self.light.horizon) * view.px * 0.012 + 0.6
            splat(frame, view.col(self.flower_u), view.row(self.flower_v), self.flower_rgb, size)
