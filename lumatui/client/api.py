"""NemoClient: one async httpx client for every endpoint, with the protocol's recoveries.

Every call carries the attribution headers and ``X-Client-Id``; all but the anonymous-token
call carry the bearer token. Recoveries happen once per call: 1001 → a new anonymous token,
HTTP 400 (client id) → a new client id, 429 → wait 30 s (the wait is injectable).
"""

from __future__ import annotations

import asyncio
import mimetypes
import os
import stat
import tempfile
import uuid
from collections.abc import Awaitable, Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlparse

import httpx
from pydantic import BaseModel, ValidationError

from lumatui.protocol import codes
from lumatui.protocol.account import ClaimData, Credits, SessionData, SessionRequest, TokenData
from lumatui.protocol.draft import Draft, StateData
from lumatui.protocol.render import RenderOutput, RenderRequest, RenderStatus, parse_poll
from lumatui.protocol.upload import UploadData, UploadUrlsRequest

from . import settings
from .errors import (
    BackendUnreachable,
    ExportFailed,
    FileTooLarge,
    MissingClientId,
    NemoError,
    RateLimited,
    ServerError,
    TokenInvalid,
    UnsupportedFile,
    error_for,
)
from .token_store import StoredToken, TokenStore

Sleep = Callable[[float], Awaitable[None]]
M = TypeVar("M", bound=BaseModel)
RATE_LIMIT_WAIT = 30.0


def rate_limit_wait() -> float:
    """30 s as the protocol asks; ``LUMATUI_RATE_LIMIT_WAIT`` shortens it for scripted runs."""
    try:
        return max(0.0, float(os.environ.get("LUMATUI_RATE_LIMIT_WAIT", RATE_LIMIT_WAIT)))
    except ValueError:
        return RATE_LIMIT_WAIT


DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
TOKEN_PATH = "/api/auth/anonymous-token"
# The cloud's rule (shared protocol): one anonymous token per client id per 7 days.
CLOUD_SIGN_IN_WINDOW = "7 days"


def retry_after(response: httpx.Response) -> int | None:
    value = response.headers.get("retry-after", "").strip()
    return int(value) if value.isdigit() else None


def sign_ins_limited(error: NemoError, retry: int | None) -> RateLimited:
    """The "too many sign-ins" error, naming the window the server really applies."""
    named = "sign-in" in error.message.lower()  # the local engine names its window itself
    message = error.message if named else "Too many sign-ins from this install."
    if retry is not None and not named:
        wait = f"{-(-retry // 60)} min" if retry >= 60 else f"{retry} s"
        action = f"Try again in about {wait}; meanwhile keep using the saved sign-in."
    elif retry is not None:
        action = "Meanwhile keep using the saved sign-in, or set NEMO_TOKEN."
    else:
        action = (
            f"New sign-ins are limited to one per install every {CLOUD_SIGN_IN_WINDOW};"
            " keep using the saved sign-in, or set NEMO_TOKEN."
        )
    return RateLimited(message, action=action)


