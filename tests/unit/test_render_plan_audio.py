"""The render plan's sound: clip sound, music ducking, and the two loudness passes."""

from __future__ import annotations

import re

from lumatui.engine.render.loudness import (
    Measured,
    normalise_chain,
    parse_ebur128_summary,
    parse_loudnorm_json,
    parse_measure,
)
from tests.unit.test_render_plan_video import CLIP, SILENT_CLIP, SONG, graph_of, inputs_of, plan_for


def test_clip_sound_follows_crossfades_and_cuts() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [
            {"st": 0, "d": 3000, "src": "a.mp4"},
            {"st": 2500, "d": 2000, "src": "b.mp4", "m": {"xfade": 500}},
            {"st": 4000, "d": 1000, "src": "c.mp4"},
        ]}]},
        info={"a.mp4": CLIP, "b.mp4": CLIP, "c.mp4": CLIP},
    )  # fmt: skip
    chains = {c.split("]", 1)[0] + "]": c for c in graph_of(plan.args).split(";")}
    assert "afade=t=out:st=2.500:d=0.500" in chains["[0:a]"]
    assert "atrim=end=1.500" in chains["[1:a]"]  # cut where c starts (4 s - 2.5 s)
    assert "afade=t=in:st=0:d=0.500" in chains["[1:a]"]
    assert "adelay=4000:all=1" in chains["[2:a]"] and "afade" not in chains["[2:a]"]


def test_bgm_is_looped_set_to_its_volume_and_ducked_under_clip_audio() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 4000, "src": "a.mp4"}]},
               {"tt": 1, "m": {"role": "bgm"},
                "sg": [{"st": 1500, "d": 2500, "src": "m.mp3", "vol": 0.35,
                        "m": {"loop": True}}]}]},
        info={"a.mp4": CLIP, "m.mp3": SONG},
    )  # fmt: skip
    args, graph = plan.args, graph_of(plan.args)
    at = args.index("/media/m.mp3")
    assert args[at - 7 : at - 5] == ["-stream_loop", "-1"]
    assert "volume=0.350" in graph and "adelay=1500:all=1" in graph
    assert "[0:a]" in graph  # the clip's own sound
    assert re.search(r"\[bgmix\]\[fgkey\]sidechaincompress=", graph)
    assert "[fgout][ducked]amix=inputs=2" in graph


def test_no_ducking_when_asked_or_when_nothing_else_plays() -> None:
    draft = {
        "t": [
            {"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}]},
            {"tt": 1, "sg": [{"d": 2000, "src": "m.mp3", "m": {"duck": False}}]},
        ]
    }
    graph = graph_of(plan_for(draft, info={"a.mp4": CLIP, "m.mp3": SONG}).args)
    assert "sidechaincompress" not in graph and "amix=inputs=2" in graph
    silent = plan_for(draft, info={"a.mp4": SILENT_CLIP, "m.mp3": SONG})
    assert "[0:a]" not in graph_of(silent.args)  # a clip without sound adds none
    assert "sidechaincompress" not in graph_of(silent.args)


def test_loudness_pass_is_audio_only_and_feeds_the_second_pass() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}, {"st": 2000, "d": 1000,
                                                               "src": "b.png"}]},
               {"tt": 1, "sg": [{"d": 3000, "src": "m.mp3", "vol": 0.5}]}]},
        info={"a.mp4": CLIP, "m.mp3": SONG},
    )  # fmt: skip
    measure = plan.measure_args()
    assert measure is not None
    assert inputs_of(measure) == ["/media/a.mp4", "/media/m.mp3"]  # no still image
    assert all(measure[measure.index(p) - 2] == "-vn" for p in inputs_of(measure))
    mgraph = graph_of(measure)
    assert "[0:a]" in mgraph and "[1:a]" in mgraph and ":v]" not in mgraph
    assert "[premix]ebur128=peak=true:framelog=quiet[measured]" in mgraph
    assert measure[-3:] == ["-f", "null", "-"]
    assert "loudnorm=I=-14:TP=-1:LRA=11,aresample=48000" in graph_of(plan.args)  # one pass
    plan.loudness = Measured(-23.5, -16.0, 3.0, -33.9, 0.0)  # room for +9.5 dB below -1 dBTP
    assert "[premix]volume=9.50dB,aresample=48000" in graph_of(plan.args)
    plan.loudness = Measured(-23.5, -6.0, 3.0, -33.9, 0.0)  # +9.5 dB would clip: limited
    assert plan.needs_limiter
    graph = graph_of(plan.args)
    assert "[premix]volume=9.50dB,aresample=192000,alimiter=limit=0.8414" in graph
    assert "level=false:latency=true,aresample=48000" in graph
    plan.limited_gain = 10.25  # corrected after measuring the limited mix
    assert "[premix]volume=10.25dB,aresample=192000" in graph_of(plan.args)
    again = plan.measure_args(normalised=True)
    assert again is not None
    assert "volume=10.25dB,aresample=192000,alimiter" in graph_of(again)
    assert graph_of(again).endswith("ebur128=peak=true:framelog=quiet[measured]")
    plan.loudness = Measured(-70.0, float("-inf"), 0, -70, 0)
    assert "loudnorm" not in graph_of(plan.args)  # silence is left alone
    assert "[premix]atrim" in graph_of(plan.args)


