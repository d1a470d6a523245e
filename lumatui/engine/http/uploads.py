"""Receiving uploads: multipart files or a JSON list of URLs, checked, stored and probed.

Checks happen before anything is kept: the format by extension (4001) and the 200 MB limit
(4002) while the body streams in (``multipart_stream``), so an oversized file is never
written out in full, and nothing is spooled to /tmp first.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from pathlib import Path
from urllib.parse import unquote, urlparse, urlunparse

import httpx
from starlette.requests import Request

from lumatui.engine.http import api_errors as err
from lumatui.engine.http.context import engine_of, json_body
from lumatui.engine.http.multipart_stream import receive_multipart
from lumatui.engine.media.assets import AssetLibrary, ProbeError
from lumatui.engine.media.media_check import TruncatedMedia
from lumatui.engine.store import Asset
from lumatui.protocol import codes
from lumatui.protocol.upload import UploadUrlsRequest

CHUNK = 1 << 20
MAX_REDIRECTS = 5


async def receive_uploads(
    request: Request, assets: AssetLibrary, session_id: str, user_id: str
) -> list[Asset]:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        return await _receive_files(request, assets, session_id, user_id)
    try:
        body = UploadUrlsRequest.model_validate(await json_body(request))
    except (ValueError, err.ApiError):
        raise err.bad_request("Send multipart field 'files' or JSON {\"urls\": [...]}.") from None
    allow_private = engine_of(request).config.allow_private_urls
    return [await _fetch_url(url, assets, session_id, user_id, allow_private) for url in body.urls]


async def _receive_files(
    request: Request, assets: AssetLibrary, session_id: str, user_id: str
) -> list[Asset]:
    received = await receive_multipart(request, assets, session_id)
    stored = []
    try:
        for item in received:
            stored.append(
                await _register(assets, item.asset_id, session_id, user_id, item.name, item.path)
            )
    except err.ApiError:
        for item in received[len(stored) :]:
            item.path.unlink(missing_ok=True)
        raise
    return stored


async def _register(
    assets: AssetLibrary, asset_id: str, session_id: str, user_id: str, name: str, path: Path
) -> Asset:
    try:
        return await asyncio.to_thread(
            assets.register, asset_id, session_id, user_id, name, path, origin="upload"
        )
    except TruncatedMedia as exc:
        path.unlink(missing_ok=True)
        raise err.unsupported_file(f"{name} ({exc})") from None
    except ProbeError:
        path.unlink(missing_ok=True)
        raise err.unsupported_file(f"{name} (not readable as media)") from None


async def _fetch_url(
    url: str, assets: AssetLibrary, session_id: str, user_id: str, allow_private: bool
) -> Asset:
    try:
        parsed = urlparse(url)
        parsed.port  # noqa: B018 (reading it validates the port and an IPv6 host)
    except ValueError:
        raise err.bad_request(f"That URL cannot be read: {shown_url(url)!r}.") from None
    name = Path(unquote(parsed.path)).name or "download"
    if codes.file_type_for(name) is None:
        raise err.unsupported_file(name[:120])
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        # Never file:// or other schemes: a token holder must not read the engine's own disk.
        raise err.bad_request(f"Only http(s) URLs can be uploaded, not {shown_url(url)!r}.")
    asset_id, path = assets.new_path(session_id, name)
    await _download(url, path, name, allow_private)
    return await _register(assets, asset_id, session_id, user_id, name, path)


def shown_url(url: str) -> str:
    """The URL as an error may show it: no user name or password, no query, at most 80."""
    try:
        parsed = urlparse(url)
        host = parsed.hostname or ""
        port = f":{parsed.port}" if parsed.port else ""
    except ValueError:
        return "(an unreadable URL)"
    if parsed.netloc:
        text = urlunparse((parsed.scheme, f"{host}{port}", parsed.path, "", "", ""))
    else:
        text = url.split("?", 1)[0].rpartition("@")[2]
    return text if len(text) <= 80 else text[:77] + "..."


async def _refuse_private(url: str) -> None:
    """URL uploads fetch from the public internet only: never this machine's loopback ports
    or a private network (every address the name resolves to is checked, on every hop)."""
    parsed = urlparse(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(
            parsed.hostname, port, type=socket.SOCK_STREAM
        )
    except OSError:
        raise err.bad_request("Could not fetch the URL: its host name is unknown.") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            raise err.bad_request(
                "URL uploads fetch only from public hosts, not from this machine"
                " or a private network."
            )


async def _download(url: str, dest: Path, name: str, allow_private: bool) -> None:
    """Fetch with a size cap, following at most five redirects and only to http(s)."""
    written = 0
    try:
        async with httpx.AsyncClient(timeout=60, follow_redirects=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                if not allow_private:
                    await _refuse_private(url)
                async with client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = str(response.url.join(response.headers.get("location", "")))
                        if urlparse(url).scheme not in ("http", "https"):
                            raise err.bad_request(
                                "The URL redirects to a scheme other than http(s)."
                            )
                        continue
                    if response.status_code != 200:
                        raise err.bad_request(
                            f"Could not fetch the URL: HTTP {response.status_code}"
                        )
                    declared = int(response.headers.get("content-length") or 0)
                    if declared > codes.MAX_UPLOAD_BYTES:
                        raise err.file_too_large(name[:120])
                    with dest.open("wb") as out:
                        async for chunk in response.aiter_bytes(CHUNK):
                            written += len(chunk)
                            if written > codes.MAX_UPLOAD_BYTES:
                                raise err.file_too_large(name[:120])
                            out.write(chunk)
                    return
            raise err.bad_request("The URL redirects too many times.")
    except (httpx.HTTPError, ValueError) as exc:
        dest.unlink(missing_ok=True)
        raise err.bad_request(f"Could not fetch the URL: {exc.__class__.__name__}") from None
    except err.ApiError:
        dest.unlink(missing_ok=True)
        raise
