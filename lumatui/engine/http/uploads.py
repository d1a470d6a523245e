"""Receiving uploads: multipart files or a JSON list of URLs, checked, stored and probed.

Checks happen before anything is kept: the format by extension (4001) and the 200 MB limit
(4002) while streaming, so an oversized file is never written out in full.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import Request

from lumatui.engine.http import api_errors as err
from lumatui.engine.http.context import json_body
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
    return [await _fetch_url(url, assets, session_id, user_id) for url in body.urls]


async def _receive_files(
    request: Request, assets: AssetLibrary, session_id: str, user_id: str
) -> list[Asset]:
    try:
        form = await request.form(max_files=codes.MAX_FILES_PER_UPLOAD)
    except MultiPartException as exc:
        raise err.bad_request(
            f"Could not read the upload ({exc.message}). Send at most"
            f" {codes.MAX_FILES_PER_UPLOAD} files per request in the field 'files'."
        ) from None
    try:
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not files:
            raise err.bad_request("No files in the multipart field 'files'.")
        for upload in files:  # check every file before keeping any
            name = upload.filename or "file"
            if codes.file_type_for(name) is None:
                raise err.unsupported_file(name)
            if upload.size is not None and upload.size > codes.MAX_UPLOAD_BYTES:
                raise err.file_too_large(name)
        stored = []
        for upload in files:
            name = upload.filename or "file"
            asset_id, path = assets.new_path(session_id, name)
            await _copy_limited(upload, path, name)
            stored.append(await _register(assets, asset_id, session_id, user_id, name, path))
        return stored
    finally:
        await form.close()


async def _copy_limited(upload: UploadFile, dest: Path, name: str) -> None:
    written = 0
    with dest.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            written += len(chunk)
            if written > codes.MAX_UPLOAD_BYTES:
                out.close()
                dest.unlink(missing_ok=True)
                raise err.file_too_large(name)
            out.write(chunk)


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


async def _fetch_url(url: str, assets: AssetLibrary, session_id: str, user_id: str) -> Asset:
    parsed = urlparse(url)
    name = Path(unquote(parsed.path)).name or "download"
    if codes.file_type_for(name) is None:
        raise err.unsupported_file(name)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        # Never file:// or other schemes: a token holder must not read the engine's own disk.
        raise err.bad_request(f"Only http(s) URLs can be uploaded, not {url[:80]!r}.")
    asset_id, path = assets.new_path(session_id, name)
    await _download(url, path, name)
    return await _register(assets, asset_id, session_id, user_id, name, path)


async def _download(url: str, dest: Path, name: str) -> None:
    """Fetch with a size cap, following at most five redirects and only to http(s)."""
    written = 0
    try:
        async with httpx.AsyncClient(timeout=60, follow_redirects=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
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
                        raise err.file_too_large(name)
                    with dest.open("wb") as out:
                        async for chunk in response.aiter_bytes(CHUNK):
                            written += len(chunk)
                            if written > codes.MAX_UPLOAD_BYTES:
                                raise err.file_too_large(name)
                            out.write(chunk)
                    return
            raise err.bad_request("The URL redirects too many times.")
    except httpx.HTTPError as exc:
        dest.unlink(missing_ok=True)
        raise err.bad_request(f"Could not fetch the URL: {exc.__class__.__name__}") from None
    except err.ApiError:
        dest.unlink(missing_ok=True)
        raise
