"""Renders through the real engine over loopback HTTP: presets, the full draft vocabulary,
loudness, text in the safe zone, CJK, progress, cancel, and a queue that survives restarts.

Media are made here with ffmpeg's test sources and uploaded through the protocol; canvases
are small and drafts short so the whole file stays quick on two cores.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.probe import probe
from lumatui.engine.render.fonts import find_cjk_font
from lumatui.engine.render.jobs import default_slots, file_key
from lumatui.engine.render.loudness import ebur128_args, parse_ebur128_summary
from lumatui.engine.render.presets import PRESETS
from lumatui.engine.render.verify import check_stream
from tests.support.engine import RunningEngine, start_engine

from .raw import Raw

FRAME_S = 1 / 30
RENDER = "/api/render/proxy/lambda"


def ffmpeg(*args: str) -> None:
    subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *args], check=True
    )


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("media")
    files = {
        "clip": folder / "clip.mp4",  # 3 s, 320x180, with a 440 Hz tone
        "bgm": folder / "bgm.m4a",  # 1.5 s of music-like tone: loops to fill
        "quiet": folder / "quiet.wav",  # 2 s, very quiet
        "peaky": folder / "peaky.wav",  # 2 s of loud clicks over a quiet bed
        "black": folder / "black.png",
        "still": folder / "still.png",
    }
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=s=320x180:r=30:d=3",
        "-f", "lavfi", "-i", "sine=f=440:d=3:sample_rate=48000",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-shortest", str(files["clip"]),
    )  # fmt: skip
    ffmpeg(
        "-f", "lavfi", "-i", "aevalsrc=0.3*sin(2*PI*220*t)|0.3*sin(2*PI*277*t):s=48000:d=1.5",
        "-c:a", "aac", str(files["bgm"]),
    )  # fmt: skip
    ffmpeg(
        "-f", "lavfi", "-i", "sine=f=300:d=2:sample_rate=48000",
        "-af", "volume=0.02", str(files["quiet"]),
    )  # fmt: skip
    click = "0.95*sin(2*PI*440*t)*lt(mod(t\\,1)\\,0.01)+0.02*sin(2*PI*200*t)"
    ffmpeg("-f", "lavfi", "-i", f"aevalsrc={click}:s=48000:d=2", str(files["peaky"]))
    Image.new("RGB", (64, 64), (0, 0, 0)).save(files["black"])
    ffmpeg("-f", "lavfi", "-i", "testsrc2=s=200x300:d=0.04", "-frames:v", "1", str(files["still"]))
    return files


@pytest.fixture(scope="module")
def user(engine: RunningEngine, media: dict[str, Path]) -> dict[str, Any]:
    raw = Raw(engine.url)
    raw.login()
    sid = raw.session()
    urls = {name: upload(raw, sid, path) for name, path in media.items()}
    return {"raw": raw, "sid": sid, "urls": urls}


def upload(raw: Raw, sid: str, path: Path) -> str:
    r = raw.post(
        f"/api/upload-video/nemo_agent/me/{sid}", files={"files": (path.name, path.read_bytes())}
    )
    assert r.status_code == 200, r.text
    return r.json()["data"]["files"][0]["cdn_url"]


def submit(raw: Raw, sid: str, job: str, draft: dict[str, Any], **output: Any) -> None:
    body = {"id": job, "sessionId": sid, "draft": draft, "output": {"format": "mp4", **output}}
    r = raw.post(RENDER, json=body)
    assert r.status_code == 200, r.text


def wait(raw: Raw, job: str, deadline_s: float = 120) -> dict[str, Any]:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        data = raw.get(f"{RENDER}/{job}").json()["data"]
        if data["status"] in ("completed", "failed", "cancelled"):
            return data
        time.sleep(0.05)
    raise AssertionError(f"{job} did not finish")


def fetch(raw: Raw, url: str, path: Path) -> Path:
    r = raw.get(url)
    assert r.status_code == 200
    path.write_bytes(r.content)
    return path


def lufs(path: Path) -> float:
    stderr = subprocess.run(
        [ffmpeg_exe(), *ebur128_args(str(path))], capture_output=True, text=True, check=True
    ).stderr
    summary = parse_ebur128_summary(stderr)
    assert summary is not None
    return summary.integrated


def test_presets_are_listed(engine: RunningEngine) -> None:
    raw = Raw(engine.url)
    raw.login()
    body = raw.get("/api/render/presets").json()
    assert body["code"] == 0
    presets = {p["name"]: p for p in body["data"]["presets"]}
    assert list(presets) == ["tiktok", "reels", "shorts", "youtube", "square", "draft"]
    assert (presets["youtube"]["width"], presets["youtube"]["height"]) == (1920, 1080)
    assert (presets["square"]["width"], presets["square"]["height"]) == (1080, 1080)
    assert presets["draft"]["x264_preset"] == "ultrafast" and presets["draft"]["final"] is False
    assert all(presets[n]["crf"] == 20 for n in ("tiktok", "reels", "shorts", "youtube"))


def test_a_full_draft_renders_verified_with_a_cover(
    engine: RunningEngine, user: dict[str, Any], tmp_path: Path
) -> None:
    raw, urls = user["raw"], user["urls"]
    draft = {
        "m": {"width": 360, "height": 640},
        "t": [
            {"tt": 0, "sg": [
                {"st": 0, "d": 1500, "src": urls["clip"], "in": 500,
                 "m": {"has_audio": True, "fade_in": 300}},
                {"st": 1000, "d": 1500, "src": urls["still"],
                 "m": {"xfade": 500, "motion": "zoom_in"}},
                {"st": 2700, "d": 800, "src": urls["clip"],  # after 200 ms of black
                 "m": {"fit": "contain", "speed": 2}},
                {"st": 3300, "d": 700, "src": urls["clip"], "in": 2000,
                 "m": {"xfade": 200, "fade_out": 300, "has_audio": False}},
            ]},
            {"tt": 1, "m": {"role": "bgm"}, "sg": [
                {"st": 0, "d": 4000, "src": urls["bgm"], "vol": 0.35,
                 "m": {"kind": "bgm", "loop": True, "fade_out": 500}},
            ]},
            {"tt": 7, "sg": [
                {"st": 0, "d": 2000, "txt": "Urban Dreams",
                 "m": {"position": "top", "color": "gold", "anim": "slide"}},
                {"st": 2000, "d": 2000, "txt": "城市之梦", "m": {"position": "bottom"}},
            ]},
        ],
    }  # fmt: skip
    submit(raw, user["sid"], "render_full", draft, quality="high")
    done = wait(raw, "render_full")
    assert done["status"] == "completed", done
    assert (done["preset"], done["width"], done["height"]) == ("canvas", 360, 640)
    assert done["loudnessLufs"] == pytest.approx(-14, abs=1)
    warnings = done.get("warnings") or []
    if find_cjk_font() is None:  # said in the export, never drawn as boxes
        assert any("CJK" in w and "城市之梦" in w for w in warnings), warnings
    else:
        assert not any("CJK" in w for w in warnings), warnings
    out = fetch(raw, done["outputUrl"], tmp_path / "full.mp4")
    info = probe(out)
    assert info.video_codec == "h264" and (info.video_profile or "").lower() == "high"
    assert (info.width, info.height, info.pix_fmt) == (360, 640, "yuv420p")
    assert info.duration == pytest.approx(4.0, abs=FRAME_S)
    assert (info.audio_codec, info.sample_rate, info.channels) == ("aac", 48000, 2)
    assert info.faststart and info.fps == 30
    assert lufs(out) == pytest.approx(-14, abs=1)
    assert check_stream(out, 4000, 360, 640, 30) is None
    assert "expected 100x100" in (check_stream(out, 4000, 100, 100, 30) or "")
    assert "expected 9.0s" in (check_stream(out, 9000, 360, 640, 30) or "")
    cover = raw.get(done["coverUrl"])
    assert cover.status_code == 200 and cover.headers["content-type"] == "image/png"
    key = file_key("render_full")  # the engine names the files, not the client's id
    beside = engine.data_dir / "renders" / f"{key}.png"
    assert beside.is_file() and beside.read_bytes() == cover.content
    with Image.open(beside) as image:
        assert image.size == (360, 640)
    left = sorted(p.name for p in (engine.data_dir / "renders").glob(f"{key}*"))
    assert left == [f"{key}.json", f"{key}.mp4", f"{key}.png"]


def test_a_draft_longer_than_its_segments_renders_to_its_own_length(
    user: dict[str, Any], tmp_path: Path
) -> None:
    """``d`` says 2.5 s while the one clip ends at 1 s: the rest is black and silent, not cut."""
    raw, urls = user["raw"], user["urls"]
    draft = {
        "d": 2500,
        "m": {"width": 96, "height": 64},
        "t": [{"tt": 0, "sg": [{"st": 0, "d": 1000, "src": urls["clip"]}]}],
    }
    submit(raw, user["sid"], "render_long_d", draft, quality="draft")
    done = wait(raw, "render_long_d")
    assert done["status"] == "completed", done
    out = fetch(raw, done["outputUrl"], tmp_path / "long.mp4")
    assert probe(out).duration == pytest.approx(2.5, abs=FRAME_S)
    assert check_stream(out, 2500, done["width"], done["height"], 30) is None


@pytest.mark.parametrize(
    ("output", "size"),
    [({"quality": "draft"}, (540, 960)), ({"preset": "square", "quality": "high"}, (1080, 1080))],
)
def test_presets_set_the_output_size(
    user: dict[str, Any], tmp_path: Path, output: dict[str, str], size: tuple[int, int]
) -> None:
    raw, urls = user["raw"], user["urls"]
    draft = {"t": [{"tt": 0, "sg": [{"d": 1000, "src": urls["clip"]}]}]}  # 1080x1920 canvas
    job = f"render_preset_{size[0]}"
    submit(raw, user["sid"], job, draft, **output)
    done = wait(raw, job)
    assert done["status"] == "completed", done
    info = probe(fetch(raw, done["outputUrl"], tmp_path / "p.mp4"))
    assert (info.width, info.height) == size
    assert info.duration == pytest.approx(1.0, abs=FRAME_S)
    assert done["preset"] == ("draft" if size[0] == 540 else "square")


def test_text_is_drawn_inside_the_safe_zone(user: dict[str, Any], tmp_path: Path) -> None:
    """White text on black: every bright pixel of the cover lies in the central 80%x60%."""
    raw, urls = user["raw"], user["urls"]
    wide = "A VERY LONG TITLE THAT HAS TO WRAP ONTO SEVERAL LINES TO FIT"
    for position in ("top", "bottom"):
        draft = {
            "m": {"width": 270, "height": 480},
            "t": [
                {"tt": 0, "sg": [{"d": 1000, "src": urls["black"]}]},
                {"tt": 7, "sg": [{"d": 1000, "txt": wide,
                                  "m": {"position": position, "size": 60}}]},
            ],
        }  # fmt: skip
        job = f"render_safe_{position}"
        submit(raw, user["sid"], job, draft, quality="high")
        done = wait(raw, job)
        assert done["status"] == "completed", done
        path = fetch(raw, done["coverUrl"], tmp_path / f"{position}.png")
        with Image.open(path) as image:
            gray = image.convert("L")
            box = gray.point(lambda v: 255 if v > 128 else 0).getbbox()
        assert box is not None, "no text was drawn"
        left, top, right, bottom = box
        assert left >= 270 * 0.1 - 1 and right <= 270 * 0.9 + 1, box
        assert top >= 480 * 0.2 - 1 and bottom <= 480 * 0.8 + 1, box
        assert bottom - top > 60, "the title should wrap onto several lines"
        if position == "top":
            assert top < 480 * 0.3
        else:
            assert bottom > 480 * 0.7


@pytest.mark.parametrize("sound", ["quiet", "peaky"])
def test_quiet_and_peaky_sound_is_brought_to_minus_14_lufs(
    user: dict[str, Any], tmp_path: Path, sound: str
) -> None:
    """Quiet: one linear gain. Peaky: the gain would clip, so it is limited and corrected."""
    raw, urls = user["raw"], user["urls"]
    draft = {
        "m": {"width": 160, "height": 288},
        "t": [
            {"tt": 0, "sg": [{"d": 2000, "src": urls["black"]}]},
            {"tt": 1, "m": {"role": "voice"}, "sg": [{"d": 2000, "src": urls[sound]}]},
        ],
    }
    job = f"render_{sound}"
    submit(raw, user["sid"], job, draft, quality="high")
    done = wait(raw, job)
    assert done["status"] == "completed", done
    out = fetch(raw, done["outputUrl"], tmp_path / "q.mp4")
    stderr = subprocess.run(
        [ffmpeg_exe(), *ebur128_args(str(out))], capture_output=True, text=True, check=True
    ).stderr
    summary = parse_ebur128_summary(stderr)
    assert summary is not None and summary.true_peak is not None
    assert summary.integrated == pytest.approx(-14, abs=1)
    assert summary.true_peak <= -0.5  # -1 dBTP, give or take the AAC encoder


def test_progress_reaches_the_poll_and_cancel_stops_ffmpeg(
    engine: RunningEngine, user: dict[str, Any]
) -> None:
    raw, urls = user["raw"], user["urls"]
    draft = {"t": [{"tt": 0, "sg": [{"d": 20000, "src": urls["clip"]}]}]}  # 20 s at 1080x1920
    submit(raw, user["sid"], "render_long", draft, quality="high")
    seen: list[int] = []
    end = time.monotonic() + 60
    while time.monotonic() < end:
        data = raw.get(f"{RENDER}/render_long").json()["data"]
        assert data["status"] in ("pending", "processing"), data
        seen.append(data["progress"])
        if data["progress"] >= 15:
            break
        time.sleep(0.05)
    assert seen[-1] >= 15 and seen == sorted(seen), seen
    if Path("/proc/self/cmdline").is_file():
        assert ffmpeg_writing(file_key("render_long")), "no ffmpeg seen while processing"
    r = raw.post(f"{RENDER}/render_long/cancel")
    assert r.json()["data"]["status"] == "cancelled"
    assert wait(raw, "render_long")["status"] == "cancelled"
    end = time.monotonic() + 10
    while ffmpeg_writing(file_key("render_long")) and time.monotonic() < end:
        time.sleep(0.05)
    assert not ffmpeg_writing(file_key("render_long")), "ffmpeg still runs after cancel"
    key = file_key("render_long")
    leftovers = [p.name for p in (engine.data_dir / "renders").glob(f"{key}*.mp4")]
    leftovers += [p.name for p in (engine.data_dir / "renders").glob(f"{key}*.png")]
    assert leftovers == []
    assert raw.get(f"{RENDER}/render_long/download").status_code == 404


def ffmpeg_writing(job: str) -> bool:
    """Whether some process has ``job`` in its command line (an ffmpeg writing its file)."""
    if not Path("/proc/self/cmdline").is_file():
        return False  # no procfs: the file checks below still apply
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if job.encode() in cmdline and b"ffmpeg" in cmdline:
            return True
    return False


def test_queue_survives_a_restart_one_render_at_a_time(
    tmp_path: Path, media: dict[str, Path]
) -> None:
    data_dir = tmp_path / "engine"
    first = start_engine(data_dir, "--render-slots", "1")
    try:
        raw = Raw(first.url)
        raw.login()
        sid = raw.session()
        url = upload(raw, sid, media["clip"])
        draft = {
            "m": {"width": 180, "height": 320},
            "t": [{"tt": 0, "sg": [{"d": 2000, "src": url}]}],
        }
        for job in ("render_r1", "render_r2", "render_r3"):
            submit(raw, sid, job, draft, quality="high")
    finally:
        first.stop()
    second = start_engine(data_dir, "--render-slots", "1")
    try:
        raw.http.base_url = second.url  # type: ignore[assignment]
        jobs = ("render_r1", "render_r2", "render_r3")
        end = time.monotonic() + 120
        states: dict[str, str] = {}
        while time.monotonic() < end:
            # Read the last job first: jobs run in order, so a later job can only be seen
            # processing after every earlier one finished, and a real overlap still shows.
            states = {j: raw.get(f"{RENDER}/{j}").json()["data"]["status"] for j in jobs[::-1]}
            assert list(states.values()).count("processing") <= 1, states
            if all(s in ("completed", "failed", "cancelled") for s in states.values()):
                break
            time.sleep(0.05)
        assert set(states.values()) == {"completed"}, states
    finally:
        second.stop()


def test_one_render_slot_per_two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    for cores, slots in ((1, 1), (2, 1), (4, 2), (16, 8)):
        monkeypatch.setattr(os, "cpu_count", lambda cores=cores: cores)
        assert default_slots() == slots
    assert set(PRESETS) >= {"tiktok", "reels", "shorts", "youtube", "square", "draft"}


def test_verification_refuses_wrong_loudness_and_keeps_the_cover(tmp_path: Path) -> None:
    import asyncio

    from lumatui.engine.render.verify import verify_render

    video = tmp_path / "quiet.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "color=c=red:s=64x64:r=30:d=2",
        "-f", "lavfi", "-i", "sine=f=440:d=2:sample_rate=48000",
        "-af", "volume=0.05", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
        "-ac", "2", "-shortest", str(video),
    )  # fmt: skip
    cover = tmp_path / "cover.png"
    check = dict(duration_ms=2000, width=64, height=64, fps=30, cover=cover, cover_at_ms=500)
    verdict = asyncio.run(verify_render(video, audible=True, **check))  # type: ignore[arg-type]
    assert verdict.problem is not None and "LUFS" in verdict.problem
    assert verdict.loudness is not None and verdict.loudness < -25
    assert cover.is_file()  # taken from the file when the render did not write it
    silent_ok = asyncio.run(verify_render(video, audible=False, **check))  # type: ignore[arg-type]
    assert silent_ok.problem is None


def bright_share(path: Path, at_s: float, box: tuple[float, float, float, float]) -> float:
    """The share of clearly lit pixels inside ``box`` (fractions of the frame) at ``at_s``."""
    import av
    import numpy as np

    with av.open(str(path)) as container:
        for frame in container.decode(video=0):
            if frame.time is not None and frame.time >= at_s:
                luma = frame.to_ndarray(format="gray")
                break
    h, w = luma.shape
    x0, y0, x1, y1 = box
    region = luma[int(y0 * h) : int(y1 * h), int(x0 * w) : int(x1 * w)]
    return float(np.mean(region > 128))


def test_cjk_title_is_drawn_or_left_out_never_boxes(user: dict[str, Any], tmp_path: Path) -> None:
    raw: Raw = user["raw"]
    draft = {
        "d": 1000,
        "m": {"width": 360, "height": 640},
        "t": [
            {"tt": 0, "sg": [{"st": 0, "d": 1000, "src": user["urls"]["black"]}]},
            {"tt": 7, "sg": [{"st": 0, "d": 1000, "txt": "城市之梦", "m": {"size": 64}}]},
        ],
    }
    submit(raw, user["sid"], "render_cjk_pixels", draft, quality="draft")
    done = wait(raw, "render_cjk_pixels")
    assert done["status"] == "completed", done
    out = fetch(raw, done["outputUrl"], tmp_path / "cjk.mp4")
    lit = bright_share(out, 0.5, (0.1, 0.35, 0.9, 0.65))
    if find_cjk_font() is None:
        assert lit == 0.0  # left out (and said so), not drawn as tofu boxes
    else:
        # Four ideographs are many thin strokes: lit, but far from a filled box.
        assert 0.02 < lit < 0.5, lit
