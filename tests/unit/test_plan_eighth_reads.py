"""Readings added after the blind sets fresh43–48, each checked in words of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
THREE = draft_of("harbour at dawn", "fish market stalls", "gulls over the pier", music=True)


def ops_of(text: str, draft: Any = THREE) -> list[tuple[str, dict[str, Any]]]:
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, None).operations]


def one_clip(text: str, draft: Any = THREE) -> dict[str, Any]:
    ops = ops_of(text, draft)
    assert [name for name, _ in ops] == ["generate_clip"], (text, ops)
    return ops[0][1]


@pytest.mark.parametrize(
    ("text", "subject", "seconds"),
    [
        ("um could we also get one of a lifeboat being launched, 3 seconds?", "lifeboat", 3),
        ("can i also have one of a crab pot on the quay, about two seconds", "crab pot", 2),
        ("may i also get a clip of nets drying on a wall, 4s", "nets drying", 4),
        ("knock me up a 3 second clip of a trawler coming in", "trawler", 3),
        ("can ya whip up one of a lighthouse at dusk", "lighthouse", None),
        ("rustle up a 2s clip of chips in newspaper", "chips in newspaper", 2),
        ("throw in a close up of a fisherman's hands, 2 seconds", "fisherman's hands", 2),
        (
            "and finally, if it's not too much trouble, a clip of rope coiled on a deck, 3 s",
            "rope coiled",
            3,
        ),
        ("and lastly a clip of a buoy bobbing, 2 and a half sec", "buoy bobbing", 2.5),
        (
            "might I have a clip of a harbour wall in the rain, five seconds please?",
            "harbour wall",
            5,
        ),
        (
            "and i guess one of the ferry leaving? not sure how long... 4 seconds i think",
            "ferry leaving",
            4,
        ),
        (
            "Right. Next, I think, an old boathouse with a red door. Um, 3 seconds should do.",
            "boathouse with a red door",
            3,
        ),
    ],
)
def test_asking_around_a_new_clip_stays_out_of_its_prompt(
    text: str, subject: str, seconds: float | None
) -> None:
    args = one_clip(text)
    prompt = args["prompt"].lower()
    assert subject in prompt, prompt
    for word in ("could", "also", "one of", "trouble", "lastly", "might", "think", "sure"):
        assert word not in prompt, prompt
    if seconds is not None:
        assert args["seconds"] == seconds


@pytest.mark.parametrize(
    "text",
    [
        "make a 4 second clip of a stylist doing a low fade",
        "a clip of a barber giving a kid a taper fade, 3s",
    ],
)
def test_a_haircut_named_in_a_subject_is_not_a_fade(text: str) -> None:
    assert "fade" in one_clip(text)["prompt"]


def test_the_video_a_person_is_making_is_not_a_clip_of_its_own() -> None:
    text = (
        "Good evening. I'd like to put together a little video of our sailing club. "
        "Could you make a clip of dinghies racing round a buoy, about five seconds?"
    )
    args = one_clip(text, draft_of())
    assert "dinghies" in args["prompt"] and args["seconds"] == 5
    args = one_clip("嗨～帮我们做个视频吧，先来一段渔船靠岸的画面，四秒钟哈", draft_of())
    assert args["prompt"] == "渔船靠岸" and args["seconds"] == 4


@pytest.mark.parametrize(
    ("text", "prompt", "seconds"),
    [
        ("嘿，各位朋友们好！给我们来段码头日出的画面，五秒", "码头日出", 5),
        ("再整一个夜市的镜头，三秒得嘞", "夜市", 3),
        ("还有渔民们笑得合不拢嘴的镜头，两秒", "渔民们笑得合不拢嘴", 2),
        ("再来一段海鸥在船边飞的画面，四秒就够了啦", "海鸥在船边飞", 4),
    ],
)
def test_chinese_greetings_and_closings_are_not_the_subject(
    text: str, prompt: str, seconds: float
) -> None:
    args = one_clip(text)
    assert args["prompt"] == prompt and args["seconds"] == seconds


def test_a_quote_said_after_a_title_is_asked_for_is_that_titles_words() -> None:
    ops = ops_of("pop a title on, 'CATCH OF THE DAY' at the bottom")
    assert ops == [("add_text", {"kind": "title", "txt": "CATCH OF THE DAY", "position": "bottom"})]


@pytest.mark.parametrize(
    ("text", "scale_up"),
    [
        ("could you make the title bigger? it's a bit small on a phone", True),
        ("the title looks kind of tiny", True),
        ("the title is rather big", False),
    ],
)
def test_a_complaint_about_size_asks_for_the_opposite_once(text: str, scale_up: bool) -> None:
    draft = draft_of("harbour at dawn", title="Catch")
    ops = ops_of(text, draft)
    assert [name for name, _ in ops] == ["style_text"], ops
    assert (ops[0][1]["scale"] > 1) is scale_up


def test_a_complaint_about_length_or_pace_asks_for_the_opposite() -> None:
    assert ops_of("the gulls one feels a bit long")[0][0] == "trim"
    name, args = ops_of("the market clip is a little slow")[0]
    assert name == "set_speed" and args["factor"] > 1


def test_the_order_said_back_after_a_move_is_not_a_second_request() -> None:
    ops = ops_of(
        "hmm actually can the gulls go right after the harbour one? so it's harbour, gulls, market"
    )
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["place"]["at"] == "after"


def test_a_recap_is_asked_for_only_when_asked_for() -> None:
    assert ops_of("give me a quick recap")[0][0] == "describe_timeline"
    made = ops_of(
        "so the club had its regatta and I want a fun recap. can you make a clip of a sail "
        "boat at sea, 4 seconds?",
        draft_of(),
    )
    assert [name for name, _ in made] == ["generate_clip"]


def test_also_between_two_requests_still_splits_them() -> None:
    ops = ops_of("trim the gulls one to 2s also make the market one faster")
    assert [name for name, _ in ops] == ["trim", "set_speed"]


SHOP = draft_of("lobster pots on the quay", "seagull on a bollard", "crowd queuing at the hut")


def test_a_clip_moved_then_it_moved_again_in_one_message_is_one_move() -> None:
    ops = ops_of("The seagull shot should open the video. Move it to position 1.", SHOP)
    assert [name for name, _ in ops] == ["move_clip"]
    assert ops[0][1]["target"] == {"kind": "clip", "id": "seg_1"}


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        (
            "I rather feel the seagull ought to open the film - could you move it to the start?",
            "seg_1",
            {"at": "start"},
        ),
        (
            "Would it be possible to have the crowd one come straight after the lobster instead?",
            "seg_2",
            {"at": "after", "id": "seg_0"},
        ),
        (
            "Um. On reflection the crowd one should probably come second, after the lobster pots.",
            "seg_2",
            {"at": "after", "id": "seg_0"},
        ),
        ("scoot them gulls to the very front", "seg_1", {"at": "start"}),
        (
            "shove the crowd in the queue to the very start, that's the opener",
            "seg_2",
            {"at": "start"},
        ),
    ],
)
def test_moves_said_politely_or_loosely(text: str, target: str, place: dict[str, Any]) -> None:
    ops = ops_of(text, SHOP)
    assert [name for name, _ in ops] == ["move_clip"], ops
    assert ops[0][1]["target"]["id"] == target and ops[0][1]["place"] == place


def test_fading_a_named_clip_out_fades_only_its_end() -> None:
    ops = ops_of("please fade the very last clip out over 3 seconds", SHOP)
    assert ops == [("set_fade", {"target": {"kind": "clip", "index": -1}, "fade_out": 3000})]


def test_a_clip_named_with_words_of_its_own_and_a_speed() -> None:
    ops = ops_of("seagull landing 2x speed", SHOP)
    assert ops == [("set_speed", {"target": {"kind": "clip", "id": "seg_1"}, "speed": 2.0})]
    name, args = ops_of("slow that crowd down to half speed", SHOP)[0]
    assert name == "set_speed" and args["target"]["id"] == "seg_2"


@pytest.mark.parametrize(
    "text",
    [
        "could you make sure everyone's smiling in the footage?",
        "please ensure the harbour looks busier in the shot",
        "再整得好看一些嘛，你看着办",
    ],
)
def test_wishes_about_what_is_filmed_change_nothing(text: str) -> None:
    plan = plan_turn(text, CONFIG, SHOP, None)
    assert plan.operations == [] and len(plan.reply_if_empty) < 400


def test_make_sure_about_an_edit_is_that_edit() -> None:
    draft = draft_of("harbour at dawn", title="Catch")
    assert ops_of("make sure the title is at the bottom", draft)[0][0] == "style_text"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("改成方的，发朋友圈用", "1:1"),
        ("弄成方的，要发小红书", "1:1"),
        ("整成竖的，要发抖音", "9:16"),
    ],
)
def test_a_shape_said_with_where_it_is_for_is_the_shape(text: str, aspect: str) -> None:
    assert ops_of(text, SHOP) == [("set_canvas", {"aspect": aspect})]


@pytest.mark.parametrize(
    "text",
    [
        "弄成方的，帮我直接发朋友圈",
        "能不能帮我们把视频发布到我们的视频号上",
        "make it square and post it to facebook",
    ],
)
def test_asking_to_post_is_declined_even_with_a_shape(text: str) -> None:
    plan = plan_turn(text, CONFIG, SHOP, None)
    assert plan.operations == [] and (
        "post" in plan.reply_if_empty or "发布" in plan.reply_if_empty
    )


def test_the_hex_said_beside_a_colour_name_is_the_colour() -> None:
    draft = draft_of("harbour at dawn", title="Catch")
    ops = ops_of("标题颜色弄成橙色 #FF8800", draft)
    assert ops[0][1]["color"] == "#ff8800"


def test_a_cut_between_two_clips_said_in_chinese_without_zai() -> None:
    ops = ops_of("第二段跟第三段中间加个转场", SHOP)
    assert ops[0][0] == "set_transition" and (ops[0][1]["a"], ops[0][1]["b"]) == (2, 3)
    ops = ops_of("crossfade between the gull n the crowd", SHOP)
    assert ops[0][1].get("a_words") or ops[0][1].get("a_id")


def test_a_delete_said_twice_in_one_message_is_one_delete() -> None:
    assert ops_of("第一个不要了，删掉吧", SHOP) == [
        ("delete_clip", {"target": {"kind": "clip", "index": 1}})
    ]


def test_music_said_with_how_it_should_feel() -> None:
    ops = ops_of("配一段安静的背景音乐，音量百分之三十，别盖过人声", draft_of("harbour at dawn"))
    assert [name for name, _ in ops] == ["add_music"] and ops[0][1]["volume"] == 0.3


def test_a_redo_said_with_the_edit_it_brings_back_is_only_the_redo() -> None:
    assert [n for n, _ in ops_of("抱歉，还是加上转场比较好，恢复刚才撤销的那一步", SHOP)] == [
        "redo"
    ]
    assert [n for n, _ in ops_of("the crossfade looked better after all, redo it", SHOP)] == [
        "redo"
    ]


def test_an_edit_said_after_an_undo_is_not_dropped() -> None:
    plan = plan_turn("undo that and make the crowd one faster", CONFIG, SHOP, None)
    assert [op.name for op in plan.operations] == ["undo", "set_speed"]


def test_zheng_ge_is_the_whole_video_not_a_new_clip() -> None:
    assert ops_of("整个视频设成8秒", SHOP) == [("set_length", {"seconds": 8.0})]
    assert one_clip("整一段渔船出海的镜头，三秒", SHOP)["prompt"] == "渔船出海"


def test_a_clip_named_then_it() -> None:
    plan = plan_turn("lobster pots one, slow it down to half speed", CONFIG, SHOP, "seg_2")
    assert [(op.name, op.args["target"]) for op in plan.operations] == [
        ("set_speed", {"kind": "clip", "id": "seg_0"})
    ]
