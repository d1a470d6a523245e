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
    """The job as the local engine reports it in ``{success, data}``."""

    id: str
    status: str = "pending"
    progress: int = 0
    output_url: str | None = Field(default=None, alias="outputUrl")
    error: str | None = None


class RenderStatus(WireModel):
    """One poll answer, normalised from whichever shape the server used."""

    id: str = ""
    status: str = "pending"
    progress: int = 0
    output_url: str | None = None
    error: str | None = None

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
    )
