"""Pure: on-screen text edits (titles, captions, text) on a draft."""

from __future__ import annotations

from typing import Any

from lumatui.engine.edit.timeline import (
    DEFAULT_TEXT_MS,
    END_TEXT_MS,
    Change,
    EditError,
    lay_out,
    new_id,
    resolve,
    text_track,
    texts,
    video_end,
)
from lumatui.protocol.draft import Draft, Segment
from lumatui.protocol.summary import seconds as fmt

DEFAULT_POSITION = {"title": "center", "caption": "bottom", "text": "center"}
NOUNS = {"title": ("title", "标题"), "caption": ("caption", "字幕"), "text": ("text", "文字")}
POSITION_ZH = {"top": "顶部", "center": "中间", "bottom": "底部"}
MIN_SIZE, MAX_SIZE = 12, 400


def all_text(draft: Draft) -> list[Segment]:
    return texts(draft)


def _ms(value: Any) -> int:
    return round(float(value) * 1000)


def default_size(draft: Draft) -> int:
    """The renderer's default font size for this canvas (docs: height / 18)."""
    return max(12, draft.m.height // 18)


def _timing(seg: Segment, args: dict[str, Any], end: int) -> None:
    if "duration" in args:
        seg.d = max(100, _ms(args["duration"]))
    if args.get("until_end") and end:
        seg.d = max(100, end - seg.st)
    anchor = args.get("anchor")
    if anchor == "whole":
        seg.m["anchor"] = "whole"
        seg.st, seg.d = 0, end or seg.d
    elif anchor == "end":
        seg.m["anchor"] = "end"
        seg.st = max(0, end - seg.d) if end else 0
    elif "start" in args:
        seg.m.pop("anchor", None)
        seg.st = max(0, _ms(args["start"]))


def _style(draft: Draft, seg: Segment, args: dict[str, Any]) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    if position := args.get("position"):
        seg.m["position"] = position
        said.append((f"at the {position}", f"位置{POSITION_ZH.get(str(position), position)}"))
    if color := args.get("color"):
        seg.m["color"] = color
        said.append((f"colour {color}", f"颜色{color}"))
    if "size" in args or "scale" in args:
        base = int(seg.m.get("size") or default_size(draft))
        size = int(args["size"]) if "size" in args else round(base * float(args["scale"]))
        seg.m["size"] = max(MIN_SIZE, min(MAX_SIZE, size))
        said.append((f"size {seg.m['size']}px", f"字号{seg.m['size']}"))
    if anim := args.get("anim"):
        seg.m["anim"] = anim
        said.append((f"{anim} animation", f"动画{anim}"))
    for key in ("fade_in", "fade_out"):
        if key in args:
            seg.m[key] = int(args[key])
    return said


def add_text(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    kind = str(args.get("kind", "title"))
    end = video_end(new)
    seg = Segment(
        id=new_id(),
        st=0,
        d=DEFAULT_TEXT_MS,
        txt=str(args.get("txt") or "Title"),
        m={"kind": kind, "position": DEFAULT_POSITION.get(kind, "center")},
    )
    if args.get("name"):
        seg.m["name"] = str(args["name"])  # "the price '$1,250,000'": "remove the price"
    timing = dict(args)
    if timing.get("anchor") == "end" and "duration" not in timing:
        seg.d = END_TEXT_MS
    if kind == "caption" and not ({"start", "duration", "anchor"} & timing.keys()) and end:
        timing["anchor"] = "whole"
    _timing(seg, timing, end)
    _style(new, seg, args)
    track = text_track(new, create=True)
    assert track is not None
    track.sg.append(seg)
    lay_out(new)
    en, zh = NOUNS.get(kind, NOUNS["text"])
    return Change(
        new,
        f'Added the {en} "{seg.txt}" from {fmt(seg.st)} s to {fmt(seg.end)} s'
        f" at the {seg.m['position']}.",
        f"已添加{zh}「{seg.txt}」，{fmt(seg.st)}秒到{fmt(seg.end)}秒，"
        f"位置{POSITION_ZH.get(seg.m['position'], seg.m['position'])}。",
        seg.id,
    )


def _targets(draft: Draft, args: dict[str, Any], focus: str | None) -> list[Segment]:
    target = dict(args.get("target") or {})
    target["kind"] = "text"
    return resolve(draft, target, focus)


def edit_text(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    (seg,) = _targets(new, args, focus)[:1]
    old = seg.txt
    seg.txt = str(args["txt"])
    lay_out(new)
    return Change(
        new, f'Changed "{old}" to "{seg.txt}".', f"已将「{old}」改为「{seg.txt}」。", seg.id
    )


def style_text(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = _targets(new, args, focus)
    said: list[tuple[str, str]] = []
    for seg in segs:
        said = _style(new, seg, args)
    lay_out(new)
    if not said:
        raise EditError("Tell me how the text should look.", "请告诉我文字要怎么改。")
    en = ", ".join(e for e, _ in said)
    zh = "，".join(z for _, z in said)
    return Change(
        new, f'"{segs[0].txt}" is now {en}.', f"「{segs[0].txt}」已改为{zh}。", segs[0].id
    )


def time_text(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    (seg,) = _targets(new, args, focus)[:1]
    _timing(seg, args, video_end(new))
    lay_out(new)
    return Change(
        new,
        f'"{seg.txt}" now shows from {fmt(seg.st)} s to {fmt(seg.end)} s.',
        f"「{seg.txt}」现在在{fmt(seg.st)}秒到{fmt(seg.end)}秒显示。",
        seg.id,
    )


def remove_text(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    doomed = _targets(new, args, focus)
    ids = {s.id for s in doomed}
    for track in new.t:
        track.sg = [s for s in track.sg if s.id not in ids]
    lay_out(new)
    listed = ", ".join(f'"{s.txt}"' for s in doomed)
    return Change(new, f"Removed {listed}.", f"已删除{listed}。", None)
