"""Readings added after the blind sets fresh55–57, each checked in words of our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))
DOCK = draft_of("kayaks stacked on a jetty", "heron on a post", "sunset over the estuary")


def ops_of(text: str, draft: Any = DOCK, focus: str | None = None) -> list[tuple[str, Any]]:
    return [(op.name, op.args) for op in plan_turn(text, CONFIG, draft, focus).operations]


@pytest.mark.parametrize(
    ("text", "subject", "seconds"),
    [
        (
            "need a quick vid for our club open day thing. make a 6 sec clip of paddlers at dawn",
            "paddlers at dawn",
            6,
        ),
        (
            "hey! me and the crew got a race sunday, need a lil promo vid. gimme a clip of a canoe "
            "slalom gate, 2 seconds",
            "canoe slalom gate",
            2,
        ),
        ("ok next one, chilli crab on a plastic plate, three seconds lah", "chilli crab", 3),
        ("also want one auntie frying carrot cake, two seconds", "auntie frying carrot cake", 2),
        (
            "And a fourth one, please... the boathouse roof in the rain. Four seconds.",
            "boathouse roof",
            4,
        ),
        ("now hit me with a double bass close-up, 2 secs", "double bass", 2),
        ("Generate a clip of a pine plank on a bench. Duration 3 seconds.", "pine plank", 3),
    ],
)
def test_the_talk_around_a_new_clip_stays_out_of_it(
    text: str, subject: str, seconds: float
) -> None:
    ops = ops_of(text, draft_of("a"))
    assert [n for n, _ in ops] == ["generate_clip"], ops
    assert subject in ops[0][1]["prompt"] and ops[0][1]["seconds"] == seconds, ops


def test_a_new_clip_put_at_a_position_said_in_its_own_sentence() -> None:
    ops = ops_of("Generate a clip of a rope coil. Duration 2 seconds. Place it at position 1.")
    assert ops == [
        (
            "generate_clip",
            {"prompt": "rope coil", "seconds": 2.0, "place": {"at": "index", "index": 1}},
        )
    ]


@pytest.mark.parametrize(
    "text", ["在最后加一段总结的画面吧，内容你看着办", "add a clip of whatever you like at the end"]
)
def test_a_clip_left_to_us_is_a_question(text: str) -> None:
    plan = plan_turn(text, CONFIG, DOCK, None)
    assert plan.operations == [] and len(plan.reply_if_empty) < 400


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        (
            "Hmm... I reckon the heron ought to come first. Sets the mood.",
            "move_clip",
            {"place": {"at": "start"}},
        ),
        ("too long. whole thing 8 sec max pls", "set_length", {"seconds": 8.0}),
        ("Ach... I had it right before. Redo it, bring it back.", "redo", {}),
        (
            "some music under it, something calm. Fifteen percent, no louder.",
            "add_music",
            {"volume": 0.15},
        ),
        (
            "TAKE THAT HERON ONE RIGHT TO THE START, PARTNER!",
            "move_clip",
            {"place": {"at": "start"}},
        ),
        (
            "wah the heron one damn shiok, put it in front lah",
            "move_clip",
            {"place": {"at": "start"}},
        ),
        ("heron 2x faster pls", "set_speed", {"speed": 2.0}),
        ("slap 'Paddle Club' on the top as the title", "add_text", {"txt": "Paddle Club"}),
        (
            "can you put words that say Come Paddle With Us at the bottom",
            "add_text",
            {"txt": "Come Paddle With Us", "position": "bottom"},
        ),
        ("can you make a fade at the end so it gose black", "set_fade", {"fade_out": 1000}),
    ],
)
def test_english_said_loosely(text: str, name: str, args: dict[str, Any]) -> None:
    ops = ops_of(text)
    assert [n for n, _ in ops] == [name], ops
    assert all(ops[0][1].get(k) == v for k, v in args.items()), ops


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        (
            "第二步，我们需要一段潮水退去、露出滩涂的画面，三秒就够了。",
            "generate_clip",
            {"seconds": 3.0},
        ),
        (
            "接下来做第四段：渔船回港，两秒。",
            "generate_clip",
            {"prompt": "渔船回港", "seconds": 2.0},
        ),
        ("标题的字请再大一些，坐在后排的人也要看得清。", "style_text", {"scale": 1.3}),
        ("好正！再来一个艇仔粥的特写，三秒", "generate_clip", {"seconds": 3.0}),
        ("仲要一段夜晚码头灯光的镜头，四秒", "generate_clip", {"seconds": 4.0}),
        ("整点带劲的音乐，音量百分之四十。", "add_music", {"mood": "upbeat", "volume": 0.4}),
        ("再生成一段椰子冻，两秒，颜值绝绝子", "generate_clip", {"prompt": "椰子冻"}),
    ],
)
def test_chinese_said_loosely(text: str, name: str, args: dict[str, Any]) -> None:
    draft = (
        draft_of("渔港清晨", "补网", title="渔港") if name == "style_text" else draft_of("渔港清晨")
    )
    ops = ops_of(text, draft)
    assert [n for n, _ in ops] == [name], ops
    assert all(ops[0][1].get(k) == v for k, v in args.items()), ops


def test_numbered_clips_said_in_chinese_each_make_one_clip() -> None:
    ops = ops_of("第一段是海鸥，第二段是灯塔", draft_of())
    assert [op[1]["prompt"] for op in ops] == ["海鸥", "灯塔"]


def test_a_ripple_on_a_lake_is_a_change_to_the_picture() -> None:
    plan = plan_turn("能否让湖面泛起一点涟漪？", CONFIG, DOCK, None)
    assert plan.operations == [] and "没法改变" in plan.reply_if_empty
