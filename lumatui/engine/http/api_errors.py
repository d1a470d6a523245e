"""Errors the engine answers with: the protocol's codes, in its envelope, with an HTTP status.

Body codes follow docs/protocol.md; the HTTP statuses beside them are our choice
(documented in docs/engine.md) so plain HTTP tools also see a failure.
"""

from __future__ import annotations

from starlette.responses import JSONResponse

from lumatui.protocol import codes
from lumatui.protocol.envelope import fail


class ApiError(Exception):
    def __init__(self, code: int, message: str, status: int, data: object = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.data = data

    def response(self) -> JSONResponse:
        headers = {}
        if isinstance(self.data, dict) and "retry_after_seconds" in self.data:
            headers["Retry-After"] = str(self.data["retry_after_seconds"])
        return JSONResponse(
            fail(self.code, self.message, self.data), status_code=self.status, headers=headers
        )


def token_invalid() -> ApiError:
    return ApiError(codes.TOKEN_INVALID, "Token is missing, invalid or expired.", 401)


def session_not_found(session_id: str) -> ApiError:
    return ApiError(codes.SESSION_NOT_FOUND, f"Session {session_id} not found.", 404)


def no_credits(needed: int, available: int) -> ApiError:
    return ApiError(
        codes.NO_CREDITS,
        f"Not enough credits: this needs {needed}, {available} available.",
        403,
        {"needed": needed, "available": available},
    )


def unsupported_file(name: str) -> ApiError:
    return ApiError(
        codes.UNSUPPORTED_FILE,
        f"Unsupported file: {name}. Supported: {codes.supported_formats_text()}.",
        415,
        {"formats": codes.supported_formats_text()},
    )


def file_too_large(name: str) -> ApiError:
    return ApiError(
        codes.FILE_TOO_LARGE,
        f"File too large: {name} is over 200 MB.",
        413,
        {"limit_bytes": codes.MAX_UPLOAD_BYTES},
    )


def missing_client_id() -> ApiError:
    return ApiError(400, "The X-Client-Id header is required.", 400)


def sign_ins_limited(limit: int, window_s: int, retry_after_s: int) -> ApiError:
    """429 for anonymous tokens, naming the real window and when the next one is possible."""
    minutes = max(1, -(-retry_after_s // 60))
    window = "hour" if window_s == 3600 else f"{window_s // 60} minutes"
    return ApiError(
        429,
        f"Too many sign-ins from this install: at most {limit} per {window};"
        f" the next is possible in about {minutes} min.",
        429,
        {"limit": limit, "window_seconds": window_s, "retry_after_seconds": retry_after_s},
    )


def bad_request(message: str) -> ApiError:
    return ApiError(codes.BAD_REQUEST, message, 400)


def not_found(message: str) -> ApiError:
    return ApiError(codes.NOT_FOUND, message, 404)


def body_too_large(limit: int) -> ApiError:
    return ApiError(413, f"The request body is over {limit // (1024 * 1024)} MB.", 413)


def busy(message: str) -> ApiError:
    return ApiError(429, message, 429)
