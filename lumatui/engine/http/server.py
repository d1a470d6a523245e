"""The engine's HTTP surface: account, session state, media and chat, on Starlette.

Handlers stay thin: authenticate, validate with the shared wire models, call the store,
agent or render queue, answer in the protocol's envelope. Export lives in
``render_routes``; what handlers share lives in ``context``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
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

from lumatui.engine.adk_events import HEARTBEAT_FRAME, EventFactory, sse_frame
from lumatui.engine.config import EngineConfig
from lumatui.engine.http import api_errors as err
from lumatui.engine.http import limits, render_routes
from lumatui.engine.http.api_errors import ApiError
from lumatui.engine.http.context import Engine, base_url, engine_of, json_body
from lumatui.engine.http.faults import FaultMiddleware, parse_faults
from lumatui.engine.http.uploads import receive_uploads
from lumatui.engine.media.assets import media_url
from lumatui.engine.operations import TurnPlan
from lumatui.engine.public_text import local_roots, without_paths
from lumatui.protocol import codes
from lumatui.protocol.account import ClaimData, SessionData, SessionRequest, TokenData
from lumatui.protocol.chat import RunRequest
from lumatui.protocol.draft import CanvasConfig, SessionStateBody, StateData, VideoInfo, aspect_of
from lumatui.protocol.envelope import ok

log = logging.getLogger("lumatui.engine.http")
SIGN_IN_WINDOW_S = 3600  # anonymous tokens are counted per client id over this window

# --- account ----------------------------------------------------------------------------------


async def anonymous_token(request: Request) -> Response:
    engine = engine_of(request)
    client_id = request.headers.get(codes.CLIENT_ID, "").strip()
    if not client_id:
        raise err.missing_client_id()
    if len(client_id) > limits.MAX_CLIENT_ID:
        raise err.bad_request(f"The X-Client-Id header is over {limits.MAX_CLIENT_ID} characters.")
    now = time.time()
    limit = engine.config.token_requests_per_hour
    recent = engine.store.token_request_times(client_id, since=now - SIGN_IN_WINDOW_S)
    if len(recent) >= limit:
        retry = int(recent[-limit] + SIGN_IN_WINDOW_S - now) + 1
        raise err.sign_ins_limited(limit, SIGN_IN_WINDOW_S, retry)
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
    body = await json_body(request, empty_ok=True)
    try:
        req = SessionRequest.model_validate(body)
    except ValidationError as exc:
        raise err.bad_request(f"Invalid session request: {exc.errors()[0]['msg']}") from None
    if len(req.task_name) > limits.MAX_TASK_NAME:
        raise err.bad_request(f"The task name is over {limits.MAX_TASK_NAME} characters.")
    session_id, task_id = engine.store.create_session(user_id, req.task_name, req.language)
    if engine.config.session_top_up:
        engine.store.top_up(user_id, engine.config.anonymous_credits, session_id)
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
    claim = engine.turn_locks.claim(run.session_id)
    if claim is None:
        raise err.busy(
            f"Session {run.session_id} already has {limits.MAX_TURNS_WAITING} messages waiting;"
            " send this one when they are answered."
        )
    # The plan reads the draft, so it is made inside the session's lock. When the lock is free
    # (the usual case) it is taken here, and a refusal is an HTTP error before the stream;
    # a turn that must wait is planned when its turn comes, and refused in the stream.
    plan: TurnPlan | None = None
    if not claim.busy():
        await claim.acquire()
        try:
            plan = _plan_and_freeze(engine, run.text, run.session_id, user_id)
        except BaseException:
            claim.release()
            raise
    queue: asyncio.Queue[bytes | None] = asyncio.Queue()

    roots = local_roots(engine.config.data_dir)

    async def emit(event: dict[str, Any]) -> None:  # no local path ever reaches the stream
        frame = sse_frame(event).decode()
        await queue.put(without_paths(frame, roots).encode())

    async def turn() -> None:
        todo, held, started = plan, plan is not None, False
        try:
            if todo is None:
                await claim.acquire()  # earlier turns of this session finish first
                held = True
                try:
                    todo = _plan_and_freeze(engine, run.text, run.session_id, user_id)
                except ApiError as exc:  # refused once its turn came: said in the stream
                    await emit(EventFactory().error(str(exc.code), exc.message))
                    return
            started = True
            await engine.agent.run(
                todo,
                session_id=run.session_id,
                user_id=user_id,
                base_url=base_url(request),
                emit=emit,
            )
        except Exception:  # the stream reports it; the engine carries on
            log.exception("turn on session %s failed", run.session_id)
            await queue.put(sse_frame({"error": "The turn failed inside the engine; try again."}))
        finally:
            if todo is not None and todo.cost and not started:  # frozen, never run: not owed
                engine.store.release_frozen(user_id, todo.cost, "turn-not-run")
            if held:
                claim.release()
            else:
                claim.drop()
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


def _plan_and_freeze(engine: Engine, text: str, session_id: str, user_id: str) -> TurnPlan:
    """Read the message against the draft as it is now, and freeze what the reading costs."""
    plan = engine.agent.plan(text, session_id)
    if plan.cost and not engine.store.try_freeze(user_id, plan.cost, "turn"):
        raise err.no_credits(plan.cost, engine.store.credits(user_id).available)
    return plan


async def healthz(request: Request) -> Response:
    return JSONResponse({"ok": True, "engine": "lumatui-local"})


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _unexpected(request: Request, exc: Exception) -> Response:
    """Any other failure: logged here, answered in the envelope with no internals."""
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse(
        {"code": 500, "message": "The engine failed on this request; try again.", "data": None},
        status_code=500,
    )


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
            engine.lock.release()

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
        *render_routes.routes,
    ]
    handlers = {ApiError: _api_error, Exception: _unexpected}
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)
    app.state.engine = engine
    faults = parse_faults(config.faults)
    if faults.any:
        app.add_middleware(
            FaultMiddleware,
            faults=faults,
            is_generation=engine.agent.would_make_media,
            heartbeat_seconds=config.heartbeat_seconds,
        )
    return app
