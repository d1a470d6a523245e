"""Raw frames into ffmpeg's stdin while the next ones are drawn.

Drawing a frame and ffmpeg taking it are two halves of the same clip's time; written in
turn, each waits for the other, and a two-core machine runs at little more than one. A
thread writes each frame (a blocking ``write`` releases the GIL, as most NumPy drawing
does) while the caller draws the next, a few frames ahead at most, and the pipe is widened
so a frame crosses in a few large writes rather than a hundred 64 KiB ones.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Iterable
from typing import BinaryIO

import numpy as np

F_SETPIPE_SZ = 1031  # Linux's fcntl command; the fcntl module names it only on 3.10+
PIPE_BYTES = 1 << 20  # the default ceiling for an unprivileged process (pipe-max-size)
AHEAD = 2  # frames drawn and waiting: enough to ride out a slow frame, little memory


def widen_pipe(stream: BinaryIO, size: int = PIPE_BYTES) -> None:
    """Ask for a larger pipe buffer; where the system says no (not Linux, a lower
    ceiling) the pipe keeps its size and only costs more wake-ups."""
    with contextlib.suppress(ImportError, OSError, ValueError, AttributeError):
        import fcntl

        fcntl.fcntl(stream.fileno(), getattr(fcntl, "F_SETPIPE_SZ", F_SETPIPE_SZ), size)


def write_frames(stream: BinaryIO, frames: Iterable[np.ndarray]) -> bool:
    """Write every frame (contiguous uint8) to ``stream`` and close it; False when the
    reader went away first (ffmpeg failed: its stderr says why), and drawing stops then."""
    waiting: queue.Queue[np.ndarray | None] = queue.Queue(AHEAD)
    broken = threading.Event()

    def writer() -> None:
        try:
            while (frame := waiting.get()) is not None:
                if not broken.is_set():
                    stream.write(frame.data)  # no copy: the frame is contiguous
        except (BrokenPipeError, ValueError):
            broken.set()
            while waiting.get() is not None:  # let the drawing side finish putting
                pass

    thread = threading.Thread(target=writer, name="lumatui-frames", daemon=True)
    thread.start()
    try:
        for frame in frames:
            if broken.is_set():
                break
            waiting.put(frame)
    finally:
        waiting.put(None)
        thread.join()
        with contextlib.suppress(BrokenPipeError):
            stream.close()
    return not broken.is_set()
