"""How much of what people say the agent understands, and how fast it plans a turn.

Runs the understanding corpus (tests/understanding: a dev set the planner was tuned on and a
held-out set it was not) through the real engine over HTTP, and prints the share of steps
understood on each, every misread, and every unsafe step (a clip lost, a credit charged for
nothing, an over-long question). Then plans a set of messages on a 20-segment draft and
prints the median time per message (goal: under 5 ms), beside a baseline measured in the same
run: one deep copy of that draft (the least any edit of it costs).

    .venv/bin/python benchmarks/understanding.py [--set dev|recent|heldout|all]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from lumatui.protocol.draft import Draft, Segment, Track, TrackType
from tests.understanding.corpus import CORPUS_ENGINE, describe, run_corpus
from tests.understanding.sets import DEV, HELDOUT, RECENT

PLAN_MESSAGES = [
    "delete the lighthouse one",
    "move clip 14 after the sunset",
    "trim the third clip to two and a half seconds",
    "generate a 4-second clip of a city street at night and put it after the sunset",
    "make the title bigger and put it at the top",
    "把第二个片段剪到一秒半",
    "fade out the last clip",
    "make it better",
]
SUBJECTS = ["sunset", "forest", "city", "lighthouse", "river", "desert", "snow", "harbor"]


def twenty_segments() -> Draft:
    segs = [
        Segment(
            id=f"seg_{i}",
            st=i * 2000,
            d=2000,
            src=f"/media/a{i}/c.mp4",
            m={
                "label": f"{SUBJECTS[i % 8]} {i}",
                "prompt": f"{SUBJECTS[i % 8]} {i}",
                "source_ms": 2000,
            },
        )
        for i in range(18)
    ]
    title = Segment(id="seg_t", st=0, d=3000, txt="Hello", m={"kind": "title"})
    bgm = Segment(id="seg_b", st=0, d=36000, src="/media/m/m.wav", m={"kind": "bgm"})
    return Draft(
        t=[
            Track(id="v", tt=TrackType.VIDEO, sg=segs),
            Track(id="a", tt=TrackType.AUDIO, sg=[bgm]),
            Track(id="x", tt=TrackType.TEXT, sg=[title]),
        ]
    )


def planning(repeat: int) -> tuple[float, float]:
    config = EngineConfig(Path(tempfile.gettempdir()))
    draft = twenty_segments()
    times, copies = [], []
    for _ in range(repeat):
        for message in PLAN_MESSAGES:
            start = time.perf_counter()
            plan_turn(message, config, draft, "seg_17")
            times.append(time.perf_counter() - start)
            start = time.perf_counter()
            draft.model_copy(deep=True)
            copies.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, statistics.median(copies) * 1000


# Long and odd messages just under the reading limit: held keys, pasted digits, repeats.
HOSTILE = [
    "a " * 740,
    "the " * 370 + "one",
    "clip of " * 180,
    "1 " * 740,
    "1." * 740,
    "x" * 1490,
    "1" * 1490,
    "put it after the " + "very " * 280 + "sunset",
    "xx 那个" * 290,
    "的" * 1490,
    "😀" * 1490,
]


def worst_hostile(config: EngineConfig, draft: Draft) -> tuple[float, float]:
    """(the slowest of the hostile messages, the median ordinary one), in ms."""
    worst = 0.0
    for message in HOSTILE:
        start = time.perf_counter()
        plan_turn(message, config, draft, "seg_17")
        worst = max(worst, time.perf_counter() - start)
    ordinary = []
    for message in PLAN_MESSAGES:
        start = time.perf_counter()
        plan_turn(message, config, draft, "seg_17")
        ordinary.append(time.perf_counter() - start)
    return worst * 1000, statistics.median(ordinary) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description="understanding share and planning time")
    parser.add_argument("--set", choices=["dev", "recent", "heldout", "all"], default="all")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    from tests.support.engine import start_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = start_engine(Path(tmp) / "engine", "--heartbeat-seconds", "0.5", *CORPUS_ENGINE)
        try:
            sets = {"dev": DEV, "recent": RECENT, "heldout": HELDOUT}
            for name in list(sets) if args.set == "all" else [args.set]:
                start = time.perf_counter()
                report = run_corpus(engine, sets[name], Path(tmp))
                print(describe(report, name))
                print(
                    f"  share {report.share:.1%}, {len(report.unsafe)} unsafe steps, "
                    f"{time.perf_counter() - start:.1f} s"
                )
        finally:
            engine.stop()
    worst, ordinary = worst_hostile(EngineConfig(Path(tempfile.gettempdir())), twenty_segments())
    print(
        f"hostile messages (up to {len(max(HOSTILE, key=len))} chars): slowest {worst:.0f} ms, "
        f"{worst / ordinary:.0f}x an ordinary message ({ordinary:.2f} ms)"
    )
    median, copy = planning(args.repeat)
    print(
        f"planning on a 20-segment draft: median {median:.2f} ms per message "
        f"(goal < 5 ms); baseline deep copy {copy:.3f} ms; ratio {median / copy:.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
