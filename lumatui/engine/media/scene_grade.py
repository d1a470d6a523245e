"""The finish over a drawn frame: colour words and styles as a grade, never as bars on a
vertical canvas (cinematic letterboxes only a wide one), then 8-bit output.
"""

from __future__ import annotations

import numpy as np

from lumatui.engine.media.scene import Scene

TINTS = {
    "red": (1.2, 0.85, 0.85), "orange": (1.15, 1.0, 0.8), "gold": (1.15, 1.05, 0.8),
    "yellow": (1.12, 1.1, 0.8), "green": (0.9, 1.15, 0.9), "teal": (0.8, 1.08, 1.1),
    "blue": (0.85, 0.95, 1.2), "purple": (1.08, 0.85, 1.2), "pink": (1.2, 0.92, 1.08),
    "warm": (1.1, 1.0, 0.88), "cold": (0.88, 0.97, 1.15), "pastel": (1.05, 1.03, 1.06),
}  # fmt: skip
LUMA = np.array((0.2126, 0.7152, 0.0722), np.float32)
SPLIT = np.array((12, 2, -12), np.float32)  # warm highlights, teal shadows


class Grade:
    def __init__(self, scene: Scene, w: int, h: int, rng: np.random.Generator) -> None:
        tint = np.ones(3, np.float32)
        for word in scene.tints:
            tint *= np.array(TINTS[word], np.float32)
        self.tint = tint if scene.tints else None
        self.styles = scene.styles
        self.bars = (h - round(w / 2.39)) // 2 if scene.cinematic and w > h else 0
        needs_vignette = self.styles & {"cinematic", "vintage", "moody", "noir"}
        self.vignette = None
        if needs_vignette:
            y = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
            x = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
            self.vignette = (1 - 0.28 * np.clip(x * x * 0.6 + y * y * 0.6, 0, 1))[..., None]
        self.grain = None
        if "vintage" in self.styles:
            self.grain = rng.normal(0, 5, (h + 64, w)).astype(np.float32)

    def apply(self, frame: np.ndarray, i: int) -> np.ndarray:
        styles = self.styles
        if self.tint is not None:
            frame *= self.tint
        if "vibrant" in styles or "dreamy" in styles or "moody" in styles or "noir" in styles:
            grey = (frame @ LUMA)[..., None]
            amount = 1.3 if "vibrant" in styles else 0.7 if "moody" in styles else 1.1
            if "noir" in styles:
                amount = 0.0
            frame = grey + (frame - grey) * amount
            if "dreamy" in styles:
                frame = frame * 0.88 + 30
            if "moody" in styles:
                frame = frame * np.float32([0.82, 0.86, 0.95])
            if "noir" in styles:
                frame = (frame - 128) * 1.2 + 128
        if "cinematic" in styles:
            light = (frame @ LUMA)[..., None] / 128 - 1
            frame = (frame - 128) * 1.1 + 128 + light * SPLIT
        if "vintage" in styles:
            frame = frame * np.float32([1.05, 0.98, 0.85]) * 0.9 + 18
        if self.vignette is not None:
            frame *= self.vignette
        if self.grain is not None:
            offset = (i * 17) % 64
            frame += self.grain[offset : offset + frame.shape[0], :, None]
        if self.bars:
            frame[: self.bars] = 0
            frame[-self.bars :] = 0
        return frame
