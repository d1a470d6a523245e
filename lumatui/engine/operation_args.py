"""The typed arguments of every operation: one pydantic model each, so a JSON schema is free.

The planner still builds plain dicts (they go on the wire as ``functionCall.args``); the
registry validates them against these models before a plan is accepted, so a reader that
produces an argument no handler knows is caught at planning time, not half-way through a turn.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Target(Args):
    """Which segment(s) an operation means; resolved against the draft when planning."""

    kind: Literal["clip", "text", "bgm", "any"] = "any"
    index: int | None = Field(None, description="1-based; negative counts from the end")
    all: bool | None = None
    it: bool | None = Field(None, description="the segment touched last")
    words: list[str] | None = Field(None, description="words of what the clip shows")
    id: str | None = Field(None, description="a segment id (set by the planner)")
    role: Literal["title", "caption", "text"] | None = None
    text_is: str | None = Field(None, description="the text that reads exactly this")
    fact: str | None = Field(None, description='a text known by what it says ("the price")')
    like: str | None = Field(None, description="new words, shaped like the text meant")
    edges: bool | None = Field(None, description="fade only the first and last clip")
    middle: bool | None = Field(None, description="the middle one of an odd number")
    indexes: list[int] | None = Field(None, description="several clips by order")
    ids: list[str] | None = Field(None, description="several segment ids (set by the planner)")


class Place(Args):
    """Where a clip goes: start, end, a position, or next to another clip."""

    at: Literal["start", "end", "after", "before", "index", "between"] = "end"
    index: int | None = None
    id: str | None = Field(None, description="the clip to go next to (set by the planner)")
    words: list[str] | None = None
    it: bool | None = None
    phrase: str | None = Field(None, description="the words, when they may be the scene")


Fit = Literal["cover", "contain"]


class NoArgs(Args):
    pass


class Steps(Args):
    steps: int = Field(1, ge=1, le=50)


class GenerateClip(Args):
    prompt: str = Field(..., min_length=1, description="what the clip shows")
    seconds: float = Field(..., ge=1, le=30)
    place: Place | None = None


class AnimateImage(Args):
    motion: str | None = None
    seconds: float = Field(5.0, ge=1, le=30)
    all: bool | None = None
    image: int | None = None
    file: str | None = None
    image_id: str | None = None
    place: Place | None = None


class AddVideo(Args):
    file: str | None = None
    place: Place | None = None


class AddMusic(Args):
    mood: str | None = None
    upload: bool | None = None
    file: str | None = None
    volume: float | None = Field(None, ge=0, le=1)


class TimeMusic(Args):
    target: Target | None = None
    start: float | None = None
    duration: float | None = None


class Trim(Args):
    target: Target | None = None
    seconds: float | None = Field(None, gt=0)
    scale: float | None = None
    start: float | None = None
    end: float | None = None
    cut_start: float | None = None
    cut_end: float | None = None
    keep_last: float | None = None
    delta: float | None = Field(
        None,
        description="seconds to add (or take off); the planner "
        "turns it into seconds against the draft",
    )


class SplitClip(Args):
    target: Target | None = None
    at: float | Literal["middle"] = "middle"


class Targeted(Args):
    target: Target | None = None


class SwapClips(Args):
    a: int = 1
    b: int = 2
    a_id: str | None = None
    b_id: str | None = None
    a_words: list[str] | None = None
    b_words: list[str] | None = None


class MoveClip(Args):
    target: Target | None = None
    place: Place


class SetSpeed(Args):
    target: Target | None = None
    speed: float | None = None
    factor: float | None = None


class SetVolume(Args):
    target: Target | None = None
    volume: float | None = Field(None, ge=0, le=1)
    change: float | None = None


class SetFade(Args):
    target: Target | None = None
    fade_in: int | None = None
    fade_out: int | None = None


class SetFit(Args):
    target: Target | None = None
    fit: Fit


class SetTransition(Args):
    """Every cut, or the one between two clips (``a``/``b`` as in a swap)."""

    ms: int = Field(500, ge=0)
    a: int | None = None
    b: int | None = None
    a_id: str | None = None
    b_id: str | None = None
    a_words: list[str] | None = None
    b_words: list[str] | None = None


class SetCanvas(Args):
    aspect: str | None = None
    width: int | None = None
    height: int | None = None
    fit: Fit | None = None


class SetLength(Args):
    seconds: float = Field(..., gt=0)


class Loop(Args):
    target: Target | None = None
    times: int = Field(2, ge=1, le=20)


class TextStyle(Args):
    position: str | None = None
    color: str | None = None
    size: int | None = None
    scale: float | None = None
    anim: str | None = None
    fade_in: int | None = None
    fade_out: int | None = None


class TextTiming(Args):
    start: float | None = None
    duration: float | None = None
    anchor: Literal["end", "whole"] | None = None
    until_end: bool | None = None


class AddText(TextStyle, TextTiming):
    kind: Literal["title", "caption", "text"] = "text"
    txt: str = Field(..., min_length=1)
    name: str | None = Field(None, max_length=40, description="what the words are: price, date")


class EditText(Args):
    target: Target | None = None
    txt: str = Field(..., min_length=1)


class StyleText(TextStyle):
    target: Target | None = None


class TimeText(TextTiming):
    target: Target | None = None
