"""The local text→clip generator: a procedural scene that follows the prompt's words.

It is a sketch, not an AI model, and says so in replies. It sits behind
:class:`ClipGenerator` so a real text-to-video model can replace it without touching the
agent. The prompt becomes a :class:`Scene`; its layers are composited back to front (sky,
far, middle, water, near, weather) at the full output size with anti-aliased edges, seen
through a camera that moves in float steps, eased; the frames are piped to ffmpeg.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
import subprocess
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from lumatui.engine.media.ffmpeg import TV_709, FfmpegError, die_with_parent, ffmpeg_exe
from lumatui.engine.media.frame_pipe import widen_pipe, write_frames
from lumatui.engine.media.plates import Plate
from lumatui.engine.media.raster import Profile, View, view_of
from lumatui.engine.media.scene import Scene, scene_from_prompt
from lumatui.engine.media.scene_city import Buildings, Road, Traffic
from lumatui.engine.media.scene_grade import Grade
from lumatui.engine.media.scene_land import (
    GREENS,
    GRID,
    Ground,
    Mountains,
    Silhouette,
    dunes,
    hills,
    lit,
    trees,
)
from lumatui.engine.media.scene_layers import Fog, Weather
from lumatui.engine.media.scene_light import Light, light_of
from lumatui.engine.media.scene_room import WINDOW, Room
from lumatui.engine.media.scene_sky import Sky
from lumatui.engine.media.scene_water import Boats, Lighthouse, Pier, Sand, Swash, Water

__all__ = ["ClipGenerator", "GeneratedClip", "ProceduralGenerator", "render_frames",
           "scene_from_prompt"]  # fmt: skip


@dataclass(frozen=True)
class GeneratedClip:
    path: Path
    duration_ms: int
    width: int
    height: int
    fps: int
    label: str
    drawn: tuple[str, ...] = ()  # the prompt's words the picture shows
    not_drawn: tuple[str, ...] = ()  # words it could not draw ("dog")


class ClipGenerator(Protocol):
    name: str
    # How replies credit the clip, e.g. "made by the local generator (a procedural sketch…)".
    note_en: str
    note_zh: str

    def generate(
        self,
        prompt: str,
        *,
        seconds: float,
        width: int,
        height: int,
        fps: int,
        seed: int,
        out_path: Path,
    ) -> GeneratedClip: ...


class Layer(Protocol):
    depth: str
    animated: bool  # False: drawn once onto a plate the camera moves over

    def draw(self, frame: np.ndarray, view: View, t: float) -> None: ...


Build = Callable[[Scene, Light, np.random.Generator], Any]


def _at(depth: str, make: Callable[..., Any]) -> Build:
    return lambda scene, light, rng: make(depth, scene, light, rng)


# slot → word → how to build its layer; the generator composites them in this order
FAR: dict[str, Build] = {
    "mountains": _at("far", Mountains), "hills": _at("far", hills), "dunes": _at("far", dunes),
    "treeline": _at("far", trees), "skyline": _at("far", Buildings),
}  # fmt: skip
MIDDLE: dict[str, Build] = {
    "hills": _at("middle", hills), "dunes": _at("middle", dunes),
    "forest": _at("middle", trees), "treeline": _at("middle", trees),
    "buildings": _at("middle", Buildings), "neon": _at("middle", Buildings),
}  # fmt: skip
ON_WATER: dict[str, Build] = {"boats": Boats}
NEAR: dict[str, Build] = {
    "grass": Ground, "snow": Ground, "sand": Sand, "road": Road, "pier": Pier, "room": Room,
    "dunes": _at("near", dunes),
}  # fmt: skip
# frames drawn at once: NumPy and Pillow let go of the GIL in their big operations, so a
# second drawer works while the first is in Python (each frame is drawn on its own)
DRAWERS = min(2, os.cpu_count() or 1)
CAMERA_REACH = {"drift": 0.05, "pan": 0.22, "push": 0.015, "still": 0.0}  # canvas heights


class ProceduralGenerator:
    name = "procedural"
    note_en = "made by the local generator (a procedural sketch, not an AI model)"
    note_zh = "由本地生成器制作（程序化草图，不是AI模型）"

    def generate(
        self,
        prompt: str,
        *,
        seconds: float,
        width: int,
        height: int,
        fps: int,
        seed: int,
        out_path: Path,
    ) -> GeneratedClip:
        scene = scene_from_prompt(prompt)
        frames = max(1, round(seconds * fps))
        w, h = max(16, width // 2 * 2), max(16, height // 2 * 2)
        digest = hashlib.sha256(f"{prompt}|{seed}".encode()).digest()
        rng = np.random.default_rng(int.from_bytes(digest[:8], "big"))
        args = [
            ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{w}x{h}", "-r", str(fps),
            "-i", "pipe:0",
            "-vf", f"scale={width}:{height}:{TV_709},format=yuv420p",
            "-color_range", "tv", "-color_primaries", "bt709", "-color_trc", "bt709",
            "-colorspace", "bt709",
            "-c:v", "libx264", "-preset", "ultrafast",  # an intermediate: the render re-encodes
            "-crf", "18", "-frames:v", str(frames), "-movflags", "+faststart", str(out_path),
        ]  # fmt: skip
        process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=die_with_parent
        )
        assert process.stdin is not None and process.stderr is not None
        widen_pipe(process.stdin)
        write_frames(process.stdin, render_frames(scene, w, h, frames, fps, rng))
        stderr = process.stderr.read()
        if process.wait() != 0:
            raise FfmpegError(stderr.decode(errors="replace")[-400:])
        return GeneratedClip(
            out_path,
            round(frames * 1000 / fps),
            width,
            height,
            fps,
            scene.label,
            scene.drawn,
            scene.not_drawn,
        )


def build_layers(scene: Scene, rng: np.random.Generator) -> tuple[list[Layer], Light]:
    """The scene's layers back to front, and its light with the sun or moon placed clear
    of the land (a moon is never half inside a building or a ridge)."""
    light = light_of(scene, rng)
    layers: list[Layer] = [Sky(scene, light, rng)]
    if not scene.water:
        layers.append(plain(scene, light))
    land = []
    for table, word in ((FAR, scene.far), (MIDDLE, scene.middle)):
        if word in table:
            land.append(table[word](scene, light, rng))
    layers += land
    if "fog" in scene.weather and scene.water:  # mist on the far shore, mirrored below
        layers.append(Fog(scene, light, rng))
    if scene.water:
        layers.append(Water(scene, light, rng))
    if scene.middle in ON_WATER or ("boats" in scene.subjects and scene.water):
        layers.append(Boats(scene, light, rng))
    if "lighthouse" in scene.subjects:
        layers.append(Lighthouse(scene, light, rng))
    weather = Weather(scene, light, rng)
    if scene.near == "room":
        weather.window = WINDOW  # the rain is outside, seen through the glass
    if scene.near in NEAR:
        layers.append(NEAR[scene.near](scene, light, rng))
    if isinstance(layers[-1], Sand):
        layers.append(Swash(layers[-1], light))
    if scene.near == "road" and ("cars" in scene.subjects or scene.night or scene.wet):
        layers.append(Traffic(scene, light, rng))
    if "fog" in scene.weather and scene.near != "room" and not scene.water:
        layers.append(Fog(scene, light, rng))
    layers.append(weather)
    light = clear_of_land(light, land)
    for layer in layers:
        if hasattr(layer, "light"):
            layer.light = light
        if isinstance(layer, Water):
            tops = [min(x.top_near(u) for u in np.linspace(-1.2, 1.2, 49)) for x in land]
            layer.land_top = min(tops, default=light.horizon)
    return layers, light


def clear_of_land(light: Light, land: list[Any]) -> Light:
    if not light.body or not land:
        return light
    spots = np.linspace(-0.16, 0.16, 33)
    r = light.body_r
    lowest = [
        min(x.top_near(u + d) for x in land for d in np.linspace(-r * 1.5, r * 1.5, 7))
        for u in spots
    ]
    best = int(np.argmax(np.array(lowest) - 0.2 * np.abs(spots - light.body_u)))
    body_v = min(light.body_v, lowest[best] - r * 1.8)
    return dataclasses.replace(light, body_u=float(spots[best]), body_v=max(r * 1.6, body_v))


def plain(scene: Scene, light: Light) -> Silhouette:
    """The flat land from the horizon down, under everything standing on it."""
    colour = GREENS[scene.season][0]
    if scene.near == "snow" or scene.season == "winter" or "snow" in scene.weather:
        colour = GREENS["winter"][0]
    elif "dunes" in (scene.far, scene.middle, scene.near):
        colour = (205, 160, 105)
    elif scene.near == "road":
        colour = (70, 70, 72)
    fill = np.broadcast_to(lit(colour, light, "middle"), (GRID.size, 3)).copy()
    top = np.full(GRID.shape, light.horizon, np.float32)
    return Silhouette("far", Profile(GRID, top, fill), light, 0.2)


def camera_at(scene: Scene, p: float) -> tuple[float, float]:
    """(pan in canvas heights, zoom) at progress ``p`` (0..1) through the clip.

    One eased move over the whole clip with a little speed kept at its ends, so it never
    stands still; cinematic and calm scenes move half as far (a slower camera)."""
    slow = 0.5 if scene.styles & {"cinematic", "calm"} else 1.0
    if "timelapse" in scene.styles:
        slow = 1.5
    e = 0.2 * p + 0.8 * eased(p)
    pan = (e - 0.5) * 2 * CAMERA_REACH.get(scene.camera, 0.05) * slow
    zoom = 1.0
    if scene.camera == "push":
        zoom = 1 + 0.14 * slow * e
    return pan, zoom


def eased(p: float) -> float:
    """Ease in and out (0→1): a move starts and ends gently instead of with a jolt."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, p)))


