"""Static layers drawn once, at full size, onto plates the camera then moves over.

Most of a scene does not change from frame to frame; only the camera moves. So runs of
static layers are drawn once onto a plate wider than the canvas (the camera's reach), and
each frame samples it at the camera's float position: a linear blend of two columns for a
sideways move (kept as up to eight 8-bit copies an eighth of a pixel apart, each made when
a frame first needs it, so a frame is one copy), Pillow's bilinear resampling between
float edges for a push-in. A run that lies in front of a moving layer (a pier over the
waves, a wall around a rainy window) keeps its coverage: drawn once over black and once
over white, the difference is its alpha.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from lumatui.engine.media.raster import View

Draw = Callable[[np.ndarray, View, float], None]
PHASES = 8  # sub-pixel positions kept for sideways moves


@dataclass
class Plate:
    colour: np.ndarray  # (h, w + 2*pad, 3) float32, premultiplied by alpha
    alpha: np.ndarray | None  # (h, w + 2*pad) float32, None: opaque
    pad: int
    rows: tuple[int, int]  # the rows where anything was drawn
    solid: int = 0  # from this row down the plate covers everything (copied, not blended)
    images: dict[str, Image.Image] = field(default_factory=dict)  # 8-bit, for push-ins
    phases: dict[tuple[str, int], np.ndarray] = field(default_factory=dict)  # 8-bit, sideways
    making: threading.Lock = field(default_factory=threading.Lock)  # one drawer makes each

    @classmethod
    def draw(cls, layers: list[Draw], view: View, h: int, pad: int, opaque: bool) -> Plate:
        width = len(view.u)
        black = np.zeros((h, width, 3), np.float32)
        for draw in layers:
            draw(black, view, 0.0)
        if opaque:
            return cls(black, None, pad, (0, h))
        white = np.full((h, width, 3), 255, np.float32)
        for draw in layers:
            draw(white, view, 0.0)
        alpha = np.clip(1 - (white - black).mean(axis=2) / 255, 0, 1).astype(np.float32)
        used = np.flatnonzero(alpha.max(axis=1) > 1 / 512)
        rows = (int(used[0]), int(used[-1]) + 1) if used.size else (0, 0)
        holes = np.flatnonzero(alpha.min(axis=1) < 254.5 / 255)
        solid = int(holes[-1]) + 1 if holes.size else 0
        return cls(black, alpha, pad, rows, max(rows[0], min(solid, rows[1])))

    def sample(self, frame: np.ndarray, pan: float, zoom: float) -> None:
        """Put the plate, seen by the camera at (pan, zoom), onto ``frame`` (h, w, 3)."""
        h, w = frame.shape[:2]
        x0 = pan * h + self.pad  # plate column under the frame's left edge at zoom 1
        if self.alpha is None:
            frame[:] = self._look("colour", x0, zoom, w, h, (0, h))
            return
        r0, r1 = self._screen_rows(zoom, h)
        if r1 <= r0:
            return
        if abs(zoom - 1) < 1e-6 and self.solid < r1 and self.rows[1] == h:
            # rows it covers whole: a straight copy (the pan never shows the pad's edge)
            frame[self.solid :] = self._look("colour", x0, zoom, w, h, (self.solid, h))
            r1 = self.solid
            if r1 <= r0:
                return
        colour = self._look("colour", x0, zoom, w, h, (r0, r1))
        alpha = self._look("alpha", x0, zoom, w, h, (r0, r1))
        keep = 1 - alpha[..., 0] * np.float32(1 / 255)
        for c in range(3):  # a plane at a time (see raster.blend)
            channel = frame[r0:r1, :, c]
            channel *= keep
            channel += colour[..., c]

    def _screen_rows(self, zoom: float, h: int) -> tuple[int, int]:
        a, b = self.rows
        if abs(zoom - 1) < 1e-6:
            return a, b
        to_screen = lambda r: (r - h / 2) * zoom + h / 2  # noqa: E731
        return max(0, int(to_screen(a)) - 1), min(h, int(to_screen(b)) + 2)

    def _look(
        self, which: str, x0: float, zoom: float, w: int, h: int, rows: tuple[int, int]
    ) -> np.ndarray:
        r0, r1 = rows
        if abs(zoom - 1) < 1e-6:
            i = int(np.floor(x0))
            k = round((x0 - i) * PHASES)
            i, k = (i + 1, 0) if k == PHASES else (i, k)
            a = self.rows[0] if self.alpha is not None else 0
            return self._phase(which, k)[r0 - a : r1 - a, i : i + w]
        # a push-in: Pillow resamples the plate's window between float edges (bilinear)
        left = x0 + (w / 2) * (1 - 1 / zoom)
        top = h / 2 - h / 2 / zoom
        box = (left, top + r0 / zoom, left + w / zoom, top + r1 / zoom)
        image = self._image(which)
        out = np.asarray(image.resize((w, r1 - r0), Image.Resampling.BILINEAR, box=box))
        return out if out.ndim == 3 else out[..., None]

    def _image(self, which: str) -> Image.Image:
        with self.making:
            return self._make_image(which)

    def _make_image(self, which: str) -> Image.Image:
        if which not in self.images:
            if which == "alpha":
                level = np.clip(self.alpha, 0, 1) * 255  # type: ignore[arg-type]
                self.images[which] = Image.fromarray(level.astype(np.uint8))
            else:
                self.images[which] = Image.fromarray(np.clip(self.colour, 0, 255).astype(np.uint8))
        return self.images[which]

    def _phase(self, which: str, k: int) -> np.ndarray:
        """The 8-bit copy ``k`` eighths of a pixel along, made the first time a frame
        needs it (a still camera needs one, a slow drift a few at first), by one drawer."""
        with self.making:
            if (which, k) not in self.phases:
                plate = self.colour if which == "colour" else self.alpha[..., None] * 255  # type: ignore[index]
                top, bottom = self.rows if self.alpha is not None else (0, plate.shape[0])
                self.phases[which, k] = phase(plate[top:bottom, :-1], plate[top:bottom, 1:], k)
            return self.phases[which, k]


def phase(a: np.ndarray, b: np.ndarray, k: int) -> np.ndarray:
    """``a`` moved ``k`` eighths of the way to ``b``, rounded to 8 bits; in place, with
    the sums of ``a * (1 - k/8) + b * (k/8) + 0.5`` in that order."""
    out = np.multiply(a, 1 - k / PHASES)
    out += np.multiply(b, k / PHASES)
    out += 0.5
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)
