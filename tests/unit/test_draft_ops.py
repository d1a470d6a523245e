"""Draft operations, pure: a draft and an operation → a new draft; the input is left alone."""

from __future__ import annotations

from typing import Any

import pytest

from lumatui.engine.edit.draft_ops import apply_edit, insert_clip, put_music
from lumatui.engine.edit.history import note, replay
from lumatui.engine.edit.timeline import EditError
from lumatui.protocol.draft import Draft, DraftMeta, Segment, TrackType
from lumatui.protocol.summary import timeline_summary


def clip(label: str, ms: int = 2000) -> Segment:
    return Segment(
        id=f"seg_{label}",
        d=ms,
        src=f"http://h/media/ast_{label}/{label}.mp4",
        in_=0,
        m={"label": label, "origin": "generated", "kind": "clip", "source_ms": ms},
    )


def three() -> Draft:
    draft = Draft(m=DraftMeta(width=1080, height=1920))
    for label in ("a", "b", "c"):
        draft = insert_clip(draft, clip(label), None).draft
    return draft


def edit(draft: Draft, name: str, focus: str | None = None, **args: Any) -> Draft:
    before = draft.model_dump()
    new = apply_edit(draft, name, args, focus).draft
    assert draft.model_dump() == before  # pure: the input is untouched
    return new


def layout(draft: Draft) -> list[tuple[str, int, int]]:
    return [(s.m["label"], s.st, s.d) for s in draft.t[0].sg]


def nth(index: int) -> dict[str, Any]:
    return {"kind": "clip", "index": index}


def test_clips_play_one_after_another() -> None:
    assert layout(three()) == [("a", 0, 2000), ("b", 2000, 2000), ("c", 4000, 2000)]
    assert three().d == 6000


def test_insert_at_start_and_after() -> None:
    draft = insert_clip(three(), clip("x", 1000), {"at": "start"}).draft
    assert [s.m["label"] for s in draft.t[0].sg] == ["x", "a", "b", "c"]
    draft = insert_clip(three(), clip("x", 1000), {"at": "after", "index": 1}).draft
    assert [s.m["label"] for s in draft.t[0].sg] == ["a", "x", "b", "c"]


def test_trim_variants() -> None:
    assert layout(edit(three(), "trim", target=nth(1), seconds=1))[:2] == [
        ("a", 0, 1000),
        ("b", 1000, 2000),
    ]
    ranged = edit(three(), "trim", target=nth(2), start=0.5, end=1.5).t[0].sg[1]
    assert (ranged.in_, ranged.d) == (500, 1000)
    head = edit(three(), "trim", target=nth(3), cut_start=0.5).t[0].sg[2]
    assert (head.in_, head.d) == (500, 1500)
    tail = edit(three(), "trim", target=nth(3), cut_end=0.5).t[0].sg[2]
    assert (tail.in_, tail.d) == (0, 1500)


def test_trim_every_clip() -> None:
    draft = edit(three(), "trim", target={"kind": "clip", "all": True}, seconds=1)
    assert layout(draft) == [("a", 0, 1000), ("b", 1000, 1000), ("c", 2000, 1000)]


def test_trim_cannot_outgrow_the_footage() -> None:
    assert edit(three(), "trim", target=nth(1), seconds=9).t[0].sg[0].d == 2000


def test_split_keeps_the_source_continuous() -> None:
    draft = edit(three(), "split_clip", target=nth(1), at=0.5)
    first, second = draft.t[0].sg[:2]
    assert (first.d, second.st, second.d, second.in_) == (500, 500, 1500, 500)
    assert draft.d == 6000


def test_split_at_a_timeline_moment_finds_the_clip() -> None:
    draft = edit(three(), "split_clip", target={"kind": "clip"}, at=3)
    assert [s.d for s in draft.t[0].sg] == [2000, 1000, 1000, 2000]


