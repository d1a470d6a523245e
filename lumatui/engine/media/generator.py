"""The local text→clip generator: a procedural scene that follows the prompt's words.

It is a sketch, not an AI model, and says so in replies. It sits behind
:class:`ClipGenerator` so a real text-to-video model can replace it without touching the
agent. Frames are computed with vectorised NumPy at a quarter of the canvas size and
scaled up by ffmpeg while encoding, which keeps a 5 s 1080x1920 clip under real time.
"""

from __future__ import annotations

import hashlib
import math
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from lumatui.engine.media.ffmpeg import FfmpegError, die_with_parent, ffmpeg_exe
from lumatui.engine.media.scene_layers import NIGHT_EXTRAS, SceneLayers, extras_from_words
from lumatui.engine.media.scene_words import (
    CITY,
    FOREST,
    MOUNTAIN,
    SKIES,
    TIME_WORDS,
    TINTS,
    WATER,
    english_words,
)


@dataclass(frozen=True)
class GeneratedClip:
    path: Path
    duration_ms: int
    width: int
    height: int
    fps: int
    label: str


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


@dataclass(frozen=True)
class SceneSpec:
    time: str
    water: bool
    city: bool
    mountains: bool
    forest: bool
    rain: bool
    snow: bool
    fog: bool
    fire: bool
    neon: bool
    ground: tuple[int, int, int]
    cinematic: bool
    tint: tuple[float, float, float]
    camera: str  # drift, push, pan, still
    label: str
    extras: frozenset[str] = frozenset()  # clouds, aurora, lightning, fireworks


def scene_from_prompt(prompt: str) -> SceneSpec:
    """Pure: which layers and colours the prompt's words ask for."""
    ordered = english_words(prompt)
    words = set(ordered)
    time = next((TIME_WORDS[w] for w in ordered if w in TIME_WORDS), "day")
    if extras_from_words(words) & NIGHT_EXTRAS and time == "day":
        time = "night"  # aurora and fireworks are night skies
    tint = np.ones(3)
    for word in words & TINTS.keys():
        tint = tint * np.array(TINTS[word])
    return SceneSpec(
        time=time,
        water=bool(words & WATER),
        city=bool(words & CITY),
        mountains=bool(words & MOUNTAIN),
        forest=bool(words & FOREST),
        rain=bool(words & {"rain", "rainy", "storm", "thunderstorm"}),
        snow=bool(words & {"snow", "snowy", "winter"}),
        fog=bool(words & {"fog", "foggy", "mist", "misty", "haze"}),
        fire=bool(words & {"fire", "flames", "campfire", "bonfire"}),
        neon=bool(words & {"neon", "cyberpunk"}),
        ground=ground_from_words(words),
        cinematic="cinematic" in words,
        camera=camera_from_words(words),
        extras=extras_from_words(words),
        tint=(float(tint[0]), float(tint[1]), float(tint[2])),
        label=prompt.strip().rstrip(".") or "scene",
    )


