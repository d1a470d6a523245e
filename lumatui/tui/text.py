"""Words the app shows, as pure functions (tested without a terminal)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

if TYPE_CHECKING:
    from lumatui.protocol.draft import Draft, Segment, Track
    from lumatui.protocol.upload import UploadedFile


TEXT_TRACK = 7  # lumatui.protocol.draft.TrackType.TEXT, kept light here


def backend_label(url: str) -> str:
    """Where we are connected, without the port (a loopback engine is "local engine")."""
    host = urlparse(url).hostname or url
    if host in ("127.0.0.1", "localhost", "::1"):
        return "local engine"
    return host


def display_path(path: Path) -> str:
    """The path with the home folder as ``~`` (shorter, and the same on every machine)."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def status_markdown(draft: Draft) -> str:
    from lumatui.protocol.summary import segment_line

    lines = [segment_line(track, seg) for track in draft.t for seg in track.sg]
    if not lines:
        return "The timeline is empty — describe a clip to start."
    tracks = sum(1 for track in draft.t if track.sg)  # tracks, not items: two clips share one
    head = f"**Timeline** ({plural(tracks, 'track')}, {plural(len(lines), 'segment')})"
    return head + "\n\n" + "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))


_CHANGE = re.compile(r"^(?:Added|Removed|Changed|Canvas|Length) ")


def changes_markdown(reply: str) -> str:
    """A silent turn's change lines ("Added Title: …") as a list; any other text as it is."""
    lines = reply.splitlines()
    if len(lines) <= 1 or not all(_CHANGE.match(line) for line in lines):
        return reply
    return "\n".join(f"- {line}" for line in lines)


def hint_text(action_id: str) -> str:
    """What to do here instead of what a reply written for a GUI says ("click Export")."""
    from .action_table import BY_ID, key_label

    export = BY_ID["export"]
    hints = {
        "export": f"To export here: press {key_label(export.key)}, or type export (optionally "
        f"a preset: {export.usage.replace('[preset]', 'tiktok')}).",
        "status": "The timeline is under the chat; type status for a text summary.",
        "upload": "To add a file here: paste or drag its path into the box, or "
        f"{BY_ID['upload'].usage.replace('…', '')}.",
    }
    return hints.get(action_id, "")


def tool_activity(name: str, done: bool = False) -> str:
    """One compact line for what the agent is doing; never the raw call."""
    words = name.lower()
    if "generat" in words:
        doing, did = "generating a clip", "generated a clip"
    elif any(w in words for w in ("describe", "get_", "read", "state", "list")):
        doing, did = "reading the timeline", "read the timeline"
    elif "upload" in words or "import" in words:
        doing, did = "importing media", "imported media"
    elif "render" in words or "export" in words:
        doing, did = "preparing the export", "prepared the export"
    else:
        doing, did = "editing timeline", "edited timeline"
    return f"⚙ {did} ✓" if done else f"⚙ {doing}…"


def export_filename(title: str, folder: Path) -> str:
    """A readable name from the session title, never overwriting an earlier export."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-") or "lumatui-video"
    name = f"{slug}.mp4"
    number = 2
    while (folder / name).exists():
        name = f"{slug}-{number}.mp4"
        number += 1
    return name


def upload_line(item: UploadedFile) -> str:
    extras = [item.file_type]
    if item.duration:
        extras.append(f"{item.duration:g}s")
    if item.width and item.height:
        extras.append(f"{item.width}x{item.height}")
    return f"✓ Uploaded {item.filename} ({', '.join(extras)})"


def short_title(title: str, limit: int = 50) -> str:
    """A session title for one line, cut at a word."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def segment_details(track: Track, seg: Segment) -> str:
    """Everything a person may want to know about one segment, one fact a line."""
    from lumatui.protocol.summary import seconds, segment_line
    from lumatui.terminal_text import safe

    lines = [segment_line(track, seg)]
    lines.append(f"starts {seconds(seg.st)}s · lasts {seconds(seg.d)}s · ends {seconds(seg.end)}s")
    if seg.in_:
        lines.append(f"from {seconds(seg.in_)}s into the source")
    if seg.vol is not None:
        lines.append(f"volume {round(seg.vol * 100)}%")
    if seg.txt and track.tt != TEXT_TRACK:
        lines.append(f'text "{seg.txt}"')
    for key, value in seg.m.items():
        if key in ("label",):
            continue
        lines.append(f"{key}: {value}")
    return safe("\n".join(lines))
