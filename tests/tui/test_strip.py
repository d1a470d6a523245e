"""Selecting on the strip (standalone): a click or the arrows choose a block, details follow."""

from __future__ import annotations

from textual.widgets import Static

from lumatui.protocol.draft import Draft
from lumatui.tui.strip_layout import NAME_WIDTH
from lumatui.tui.widgets.timeline_strip import HEAD_LINES, TimelineStrip
from tests.tui.strip_drafts import StripApp, three_segments, twelve_segments


def details(app: StripApp) -> str:
    return str(app.query_one("#strip-details", Static).render())


async def test_click_selects_the_block_under_the_pointer() -> None:
    app = StripApp(three_segments())
    async with app.run_test(size=(90, 12)) as pilot:
        strip = app.query_one(TimelineStrip)
        layout = strip.layout_now()
        assert layout is not None
        title = layout.rows[2].blocks[0]  # the text row
        x = NAME_WIDTH + title.x + title.width // 2
        await pilot.click(TimelineStrip, offset=(x, HEAD_LINES + 2))
        await pilot.pause()
        assert strip.selected == "title"
        assert '"See you soon"' in details(app) and "starts 6s" in details(app)
        await pilot.click(TimelineStrip, offset=(2, HEAD_LINES))  # the track name: no block
        await pilot.pause()
        assert strip.selected == "title"


async def test_arrows_walk_a_row_and_move_between_tracks() -> None:
    app = StripApp(twelve_segments())
    async with app.run_test(size=(120, 14)) as pilot:
        strip = app.query_one(TimelineStrip)
        strip.focus()
        await pilot.press("right", "right", "right")
        assert strip.selected == "v3"
        await pilot.press("left", "left", "left", "left")
        assert strip.selected == "v1"  # stops at the first block
        await pilot.press("down", "down")
        assert strip.selected == "cap"
        await pilot.press("down")
        assert strip.selected == "t1"  # the stacked text row, under the same time
        await pilot.pause()
        assert '"Day one"' in details(app)


async def test_selection_survives_a_new_draft_by_id_and_clears_when_gone() -> None:
    app = StripApp(twelve_segments())
    async with app.run_test(size=(120, 14)) as pilot:
        strip = app.query_one(TimelineStrip)
        strip.select("v4")
        changed = twelve_segments()
        changed.t[0].sg[3].m["label"] = "night market"
        assert strip.show_draft(changed)
        await pilot.pause()
        assert strip.selected == "v4" and "night market" in details(app)
        assert not strip.show_draft(changed)  # the same draft again is no change
        strip.show_draft(Draft())
        await pilot.pause()
        assert strip.selected is None and "Click a block" in details(app)


async def test_a_row_of_wide_labels_keeps_its_columns() -> None:
    from rich.cells import cell_len

    draft = Draft.model_validate(
        {
            "t": [
                {
                    "id": "v",
                    "tt": 0,
                    "sg": [
                        {"id": "a", "st": 0, "d": 3000, "m": {"label": "海边的日落与远山"}},
                        {"id": "b", "st": 3000, "d": 3000, "m": {"label": "夜晚的城市灯光"}},
                    ],
                },
                {
                    "id": "m",
                    "tt": 1,
                    "m": {"label": "背景音乐"},
                    "sg": [{"id": "c", "st": 0, "d": 6000}],
                },
            ]
        }
    )
    app = StripApp(draft)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        strip = app.query_one(TimelineStrip)
        lines = str(strip.render()).splitlines()
        assert all(cell_len(line) == strip.content_size.width for line in lines[1:])


async def test_the_title_counts_every_segment_and_says_when_some_do_not_fit() -> None:
    clips = [{"id": f"c{n}", "st": n * 500, "d": 500} for n in range(80)]
    app = StripApp(Draft.model_validate({"t": [{"id": "v", "tt": 0, "sg": clips}]}))
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        title = str(app.query_one(TimelineStrip).render()).splitlines()[0]
        assert "80 segments" in title and "47 too short to draw" in title
