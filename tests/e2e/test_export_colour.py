"""Exports are yuv420p TV range tagged BT.709 whatever the source, and a fade to black at the
end fades the sound with it. Renders go through the real engine; the MP4 is read with PyAV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image

from tests.support.engine import RunningEngine

from .raw import Raw
from .test_render import fetch, ffmpeg, submit, upload, wait


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("colour")
    files = {
        "mjpeg": folder / "camera.avi",  # a full-range (yuvj420p) MJPEG, as old cameras write
        "png": folder / "poster.png",
        "tone": folder / "tone.m4a",
    }
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=s=160x120:r=30:d=1",
        "-c:v", "mjpeg", "-pix_fmt", "yuvj420p", str(files["mjpeg"]),
    )  # fmt: skip
    Image.new("RGB", (90, 160), (200, 120, 40)).save(files["png"])
    ffmpeg(
        "-f", "lavfi", "-i", "sine=f=330:d=2:sample_rate=48000",
        "-c:a", "aac", str(files["tone"]),
    )  # fmt: skip
    return files


@pytest.fixture(scope="module")
def urls(engine: RunningEngine, sources: dict[str, Path]) -> dict[str, Any]:
    raw = Raw(engine.url)
    raw.login()
    sid = raw.session()
    return {"raw": raw, "sid": sid, **{k: upload(raw, sid, p) for k, p in sources.items()}}


def render(urls: dict[str, Any], job: str, video: list[dict[str, Any]], path: Path) -> Path:
    draft = {
        "m": {"width": 128, "height": 224},
        "t": [
            {"tt": 0, "sg": video},
            {"tt": 1, "m": {"role": "bgm"}, "sg": [
                {"st": 0, "d": 2000, "src": urls["tone"], "m": {"kind": "bgm", "loop": True}},
            ]},
        ],
    }  # fmt: skip
    submit(urls["raw"], urls["sid"], job, draft, quality="draft")
    done = wait(urls["raw"], job)
    assert done["status"] == "completed", done
    return fetch(urls["raw"], done["outputUrl"], path)


def colour_of(path: Path) -> tuple[str, str, str, str, str]:
    with av.open(str(path)) as box:
        stream = box.streams.video[0]
        frame = next(box.decode(stream))
        return (
            stream.codec_context.pix_fmt,
            str(frame.color_range),
            str(frame.color_primaries),
            str(frame.color_trc),
            str(frame.colorspace),
        )


@pytest.mark.parametrize("source", ["mjpeg", "png"])
def test_exports_are_tv_range_bt709(urls: dict[str, Any], tmp_path: Path, source: str) -> None:
    seg = {"st": 0, "d": 1000, "src": urls[source]}
    out = render(urls, f"colour_{source}", [seg], tmp_path / "out.mp4")
    pix_fmt, rng, primaries, trc, space = colour_of(out)
    assert pix_fmt == "yuv420p"
    # PyAV's enums: 1 is TV (MPEG) range; 1 is BT.709 for primaries, transfer and matrix.
    assert (rng, primaries, trc, space) == ("1", "1", "1", "1"), (rng, primaries, trc, space)


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(samples)))) if samples.size else 0.0


def test_a_fade_out_at_the_end_fades_the_music(urls: dict[str, Any], tmp_path: Path) -> None:
    video = [
        {"st": 0, "d": 1000, "src": urls["png"]},
        {"st": 1000, "d": 1000, "src": urls["mjpeg"], "m": {"fade_out": 500}},
    ]
    out = render(urls, "fade_sound", video, tmp_path / "fade.mp4")
    with av.open(str(out)) as box:
        rate = box.streams.audio[0].rate
        chunks = [f.to_ndarray().mean(axis=0) for f in box.decode(audio=0)]
    sound = np.concatenate(chunks)
    middle = rms(sound[int(0.4 * rate) : int(0.9 * rate)])
    last = rms(sound[-int(0.1 * rate) :])
    assert middle > 0.01, middle
    assert last < middle * 0.2, (last, middle)  # a linear fade: ≈ 0.12 of the middle
