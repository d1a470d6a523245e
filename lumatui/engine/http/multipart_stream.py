"""Multipart uploads read as they stream in, straight into the session's media folder.

Starlette's ``request.form()`` spools every part to a temporary file before a handler can
look at its size, so five 150 MB parts cost 750 MB of /tmp before the 200 MB check runs.
Here each file part is written to its final place while it arrives, the per-file limit is
enforced on the running count, and the whole request is capped too. On any refusal every
file this request wrote is removed: nothing is kept from a refused upload.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request

from lumatui.engine.http import api_errors as err
from lumatui.engine.media.assets import AssetLibrary
from lumatui.protocol import codes

FIELD = "files"
MAX_REQUEST_BYTES = 1024 * 1024 * 1024  # the whole multipart body, all files together


@dataclass
class ReceivedFile:
    name: str
    asset_id: str
    path: Path


@dataclass
class _Reader:
    assets: AssetLibrary
    session_id: str
    received: list[ReceivedFile] = field(default_factory=list)
    _headers: dict[bytes, bytes] = field(default_factory=dict)
    _field: bytes = b""
    _value: bytes = b""
    _out: IO[bytes] | None = None
    _written: int = 0
    error: err.ApiError | None = None

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._begin,
            "on_header_field": lambda data, start, end: self._header_field(data[start:end]),
            "on_header_value": lambda data, start, end: self._header_value(data[start:end]),
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_done,
            "on_part_data": lambda data, start, end: self._data(data[start:end]),
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self._headers, self._field, self._value, self._written = {}, b"", b"", 0

    def _header_field(self, chunk: bytes) -> None:
        self._field += chunk

    def _header_value(self, chunk: bytes) -> None:
        self._value += chunk

    def _header_end(self) -> None:
        self._headers[self._field.lower()] = self._value
        self._field, self._value = b"", b""

    def _headers_done(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        if options.get(b"name") != FIELD.encode() or b"filename" not in options:
            return  # another field: its data is read and dropped
        name = options[b"filename"].decode("utf-8", "replace") or "file"
        if codes.file_type_for(name) is None:
            raise err.unsupported_file(name[:120])
        if len(self.received) >= codes.MAX_FILES_PER_UPLOAD:
            raise err.bad_request(
                f"At most {codes.MAX_FILES_PER_UPLOAD} files per upload request;"
                " send the rest in another."
            )
        asset_id, path = self.assets.new_path(self.session_id, name)
        self.received.append(ReceivedFile(name, asset_id, path))
        self._out = path.open("wb")

    def _data(self, chunk: bytes) -> None:
        if self._out is None:
            return
        self._written += len(chunk)
        if self._written > codes.MAX_UPLOAD_BYTES:
            raise err.file_too_large(self.received[-1].name[:120])
        self._out.write(chunk)

    def _end(self) -> None:
        if self._out is not None:
            self._out.close()
            self._out = None

    def discard(self) -> None:
        self._end()
        for item in self.received:
            item.path.unlink(missing_ok=True)


async def receive_multipart(
    request: Request, assets: AssetLibrary, session_id: str
) -> list[ReceivedFile]:
    """The files of field ``files``, already on disk; refused (and removed) past a limit."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_REQUEST_BYTES:
        raise err.body_too_large(MAX_REQUEST_BYTES)
    _, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if not boundary:
        raise err.bad_request("The multipart upload has no boundary.")
    reader = _Reader(assets, session_id)
    parser = MultipartParser(boundary, reader.callbacks())
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > MAX_REQUEST_BYTES:
                raise err.body_too_large(MAX_REQUEST_BYTES)
            parser.write(chunk)
        parser.finalize()
        reader._end()
    except err.ApiError:
        reader.discard()
        raise
    except Exception:  # a malformed body (python-multipart's own errors, a disk that is full)
        reader.discard()
        raise err.bad_request(
            "Could not read the upload. Send the files as multipart field 'files'."
        ) from None
    if not reader.received:
        raise err.bad_request("No files in the multipart field 'files'.")
    return reader.received
