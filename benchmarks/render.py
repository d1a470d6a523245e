"""How long the engine takes to export a draft, against one hand-written ffmpeg command.

The draft: 30 s at 1080x1920, one 1080p clip (with its own sound) covering the timeline,
BGM at 35% ducked under the clip's sound, and two titles. The engine runs as ``lumatui
serve`` in its own process; the draft is submitted through the protocol with
``quality: "high"`` and polled until it is completed (its time includes the loudness pass,
the render, the checks of the output and the cover image). The baseline, in the same run,
is one ffmpeg command a person would write for the same work with the same encoder
settings (one-pass loudnorm). Media are made here with ffmpeg's test sources.

    .venv/bin/python benchmarks/render.py [--rounds 3] [--seconds 30]

Goal (issue 5): engine time ≤ 1.15× the hand-written command, the output 1080x1920,
30.0 s, −14 ± 1.5 LUFS. Runs are paired (the order alternating) and the goal is judged on
the median of the paired ratios, since other work on a shared machine moves both.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.probe import probe
from lumatui.engine.render.fonts import find_font
from lumatui.engine.render.loudness import ebur128_args, parse_ebur128_summary

ATTRIBUTION = {
    "X-Skill-Source": "ai-video-generator-free-luma",
    "X-Skill-Version": "bench",
    "X-Skill-Platform": "terminal",
}
WIDTH, HEIGHT = 1080, 1920
TITLES = (  # text, start ms, duration ms, position
    ("Urban Dreams", 0, 3000, "top"),
    ("Follow for more", None, 4000, "bottom"),
)
BGM_VOLUME = 0.35
DUCK = "sidechaincompress=threshold=0.02:ratio=6:attack=20:release=400:knee=4"


def ffmpeg(*args: str) -> None:
    subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *args], check=True
    )


def make_media(folder: Path, seconds: int) -> tuple[Path, Path]:
    clip, bgm = folder / "city.mp4", folder / "lofi.m4a"
    ffmpeg(
        "-f", "lavfi", "-i", f"testsrc2=s=1920x1080:r=30:d={seconds}",
        "-f", "lavfi", "-i", f"sine=f=330:d={seconds}:sample_rate=48000",
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
        "-c:a", "aac", "-ac", "2", "-shortest", str(clip),
    )  # fmt: skip
    ffmpeg(
        "-f", "lavfi", "-i",
        f"aevalsrc=0.4*sin(2*PI*220*t)*(0.6+0.4*sin(2*PI*0.5*t))|"
        f"0.4*sin(2*PI*277*t)*(0.6+0.4*sin(2*PI*0.5*t)):s=48000:d={seconds}",
        "-c:a", "aac", "-b:a", "160k", str(bgm),
    )  # fmt: skip
    return clip, bgm


class Engine:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        args = [sys.executable, "-m", "lumatui", "serve", "--port", "0"]
        args += ["--data-dir", str(data_dir)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if "listening on " not in line:
            self.process.kill()
            raise SystemExit(f"engine did not start: {line}")
        self.url = line.split("listening on ", 1)[1].split()[0]
        self.http = httpx.Client(base_url=self.url, timeout=120, headers=ATTRIBUTION)
        r = self.http.post("/api/auth/anonymous-token", headers={"X-Client-Id": str(uuid.uuid4())})
        r.raise_for_status()
        self.http.headers["Authorization"] = "Bearer " + r.json()["data"]["token"]
        r = self.http.post(
            "/api/tasks/me/with-session/nemo_agent", json={"task_name": "bench", "language": "en"}
        )
        r.raise_for_status()
        self.sid = r.json()["data"]["session_id"]

    def upload(self, path: Path) -> str:
        with path.open("rb") as fh:
            r = self.http.post(
                f"/api/upload-video/nemo_agent/me/{self.sid}", files={"files": (path.name, fh)}
            )
        r.raise_for_status()
        return r.json()["data"]["files"][0]["cdn_url"]

    def stages(self, job: str) -> dict[str, float]:
        """The engine's own timing of each stage, from the job's report beside the video."""
        path = self.data_dir / "renders" / f"{job}.json"
        try:
            return json.loads(path.read_text()).get("seconds", {})
        except (OSError, ValueError):
            return {}

    def export(self, draft: dict[str, Any]) -> tuple[float, dict[str, Any]]:
        """Seconds from submit to ``completed`` as a client polling every 50 ms sees it."""
        job = f"render_bench_{uuid.uuid4().hex[:8]}"
        body = {
            "id": job,
            "sessionId": self.sid,
            "draft": draft,
            "output": {"format": "mp4", "quality": "high"},
        }
        start = time.perf_counter()
        r = self.http.post("/api/render/proxy/lambda", json=body)
        r.raise_for_status()
        while True:
            data = self.http.get(f"/api/render/proxy/lambda/{job}").json()["data"]
            if data["status"] in ("completed", "failed", "cancelled"):
                return time.perf_counter() - start, data
            time.sleep(0.05)

    def stop(self) -> None:
        self.http.close()
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def build_draft(clip_url: str, bgm_url: str, seconds: int) -> dict[str, Any]:
    ms = seconds * 1000
    texts = []
    for n, (text, start, dur, position) in enumerate(TITLES):
        st = ms - dur if start is None else start
        texts.append(
            {"id": f"t{n}", "st": st, "d": dur, "txt": text,
             "m": {"kind": "title", "position": position}}
        )  # fmt: skip
    return {
        "d": ms,
        "m": {"title": "bench", "width": WIDTH, "height": HEIGHT, "fps": 30},
        "t": [
            {"id": "v", "tt": 0, "sg": [{"id": "c", "st": 0, "d": ms, "src": clip_url, "in": 0,
                                         "m": {"kind": "clip", "has_audio": True}}]},
            {"id": "a", "tt": 1, "m": {"role": "bgm"},
             "sg": [{"id": "b", "st": 0, "d": ms, "src": bgm_url, "vol": BGM_VOLUME,
                     "m": {"kind": "bgm", "loop": True}}]},
            {"id": "x", "tt": 7, "sg": texts},
        ],
    }  # fmt: skip


def _text(text: str) -> str:
    return text.replace(":", "\\:").replace("'", "\\'")


def hand_written(clip: Path, bgm: Path, out: Path, seconds: int, font: str) -> list[str]:
    """The command a person would write for the same draft and the same encoder settings."""
    ms = seconds * 1000
    draws = []
    for text, start, dur, position in TITLES:
        st = (ms - dur if start is None else start) / 1000
        y = "h*0.2" if position == "top" else "h*0.8-text_h"
        draws.append(
            f"drawtext=fontfile={font}:text='{_text(text)}':fontsize=96:fontcolor=white:"
            f"borderw=6:bordercolor=black@0.6:x=(w-text_w)/2:y={y}:"
            f"enable='between(t,{st},{st + dur / 1000})'"
        )
    graph = (
        f"[0:v]crop=ih*9/16:ih,scale={WIDTH}:{HEIGHT},setsar=1,format=yuv420p,"
        + ",".join(draws)
        + "[v];"
        f"[1:a]volume={BGM_VOLUME}[m];[0:a]asplit[c][k];[m][k]{DUCK}[d];"
        "[c][d]amix=inputs=2:normalize=0,loudnorm=I=-14:TP=-1:LRA=11,aresample=48000[a]"
    )
    return [
        ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
        "-i", str(clip), "-i", str(bgm), "-filter_complex", graph,
        "-map", "[v]", "-map", "[a]",
        "-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p",
        "-preset", "veryfast", "-crf", "20", "-maxrate", "8M", "-bufsize", "16M",
        "-g", "60", "-keyint_min", "60", "-sc_threshold", "0", "-flags", "+cgop", "-r", "30",
        "-c:a", "aac", "-b:a", "192k", "-ar", "48000", "-ac", "2",
        "-t", str(seconds), "-movflags", "+faststart", str(out),
    ]  # fmt: skip


def loudness(path: Path) -> float:
    stderr = subprocess.run(
        [ffmpeg_exe(), *ebur128_args(str(path))], capture_output=True, text=True, check=True
    ).stderr
    summary = parse_ebur128_summary(stderr)
    return summary.integrated if summary else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="paired runs of each")
    parser.add_argument("--seconds", type=int, default=30, help="length of the draft")
    args = parser.parse_args()
    font = find_font()
    if font is None:
        print("no font on this machine: the titles cannot be drawn", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="lumatui-bench-") as tmp:
        folder = Path(tmp)
        clip, bgm = make_media(folder, args.seconds)
        engine = Engine(folder / "engine")
        try:
            draft = build_draft(engine.upload(clip), engine.upload(bgm), args.seconds)
            hand_cmd = hand_written(clip, bgm, folder / "hand.mp4", args.seconds, font)
            engine_times, hand_times = [], []
            stages: list[dict[str, float]] = []
            result: dict[str, Any] = {}
            for n in range(args.rounds):
                # Paired runs, the order alternating, so a load change hits both alike.
                for which in ("hand", "engine") if n % 2 == 0 else ("engine", "hand"):
                    if which == "hand":
                        start = time.perf_counter()
                        subprocess.run(hand_cmd, check=True)
                        hand_times.append(time.perf_counter() - start)
                        continue
                    seconds, result = engine.export(draft)
                    if result["status"] != "completed":
                        print(f"engine export {result['status']}: {result.get('error')}")
                        return 1
                    engine_times.append(seconds)
                    stages.append(engine.stages(result["id"]))
            video = engine.http.get(result["outputUrl"])
            out = folder / "engine.mp4"
            out.write_bytes(video.content)
        finally:
            engine.stop()
        info = probe(out)
        lufs = loudness(out)
        hand_lufs = loudness(folder / "hand.mp4")
    eng, hand = statistics.median(engine_times), statistics.median(hand_times)
    paired = [e / h for e, h in zip(engine_times, hand_times, strict=True)]
    ratio = statistics.median(paired)
    print(f"draft: {args.seconds} s at {WIDTH}x{HEIGHT}, 1080p clip + BGM 35% + 2 titles")
    print(f"engine export (protocol, quality high): {eng:.2f} s  runs {_fmt(engine_times)}")
    print(f"hand-written ffmpeg command:            {hand:.2f} s  runs {_fmt(hand_times)}")
    for n, stage in enumerate(stages, 1):
        parts = ", ".join(f"{name} {value:.2f}" for name, value in stage.items())
        print(f"  engine run {n} stages (s): {parts}")
    print(f"paired ratios engine / hand-written: {_fmt(paired, 3)}")
    print(f"best-of ratio: {min(engine_times) / min(hand_times):.3f}")
    print(f"ratio engine / hand-written (median of pairs): {ratio:.3f} (goal <= 1.15)")
    print(
        f"engine output: {result['status']}, {info.width}x{info.height}, "
        f"{info.duration:.3f} s, {info.video_codec} {info.video_profile}, "
        f"{lufs:.1f} LUFS (hand-written: {hand_lufs:.1f} LUFS)"
    )
    ok = (
        ratio <= 1.15
        and (info.width, info.height) == (WIDTH, HEIGHT)
        and abs((info.duration or 0) - args.seconds) <= 1 / 30
        and abs(lufs + 14) <= 1.5
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def _fmt(values: list[float], digits: int = 2) -> str:
    return "[" + ", ".join(f"{v:.{digits}f}" for v in values) + "]"


if __name__ == "__main__":
    raise SystemExit(main())
