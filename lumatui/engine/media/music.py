"""Procedural background music by mood: NumPy synthesis written to a 16-bit WAV.

A chord progression on a pad, a bass line, a simple melody from the chord tones, and drums
whose pattern and tempo follow the mood. Deterministic per seed, vectorised per note (no
per-sample Python loop); a minute of stereo audio takes well under a second.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 44100


@dataclass(frozen=True)
class MoodStyle:
    label: str
    bpm: int
    chords: tuple[tuple[int, ...], ...]  # semitones from A3 (220 Hz)
    drums: str  # "", "lofi", "four", "taiko"
    brightness: float
    swing: float = 0.0


MOOD_STYLES = {
    "lofi": MoodStyle(
        "Lo-fi",
        78,
        ((3, 7, 10, 14), (1, 5, 8, 12), (-2, 2, 5, 8), (0, 3, 7, 10)),
        "lofi",
        0.35,
        0.12,
    ),
    "upbeat": MoodStyle(
        "Upbeat", 120, ((3, 7, 10), (-2, 2, 5), (0, 3, 7), (-4, 0, 3)), "four", 0.8
    ),
    "calm": MoodStyle(
        "Calm", 64, ((0, 4, 7, 11), (5, 9, 12, 16), (-3, 0, 4, 7), (2, 5, 9, 12)), "", 0.25
    ),
    "cinematic": MoodStyle(
        "Cinematic", 84, ((0, 3, 7), (-4, 0, 3), (-7, -3, 0), (-2, 2, 5)), "taiko", 0.5
    ),
    "sad": MoodStyle("Sad", 60, ((0, 3, 7), (-4, 0, 3), (-9, -5, -2), (-2, 2, 5)), "", 0.2),
    "romantic": MoodStyle(
        "Romantic", 72, ((3, 7, 10), (-2, 2, 5, 9), (0, 3, 7), (-4, 0, 3, 7)), "", 0.4
    ),
}
MOOD_LABELS_ZH = {
    "lofi": "低保真",
    "upbeat": "欢快",
    "calm": "舒缓",
    "cinematic": "电影感",
    "sad": "伤感",
    "romantic": "浪漫",
}


def _freq(semitone: float) -> float:
    return 220.0 * 2 ** (semitone / 12)


def _envelope(n: int, attack: float, release: float) -> np.ndarray:
    t = np.arange(n) / RATE
    env = np.minimum(1.0, t / max(attack, 1e-3))
    tail = np.clip((n / RATE - t) / max(release, 1e-3), 0, 1)
    return env * tail


def _tone(freq: float, n: int, bright: float, detune: float = 0.0) -> np.ndarray:
    t = np.arange(n) / RATE
    wave_ = np.sin(2 * np.pi * freq * t)
    wave_ += bright * 0.5 * np.sin(2 * np.pi * 2 * freq * (1 + detune) * t)
    wave_ += bright * 0.25 * np.sin(2 * np.pi * 3 * freq * t)
    return wave_


def _add(out: np.ndarray, start: int, sound: np.ndarray) -> None:
    end = min(len(out), start + len(sound))
    if start < end:
        out[start:end] += sound[: end - start]


def _kick(n: int) -> np.ndarray:
    t = np.arange(n) / RATE
    return np.sin(2 * np.pi * (50 + 90 * np.exp(-t * 30)) * t) * np.exp(-t * 9)


def _noise_hit(rng: np.random.Generator, n: int, decay: float) -> np.ndarray:
    t = np.arange(n) / RATE
    return rng.uniform(-1, 1, n) * np.exp(-t * decay)


def synthesize(mood: str, seconds: float, seed: int) -> np.ndarray:
    """Stereo float32 samples in -1..1, shape (n, 2)."""
    style = MOOD_STYLES.get(mood, MOOD_STYLES["lofi"])
    rng = np.random.default_rng(seed)
    total = int(seconds * RATE)
    left = np.zeros(total, np.float32)
    right = np.zeros(total, np.float32)
    beat = 60 / style.bpm
    bar = 4 * beat
    transpose = int(rng.integers(-3, 3))
    bars = int(np.ceil(seconds / bar))
    for b in range(bars):
        chord = style.chords[b % len(style.chords)]
        start = int(b * bar * RATE)
        n = int(bar * RATE * 1.05)
        pad = sum(_tone(_freq(s + transpose), n, style.brightness, 0.003) for s in chord)
        pad = pad * _envelope(n, 0.4, 0.5) * (0.12 / len(chord))
        _add(left, start, pad)
        _add(right, start, np.roll(pad, 200))
        bass = _tone(_freq(chord[0] + transpose - 12), n // 2, 0.3) * _envelope(n // 2, 0.02, 0.2)
        for half in (0, 1):
            _add(left, start + half * n // 2, bass * 0.18)
            _add(right, start + half * n // 2, bass * 0.18)
        for step in range(8):  # the melody: eighth notes from the chord, some rests
            if rng.random() < 0.35:
                continue
            note = chord[int(rng.integers(0, len(chord)))] + 12 + transpose
            swing = style.swing * beat if step % 2 else 0.0
            at = start + int((step * beat / 2 + swing) * RATE)
            m = int(beat / 2 * RATE)
            lead = _tone(_freq(note), m, style.brightness * 0.6) * _envelope(m, 0.01, 0.2) * 0.07
            pan = 0.3 + 0.4 * rng.random()
            _add(left, at, lead * (1 - pan))
            _add(right, at, lead * pan)
        for step in range(4):
            at = start + int(step * beat * RATE)
            k = int(0.35 * RATE)
            if style.drums in ("four", "lofi") and (style.drums == "four" or step in (0, 2)):
                _add(left, at, _kick(k) * 0.35)
                _add(right, at, _kick(k) * 0.35)
            if style.drums in ("four", "lofi") and step in (1, 3):
                snare = _noise_hit(rng, int(0.2 * RATE), 18) * 0.12
                _add(left, at, snare)
                _add(right, at, snare)
            if style.drums in ("four", "lofi"):
                hat = _noise_hit(rng, int(0.05 * RATE), 80) * 0.05
                off = at + int(beat / 2 * RATE)
                _add(left, off, hat)
                _add(right, off, hat * 0.8)
            if style.drums == "taiko" and step in (0, 3):
                boom = _kick(int(0.8 * RATE)) * 0.45
                _add(left, at, boom)
                _add(right, at, boom)
    if style.drums == "lofi":  # a little vinyl crackle
        crackle = (rng.random(total) < 0.0008) * rng.uniform(-0.2, 0.2, total)
        left += crackle.astype(np.float32)
        right += crackle.astype(np.float32)
    stereo = np.stack([left, right], axis=1)
    fade = min(total // 4, int(1.0 * RATE))
    if fade:
        ramp = np.linspace(0, 1, fade, dtype=np.float32)[:, None]
        stereo[:fade] *= ramp
        stereo[-fade:] *= ramp[::-1]
    peak = float(np.abs(stereo).max()) or 1.0
    return (stereo / peak * 0.8).astype(np.float32)


def write_wav(samples: np.ndarray, path: Path) -> None:
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def make_music(mood: str, seconds: float, seed: int, out_path: Path) -> tuple[Path, str]:
    """Write a track for ``mood``; returns the path and its label ("Lo-fi")."""
    style = MOOD_STYLES.get(mood, MOOD_STYLES["lofi"])
    write_wav(synthesize(mood, seconds, seed), out_path)
    return out_path, style.label