def test_delete_swap_move() -> None:
    assert layout(edit(three(), "delete_clip", target=nth(2))) == [
        ("a", 0, 2000),
        ("c", 2000, 2000),
    ]
    swapped = edit(three(), "swap_clips", a=1, b=-1)
    assert [s.m["label"] for s in swapped.t[0].sg] == ["c", "b", "a"]
    moved = edit(three(), "move_clip", target=nth(1), place={"at": "end"})
    assert [s.m["label"] for s in moved.t[0].sg] == ["b", "c", "a"]
    moved = edit(three(), "move_clip", target=nth(3), place={"at": "after", "index": 1})
    assert [s.m["label"] for s in moved.t[0].sg] == ["a", "c", "b"]


def test_speed_changes_the_timeline_length_and_is_clamped() -> None:
    draft = edit(three(), "set_speed", target=nth(1), speed=2)
    assert (draft.t[0].sg[0].d, draft.t[0].sg[0].m["speed"], draft.d) == (1000, 2.0, 5000)
    slow = edit(three(), "set_speed", target=nth(1), speed=0.1).t[0].sg[0]
    assert (slow.m["speed"], slow.d) == (0.25, 8000)
    back = edit(
        edit(three(), "set_speed", target=nth(1), speed=2), "set_speed", target=nth(1), speed=1
    )
    assert back.t[0].sg[0].d == 2000


def test_volume_fade_fit_transition() -> None:
    assert edit(three(), "set_volume", target=nth(2), volume=0).t[0].sg[1].vol == 0
    halved = edit(three(), "set_volume", target={"kind": "clip", "all": True}, change=0.5)
    assert [s.vol for s in halved.t[0].sg] == [0.5, 0.5, 0.5]
    faded = edit(
        three(),
        "set_fade",
        target={"kind": "clip", "all": True, "edges": True},
        fade_in=1000,
        fade_out=1000,
    )
    assert [(s.m.get("fade_in"), s.m.get("fade_out")) for s in faded.t[0].sg] == [
        (1000, None),
        (None, None),
        (None, 1000),
    ]
    assert edit(three(), "set_fit", target=nth(1), fit="contain").t[0].sg[0].m["fit"] == "contain"
    crossed = edit(three(), "set_transition", ms=500)
    assert [s.st for s in crossed.t[0].sg] == [0, 1500, 3000]


def test_canvas_keeps_the_short_side() -> None:
    assert (edit(three(), "set_canvas", aspect="1:1").m.width, 1080) == (1080, 1080)
    wide = edit(three(), "set_canvas", aspect="16:9", fit="contain")
    assert (wide.m.width, wide.m.height) == (1920, 1080)
    assert all(s.m["fit"] == "contain" for s in wide.t[0].sg)
    assert (edit(three(), "set_canvas", aspect="4:5").m.height) == 1350


def test_set_length_cuts_or_loops() -> None:
    assert edit(three(), "set_length", seconds=3).d == 3000
    longer = edit(three(), "set_length", seconds=10)
    assert longer.d == 10000 and len(longer.t[0].sg) == 5


def test_loop_and_start_over() -> None:
    assert len(edit(three(), "loop", times=2).t[0].sg) == 6
    assert len(edit(three(), "loop", target=nth(2), times=3).t[0].sg) == 5
    empty = edit(three(), "start_over")
    assert empty.t == [] and empty.m.width == 1080


def test_text_add_timing_and_style() -> None:
    draft = edit(three(), "add_text", kind="title", txt="Hi", start=0, duration=3)
    (title,) = draft.tracks_of(TrackType.TEXT)[0].sg
    assert (title.st, title.d, title.txt, title.m["position"]) == (0, 3000, "Hi", "center")
    end = edit(three(), "add_text", kind="text", txt="Bye", anchor="end", duration=2)
    assert end.tracks_of(TrackType.TEXT)[0].sg[0].st == 4000
    styled = edit(
        draft,
        "style_text",
        target={"kind": "text"},
        color="#ffcc00",
        scale=2.0,
        position="top",
        anim="pop",
    )
    seg = styled.tracks_of(TrackType.TEXT)[0].sg[0]
    assert seg.m == {**seg.m, "color": "#ffcc00", "size": 212, "position": "top", "anim": "pop"}
    renamed = edit(draft, "edit_text", target={"kind": "text"}, txt="Yo")
    assert renamed.tracks_of(TrackType.TEXT)[0].sg[0].txt == "Yo"
    moved = edit(draft, "time_text", target={"kind": "text"}, start=2)
    assert moved.tracks_of(TrackType.TEXT)[0].sg[0].st == 2000
    assert edit(draft, "remove_text", target={"kind": "text"}).tracks_of(TrackType.TEXT) == []


