"""The client side: talks to the NemoVideo API (the cloud or the local engine)."""

from lumatui.protocol.stream_assembly import TurnAssembler

from .api import NemoClient, check_upload
from .errors import (
    BackendUnreachable,
    ExportBlocked,
    ExportFailed,
    FileTooLarge,
    InvalidRequest,
    MissingClientId,
    NemoError,
    NoCredits,
    NothingToExport,
    RateLimited,
    ServerError,
    SessionNotFound,
    TokenInvalid,
    UnsupportedFile,
)
from .export import ExportProgress, export_video
from .turn import run_turn

__all__ = [
    "BackendUnreachable",
    "ExportBlocked",
    "ExportFailed",
    "ExportProgress",
    "FileTooLarge",
    "InvalidRequest",
    "MissingClientId",
    "NemoClient",
    "NemoError",
    "NoCredits",
    "NothingToExport",
    "RateLimited",
    "ServerError",
    "SessionNotFound",
    "TokenInvalid",
    "TurnAssembler",
    "UnsupportedFile",
    "check_upload",
    "export_video",
    "run_turn",
]
