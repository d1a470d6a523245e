"""Export over HTTP: submit, poll, cancel, download, cover and the preset list.

Answers use the render endpoints' own envelope (``{success, data}`` / ``{success, error}``).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from lumatui.engine.http import limits
from lumatui.engine.http.context import base_url, engine_of, json_body
from lumatui.engine.render.presets import preset_list
from lumatui.protocol import codes
from lumatui.protocol.envelope import ok
from lumatui.protocol.render import RenderJob, RenderPreset, RenderPresets, RenderRequest

RENDER = "/api/render/proxy/lambda"


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
    problem = limits.render_id_problem(req.id)
    if problem:
        return render_fail(problem, 400)
    engine.owned_session(req.session_id, user_id)
    if engine.store.render_exists(req.id):
        return render_fail(f"Render id {req.id} is already used; send a new id.", 409)
    if not req.draft.ready:
        return render_fail("The draft has nothing to render yet.", 400)
    problem = limits.draft_problem(req.draft)
    if problem:
        return render_fail(problem, 400)
    if engine.store.queued_renders(user_id) >= limits.MAX_QUEUED_RENDERS:
        return render_fail(
            f"You already have {limits.MAX_QUEUED_RENDERS} renders waiting or running;"
            " wait for one to finish or cancel one.",
            429,
        )
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
    return FileResponse(cover, media_type="image/png", filename="cover.png")


async def render_presets(request: Request) -> Response:
    """The export presets the app can offer (``output.preset``)."""
    presets = [RenderPreset.model_validate(p) for p in preset_list()]
    return JSONResponse(ok(RenderPresets(presets=presets).wire()))


async def render_download(request: Request) -> Response:
    job = _job_for(request)
    if job is None or job.status != "completed" or not job.path:
        return render_fail("No finished render with that id.", 404)
    return FileResponse(job.path, media_type="video/mp4", filename="render.mp4")


routes = [
    Route(RENDER, render_submit, methods=["POST"]),
    Route(RENDER + "/{job_id}", render_poll),
    Route(RENDER + "/{job_id}/cancel", render_cancel, methods=["POST"]),
    Route(RENDER + "/{job_id}/download", render_download),
    Route(RENDER + "/{job_id}/cover", render_cover),
    Route("/api/render/presets", render_presets),
]
