"""The draft inside a session's state, and the state answer around it.

Keys are short as on the wire (``t``, ``tt``, ``sg``, ``d``, ``m``). Segment keys are our
choice (docs/protocol.md): ``id``, ``st``, ``d``, ``src``, ``in``, ``txt``, ``vol``, ``m``.
Unknown keys are kept, so a draft from a newer server round-trips untouched.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from pydantic import Field

from .base import WireModel

DEFAULT_WIDTH = 1080
DEFAULT_HEIGHT = 1920
DEFAULT_FPS = 30


class TrackType(IntEnum):
    VIDEO = 0
    AUDIO = 1
    TEXT = 7


class Segment(WireModel):
    id: str = ""
    st: int = 0  # start on the timeline, ms
    d: int = 0  # duration on the timeline, ms
    src: str | None = None  # asset URL or id
    in_: int | None = Field(default=None, alias="in")  # in-point in the source, ms
    txt: str | None = None
    vol: float | None = None  # 0..1
    m: dict[str, Any] = {}

    @property
    def end(self) -> int:
        return self.st + self.d

    @property
    def label(self) -> str:
        return str(self.m.get("label") or self.txt or self.src or self.id or "segment")


class Track(WireModel):
    id: str = ""
    tt: int = TrackType.VIDEO
    sg: list[Segment] = []
    m: dict[str, Any] = {}


class DraftMeta(WireModel):
    title: str | None = None
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    fps: int = DEFAULT_FPS


class Draft(WireModel):
    t: list[Track] = []
    d: int = 0  # total duration, ms
    m: DraftMeta = DraftMeta()

    @property
    def ready(self) -> bool:
        """Exportable when some track has segments."""
        return any(track.sg for track in self.t)

    def computed_duration(self) -> int:
        """The end of the last segment on any track, ms."""
        return max((seg.end for track in self.t for seg in track.sg), default=0)

    def tracks_of(self, kind: TrackType) -> list[Track]:
        return [track for track in self.t if track.tt == kind]


class CanvasConfig(WireModel):
    width: int = DEFAULT_WIDTH
    height: int = DEFAULT_HEIGHT
    aspect: str = "9:16"
    fps: int = DEFAULT_FPS


class VideoInfo(WireModel):
    """One media asset the session knows of (uploaded or generated)."""

    id: str = ""
    url: str = ""
    file_type: str = "video"
    duration: float | None = None
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    label: str | None = None


class SessionStateBody(WireModel):
    video_infos: list[VideoInfo] = []
    draft: Draft = Draft()
    canvas_config: CanvasConfig = CanvasConfig()
    video_analyses: list[Any] = []
    generated_media: list[Any] = []


class StateData(WireModel):
    session_id: str = ""
    task_id: str = ""
    task_name: str = ""
    state: SessionStateBody = SessionStateBody()


def aspect_of(width: int, height: int) -> str:
    """``9:16`` for 1080x1920 and so on: the reduced ratio."""
    from math import gcd

    g = gcd(width, height) or 1
    return f"{width // g}:{height // g}"
