"""Exports from the app: the preset check, the worker that renders and downloads, the file's
name. Progress shows in the Export panel; the end is announced with ``ExportFinished``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .messages import ExportFinished
from .presets import crop_warning, render_output
from .text import display_path, export_filename
from .widgets.chat_log import ChatLog
from .widgets.export_panel import ExportPanel

if TYPE_CHECKING:
    from textual.app import App

    from lumatui.client.export import ExportProgress
    from lumatui.client.history import ExportRecord

    from .state import AppState


class ExportRunner:
    def __init__(self, app: App[None], state: AppState, clock: Callable[[], float]) -> None:
        self.app = app
        self.state = state
        self.clock = clock

    @property
    def chat(self) -> ChatLog:
        return self.app.query_one(ChatLog)

    @property
    def panel(self) -> ExportPanel:
        return self.app.query_one(ExportPanel)

    def start(self, preset: str | None = None) -> None:
        """Export with ``preset`` (default: the panel's), saying first what a crop will cut."""
        panel, state = self.panel, self.state
        if not state.ready:
            self.app.notify("Still setting up — try again in a moment.")
            return
        if panel.running:
            self.app.notify("An export is already running.")
            return
        preset = preset or panel.preset
        chosen = next((p for p in state.presets if p.name == preset), None)
        if chosen is None:
            names = ", ".join(p.name for p in state.presets)
            self.app.call_later(
                self.chat.add_error, f"Unknown preset {preset!r}.", f"Presets: {names}."
            )
            return
        warning = crop_warning(chosen, state.draft.m.width, state.draft.m.height)
        if warning:  # said before the render starts, in the panel and the chat
            self.app.call_later(self.chat.add_info, f"⚠ {warning}")
        panel.started(preset, warning=warning)
        self._run(partial(self._export, preset))

    def resume(self, record: ExportRecord) -> None:
        """Finish a render submitted before lumatui last closed: poll it, then download it."""
        self.panel.started(record.preset, note="Picking up the export started earlier…")
        self._run(partial(self._resume, record))

    def _run(self, work: Callable[[], Awaitable[None]]) -> None:
        self.app.run_worker(work, group="export", exclusive=True, exit_on_error=False)

    def _title(self) -> str:
        """The draft's title, else what its first clip shows, else the session's title."""
        draft, workspace = self.state.draft, self.state.workspace
        if draft.m.title:
            return draft.m.title
        labels = [seg.m.get("label") for track in draft.t for seg in track.sg]
        first = next((str(label) for label in labels if label), "")
        if first or workspace is None or workspace.session_id is None:
            return first
        record = workspace.history.session(workspace.api_url, workspace.session_id)
        return record.title if record else ""

    async def _export(self, preset: str) -> None:
        from lumatui import paths

        workspace = self.state.workspace
        assert workspace is not None
        folder = paths.ensure(paths.exports_dir())
        name = export_filename(self._title(), folder)
        output = render_output(preset)
        await self._follow(
            lambda progress: workspace.export(
                folder, output=output, filename=name, on_progress=progress
            )
        )

    async def _resume(self, record: ExportRecord) -> None:
        from lumatui import paths

        workspace = self.state.workspace
        assert workspace is not None
        folder = paths.ensure(paths.exports_dir())
        await self._follow(
            lambda progress: workspace.resume_export(record, folder, on_progress=progress)
        )

    async def _follow(
        self, start: Callable[[Callable[[ExportProgress], None]], Awaitable[Path]]
    ) -> None:
        from lumatui.client.errors import NemoError

        panel = self.panel
        started = self.clock()

        def progress(p: ExportProgress) -> None:
            panel.progress(p.status, p.percent, self.clock() - started)

        try:
            path = await start(progress)
        except NemoError as exc:
            if not self.app.is_running:
                return
            panel.failed(exc.message)
            await self.chat.add_error(exc.message, exc.action)
            self.app.post_message(ExportFinished(None, exc.message))
            return
        self.state.last_export = path
        if not self.app.is_running:
            return
        panel.done(path, self.clock() - started)
        await self.chat.add_info(f"✓ Exported {display_path(path)}")
        self.app.post_message(ExportFinished(path))
