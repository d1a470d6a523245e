"""What a media file is: kind, size, duration, codecs, and whether it starts fast.

ffmpeg from imageio-ffmpeg ships without ffprobe, so video and audio are read with PyAV and
images with Pillow (their true pixel size, whatever the extension says).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


class ProbeError(Exception):
    """The file is not readable as media."""


@dataclass(frozen=True)
class MediaInfo:
    kind: str  # video / image / audio
    duration: float | None = None  # seconds; the video stream's when there is one
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    video_codec: str | None = None
    video_profile: str | None = None
    pix_fmt: str | None = None
    audio_codec: str | None = None
    sample_rate: int | None = None
    channels: int | None = None
    faststart: bool = False
    container_duration: float | None = None
    frames: int | None = None
    rotation: int = 0  # degrees the player turns the stored picture (display matrix)


def probe(path: Path) -> MediaInfo:
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return _probe_image(path)
    return _probe_av(path)


def _probe_image(path: Path) -> MediaInfo:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ProbeError(f"{path.name} is not a readable image") from exc
    return MediaInfo(kind="image", width=width, height=height)


def _probe_av(path: Path) -> MediaInfo:
    import av

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise ProbeError(f"{path.name} is not readable media") from exc
    with container:
        video = next(iter(container.streams.video), None)
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise ProbeError(f"{path.name} has no video or audio stream")
        container_duration = container.duration / 1_000_000 if container.duration else None
        info: dict[str, object] = {"container_duration": container_duration}
        if video is not None:
            rate = video.average_rate or video.guessed_rate
            fps = float(rate) if rate else None
            duration = _stream_seconds(video) or container_duration
            frames = video.frames or (round(duration * fps) if duration and fps else None)
            if video.frames and fps:
                duration = video.frames / fps
            ctx = video.codec_context
            rotation = _display_rotation(container, video)
            turned = rotation % 180 == 90  # a phone's portrait clip stored landscape
            info.update(
                kind="video",
                width=ctx.height if turned else ctx.width,  # the size it plays at
                height=ctx.width if turned else ctx.height,
                rotation=rotation,
                fps=fps,
                frames=frames,
                duration=duration,
                video_codec=ctx.name,
                video_profile=ctx.profile,
                pix_fmt=ctx.pix_fmt,
            )
        else:
            info.update(kind="audio", duration=_stream_seconds(audio) or container_duration)
        if audio is not None:
            actx = audio.codec_context
            info.update(
                audio_codec=actx.name,
                sample_rate=actx.sample_rate,
                channels=actx.channels,
            )
    info["faststart"] = moov_before_mdat(path)
    return MediaInfo(**info)  # type: ignore[arg-type]


def _display_rotation(container: object, video: object) -> int:
    """The display matrix's rotation (0, 90, 180, 270), read from the first decoded frame:
    PyAV exposes it there; ffmpeg turns the picture the same way when it decodes."""
    import av

    try:
        frame = next(container.decode(video))  # type: ignore[attr-defined]
        rotation = round(float(getattr(frame, "rotation", 0) or 0))
    except (av.error.FFmpegError, StopIteration, ValueError, OSError):
        return 0
    return rotation % 360 // 90 * 90 if rotation % 90 == 0 else 0


def _stream_seconds(stream: object) -> float | None:
    duration = getattr(stream, "duration", None)
    base = getattr(stream, "time_base", None)
    if duration and base:
        return float(duration * base)
    return None


def moov_before_mdat(path: Path) -> bool:
    """True when the MP4 index (``moov``) precedes the media data: playable while streaming."""
    try:
        with path.open("rb") as fh:
            while header := fh.read(8):
                if len(header) < 8:
                    return False
                size, kind = struct.unpack(">I4s", header)
                if kind == b"moov":
                    return True
                if kind == b"mdat":
                    return False
                if size == 1:
                    size = struct.unpack(">Q", fh.read(8))[0]
                    fh.seek(size - 16, 1)
                elif size == 0:
                    return False
                else:
                    fh.seek(size - 8, 1)
    except OSError:
        return False
    return False
