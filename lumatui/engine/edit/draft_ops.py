"""Pure: a draft and one operation → a new draft and a one-line account of the change.

The input draft is never modified. Operations that need media made first (generating a clip,
animating an image, making music) are finished by the agent, which then calls
:func:`insert_clip` or :func:`put_music` here. Text edits live in ``text_ops``.
"""

from __future__ import annotations

import itertools
from typing import Any

from lumatui.engine.edit import whole_ops
from lumatui.engine.edit.timeline import (
    MIN_CLIP_MS,
    Change,
    EditError,
    clips,
    lay_out,
    ms_of,
    music,
    new_id,
    resolve,
    video_track,
)
from lumatui.protocol.draft import Draft, Segment, Track
from lumatui.protocol.summary import seconds as fmt

MIN_SPEED, MAX_SPEED = 0.25, 4.0


def _speed(seg: Segment) -> float:
    return float(seg.m.get("speed", 1.0) or 1.0)


def _room(seg: Segment) -> int | None:
    """The longest this segment can be on the timeline, given its source; None if unbounded."""
    source = seg.m.get("source_ms")
    if source is None:
        return None
    return max(MIN_CLIP_MS, round((int(source) - (seg.in_ or 0)) / _speed(seg)))


def _name(draft: Draft, seg: Segment) -> tuple[str, str]:
    pool = clips(draft)
    if seg in pool:
        n = pool.index(seg) + 1
        return f"clip {n}", f"第{n}个片段"
    if seg in music(draft):
        return "the music", "背景音乐"
    return f'the text "{seg.txt}"', f"文字“{seg.txt}”"


# --- clips ------------------------------------------------------------------------------------


def insert_clip(draft: Draft, seg: Segment, place: dict[str, Any] | None) -> Change:
    new = draft.model_copy(deep=True)
    track = video_track(new, create=True)
    assert track is not None
    index = _place_index(track, place)
    track.sg.insert(index, seg)
    lay_out(new)
    n = index + 1
    return Change(new, f"Added it as clip {n}.", f"已添加为第{n}个片段。", seg.id)


def _place_index(track: Track, place: dict[str, Any] | None) -> int:
    place = place or {"at": "end"}
    count = len(track.sg)
    at = place.get("at", "end")
    if at == "start":
        return 0
    if at in ("after", "before") and place.get("id"):
        position = next((i for i, s in enumerate(track.sg) if s.id == place["id"]), None)
        if position is None:
            raise EditError(
                "That clip is no longer on the timeline.", "那个片段已经不在时间线上了。"
            )
        return position + 1 if at == "after" else position
    if at in ("after", "before") and place.get("index") is not None:
        ref = int(place["index"])
        position = ref - 1 if ref > 0 else count + ref
        if not 0 <= position < count:
            raise EditError(
                f"There is no clip {ref}; the timeline has {count}.",
                f"没有第{ref}个片段；时间线里共有{count}个。",
            )
        return position + 1 if at == "after" else position
    if at == "index" and place.get("index") is not None:
        return max(0, min(count, int(place["index"]) - 1))
    return count


def _trim_one(seg: Segment, args: dict[str, Any]) -> None:
    speed = _speed(seg)
    if "start" in args and "end" in args:
        start, end = ms_of(args["start"]), ms_of(args["end"])
        if start >= seg.d:
            raise EditError(
                f"That clip is only {fmt(seg.d)} s long.", f"这个片段只有{fmt(seg.d)}秒。"
            )
        seg.in_ = (seg.in_ or 0) + round(start * speed)
        seg.d = min(end, seg.d) - start
    elif "cut_start" in args:
        cut = min(ms_of(args["cut_start"]), seg.d - MIN_CLIP_MS)
        seg.in_ = (seg.in_ or 0) + round(cut * speed)
        seg.d -= cut
    elif "cut_end" in args:
        seg.d -= min(ms_of(args["cut_end"]), seg.d - MIN_CLIP_MS)
    elif "keep_last" in args:
        keep = min(ms_of(args["keep_last"]), seg.d)
        seg.in_ = (seg.in_ or 0) + round((seg.d - keep) * speed)
        seg.d = keep
    else:
        scaled = round(seg.d * float(args.get("scale", 1)))
        wanted = max(MIN_CLIP_MS, ms_of(args["seconds"]) if "seconds" in args else scaled)
        room = _room(seg)
        seg.d = min(wanted, room) if room is not None else wanted
        if seg.m.get("anchor") == "whole":
            seg.m.pop("anchor")
        seg.m.pop("follow_video", None)


