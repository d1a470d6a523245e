"""Pure: edits of the whole video — canvas, length, loop, start over — and its music."""

from __future__ import annotations

from typing import Any

from lumatui.engine.edit import text_ops
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
    video_end,
    video_track,
)
from lumatui.protocol.draft import Draft, Segment, Track, TrackType, aspect_of
from lumatui.protocol.summary import seconds as fmt

ASPECT_SIZES = {"9:16": (9, 16), "16:9": (16, 9), "1:1": (1, 1), "4:5": (4, 5)}


def canvas_size(width: int, height: int, aspect: str) -> tuple[int, int]:
    """Keep the short side, change the shape: 1080x1920 → 1:1 is 1080x1080."""
    aw, ah = ASPECT_SIZES[aspect]
    short = min(width, height)
    if aw <= ah:
        w, h = short, short * ah / aw
    else:
        w, h = short * aw / ah, short
    return int(round(w / 2) * 2), int(round(h / 2) * 2)


def set_canvas(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    width, height = new.m.width, new.m.height
    if args.get("width") and args.get("height"):
        width, height = int(args["width"]), int(args["height"])
        if width < 0:  # "720p": the short side, keeping the shape
            scale = height / min(new.m.width, new.m.height)
            width, height = new.m.width * scale, new.m.height * scale
        width, height = max(16, int(width) // 2 * 2), max(16, int(height) // 2 * 2)
    if args.get("aspect"):
        width, height = canvas_size(width, height, str(args["aspect"]))
    new.m.width, new.m.height = width, height
    fit = args.get("fit")
    if fit:
        new.m.fit = fit
        for seg in clips(new):
            seg.m["fit"] = fit
    lay_out(new)
    how = ""
    how_zh = ""
    if fit:
        how = " Every clip " + (
            "fills the frame." if fit == "cover" else "sits over a blurred copy."
        )
        how_zh = "所有片段" + ("铺满画面。" if fit == "cover" else "完整显示在模糊背景上。")
    ratio = aspect_of(width, height)
    return Change(
        new,
        f"Canvas is now {width}x{height} ({ratio}).{how}",
        f"画布已改为{width}x{height}（{ratio}）。{how_zh}",
        focus,
    )


def set_length(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    wanted = max(MIN_CLIP_MS, ms_of(args.get("seconds")))
    track = video_track(new)
    if track is None or not track.sg:
        for seg in [*music(new), *text_ops.all_text(new)]:
            seg.d = min(seg.d, wanted) if seg.st < wanted else seg.d
        if not new.ready:
            raise EditError(
                "The timeline is empty; add a clip first.", "时间线是空的，请先添加片段。"
            )
    else:
        originals = list(track.sg)
        while video_end(new) < wanted:
            for seg in originals:
                copy = seg.model_copy(deep=True)
                copy.id = new_id()
                track.sg.append(copy)
            lay_out(new)
        kept: list[Segment] = []
        for seg in track.sg:
            if seg.st >= wanted:
                continue
            if seg.end > wanted:
                seg.d = wanted - seg.st
            kept.append(seg)
        track.sg = kept
    for seg in [*music(new), *text_ops.all_text(new)]:
        if seg.st >= wanted:
            seg.st = max(0, wanted - seg.d)
        if seg.end > wanted:
            seg.d = wanted - seg.st
    lay_out(new)
    new.d = max(new.computed_duration(), 0)
    return Change(
        new, f"The video is now {fmt(new.d)} s long.", f"视频时长已改为{fmt(new.d)}秒。", focus
    )


def loop(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    target = args.get("target")
    times = max(2, min(10, int(args.get("times", 2))))
    if target and target.get("kind") == "bgm":
        segs = resolve(new, target, focus)
        for seg in segs:
            seg.m["loop"] = True
            seg.m["follow_video"] = True
        lay_out(new)
        return Change(new, "The music now loops.", "背景音乐已设为循环播放。", segs[0].id)
    track = video_track(new)
    if track is None or not track.sg:
        raise EditError("There is no clip to loop yet.", "还没有可以循环的片段。")
    if target and (target.get("index") is not None or target.get("it") or target.get("id")):
        (seg,) = resolve(new, {**target, "kind": "clip"}, focus)[:1]
        index = track.sg.index(seg)
        for _ in range(times - 1):
            copy = seg.model_copy(deep=True)
            copy.id = new_id()
            track.sg.insert(index + 1, copy)
        lay_out(new)
        return Change(
            new,
            f"Clip {index + 1} now plays {times} times.",
            f"第{index + 1}个片段现在播放{times}次。",
            seg.id,
        )
    originals = list(track.sg)
    for _ in range(times - 1):
        for seg in originals:
            copy = seg.model_copy(deep=True)
            copy.id = new_id()
            track.sg.append(copy)
    lay_out(new)
    return Change(
        new,
        f"The video now plays {times} times ({fmt(video_end(new))} s).",
        f"视频已循环{times}次（{fmt(video_end(new))}秒）。",
        focus,
    )


def start_over(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = Draft(m=draft.m.model_copy(deep=True))
    return Change(new, "Started over with an empty timeline.", "已清空时间线，重新开始。", None)


def remove_music(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    new = draft.model_copy(deep=True)
    if not music(new):
        raise EditError("There is no music to remove.", "没有可删除的背景音乐。")
    new.t = [t for t in new.t if not (t.tt == TrackType.AUDIO and t.m.get("role", "bgm") == "bgm")]
    lay_out(new)
    return Change(new, "Removed the background music.", "已删除背景音乐。", None)


def time_music(draft: Draft, args: dict[str, Any], focus: str | None) -> Change:
    """When the music plays: its start, its length (then it no longer follows the video)."""
    new = draft.model_copy(deep=True)
    segs = resolve(new, {"kind": "bgm"}, focus)
    for seg in segs:
        if "start" in args:
            seg.st = max(0, ms_of(args["start"]))
        if "duration" in args:
            seg.d = max(100, ms_of(args["duration"]))
            seg.m.pop("follow_video", None)
            seg.m["loop"] = True
    lay_out(new)
    seg = segs[0]
    return Change(
        new,
        f"The music now plays from {fmt(seg.st)} s to {fmt(seg.end)} s.",
        f"背景音乐现在从{fmt(seg.st)}秒播放到{fmt(seg.end)}秒。",
        seg.id,
    )


def put_music(draft: Draft, seg: Segment, replace: bool) -> Change:
    """Add (or replace) the background music with ``seg``; it follows the video's length."""
    new = draft.model_copy(deep=True)
    old = music(new)
    if replace or old:
        if old and seg.vol is None:
            seg.vol = old[0].vol
        new.t = [
            t for t in new.t if not (t.tt == TrackType.AUDIO and t.m.get("role", "bgm") == "bgm")
        ]
    track = Track(id=new_id("trk"), tt=TrackType.AUDIO, m={"label": "Music", "role": "bgm"})
    track.sg.append(seg)
    new.t.append(track)
    lay_out(new)
    verb_en = "Replaced the music with" if old else "Added"
    verb_zh = "已将背景音乐换成" if old else "已添加"
    pct = round((seg.vol if seg.vol is not None else 1.0) * 100)
    return Change(
        new,
        f"{verb_en} {seg.m.get('label', 'music')} as background music at {pct}% volume.",
        f"{verb_zh}{seg.m.get('label', '音乐')}作为背景音乐，音量{pct}%。",
        seg.id,
    )
