"""Image → clip: a slow Ken Burns move over a still, at the canvas size, with ffmpeg.

The still is fitted to the canvas (cover: scaled and cropped), looped, and ffmpeg's
``perspective`` filter samples a moving window of it per frame at float corner positions
(bicubic), so a zoom or pan glides with sub-pixel steps; ``zoompan`` rounds its window to
whole pixels and wobbles. Each move is eased in and out.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from lumatui.engine.media.ffmpeg import EXACT_SCALE, FfmpegError, die_with_parent, ffmpeg_exe

MOTIONS = ("zoom_in", "zoom_out", "pan_left", "pan_right", "pan_up", "pan_down", "none")
ZOOM = 0.25  # how far a zoom travels, and how much room a pan has


def window_expr(motion: str, frames: int, zoom: float = ZOOM) -> dict[str, str]:
    """The window's zoom ``z`` and left/top corner ``x``/``y`` (source pixels, floats) as
    ffmpeg expressions of ``on`` (the output frame), ``W`` and ``H``; eased progress."""
    p = f"(0.5-0.5*cos(PI*on/{max(1, frames - 1)}))"
    centre_x, centre_y = "(W-W/({z}))/2", "(H-H/({z}))/2"
    if motion == "zoom_in":
        z = f"1+{zoom}*{p}"
    elif motion == "zoom_out":
        z = f"{1 + zoom}-{zoom}*{p}"
    elif motion in MOTIONS and motion != "none":
        z = f"{1 + zoom}"
    else:
        return {"z": "1", "x": "0", "y": "0"}
    x, y = centre_x.format(z=z), centre_y.format(z=z)
    room_x, room_y = f"(W-W/({z}))", f"(H-H/({z}))"
    if motion == "pan_left":
        x = f"{room_x}*(1-{p})"
    elif motion == "pan_right":
        x = f"{room_x}*{p}"
    elif motion == "pan_up":
        y = f"{room_y}*(1-{p})"
    elif motion == "pan_down":
        y = f"{room_y}*{p}"
    return {"z": z, "x": x, "y": y}


def motion_filter(motion: str, frames: int, zoom: float = ZOOM) -> str:
    """A ``perspective`` filter that shows the moving window over the whole frame; empty
    when the still stands still. The frames in are already canvas-sized."""
    if motion not in MOTIONS or motion == "none":
        return ""
    e = window_expr(motion, frames, zoom)
    x, y, span_w, span_h = e["x"], e["y"], f"W/({e['z']})", f"H/({e['z']})"
    right, bottom = f"{x}+{span_w}", f"{y}+{span_h}"
    corners = {
        "x0": x, "y0": y, "x1": right, "y1": y,
        "x2": x, "y2": bottom, "x3": right, "y3": bottom,
    }  # fmt: skip
    parts = ":".join(f"{k}='{v}'" for k, v in corners.items())
    return f"perspective={parts}:interpolation=cubic:eval=frame"


def ken_burns_args(
    image: Path, out_path: Path, *, motion: str, seconds: float, width: int, height: int, fps: int
) -> list[str]:
    frames = max(1, round(seconds * fps))
    fit = f"scale={width}:{height}:force_original_aspect_ratio=increase:{EXACT_SCALE}"
    fit += f",crop={width}:{height}"
    move = motion_filter(motion, frames)
    hold = f"loop=loop={frames - 1}:size=1,setpts=N/{fps}/TB"  # fitted once, then repeated
    graph = ",".join(f for f in (fit, "setsar=1,format=yuv420p", hold, move) if f)
    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-i",
        str(image),
        "-vf",
        graph,
        "-r",
        str(fps),
        "-frames:v",
        str(frames),
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",  # an intermediate: the render re-encodes it
        "-crf",
        "18",
        "-movflags",
        "+faststart",
        str(out_path),
    ]


def animate_image(
    image: Path, out_path: Path, *, motion: str, seconds: float, width: int, height: int, fps: int
) -> int:
    """Write the clip; returns its duration in ms."""
    args = ken_burns_args(
        image, out_path, motion=motion, seconds=seconds, width=width, height=height, fps=fps
    )
    done = subprocess.run(args, capture_output=True, preexec_fn=die_with_parent)
    if done.returncode != 0:
        raise FfmpegError(done.stderr.decode(errors="replace")[-400:])
    return round(max(1, round(seconds * fps)) * 1000 / fps)
