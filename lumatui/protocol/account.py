"""Token, session and credits."""

from __future__ import annotations

from .base import WireModel


class TokenData(WireModel):
    token: str
    user_id: str = ""
    expires_at: str = ""
    credits: int | None = None


class SessionRequest(WireModel):
    task_name: str = "project"
    language: str = "en"


class SessionData(WireModel):
    task_id: str = ""
    session_id: str
    user_id: str | None = None


class Credits(WireModel):
    available: int = 0
    frozen: int = 0
    total: int = 0


class ClaimRequest(WireModel):
    task_id: str = ""
    session_id: str = ""


class ClaimData(WireModel):
    claim_token: str
    expires_in: int = 0
