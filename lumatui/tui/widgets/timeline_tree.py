"""The live timeline: tracks → segments, rebuilt from polled state, keyed by stable ids.

A refresh keeps which tracks are expanded and which node the cursor is on, by id, so the tree
does not jump while it is polled during a turn. Highlighting a segment shows its details.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from lumatui.tui.text import segment_details

if TYPE_CHECKING:
    from lumatui.protocol.draft import Draft, Segment, Track

VIDEO, AUDIO, TEXT = 0, 1, 7  # track types (lumatui.protocol.draft.TrackType), kept light here
TRACK_ICONS = {VIDEO: "🎬", AUDIO: "🎵", TEXT: "🔤"}
TRACK_NAMES = {VIDEO: "Video", AUDIO: "Audio", TEXT: "Text"}
KIND_ICONS = {"image": "🖼", "bgm": "🎵", "title": "🔤", "caption": "💬", "clip": "🎬"}
EMPTY = "(empty — describe a clip to start)"


def segment_icon(track: Track, seg: Segment) -> str:
    return KIND_ICONS.get(str(seg.m.get("kind", "")), TRACK_ICONS.get(track.tt, "▪"))


def track_label(track: Track) -> str:
    icon = TRACK_ICONS.get(track.tt, "▪")
    name = track.m.get("label") or TRACK_NAMES.get(track.tt, f"Track {track.tt}")
    count = len(track.sg)
    return f"{icon} {name} ({count} {'segment' if count == 1 else 'segments'})"


def short_line(line: str, limit: int = 24) -> str:
    """``Video: a very long label (0-5s)`` with the label cut so the time range stays visible."""
    head, sep, tail = line.rpartition(" (")
    if not sep:
        head, tail = line, ""
    if len(head) > limit:
        head = head[: limit - 1].rstrip() + "…"
    return f"{head}{sep}{tail}"


class TimelineTree(Tree[str]):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__("Timeline", **kwargs)
        self.show_root = False
        self.guide_depth = 3
        self._shown = ""
        self._collapsed: set[str] = set()
        self.segments: dict[str, tuple[Track, Segment]] = {}
        self.root.add_leaf(EMPTY)

    def show_draft(self, draft: Draft) -> bool:
        """Rebuild when the draft changed; True when it did."""
        from rich.text import Text

        from lumatui.protocol.summary import segment_line
        from lumatui.terminal_text import safe

        key = draft.model_dump_json()
        if key == self._shown:
            return False
        self._shown = key
        cursor = self.cursor_node.data if self.cursor_node is not None else None
        for node in self.root.children:
            if node.data and node.allow_expand and not node.is_expanded:
                self._collapsed.add(node.data)
            elif node.data:
                self._collapsed.discard(node.data)
        self.clear()
        self.segments = {}
        by_id: dict[str, TreeNode[str]] = {}
        if not draft.ready:
            self.root.add_leaf(EMPTY)
        for index, track in enumerate(draft.t):
            if not track.sg:
                continue
            track_id = track.id or f"track-{index}"
            node = self.root.add(
                Text(safe(track_label(track))),  # plain text: "[" in a label is not markup
                data=track_id,
                expand=track_id not in self._collapsed,
            )
            by_id[track_id] = node
            for number, seg in enumerate(track.sg):
                seg_id = seg.id or f"{track_id}-{number}"
                self.segments[seg_id] = (track, seg)
                line = short_line(safe(segment_line(track, seg)))  # clean first, then cut
                by_id[seg_id] = node.add_leaf(
                    Text(f"{segment_icon(track, seg)} {line}"), data=seg_id
                )
        if cursor in by_id:
            node = by_id[cursor]
            self.call_after_refresh(self.move_cursor, node)
        return True


class TimelinePanel(Vertical):
    """The tree and, under it, the details of the highlighted segment."""

    def compose(self) -> ComposeResult:
        yield TimelineTree(id="timeline-tree")
        yield Static("Select a segment to see its details.", id="segment-details", markup=False)

    @property
    def tree(self) -> TimelineTree:
        return self.query_one(TimelineTree)

    def show_draft(self, draft: Draft) -> bool:
        changed = self.tree.show_draft(draft)
        if changed:
            self._show_details(self.tree.cursor_node)
        return changed

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        self._show_details(event.node)

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        self._show_details(event.node)

    def _show_details(self, node: TreeNode[str] | None) -> None:
        details = self.query_one("#segment-details", Static)
        found = self.tree.segments.get(node.data or "") if node is not None else None
        if found is None:
            details.update("Select a segment to see its details.")
        else:
            details.update(segment_details(*found))
