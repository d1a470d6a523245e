"""A draft as a person reads it: ``Timeline (3 tracks): 1. Video: city (0-10s) 2. BGM: ...``.

Pure and shared: the engine ends its replies with it and the client shows it.
"""

from __future__ import annotations

from .draft import Draft, Segment, Track, TrackType

_KIND = {TrackType.VIDEO: "Video", TrackType.AUDIO: "BGM", TrackType.TEXT: "Title"}
_TEXT_KIND = {"caption": "Caption", "text": "Text"}  # by the segment's ``m.kind``


def seconds(ms: int) -> str:
    """``3000`` → ``3``, ``1500`` → ``1.5``: short, no trailing zeros."""
    value = round(ms / 1000, 2)
    return f"{value:g}"


def segment_line(track: Track, seg: Segment) -> str:
    kind = str(seg.m.get("kind_label") or track.m.get("kind_label") or _KIND.get(track.tt, "Track"))
    if track.tt == TrackType.TEXT and not seg.m.get("kind_label"):
        kind = _TEXT_KIND.get(str(seg.m.get("kind")), kind)
    if track.tt == TrackType.TEXT:
        label = f'"{seg.txt or seg.label}"'
    else:
        label = str(seg.m.get("label") or seg.label)
    extras = [f"{seconds(seg.st)}-{seconds(seg.end)}s"]
    if seg.vol is not None and track.tt == TrackType.AUDIO:
        extras.append(f"{round(seg.vol * 100)}%")
    return f"{kind}: {label} ({', '.join(extras)})"


def timeline_summary(draft: Draft) -> str:
    lines = [segment_line(track, seg) for track in draft.t for seg in track.sg]
    if not lines:
        return "Timeline is empty."
    tracks = sum(1 for track in draft.t if track.sg)
    noun = "track" if tracks == 1 else "tracks"
    numbered = " ".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    return f"Timeline ({tracks} {noun}): {numbered}"
