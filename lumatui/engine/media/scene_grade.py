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
# style → (gain per channel, offset per channel, saturation): each a straight-line map of
# the channel, so the whole grade is two array operations (one more for saturation)
STYLES = {
    "cinematic": ((1.14, 1.1, 1.04), (-22, -13, -2), 1.0),  # contrast, warm highs, teal lows
    "vintage": ((0.95, 0.88, 0.76), (20, 18, 22), 0.8),  # faded blacks, warm cast
    "dreamy": ((0.9, 0.88, 0.92), (32, 30, 36), 1.08),  # lifted, soft
    "vibrant": ((1.04, 1.04, 1.04), (-5, -5, -5), 1.3),
    "moody": ((0.8, 0.85, 0.95), (0, 0, 4), 0.7),
    "noir": ((1.25, 1.25, 1.25), (-32, -32, -32), 0.0),
}


class Grade:
    def __init__(self, scene: Scene, w: int, h: int, rng: np.random.Generator) -> None:
        gain, offset, saturation = np.ones(3, np.float32), np.zeros(3, np.float32), 1.0
        for word in scene.tints:
            gain = gain * np.array(TINTS[word], np.float32)
        for style in sorted(scene.styles & STYLES.keys()):
            g, o, s = STYLES[style]
            gain, offset = gain * np.array(g, np.float32), offset * np.array(g) + np.array(o)
            saturation *= s
        self.plain = bool(np.allclose(gain, 1) and np.allclose(offset, 0))
        self.gain, self.offset = gain.astype(np.float32), offset.astype(np.float32)
        self.saturation = np.float32(saturation)
        self.bars = (h - round(w / 2.39)) // 2 if scene.cinematic and w > h else 0
        self.vignette = None
        if scene.styles & {"cinematic", "vintage", "moody", "noir"}:
            y = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
            x = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
            shade = 1 - 0.28 * np.clip(x * x * 0.6 + y * y * 0.6, 0, 1)
            self.vignette = np.repeat(shade, 3, axis=1)  # (h, w*3), one value per channel
        self.grain = None
        if "vintage" in scene.styles:
            self.grain = np.repeat(rng.normal(0, 5, (h + 64, w)).astype(np.float32), 3, axis=1)

        self.colour_done = False  # set once the colour part went into the static plates

    @property
    def identity(self) -> bool:
        """Nothing left to do per frame: the frame goes out as drawn."""
        colour = self.colour_done or (self.plain and self.saturation == 1)
        return colour and self.vignette is None and self.grain is None and not self.bars

    @property
    def overshoots(self) -> bool:
        """Whether a graded frame can leave 0..255 (and so needs clipping)."""
        return self.grain is not None or not self.colour_done

    def tone(self, rgb: np.ndarray) -> np.ndarray:
        """The colour part of the grade applied to a few colours (…, 3): for the moving
        layers that compute their own colours (water reflecting a graded shore)."""
        rgb = np.array(rgb, np.float32)
        if self.saturation != 1:
            grey = (rgb @ LUMA)[..., None]
            rgb = grey + (rgb - grey) * self.saturation
        return np.clip(rgb * self.gain + self.offset, 0, 255).astype(np.float32)

    def grade_plate(self, colour: np.ndarray, alpha: np.ndarray | None) -> None:
        """Put the colour part (tints, contrast, saturation) into a static plate once, so a
        frame only gets the parts tied to the screen (vignette, grain, bars). ``colour`` is
        premultiplied by ``alpha``: the offset is scaled by it."""
        if self.saturation != 1:
            grey = (colour @ LUMA)[..., None]
            colour -= grey
            colour *= self.saturation
            colour += grey
        coverage = 1.0 if alpha is None else alpha[..., None]
        colour *= self.gain
        colour += self.offset * coverage
        np.clip(colour, 0, 255 * coverage, out=colour)

    def apply(self, frame: np.ndarray, i: int) -> np.ndarray:
        """Grade ``frame`` in place and return it."""
        if not self.colour_done:
            self._colour(frame)
        h, w = frame.shape[:2]
        flat = frame.reshape(h, w * 3)  # per-channel values tiled along a row: fast in NumPy
        if self.vignette is not None:
            flat *= self.vignette
        if self.grain is not None:
            offset = (i * 17) % 64
            flat += self.grain[offset : offset + h]
        if self.bars:
            frame[: self.bars] = 0
            frame[-self.bars :] = 0
        return frame

    def _colour(self, frame: np.ndarray) -> None:
        if self.saturation != 1:  # plane by plane: a matrix product over 3 is slow in NumPy
            grey = frame[..., 0] * LUMA[0]
            grey += frame[..., 1] * LUMA[1]
            grey += frame[..., 2] * LUMA[2]
            for c in range(3):
                channel = frame[..., c]
                if self.saturation == 0:  # black and white: every channel is the grey
                    channel[:] = grey
                    continue
                channel -= grey
                channel *= self.saturation
                channel += grey
        h, w = frame.shape[:2]
        if not self.plain:
            flat = frame.reshape(h, w * 3)
            flat *= np.tile(self.gain, w)
            flat += np.tile(self.offset, w)
