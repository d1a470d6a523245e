"""How fast the local generator is, against an ffmpeg baseline measured in the same run,
and how much of what people ask for it can draw.

Prints, for a 5 s 1080x1920 clip at 30 fps: the wall time of the procedural generator for
scenes that cover its layers (sea, city, rain, snow, forest, desert, interior, push-in), of
ffmpeg encoding its own ``testsrc2`` source at the same size and settings (the floor:
encoding alone), of a Ken Burns clip from a still and of a generated music track; the
slowest scene as a ratio to the baseline. "real time" means a 5 s clip in at most 5 s.
Then vocabulary coverage over ``generate_prompts.py``: the share of prompts drawn in full,
the share of their words drawn, and the words most often not drawn.

    .venv/bin/python benchmarks/generate.py [--seconds 5] [--size 1080x1920] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.generator import ProceduralGenerator
from lumatui.engine.media.ken_burns import animate_image
from lumatui.engine.media.music import make_music
from lumatui.engine.media.scene_words import read_prompt

sys.path.insert(0, str(Path(__file__).parent))
from generate_prompts import PROMPTS as ASKED

PROMPTS = [
    "a sunset over the ocean",
    "a neon city at night in the rain, cinematic",
    "snowy mountains and a forest at dawn, slow push in",
    "waves on a beach at golden hour",
    "a foggy forest in autumn",
    "sand dunes in the desert at sunset, pan",
    "cozy cafe on a rainy evening",
    "full moon over a lake at night with fireworks",
]


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def baseline(out: Path, seconds: float, width: int, height: int) -> None:
    """ffmpeg alone: its own test pattern, encoded as the generator encodes."""
    subprocess.run(
        [
            ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=s={width}x{height}:r=30:d={seconds}",
            "-pix_fmt",
            "yuv420p",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-crf",
            "18",
            str(out),
        ],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--size", default="1080x1920")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    seconds = args.seconds
    generator = ProceduralGenerator()
    print(f"cores: {os.cpu_count()}  clip: {seconds:g} s at {width}x{height}, 30 fps")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = best_of(args.repeat, lambda: baseline(folder / "base.mp4", seconds, width, height))
        print(f"baseline  ffmpeg testsrc2 encode          {base:6.2f} s")
        worst = 0.0
        for prompt in PROMPTS:
            took = best_of(
                args.repeat,
                lambda prompt=prompt: generator.generate(
                    prompt,
                    seconds=seconds,
                    width=width,
                    height=height,
                    fps=30,
                    seed=7,
                    out_path=folder / "clip.mp4",
                ),
            )
            worst = max(worst, took)
            print(
                f"generator {prompt[:32]:32s} {took:6.2f} s  "
                f"{took / base:4.2f}x baseline  {seconds / took:4.2f}x real time"
            )
        still = folder / "still.png"
        gradient = np.linspace(0, 255, width * height * 3 // 4, dtype=np.float32)
        Image.fromarray(gradient.reshape(height // 2, width // 2, 3).astype(np.uint8)).save(still)
        burns = best_of(
            args.repeat,
            lambda: animate_image(
                still,
                folder / "burns.mp4",
                motion="zoom_in",
                seconds=seconds,
                width=width,
                height=height,
                fps=30,
            ),
        )
        print(
            f"ken burns zoom_in over a still            {burns:6.2f} s  "
            f"{burns / base:4.2f}x baseline  {seconds / burns:4.2f}x real time"
        )
        music = best_of(args.repeat, lambda: make_music("lofi", 30, 7, folder / "music.wav"))
        print(f"music     30 s lo-fi track (WAV)          {music:6.2f} s")
    verdict = "meets" if worst <= seconds else "misses"
    print(
        f"slowest generated clip: {worst:.2f} s for {seconds:g} s, {worst / base:.2f}x the "
        f"testsrc2 baseline ({verdict} real time)"
    )
    coverage()


def coverage() -> None:
    """How much of the prompt list the generator draws, and what it most often cannot."""
    missing: Counter[str] = Counter()
    full = drawn = total = 0
    for prompt in ASKED:
        read = read_prompt(prompt)
        missing.update(read.not_drawn)
        full += not read.not_drawn
        drawn += len(read.drawn)
        total += len(read.drawn) + len(read.not_drawn)
    print(
        f"vocabulary: {full}/{len(ASKED)} prompts drawn in full ({full / len(ASKED):.0%}), "
        f"{drawn}/{total} of their words drawn ({drawn / max(1, total):.0%})"
    )
    print("not drawn: " + ", ".join(f"{w} ({n})" for w, n in missing.most_common(12)))


if __name__ == "__main__":
    main()
