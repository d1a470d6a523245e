"""Pure helpers over a draft: finding tracks and segments, and laying the timeline out.

Clips on the video track play one after another (a crossfade overlaps two), so every edit
ends with :func:`lay_out`: clips are packed, music that follows the video is stretched to
it, and text stays inside the video (text anchored to the end moves with it).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from lumatui.protocol.draft import Draft, Segment, Track, TrackType

DEFAULT_TEXT_MS = 3000
MIN_CLIP_MS = 100
END_TEXT_MS = 2000


@dataclass
class Change:
    """A new draft, what changed in both languages, and the segment now in focus."""

    draft: Draft
    en: str
    zh: str
    focus: str | None = None


class EditError(Exception):
    """A request that cannot apply to this draft; carries the reply in both languages."""

    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en = en
        self.zh = zh


def ms_of(seconds: float | int | str | None) -> int:
    return round(float(seconds or 0) * 1000)


def new_id(prefix: str = "seg") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def video_track(draft: Draft, create: bool = False) -> Track | None:
    track = next((t for t in draft.t if t.tt == TrackType.VIDEO), None)
    if track is None and create:
        track = Track(id=new_id("trk"), tt=TrackType.VIDEO, m={"label": "Video"})
        draft.t.insert(0, track)
    return track


def text_track(draft: Draft, create: bool = False) -> Track | None:
    track = next((t for t in draft.t if t.tt == TrackType.TEXT), None)
    if track is None and create:
        track = Track(id=new_id("trk"), tt=TrackType.TEXT, m={"label": "Text"})
        draft.t.append(track)
    return track


def music_tracks(draft: Draft) -> list[Track]:
    return [t for t in draft.t if t.tt == TrackType.AUDIO and t.m.get("role", "bgm") == "bgm"]


def clips(draft: Draft) -> list[Segment]:
    track = video_track(draft)
    return list(track.sg) if track else []


def texts(draft: Draft) -> list[Segment]:
    found = [s for t in draft.t if t.tt == TrackType.TEXT for s in t.sg]
    return sorted(found, key=lambda s: s.st)


def music(draft: Draft) -> list[Segment]:
    return [s for t in music_tracks(draft) for s in t.sg]


def video_end(draft: Draft) -> int:
    return max((s.end for s in clips(draft)), default=0)


def find(draft: Draft, seg_id: str | None) -> tuple[Track, Segment] | None:
    for track in draft.t:
        for seg in track.sg:
            if seg.id == seg_id:
                return track, seg
    return None


def drop_empty_tracks(draft: Draft) -> None:
    draft.t = [t for t in draft.t if t.sg]


def lay_out(draft: Draft) -> Draft:
    """Pack clips, fit following music, keep text inside the video; update ``d``."""
    track = video_track(draft)
    cursor = 0
    if track:
        for index, seg in enumerate(track.sg):
            overlap = int(seg.m.get("xfade", 0)) if index else 0
            seg.st = max(0, cursor - min(overlap, seg.d // 2))
            cursor = seg.end
    end = video_end(draft)
    if end > 0:
        for seg in music(draft):
            if seg.m.get("follow_video", False):
                seg.st = min(seg.st, max(0, end - 100))
                seg.d = end - seg.st
        for seg in texts(draft):
            anchor = seg.m.get("anchor")
            if anchor == "whole":
                seg.st, seg.d = 0, end
            elif anchor == "end" or seg.st >= end:
                seg.d = min(seg.d, end)
                seg.st = end - seg.d
            elif seg.end > end:
                seg.d = end - seg.st
    drop_empty_tracks(draft)
    draft.d = draft.computed_duration()
    return draft


# --- resolving what a request points at ------------------------------------------------------

KIND_NAMES = {"clip": ("clip", "片段"), "text": ("text", "文字"), "bgm": ("music", "背景音乐")}


def _pool(draft: Draft, kind: str, role: str | None) -> list[Segment]:
    if kind == "clip":
        return clips(draft)
    if kind == "bgm":
        return music(draft)
    if kind == "text":
        found = texts(draft)
        if role:
            same = [s for s in found if s.m.get("kind", "title") == role]
            return same or found
        return found
    return []


def kind_of(draft: Draft, seg_id: str | None) -> str | None:
    hit = find(draft, seg_id)
    if hit is None:
        return None
    track, _ = hit
    if track.tt == TrackType.VIDEO:
        return "clip"
    if track.tt == TrackType.TEXT:
        return "text"
    return "bgm"


def resolve(draft: Draft, target: dict[str, Any] | None, focus: str | None) -> list[Segment]:
    """The segments a reference means; raises EditError with a helpful reply when none."""
    target = target or {"kind": "any"}
    kind = str(target.get("kind", "any"))
    focus_kind = kind_of(draft, focus)
    if target.get("id") and kind == "any":
        kind = kind_of(draft, str(target["id"])) or "clip"
    if kind == "any":
        if focus_kind and target.get("index") is None and not target.get("all"):
            kind = focus_kind
        else:
            kind = "clip" if clips(draft) else "text" if texts(draft) else "bgm"
    pool = _pool(draft, kind, target.get("role"))
    en_name, zh_name = KIND_NAMES.get(kind, ("clip", "片段"))
    if not pool:
        raise EditError(
            f"There is no {en_name} in the timeline yet, so there is nothing to change.",
            f"时间线里还没有{zh_name}，没有可修改的内容。",
        )
    if target.get("all"):
        return pool
    if target.get("ids"):  # "delete clips 2 and 3"
        wanted = [str(i) for i in target["ids"]]
        same = [s for s in pool if s.id in wanted]
        if len(same) != len(wanted):
            raise EditError(
                f"Some of those {en_name}s are no longer on the timeline.",
                f"其中有的{zh_name}已不在时间线上。",
            )
        return same
    if target.get("id"):  # set by the planner from "the sunset clip", "it"
        same = [s for s in pool if s.id == target["id"]]
        if not same:
            raise EditError(
                f"That {en_name} is no longer on the timeline.",
                f"那个{zh_name}已经不在时间线上了。",
            )
        return same
    index = target.get("index")
    if index is not None:
        index = int(index)
        position = index - 1 if index > 0 else len(pool) + index
        if not 0 <= position < len(pool):
            raise EditError(
                f"There is no {en_name} {index}; the timeline has {len(pool)}.",
                f"没有第{index}个{zh_name}；时间线里共有{len(pool)}个。",
            )
        return [pool[position]]
    if target.get("text_is"):  # the text that says exactly this ("change "A" to "B"")
        wanted = str(target["text_is"]).strip().lower()
        saying = [s for s in pool if (s.txt or "").strip().lower() == wanted]
        if saying:
            return saying[:1]
    if target.get("fact"):  # "the price": the text added as it, else the one shaped like it
        return _fact_text(pool, str(target["fact"]), str(target.get("like") or ""))
    words = [str(w) for w in target.get("words") or []]
    named = [
        s for s in pool if words and any(w in str(s.m.get("label", "")).lower() for w in words)
    ]
    if named:
        return named[:1]
    focused = [s for s in pool if s.id == focus]
    if focused:
        return focused
    return [pool[-1]]


def _shape(text: str) -> set[str]:
    """What kind of fact a text says: money, digits, a web address, an email."""
    shape = set()
    if re.search(r"[$£€¥₹]|\b(?:usd|eur|gbp|rmb)\b|元|块", text, re.I):
        shape.add("money")
    if re.search(r"\d", text):
        shape.add("digits")
    if re.search(r"@", text):
        shape.add("at")
    if re.search(r"\bwww\.|\.(?:com|org|net|io|co)\b|https?://", text, re.I):
        shape.add("web")
    return shape


def _fact_text(pool: list[Segment], fact: str, like: str) -> list[Segment]:
    named = [s for s in pool if str(s.m.get("name", "")).lower() == fact]
    if named:
        return named[:1]
    wanted = _shape(like)
    shaped = [s for s in pool if wanted and wanted <= _shape(s.txt or "")]
    if len(shaped) == 1:
        return shaped
    raise EditError(
        f"No text on the video is the {fact}. Say which one: \"change 'old words' to '{like}'\".",
        f"没有找到写着{fact}的文字。请说明要改哪一条：“把'原来的文字'改成'{like}'”。",
    )
