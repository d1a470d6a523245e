"""The live timeline: tracks → segments, rebuilt from polled state, keyed by stable ids."""

from __future__ import annotations

from textual.widgets import Tree

from lumatui.protocol.draft import Draft, TrackType
from lumatui.protocol.summary import segment_line

ICONS = {TrackType.VIDEO: "🎬", TrackType.AUDIO: "🎵", TrackType.TEXT: "🔤"}
TRACK_NAMES = {TrackType.VIDEO: "Video", TrackType.AUDIO: "Audio", TrackType.TEXT: "Text"}


class TimelineTree(Tree[str]):
    def __init__(self, **kwargs: object) -> None:
        super().__init__("Timeline is empty", **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self._shown: str = ""

    def show_draft(self, draft: Draft) -> None:
        """Rebuild only when the draft changed, so the cursor does not jump on every poll."""
        key = draft.model_dump_json()
        if key == self._shown:
            return
        self._shown = key
        self.clear()
        if not draft.ready:
            self.root.add_leaf("(empty — describe a clip to start)")
            return
        for index, track in enumerate(draft.t):
            if not track.sg:
                continue
            icon = ICONS.get(track.tt, "▪")
            name = track.m.get("label") or TRACK_NAMES.get(track.tt, f"Track {track.tt}")
            node = self.root.add(f"{icon} {name}", data=track.id or str(index), expand=True)
            for seg in track.sg:
                node.add_leaf(segment_line(track, seg), data=seg.id)
