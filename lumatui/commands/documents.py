"""The ``--json`` documents, one model each: what a script can rely on.

Each command prints exactly one of these on stdout with ``--json`` (and nothing else there);
a command that fails prints an :class:`ErrorDocument` instead. Tests validate against these.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, RootModel


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskDocument(Document):
    session_id: str
    text: str  # what the agent said (empty when it said nothing)
    changes: list[str]  # what changed in the draft during the turn, in words
    timeline: str  # the timeline summary after the turn


class StatusDocument(Document):
    session_id: str
    draft: dict[str, Any]  # the draft as the backend sent it (short keys, unknown keys kept)


class CreditsDocument(Document):
    available: int
    frozen: int
    total: int


class UploadedFileDocument(BaseModel):
    """One file as the backend described it; keys it adds beyond these are kept."""

    model_config = ConfigDict(extra="allow")

    filename: str
    file_type: str
    cdn_url: str
    duration: float | None = None
    width: int | None = None
    height: int | None = None


class UploadDocument(RootModel[list[UploadedFileDocument]]):
    """The uploaded files, as a list."""


class ExportDocument(Document):
    path: str
    duration: float | None  # seconds, probed from the file
    width: int | None
    height: int | None
    size_bytes: int


class SessionDocument(Document):
    session_id: str
    task_id: str
    title: str
    last_message: str
    draft_seconds: float
    created: float  # unix time
    last_used: float  # unix time
    current: bool  # the one commands use without --session


class SessionsDocument(RootModel[list[SessionDocument]]):
    """Most recently used first."""


class BatchItemDocument(Document):
    file: str
    status: Literal["ok", "failed", "skipped"]
    session_id: str | None = None
    output: str | None = None
    duration: float | None = None  # seconds of the exported video
    error: str | None = None
    seconds: float = 0.0  # wall time spent on this item


class BatchDocument(Document):
    ok: int
    failed: int
    skipped: int
    items: list[BatchItemDocument]


class ErrorBody(Document):
    message: str
    exit_code: int
    kind: str  # the error's class name, e.g. NoCredits, BackendUnreachable, UsageError


class ErrorDocument(Document):
    error: ErrorBody
