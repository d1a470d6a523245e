"""Uploads: files or URLs in, probed file descriptions out."""

from __future__ import annotations

from .base import WireModel


class UploadUrlsRequest(WireModel):
    urls: list[str]
    source_type: str = "url"


class UploadedFile(WireModel):
    filename: str
    file_type: str  # video / image / audio
    cdn_url: str
    duration: float | None = None  # seconds
    width: int | None = None
    height: int | None = None
    fps: float | None = None
    hash: str | None = None
    size: int | None = None


class UploadData(WireModel):
    files: list[UploadedFile] = []
    session_state_applied: bool = False
