"""Pure: a draft whose made clips were drawn again at a new shape, and the line that says so.

The drawing itself is :mod:`lumatui.engine.media.recipes`; this puts the new clips in the
old ones' places (same ``in``, length, fades and options) and words the reply.
"""

from __future__ import annotations

from lumatui.protocol.draft import Draft, TrackType, aspect_of


def swap_sources(draft: Draft, made: dict[str, str]) -> Draft:
    """A copy of ``draft`` with each video segment whose ``src`` is in ``made`` pointing at
    its new clip; everything else about the segment stays."""
    new = draft.model_copy(deep=True)
    for track in new.tracks_of(TrackType.VIDEO):
        for seg in track.sg:
            if seg.src in made:
                seg.src = made[seg.src]
    return new


def _positions(draft: Draft, srcs: list[str]) -> list[int]:
    """1-based places on the first video track of the clips showing ``srcs``."""
    tracks = draft.tracks_of(TrackType.VIDEO)
    track = tracks[0].sg if tracks else []
    wanted = set(srcs)
    return [n for n, seg in enumerate(track, start=1) if seg.src in wanted]


def _listed(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _clips(n: int) -> str:
    return f"{n} generated clip{'s' if n > 1 else ''}"


def redraw_note(draft: Draft, drawn: int, reused: int, failed: list[str]) -> tuple[str, str]:
    """One line (English, Chinese) for the reply: clips drawn now at the new shape, clips back
    to a drawing made before, clips that keep their old picture. Empty when no made clip
    needed it. (The time it took goes to the log, not the reply: replies stay the same from
    run to run.)"""
    ratio = aspect_of(draft.m.width, draft.m.height)
    en: list[str] = []
    zh: list[str] = []
    if drawn:
        en.append(f"Redrew {_clips(drawn)} at {ratio}, no cropping.")
        zh.append(f"已按{ratio}重新绘制{drawn}个生成的片段，没有裁剪。")
    if reused:
        en.append(f"Put back the {ratio} drawing of {_clips(reused)}, no cropping.")
        zh.append(f"{reused}个生成的片段换回了之前按{ratio}绘制的画面，没有裁剪。")
    if failed:
        places = _positions(draft, failed)
        which = f"Clip{'s' if len(places) > 1 else ''} {_listed(places)}" if places else "A clip"
        which_zh = f"第{'、'.join(map(str, places))}个片段" if places else "有片段"
        en.append(f"{which} could not be redrawn at {ratio}; it keeps its picture, cropped to fit.")
        zh.append(f"{which_zh}未能按{ratio}重新绘制，保留原画面并裁剪以适应。")
    return " ".join(en), "".join(zh)
