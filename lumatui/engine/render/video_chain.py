"""The picture of a render: the video tracks as one canvas-sized stream.

The first video track becomes one continuous stream. Each clip is trimmed (``in``), sped up
or slowed down (``m.speed``), brought to the output frame rate, fitted to the canvas
(``m.fit``: ``cover`` crops first and scales once; ``contain`` lays the whole frame over a
blurred, cheaply downscaled copy), faded (``m.fade_in``/``m.fade_out``) and then joined to
the one before it: by ``concat``, by ``xfade`` when the two overlap and the later one has
``m.xfade``, or after black padding when there is a gap. No black base is overlaid, so a
clip that covers the canvas costs one crop and one scale. A still is looped to its length
and may move (``m.motion``, an eased sub-pixel Ken Burns zoom or pan). Further video
tracks are overlaid at their ``st``.
"""

from __future__ import annotations

from lumatui.engine.media.ffmpeg import EXACT_SCALE, TV_709
from lumatui.engine.media.ken_burns import motion_filter
from lumatui.engine.media.probe import MediaInfo
from lumatui.engine.render.audio_mix import AudioMix
from lumatui.engine.render.filter_graph import (
    FilterGraph,
    filter_spec,
    option_ms,
    seconds,
    speed_of,
)
from lumatui.protocol.draft import Draft, Segment, Track, TrackType

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
BLUR_DOWNSCALE = 8  # the contain background is blurred at 1/8 size, then scaled back up
KEN_BURNS_ZOOM = 0.15


