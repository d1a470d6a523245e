"""Generated clips and photo moves glide: measured on the decoded frames of tiny real renders.

The sideways step between two frames is found by matching their column profiles at
sub-pixel offsets. A smooth camera changes its step a little from one pair to the next and
never stands still for half a second; a camera that moves in whole (or quarter-canvas)
pixels alternates between 0 and a jump.
"""

from __future__ import annotations

import subprocess
from itertools import pairwise
from pathlib import Path

import av
import numpy as np
import pytest

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.generator import ProceduralGenerator
from lumatui.engine.media.ken_burns import animate_image

FPS = 30
HALF_SECOND = FPS // 2
OFFSETS = np.arange(-8, 8.001, 0.02)


def gray_frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as box:
        return [f.to_ndarray(format="gray").astype(np.float64) for f in box.decode(video=0)]


def sideways_step(a: np.ndarray, b: np.ndarray) -> float:
    """How far (px, signed) the picture moved sideways from ``a`` to ``b``."""
    pa, pb = a.mean(axis=0), b.mean(axis=0)
    xs = np.arange(pa.size, dtype=np.float64)
    inner = slice(10, pa.size - 10)
    errors = [np.mean((pa[inner] - np.interp(xs[inner] + d, xs, pb)) ** 2) for d in OFFSETS]
    return float(OFFSETS[int(np.argmin(errors))])


def steps_of(path: Path) -> np.ndarray:
    frames = gray_frames(path)
    assert len(frames) >= FPS
    return np.array([sideways_step(a, b) for a, b in pairwise(frames)])


def assert_glides(steps: np.ndarray) -> None:
    moving = np.abs(steps) >= 0.05
    still_run = 0
    for pair_moves in moving:
        still_run = 0 if pair_moves else still_run + 1
        assert still_run < HALF_SECOND, f"no motion for half a second: {steps.round(2)}"
    jumps = np.abs(np.diff(steps))
    assert jumps.max() <= 0.35, f"the step changes by {jumps.max():.2f} px: {steps.round(2)}"


def test_a_generated_scene_drifts_smoothly(tmp_path: Path) -> None:
    out = tmp_path / "drift.mp4"
    ProceduralGenerator().generate(
        "mountains under a clear sky at noon",
        seconds=2,
        width=160,
        height=288,
        fps=FPS,
        seed=4,
        out_path=out,
    )
    assert_glides(steps_of(out))


@pytest.mark.parametrize("motion", ["pan_left", "pan_right"])
def test_a_photo_pans_smoothly(tmp_path: Path, motion: str) -> None:
    photo = tmp_path / "photo.png"
    subprocess.run(
        [ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=480x360",
         "-frames:v", "1", str(photo)],
        check=True,
    )  # fmt: skip
    out = tmp_path / "pan.mp4"
    animate_image(photo, out, motion=motion, seconds=2, width=160, height=288, fps=FPS)
    steps = steps_of(out)
    assert_glides(steps)
    assert np.sign(steps[5:-5]).min() == np.sign(steps[5:-5]).max()  # one way, no wobble
