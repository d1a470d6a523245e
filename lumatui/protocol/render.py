"""Export: the render request, and the poll answers in all three shapes seen."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .base import WireModel
from .draft import Draft

RenderStatusName = Literal["pending", "processing", "completed", "failed", "cancelled"]
FINISHED = ("completed", "failed", "cancelled")


class RenderOutput(WireModel):
    format: str = "mp4"
    quality: str = "high"
    resolution: str | None = None
    codec: str | None = None
    crf: int | None = None
    preset: str | None = None


class RenderRequest(WireModel):
    id: str
    session_id: str = Field(alias="sessionId")
    draft: Draft
    output: RenderOutput = RenderOutput()


class RenderJob(WireModel):
    """The job as the local engine reports it in ``{success, data}``.

    Beyond the cloud's fields the local engine adds, when it knows them: the preset and
    size of the output, ``warnings`` (e.g. text left out for want of a CJK font), the
    measured loudness of the finished file and the URL of its cover image.
    """

    id: str
    status: str = "pending"
    progress: int = 0
    output_url: str | None = Field(default=None, alias="outputUrl")
    error: str | None = None
    preset: str | None = None
    width: int | None = None
    height: int | None = None
    warnings: list[str] | None = None
    loudness_lufs: float | None = Field(default=None, alias="loudnessLufs")
    cover_url: str | None = Field(default=None, alias="coverUrl")


class RenderPreset(WireModel):
    """One export preset as ``GET /api/render/presets`` lists it."""

    name: str
    label: str = ""
    width: int
    height: int
    fps: int = 30
    video_codec: str = "h264"
    x264_preset: str = "veryfast"
    crf: int = 20
    maxrate: str | None = None
    audio_bitrate: str | None = None
    final: bool = True
    follows_canvas: bool = False  # the size is the canvas scaled (the draft preset)


class RenderPresets(WireModel):
    presets: list[RenderPreset] = []


class RenderStatus(WireModel):
    """One poll answer, normalised from whichever shape the server used."""

    id: str = ""
    status: str = "pending"
    progress: int = 0
    output_url: str | None = None
    error: str | None = None
    warnings: list[str] = []

    @property
    def finished(self) -> bool:
        return self.status in FINISHED


def parse_poll(body: dict[str, Any], job_id: str = "") -> RenderStatus:
    """Accept every poll shape of docs/protocol.md.

    - ``{"status": ..., "output": {"url": ...}}`` (top level)
    - ``{"code": 0, "data": {"status": ..., "outputUrl": ...}}``
    - ``{"success": true, "data": {"status", "outputUrl", "progress"}}``
    """
    inner: dict[str, Any] = body
    data = body.get("data")
    if isinstance(data, dict) and "status" in data:
        inner = data
    output = inner.get("output") if isinstance(inner.get("output"), dict) else {}
    url = inner.get("outputUrl") or inner.get("output_url") or output.get("url")
    if not url and isinstance(body.get("output"), dict):
        url = body["output"].get("url")
    error = inner.get("error") or body.get("error")
    warnings = inner.get("warnings")
    warnings = [str(w) for w in warnings] if isinstance(warnings, list) else []
    status = str(inner.get("status") or ("failed" if body.get("success") is False else "pending"))
    try:
        progress = int(float(inner.get("progress") or (100 if status == "completed" else 0)))
    except (TypeError, ValueError):
        progress = 0
    return RenderStatus(
        id=str(inner.get("id") or job_id),
        status=status.lower(),
        progress=max(0, min(100, progress)),
        output_url=url,
        error=str(error) if error else None,
        warnings=warnings,
    )
