"""Pure: how a scene is lit — the sky's colours, the light on the land, the sun or moon.

Everything the layers colour by comes from here, so a time of day or weather word changes
the whole picture consistently (a rainy street is grey and wet, not a blue day with rain).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from lumatui.engine.media.scene import Scene

Colour = tuple[float, float, float]

# time → sky colour stops (v from the top, colour) down to the horizon, land light, sun
SKIES: dict[str, tuple[tuple[tuple[float, Colour], ...], Colour, Colour]] = {
    "dawn": (((0.0, (60, 80, 150)), (0.4, (185, 150, 180)), (0.62, (255, 196, 150))),
             (0.85, 0.78, 0.8), (255, 215, 170)),
    "morning": (((0.0, (80, 140, 220)), (0.62, (205, 225, 240))), (0.97, 0.97, 0.95),
                (255, 245, 220)),
    "day": (((0.0, (45, 110, 210)), (0.35, (95, 160, 230)), (0.62, (185, 215, 240))),
            (1.0, 1.0, 1.0), (255, 252, 235)),
    "afternoon": (((0.0, (60, 120, 205)), (0.62, (215, 215, 215))), (1.02, 0.98, 0.92),
                  (255, 240, 200)),
    "golden": (((0.0, (70, 100, 170)), (0.35, (190, 160, 150)), (0.62, (255, 195, 110))),
               (1.08, 0.9, 0.7), (255, 210, 130)),
    "sunset": (((0.0, (35, 35, 95)), (0.3, (140, 70, 110)), (0.5, (240, 110, 70)),
                (0.62, (255, 175, 80))), (0.8, 0.6, 0.58), (255, 190, 110)),
    "twilight": (((0.0, (12, 20, 60)), (0.35, (50, 60, 120)), (0.62, (200, 120, 120))),
                 (0.42, 0.42, 0.58), (255, 215, 190)),
    "night": (((0.0, (3, 5, 18)), (0.4, (8, 14, 42)), (0.62, (22, 34, 72))),
              (0.2, 0.22, 0.34), (235, 238, 225)),
}  # fmt: skip
# how high the sun or moon stands above the horizon (canvas heights)
BODY_HEIGHT = {"dawn": 0.12, "morning": 0.3, "day": 0.42, "afternoon": 0.3, "golden": 0.2,
               "sunset": 0.1, "twilight": 0.36, "night": 0.42}  # fmt: skip


@dataclass(frozen=True)
class Light:
    sky_v: np.ndarray  # stop positions
    sky_rgb: np.ndarray  # (n, 3) stop colours
    land: np.ndarray  # (3,) multiplier for every surface colour
    sun: np.ndarray  # (3,) colour of the sun or moon and its glints
    haze: np.ndarray  # (3,) colour far things fade into
    body: str  # "sun", "moon" or ""
    body_u: float
    body_v: float
    body_r: float
    horizon: float
    wet: bool
    stars: float  # how many stars show (0..1)

    def sky(self, v: np.ndarray) -> np.ndarray:
        """Sky colour (len(v), 3) at world heights ``v``."""
        return np.stack(
            [np.interp(v, self.sky_v, self.sky_rgb[:, c]) for c in range(3)], axis=-1
        ).astype(np.float32)


def horizon_of(scene: Scene) -> float:
    if scene.water:
        return 0.62
    if scene.near == "road":
        return 0.7
    if scene.far == "skyline" and not scene.near and not scene.middle:
        return 0.72  # a city seen from above its roofs: buildings down to the bottom
    return 0.66


def light_of(scene: Scene, rng: np.random.Generator) -> Light:
    stops, land, sun = SKIES[scene.time or "day"]
    sky_v = np.array([v for v, _ in stops], np.float32)
    sky_rgb = np.array([c for _, c in stops], np.float32)
    horizon = horizon_of(scene)
    sky_v = sky_v * (horizon / 0.62)
    land_rgb = np.array(land, np.float32)
    grey = "clouds" in scene.weather or scene.wet or "fog" in scene.weather
    if grey:  # an overcast sky is lighter at the horizon and has no blue
        dim = 0.55 if "storm" in scene.weather else 0.8 if scene.wet else 0.9
        mean = sky_rgb.mean(axis=1, keepdims=True)
        sky_rgb = (sky_rgb * 0.3 + mean * 0.7 + 10) * dim
        land_rgb = land_rgb * (0.75 if scene.wet else 0.88)
    body = scene.body
    body_v = horizon - BODY_HEIGHT.get(scene.time, 0.4)
    stars = 0.0
    if scene.night and not grey:
        stars = 1.0 if scene.time == "night" else 0.35
    return Light(
        sky_v=sky_v,
        sky_rgb=sky_rgb,
        land=land_rgb,
        sun=np.array(sun, np.float32),
        haze=sky_rgb[-1].copy(),
        body=body,
        body_u=float(rng.uniform(-0.1, 0.1)),
        body_v=float(body_v),
        body_r=0.03 if body == "moon" else 0.038,
        horizon=horizon,
        wet=scene.wet,
        stars=stars,
    )
