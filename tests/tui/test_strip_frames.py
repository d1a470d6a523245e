"""Frames on the strip: a poster per video segment, the selected segment's frame beside it."""

from __future__ import annotations

from pathlib import Path

from lumatui.tui.strip_layout import NAME_WIDTH
from lumatui.tui.widgets.frame_view import FrameView
from lumatui.tui.widgets.poster_row import PosterRow, poster_cells, poster_request
from lumatui.tui.widgets.timeline_strip import TimelineStrip
from tests.tui.frame_apps import StripFramesApp, clips_draft
from tests.tui.helpers import wait_for
from tests.unit.test_frames import BLUE, RED, make_clip, near


def centre(path: object) -> tuple[int, int, int]:
    from PIL import Image

    assert isinstance(path, Path)
    with Image.open(path) as image:
        return image.convert("RGB").getpixel((image.width // 2, image.height // 2))


async def test_every_video_segment_gets_a_poster(tmp_path: Path) -> None:
    red = make_clip(tmp_path / "red.mp4", ("red", "red"))
    blue = make_clip(tmp_path / "blue.mp4", ("blue", "blue"))
    app = StripFramesApp(tmp_path / "frames", clips_draft([red, blue]))
    async with app.run_test(size=(60, 24)) as pilot:
        row = app.query_one(PosterRow)
        await wait_for(pilot, lambda: len(row.query(FrameView)) == 2, timeout=10)
        posters = list(row.query(FrameView))
        await wait_for(pilot, lambda: all(p.showing is not None for p in posters), timeout=10)
        await pilot.pause()
        assert row.region.height == 5  # a margin and four rows of half-blocks
        assert near(centre(posters[0].showing), RED) and near(centre(posters[1].showing), BLUE)
        assert all(r.at_ms == 1000 for r in app.asked)  # the middle of each segment's source
        strip = app.query_one(TimelineStrip)
        layout = strip.layout_now()
        assert layout is not None
        starts = [b.x + NAME_WIDTH for b in layout.rows[0].blocks]
        assert [p.region.x - row.region.x for p in posters] == starts  # under their blocks


async def test_selecting_a_segment_shows_its_frame_and_a_title_shows_none(
    tmp_path: Path,
) -> None:
    red = make_clip(tmp_path / "red.mp4", ("red", "red"))
    blue = make_clip(tmp_path / "blue.mp4", ("blue", "blue"))
    app = StripFramesApp(tmp_path / "frames", clips_draft([red, blue]))
    async with app.run_test(size=(60, 24)) as pilot:
        frame = app.query_one("#strip-frame", FrameView)
        strip = app.query_one(TimelineStrip)
        strip.select("v1")
        await wait_for(pilot, lambda: frame.showing is not None, timeout=10)
        assert near(centre(frame.showing), BLUE)
        assert frame.query_one(".frame-picture").region.height == 6
        strip.select("t")  # the title: no picture, no placeholder
        await pilot.pause()
        assert frame.showing is None and frame.request is None
        assert not frame.note.display
        strip.select("v0")
        await wait_for(pilot, lambda: frame.showing is not None, timeout=10)
        assert near(centre(frame.showing), RED)


async def test_too_many_posters_for_the_width_say_how_many_more(tmp_path: Path) -> None:
    clips = [make_clip(tmp_path / f"c{n}.mp4", ("red",)) for n in range(8)]
    app = StripFramesApp(tmp_path / "frames", clips_draft(clips, seconds=1))
    async with app.run_test(size=(40, 24)) as pilot:
        row = app.query_one(PosterRow)
        await wait_for(
            pilot, lambda: row.drawn and row.query_one("#poster-more").display, timeout=10
        )
        shown = len(row.query(FrameView))
        assert 1 <= shown < 8
        assert str(row.query_one("#poster-more").render()) == f"+{8 - shown}"


def test_only_video_with_a_source_has_a_poster() -> None:
    draft = clips_draft([Path("/tmp/a.mp4")])
    video, text = draft.t
    request = poster_request(video, video.sg[0])
    assert request is not None and request.src == "file:///tmp/a.mp4"
    assert poster_request(text, text.sg[0]) is None
    video.sg[0].src = None
    assert poster_request(video, video.sg[0]) is None
    assert (poster_cells(1080, 1920), poster_cells(1920, 1080), poster_cells(0, 0)) == (4, 14, 4)


def test_the_preview_stands_in_the_cuts_first_frame_from_its_source() -> None:
    from lumatui.tui.preview_runner import first_still

    draft = clips_draft([Path("/tmp/a.mp4"), Path("/tmp/b.mp4")])
    still = first_still(draft)
    assert still is not None and (still.src, still.at_ms) == ("file:///tmp/a.mp4", 0)
    draft.t[0].sg[0].in_ = 1500
    assert first_still(draft).at_ms == 1500  # type: ignore[union-attr]
    draft.t[0].sg = draft.t[0].sg[1:]  # nothing starts the cut: no still
    assert first_still(draft) is None
