"""/preview from the app: render the draft preset, then hand its frames to the preview panel.

One preview at a time: a second /preview cancels the first (its worker, and through it the
render on the backend) and starts afresh from the timeline as it is now. Frames reach the
panel as ffmpeg decodes them, so playing starts before the last one is read.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from .widgets.chat_log import ChatLog
from .widgets.preview_panel import PreviewPanel

if TYPE_CHECKING:
    from textual.app import App

    from lumatui.client.export import ExportProgress
    from lumatui.protocol.draft import Draft

    from .state import AppState
    from .widgets.frame_view import FrameRequest


def first_still(draft: Draft) -> FrameRequest | None:
    """The cut's first picture, from its source: shown while the draft renders."""
    from .widgets.frame_view import FrameRequest

    for track in draft.t:
        for seg in track.sg:
            if track.tt == 0 and seg.src and seg.st == 0:
                return FrameRequest(str(seg.src), at_ms=seg.in_ or 0, width=320)
    return None


class PreviewRunner:
    def __init__(self, app: App[None], state: AppState, clock: Callable[[], float]) -> None:
        self.app = app
        self.state = state
        self.clock = clock
        self.jobs: list[str] = []  # every preview render submitted, oldest first

    @property
    def panel(self) -> PreviewPanel:
        return self.app.query_one(PreviewPanel)

    async def _ensure_panel(self) -> None:
        """The panel is made on the first /preview, above the chat: start-up never pays."""
        if not self.app.query(PreviewPanel):
            panel = PreviewPanel(id="preview")
            panel.border_title = "Preview"
            await self.app.query_one("#conversation").mount(panel, before=0)

    async def start(self) -> None:
        """Preview the timeline on screen (cancelling a preview still running)."""
        from lumatui.client.preview import PREVIEW_FPS

        from .opener import has_player

        draft = self.state.draft
        if not draft.ready:
            self.app.call_later(
                self.app.query_one(ChatLog).add_info,
                "Nothing to preview yet — describe a clip to start the timeline.",
            )
            return
        await self._ensure_panel()
        self.panel.begin(PREVIEW_FPS, can_open=has_player(), still=first_still(draft))
        self.app.run_worker(
            partial(self._preview, draft.model_copy(deep=True)),
            group="preview",
            exclusive=True,  # the running one is cancelled, and its render with it
            exit_on_error=False,
        )

    def stop(self) -> None:
        """The panel was closed: nothing is left running for it."""
        self.app.workers.cancel_group(self.app, "preview")

    async def _preview(self, draft: Draft) -> None:
        from lumatui.client.errors import NemoError
        from lumatui.client.preview import frame_size, preview_frames, render_preview

        workspace = self.state.workspace
        assert workspace is not None and workspace.session_id is not None
        panel = self.panel
        started = self.clock()

        def progress(p: ExportProgress) -> None:
            if p.job_id and p.job_id not in self.jobs:
                self.jobs.append(p.job_id)
            panel.progress(p.status, p.percent, self.clock() - started)

        try:
            path = await render_preview(
                workspace.client, workspace.session_id, draft, on_progress=progress
            )
            panel.rendered(path)
            async for frame in preview_frames(path, frame_size(draft.m.width, draft.m.height)):
                panel.add_frame(frame)
            panel.all_frames()
        except NemoError as exc:
            if self.app.is_running:
                panel.failed(exc.message)
                await self.app.query_one(ChatLog).add_error(exc.message, exc.action)