def test_a_draft_without_sound_gets_a_silent_track_and_no_measuring() -> None:
    plan = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]},
                    info={"a.mp4": SILENT_CLIP})  # fmt: skip
    assert plan.measure_args() is None
    graph = graph_of(plan.args)
    assert "anullsrc=r=48000:cl=stereo,atrim=end=1.000[premix]" in graph
    assert "loudnorm" not in graph


def test_parse_loudnorm_json() -> None:
    stderr = """[Parsed_loudnorm_0 @ 0x1]
{
\t"input_i" : "-23.61",
\t"input_tp" : "-19.78",
\t"input_lra" : "0.60",
\t"input_thresh" : "-33.65",
\t"output_i" : "-14.2",
\t"target_offset" : "-0.46"
}
[out#0/null @ 0x2] video:0KiB audio:1KiB"""
    assert parse_loudnorm_json(stderr) == Measured(-23.61, -19.78, 0.6, -33.65, -0.46)
    assert parse_loudnorm_json("nothing here") is None
    silent = parse_loudnorm_json('{"input_i" : "-inf", "input_tp" : "-inf"}')
    assert silent is not None and silent.silent
    assert normalise_chain(None) == ["loudnorm=I=-14:TP=-1:LRA=11"]  # nothing measured


def test_parse_measure_reads_ebur128_like_loudnorm() -> None:
    stderr = """[Parsed_ebur128_0 @ 0x1] Summary:

  Integrated loudness:
    I:         -21.5 LUFS
    Threshold: -31.5 LUFS

  Loudness range:
    LRA:         2.3 LU
    Threshold: -41.8 LUFS

  True peak:
    Peak:      -17.4 dBFS
"""
    assert parse_measure(stderr) == Measured(-21.5, -17.4, 2.3, -31.5, 0.0)
    silence = parse_measure(stderr.replace("-21.5", "-70.0").replace("-17.4", "-inf"))
    assert silence is not None and silence.silent


def test_parse_ebur128_summary() -> None:
    stderr = """[Parsed_ebur128_0 @ 0x1] t: 2.9 M: -14 S: -14 I: -14.9 LUFS
[Parsed_ebur128_0 @ 0x1] Summary:

  Integrated loudness:
    I:         -13.6 LUFS
    Threshold: -23.7 LUFS

  True peak:
    Peak:      -10.2 dBFS
"""
    summary = parse_ebur128_summary(stderr)
    assert summary is not None
    assert (summary.integrated, summary.true_peak) == (-13.6, -10.2)
    assert parse_ebur128_summary("I: -14 LUFS") is None