def trim(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = resolve(new, args.get("target"), focus)
    before = segs[0].d
    for seg in segs:
        _trim_one(seg, args)
    lay_out(new)
    seg = segs[0]
    en_name, zh_name = _name(new, seg) if len(segs) == 1 else ("every clip", "所有片段")
    note = ""
    if "seconds" in args and seg.d < ms_of(args["seconds"]):
        note = " (that is all of its footage)"
    return Change(
        new,
        f"Trimmed {en_name} from {fmt(before)} s to {fmt(seg.d)} s{note}.",
        f"已将{zh_name}从{fmt(before)}秒剪到{fmt(seg.d)}秒。",
        seg.id,
    )


def split(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    target = args.get("target") or {"kind": "clip"}
    at = args.get("at", "middle")
    explicit = target.get("index") is not None or target.get("it") or target.get("id")
    if at != "middle" and not explicit:
        moment = ms_of(at)
        seg = next((s for s in clips(new) if s.st < moment < s.end), None)
        if seg is None:
            raise EditError(
                f"No clip is playing at {fmt(moment)} s.", f"{fmt(moment)}秒处没有片段。"
            )
        offset = moment - seg.st
    else:
        (seg,) = resolve(new, {**target, "kind": "clip"}, focus)[:1]
        offset = seg.d // 2 if at == "middle" else ms_of(at)
    if not MIN_CLIP_MS <= offset <= seg.d - MIN_CLIP_MS:
        raise EditError(
            f"Clip is {fmt(seg.d)} s long; pick a point inside it.",
            f"这个片段长{fmt(seg.d)}秒，请选择片段内的时间点。",
        )
    track = video_track(new)
    assert track is not None
    second = seg.model_copy(deep=True)
    second.id = new_id()
    second.in_ = (seg.in_ or 0) + round(offset * _speed(seg))
    second.d = seg.d - offset
    second.m.pop("fade_in", None)
    second.m.pop("xfade", None)
    seg.m.pop("fade_out", None)
    seg.d = offset
    index = track.sg.index(seg)
    track.sg.insert(index + 1, second)
    lay_out(new)
    return Change(
        new,
        f"Split clip {index + 1} at {fmt(offset)} s into clips {index + 1} and {index + 2}.",
        f"已在{fmt(offset)}秒处把第{index + 1}个片段分成两段。",
        second.id,
    )


def delete(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    doomed = resolve(new, {**(args.get("target") or {}), "kind": "clip"}, focus)
    track = video_track(new)
    assert track is not None
    numbers = [track.sg.index(s) + 1 for s in doomed]
    track.sg = [s for s in track.sg if s not in doomed]
    lay_out(new)
    listed = ", ".join(str(n) for n in numbers)
    noun = "clip" if len(numbers) == 1 else "clips"
    return Change(new, f"Deleted {noun} {listed}.", f"已删除第{listed}个片段。", None)


def swap(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    first = {"id": args["a_id"]} if args.get("a_id") else {"index": args.get("a", 1)}
    second = {"id": args["b_id"]} if args.get("b_id") else {"index": args.get("b", 2)}
    (a,) = resolve(new, {"kind": "clip", **first}, focus)
    (b,) = resolve(new, {"kind": "clip", **second}, focus)
    if a is b:
        raise EditError("Those are the same clip.", "那是同一个片段。")
    track = video_track(new)
    assert track is not None
    i, j = track.sg.index(a), track.sg.index(b)
    track.sg[i], track.sg[j] = track.sg[j], track.sg[i]
    lay_out(new)
    return Change(
        new,
        f"Swapped clips {i + 1} and {j + 1}.",
        f"已交换第{i + 1}个和第{j + 1}个片段。",
        a.id,
    )


def reverse(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    track = video_track(new)
    if track is None or len(track.sg) < 2:
        raise EditError(
            "There are fewer than two clips, so there is no order to reverse.",
            "片段少于两个，没有顺序可以倒过来。",
        )
    track.sg.reverse()
    lay_out(new)
    return Change(new, "Reversed the order of the clips.", "已将片段顺序倒过来。", focus)


def move(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    (seg,) = resolve(new, {**(args.get("target") or {}), "kind": "clip"}, focus)[:1]
    track = video_track(new)
    assert track is not None
    old = track.sg.index(seg)
    place = dict(args.get("place") or {"at": "end"})
    anchor_seg = None
    if place.get("at") in ("after", "before") and (place.get("id") or place.get("index")):
        anchor = {"id": place["id"]} if place.get("id") else {"index": place["index"]}
        (anchor_seg,) = resolve(new, {"kind": "clip", **anchor}, focus)
        if anchor_seg is seg:
            raise EditError("A clip cannot move next to itself.", "片段不能移到它自己的旁边。")
    track.sg.remove(seg)
    if anchor_seg is not None:
        at = track.sg.index(anchor_seg) if anchor_seg in track.sg else old
        index = at + 1 if place["at"] == "after" else at
    else:
        index = _place_index(track, place)
    track.sg.insert(index, seg)
    lay_out(new)
    if index == old:
        raise EditError(f"Clip {old + 1} is already there.", f"第{old + 1}个片段已经在那个位置了。")
    return Change(
        new,
        f"Moved clip {old + 1} to position {index + 1}.",
        f"已把第{old + 1}个片段移到第{index + 1}位。",
        seg.id,
    )


def set_speed(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = resolve(new, {**(args.get("target") or {}), "kind": "clip"}, focus)
    for seg in segs:
        old = _speed(seg)
        wanted = float(args["speed"]) if "speed" in args else old * float(args.get("factor", 2))
        speed = max(MIN_SPEED, min(MAX_SPEED, wanted))
        seg.d = max(MIN_CLIP_MS, round(seg.d * old / speed))
        seg.m["speed"] = round(speed, 3)
    lay_out(new)
    speed = float(segs[0].m["speed"])
    en_name, zh_name = _name(new, segs[0]) if len(segs) == 1 else ("every clip", "所有片段")
    return Change(
        new,
        f"Set {en_name} to {speed:g}x speed (now {fmt(segs[0].d)} s).",
        f"已将{zh_name}设为{speed:g}倍速（现在{fmt(segs[0].d)}秒）。",
        segs[0].id,
    )


def set_volume(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = resolve(new, args.get("target"), focus)
    for seg in segs:
        if "volume" in args:
            seg.vol = max(0.0, min(1.0, float(args["volume"])))
        else:
            current = 1.0 if seg.vol is None else seg.vol
            seg.vol = round(max(0.0, min(1.0, current * float(args.get("change", 1.0)))), 3)
    lay_out(new)
    en_name, zh_name = _name(new, segs[0]) if len(segs) == 1 else ("every clip", "所有片段")
    vol = segs[0].vol or 0.0
    if vol == 0:
        return Change(new, f"Muted {en_name}.", f"已将{zh_name}静音。", segs[0].id)
    pct = round(vol * 100)
    return Change(
        new, f"Set {en_name} volume to {pct}%.", f"已将{zh_name}音量设为{pct}%。", segs[0].id
    )


def set_fade(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    target = dict(args.get("target") or {})
    edges = bool(target.pop("edges", False))
    segs = resolve(new, target, focus)
    done: list[str] = []
    given: list[int] = []
    for index, seg in enumerate(segs):
        for key in ("fade_in", "fade_out"):
            if key not in args:
                continue
            edge = 0 if key == "fade_in" else len(segs) - 1
            if edges and index != edge:
                continue
            seg.m[key] = max(0, min(int(args[key]), _fade_room(seg, key, args)))
            done.append(key)
            given.append(seg.m[key])
    lay_out(new)
    en_name, zh_name = _name(new, segs[0]) if len(segs) == 1 else ("the video", "视频")
    what_en = " and ".join(k.replace("_", " ") for k in dict.fromkeys(done))
    what_zh = "和".join({"fade_in": "淡入", "fade_out": "淡出"}[k] for k in dict.fromkeys(done))
    asked = next((int(args[k]) for k in ("fade_in", "fade_out") if k in args), 0)
    ms = min(given, default=asked)  # fades fit in their segment: say what was done
    short_en = " (the fades fit within the clip)" if ms < asked else ""
    short_zh = "（淡入淡出不能超过片段长度）" if ms < asked else ""
    if asked == 0:  # "remove the fade from the last clip"
        en, zh = f"Removed the {what_en} from {en_name}.", f"已去掉{zh_name}的{what_zh}。"
        return Change(new, en, zh, segs[0].id)
    return Change(
        new,
        f"Added a {fmt(ms)} s {what_en} to {en_name}{short_en}.",
        f"已为{zh_name}添加{fmt(ms)}秒{what_zh}{short_zh}。",
        segs[0].id,
    )


def _fade_room(seg: Segment, key: str, args: dict[str, Any]) -> int:
    """How long a fade may be: both fades fit in the segment, so a 2 s fade out on a 3 s
    clip is what was asked; asked for both at once, neither takes more than half."""
    if not seg.d:
        return int(args[key])
    other = "fade_out" if key == "fade_in" else "fade_in"
    if other in args:  # both asked at once: the other keeps at most half
        return seg.d - min(int(args[other] or 0), seg.d // 2)
    return seg.d - int(seg.m.get(other) or 0)


def set_transition(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = clips(new)
    if len(segs) < 2:
        raise EditError(
            "A crossfade needs two clips; add another clip first.",
            "转场需要两个片段，请先再添加一个片段。",
        )
    wanted = max(0, int(args.get("ms", 500)))
    if any(args.get(k) is not None for k in ("a", "b", "a_id", "b_id")):
        return _one_transition(new, args, wanted, focus)
    for before, seg in itertools.pairwise(segs):
        _crossfade(before, seg, wanted)
    lay_out(new)
    if not wanted:
        return Change(new, "Removed the crossfades.", "已去掉转场。", focus)
    return Change(
        new,
        f"Added a {fmt(wanted)} s crossfade between every two clips.",
        f"已在每两个片段之间添加{fmt(wanted)}秒的交叉淡化转场。",
        focus,
    )


def _crossfade(before: Segment, seg: Segment, wanted: int) -> None:
    """The cut into ``seg`` crossfades for ``wanted`` ms (at most half of either clip), or
    cuts when nothing is wanted."""
    if wanted:
        seg.m["xfade"] = min(wanted, before.d // 2, seg.d // 2)
    else:
        seg.m.pop("xfade", None)


def _one_transition(new: Draft, args: dict[str, Any], wanted: int, focus: str | None) -> Change:
    """ "A crossfade between the peonies and the tulips": that cut only; they must touch."""
    sides = []
    for side in ("a", "b"):
        index = args.get(side) or (1 if side == "a" else 2)
        said = {"id": args[f"{side}_id"]} if args.get(f"{side}_id") else {"index": index}
        (seg,) = resolve(new, {"kind": "clip", **said}, focus)
        sides.append(seg)
    segs = clips(new)
    i, j = sorted((segs.index(sides[0]), segs.index(sides[1])))
    if j - i != 1:
        raise EditError(
            f"Clips {i + 1} and {j + 1} are not next to each other, so no cut joins them.",
            f"第{i + 1}个和第{j + 1}个片段不相邻，它们之间没有切换点。",
        )
    seg = segs[j]
    _crossfade(segs[i], seg, wanted)
    lay_out(new)
    if not wanted:
        return Change(
            new,
            f"Removed the crossfade between clips {i + 1} and {j + 1}.",
            f"已去掉第{i + 1}个和第{j + 1}个片段之间的转场。",
            seg.id,
        )
    return Change(
        new,
        f"Added a {fmt(wanted)} s crossfade between clips {i + 1} and {j + 1}.",
        f"已在第{i + 1}个和第{j + 1}个片段之间添加{fmt(wanted)}秒的交叉淡化转场。",
        seg.id,
    )


def set_fit(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    segs = resolve(new, {**(args.get("target") or {}), "kind": "clip"}, focus)
    for seg in segs:
        seg.m["fit"] = args["fit"]
    how = "fills the frame" if args["fit"] == "cover" else "shows whole over a blurred copy"
    how_zh = "铺满画面" if args["fit"] == "cover" else "完整显示，背景为模糊画面"
    return Change(new, f"The clip now {how}.", f"片段现在{how_zh}。", segs[0].id)


# --- canvas and the whole video ----------------------------------------------------------------


def apply_edit(draft: Draft, name: str, args: dict[str, Any], focus: str | None) -> Change:
    """Pure: one operation on a draft (looked up in the registry). Raises EditError."""
    from lumatui.engine.registry import apply_pure

    return apply_pure(draft, name, args, focus)


put_music = whole_ops.put_music

__all__ = ["Change", "EditError", "apply_edit", "insert_clip", "put_music"]