class NemoClient:
    def __init__(
        self,
        base_url: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        token_store: TokenStore | None = None,
        client_id: str | None = None,
        sleep: Sleep = asyncio.sleep,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = settings.resolve_base_url(base_url)
        self.tokens = token_store or TokenStore()
        self.client_id = client_id or settings.client_id()
        self.sleep = sleep
        self.http = httpx.AsyncClient(base_url=self.base_url, transport=transport, timeout=timeout)
        self._token: StoredToken | None = None
        # Told about recoveries as they happen ("getting a new token"), for a status line.
        self.notice: Callable[[str], None] | None = None
        self._token_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"NemoClient({self.base_url!r})"

    async def __aenter__(self) -> NemoClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    @property
    def user_id(self) -> str:
        return self._token.user_id if self._token else ""

    # --- plumbing ---------------------------------------------------------------------------

    def headers(self, auth: bool = True, identify: bool = True) -> dict[str, str]:
        """``identify``: send the install's client id (whoever holds it can mint a token for
        this account), so only ever True for the API's own origin."""
        headers = settings.attribution_headers()
        if identify:
            headers[codes.CLIENT_ID] = self.client_id
        if auth and self._token:
            headers[codes.AUTHORIZATION] = f"Bearer {self._token.token}"
        return headers

    async def send(self, method: str, url: str, *, auth: bool = True, **kw: Any) -> httpx.Response:
        try:
            return await self.http.request(method, url, headers=self.headers(auth), **kw)
        except httpx.TransportError as exc:
            raise unreachable(self.base_url, exc) from None

    def error_of(self, response: httpx.Response, body: Any) -> NemoError | None:
        """None when the answer is a success in either envelope."""
        if response.is_success:
            if not isinstance(body, dict):
                return ServerError("The server sent an unreadable answer.")
            if body.get("success") is False:
                return error_for(response.status_code, body, user_id=self.user_id)
            if isinstance(body.get("code"), int) and body["code"] != 0:
                return error_for(response.status_code, body, user_id=self.user_id)
            return None
        return error_for(response.status_code, body, user_id=self.user_id)

    async def recover(self, error: NemoError) -> bool:
        """Fix what can be fixed before one retry; False when retrying cannot help."""
        if isinstance(error, TokenInvalid):
            if self._token is not None and self._token.from_env:
                return False
            self._notice("The sign-in expired; getting a new one and trying again.")
            await self.ensure_token(force=True)
            return True
        if isinstance(error, MissingClientId):
            self.client_id = settings.client_id(renew=True)
            return True
        if isinstance(error, RateLimited):
            wait = rate_limit_wait()
            self._notice(f"The server is rate-limiting; trying once more in {wait:g} s.")
            await self.sleep(wait)
            return True
        return False

    def _notice(self, text: str) -> None:
        if self.notice is not None:
            self.notice(text)

    async def call(
        self,
        method: str,
        url: str,
        *,
        auth: bool = True,
        make_kwargs: Callable[[], dict[str, Any]] | None = None,
        **kw: Any,
    ) -> Any:
        """Send, check, recover once; returns the parsed JSON body."""
        for attempt in (1, 2):
            if auth:
                await self.ensure_token()
            extra = make_kwargs() if make_kwargs else {}
            response = await self.send(method, url, auth=auth, **kw, **extra)
            try:
                body = response.json()
            except ValueError:
                body = None
            error = self.error_of(response, body)
            if error is None:
                return body
            if attempt == 2 and url == TOKEN_PATH and isinstance(error, RateLimited):
                raise sign_ins_limited(error, retry_after(response))  # after the one 30 s retry
            if attempt == 1 and await self.recover(error):
                continue
            raise error
        raise AssertionError("unreachable")

    # --- account ------------------------------------------------------------------------------

    async def ensure_token(self, force: bool = False) -> StoredToken:
        async with self._token_lock:
            if not force:
                token = self._token or self.tokens.load(self.base_url)
                if token is not None and not token.expired():
                    self._token = token
                    return token
            body = await self.call("POST", TOKEN_PATH, auth=False)
            data = read_model(TokenData, body)
            self._token = StoredToken(data.token, data.user_id, data.expires_at)
            self.tokens.save(self.base_url, self._token)
            return self._token

    async def create_session(self, language: str = "en") -> SessionData:
        body = await self.call(
            "POST",
            "/api/tasks/me/with-session/nemo_agent",
            json=SessionRequest(language=language).wire(),
        )
        return read_model(SessionData, body)

    async def credits(self) -> Credits:
        body = await self.call("GET", "/api/credits/balance/simple")
        return read_model(Credits, body)

    async def state(self, session_id: str) -> StateData:
        body = await self.call("GET", f"/api/state/nemo_agent/me/{session_id}/latest")
        return read_model(StateData, body)

    async def claim_token(self, task_id: str, session_id: str) -> ClaimData:
        body = await self.call(
            "POST", "/api/auth/claim-token", json={"task_id": task_id, "session_id": session_id}
        )
        return read_model(ClaimData, body)

    # --- uploads ----------------------------------------------------------------------------

    async def upload_files(self, session_id: str, files: list[Path]) -> UploadData:
        """Upload in requests of at most ``MAX_FILES_PER_UPLOAD``, after checking every file."""
        for path in files:  # check everything before sending anything
            check_upload(path)
        described: list[Any] = []
        applied = False
        for start in range(0, len(files), codes.MAX_FILES_PER_UPLOAD):
            data = await self._upload_batch(
                session_id, files[start : start + codes.MAX_FILES_PER_UPLOAD]
            )
            described.extend(data.files)
            applied = applied or bool(data.session_state_applied)
        return UploadData(files=described, session_state_applied=applied)

    async def _upload_batch(self, session_id: str, files: list[Path]) -> UploadData:
        stack = ExitStack()

        def make_kwargs() -> dict[str, Any]:
            stack.close()
            parts = []
            for path in files:
                mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
                parts.append(("files", (path.name, stack.enter_context(path.open("rb")), mime)))
            return {"files": parts}

        with stack:
            body = await self.call(
                "POST", f"/api/upload-video/nemo_agent/me/{session_id}", make_kwargs=make_kwargs
            )
        return read_model(UploadData, body)

    async def upload_urls(self, session_id: str, urls: list[str]) -> UploadData:
        body = await self.call(
            "POST",
            f"/api/upload-video/nemo_agent/me/{session_id}",
            json=UploadUrlsRequest(urls=urls).wire(),
        )
        return read_model(UploadData, body)

    # --- render -------------------------------------------------------------------------------

    async def submit_render(
        self, session_id: str, draft: Draft, output: RenderOutput | None = None
    ) -> RenderStatus:
        """Submit; a failed submit is retried once with a new id (ids must be unique)."""
        last: NemoError | None = None
        for _ in range(2):
            request = RenderRequest(
                id=f"render_{uuid.uuid4().hex}",
                sessionId=session_id,
                draft=draft,
                output=output or RenderOutput(),
            )
            try:
                body = await self.call("POST", "/api/render/proxy/lambda", json=request.wire())
            except ServerError as exc:
                last = exc
                continue
            return parse_poll(body, request.id)
        assert last is not None
        raise last

    async def poll_render(self, job_id: str) -> RenderStatus:
        return parse_poll(await self.call("GET", f"/api/render/proxy/lambda/{job_id}"), job_id)

    async def cancel_render(self, job_id: str) -> RenderStatus:
        body = await self.call("POST", f"/api/render/proxy/lambda/{job_id}/cancel")
        return parse_poll(body, job_id)

    async def download(
        self,
        url: str,
        dest: Path,
        on_progress: Callable[[int, int | None], None] | None = None,
        verify: Callable[[Path], None] | None = None,
    ) -> Path:
        """Stream to ``dest`` through a ``.part`` file, so a broken download leaves nothing;
        ``verify`` may refuse the finished part before it is moved into place."""
        absolute = urljoin(self.base_url + "/", url)
        same_origin = urlparse(absolute)[:2] == urlparse(self.base_url)[:2]
        await self.ensure_token()
        headers = self.headers(auth=same_origin, identify=same_origin)
        dest.parent.mkdir(parents=True, exist_ok=True)
        refuse_unless_regular(dest)
        # A part of its own in the same folder: two downloads to one path never share it.
        handle, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
        os.close(handle)
        part = Path(name)
        try:
            async with self.http.stream("GET", absolute, headers=headers) as response:
                if not response.is_success:
                    await response.aread()
                    try:
                        body = response.json()
                    except ValueError:
                        body = None
                    raise error_for(response.status_code, body, user_id=self.user_id)
                total = int(response.headers.get("content-length") or 0) or None
                done = 0
                with part.open("wb") as fh:
                    async for chunk in response.aiter_bytes(1 << 16):
                        fh.write(chunk)
                        done += len(chunk)
                        if on_progress:
                            on_progress(done, total)
            check_mp4(part, expected_size=total)
            if verify is not None:
                verify(part)
            refuse_unless_regular(dest)
            os.replace(part, dest)
        except httpx.TransportError:
            part.unlink(missing_ok=True)
            raise BackendUnreachable(
                "The download was interrupted.", action="Export again to retry."
            ) from None
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return dest


def unreachable(base_url: str, exc: httpx.TransportError) -> BackendUnreachable:
    """The one message for a backend that did not answer (timeouts are transport errors)."""
    if isinstance(exc, httpx.TimeoutException):
        return BackendUnreachable(
            f"{base_url} did not answer in time.", action="Check the connection and retry."
        )
    return BackendUnreachable(
        f"Cannot reach {base_url} ({exc.__class__.__name__}).",
        action="Check the URL and your connection, then retry.",
    )


def read_model(model: type[M], body: Any) -> M:
    """The answer's ``data`` as ``model``; a shape we cannot read is a clear error, not a crash."""
    data = body.get("data") if isinstance(body, dict) else None
    try:
        return model.model_validate(data or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ())) or "the answer"
        raise ServerError(
            f"The server sent an answer this app cannot read ({where}: {first.get('msg')}).",
            action="Update lumatui, or report it if it persists.",
        ) from None


