"""Frames for the views that show them: cache first, else ffmpeg in a worker on the view.

The worker belongs to the view that asked, one at a time per view: a newer request cancels an
older one, and a view that goes away takes its worker with it. The UI thread only ever checks
whether a frame is on disk already. Media on the backend is read with the client in use at the
time of the request (a new session or backend brings its own).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lumatui.client.api import NemoClient
    from lumatui.client.frames import FrameStore
    from lumatui.tui.widgets.frame_view import FrameRequest, FrameView


class FrameLoader:
    def __init__(
        self, client: Callable[[], NemoClient | None] = lambda: None, folder: Path | None = None
    ) -> None:
        self._client = client
        self._folder = folder
        self._store: FrameStore | None = None

    @property
    def store(self) -> FrameStore:
        if self._store is None:
            from lumatui.client.frames import FrameStore

            self._store = FrameStore(folder=self._folder)
        self._store.client = self._client()
        return self._store

    def load(self, view: FrameView, request: FrameRequest) -> None:
        if not request.times:
            cached = self.store.cached(request.src, request.at_ms, request.width)
            if cached is not None:
                view.show(cached, request)
                return
        view.run_worker(
            partial(self._fetch, view, request), group="frame", exclusive=True, exit_on_error=False
        )

    async def _fetch(self, view: FrameView, request: FrameRequest) -> None:
        from lumatui.client.errors import NemoError

        store = self.store
        try:
            if request.times:
                path = await store.sheet(request.src, request.times, request.width, request.columns)
            else:
                path = await store.frame(request.src, request.at_ms, request.width)
        except NemoError as exc:
            if view.is_attached:
                view.unavailable(f"No frame: {exc.message}", request)
            return
        if view.is_attached:
            view.show(path, request)
