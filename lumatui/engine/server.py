"""The engine's HTTP surface: every endpoint of docs/protocol.md, on Starlette.

Handlers stay thin: authenticate, validate with the shared wire models, call the store,
agent or render queue, answer in the protocol's envelope.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from lumatui.protocol import codes
from lumatui.protocol.account import ClaimData, SessionData, SessionRequest, TokenData
from lumatui.protocol.chat import RunRequest
from lumatui.protocol.draft import CanvasConfig, SessionStateBody, StateData, VideoInfo, aspect_of
from lumatui.protocol.envelope import ok
from lumatui.protocol.render import RenderJob, RenderPreset, RenderPresets, RenderRequest

from . import api_errors as err
from .agent import Agent
from .api_errors import ApiError
from .assets import AssetLibrary, media_url
from .config import EngineConfig
from .events import HEARTBEAT_FRAME, sse_frame
from .faults import FaultMiddleware, parse_faults
from .generator import ProceduralGenerator
from .presets import preset_list
from .render_queue import RenderQueue
from .store import Store
from .uploads import receive_uploads


class Engine:
    """Everything a request handler needs, built once per app."""

    def __init__(self, config: EngineConfig) -> None:
        config.data_dir.mkdir(parents=True, exist_ok=True)
        config.data_dir.chmod(0o700)  # token hashes and users' media live here
        self.config = config
        self.store = Store(config.db_path)
        config.db_path.chmod(0o600)  # SQLite gives its journal files the same mode
        self.assets = AssetLibrary(self.store, config.media_dir)
        self.agent = Agent(self.store, self.assets, ProceduralGenerator(), config)
        self.renders = RenderQueue(self.store, self.assets, config)
        self.turns: set[asyncio.Task[None]] = set()

    # --- request helpers ---------------------------------------------------------------------

    def user(self, request: Request) -> str:
        header = request.headers.get(codes.AUTHORIZATION, "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise err.token_invalid()
        user_id = self.store.user_for_token(token.strip())
        if user_id is None:
            raise err.token_invalid()
        return user_id

    def owned_session(self, session_id: str, user_id: str) -> Any:
        row = self.store.session(session_id)
        if row is None or row["user_id"] != user_id:
            raise err.session_not_found(session_id)
        return row


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise err.bad_request("The request body must be JSON.") from None
    if not isinstance(body, dict):
        raise err.bad_request("The request body must be a JSON object.")
    return body


def engine_of(request: Request) -> Engine:
    return request.app.state.engine


# --- account ----------------------------------------------------------------------------------


async def anonymous_token(request: Request) -> Response:
    engine = engine_of(request)
    client_id = request.headers.get(codes.CLIENT_ID, "").strip()
    if not client_id:
        raise err.missing_client_id()
    recent = engine.store.count_token_requests(client_id, since=time.time() - 3600)
    if recent >= engine.config.token_requests_per_hour:
        raise err.rate_limited()
    user_id = engine.store.user_for_client(client_id, engine.config.anonymous_credits)
    token, expires = engine.store.issue_token(user_id, client_id, engine.config.token_ttl_seconds)
    credits = engine.store.credits(user_id)
    data = TokenData(
        token=token, user_id=user_id, expires_at=_iso(expires), credits=credits.available
    )
    return JSONResponse(ok(data.wire()))


async def create_session(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    body = await json_body(request) if await request.body() else {}
    try:
        req = SessionRequest.model_validate(body)
    except ValidationError as exc:
        raise err.bad_request(f"Invalid session request: {exc.errors()[0]['msg']}") from None
    session_id, task_id = engine.store.create_session(user_id, req.task_name, req.language)
    return JSONResponse(
        ok(SessionData(task_id=task_id, session_id=session_id, user_id=user_id).wire())
    )


async def credits_balance(request: Request) -> Response:
    engine = engine_of(request)
    return JSONResponse(ok(engine.store.credits(engine.user(request)).wire()))


async def claim_token(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    body = await json_body(request)
    if body.get("session_id"):
        engine.owned_session(str(body["session_id"]), user_id)
    data = ClaimData(claim_token="clm_" + secrets.token_urlsafe(16), expires_in=600)
    return JSONResponse(ok(data.wire()))


# --- session state and media ----------------------------------------------------------------


async def session_state(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    session_id = request.path_params["sid"]
    row = engine.owned_session(session_id, user_id)
    _, draft = engine.store.latest_draft(session_id)
    base = base_url(request)
    infos = [
        VideoInfo(
            id=a.asset_id,
            url=media_url(base, a.asset_id, a.filename),
            file_type=a.file_type,
            duration=a.duration,
            width=a.width,
            height=a.height,
            fps=a.fps,
            label=a.label,
        )
        for a in engine.store.session_assets(session_id)
    ]
    canvas = CanvasConfig(
        width=draft.m.width,
        height=draft.m.height,
        aspect=aspect_of(draft.m.width, draft.m.height),
        fps=draft.m.fps,
    )
    state = StateData(
        session_id=session_id,
        task_id=row["task_id"],
        task_name=row["task_name"] or "project",
        state=SessionStateBody(
            video_infos=infos,
            draft=draft,
            canvas_config=canvas,
            generated_media=[i.id for i in infos if _origin(engine, i.id) == "generated"],
        ),
    )
    return JSONResponse(ok(state.wire()))


def _origin(engine: Engine, asset_id: str) -> str:
    asset = engine.store.asset(asset_id)
    return asset.origin if asset else ""


async def media_file(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    asset = engine.store.asset(request.path_params["asset_id"])
    if asset is None or asset.user_id != user_id:
        raise err.not_found("No such media.")
    return FileResponse(asset.path, filename=asset.filename)


async def upload(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    session_id = request.path_params["sid"]
    engine.owned_session(session_id, user_id)
    assets = await receive_uploads(request, engine.assets, session_id, user_id)
    files = [engine.assets.describe(a, base_url(request)).wire() for a in assets]
    return JSONResponse(ok({"files": files, "session_state_applied": True}))


# --- chat ---------------------------------------------------------------------------------------


async def run_sse(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    try:
        run = RunRequest.model_validate(await json_body(request))
    except ValidationError as exc:
        raise err.bad_request(f"Invalid chat request: {exc.errors()[0]['msg']}") from None
    engine.owned_session(run.session_id, user_id)
    if len(run.text) > codes.MAX_MESSAGE_CHARS:
        raise err.bad_request(
            f"The message is too long: {len(run.text):,} characters,"
            f" the limit is {codes.MAX_MESSAGE_CHARS:,}."
        )
    plan = engine.agent.plan(run.text)
    if plan.cost and not engine.store.try_freeze(user_id, plan.cost, "turn"):
        raise err.no_credits(plan.cost, engine.store.credits(user_id).available)
    queue: asyncio.Queue[bytes | None] = asyncio.Queue()

    async def emit(event: dict[str, Any]) -> None:
        await queue.put(sse_frame(event))

    async def turn() -> None:
        try:
            await engine.agent.run(
                plan,
                session_id=run.session_id,
                user_id=user_id,
                base_url=base_url(request),
                emit=emit,
            )
        except Exception as exc:  # the stream reports it; the engine carries on
            await queue.put(sse_frame({"error": f"The turn failed: {exc}"}))
        finally:
            await queue.put(None)

    # The turn runs to the end even if the client goes away, as the cloud's does.
    task = asyncio.create_task(turn())
    engine.turns.add(task)
    task.add_done_callback(engine.turns.discard)

    async def stream() -> AsyncIterator[bytes]:
        while True:
            try:
                item = await asyncio.wait_for(queue.get(), engine.config.heartbeat_seconds)
            except TimeoutError:
                yield HEARTBEAT_FRAME
                continue
            if item is None:
                return
            yield item

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)


# --- render ----------------------------------------------------------------------------------


def render_fail(message: str, status: int) -> JSONResponse:
    return JSONResponse({"success": False, "error": message, "code": status}, status_code=status)


async def render_submit(request: Request) -> Response:
    engine = engine_of(request)
    user_id = engine.user(request)
    if any(not request.headers.get(h) for h in codes.ATTRIBUTION_HEADERS):
        return render_fail("Export needs a registered plan or a supported client.", 402)
    try:
        req = RenderRequest.model_validate(await json_body(request))
    except ValidationError as exc:
        return render_fail(f"Invalid render request: {exc.errors()[0]['msg']}", 400)
    engine.owned_session(req.session_id, user_id)
    if engine.store.render_exists(req.id):
        return render_fail(f"Render id {req.id} is already used; send a new id.", 409)
    if not req.draft.ready:
        return render_fail("The draft has nothing to render yet.", 400)
    engine.store.add_render(req.id, user_id, req.session_id, req.draft.wire(), req.output.wire())
    engine.renders.submit(req.id)
    job = RenderJob(id=req.id, status="pending", progress=5)
    return JSONResponse({"success": True, "data": job.wire()})


def _job_for(request: Request) -> Any:
    engine = engine_of(request)
    user_id = engine.user(request)
    job = engine.store.render(request.path_params["job_id"])
    if job is None or job.user_id != user_id:
        return None
    return job


def _job_data(request: Request, job: Any) -> RenderJob:
    """The poll answer: the row, plus what the job's sidecar knows (preset, warnings...)."""
    report = engine_of(request).renders.report(job.id)
    done = job.status == "completed"
    base = f"{base_url(request)}/api/render/proxy/lambda/{job.id}"
    loudness = report.get("loudness_lufs")
    return RenderJob(
        id=job.id,
        status=job.status,
        progress=job.progress,
        error=job.error,
        output_url=f"{base}/download" if done else None,
        preset=report.get("preset"),
        width=report.get("width"),
        height=report.get("height"),
        warnings=report.get("warnings") or None,
        loudness_lufs=round(loudness, 1) if done and isinstance(loudness, float) else None,
        cover_url=f"{base}/cover" if done else None,
    )