def check_mp4(path: Path, expected_size: int | None = None) -> None:
    """A download is offered only when it is whole and starts like an MP4 (an ``ftyp`` box)."""
    size = path.stat().st_size
    if expected_size is not None and size != expected_size:
        raise ExportFailed(
            f"The download stopped early ({size} of {expected_size} bytes).",
            action="Export again to retry.",
        )
    with path.open("rb") as fh:
        head = fh.read(12)
    if size < 12 or head[4:8] != b"ftyp":
        raise ExportFailed("The server sent something that is not an MP4.", action="Export again.")


def refuse_unless_regular(dest: Path) -> None:
    """A download may replace a regular file or make a new one, nothing else (a FIFO, a
    device node, a folder or a link is left alone)."""
    try:
        mode = dest.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise ExportFailed(
            f"{dest} exists and is not a regular file; it was left alone.",
            action="Choose another file name.",
        )


def check_upload(path: Path) -> None:
    """Raise before any byte is sent: the protocol's formats and its 200 MB limit."""
    if codes.file_type_for(path.name) is None:
        raise UnsupportedFile(f"{path.name} is not a supported file type.")
    try:
        size = path.stat().st_size
    except OSError:
        raise NemoError(f"Cannot read {path}.", action="Check the path and try again.") from None
    if size > codes.MAX_UPLOAD_BYTES:
        raise FileTooLarge(f"{path.name} is {size / 1e6:.0f} MB.")
