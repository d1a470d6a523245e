"""Loudness: the −14 LUFS / −1 dBTP target, ffmpeg's measurements parsed, the second pass.

Pass one runs the draft's audio graph alone (no video is decoded) through ``ebur128`` with
true-peak metering: the same integrated loudness, range, gate threshold and true peak that
``loudnorm`` prints in its first pass, at a third of the cost. Pass two, inside the render,
is what ``loudnorm`` does with measured values in linear mode: one gain to −14 LUFS when the
true peak stays under −1 dBTP after it (a plain ``volume``, no 192 kHz resampling). When it
would not (peaky sound), the gain is followed by a 4× oversampled peak limiter, and the
gain is corrected by further cheap audio-only passes until the limited mix measures −14
(``loudnorm``'s dynamic mode misses the target by several LU on such sound). The output is
measured again with ``ebur128`` before it is offered. Pure; nothing runs here.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

TARGET_I = -14.0
TARGET_TP = -1.0
TARGET_LRA = 11.0
TOLERANCE_LU = 1.0
SILENT_BELOW = -60.0  # LUFS: quieter than this is treated as no sound to normalise


@dataclass(frozen=True)
class Measured:
    """loudnorm's first-pass numbers."""

    input_i: float
    input_tp: float
    input_lra: float
    input_thresh: float
    target_offset: float

    @property
    def silent(self) -> bool:
        return not math.isfinite(self.input_i) or self.input_i < SILENT_BELOW


def _number(value: object) -> float:
    try:
        return float(str(value).strip())
    except ValueError:
        return float("-inf")


def parse_loudnorm_json(stderr: str) -> Measured | None:
    """The JSON block loudnorm prints at the end of a pass, or None when there is none."""
    end = stderr.rfind("}")
    start = stderr.rfind("{", 0, end)
    if start < 0 or end < 0:
        return None
    try:
        data = json.loads(stderr[start : end + 1])
    except ValueError:
        return None
    if "input_i" not in data:
        return None
    return Measured(
        input_i=_number(data["input_i"]),
        input_tp=_number(data.get("input_tp", "-inf")),
        input_lra=_number(data.get("input_lra", "0")),
        input_thresh=_number(data.get("input_thresh", "-70")),
        target_offset=_number(data.get("target_offset", "0")),
    )


def _clamp(value: float, lo: float, hi: float) -> float:
    if not math.isfinite(value):
        return lo
    return max(lo, min(hi, value))


def measure_filter() -> str:
    """The first pass: ebur128 with true peak; its summary is read by :func:`parse_measure`."""
    return "ebur128=peak=true:framelog=quiet"


def linear_gain(measured: Measured) -> float | None:
    """dB that bring the mix to the target in one gain, or None when peaks would clip."""
    if measured.silent or not math.isfinite(measured.input_tp):
        return None
    gain = TARGET_I - measured.input_i
    if measured.input_tp + gain > TARGET_TP:
        return None
    return gain


LIMIT_DBFS = -1.5  # sample peak at 4x oversampling, keeps the true peak under -1 dBTP
LIMITER = (
    "aresample=192000",
    f"alimiter=limit={10 ** (LIMIT_DBFS / 20):.4f}:attack=5:release=50:level=false:latency=true",
    "aresample=48000",
)
CLOSE_ENOUGH_LU = 0.3  # the limited gain is corrected until the mix measures this close
MAX_CORRECTIONS = 3


def normalise_chain(measured: Measured | None, limited_gain: float | None = None) -> list[str]:
    """The second pass as filters: a linear gain when it fits, else gain and a limiter.

    ``limited_gain`` is the corrected gain of the limited path; with nothing measured the
    chain is one-pass (dynamic) loudnorm.
    """
    if measured is None:
        return [f"loudnorm=I={TARGET_I:g}:TP={TARGET_TP:g}:LRA={TARGET_LRA:g}"]
    if measured.silent:
        return []
    gain = linear_gain(measured)
    if gain is not None:
        return [f"volume={gain:.2f}dB"]
    gain = TARGET_I - measured.input_i if limited_gain is None else limited_gain
    return [f"volume={gain:.2f}dB", *LIMITER]


@dataclass(frozen=True)
class Summary:
    """ebur128's summary of a whole stream."""

    integrated: float
    true_peak: float | None
    threshold: float = -70.0  # the relative gate of the integrated loudness
    lra: float = 0.0


_VALUE = r"(-?[\d.]+|-?inf)"
_I_LINE = re.compile(rf"^\s*I:\s*{_VALUE}\s*LUFS", re.MULTILINE)
_THRESH_LINE = re.compile(rf"^\s*Threshold:\s*{_VALUE}\s*LUFS", re.MULTILINE)
_LRA_LINE = re.compile(rf"^\s*LRA:\s*{_VALUE}\s*LU\b", re.MULTILINE)
_PEAK_LINE = re.compile(rf"^\s*Peak:\s*{_VALUE}\s*dBFS", re.MULTILINE)


def parse_ebur128_summary(stderr: str) -> Summary | None:
    """The ``Summary:`` block ebur128 prints when the stream ends."""
    at = stderr.rfind("Summary:")
    if at < 0:
        return None
    tail = stderr[at:]
    found = _I_LINE.search(tail)
    if not found:
        return None
    peak = _PEAK_LINE.search(tail)
    thresh = _THRESH_LINE.search(tail, found.end())
    lra = _LRA_LINE.search(tail)
    return Summary(
        _number(found.group(1)),
        _number(peak.group(1)) if peak else None,
        _number(thresh.group(1)) if thresh else -70.0,
        _number(lra.group(1)) if lra else 0.0,
    )


def parse_measure(stderr: str) -> Measured | None:
    """First-pass numbers from an ebur128 summary (or a loudnorm JSON block)."""
    summary = parse_ebur128_summary(stderr)
    if summary is None:
        return parse_loudnorm_json(stderr)
    tp = summary.true_peak if summary.true_peak is not None else float("inf")
    return Measured(summary.integrated, tp, summary.lra, summary.threshold, 0.0)


def ebur128_args(path: str) -> list[str]:
    """ffmpeg arguments (no executable) that measure a file's audio; reads nothing else."""
    return [
        "-hide_banner",
        "-nostats",
        "-nostdin",
        "-vn",
        "-sn",
        "-dn",
        "-i",
        path,
        "-map",
        "0:a:0",
        "-af",
        "ebur128=peak=true:framelog=quiet",
        "-f",
        "null",
        "-",
    ]
