"""``upload FILE...`` and ``export [--preset NAME] [-o PATH]``: files in and out."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from lumatui import paths
from lumatui.client.export import ExportProgress
from lumatui.client.workspace import Workspace
from lumatui.protocol.presets import BY_NAME, crop_warning
from lumatui.protocol.render import RenderOutput

from .documents import ExportDocument, UploadDocument
from .exit_codes import OperationFailed, UsageError
from .output import Output, seconds_text, table
from .runtime import Context, check_media_file


async def upload(ctx: Context, files: list[str]) -> int:
    paths_ = [check_media_file(Path(name).expanduser()) for name in files]
    if not paths_:
        raise UsageError("nothing to upload: name one or more files")
    space = await ctx.open()
    assert space.session_id is not None
    ctx.out.note(f"Uploading {len(paths_)} file(s) to session {space.session_id}...")
    data = await ctx.client.upload_files(space.session_id, paths_)
    rows = [
        [
            f.filename,
            f.file_type,
            f"{f.width}x{f.height}" if f.width and f.height else "-",
            seconds_text(f.duration) if f.file_type != "image" else "-",
            f.cdn_url,
        ]
        for f in data.files
    ]
    ctx.out.result(table(["FILE", "TYPE", "SIZE", "DURATION", "URL"], rows, max_width=80))
    ctx.out.document(UploadDocument.model_validate([f.wire() for f in data.files]))
    return 0


def destination(output: str | None, default_dir: Path) -> tuple[Path, str | None]:
    """``-o PATH`` → (folder, file name or None for the default name). A PATH that is a folder,
    or ends with a separator, keeps the default name inside it."""
    if not output:
        return default_dir, None
    path = Path(output).expanduser()
    if path.is_dir() or output.endswith((os.sep, "/")):
        return path, None
    if not path.name or path.name in (".", ".."):
        raise UsageError(f"{output}: not a file name")
    return path.parent, path.name


def check_destination(folder: Path, filename: str | None = None) -> None:
    """Fail before rendering: the folder must be writable (tried, not guessed) and the file,
    if it exists, a regular file (never a FIFO, a device node, a folder or a link)."""
    existing = folder
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise UsageError(f"{existing}: is a file, not a folder")
    if existing.exists() and not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"{existing}: permission denied")
    if filename:
        target = folder / filename
        try:
            mode = target.lstat().st_mode
        except FileNotFoundError:
            mode = None
        except OSError as exc:
            raise UsageError(f"{target}: {exc.strerror or exc}") from None
        if mode is not None and not stat.S_ISREG(mode):
            raise UsageError(f"{target}: exists and is not a regular file; choose another name")
    if folder.is_dir():
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise UsageError(f"{folder}: cannot write here ({exc.strerror or exc})") from None


def export_document(path: Path) -> ExportDocument:
    """What the downloaded file is, probed from the file itself."""
    from lumatui.engine.media.probe import ProbeError, probe

    try:
        info = probe(path)
    except ProbeError:
        raise OperationFailed(f"{path}: the downloaded file is not a readable video") from None
    return ExportDocument(
        path=str(path.resolve()),
        duration=round(info.duration, 3) if info.duration is not None else None,
        width=info.width,
        height=info.height,
        size_bytes=path.stat().st_size,
    )


def progress_reporter(
    out: Output, key: str, warnings: list[str] | None = None
) -> Callable[[ExportProgress], None]:
    """An ``on_progress`` for exports: stages and percent on stderr; the finished job's
    warnings are collected into ``warnings`` (said after the export)."""

    def report(progress: ExportProgress) -> None:
        out.progress(key, f"export {progress.status}", progress.percent)
        if warnings is not None:
            warnings.extend(w for w in progress.warnings if w not in warnings)

    return report


async def export_with_progress(
    space: Workspace,
    out: Output,
    key: str,
    folder: Path,
    filename: str | None,
    preset: str | None,
) -> Path:
    output = RenderOutput(preset=preset) if preset else None
    said: list[str] = []
    try:
        path = await space.export(
            folder, output=output, filename=filename, on_progress=progress_reporter(out, key, said)
        )
    finally:
        out.done_progress()
    for warning in said:  # e.g. a title left out for want of a font: never silently
        out.note(f"Warning: {warning}")
    return path


async def export(ctx: Context, preset: str | None, output: str | None) -> int:
    folder, filename = destination(output, paths.exports_dir())
    check_destination(folder, filename)
    space = await ctx.open()
    assert space.session_id is not None
    if preset:  # without one the engine follows the canvas: nothing to crop
        canvas = (await space.state()).state.canvas_config
        warning = crop_warning(BY_NAME.get(preset), canvas.width, canvas.height)
        if warning:  # said before the render starts
            ctx.out.note(f"lumatui: warning: {warning}")
    path = await export_with_progress(
        space, ctx.out, f"session {space.session_id}", folder, filename, preset
    )
    doc = export_document(path)
    ctx.out.note(
        f"Exported {seconds_text(doc.duration)}, {doc.width}x{doc.height}, "
        f"{doc.size_bytes / 1e6:.1f} MB"
    )
    ctx.out.result(doc.path)
    ctx.out.document(doc)
    return 0