class VideoChain:
    """Adds the video tracks to the graph; clip sound goes to ``sound``, following cuts."""

    def __init__(self, graph: FilterGraph, draft: Draft, sound: AudioMix) -> None:
        self.graph = graph
        self.draft = draft
        self.sound = sound
        self.default_fit = str(getattr(draft.m, "fit", None) or "cover")

    def fit(self, seg: Segment) -> str:
        """Filters that bring any frame to exactly the output size (pixels square)."""
        w, h = self.graph.width, self.graph.height
        fit = str(seg.m.get("fit") or self.default_fit).lower()
        # The crop is worked out on the displayed shape (``sar``: non-square source pixels).
        crop = f"crop='min(iw,ih*{w}/{h}/sar)':'min(ih,iw*sar*{h}/{w})'"
        if fit != "contain":
            return f"{crop},scale={w}:{h}:{TV_709},setsar=1"
        bw, bh = max(2, w // BLUR_DOWNSCALE // 2 * 2), max(2, h // BLUR_DOWNSCALE // 2 * 2)
        radius = max(1, min(bw, bh) // 8)
        bg, fg, blurred, whole = (self.graph.label(p) for p in ("bg", "fg", "blur", "whole"))
        # The blurred copy: crop to the canvas shape, shrink, blur, scale back up.
        return (
            # square pixels first (a no-op when they are)
            f"scale='trunc(iw*sar/2)*2':ih:{EXACT_SCALE},setsar=1,"
            f"split=2{bg}{fg};"
            f"{bg}{crop},scale={bw}:{bh}:{EXACT_SCALE},"
            f"boxblur={radius}:2,scale={w}:{h}:{TV_709},setsar=1{blurred};"
            f"{fg}scale={w}:{h}:force_original_aspect_ratio=decrease:{TV_709},setsar=1{whole};"
            f"{blurred}{whole}overlay=(W-w)/2:(H-h)/2"
        )

    def motion(self, seg: Segment, frames: int) -> str:
        """The eased, sub-pixel window of a still's ``m.motion``; empty when it stands still."""
        kind = str(seg.m.get("motion") or "none").lower()
        move = motion_filter(kind, frames, KEN_BURNS_ZOOM)
        return f"{move},setsar=1" if move else ""

    def clip_chain(
        self, seg: Segment, *, image: bool, info: MediaInfo | None, start: int = 0
    ) -> list[str]:
        """Filters from the decoded source to exactly ``seg.d`` of canvas-sized frames."""
        fps = self.graph.fps
        frames = max(1, round(seg.d * fps / 1000))
        speed = 1.0 if image else speed_of(seg)
        chain: list[str] = []
        if image:
            chain += [self.fit(seg), "format=yuv420p", f"loop=loop={frames - 1}:size=1"]
            chain += [f"setpts=N/{fps}/TB", f"fps={fps}"]
            if move := self.motion(seg, frames):
                chain.append(move)
        else:
            pts = "PTS-STARTPTS" if speed == 1 else f"(PTS-STARTPTS)/{speed:g}"
            chain += [f"setpts={pts}", f"fps={fps}", self.fit(seg), "format=yuv420p"]
            span_ms = seg.d * speed
            have_ms = None
            if info is not None and info.duration is not None:
                have_ms = info.duration * 1000 - start
            if have_ms is None or have_ms + 1 < span_ms:  # a short source holds its last frame
                chain.append("tpad=stop=-1:stop_mode=clone")
        chain.append(f"trim=end_frame={frames}")
        fade_in = option_ms(seg, "fade_in", seg.d)
        fade_out = option_ms(seg, "fade_out", seg.d)
        if fade_in:
            chain.append(f"fade=t=in:st=0:d={seconds(fade_in)}")
        if fade_out:
            chain.append(f"fade=t=out:st={seconds(seg.d - fade_out)}:d={seconds(fade_out)}")
        return chain

    def segment(self, seg: Segment) -> str | None:
        """Add one visual segment; the label of its stream (starting at 0, ``seg.d`` long)."""
        graph = self.graph
        found = graph.resolve(seg)
        if found is None:
            return None
        path, info = found
        if info is not None and info.kind == "audio":
            graph.warnings.append(f"Skipped {seg.label}: it has no picture.")
            return None
        image = path.suffix.lower() in IMAGE_SUFFIXES or (info is not None and info.kind == "image")
        start = seg.in_ or 0
        if image:
            k = graph.add_input(["-framerate", str(graph.fps)], path)
        else:
            if info is not None and info.duration is not None and start >= info.duration * 1000:
                graph.warnings.append(
                    f"{seg.label} starts after the end of its source; it is shown from 0 s."
                )
                start = 0
            span = seg.d * speed_of(seg)
            k = graph.add_input(["-ss", seconds(start), "-t", seconds(span)], path)
            if seg.m.get("has_audio") is not False:
                has = info.audio_codec is not None if info else bool(seg.m.get("has_audio"))
                if has:
                    self.sound.add_clip_sound(k, seg)
                elif seg.m.get("has_audio"):
                    graph.warnings.append(f"{seg.label} has no sound track to mix.")
        out = graph.label("clip")
        chain = self.clip_chain(seg, image=image, info=info, start=start)
        graph.chains.append(f"[{k}:v]{','.join(chain)}{out}")
        return out

    def main_track(self, track: Track) -> tuple[str | None, int]:
        """The first video track as one stream from 0; its label and length (ms)."""
        graph, fps = self.graph, self.graph.fps
        acc: str | None = None
        acc_end = 0
        prev: Segment | None = None
        for seg in sorted((s for s in track.sg if s.d > 0), key=lambda s: s.st):
            piece = self.segment(seg)
            if piece is None:
                continue
            before, prev = prev, seg
            if acc is None or seg.st >= acc_end:
                gap = seg.st - acc_end
                if gap > 0:
                    padded = graph.label("gap")
                    graph.chains.append(f"{piece}tpad=start_duration={seconds(gap)}{padded}")
                    piece = padded
                if acc is None:
                    acc = piece
                else:
                    joined = graph.label("cat")
                    graph.chains.append(f"{acc}{piece}concat=n=2:v=1:a=0,settb=1/{fps}{joined}")
                    acc = joined
                acc_end = seg.end
                continue
            overlap = acc_end - seg.st
            xfade = option_ms(seg, "xfade", seg.d)
            joined = graph.label("join")
            if xfade and overlap > 0 and seg.end > acc_end:
                graph.chains.append(
                    f"{acc}{piece}xfade=transition=fade:duration={seconds(overlap)}"
                    f":offset={seconds(seg.st)}{joined}"
                )
                self.sound.crossfade(before, seg, overlap)
            else:  # overlapping without a crossfade: the later clip cuts in at its start
                self.sound.cut(before, seg.st)
                cut = graph.label("cut")
                graph.chains.append(f"{acc}trim=end={seconds(seg.st)}{cut}")
                graph.chains.append(f"{cut}{piece}concat=n=2:v=1:a=0,settb=1/{fps}{joined}")
            acc, acc_end = joined, seg.end
        return acc, acc_end

    def overlay_track(self, base: str, track: Track) -> str:
        """Lay each segment of a further video track over ``base`` during its own time."""
        graph = self.graph
        for seg in (s for s in track.sg if s.d > 0):
            piece = self.segment(seg)
            if piece is None:
                continue
            shifted, out = graph.label("late"), graph.label("over")
            graph.chains.append(f"{piece}setpts=PTS+{seconds(seg.st)}/TB{shifted}")
            enable = f"between(t,{seconds(seg.st)},{seconds(seg.end)})"
            overlay = filter_spec("overlay", {"eof_action": "pass", "enable": enable})
            graph.chains.append(f"{base}{shifted}{overlay}{out}")
            base = out
        return base

    def build(self) -> str:
        """Add every video track; the label of the result, the draft's whole duration long."""
        graph = self.graph
        dur, w, h, fps = graph.duration_ms, graph.width, graph.height, graph.fps
        tracks = [t for t in self.draft.t if t.tt == TrackType.VIDEO]
        base, end = self.main_track(tracks[0]) if tracks else (None, 0)
        if base is None:
            base = graph.label("black")
            graph.chains.append(
                f"color=c=black:s={w}x{h}:r={fps}:d={seconds(dur)},format=yuv420p{base}"
            )
        elif end < dur:
            padded = graph.label("tail")
            graph.chains.append(
                f"{base}tpad=stop_duration={seconds(dur - end + 1000 / fps)}{padded}"
            )
            base = padded
        for track in tracks[1:]:
            base = self.overlay_track(base, track)
        return base
