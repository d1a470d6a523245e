"""``lumatui batch FILE_OR_DIR... --instruction TEXT``: each media file in its own session —
upload, the instruction, export to ``DIR/<name>.mp4``. A file that fails does not stop the
others; errors that would fail every file alike (no backend, no sign-in, no credits) stop the
rest, which are reported as skipped."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from lumatui import paths
from lumatui.client.workspace import Workspace
from lumatui.protocol import codes
from lumatui.protocol.draft import Draft
from lumatui.protocol.render import RenderOutput

from .ask import check_message, run_turn
from .documents import BatchDocument, BatchItemDocument
from .exit_codes import (
    FAILED,
    OK,
    OperationFailed,
    UsageError,
    error_message,
    exit_code_for,
    stops_a_batch,
)
from .output import seconds_text, table
from .runtime import Context, check_media_file
from .transfer import check_destination, export_document, progress_reporter

# --- pure helpers --------------------------------------------------------------------------


def expand_inputs(inputs: list[str]) -> list[Path]:
    """Files as given (kept even when missing: they fail as items); a folder gives its media
    files, sorted, not recursing and skipping hidden ones. Each path once, in order."""
    found: list[Path] = []
    for name in inputs:
        path = Path(name).expanduser()
        if path.is_dir():
            found += sorted(
                child
                for child in path.iterdir()
                if child.is_file()
                and not child.name.startswith(".")
                and codes.file_type_for(child.name) is not None
            )
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def output_names(files: list[Path]) -> dict[Path, str]:
    """``<stem>.mp4`` per file; repeated stems get ``-2``, ``-3``..."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for path in files:
        stem = path.stem or "video"
        name, n = f"{stem}.mp4", 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}.mp4"
        taken.add(name.lower())
        names[path] = name
    return names


def on_timeline(draft: Draft, cdn_url: str) -> bool:
    """Whether the draft uses the uploaded file: as a segment's ``src``, or as the source the
    segment was made from (a string in its ``m``, e.g. ``image_src`` of a Ken Burns clip).
    URLs compare by path, so a new port for the same engine still matches."""
    wanted = urlparse(cdn_url).path or cdn_url

    def same(value: object) -> bool:
        return isinstance(value, str) and (value == cdn_url or urlparse(value).path == wanted)

    return any(
        same(seg.src) or any(same(value) for value in seg.m.values())
        for track in draft.t
        for seg in track.sg
    )


def summary_rows(items: list[BatchItemDocument]) -> list[list[str]]:
    rows = []
    for item in items:
        detail = (item.output if item.status == "ok" else item.error) or ""
        rows.append([Path(item.file).name, item.status, seconds_text(item.duration), detail])
    return rows


def batch_exit_code(items: list[BatchItemDocument], stopped_by: BaseException | None) -> int:
    if stopped_by is not None:
        return exit_code_for(stopped_by)
    return FAILED if any(item.status != "ok" for item in items) else OK


# --- the run -------------------------------------------------------------------------------


@dataclass
class Job:
    path: Path
    key: str  # "[2/3] cat.png", how progress names it
    dest: Path


async def process(
    ctx: Context, job: Job, instruction: str, preset: str | None
) -> BatchItemDocument:
    out = ctx.out
    started = time.monotonic()
    check_media_file(job.path)
    space: Workspace = await ctx.open(new=True)
    sid = space.session_id
    assert sid is not None
    out.progress(job.key, "uploading")
    uploaded = await ctx.client.upload_files(sid, [job.path])
    out.progress(job.key, "instruction")
    outcome = await run_turn(
        space,
        instruction,
        out,
        stream=False,
        note=lambda text: out.progress(job.key, "instruction: " + text),
    )
    if outcome.errors:
        raise OperationFailed(f"the instruction failed: {outcome.errors[0]}")
    if uploaded.files and not on_timeline(outcome.draft, uploaded.files[0].cdn_url):
        out.note(f"{job.key}: note: the uploaded file is not on the timeline after the instruction")
    report = progress_reporter(out, job.key)
    try:
        path = await space.export(
            job.dest.parent,
            output=RenderOutput(preset=preset) if preset else None,
            filename=job.dest.name,
            on_progress=report,
        )
    finally:
        out.done_progress()
    doc = export_document(path)
    return BatchItemDocument(
        file=str(job.path),
        status="ok",
        session_id=space.session_id,
        output=doc.path,
        duration=doc.duration,
        seconds=round(time.monotonic() - started, 2),
    )


async def batch(
    ctx: Context, inputs: list[str], instruction: str, preset: str | None, out_dir: str | None
) -> int:
    out = ctx.out
    message = check_message(instruction)
    files = expand_inputs(inputs)
    if not files:
        raise UsageError("no media files found in " + ", ".join(inputs))
    folder = Path(out_dir).expanduser() if out_dir else paths.exports_dir()
    check_destination(folder)
    names = output_names(files)
    jobs = [
        Job(path, f"[{i}/{len(files)}] {path.name}", folder / names[path])
        for i, path in enumerate(files, 1)
    ]
    key = ctx.workspace().api_url
    previous = ctx.history.last_session(key)
    try:
        items, stopped_by = await run_jobs(ctx, jobs, message, preset)
    finally:
        if previous is not None:  # batch sessions do not become "the last session used"
            ctx.history.remember_session(key, previous.session_id)
    ok = sum(1 for i in items if i.status == "ok")
    failed = [i for i in items if i.status == "failed"]
    skipped = sum(1 for i in items if i.status == "skipped")
    out.result(table(["FILE", "STATUS", "LENGTH", "OUTPUT / ERROR"], summary_rows(items), 100))
    out.document(BatchDocument(ok=ok, failed=len(failed), skipped=skipped, items=items))
    code = batch_exit_code(items, stopped_by)
    if code != OK:
        names_ = ", ".join(str(i.file) for i in failed) or "none"
        reason = f"; stopped: {error_message(stopped_by)}" if stopped_by else ""
        out.note(f"lumatui: error: {len(failed)} of {len(items)} file(s) failed: {names_}{reason}")
    return code


async def run_jobs(
    ctx: Context, jobs: list[Job], message: str, preset: str | None
) -> tuple[list[BatchItemDocument], BaseException | None]:
    """Each job in turn; a failure is recorded and the next one starts."""
    out = ctx.out
    items: list[BatchItemDocument] = []
    stopped_by: BaseException | None = None
    for job in jobs:
        if stopped_by is not None:
            items.append(
                BatchItemDocument(file=str(job.path), status="skipped", error="not started")
            )
            continue
        started = time.monotonic()
        try:
            item = await process(ctx, job, message, preset)
        except Exception as exc:  # a failing file must not stop the others
            item = BatchItemDocument(
                file=str(job.path),
                status="failed",
                error=error_message(exc),
                seconds=round(time.monotonic() - started, 2),
            )
            out.note(f"{job.key}: failed: {item.error}")
            if stops_a_batch(exc):
                stopped_by = exc
        else:
            out.note(f"{job.key}: done → {item.output} ({seconds_text(item.duration)})")
        items.append(item)
    return items, stopped_by