async def render_poll(request: Request) -> Response:
    job = _job_for(request)
    if job is None:
        return render_fail("No such render.", 404)
    return JSONResponse({"success": True, "data": _job_data(request, job).wire()})


async def render_cancel(request: Request) -> Response:
    job = _job_for(request)
    if job is None:
        return render_fail("No such render.", 404)
    engine_of(request).renders.cancel(job.id)
    job = engine_of(request).store.render(job.id)
    return JSONResponse({"success": True, "data": _job_data(request, job).wire()})


async def render_cover(request: Request) -> Response:
    job = _job_for(request)
    cover = engine_of(request).renders.cover_path(job.id) if job else None
    if job is None or job.status != "completed" or cover is None or not cover.is_file():
        return render_fail("No cover for that render.", 404)
    return FileResponse(cover, media_type="image/png", filename=f"{job.id}.png")


async def render_presets(request: Request) -> Response:
    """The export presets the app can offer (``output.preset``)."""
    presets = [RenderPreset.model_validate(p) for p in preset_list()]
    return JSONResponse(ok(RenderPresets(presets=presets).wire()))


async def render_download(request: Request) -> Response:
    job = _job_for(request)
    if job is None or job.status != "completed" or not job.path:
        return render_fail("No finished render with that id.", 404)
    return FileResponse(job.path, media_type="video/mp4", filename=f"{job.id}.mp4")


