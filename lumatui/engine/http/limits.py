"""What one request may ask of the engine: the limits, in one table, and the pure checks.

Each limit is refused with a sentence that names it, before anything is stored or queued,
so a hostile or mistaken client meets a clear 4xx instead of a render that never ends.
docs/protocol.md ("Limits and guarantees") lists the same numbers.
"""

from __future__ import annotations

import re
from typing import Any

from lumatui.protocol.draft import Draft

# Render ids are names the client picks; they are looked up, never turned into paths.
RENDER_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_RENDER_MS = 10 * 60 * 1000
MIN_SIDE, MAX_SIDE = 16, 4096
MAX_FPS = 120
MAX_SEGMENTS = 500
MAX_QUEUED_RENDERS = 8  # pending or processing, per user
MAX_TASK_NAME = 200
MAX_CLIENT_ID = 128
MAX_JSON_BYTES = 8 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_TURNS_WAITING = 8  # turns of one session queued behind the running one


def render_id_problem(job_id: str) -> str | None:
    if RENDER_ID.fullmatch(job_id):
        return None
    return (
        "A render id is 1-64 letters, digits, '_' or '-'"
        f" (got {len(job_id)} characters); send a new id."
    )


def draft_problem(draft: Draft) -> str | None:
    """Why this draft may not be rendered here, or None."""
    meta = draft.m
    for name, side in (("width", meta.width), ("height", meta.height)):
        if not MIN_SIDE <= side <= MAX_SIDE:
            return f"The canvas {name} must be {MIN_SIDE}-{MAX_SIDE} px, not {side}."
    if not 1 <= meta.fps <= MAX_FPS:
        return f"The frame rate must be 1-{MAX_FPS}, not {meta.fps}."
    segments = [seg for track in draft.t for seg in track.sg]
    if len(segments) > MAX_SEGMENTS:
        return f"The draft has {len(segments):,} segments; at most {MAX_SEGMENTS} render."
    if any(seg.st < 0 or seg.d < 0 or (seg.in_ or 0) < 0 for seg in segments):
        return "A segment has a negative start, length or in-point."
    length = max(draft.computed_duration(), draft.d)
    if length > MAX_RENDER_MS:
        return (
            f"The draft is {length / 60000:.1f} minutes long;"
            f" a render may be at most {MAX_RENDER_MS // 60000} minutes."
        )
    return None


def json_depth_exceeds(value: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when arrays/objects nest deeper than ``limit`` (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
