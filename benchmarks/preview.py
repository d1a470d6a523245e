"""Frames in the app: /preview to its first frame on screen, and a new clip to its poster.

The app runs headless against ``lumatui serve`` in its own process (frames drawn as
half-blocks, as in tmux). For a 10 s and a 30 s timeline, the time is from the moment
``/preview`` is submitted to the moment the preview's first frame is drawn; its baseline, in
the same run, is the same work without the app: the draft preset rendered through the client
(quick polls) and ffmpeg's first decoded frame of it. Until then the panel shows a still of
the cut's start taken from its source; the time to that is printed too (it is not the goal).
For a poster, the time is from the end of a generating turn (``TurnFinished``) to the new
segment's poster drawn; its baseline is one hand-written ffmpeg command taking that frame
from the clip on disk.

    .venv/bin/python benchmarks/preview.py [--rounds 2]

Goals (issue 12, 2 cores): first preview frame <= 2 s (10 s) and <= 4 s (30 s); poster
<= 0.5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import aclosing
from pathlib import Path

from textual.message import Message

PROMPTS = {10: "generate a 10-second clip of a harbour at dawn",
           30: "generate a 30-second clip of a mountain road in autumn"}  # fmt: skip
GOALS = {10: 2.0, 30: 4.0}
POSTER_GOAL = 0.5
SIZE = (140, 44)
stills: list[float] = []  # /preview → the stand-in still (the cut's first frame, its source)


def start_engine(data_dir: Path) -> tuple[str, subprocess.Popen[str]]:
    args = [sys.executable, "-m", "lumatui", "serve", "--port", "0", "--data-dir", str(data_dir)]
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    if "listening on " not in line:
        process.kill()
        raise SystemExit(f"the engine did not start: {line}")
    return line.split("listening on ", 1)[1].split()[0], process


async def until(condition, timeout: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until ``condition()`` holds (a bounded wait on state, not a guess)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        await asyncio.sleep(0.002)


async def app_round(url: str, seconds: int) -> tuple[float, float]:
    """(seconds /preview → first frame on screen, seconds turn end → poster drawn)."""
    from lumatui.tui.app import LumaApp
    from lumatui.tui.messages import TurnFinished
    from lumatui.tui.widgets.composer import PromptArea
    from lumatui.tui.widgets.poster_row import PosterRow
    from lumatui.tui.widgets.preview_panel import PreviewPanel

    marks: dict[str, float] = {}

    def hook(message: Message) -> None:
        now = time.perf_counter()
        if isinstance(message, TurnFinished):
            marks.setdefault("turn", now)
        elif isinstance(message, PreviewPanel.FirstFrame):
            marks.setdefault("frame", now)

    app = LumaApp(url)
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        prompt = app.query_one(PromptArea)
        await until(lambda: app.ready)
        prompt.text = PROMPTS[seconds]
        prompt.focus()
        await pilot.press("enter")
        row = app.query_one(PosterRow)
        await until(lambda: "turn" in marks)
        await until(lambda: row.drawn)  # polled every 2 ms
        marks["poster"] = time.perf_counter()
        prompt.text = "/preview"
        started = time.perf_counter()  # the Enter that submits /preview
        await pilot.press("enter")
        view = app.query_one(PreviewPanel).view
        await until(lambda: view.showing is not None or "frame" in marks)
        stills.append(time.perf_counter() - started)
        await until(lambda: "frame" in marks)
        await pilot.pause()  # the frame reaches the screen on this refresh
        shown = time.perf_counter()
    return shown - started, marks["poster"] - marks["turn"]


async def baseline_preview(url: str, seconds: int, folder: Path) -> float:
    """The same render and first frame through the client alone, no app."""
    from lumatui.client import NemoClient
    from lumatui.client.preview import frame_size, preview_frames, render_preview
    from lumatui.client.turn import run_turn

    async with NemoClient(url) as client:
        session = await client.create_session()
        async for _ in run_turn(client, session.session_id, PROMPTS[seconds]):
            pass
        draft = (await client.state(session.session_id)).state.draft
        started = time.perf_counter()
        path = await render_preview(client, session.session_id, draft, folder=folder)
        async with aclosing(preview_frames(path, frame_size(draft.m.width, draft.m.height))) as it:
            async for _ in it:
                break
        return time.perf_counter() - started


def baseline_poster(clip: Path, folder: Path) -> float:
    """One ffmpeg command a person would write for the poster of a clip on disk."""
    from lumatui.client.ffmpeg_bin import ffmpeg_exe

    started = time.perf_counter()
    subprocess.run(
        [ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-ss", "1", "-i", str(clip),
         "-frames:v", "1", "-vf", "scale=160:-2", str(folder / "poster.jpg")],
        check=True,
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description="preview and poster frame times")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    from lumatui.tui.widgets import frame_renderer

    frame_renderer.force("halfcell")
    with tempfile.TemporaryDirectory() as home:
        os.environ["LUMATUI_HOME"] = home  # each app round gets a fresh one: no frame cached
        url, engine = start_engine(Path(home) / "engine")
        try:
            posters: list[float] = []
            poster_base: list[float] = []
            for seconds in (10, 30):
                ours, base = [], []
                for n in range(args.rounds):  # paired, the order alternating
                    os.environ["LUMATUI_HOME"] = home_of = f"{home}/app-{seconds}-{n}"
                    if n % 2:
                        base.append(asyncio.run(baseline_preview(url, seconds, Path(home))))
                    first, poster = asyncio.run(app_round(url, seconds))
                    if not n % 2:
                        base.append(asyncio.run(baseline_preview(url, seconds, Path(home))))
                    ours.append(first)
                    posters.append(poster)
                    clip = next((Path(home_of) / "cache" / "frames" / "media").glob("*"), None)
                    if clip is not None:
                        poster_base.append(baseline_poster(clip, Path(home)))
                    print(f"  round {n + 1}, {seconds} s: app {first:.2f} s, "
                          f"baseline {base[-1]:.2f} s", file=sys.stderr)  # fmt: skip
                o, b = statistics.median(ours), statistics.median(base)
                goal = GOALS[seconds]
                print(f"/preview → first frame, {seconds} s draft: {o:.2f} s "
                      f"(goal <= {goal:.0f} s: {'met' if o <= goal else 'NOT met'}); "
                      f"baseline (client render + first decoded frame) {b:.2f} s; "
                      f"ratio {o / b:.2f}x")  # fmt: skip
            print(f"/preview → a still of the cut's start (from its source, while the draft "
                  f"renders): {statistics.median(stills):.2f} s")  # fmt: skip
            p = statistics.median(posters)
            pb = statistics.median(poster_base) if poster_base else float("nan")
            print(f"turn end → first poster drawn: {p:.2f} s (goal <= {POSTER_GOAL} s: "
                  f"{'met' if p <= POSTER_GOAL else 'NOT met'}); baseline (one ffmpeg "
                  f"command on the file) {pb:.2f} s; ratio {p / pb:.2f}x")  # fmt: skip
        finally:
            engine.terminate()
            engine.wait(timeout=15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
