"""The generator's vocabulary: every word of a prompt is drawn, filler, or reported as not
drawn, in English and Chinese, over the benchmark's list of realistic prompts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lumatui.engine.media.scene_words import (
    CHINESE_WORDS,
    MEANINGS,
    VOCABULARY,
    chinese_meanings,
    read_prompt,
    words_line,
)

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from generate_prompts import PROMPTS, PROMPTS_EN, PROMPTS_ZH

# What the procedural sketch honestly cannot draw (people, animals, things).
UNDRAWABLE = {
    "dog", "cat", "girl", "man", "couple", "horse", "deer", "train", "castle", "waterfall",
    "dragon", "coffee", "cup", "table", "astronaut", "bicycle", "walk", "walking", "running",
    "sitting", "standing", "crossing", "rising", "狗", "猫", "人", "城堡", "奔跑",
}  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "drawn", "not_drawn"),
    [
        ("a dog running on the beach at sunset", ("beach", "sunset"), ("dog", "running")),
        ("golden hour over sand dunes, cinematic", ("golden hour", "sand dunes", "cinematic"), ()),
        ("rainy city street at night", ("rainy", "city street", "night"), ()),
        ("一只狗在海滩上奔跑", ("海滩",), ("狗", "奔跑")),
        ("秋天的森林", ("秋天", "森林"), ()),
        ("a beautiful 4k video of the lake", ("lake",), ()),
    ],
)
def test_words_are_drawn_filler_or_not_drawn(
    prompt: str, drawn: tuple[str, ...], not_drawn: tuple[str, ...]
) -> None:
    read = read_prompt(prompt)
    assert (read.drawn, read.not_drawn) == (drawn, not_drawn)


def test_the_reply_line_is_short_and_in_both_languages() -> None:
    en, zh = words_line(("beach", "sunset"), ("dog",))
    assert en == "Drawn: beach, sunset; not drawn: dog."
    assert zh == "已画出：beach、sunset；未画出：dog。"
    assert words_line((), ()) == ("", "")
    many = tuple(f"w{i}" for i in range(9))
    assert len(words_line(many, many)[0]) < 90


def test_every_chinese_phrase_and_table_word_means_something() -> None:
    for phrase in CHINESE_WORDS:
        assert chinese_meanings(phrase), phrase
    assert len(MEANINGS) == sum(len(v.split("|")) for k in VOCABULARY.values() for v in k.values())


def test_the_prompt_list_is_realistic_and_mostly_drawn() -> None:
    assert len(PROMPTS) >= 200 and len(PROMPTS_ZH) >= 50 and len(PROMPTS_EN) >= 150
    reads = [read_prompt(p) for p in PROMPTS]
    unknown = {w for r in reads for w in r.not_drawn} - UNDRAWABLE
    assert not unknown, f"words the vocabulary should know: {sorted(unknown)}"
    full = sum(not r.not_drawn for r in reads)
    assert full / len(PROMPTS) >= 0.88
    assert all(r.drawn for r in reads), "a prompt with nothing drawn"
