"""Draw docs/scenes.png: a contact sheet of scenes from the local generator, each under
its prompt, so a person can see what the procedural sketch makes before trying it.

Each tile is the middle frame of a 2 s clip rendered at 360x640 by the generator itself
(no ffmpeg), scaled down; the sheet is an optimised PNG (a dithered palette if it would
reach 300 KB).

    .venv/bin/python scripts/contact_sheet.py [--out docs/scenes.png] [--columns 6]
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lumatui.engine.media.generator import render_frames, scene_from_prompt
from lumatui.engine.media.scene_words import read_prompt

SCENES = [
    "a sunset over the ocean",
    "waves on a beach at golden hour",
    "rainy city street at night",
    "neon street in the rain, cinematic",
    "a forest in autumn",
    "sand dunes in the desert at sunset",
    "snowy mountains and a forest at dawn",
    "full moon over a lake at night",
    "a harbor at night with city lights",
    "cozy cafe on a rainy evening",
    "northern lights over a snowy field",
    "a dog running on the beach at sunset",
]
TILE = (180, 320)  # shown size; rendered at twice that and scaled down
CAPTION = 44


def tile(prompt: str) -> Image.Image:
    w, h = TILE[0] * 2, TILE[1] * 2
    frames = render_frames(scene_from_prompt(prompt), w, h, 60, 30, np.random.default_rng(7))
    for i, frame in enumerate(frames):
        if i == 30:
            return Image.fromarray(frame).resize(TILE, Image.Resampling.LANCZOS)
    raise AssertionError("the clip is shorter than a second")


def caption(prompt: str) -> str:
    read = read_prompt(prompt)
    lines = textwrap.wrap(prompt, 30)[:2]
    if read.not_drawn:  # the prompt on one line (shortened), what was not drawn under it
        lines = [
            textwrap.shorten(prompt, 30, placeholder="…"),
            "not drawn: " + ", ".join(read.not_drawn),
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/scenes.png"))
    parser.add_argument("--columns", type=int, default=6)
    args = parser.parse_args()
    cols = args.columns
    rows = (len(SCENES) + cols - 1) // cols
    gap = 6
    sheet = Image.new("RGB", (cols * (TILE[0] + gap) + gap, rows * (TILE[1] + CAPTION + gap) + gap),
                      (24, 24, 28))  # fmt: skip
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.load_default(size=12)
    for k, prompt in enumerate(SCENES):
        x = gap + (k % cols) * (TILE[0] + gap)
        y = gap + (k // cols) * (TILE[1] + CAPTION + gap)
        sheet.paste(tile(prompt), (x, y))
        draw.multiline_text((x + 2, y + TILE[1] + 4), caption(prompt), fill=(225, 225, 230),
                            font=font, spacing=3)  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(args.out, optimize=True)
    if args.out.stat().st_size > 290_000:  # too big: a palette, dithered so gradients hold
        palette = sheet.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
        dithered = sheet.quantize(palette=palette, dither=Image.Dither.FLOYDSTEINBERG)
        dithered.save(args.out, optimize=True)
    print(f"{args.out}: {sheet.width}x{sheet.height}, {args.out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
