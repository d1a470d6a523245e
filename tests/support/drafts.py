"""Drafts built by hand for planning tests that need no server."""

from __future__ import annotations

from lumatui.protocol.draft import Draft, Segment, Track, TrackType


def draft_of(
    *labels: str, clip_ms: int = 2000, music: bool = False, title: str | None = None
) -> Draft:
    """Generated clips end to end (ids ``seg_0``…), with music following the video and a
    1 s title at the start when asked."""
    segs = [
        Segment(
            id=f"seg_{n}",
            st=n * clip_ms,
            d=clip_ms,
            src=f"/media/a{n}/c.mp4",
            m={"label": label, "prompt": label, "source_ms": clip_ms, "kind": "clip"},
        )
        for n, label in enumerate(labels)
    ]
    tracks = [Track(id="v", tt=TrackType.VIDEO, sg=segs)]
    if music:
        song = Segment(id="seg_m", st=0, d=clip_ms * len(labels), m={"follow_video": True})
        tracks.append(Track(id="a", tt=TrackType.AUDIO, m={"role": "bgm"}, sg=[song]))
    if title:
        text = Segment(id="seg_t", st=0, d=1000, txt=title, m={"kind": "title"})
        tracks.append(Track(id="x", tt=TrackType.TEXT, sg=[text]))
    return Draft(t=tracks)
