"""The ffmpeg filter graph a render plan is built into, and the values that go into it.

:class:`FilterGraph` is shared by the video, text and audio parts of a plan: one list of
inputs and chains, one label counter (so labels never clash) and one list of warnings (so
they come out in the order the draft was read). The helpers around it escape option values,
write times as seconds, and clamp a segment's options to what the filters accept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lumatui.engine.media.probe import MediaInfo
from lumatui.engine.render.presets import OutputSpec
from lumatui.protocol.draft import Segment


def _escape_option(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'").replace(":", "\\:")


def _escape_graph(args: str) -> str:
    for char in "\\'[],;":
        args = args.replace(char, "\\" + char)
    return args


def filter_spec(name: str, options: dict[str, object]) -> str:
    """``name=k=v:k=v`` with both levels of escaping (option values, then the graph)."""
    args = ":".join(f"{key}={_escape_option(str(value))}" for key, value in options.items())
    return f"{name}={_escape_graph(args)}"


def seconds(ms: float) -> str:
    """Milliseconds as the seconds ffmpeg reads, to the millisecond."""
    return f"{ms / 1000:.3f}"


def clamped(value: object, default: float, lo: float, hi: float) -> float:
    """``value`` as a number in ``[lo, hi]``; ``default`` when it is not a number."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    if number != number:  # NaN
        return default
    return max(lo, min(hi, number))


def option_ms(seg: Segment, key: str, limit: int) -> int:
    """A duration in ``seg.m`` (fades, crossfades), 0 when unset, at most ``limit``."""
    return int(clamped(seg.m.get(key), 0, 0, max(0, limit)))


def speed_of(seg: Segment) -> float:
    """``m.speed``, within what ``setpts`` and chained ``atempo`` handle (0.25–4)."""
    return clamped(seg.m.get("speed"), 1.0, 0.25, 4.0)


@dataclass
class GraphInput:
    """One ``-i`` of the command and the options before it."""

    opts: list[str]
    path: str


class FilterGraph:
    """The graph under construction: inputs, chains, unique labels and warnings."""

    def __init__(
        self,
        spec: OutputSpec,
        duration_ms: int,
        resolve_media: Callable[[str], Path | None],
        media_info: Callable[[Path], MediaInfo | None] | None,
    ) -> None:
        self.width, self.height = spec.width, spec.height
        self.fps = spec.preset.fps
        self.duration_ms = duration_ms
        self.resolve_media = resolve_media
        self.media_info = media_info
        self.inputs: list[GraphInput] = []
        self.chains: list[str] = []
        self.warnings: list[str] = list(spec.warnings)
        self._n = 0

    def label(self, prefix: str) -> str:
        self._n += 1
        return f"[{prefix}{self._n}]"

    def resolve(self, seg: Segment) -> tuple[Path, MediaInfo | None] | None:
        """The segment's file and what is known of it; None (with a warning) when missing."""
        path = self.resolve_media(seg.src) if seg.src else None
        if path is None:
            self.warnings.append(f"Skipped {seg.label}: its media is missing.")
            return None
        info = self.media_info(path) if self.media_info else None
        return path, info

    def add_input(self, opts: list[str], path: Path) -> int:
        self.inputs.append(GraphInput(opts, str(path)))
        return len(self.inputs) - 1

    def input_args(self) -> list[str]:
        return [arg for item in self.inputs for arg in (*item.opts, "-i", item.path)]