async def healthz(request: Request) -> Response:
    return JSONResponse({"ok": True, "engine": "lumatui-local"})


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


def create_app(config: EngineConfig) -> Starlette:
    engine = Engine(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await engine.renders.start()
        try:
            yield
        finally:
            await engine.renders.stop()
            for task in list(engine.turns):
                task.cancel()
            engine.store.close()

    render = "/api/render/proxy/lambda"
    routes = [
        Route("/healthz", healthz),
        Route("/api/auth/anonymous-token", anonymous_token, methods=["POST"]),
        Route("/api/auth/claim-token", claim_token, methods=["POST"]),
        Route("/api/tasks/me/with-session/nemo_agent", create_session, methods=["POST"]),
        Route("/api/credits/balance/simple", credits_balance),
        Route("/api/state/nemo_agent/me/{sid}/latest", session_state),
        Route("/api/upload-video/nemo_agent/me/{sid}", upload, methods=["POST"]),
        Route("/media/{asset_id}/{filename}", media_file),
        Route("/run_sse", run_sse, methods=["POST"]),
        Route(render, render_submit, methods=["POST"]),
        Route(render + "/{job_id}", render_poll),
        Route(render + "/{job_id}/cancel", render_cancel, methods=["POST"]),
        Route(render + "/{job_id}/download", render_download),
        Route(render + "/{job_id}/cover", render_cover),
        Route("/api/render/presets", render_presets),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={ApiError: _api_error})
    app.state.engine = engine
    faults = parse_faults(config.faults)
    if faults.any:
        app.add_middleware(
            FaultMiddleware,
            faults=faults,
            is_generation=lambda text: engine.agent.plan(text).cost > config.edit_cost,
            heartbeat_seconds=config.heartbeat_seconds,
        )
    return app
