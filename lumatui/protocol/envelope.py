"""The two answer envelopes: ``{code, message, data}`` and render's ``{success, data, error}``."""

from __future__ import annotations

from typing import Any

from .base import WireModel


class Envelope(WireModel):
    """Most endpoints: ``code`` 0 means success; anything else is an error code."""

    code: int = 0
    message: str = ""
    data: Any = None

    @property
    def ok(self) -> bool:
        return self.code == 0


class RenderEnvelope(WireModel):
    """Render endpoints answer ``{success, data}`` or ``{success: false, error}``."""

    success: bool = True
    data: Any = None
    error: str | None = None


def ok(data: Any = None, message: str = "success") -> dict[str, Any]:
    """A success body in the common envelope."""
    return {"code": 0, "message": message, "data": data}


def fail(code: int, message: str, data: Any = None) -> dict[str, Any]:
    """An error body in the common envelope."""
    return {"code": code, "message": message, "data": data}
