"""Frames from real tiny media made by the bundled ffmpeg here: times, sizes, the cache, sheets."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from lumatui.client.ffmpeg_bin import ffmpeg_exe
from lumatui.client.frames import FrameStore, frame_key, sheet_layout
from lumatui.client.media_fetch import MediaUnavailable
from lumatui.protocol.draft import Draft
from lumatui.tui.widgets.frame_view import contact_sheet, spread

RED, BLUE = (255, 0, 0), (0, 0, 255)


def make_clip(path: Path, colours: tuple[str, ...] = ("red", "blue"), seconds: float = 1) -> Path:
    """A 64x36 clip: one colour per ``seconds``, in order."""
    inputs: list[str] = []
    for colour in colours:
        inputs += ["-f", "lavfi", "-i", f"color=c={colour}:s=64x36:r=10:d={seconds}"]
    joined = "".join(f"[{n}:v]" for n in range(len(colours)))
    subprocess.run(
        [ffmpeg_exe(), "-loglevel", "error", "-y", *inputs,
         "-filter_complex", f"{joined}concat=n={len(colours)}:v=1[v]", "-map", "[v]",
         "-c:v", "libx264", "-pix_fmt", "yuv420p", str(path)],
        check=True,
    )  # fmt: skip
    return path


def colour_at(path: Path, x: int, y: int) -> tuple[int, int, int]:
    with Image.open(path) as image:
        return image.convert("RGB").getpixel((x, y))


def near(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(actual, expected, strict=True))


async def test_a_frame_is_taken_at_its_time_and_width(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    store = FrameStore(folder=tmp_path / "frames")
    early = await store.frame(clip.as_uri(), 300, 32)
    late = await store.frame(clip.as_uri(), 1500, 32)
    with Image.open(early) as image:
        assert image.size == (32, 18)  # the clip's shape, at the width asked for
    assert near(colour_at(early, 16, 9), RED)
    assert near(colour_at(late, 16, 9), BLUE)


async def test_the_same_frame_again_comes_from_the_cache(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    store = FrameStore(folder=tmp_path / "frames")
    assert store.cached(clip.as_uri(), 500, 32) is None
    first = await store.frame(clip.as_uri(), 500, 32)
    assert store.extractions == 1
    again = await FrameStore(folder=tmp_path / "frames").frame(clip.as_uri(), 500, 32)
    assert again == first and store.cached(clip.as_uri(), 500, 32) == first
    other = await store.frame(clip.as_uri(), 500, 48)  # another width is another frame
    assert other != first and store.extractions == 2


async def test_a_file_made_again_under_its_name_gets_fresh_frames(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    store = FrameStore(folder=tmp_path / "frames")
    assert near(colour_at(await store.frame(clip.as_uri(), 200, 32), 16, 9), RED)
    make_clip(clip, ("lime", "blue"))
    assert near(colour_at(await store.frame(clip.as_uri(), 200, 32), 16, 9), (0, 255, 0))


async def test_a_time_past_the_end_shows_the_first_frame(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4")
    frame = await FrameStore(folder=tmp_path / "frames").frame(clip.as_uri(), 60_000, 32)
    assert near(colour_at(frame, 16, 9), RED)


async def test_a_missing_or_broken_source_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    store = FrameStore(folder=tmp_path / "frames")
    with pytest.raises(MediaUnavailable, match="not there"):
        await store.frame((tmp_path / "gone.mp4").as_uri(), 0, 32)
    broken = tmp_path / "broken.mp4"
    broken.write_bytes(b"not a video at all")
    with pytest.raises(MediaUnavailable, match="ffmpeg"):
        await store.frame(broken.as_uri(), 0, 32)
    assert [p.name for p in (tmp_path / "frames").iterdir()] == []  # no part file stays


async def test_a_contact_sheet_tiles_the_frames_in_order(tmp_path: Path) -> None:
    clip = make_clip(tmp_path / "clip.mp4", ("red", "lime", "blue", "white", "black", "yellow"))
    store = FrameStore(folder=tmp_path / "frames")
    times = spread(6000, 6)
    assert times == [500, 1500, 2500, 3500, 4500, 5500]
    sheet = await store.sheet(clip.as_uri(), times, 32, columns=3)
    with Image.open(sheet) as image:
        assert image.size == (96, 36)  # 3 across, 2 down, 32x18 each
    expected = [RED, (0, 255, 0), BLUE, (255, 255, 255), (0, 0, 0), (255, 255, 0)]
    for n, colour in enumerate(expected):
        assert near(colour_at(sheet, (n % 3) * 32 + 16, (n // 3) * 18 + 9), colour), n
    assert await store.sheet(clip.as_uri(), times, 32, columns=3) == sheet
    assert store.extractions == 1


def test_keys_and_layouts() -> None:
    assert frame_key("a", 1, 2) != frame_key("a", 2, 1)
    assert frame_key("https://x/../../etc/passwd", 0, 1).endswith(".jpg")
    assert "/" not in frame_key("https://x/../../etc/passwd", 0, 1)
    assert sheet_layout(4, 2) == "0_0|w0_0|0_h0|w0_h0"
    assert sheet_layout(3, 3) == "0_0|w0_0|w0+w0_0"
    assert spread(0, 2) == [0, 0]
    tall_draft = Draft.model_validate({"d": 6000, "m": {"width": 1080, "height": 1920}})
    wide_draft = Draft.model_validate({"d": 6000, "m": {"width": 1920, "height": 1080}})
    tall = contact_sheet(Path("/v/a.mp4"), tall_draft)
    wide = contact_sheet(Path("/v/a.mp4"), wide_draft)
    assert (tall.columns, wide.columns, tall.times) == (6, 3, (500, 1500, 2500, 3500, 4500, 5500))
    assert tall.src == "file:///v/a.mp4"
