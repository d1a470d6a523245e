"""Where to connect and how to introduce ourselves: base URL, attribution, client id."""

from __future__ import annotations

import json
import os
import platform
import uuid
from pathlib import Path
from urllib.parse import urlparse

from lumatui import __version__, paths
from lumatui.protocol import codes

from .errors import InvalidRequest

CLOUD_URL = "https://mega-api-prod.nemovideo.ai"


def read_config() -> dict[str, object]:
    path = paths.config_dir() / "config.json"
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def resolve_base_url(explicit: str | None = None) -> str:
    """``--api`` > ``NEMO_API_URL`` > config ``api_url`` > the cloud; always an http(s) URL."""
    for candidate in (explicit, os.environ.get("NEMO_API_URL"), read_config().get("api_url")):
        if isinstance(candidate, str) and candidate.strip():
            return check_base_url(candidate.strip().rstrip("/"))
    return CLOUD_URL


def check_base_url(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise InvalidRequest(
            f"{shown!r} is not a backend URL.",
            action="Give one like http://127.0.0.1:8765 or https://host.",
        )
    return url


def detect_platform() -> str:
    return os.environ.get("LUMATUI_PLATFORM") or "terminal"


def attribution_headers() -> dict[str, str]:
    return {
        codes.SKILL_SOURCE: codes.SKILL_SOURCE_VALUE,
        codes.SKILL_VERSION: __version__,
        codes.SKILL_PLATFORM: detect_platform(),
        "User-Agent": f"lumatui/{__version__} ({platform.system()})",
    }


def _client_id_path() -> Path:
    return paths.config_dir() / "client_id"


def client_id(renew: bool = False) -> str:
    """A uuid made once per install and kept; ``renew`` replaces it (after HTTP 400)."""
    path = _client_id_path()
    if not renew:
        try:
            value = path.read_text().strip()
            if value:
                if path.stat().st_mode & 0o077:  # kept like the token: it can mint one
                    path.chmod(0o600)
                return value
        except OSError:
            pass
    value = str(uuid.uuid4())
    paths.write_private(path, value + "\n")
    return value