def test_text_stays_inside_the_video_and_end_anchored_text_follows_it() -> None:
    draft = edit(three(), "add_text", kind="text", txt="Bye", anchor="end", duration=1)
    shorter = edit(draft, "delete_clip", target=nth(3))
    assert shorter.tracks_of(TrackType.TEXT)[0].sg[0].st == 3000


def test_music_follows_the_video_and_replacing_keeps_the_volume() -> None:
    song = Segment(
        id="m1",
        d=10000,
        src="http://h/media/ast_m/m.wav",
        vol=0.3,
        m={"label": "Lo-fi", "follow_video": True, "kind": "bgm"},
    )
    draft = put_music(three(), song, replace=False).draft
    (music,) = draft.tracks_of(TrackType.AUDIO)[0].sg
    assert (music.st, music.d) == (0, 6000)
    trimmed = edit(draft, "delete_clip", target=nth(1))
    assert trimmed.tracks_of(TrackType.AUDIO)[0].sg[0].d == 4000
    other = Segment(
        id="m2", src="http://h/media/ast_n/n.wav", m={"label": "Calm", "follow_video": True}
    )
    replaced = put_music(draft, other, replace=True).draft
    (only,) = [s for t in replaced.tracks_of(TrackType.AUDIO) for s in t.sg]
    assert (only.m["label"], only.vol) == ("Calm", 0.3)
    assert "BGM: Calm (0-6s, 30%)" in timeline_summary(replaced)
    assert edit(replaced, "remove_music").tracks_of(TrackType.AUDIO) == []
    late = edit(replaced, "time_music", start=2).tracks_of(TrackType.AUDIO)[0].sg[0]
    assert (late.st, late.d) == (2000, 4000)
    short = edit(replaced, "time_music", start=0, duration=1).tracks_of(TrackType.AUDIO)[0].sg[0]
    assert (short.st, short.d, "follow_video" in short.m) == (0, 1000, False)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("delete_clip", {"target": nth(7)}),
        ("trim", {"target": {"kind": "text"}, "seconds": 1}),
        ("remove_music", {}),
        ("swap_clips", {"a": 1, "b": 9}),
    ],
)
def test_impossible_edits_explain_in_both_languages(name: str, args: dict[str, Any]) -> None:
    with pytest.raises(EditError) as caught:
        apply_edit(three(), name, args, None)
    assert caught.value.en and caught.value.zh


def test_it_means_the_focused_segment() -> None:
    draft = edit(three(), "set_speed", focus="seg_b", target={"kind": "clip", "it": True}, speed=2)
    assert [s.d for s in draft.t[0].sg] == [2000, 1000, 2000]


def test_history_replay_undoes_whole_turns_and_redoes_them() -> None:
    rows = [
        (1, note("edit", "t1", "a", "")),
        (2, note("edit", "t2", "b", "b did")),
        (3, note("edit", "t2", "c", "c did")),  # same turn: undone together
    ]
    state = replay(rows)
    assert (state.current, state.undo, state.focus) == (3, [0, 1], "c")
    assert [en for en, _ in state.changes[3]] == ["b did", "c did"]
    state = replay([*rows, (4, note("undo", "t3", None, ""))])
    assert (state.current, state.undo, state.redo) == (1, [0], [3])
    state = replay([*rows, (4, note("undo", "t3", None, "")), (5, note("redo", "t4", None, ""))])
    assert (state.current, state.redo) == (3, [])
    state = replay([*rows, (4, note("undo", "t3", None, "")), (5, note("edit", "t5", "x", ""))])
    assert (state.current, state.redo, state.undo) == (5, [], [0, 1])
