"""Media a frame is taken from, fetched into the cache with the care of an export download.

A segment's ``src`` is a URL the backend gave (the local engine's ``/media/...``, a cloud CDN)
or a file on this machine. A URL is streamed through a ``.part`` file with a byte limit, a
whole-download time limit and the client's own headers (the token only for the API's origin),
so a huge, endless or stalled answer costs a bounded amount and leaves nothing behind. The file
name in the cache is a hash of the URL: nothing the backend sends becomes a path.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import httpx

from lumatui.protocol import codes

from .api import NemoClient
from .errors import NemoError

MAX_MEDIA_BYTES = codes.MAX_UPLOAD_BYTES  # nothing the backend takes in is bigger
FETCH_TIMEOUT = 60.0  # seconds for the whole download
KNOWN_SUFFIXES = {".mp4", ".mov", ".webm", ".mkv", ".m4v", ".jpg", ".jpeg", ".png", ".webp"}


class MediaUnavailable(NemoError):
    """The media behind a segment could not be read: no frame is shown, nothing else changes."""


def local_path(src: str) -> Path | None:
    """``file:///abs/file.mp4`` → that path; anything else is a URL (``/media/...`` is one on
    the backend's origin, never a file here)."""
    parsed = urlparse(src)
    return Path(unquote(parsed.path)) if parsed.scheme == "file" else None


def cache_name(url: str) -> str:
    """A fixed-length name from the URL, keeping a known media suffix (ffmpeg reads by content
    anyway; the suffix only helps a person looking in the folder)."""
    suffix = Path(urlparse(url).path).suffix.lower()
    digest = hashlib.sha256(url.encode()).hexdigest()[:32]
    return digest + (suffix if suffix in KNOWN_SUFFIXES else "")


async def fetch_media(
    client: NemoClient,
    url: str,
    folder: Path,
    *,
    max_bytes: int = MAX_MEDIA_BYTES,
    timeout: float = FETCH_TIMEOUT,
) -> Path:
    """The media at ``url`` as a file in ``folder`` (downloaded once, then reused)."""
    absolute = urljoin(client.base_url + "/", url)
    if urlparse(absolute).scheme not in ("http", "https"):
        raise MediaUnavailable(f"Cannot read media from {urlparse(absolute).scheme}: URLs.")
    dest = folder / cache_name(absolute)
    if dest.is_file():
        return dest
    folder.mkdir(parents=True, exist_ok=True)
    try:
        await asyncio.wait_for(_stream(client, absolute, dest, max_bytes), timeout)
    except TimeoutError:
        raise MediaUnavailable(
            f"The media took longer than {timeout:.0f} s to download.", action="Try again later."
        ) from None
    return dest


async def _stream(client: NemoClient, url: str, dest: Path, max_bytes: int) -> None:
    same_origin = urlparse(url)[:2] == urlparse(client.base_url)[:2]
    if same_origin:
        await client.ensure_token()
    headers = client.headers(auth=same_origin, identify=same_origin)
    handle, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    os.close(handle)
    part = Path(name)
    try:
        async with client.http.stream("GET", url, headers=headers) as response:
            if not response.is_success:
                raise MediaUnavailable(f"The media answered HTTP {response.status_code}.")
            declared = int(response.headers.get("content-length") or 0)
            if declared > max_bytes:
                raise MediaUnavailable(_too_big(declared, max_bytes))
            done = 0
            with part.open("wb") as fh:
                async for chunk in response.aiter_bytes(1 << 16):
                    done += len(chunk)
                    if done > max_bytes:
                        raise MediaUnavailable(_too_big(done, max_bytes))
                    fh.write(chunk)
        if declared and done != declared:
            raise MediaUnavailable(f"The media stopped early ({done} of {declared} bytes).")
        os.replace(part, dest)
    except httpx.TransportError as exc:
        raise MediaUnavailable(
            f"The media could not be downloaded ({exc.__class__.__name__})."
        ) from None
    finally:
        part.unlink(missing_ok=True)


def _too_big(size: int, limit: int) -> str:
    return f"The media is larger than {limit / 1e6:.0f} MB ({size / 1e6:.0f} MB or more)."
