"""Background render jobs: a queue that survives restarts, a few ffmpeg slots, cancel.

Jobs live in SQLite; the in-memory queue only orders the work. On start, any job left
``pending`` or ``processing`` by a previous run is queued again. One job is: made clips
drawn again when the preset's shape is not the canvas's (:mod:`..media.recipes`), plan
(pure), an audio-only loudness pass, the render (one ffmpeg, one filter graph), then
verification and the cover frame. What the poll shows beyond the row (preset, size,
warnings, loudness, cover) is kept in ``renders/<id>.json`` beside the video.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

from lumatui.engine.config import EngineConfig
from lumatui.engine.media.assets import AssetLibrary, asset_id_from_src
from lumatui.engine.media.ffmpeg import FfmpegError, RenderCancelled, ffmpeg_exe, run_ffmpeg
from lumatui.engine.media.generator import ClipGenerator
from lumatui.engine.media.probe import MediaInfo, ProbeError, probe
from lumatui.engine.media.recipes import Redrawer, drawing_size
from lumatui.engine.public_text import public_text
from lumatui.engine.render.fonts import SystemFonts
from lumatui.engine.render.loudness import CLOSE_ENOUGH_LU, MAX_CORRECTIONS, TARGET_I, parse_measure
from lumatui.engine.render.plan import EmptyDraftError, RenderPlan, build_render_plan
from lumatui.engine.render.presets import OutputSpec, resolve_output
from lumatui.engine.render.verify import verify_render
from lumatui.engine.store import RenderRow, Store
from lumatui.protocol.draft import Draft, TrackType, aspect_of

log = logging.getLogger("lumatui.engine.render")

# Progress (5–100) given to each stage: the loudness pass, the render, the checks.
MEASURED_AT, RENDERED_AT = 10, 95


def file_key(job_id: str) -> str:
    """The name a job's files get: the engine's own, never the client's id as a path."""
    return hashlib.sha256(job_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def default_slots() -> int:
    return max(1, (os.cpu_count() or 2) // 2)


@lru_cache(maxsize=256)
def _probe_cached(path: str, mtime: float, size: int) -> MediaInfo | None:
    try:
        return probe(Path(path))
    except ProbeError:
        return None


def media_info(path: Path) -> MediaInfo | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _probe_cached(str(path), stat.st_mtime, stat.st_size)


class RenderQueue:
    def __init__(
        self,
        store: Store,
        assets: AssetLibrary,
        config: EngineConfig,
        generator: ClipGenerator | None = None,
    ) -> None:
        self.store = store
        self.assets = assets
        self.config = config
        # Without a generator, clips of another shape are fitted like uploads.
        self.redraw = Redrawer(store, assets, generator, config.data_dir) if generator else None
        self._queue: asyncio.Queue[str] = asyncio.Queue()
        self._cancels: dict[str, asyncio.Event] = {}
        self._workers: list[asyncio.Task[None]] = []
        self._warm: asyncio.Task[SystemFonts] | None = None

    async def start(self) -> None:
        self.config.renders_dir.mkdir(parents=True, exist_ok=True)
        for job_id in self.store.unfinished_render_ids():  # left by a run that stopped or died
            try:
                self._clean(job_id)
                self.store.update_render(job_id, status="pending", progress=5)
                self._enqueue(job_id)
            except Exception:  # no row, however odd, stops the engine from starting
                log.exception("render %r could not be queued again", job_id[:80])
                self._fail(job_id, "The render could not be resumed after a restart.")
        slots = self.config.render_slots or default_slots()
        self._workers = [asyncio.create_task(self._work()) for _ in range(slots)]
        # Find the fonts now, off the loop, so the first export does not wait for fontconfig.
        self._warm = asyncio.create_task(asyncio.to_thread(SystemFonts.detect))

    async def stop(self) -> None:
        for event in self._cancels.values():
            event.set()
        for task in self._workers:
            task.cancel()
        for task in self._workers:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._warm is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._warm

    def submit(self, job_id: str) -> None:
        self._enqueue(job_id)

    def cancel(self, job_id: str) -> bool:
        job = self.store.render(job_id)
        if job is None or job.status not in ("pending", "processing"):
            return False
        self.store.update_render(job_id, status="cancelled", error="Cancelled by the user.")
        event = self._cancels.get(job_id)
        if event:
            event.set()
        if job.status == "pending":
            self._clean(job_id)
        return True

    # --- files of a job ----------------------------------------------------------------------

    def output_path(self, job_id: str) -> Path:
        return self.config.renders_dir / f"{file_key(job_id)}.mp4"

    def cover_path(self, job_id: str) -> Path:
        return self.config.renders_dir / f"{file_key(job_id)}.png"

    def report_path(self, job_id: str) -> Path:
        return self.config.renders_dir / f"{file_key(job_id)}.json"

    def report(self, job_id: str) -> dict[str, Any]:
        """What the job's sidecar says (preset, size, warnings, loudness); {} when none."""
        try:
            data = json.loads(self.report_path(job_id).read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_report(self, job_id: str, **fields: Any) -> None:
        data = {**self.report(job_id), **fields}
        path = self.report_path(job_id)
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    def _clean(self, job_id: str, *, keep_report: bool = True) -> None:
        """Remove a job's files; never raises (it runs inside error handlers)."""
        out = self.output_path(job_id)
        paths = [
            out.with_suffix(".part.mp4"),
            self.cover_path(job_id).with_suffix(".part.png"),
            out,
            self.cover_path(job_id),
        ]
        if not keep_report:
            paths.append(self.report_path(job_id))
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", path.name)

    def _fail(self, job_id: str, message: str) -> None:
        """Mark a job failed; never raises, so a failing job cannot take its worker down."""
        try:
            self.store.update_render(job_id, status="failed", error=message)
        except Exception:
            log.exception("render %r: could not record its failure", job_id[:80])

    # --- work --------------------------------------------------------------------------------

    def _enqueue(self, job_id: str) -> None:
        self._cancels[job_id] = asyncio.Event()
        self._queue.put_nowait(job_id)

    async def _work(self) -> None:
        while True:
            job_id = await self._queue.get()
            try:
                await self._render(job_id)
            except RenderCancelled:
                self._clean(job_id)
            except Exception:  # a job's failure is the job's alone
                log.exception("render %r crashed", job_id[:80])
                self._clean(job_id)
                self._fail(job_id, "The render failed inside the engine; export again.")
            finally:
                self._cancels.pop(job_id, None)
                self._queue.task_done()

    async def follow_shape(
        self, job: RenderRow, draft: Draft, cancel: asyncio.Event
    ) -> tuple[Draft, list[str]]:
        """The draft with its made clips drawn again at the preset's shape when that is not
        the canvas's (uploads keep their fit rules), and a warning per clip that could not
        be (it is fitted from its old picture). The job's own draft is not changed."""
        if self.redraw is None:
            return draft, []
        spec = resolve_output(job.output, draft.m.width, draft.m.height)
        srcs = [seg.src for t in draft.tracks_of(TrackType.VIDEO) for seg in t.sg if seg.src]
        width, height = drawing_size(spec.width, spec.height)
        done = await asyncio.to_thread(
            self.redraw.redraw_all, srcs, width, height, job.user_id, cancel.is_set
        )
        if cancel.is_set():
            raise RenderCancelled()
        new = draft.model_copy(deep=True)
        for track in new.tracks_of(TrackType.VIDEO):
            for seg in track.sg:
                if seg.src in done.made:
                    seg.src = done.made[seg.src].asset_id
        return new, [_not_redrawn(draft, src, spec) for src in done.failed]

    def plan_for(self, job: RenderRow, draft: Draft, part: Path) -> RenderPlan:
        spec = resolve_output(job.output, draft.m.width, draft.m.height)

        def resolve(src: str) -> Path | None:  # only the job owner's media
            asset_id = asset_id_from_src(src)
            asset = self.store.asset(asset_id) if asset_id else None
            if asset is None or asset.user_id != job.user_id:
                return None
            return self.assets.resolve(src)

        return build_render_plan(
            draft,
            resolve_media=resolve,
            out_path=part,
            output=spec,
            fonts=SystemFonts.detect(),
            media_info=media_info,
            cover_path=self.cover_path(job.id).with_suffix(".part.png"),
        )

    async def _render(self, job_id: str) -> None:
        job = self.store.render(job_id)
        if job is None or job.status != "pending":
            return
        cancel = self._cancels.setdefault(job_id, asyncio.Event())
        draft = Draft.model_validate(job.draft)
        out = self.output_path(job_id)
        part = out.with_suffix(".part.mp4")
        try:
            clock = [time.perf_counter()]
            draft, redraw_warnings = await self.follow_shape(job, draft, cancel)
            clock.append(time.perf_counter())
            plan = await asyncio.to_thread(self.plan_for, job, draft, part)
            plan.warnings[:0] = redraw_warnings
            clock.append(time.perf_counter())
        except EmptyDraftError:
            self.store.update_render(job_id, status="failed", error="The draft is empty.")
            return
        self._write_report(
            job_id,
            preset=plan.preset,
            width=plan.width,
            height=plan.height,
            duration_ms=plan.duration_ms,
            warnings=plan.warnings,
        )
        if cancel.is_set() or self._cancelled(job_id):
            raise RenderCancelled()
        self.store.update_render(job_id, status="processing", progress=5)

        def stage(lo: int, hi: int):  # type: ignore[no-untyped-def]
            def progress(fraction: float) -> None:
                if not cancel.is_set():
                    self.store.update_render(job_id, progress=lo + int(fraction * (hi - lo)))

            return progress

        try:
            measure = plan.measure_args()
            if measure is not None:
                stderr = await run_ffmpeg(
                    [ffmpeg_exe(), *measure],
                    duration_ms=plan.duration_ms,
                    on_progress=stage(5, MEASURED_AT),
                    cancel=cancel,
                    loglevel="info",
                )
                plan.loudness = parse_measure(stderr)
                if plan.loudness is None:
                    log.warning("render %s: no loudness measurement; one-pass loudnorm", job_id)
                await self._correct_limited_gain(plan, cancel)
            clock.append(time.perf_counter())
            await run_ffmpeg(
                [ffmpeg_exe(), *plan.args],
                duration_ms=plan.duration_ms,
                on_progress=stage(MEASURED_AT, RENDERED_AT),
                cancel=cancel,
            )
            clock.append(time.perf_counter())
            verdict = await verify_render(
                part,
                duration_ms=plan.duration_ms,
                width=plan.width,
                height=plan.height,
                fps=plan.fps,
                audible=plan.normalise,
                cover=plan.cover_path,
                cover_at_ms=plan.cover_at_ms,
                cancel=cancel,
            )
        except FfmpegError as exc:
            log.warning("render %s: ffmpeg failed: %s", job_id, exc)
            self._clean(job_id)
            self._fail(job_id, "The video encoder failed on this draft; export again.")
            return
        if verdict.problem:
            log.warning("render %s failed its checks: %s", job_id, verdict.problem)
            self._clean(job_id)
            self._fail(job_id, public_text(verdict.problem, self.config.data_dir))
            return
        if self._cancelled(job_id):
            raise RenderCancelled()
        os.replace(part, out)
        assert plan.cover_path is not None
        os.replace(plan.cover_path, self.cover_path(job_id))
        clock.append(time.perf_counter())
        stages = ("redraw", "plan", "loudness", "render", "verify")
        seconds = {
            name: round(b - a, 3) for name, a, b in zip(stages, clock, clock[1:], strict=False)
        }
        self._write_report(
            job_id,
            loudness_lufs=verdict.loudness,
            true_peak_dbfs=verdict.true_peak,
            seconds=seconds,
        )
        self.store.update_render(job_id, status="completed", progress=100, path=str(out))

    async def _correct_limited_gain(self, plan: RenderPlan, cancel: asyncio.Event) -> None:
        """Peaky sound is limited after its gain; measure the limited mix and correct."""
        if not plan.needs_limiter or plan.loudness is None:
            return
        plan.limited_gain = TARGET_I - plan.loudness.input_i
        for _ in range(MAX_CORRECTIONS):
            args = plan.measure_args(normalised=True)
            assert args is not None
            stderr = await run_ffmpeg(
                [ffmpeg_exe(), *args], duration_ms=plan.duration_ms, cancel=cancel, loglevel="info"
            )
            measured = parse_measure(stderr)
            if measured is None or measured.silent:
                return
            error = TARGET_I - measured.input_i
            if abs(error) <= CLOSE_ENOUGH_LU:
                return
            plan.limited_gain += error

    def _cancelled(self, job_id: str) -> bool:
        job = self.store.render(job_id)
        return job is None or job.status == "cancelled"


def _not_redrawn(draft: Draft, src: str, spec: OutputSpec) -> str:
    label = next(
        (seg.label for t in draft.tracks_of(TrackType.VIDEO) for seg in t.sg if seg.src == src),
        "A generated clip",
    )
    shape = aspect_of(spec.width, spec.height)
    return f"{label} could not be redrawn at {shape}; it is cropped from its old picture."
