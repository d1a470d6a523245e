"""Export from the app: preset check, the worker that renders and downloads, the file's name."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from .messages import ExportFinished
from .presets import crop_warning, render_output
from .text import display_path, export_filename
from .widgets.export_panel import ExportPanel

if TYPE_CHECKING:
    from lumatui.client.export import ExportProgress
    from lumatui.client.history import ExportRecord

    from .app import LumaApp

    Base = LumaApp
else:
    Base = object


class ExportActions(Base):
    """Mixed into :class:`~lumatui.tui.app.LumaApp`."""

    def start_export(self, preset: str | None = None) -> None:
        panel = self.export_panel
        if not self.ready:
            self.notify("Still setting up — try again in a moment.")
            return
        if panel.running:
            self.notify("An export is already running.")
            return
        preset = preset or panel.preset
        chosen = next((p for p in self.presets if p.name == preset), None)
        if chosen is None:
            names = ", ".join(p.name for p in self.presets)
            self.call_later(
                self.chat.add_error, f"Unknown preset {preset!r}.", f"Presets: {names}."
            )
            return
        warning = crop_warning(chosen, self.draft.m.width, self.draft.m.height)
        if warning:  # said before the render starts, in the panel and the chat
            self.call_later(self.chat.add_info, f"⚠ {warning}")
        panel.started(preset, warning=warning)
        self.run_export(preset)

    def on_export_panel_start(self, event: ExportPanel.Start) -> None:
        self.start_export(event.preset)

    def on_export_panel_preset_chosen(self, event: ExportPanel.PresetChosen) -> None:
        """Picked by hand: from now on this session's exports keep it, whatever the canvas."""
        self.preset_by_hand = True

    def _export_title(self) -> str:
        """The draft's title, else what its first clip shows, else the session's title."""
        if self.draft.m.title:
            return self.draft.m.title
        labels = [seg.m.get("label") for track in self.draft.t for seg in track.sg]
        first = next((str(label) for label in labels if label), "")
        if first or self.workspace is None or self.workspace.session_id is None:
            return first
        record = self.workspace.history.session(self.workspace.api_url, self.workspace.session_id)
        return record.title if record else ""

    @work(exclusive=True, group="export", exit_on_error=False)
    async def run_export(self, preset: str) -> None:
        from lumatui import paths

        workspace = self.workspace
        assert workspace is not None
        folder = paths.ensure(paths.exports_dir())
        name = export_filename(self._export_title(), folder)
        output = render_output(preset)
        await self._follow_export(
            lambda progress: workspace.export(
                folder, output=output, filename=name, on_progress=progress
            )
        )

    @work(exclusive=True, group="export", exit_on_error=False)
    async def resume_export(self, record: ExportRecord) -> None:
        """Finish a render submitted before lumatui last closed: poll it, then download it."""
        from lumatui import paths

        workspace = self.workspace
        assert workspace is not None
        folder = paths.ensure(paths.exports_dir())
        self.export_panel.started(record.preset, note="Picking up the export started earlier…")
        await self._follow_export(
            lambda progress: workspace.resume_export(record, folder, on_progress=progress)
        )

    async def _follow_export(
        self, start: Callable[[Callable[[ExportProgress], None]], Awaitable[Path]]
    ) -> None:
        from lumatui.client.errors import NemoError

        panel = self.export_panel
        started = self.clock()

        def progress(p: ExportProgress) -> None:
            panel.progress(p.status, p.percent, self.clock() - started)

        try:
            path = await start(progress)
        except NemoError as exc:
            if not self.is_running:
                return
            panel.failed(exc.message)
            await self.chat.add_error(exc.message, exc.action)
            self.post_message(ExportFinished(None, exc.message))
            return
        self.last_export = path
        if not self.is_running:
            return
        panel.done(path, self.clock() - started)
        await self.chat.add_info(f"✓ Exported {display_path(path)}")
        self.post_message(ExportFinished(path))
