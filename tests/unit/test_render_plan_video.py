"""The render plan's picture and command: clips, fit, speed, joins, presets, encoder.

The helpers here (``plan_for`` and friends) are shared by the other render plan tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lumatui.engine.media.probe import MediaInfo
from lumatui.engine.render.plan import EmptyDraftError, FixedFont, build_render_plan
from lumatui.engine.render.presets import PRESETS, draft_size, preset_list, resolve_output
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


def test_the_drafts_own_length_wins_over_a_shorter_last_segment() -> None:
    clip = {"tt": 0, "sg": [{"st": 0, "d": 1200, "src": "a.mp4"}]}
    longer = plan_for({"d": 3300, "t": [clip], "m": {"width": 64, "height": 64}})
    assert longer.duration_ms == 3300
    pairs = list(zip(longer.args, longer.args[1:], strict=False))
    assert ("-t", "3.300") in pairs  # the output is cut at the draft's length, not the clip's
    shorter = plan_for({"d": 500, "t": [clip], "m": {"width": 64, "height": 64}})
    assert shorter.duration_ms == 1200  # a stale, shorter d never cuts a segment off


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


def test_empty_draft_is_refused() -> None:
    with pytest.raises(EmptyDraftError):
        plan_for({"t": [{"tt": 0, "sg": []}]})


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
