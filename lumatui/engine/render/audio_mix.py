"""The sound of a render: clip sound and audio tracks mixed into ``[premix]``.

Each source is trimmed, looped (``m.loop``), sped (``m.speed``), faded and set to ``vol``,
then delayed to its ``st``; music (BGM) is ducked under the rest with sidechaincompress.
Clip sound follows its picture: it crossfades where the clips crossfade and stops where a
later clip cuts in (:meth:`AudioMix.crossfade`, :meth:`AudioMix.cut`, told by the video
chain). Loudness is normalised after ``[premix]`` by the render plan, fed by an audio-only
measuring pass over the same chains (:meth:`AudioMix.measuring_pass`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lumatui.engine.render.filter_graph import FilterGraph, clamped, option_ms, seconds, speed_of
from lumatui.protocol.draft import Draft, Segment, TrackType


@dataclass
class AudioItem:
    source: int  # index into the render's inputs
    seg: Segment
    bgm: bool
    duck: bool


class AudioMix:
    """Every audible source of a render, and the chains that mix them to ``[premix]``."""

    def __init__(self, graph: FilterGraph, draft: Draft) -> None:
        self.graph = graph
        self.draft = draft
        self.items: list[AudioItem] = []
        # Clip sound follows the picture: crossfaded (fade in, fade out ms) or cut (length).
        self.fades: dict[int, tuple[int, int]] = {}
        self.cuts: dict[int, int] = {}

    def add_clip_sound(self, source: int, seg: Segment) -> None:
        self.items.append(AudioItem(source, seg, bgm=False, duck=False))

    def crossfade(self, before: Segment | None, after: Segment, overlap: int) -> None:
        """The sound of ``before`` fades out while that of ``after`` fades in."""
        if before is not None:
            fade_in = self.fades.get(id(before), (0, 0))[0]
            self.fades[id(before)] = (fade_in, overlap)
        self.fades[id(after)] = (overlap, 0)

    def cut(self, before: Segment | None, at: int) -> None:
        """The sound of ``before`` stops at ``at`` (ms on the timeline), where a clip cuts in."""
        if before is not None:
            self.cuts[id(before)] = max(0, at - before.st)

    def add_tracks(self) -> None:
        """Add the segments of the audio tracks, each an input of its own."""
        graph = self.graph
        for track in self.draft.t:
            if track.tt != TrackType.AUDIO:
                continue
            role = str(track.m.get("role") or "").lower()
            for seg in (s for s in track.sg if s.d > 0):
                found = graph.resolve(seg)
                if found is None:
                    continue
                path, info = found
                if info is not None and info.audio_codec is None:
                    graph.warnings.append(f"{seg.label} has no sound to mix.")
                    continue
                kind = str(seg.m.get("kind") or "").lower()
                bgm = role == "bgm" or kind == "bgm" or (role != "voice" and kind != "voice")
                duck = bgm and seg.m.get("duck", track.m.get("duck", True)) is not False
                speed = speed_of(seg)
                opts = ["-stream_loop", "-1"] if seg.m.get("loop") else []
                opts += ["-ss", seconds(seg.in_ or 0), "-t", seconds(seg.d * speed)]
                k = graph.add_input(opts, path)
                self.items.append(AudioItem(k, seg, bgm=bgm, duck=duck))

    def chains(self, index: dict[int, int]) -> list[str]:
        """The audio graph up to ``[premix]``, reading input ``index[source]``."""
        dur = seconds(self.graph.duration_ms)
        chains: list[str] = []
        fg: list[str] = []
        music: list[str] = []
        for n, item in enumerate(self.items):
            seg = item.seg
            speed = speed_of(seg)
            parts = ["asetpts=PTS-STARTPTS"]
            tempo = speed
            while tempo < 0.5:
                parts.append("atempo=0.5")
                tempo /= 0.5
            if abs(tempo - 1) > 1e-6:
                parts.append(f"atempo={tempo:g}")
            parts.append("aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo")
            volume = 1.0 if seg.vol is None else clamped(seg.vol, 1.0, 0.0, 1.0)
            if volume != 1:
                parts.append(f"volume={volume:.3f}")
            length = min(seg.d, self.cuts.get(id(seg), seg.d))
            if length <= 0:
                continue
            parts += ["apad", f"atrim=end={seconds(length)}"]
            joined_in, joined_out = self.fades.get(id(seg), (0, 0))
            fade_in = min(length, max(option_ms(seg, "fade_in", seg.d), joined_in))
            fade_out = min(length, max(option_ms(seg, "fade_out", seg.d), joined_out))
            if fade_in:
                parts.append(f"afade=t=in:st=0:d={seconds(fade_in)}")
            if fade_out:
                parts.append(f"afade=t=out:st={seconds(length - fade_out)}:d={seconds(fade_out)}")
            if seg.st > 0:
                parts.append(f"adelay={seg.st}:all=1")
            out = f"[a{n}]"
            chains.append(f"[{index[item.source]}:a]{','.join(parts)}{out}")
            (music if item.duck else fg).append(out)

        def mix(labels: list[str], out: str) -> None:
            pad = f"apad=whole_dur={dur}"
            if len(labels) == 1:
                chains.append(f"{labels[0]}{pad}{out}")
            else:
                n = len(labels)
                mixed = f"amix=inputs={n}:duration=longest:normalize=0"
                chains.append(f"{''.join(labels)}{mixed},{pad}{out}")

        if fg and music:
            mix(fg, "[fgmix]")
            mix(music, "[bgmix]")
            chains.append("[fgmix]asplit=2[fgout][fgkey]")
            duck = "sidechaincompress=threshold=0.02:ratio=6:attack=20:release=400:knee=4"
            chains.append(f"[bgmix][fgkey]{duck}[ducked]")
            chains.append("[fgout][ducked]amix=inputs=2:duration=longest:normalize=0[premix]")
        elif fg or music:
            mix(fg or music, "[premix]")
        else:
            chains.append(f"anullsrc=r=48000:cl=stereo,atrim=end={dur}[premix]")
        return chains

    def render_chains(self) -> list[str]:
        """The chains as the render reads them: every input at its own index."""
        return self.chains({i: i for i in range(len(self.graph.inputs))})

    def measuring_pass(self) -> tuple[list[str], list[str]]:
        """Inputs and chains of the loudness pass: only the sources heard, without video."""
        used = sorted({item.source for item in self.items})
        inputs = self.graph.inputs
        args = [arg for s in used for arg in (*inputs[s].opts, "-vn", "-i", inputs[s].path)]
        return args, self.chains({source: n for n, source in enumerate(used)})