def render_frames(
    scene: Scene, w: int, h: int, count: int, fps: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """Yield ``count`` RGB uint8 frames of shape (h, w, 3).

    Runs of static layers become plates (drawn once); moving layers draw every frame in
    their place in the order, so a wave never paints over the pier in front of it. Frames
    are drawn ``DRAWERS`` at a time, each on its own scratch, and come out in order."""
    layers, _ = build_layers(scene, rng)
    grade = Grade(scene, w, h, rng)
    moves = [camera_at(scene, i / max(1, count - 1)) for i in range(count)]
    pad = math.ceil(max(abs(pan) for pan, _ in moves) * h) + 2
    rest = view_of(0.0, 1.0, w, h, pad)
    steps: list[Plate | Layer] = []
    run: list[Layer] = []
    for layer in [*layers, None]:
        if layer is not None and not layer.animated:
            run.append(layer)
            continue
        if run:
            steps.append(Plate.draw([x.draw for x in run], rest, h, pad, opaque=not steps))
            run = []
        if layer is not None:
            steps.append(layer)
    # The colour grade goes into the plates once: the moving layers drawn over them ungraded
    # (rain, water, lights) are a few per cent off, which is not seen. Black and white is
    # the exception (a red tail-light in a grey street would be), so it is applied to each
    # whole frame instead.
    if grade.saturation >= 0.5:
        for step in steps:
            if isinstance(step, Plate):
                grade.grade_plate(step.colour, step.alpha)
            elif isinstance(step, Water):
                step.tone = grade.tone
        grade.colour_done = True
    pace = 3.0 if "timelapse" in scene.styles else 1.0
    buffers = threading.local()

    def draw(i: int) -> np.ndarray:
        if not hasattr(buffers, "frame"):
            buffers.frame = np.zeros((h, w, 3), np.float32)
        return draw_frame(steps, grade, buffers.frame, moves[i], i, i / fps * pace)

    with ThreadPoolExecutor(DRAWERS, thread_name_prefix="lumatui-draw") as pool:
        drawing: deque[Future[np.ndarray]] = deque()
        for i in range(count):  # in order, each drawer a frame ahead of the one yielded
            drawing.append(pool.submit(draw, i))
            if len(drawing) > DRAWERS:
                yield drawing.popleft().result()
        while drawing:
            yield drawing.popleft().result()


def draw_frame(
    steps: list[Plate | Layer], grade: Grade, frame: np.ndarray, move: tuple[float, float],
    i: int, t: float,
) -> np.ndarray:  # fmt: skip
    """Frame ``i`` at time ``t`` through the camera at ``move``, drawn on ``frame`` (any
    float scratch of the frame's size: the opaque plate first covers all of it)."""
    h, w = frame.shape[:2]
    pan, zoom = move
    view = view_of(pan, zoom, w, h)
    for step in steps:
        if isinstance(step, Plate):
            step.sample(frame, pan, zoom)
        else:
            step.draw(frame, view, t)
    # every layer keeps its pixels within 0..255 (blends of in-range colours, clipped
    # ripples and flashes), so only a grade needs clipping before the 8-bit copy
    out = np.empty((h, w, 3), np.uint8)
    if grade.identity:
        np.copyto(out, frame, casting="unsafe")
    elif grade.overshoots:
        np.clip(grade.apply(frame, i), 0, 255, out=out, casting="unsafe")
    else:  # a vignette only darkens
        np.copyto(out, grade.apply(frame, i), casting="unsafe")
    return out
