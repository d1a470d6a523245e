"""A clip, a frame and a contact sheet come out the same whatever the CPU's SIMD can do.

ffmpeg's scaler and JPEG transform pick code by CPU and round differently: the same draft
gave frames a level apart on two machines (and a snapshot that passed on one failed on the
other). ``-cpuflags 0`` runs the plain C code, as a CPU without SIMD would; the output must
not change.
"""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from lumatui.client import frames as client_frames
from lumatui.client.ffmpeg_bin import ffmpeg_exe
from lumatui.client.frames import FrameStore
from lumatui.engine.media import generator as generator_module
from lumatui.engine.media.generator import ProceduralGenerator


def plain_c_ffmpeg(folder: Path) -> str:
    """An ffmpeg that is told to use no SIMD at all."""
    script = folder / "ffmpeg-no-simd"
    script.write_text(f'#!/bin/sh\nexec "{ffmpeg_exe()}" -cpuflags 0 "$@"\n')
    script.chmod(0o755)
    return str(script)


def pixels_md5(video: Path) -> str:
    done = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(video), "-f", "md5", "-"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return done.stdout.strip()


def generate(out: Path) -> Path:
    # An odd-sized canvas: SIMD paths take rows in blocks, and leave the rest to C
    ProceduralGenerator().generate(
        "a red sunset over the sea", seconds=0.4, width=360, height=640, fps=10, seed=3,
        out_path=out,
    )  # fmt: skip
    return out


@pytest.fixture
def no_simd(tmp_path: Path) -> str:
    return plain_c_ffmpeg(tmp_path)


def test_a_generated_clip_has_the_same_pixels_without_simd(
    tmp_path: Path, no_simd: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = pixels_md5(generate(tmp_path / "usual.mp4"))
    monkeypatch.setattr(generator_module, "ffmpeg_exe", lambda: no_simd)
    plain = pixels_md5(generate(tmp_path / "plain.mp4"))
    assert usual == plain


def test_frames_and_sheets_have_the_same_bytes_without_simd(
    tmp_path: Path, no_simd: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    clip = generate(tmp_path / "clip.mp4")
    src = clip.as_uri()

    async def extract(folder: Path) -> tuple[bytes, bytes]:
        store = FrameStore(folder=folder)
        frame = await store.frame(src, 200, 150)
        sheet = await store.sheet(src, [0, 100, 300], 90, columns=3)
        return frame.read_bytes(), sheet.read_bytes()

    usual = asyncio.run(extract(tmp_path / "usual"))
    monkeypatch.setattr(client_frames, "ffmpeg_exe", lambda: no_simd)
    plain = asyncio.run(extract(tmp_path / "plain"))
    assert usual[0] == plain[0], "a frame differs"
    assert usual[1] == plain[1], "a contact sheet differs"
