"""Image → clip: a slow Ken Burns move over a still, at the canvas size, with ffmpeg.

The still is first fitted to the canvas (cover: scaled and cropped) at 1.5x, then ffmpeg's
``zoompan`` walks a window across it frame by frame: zoom in or out, or pan in a direction.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from lumatui.engine.media.ffmpeg import FfmpegError, die_with_parent, ffmpeg_exe

MOTIONS = ("zoom_in", "zoom_out", "pan_left", "pan_right", "pan_up", "pan_down", "none")
ZOOM = 0.25  # how far a zoom travels, and how much room a pan has


def zoompan_expr(motion: str, frames: int) -> dict[str, str]:
    """The zoom and window position of ``zoompan`` for one motion (``on`` is the frame)."""
    p = f"(on/{max(1, frames - 1)})"
    centre_x, centre_y = "(iw-iw/zoom)/2", "(ih-ih/zoom)/2"
    if motion == "zoom_in":
        return {"z": f"1+{ZOOM}*{p}", "x": centre_x, "y": centre_y}
    if motion == "zoom_out":
        return {"z": f"{1 + ZOOM}-{ZOOM}*{p}", "x": centre_x, "y": centre_y}
    pan = {"z": f"{1 + ZOOM}", "x": centre_x, "y": centre_y}
    if motion == "pan_left":
        pan["x"] = f"(iw-iw/zoom)*(1-{p})"
    elif motion == "pan_right":
        pan["x"] = f"(iw-iw/zoom)*{p}"
    elif motion == "pan_up":
        pan["y"] = f"(ih-ih/zoom)*(1-{p})"
    elif motion == "pan_down":
        pan["y"] = f"(ih-ih/zoom)*{p}"
    else:
        return {"z": "1", "x": "0", "y": "0"}
    return pan


def ken_burns_args(
    image: Path, out_path: Path, *, motion: str, seconds: float, width: int, height: int, fps: int
) -> list[str]:
    frames = max(1, round(seconds * fps))
    big_w, big_h = (int(width * 1.5) // 2) * 2, (int(height * 1.5) // 2) * 2
    expr = zoompan_expr(motion, frames)
    graph = (
        f"scale={big_w}:{big_h}:force_original_aspect_ratio=increase,crop={big_w}:{big_h},"
        f"zoompan=z='{expr['z']}':x='{expr['x']}':y='{expr['y']}':d={frames}:"
        f"s={width}x{height}:fps={fps},format=yuv420p"
    )
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
