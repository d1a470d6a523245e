"""What changed between two drafts, in lines a person reads.

About a third of the cloud's edits end with no text; the client then diffs the state before
and after the turn and says what happened: ``Added Title: "Urban Dreams" (0-3s)``. Pure.
"""

from __future__ import annotations

from .draft import Draft, Segment, Track
from .summary import segment_line


def _keyed(draft: Draft) -> dict[str, tuple[Track, Segment]]:
    """Segments by id; segments without one are keyed by where they sit."""
    keyed: dict[str, tuple[Track, Segment]] = {}
    for t_index, track in enumerate(draft.t):
        for s_index, seg in enumerate(track.sg):
            key = seg.id or f"{track.id or t_index}#{s_index}"
            keyed[key] = (track, seg)
    return keyed


def _describe_change(before: tuple[Track, Segment], after: tuple[Track, Segment]) -> str | None:
    old_line, new_line = segment_line(*before), segment_line(*after)
    if old_line != new_line:
        return f"Changed {old_line} → {new_line.split(': ', 1)[-1]}"
    old_seg, new_seg = before[1], after[1]
    if old_seg.wire() != new_seg.wire():
        keys = sorted(
            key
            for key in set(old_seg.m) | set(new_seg.m)
            if old_seg.m.get(key) != new_seg.m.get(key)
        )
        what = ", ".join(keys) if keys else "details"
        return f"Changed {new_line} ({what})"
    return None


def describe_changes(before: Draft, after: Draft) -> list[str]:
    """One line per added, removed or changed segment, then canvas and length changes."""
    old, new = _keyed(before), _keyed(after)
    lines = [f"Added {segment_line(*new[key])}" for key in new if key not in old]
    lines += [f"Removed {segment_line(*old[key])}" for key in old if key not in new]
    for key in new:
        if key in old:
            change = _describe_change(old[key], new[key])
            if change:
                lines.append(change)
    if (before.m.width, before.m.height) != (after.m.width, after.m.height):
        lines.append(
            f"Canvas {before.m.width}x{before.m.height} → {after.m.width}x{after.m.height}"
        )
    old_ms = max(before.d, before.computed_duration())
    new_ms = max(after.d, after.computed_duration())
    if old_ms != new_ms and not lines:
        lines.append(f"Length {old_ms / 1000:g}s → {new_ms / 1000:g}s")
    return lines
