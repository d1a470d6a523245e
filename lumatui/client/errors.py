"""The protocol's error table as exceptions that carry what to tell the user and what to do.

Messages are written for people and never include the token.
"""

from __future__ import annotations

from typing import Any

from lumatui.protocol import codes
from lumatui.protocol.fastapi_detail import detail_text, is_session_not_found

REGISTER_URL = "https://nemovideo.com/register?bind={user_id}"


class NemoError(Exception):
    """Base: ``message`` is for the user, ``action`` says what they (or we) can do next."""

    code: int | None = None

    def __init__(self, message: str, *, action: str = "", code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.action = action
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.message} {self.action}".strip()


class InvalidRequest(NemoError):
    """Refused on this side before anything was sent: a bad URL, a message too long."""


class TokenInvalid(NemoError):
    code = codes.TOKEN_INVALID


class SessionNotFound(NemoError):
    code = codes.SESSION_NOT_FOUND


class NoCredits(NemoError):
    code = codes.NO_CREDITS

    def __init__(self, message: str, *, user_id: str = "", anonymous: bool = True) -> None:
        self.register_url = REGISTER_URL.format(user_id=user_id) if anonymous and user_id else ""
        action = (
            f"Register to get more credits: {self.register_url}"
            if self.register_url
            else "Top up your credits to continue."
        )
        super().__init__(message or "You are out of credits.", action=action)


class UnsupportedFile(NemoError):
    code = codes.UNSUPPORTED_FILE

    def __init__(self, message: str) -> None:
        self.formats = codes.supported_formats_text()
        super().__init__(message, action=f"Supported formats: {self.formats}.")


class FileTooLarge(NemoError):
    code = codes.FILE_TOO_LARGE

    def __init__(self, message: str) -> None:
        self.limit_bytes = codes.MAX_UPLOAD_BYTES
        super().__init__(
            message, action="Files can be up to 200 MB: compress or trim it and try again."
        )


class MissingClientId(NemoError):
    code = 400


class ExportBlocked(NemoError):
    code = 402

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message or "Export is not available on this plan.",
            action="Register or upgrade to unlock export.",
        )


class RateLimited(NemoError):
    code = 429


class BackendUnreachable(NemoError):
    pass


class ServerError(NemoError):
    pass


class NothingToExport(NemoError):
    pass


class ExportFailed(NemoError):
    pass


def error_for(status: int, body: Any, *, user_id: str = "") -> NemoError:
    """The typed error for an answer: by body code when there is one, else by HTTP status."""
    code: int | None = None
    message = ""
    if isinstance(body, dict):
        raw = body.get("code")
        code = raw if isinstance(raw, int) and raw != 0 else None
        message = str(body.get("message") or body.get("error") or "") or detail_text(body)
    if code == codes.SESSION_NOT_FOUND or is_session_not_found(status, body):
        code = codes.SESSION_NOT_FOUND  # ADK's 404 on /run_sse means what 1002 means
    if code == codes.TOKEN_INVALID:
        return TokenInvalid(message or "Your sign-in expired.", action="Getting a new one.")
    if code == codes.SESSION_NOT_FOUND:
        return SessionNotFound(
            message or "This project no longer exists.", action="Starting a new session."
        )
    if code == codes.NO_CREDITS:
        return NoCredits(message, user_id=user_id, anonymous=user_id.startswith("anon_"))
    if code == codes.UNSUPPORTED_FILE:
        return UnsupportedFile(message or "That file type is not supported.")
    if code == codes.FILE_TOO_LARGE:
        return FileTooLarge(message or "That file is too large.")
    if status == 402:
        return ExportBlocked(message)
    if status == 429:
        return RateLimited(message or "Too many requests.", action="Wait a minute and try again.")
    if status == 400 and "client" in message.lower():
        return MissingClientId(message, action="Creating a new client id.")
    if status == 401:
        return TokenInvalid(message or "Not signed in.", action="Getting a new token.")
    detail = f"{message} (HTTP {status})" if message else f"HTTP {status}"
    return ServerError(f"The server answered with an error: {detail}", code=code or status)
