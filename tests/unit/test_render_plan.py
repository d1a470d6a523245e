"""The render plan is a pure function: draft in, ffmpeg arguments out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lumatui.engine.fonts import estimate_width, has_cjk
from lumatui.engine.loudness import (
    Measured,
    normalise_chain,
    parse_ebur128_summary,
    parse_loudnorm_json,
    parse_measure,
)
from lumatui.engine.presets import PRESETS, draft_size, preset_list, resolve_output
from lumatui.engine.probe import MediaInfo
from lumatui.engine.render_plan import (
    EmptyDraftError,
    FixedFont,
    build_render_plan,
    filter_spec,
)
from lumatui.protocol.draft import Draft


def plan_for(
    wire: dict,
    font: str | None = "/fonts/Sans.ttf",
    missing: set[str] = frozenset(),
    output: dict | None = None,
    info: dict[str, MediaInfo] | None = None,
    cjk: str | None = None,
):
    draft = Draft.model_validate(wire)

    def resolve(src: str) -> Path | None:
        return None if src in missing else Path("/media") / src

    spec = resolve_output(output, draft.m.width, draft.m.height) if output is not None else None
    return build_render_plan(
        draft,
        resolve_media=resolve,
        out_path=Path("/out.mp4"),
        output=spec,
        fonts=FixedFont(font, cjk) if font or cjk else None,
        media_info=(lambda p: info.get(p.name)) if info is not None else None,
    )


def graph_of(args: list[str]) -> str:
    return args[args.index("-filter_complex") + 1]


def inputs_of(args: list[str]) -> list[str]:
    return [args[i + 1] for i, a in enumerate(args) if a == "-i"]


def opt(args: list[str], name: str) -> str:
    return args[args.index(name) + 1]


CLIP = MediaInfo(kind="video", duration=10.0, width=1920, height=1080, fps=30.0,
                 video_codec="h264", audio_codec="aac")  # fmt: skip
SILENT_CLIP = MediaInfo(kind="video", duration=10.0, width=640, height=360, fps=30.0,
                        video_codec="h264")  # fmt: skip
SONG = MediaInfo(kind="audio", duration=3.0, audio_codec="mp3")


def test_clips_land_at_their_start_with_black_gaps() -> None:
    plan = plan_for(
        {
            "t": [
                {
                    "tt": 0,
                    "sg": [
                        {"st": 1000, "d": 2000, "src": "a.mp4", "in": 500},
                        {"st": 4000, "d": 1000, "src": "b.png"},
                    ],
                }
            ],
            "m": {"width": 720, "height": 1280},
        }
    )
    args, graph = plan.args, graph_of(plan.args)
    assert plan.duration_ms == 5000 and (plan.width, plan.height) == (720, 1280)
    at = args.index("/media/a.mp4")
    assert args[at - 5 : at] == ["-ss", "0.500", "-t", "2.000", "-i"]
    at = args.index("/media/b.png")
    assert args[at - 3 : at] == ["-framerate", "30", "-i"]  # one still, looped in the graph
    assert "loop=loop=29:size=1" in graph
    assert graph.count("tpad=start_duration=1.000") == 2  # black before each clip
    assert "concat=n=2:v=1:a=0" in graph
    assert "overlay" not in graph and "color=" not in graph  # no black base to lay clips on
    assert opt(args, "-frames:v") == "150" and args[-5:-3] == ["-t", "5.000"]


def test_cover_crops_to_the_canvas_shape_before_one_scale() -> None:
    plan = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]})
    graph = graph_of(plan.args)
    chain = graph.split("[0:v]", 1)[1].split("[", 1)[0]
    assert "crop='min(iw,ih*1080/1920/sar)':'min(ih,iw*sar*1920/1080)',scale=1080:1920" in chain
    assert chain.count("scale=") == 1
    assert chain.index("fps=30") < chain.index("crop=")  # frames dropped before scaling


def test_contain_lays_the_frame_over_a_small_blurred_copy() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}], "m": {"fit": "contain"}}
    )
    graph = graph_of(plan.args)
    assert "split=2" in graph and "boxblur=" in graph
    assert "scale=134:240" in graph  # blurred at an eighth of the size
    assert "scale=1080:1920:force_original_aspect_ratio=decrease" in graph
    assert "overlay=(W-w)/2:(H-h)/2" in graph


def test_a_short_source_holds_its_last_frame_and_a_long_one_does_not() -> None:
    draft = {"t": [{"tt": 0, "sg": [{"d": 4000, "src": "a.mp4"}, {"st": 4000, "d": 1000,
                                                               "src": "b.mp4"}]}]}  # fmt: skip
    short = MediaInfo(kind="video", duration=2.0, video_codec="h264")
    plan = plan_for(draft, info={"a.mp4": short, "b.mp4": CLIP})
    graph = graph_of(plan.args)
    first, second = graph.split("[0:v]", 1)[1], graph.split("[1:v]", 1)[1]
    assert "tpad=stop=-1:stop_mode=clone" in first.split(";", 1)[0]
    assert "tpad" not in second.split(";", 1)[0]


def test_speed_changes_span_video_and_audio() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 2000, "src": "a.mp4", "m": {"speed": 2}}]},
               {"tt": 1, "sg": [{"d": 2000, "src": "v.wav", "m": {"speed": 0.25}}]}]},
        info={"a.mp4": CLIP, "v.wav": SONG},
    )  # fmt: skip
    args, graph = plan.args, graph_of(plan.args)
    at = args.index("/media/a.mp4")
    assert args[at - 5 : at - 1] == ["-ss", "0.000", "-t", "4.000"]  # 2 s on screen = 4 s source
    assert "setpts=(PTS-STARTPTS)/2" in graph
    assert "atempo=2" in graph
    assert "atempo=0.5,atempo=0.5" in graph  # below atempo's range: chained


def test_crossfade_overlaps_and_plain_overlap_cuts() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [
            {"st": 0, "d": 3000, "src": "a.mp4"},
            {"st": 2500, "d": 2000, "src": "b.mp4", "m": {"xfade": 500}},
            {"st": 4000, "d": 1000, "src": "c.mp4"},
        ]}]}
    )  # fmt: skip
    graph = graph_of(plan.args)
    assert plan.duration_ms == 5000
    assert "xfade=transition=fade:duration=0.500:offset=2.500" in graph
    assert "trim=end=4.000" in graph  # c cuts in at 4 s, without a crossfade
    assert graph.count("concat=n=2:v=1:a=0,settb=1/30") == 1  # xfade needs equal timebases


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


def test_video_and_audio_fades() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 2000, "src": "a.mp4", "m": {"fade_in": 400,
                                                                   "fade_out": 600}}]},
               {"tt": 1, "sg": [{"d": 2000, "src": "m.mp3", "m": {"fade_out": 1000}}]}]},
        info={"a.mp4": SILENT_CLIP, "m.mp3": SONG},
    )  # fmt: skip
    graph = graph_of(plan.args)
    assert "fade=t=in:st=0:d=0.400" in graph and "fade=t=out:st=1.400:d=0.600" in graph
    assert "afade=t=out:st=1.000:d=1.000" in graph


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


def test_the_cover_frame_comes_from_the_render_itself() -> None:
    draft = Draft.model_validate(
        {"t": [{"tt": 0, "sg": [{"d": 4000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [{"st": 1000, "d": 2000, "txt": "Title"}]}]}
    )  # fmt: skip
    plan = build_render_plan(
        draft,
        resolve_media=lambda s: Path("/media") / s,
        out_path=Path("/out.mp4"),
        font="/f.ttf",
        cover_path=Path("/out.png"),
    )
    graph = graph_of(plan.args)
    assert "split=2[vout][vcover]" in graph
    assert "[vcover]trim=start_frame=60:end_frame=61" in graph  # mid-title, 2 s in
    assert plan.args[-12:] == ["/out.mp4", "-map", "[cover]", "-frames:v", "1", "-update",
                               "1", "-c:v", "png", "-f", "image2", "/out.png"]  # fmt: skip


def test_a_draft_without_sound_gets_a_silent_track_and_no_measuring() -> None:
    plan = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]},
                    info={"a.mp4": SILENT_CLIP})  # fmt: skip
    assert plan.measure_args() is None
    graph = graph_of(plan.args)
    assert "anullsrc=r=48000:cl=stereo,atrim=end=1.000[premix]" in graph
    assert "loudnorm" not in graph


def test_encoder_settings_of_final_presets() -> None:
    args = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]}).args
    joined = " ".join(args)
    for expected in (
        "-c:v libx264",
        "-profile:v high",
        "-pix_fmt yuv420p",
        "-preset veryfast",
        "-crf 20",
        "-maxrate 8M",
        "-bufsize 16M",
        "-g 60 -keyint_min 60 -sc_threshold 0",
        "-flags +cgop",
        "-r 30",
        "-c:a aac -b:a 192k -ar 48000 -ac 2",
        "-movflags +faststart",
    ):
        assert expected in joined


@pytest.mark.parametrize(
    ("output", "canvas", "size", "x264"),
    [
        ({"quality": "high"}, (1080, 1920), (1080, 1920), "veryfast"),
        ({}, (720, 1280), (720, 1280), "veryfast"),  # follows the canvas
        ({"preset": "tiktok"}, (720, 1280), (1080, 1920), "veryfast"),
        ({"preset": "youtube"}, (1080, 1920), (1920, 1080), "veryfast"),
        ({"preset": "square"}, (1080, 1920), (1080, 1080), "veryfast"),
        ({"preset": "draft"}, (1080, 1920), (540, 960), "ultrafast"),
        ({"quality": "draft"}, (1920, 1080), (960, 540), "ultrafast"),
        ({"quality": "draft"}, (360, 640), (360, 640), "ultrafast"),  # never scaled up
    ],
)
def test_presets(output: dict, canvas: tuple[int, int], size: tuple[int, int], x264: str) -> None:
    w, h = canvas
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}], "m": {"width": w, "height": h}},
        output=output,
    )
    assert (plan.width, plan.height) == size
    assert f"scale={size[0]}:{size[1]}" in graph_of(plan.args)
    assert opt(plan.args, "-preset") == x264


def test_unknown_preset_warns_and_follows_the_canvas() -> None:
    spec = resolve_output({"preset": "myspace"}, 720, 1280)
    assert (spec.width, spec.height) == (720, 1280)
    assert "myspace" in spec.warnings[0]


def test_preset_list_names_every_platform() -> None:
    names = [p["name"] for p in preset_list()]
    assert names == ["tiktok", "reels", "shorts", "youtube", "square", "draft"]
    assert PRESETS["youtube"].width == 1920 and PRESETS["draft"].x264_preset == "ultrafast"
    assert draft_size(1081, 1921) == (540, 960)


def test_text_stays_in_the_safe_zone_and_wraps() -> None:
    long = "a headline that is far too long for one line of a vertical video"
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [
                   {"d": 1000, "txt": long, "m": {"position": "top", "size": 90}},
                   {"st": 1000, "d": 1000, "txt": "Bottom", "m": {"position": "bottom"}},
                   {"st": 2000, "d": 1000, "txt": "Mid", "m": {"anim": "fade"}},
               ]}]},
    )  # fmt: skip
    graph = graph_of(plan.args)
    draws = re.findall(r"drawtext=([^,]*(?:\\,[^,]*)*)", graph)
    assert len(draws) >= 4  # the long title wrapped onto several lines
    for draw in draws:
        text = re.search(r"text=(.*?):expansion", draw).group(1)  # type: ignore[union-attr]
        size = int(re.search(r"fontsize=(\d+)", draw).group(1))  # type: ignore[union-attr]
        y = int(re.search(r":y=(\d+)", draw).group(1))  # type: ignore[union-attr]
        assert estimate_width(text.replace("\\", ""), size) <= 1080 * 0.8
        assert y >= 1920 * 0.2 and y + size * 1.25 <= 1920 * 0.8 + 1
    assert "alpha=clip(min((t-2.000)/0.300\\,(3.000-t)/0.300)\\,0\\,1)" in graph
    assert "enable=between(t\\,1.000\\,2.000)" in graph


def test_cjk_text_uses_a_cjk_font_or_is_left_out_with_a_warning() -> None:
    draft = {
        "t": [
            {"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}]},
            {
                "tt": 7,
                "sg": [{"d": 1000, "txt": "日落时分"}, {"st": 1000, "d": 1000, "txt": "Sunset"}],
            },
        ]
    }
    without = plan_for(draft)
    graph = graph_of(without.args)
    assert "日落" not in graph and "text=Sunset" in graph
    assert any("CJK" in w and "日落时分" in w for w in without.warnings)
    with_font = plan_for(draft, cjk="/fonts/NotoSansCJK.ttc")
    graph = graph_of(with_font.args)
    assert "fontfile=/fonts/NotoSansCJK.ttc:text=日落时分" in graph
    assert not with_font.warnings
    assert has_cjk("カタカナ") and has_cjk("한국어") and not has_cjk("café")


def test_text_is_escaped_for_both_filter_levels() -> None:
    text = "It's 50%: [a], b; c\\d"
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
                {"tt": 7, "sg": [{"d": 2000, "txt": text, "m": {"size": 40}}]},
            ]
        }
    )
    graph = graph_of(plan.args)
    assert "text=It\\\\\\'s 50%\\\\: \\[a\\]\\, b\\; c\\\\\\\\d" in graph
    assert "expansion=none" in graph


def test_filter_spec_escapes_separators() -> None:
    assert filter_spec("x", {"a": "b:c", "e": "f,g"}) == "x=a=b\\\\:c:e=f\\,g"


def test_missing_media_and_missing_font_are_reported_not_fatal() -> None:
    plan = plan_for(
        {
            "t": [
                {"tt": 0, "sg": [{"d": 1000, "src": "gone.mp4", "m": {"label": "Sunset"}}]},
                {"tt": 7, "sg": [{"d": 1000, "txt": "Hi"}]},
            ]
        },
        font=None,
        missing={"gone.mp4"},
    )
    assert plan.warnings == [
        "Skipped Sunset: its media is missing.",
        "No font was found on this machine; titles were left out.",
    ]
    graph = graph_of(plan.args)
    assert "drawtext" not in graph
    assert "color=c=black:s=1080x1920:r=30:d=1.000" in graph  # still a valid video


def test_empty_draft_is_refused() -> None:
    with pytest.raises(EmptyDraftError):
        plan_for({"t": [{"tt": 0, "sg": []}]})


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


def test_text_warnings_for_replies() -> None:
    from lumatui.engine.fonts import SystemFonts, text_warnings

    none = SystemFonts(latin="/f.ttf", cjk=None)
    said = text_warnings(["Hello", "你好", "你好"], none)
    assert len(said) == 1 and "CJK" in said[0] and "你好" in said[0]
    assert text_warnings(["Hello", "你好"], SystemFonts("/f.ttf", "/cjk.ttc")) == []
    assert SystemFonts(latin=None, cjk="/cjk.ttc").font_for("Hello") == "/cjk.ttc"


def test_sources_that_cannot_serve_a_segment_are_explained() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [
            {"d": 1000, "src": "song.mp3", "m": {"label": "Song"}},
            {"st": 1000, "d": 1000, "src": "a.mp4", "in": 60000, "m": {"label": "City"}},
        ]}]},
        info={"song.mp3": SONG, "a.mp4": CLIP},
    )  # fmt: skip
    assert plan.warnings == [
        "Skipped Song: it has no picture.",
        "City starts after the end of its source; it is shown from 0 s.",
    ]
    args = plan.args
    at = args.index("/media/a.mp4")
    assert args[at - 5 : at - 3] == ["-ss", "0.000"] and "/media/song.mp3" not in args


def test_text_colours_are_checked() -> None:
    plan = plan_for(
        {"t": [{"tt": 0, "sg": [{"d": 3000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [{"d": 1000, "txt": "A", "m": {"color": "gold"}},
                                {"st": 1000, "d": 1000, "txt": "B", "m": {"color": "#ff000080"}},
                                {"st": 2000, "d": 1000, "txt": "C", "m": {"color": "golden"}}]}]}
    )  # fmt: skip
    graph = graph_of(plan.args)
    assert "fontcolor=0xFFD700" in graph and "fontcolor=0xFF000080" in graph
    assert "fontcolor=0xFFFFFF" in graph
    assert plan.warnings == ["Unknown colour 'golden' for C; used white."]


def test_characters_the_font_cannot_draw_are_left_out_and_said() -> None:
    from lumatui.engine.fonts import SystemFonts, find_font

    font = find_font()
    if font is None:
        pytest.skip("no font on this machine")
    fonts = SystemFonts(latin=font, cjk=None)
    assert fonts.missing(font, "Café — “ok” ñ") == ""
    assert fonts.missing(font, "Sun \U0001f31e and \U0001f31e") == "\U0001f31e"
    draft = Draft.model_validate(
        {"t": [{"tt": 0, "sg": [{"d": 2000, "src": "a.mp4"}]},
               {"tt": 7, "sg": [{"d": 1000, "txt": "Summer \U0001f31e", "m": {"size": 40}},
                                {"st": 1000, "d": 1000, "txt": "\U0001f31e\U0001f30a"}]}]}
    )  # fmt: skip
    plan = build_render_plan(
        draft, resolve_media=lambda s: Path("/media") / s, out_path=Path("/o.mp4"), fonts=fonts
    )
    graph = graph_of(plan.args)
    assert "text=Summer:" in graph and "\U0001f31e" not in graph
    assert plan.warnings == [
        "No installed font can draw '\U0001f31e' in 'Summer \U0001f31e'; "
        "those characters were left out.",
        "No installed font can draw '\U0001f31e\U0001f30a' in '\U0001f31e\U0001f30a'; "
        "it was left out.",
    ]


def test_resolution_crf_and_codec_adjust_the_preset() -> None:
    spec = resolve_output({"preset": "youtube", "resolution": "720p", "crf": 23}, 1080, 1920)
    assert (spec.width, spec.height, spec.preset.crf) == (1280, 720, 23)
    spec = resolve_output({"resolution": "720x1280"}, 1080, 1920)
    assert (spec.width, spec.height) == (720, 1280) and not spec.warnings
    spec = resolve_output({"resolution": "huge", "crf": "x", "codec": "prores"}, 1080, 1920)
    assert (spec.width, spec.height, spec.preset.crf) == (1080, 1920, 20)
    assert len(spec.warnings) == 3
    plan = plan_for({"t": [{"tt": 0, "sg": [{"d": 1000, "src": "a.mp4"}]}]}, output={"crf": 99})
    assert opt(plan.args, "-crf") == "51"
