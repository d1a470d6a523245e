"""Is an uploaded file whole? A probe reads headers only; this reads the packets.

A truncated MP4 whose index sits at the front probes as a perfectly good clip and then fails
in the middle of a render. Demuxing (no decoding) walks every packet cheaply and shows where
the data really ends.
"""

from __future__ import annotations

from pathlib import Path

from lumatui.engine.media.probe import MediaInfo, ProbeError

# Packets must reach this share of the declared duration (less one frame's worth of slack).
COMPLETE_SHARE = 0.9


class TruncatedMedia(ProbeError):
    """The file's header promises more than its data holds (a cut-off download or copy)."""


def check_complete(path: Path, info: MediaInfo) -> None:
    """Raise :class:`TruncatedMedia` when the packets stop well short of the declared duration."""
    if info.kind == "image" or not info.duration:
        return
    import av

    reached = 0.0
    try:
        with av.open(str(path)) as container:
            streams = container.streams.video or container.streams.audio
            if not streams:
                raise ProbeError(f"{path.name} has no video or audio stream")
            stream = streams[0]
            base = float(stream.time_base or 0)
            for packet in container.demux(stream):
                if packet.pts is None or packet.size == 0:
                    continue
                end = (packet.pts + (packet.duration or 0)) * base
                reached = max(reached, end)
    except av.FFmpegError as exc:
        raise TruncatedMedia(f"damaged ({exc.__class__.__name__})") from exc
    start = float(streams[0].start_time or 0) * base
    if reached - start < info.duration * COMPLETE_SHARE - 0.05:
        raise TruncatedMedia(
            f"cut short: it says {info.duration:.1f} s, "
            f"the data ends at {max(0.0, reached - start):.1f} s"
        )
