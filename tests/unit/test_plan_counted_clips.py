"""Planning requests for several clips at once, and Chinese subjects kept whole, without a server.

A count of clips with a list ("three shots: …", "做3个片段，分别是…") makes one clip per item;
one-character verbs and measure words are framing only where they frame ("来一段…"), never
inside the subject (面条, 来自, 放风筝)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lumatui.engine.config import EngineConfig
from lumatui.engine.understand.turn_plan import plan_turn
from tests.support.drafts import draft_of

CONFIG = EngineConfig(data_dir=Path("/nonexistent"))


def made(text: str, labels: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    """The (prompt, seconds) of every clip the message makes; fails on any other operation."""
    plan = plan_turn(text, CONFIG, draft_of(*labels) if labels else None, None)
    names = [op.name for op in plan.operations]
    assert names and set(names) == {"generate_clip"}, (text, names, plan.reply_if_empty)
    return [(op.args["prompt"], op.args["seconds"]) for op in plan.operations]


@pytest.mark.parametrize(
    ("text", "prompts", "seconds"),
    [
        ("make three clips: a lighthouse, a pine forest and a night market, 2 seconds each",
         ["lighthouse", "pine forest", "night market"], 2.0),
        ("2 quick clips of a paper kite and a sleeping fox", ["paper kite", "sleeping fox"], 5.0),
        ("two clips please, a red tram and a harbour crane, 3 s each",
         ["red tram", "harbour crane"], 3.0),
        ("make 2 short clips: one of a wheat field, one of a windmill",
         ["wheat field", "windmill"], 5.0),
        ("four shots: rain on a roof, a candle, a teapot, a cat",
         ["rain on roof", "candle", "teapot", "cat"], 5.0),
        ("做3个片段，分别是瀑布、竹林和古镇夜景", ["瀑布", "竹林", "古镇夜景"], 5.0),
        ("帮我生成两段视频，分别是：凉面、油条", ["凉面", "油条"], 5.0),
        ("来两段：落雪的胡同和结冰的湖面，各四秒", ["落雪的胡同", "结冰的湖面"], 4.0),
        ("我要三段视频：沙漠、雪山、草原", ["沙漠", "雪山", "草原"], 5.0),
    ],
)  # fmt: skip
def test_a_count_with_a_list_makes_one_clip_per_item(
    text: str, prompts: list[str], seconds: float
) -> None:
    assert made(text) == [(p, seconds) for p in prompts]


@pytest.mark.parametrize(
    ("text", "prompt"),
    [
        ("生成一条牛肉面条的视频", "牛肉面条"),
        ("再做一段来自草原的马群，三秒", "来自草原的马群"),
        ("生成一个放风筝的女孩", "放风筝的女孩"),
        ("来个加州公路的画面，3秒", "加州公路"),
        ("帮我来一个夜市小吃摊的，四秒", "夜市小吃摊"),
        ("给我来个结冰的瀑布，两秒", "结冰的瀑布"),
        ("我想要一个稻田的视频", "稻田"),
        ("我想做一个茶馆的宣传片，先来一段泡茶的画面，六秒", "泡茶"),
        ("我们准备拍个面馆的广告，第一段是拉面出锅，4秒", "拉面出锅"),
        ("opening shot: mist over a reservoir, 3s", "mist over reservoir"),
    ],
)
def test_chinese_framing_is_left_out_of_the_subject_and_nothing_more(
    text: str, prompt: str
) -> None:
    assert [p for p, _ in made(text)] == [prompt]


@pytest.mark.parametrize(
    "text",
    ["the first clip: make it 2s", "第二段是不是太长了", "its 2 short", "the last one is too long"],
)
def test_a_clip_named_by_its_place_is_an_edit_or_a_question_not_a_new_clip(text: str) -> None:
    plan = plan_turn(text, CONFIG, draft_of("bridge at dusk", "river boats"), None)
    assert "generate_clip" not in [op.name for op in plan.operations], plan.operations
