"""Regenerate ``screenshots/*.svg``: the app's main states against a fresh local engine.

    .venv/bin/python scripts/screenshots.py [--out screenshots]

Each state is reached by driving the real app (the same scenes the snapshot tests use), in a
throwaway ``LUMATUI_HOME`` so nothing of yours shows and nothing of yours changes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCENES = [
    ("welcome", "welcome"),
    ("streaming-reply", "streaming"),
    ("after-a-turn", "after_turn"),
    ("three-track-timeline", "three_tracks"),
    ("wide-canvas", "wide_canvas"),
    ("palette", "palette"),
    ("export-running", "export_running"),
    ("export-done", "export_done"),
    ("help", "help_screen"),
    ("error-unreachable", "error"),
    ("no-credits", "no_credits"),
    ("low-credits", "welcome"),
]


async def shoot(url: str, poor_url: str, low_url: str, out: Path) -> None:
    from tests.tui import scenes

    for name, scene in SCENES:
        target = {"error": "http://127.0.0.1:9", "no_credits": poor_url}.get(scene, url)
        target = low_url if name == "low-credits" else target
        with tempfile.TemporaryDirectory() as home:
            os.environ["HOME"] = home
            os.environ["LUMATUI_HOME"] = str(Path(home) / "lumatui")
            app = scenes.make_app(target)
            async with app.run_test(size=scenes.SIZE) as pilot:
                await getattr(scenes, scene)(pilot)
                path = app.save_screenshot(filename=f"{name}.svg", path=str(out))
        print(f"wrote {Path(path).relative_to(ROOT) if ROOT in Path(path).parents else path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from tests.support.engine import start_engine

    with tempfile.TemporaryDirectory() as data:
        engine = start_engine(Path(data) / "engine", "--render-slots", "1")
        poor = start_engine(Path(data) / "poor", "--anonymous-credits", "0")
        low = start_engine(Path(data) / "low", "--anonymous-credits", "15")
        try:
            asyncio.run(shoot(engine.url, poor.url, low.url, args.out.resolve()))
        finally:
            for running in (engine, poor, low):
                running.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
