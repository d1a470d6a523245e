"""Generated scenes, checked on decoded frames of tiny real MP4s: lights belong to their
surfaces (a bright moon is not overdrawn; the sun reflects as a path of glints on the
water, not a second disc) and the clip reports the words it drew.
"""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

from lumatui.engine.media.generator import ProceduralGenerator

LUMA = np.array([0.2126, 0.7152, 0.0722])


def middle_frame(prompt: str, tmp_path: Path, w: int = 270, h: int = 480) -> np.ndarray:
    out = tmp_path / "clip.mp4"
    clip = ProceduralGenerator().generate(
        prompt, seconds=1, width=w, height=h, fps=30, seed=3, out_path=out
    )
    assert (clip.width, clip.height) == (w, h)
    with av.open(str(out)) as box:
        frames = [f.to_ndarray(format="rgb24") for f in box.decode(video=0)]
    assert len(frames) == 30
    return frames[15].astype(float) @ LUMA


def test_a_bright_moon_is_not_overdrawn(tmp_path: Path) -> None:
    """Nothing is drawn over the moon's disc: no star, window or wall inside it."""
    luma = middle_frame("a full moon over the city skyline on a starry night", tmp_path)
    upper = luma[: luma.shape[0] // 2]
    ys, xs = np.nonzero(upper > 215)
    assert ys.size > 150, "no moon in the sky"
    cy, cx = np.median(ys), np.median(xs)
    radius = np.sqrt(ys.size / np.pi)
    yy, xx = np.mgrid[: upper.shape[0], : upper.shape[1]]
    inside = (yy - cy) ** 2 + (xx - cx) ** 2 < (0.75 * radius) ** 2
    face = upper[inside]
    assert face.min() >= 0.85 * np.median(face), "something dark is drawn over the moon"
    far = (yy - cy) ** 2 + (xx - cx) ** 2 > (1.6 * radius) ** 2
    assert np.count_nonzero(far & (upper > 215)) < 0.1 * ys.size, "a second bright disc"


def test_the_sun_reflects_as_a_path_of_glints(tmp_path: Path) -> None:
    luma = middle_frame("a sunset over the ocean", tmp_path)
    h = luma.shape[0]
    horizon = int(h * 0.62) + 3
    water = luma[horizon:]
    bright = water > np.percentile(luma[: horizon - 3], 60)  # as bright as the glowing sky
    rows_lit = np.count_nonzero(bright.any(axis=1))
    assert rows_lit > 0.3 * water.shape[0], "no path of light down the water"
    lit_share = bright.mean(axis=1)[bright.any(axis=1)]
    assert np.median(lit_share) < 0.25, "the reflection is a solid shape, not glints"


def test_the_clip_says_what_it_drew(tmp_path: Path) -> None:
    clip = ProceduralGenerator().generate(
        "a dog running on the beach at sunset",
        seconds=0.2,
        width=64,
        height=112,
        fps=10,
        seed=1,
        out_path=tmp_path / "dog.mp4",
    )
    assert clip.drawn == ("beach", "sunset")
    assert clip.not_drawn == ("dog", "running")