class ProceduralGenerator:
    name = "procedural"
    note_en = "made by the local generator (a procedural sketch, not an AI model)"
    note_zh = "由本地生成器制作（程序化草图，不是AI模型）"
    scale = 4  # frames are computed at 1/scale of the canvas and scaled up by ffmpeg

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
        spec = scene_from_prompt(prompt)
        frames = max(1, round(seconds * fps))
        w = max(16, (width // self.scale) // 2 * 2)
        h = max(16, (height // self.scale) // 2 * 2)
        digest = hashlib.sha256(f"{prompt}|{seed}".encode()).digest()
        rng = np.random.default_rng(int.from_bytes(digest[:8], "big"))
        args = [
            ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "rawvideo",
            "-pix_fmt",
            "rgb24",
            "-s",
            f"{w}x{h}",
            "-r",
            str(fps),
            "-i",
            "pipe:0",
            "-vf",
            f"scale={width}:{height}:flags=bicubic,format=yuv420p",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",  # an intermediate: the render re-encodes it
            "-crf",
            "18",
            "-frames:v",
            str(frames),
            "-movflags",
            "+faststart",
            str(out_path),
        ]
        process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=die_with_parent
        )
        assert process.stdin is not None and process.stderr is not None
        try:
            for frame in render_frames(spec, w, h, frames, fps, rng):
                process.stdin.write(frame.tobytes())
            process.stdin.close()
        except BrokenPipeError:
            pass
        stderr = process.stderr.read()
        if process.wait() != 0:
            raise FfmpegError(stderr.decode(errors="replace")[-400:])
        return GeneratedClip(out_path, round(frames * 1000 / fps), width, height, fps, spec.label)


def render_frames(
    spec: SceneSpec, w: int, h: int, count: int, fps: int, rng: np.random.Generator
) -> Iterator[np.ndarray]:
    """Yield ``count`` RGB uint8 frames of shape (h, w, 3)."""
    pad = max(4, w // 10)  # the static layers are wider than the frame so the camera can pan
    big_w = w + 2 * pad
    ys = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, big_w, dtype=np.float32)[None, :]
    horizon = 0.62 if spec.water else 0.78
    zenith, glow = (np.array(c, dtype=np.float32) for c in SKIES[spec.time])
    mix = np.clip(ys / horizon, 0, 1)[..., None] ** 1.3
    sky = (zenith * (1 - mix) + glow * mix) * np.ones((1, big_w, 1), np.float32)

    sun_x, sun_y = (
        0.5 + rng.uniform(-0.15, 0.15),
        horizon - (0.08 if spec.time == "sunset" else 0.3),
    )
    if spec.time != "overcast":
        is_night = spec.time == "night"
        radius = 0.05 if is_night else 0.07
        aspect = big_w / h
        dist = np.sqrt(((xs - sun_x) * aspect) ** 2 + (ys - sun_y) ** 2)
        disc = np.clip((radius - dist) / 0.01, 0, 1)[..., None]
        halo = np.exp(-dist / (0.08 if is_night else 0.18))[..., None] * (0.25 if is_night else 0.6)
        body = np.array((235, 235, 220) if is_night else (255, 230, 170), np.float32)
        sky = sky * (1 - disc) + body * disc + body * halo * (1 - disc)
    stars = None
    if spec.time == "night":
        n = big_w * h // 60
        stars = (
            rng.integers(0, int(h * horizon), n),
            rng.integers(0, big_w, n),
            rng.uniform(0, 6.28, n),
        )

    scene = sky
    ground = np.zeros((h, big_w), bool)
    if spec.mountains:
        for layer, shade in ((0, 0.55), (1, 0.35)):
            ridge = (
                horizon
                - 0.18
                + 0.1 * layer
                + 0.06 * np.sin(xs[0] * (7 + layer * 5) + rng.uniform(0, 6))
            )
            ridge += 0.03 * np.sin(xs[0] * 23 + rng.uniform(0, 6))
            mask = ys >= ridge[None, :]
            scene = np.where(
                mask[..., None], scene * shade + np.array((20, 30, 45)) * (1 - shade), scene
            )
            ground |= mask
    if spec.forest:
        trees = horizon - 0.04 - 0.05 * np.abs(np.sin(xs[0] * 90 + rng.uniform(0, 6)))
        mask = ys >= trees[None, :]
        scene = np.where(mask[..., None], np.array((15, 45, 25), np.float32), scene)
        ground |= mask
    windows = None
    if spec.city:
        edges = np.cumsum(rng.integers(max(2, big_w // 16), max(3, big_w // 7), 40))
        heights = rng.uniform(0.12, 0.4, 40)
        idx = np.searchsorted(edges, np.arange(big_w), side="right").clip(0, 39)
        top = horizon - heights[idx]
        mask = ys >= top[None, :]
        dark = np.array(
            (20, 22, 35) if spec.time in ("night", "sunset") else (70, 75, 90), np.float32
        )
        scene = np.where(mask[..., None], dark, scene)
        ground |= mask
        lit = (rng.random((h, big_w)) < (0.3 if spec.neon else 0.12)) & mask & (ys < horizon - 0.01)
        cell = 2 if spec.neon else 1  # neon windows are bigger and brighter
        lit &= (np.arange(h)[:, None] % 3 < cell) & (np.arange(big_w)[None, :] % 3 < cell)
        windows = lit
        palette = NEON_COLORS if spec.neon else np.array([(255, 210, 120)], np.float32)
        window_colors = palette[rng.integers(0, len(palette), 40)][idx]  # one hue per building
    if not spec.water:
        land = ys >= horizon
        scene = np.where(
            (land & ~ground)[..., None],
            np.array(spec.ground, np.float32) * (0.6 + 0.4 * (1 - ys))[..., None],
            scene,
        )

    scene = scene.astype(np.float32)  # every per-frame step works in float32
    layers = SceneLayers(spec.extras, w, h, big_w, horizon, rng) if spec.extras else None
    sky = sky.astype(np.float32)
    tint = np.array(spec.tint, np.float32)
    water_rows = np.arange(h) >= int(h * horizon)
    wy = ys[water_rows[:, None][:, 0]] if spec.water else None
    drops = rng.uniform(0, 1, (max(1, w * h // 400), 2)) if (spec.rain or spec.snow) else None

    for i in range(count):
        t = i / fps
        # The camera's position is a float; each frame is drawn at its whole-pixel part and
        # then moved by the rest with a linear blend, so the picture glides, never steps.
        view = camera_offset(spec, pad, i, count)
        shift = min(int(view), 2 * pad)
        frac = view - shift
        frame = scene[:, shift : shift + w].copy()
        if stars is not None:
            sy, sx, phase = stars
            keep = (sx >= shift) & (sx < shift + w)
            twinkle = (0.6 + 0.4 * np.sin(phase[keep] + t * 3))[:, None] * 255
            frame[sy[keep], sx[keep] - shift] = twinkle
        if windows is not None:
            lit = windows[:, shift : shift + w]
            glow = 0.85 + 0.15 * math.sin(t * 7) if spec.neon else 1.0
            frame[lit] = (window_colors[None, shift : shift + w] * glow).repeat(h, 0)[lit]
        if spec.water and wy is not None:
            depth = (wy - horizon) / (1 - horizon)
            x = xs[:, shift : shift + w]
            waves = np.sin(x * (40 + 120 * depth) * 6.28 / 10 + t * 2.2 + depth * 30) * np.sin(
                x * 17 - t * 1.3
            )
            base = sky[int(h * horizon) - 1 :: -1][: wy.shape[0], shift : shift + w] * 0.55
            base = base + np.array((10, 30, 50), np.float32) * depth[..., None]
            shimmer = (waves * (0.3 + depth))[..., None] * 25
            if spec.time != "overcast":
                reflect = (
                    np.exp(-((x - sun_x) ** 2) / (0.002 + 0.02 * depth))
                    * np.clip(waves, 0, 1)
                    * 120
                )
                shimmer = shimmer + reflect[..., None] * np.array((1.0, 0.8, 0.5))
            frame[water_rows] = base + shimmer
        if spec.fire:
            flicker = 0.85 + 0.15 * np.sin(t * 11 + xs[:, :w] * 40)
            heat = np.clip((ys - 0.7) / 0.3, 0, 1) * flicker
            frame = frame + heat[..., None] * np.array((120, 50, 0), np.float32)
        if drops is not None:
            speed = 0.9 if spec.rain else 0.12
            py = ((drops[:, 0] + t * speed) % 1.0 * (h - 3)).astype(int)
            px = (
                (drops[:, 1] + t * (0.02 if spec.rain else 0.03 * np.sin(t + drops[:, 0] * 9)))
                % 1.0
                * (w - 1)
            ).astype(int)
            color = np.array((170, 180, 200) if spec.rain else (245, 245, 250), np.float32)
            frame[py, px] = color
            if spec.rain:
                frame[py + 1, px] = color
                frame[py + 2, px] = color
        if layers is not None:
            frame = layers.draw(frame, t, shift)
        if spec.fog:
            haze = (0.35 + 0.1 * np.sin(xs[:, :w] * 6 + t * 0.4)) * (0.5 + 0.5 * ys)
            frame = frame * (1 - haze[..., None]) + 200 * haze[..., None]
        frame = frame * tint
        if spec.cinematic:
            # Grade: more contrast, teal shadows, warm highlights.
            light = (frame @ LUMA)[..., None] / 128 - 1
            frame = (frame - 128) * 1.12 + 128 + light * CINEMA_SPLIT
        if frac > 1e-4:
            frame = sub_pixel_left(frame, frac)
        if spec.camera == "push":
            reach = 0.08 if spec.cinematic else 0.15
            frame = push_in(frame, 1 + reach * eased(i / max(1, count - 1)))
        if spec.cinematic and w > h:  # letterbox bars on a wide canvas only, never vertical
            bar = h // 8
            frame[:bar] = 0
            frame[-bar:] = 0
        yield np.clip(frame, 0, 255).astype(np.uint8)


def eased(p: float) -> float:
    """Ease in and out (0→1): a move starts and ends gently instead of with a jolt."""
    return 0.5 - 0.5 * math.cos(math.pi * min(1.0, max(0.0, p)))


def camera_offset(spec: SceneSpec, pad: int, i: int, count: int) -> float:
    """Where the view's left edge is on the wide static layers (float pixels, 0..2*pad).

    Pan and drift are one eased sweep over the clip's length, so the camera never stops
    before the end; "still" holds; cinematic moves half as far (a slower camera)."""
    if spec.camera == "still":
        return float(pad)
    p = eased(i / max(1, count - 1))
    if spec.camera == "pan":
        return 2 * pad * p
    reach = 0.5 if spec.cinematic else 1.0
    return pad * (1 - reach) + 2 * pad * reach * p  # a slow drift, left to right


def sub_pixel_left(frame: np.ndarray, frac: float) -> np.ndarray:
    """``frame`` moved ``frac`` (0..1) of a pixel to the left, by linear interpolation."""
    right = np.concatenate([frame[:, 1:], frame[:, -1:]], axis=1)
    return frame * (1 - frac) + right * frac


def push_in(frame: np.ndarray, zoom: float) -> np.ndarray:
    """The centre of ``frame`` enlarged by ``zoom``, sampled bilinearly at float positions."""
    h, w = frame.shape[:2]
    rows = ((np.arange(h, dtype=np.float32) + 0.5 - h / 2) / zoom + h / 2 - 0.5).clip(0, h - 1)
    cols = ((np.arange(w, dtype=np.float32) + 0.5 - w / 2) / zoom + w / 2 - 0.5).clip(0, w - 1)
    r0, c0 = rows.astype(int), cols.astype(int)
    r1, c1 = np.minimum(r0 + 1, h - 1), np.minimum(c0 + 1, w - 1)
    fr, fc = (rows - r0)[:, None, None], (cols - c0)[None, :, None]
    top = frame[r0][:, c0] * (1 - fc) + frame[r0][:, c1] * fc
    bottom = frame[r1][:, c0] * (1 - fc) + frame[r1][:, c1] * fc
    return top * (1 - fr) + bottom * fr


LUMA = np.array((1 / 3, 1 / 3, 1 / 3), np.float32)
CINEMA_SPLIT = np.array((14, 2, -14), np.float32)  # warm highlights, teal shadows
NEON_COLORS = np.array([(255, 40, 200), (0, 230, 255), (255, 90, 120), (170, 80, 255)], np.float32)


def ground_from_words(words: set[str]) -> tuple[int, int, int]:
    if words & {"desert", "sand", "dunes", "beach", "sahara"}:
        return (205, 165, 105)
    if words & {"snow", "snowy", "winter", "ice", "arctic"}:
        return (225, 230, 240)
    return (55, 70, 45)


def camera_from_words(words: set[str]) -> str:
    if words & {"push", "zoom", "closer", "approach", "dolly"}:
        return "push"
    if words & {"pan", "panning", "sweep", "pans"}:
        return "pan"
    if words & {"still", "static", "locked", "tripod"}:
        return "still"
    return "drift"
