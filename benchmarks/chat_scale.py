"""A long session: 2,000 messages in the chat log — append time stays flat, memory stays low.

Runs the real app headless (pointed at a backend that does not answer, so only the chat log
works), appends user lines and Markdown replies in turn, and prints the mean time to append
one message (mounted, laid out and painted) at the start, the middle and the end, and the
process's peak RSS. Old blocks are
pruned past a high-water mark, so the log never holds more than a few hundred widgets.
Goal: flat append time once the log is full (the last hundred no slower than 1.2x the middle
hundred); RSS under 200 MB.

    .venv/bin/python benchmarks/chat_scale.py [--messages 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sys
import tempfile
import time

REPLY = (
    'Added the title **"Urban Dreams"** from 0 s to 3 s at the center.\n\n'
    'Timeline (2 tracks): 1. Video: sunset over the ocean (0-5s) 2. Title: "Urban Dreams" (0-3s)'
)


async def run(messages: int) -> list[float]:
    from lumatui.tui.app import LumaApp

    app = LumaApp("http://127.0.0.1:9")
    times: list[float] = []
    async with app.run_test(size=(160, 45)) as pilot:
        await app.workers.wait_for_complete()
        chat = app.chat
        for i in range(messages):
            start = time.perf_counter()
            if i % 2 == 0:
                await chat.add_user(f"message {i}: make the title bigger and move it to the top")
            else:
                await chat.add_reply(REPLY)
            await pilot.pause()  # until the app is idle again: laid out and painted
            times.append(time.perf_counter() - start)
        print(f"blocks in the log at the end: {len(chat.children)}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description="chat log at scale")
    parser.add_argument("--messages", type=int, default=2000)
    args = parser.parse_args()
    os.environ.setdefault("LUMATUI_HOME", tempfile.mkdtemp())
    times = asyncio.run(run(args.messages))

    def mean_ms(part: list[float]) -> float:
        return 1000 * sum(part) / len(part)

    n = len(times)
    first, middle, last = times[:100], times[n // 2 - 50 : n // 2 + 50], times[-100:]
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"append, first 100:  {mean_ms(first):.1f} ms")
    print(f"append, middle 100: {mean_ms(middle):.1f} ms")
    ratio = mean_ms(last) / mean_ms(middle)
    print(f"append, last 100:   {mean_ms(last):.1f} ms ({ratio:.2f}x the middle; goal <= 1.2x)")
    print(f"peak RSS: {rss_mb:.0f} MB (goal < 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
