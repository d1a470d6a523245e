"""Drafts for the strip tests: one segment, three on three tracks, twelve with every mark."""

from __future__ import annotations

from typing import Any

from textual.app import App, ComposeResult

from lumatui.protocol.draft import Draft
from lumatui.tui.widgets.timeline_strip import StripPanel


def _seg(seg_id: str, st: int, d: int, **extra: Any) -> dict[str, Any]:
    m = extra.pop("m", {})
    return {"id": seg_id, "st": st, "d": d, "m": m, **extra}


def one_segment() -> Draft:
    clip = _seg("v1", 0, 6000, src="/media/v1.mp4", m={"label": "foggy pier", "kind": "clip"})
    return Draft.model_validate({"t": [{"id": "video", "tt": 0, "sg": [clip]}], "d": 6000})


def three_segments() -> Draft:
    return Draft.model_validate(
        {
            "d": 9000,
            "t": [
                {
                    "id": "video",
                    "tt": 0,
                    "sg": [_seg("v1", 0, 9000, m={"label": "neon alley at night"})],
                },
                {
                    "id": "music",
                    "tt": 1,
                    "sg": [
                        _seg("bgm", 0, 9000, vol=0.4, m={"label": "Synthwave", "fade_out": 1500})
                    ],
                },
                {
                    "id": "text",
                    "tt": 7,
                    "sg": [_seg("title", 6000, 3000, txt="See you soon", m={"kind": "title"})],
                },
            ],
        }
    )


def twelve_segments() -> Draft:
    labels = [
        "dunes",
        "camel train",
        "oasis",
        "market",
        "spice stall",
        "sunset",
        "campfire",
        "stars",
    ]
    lengths = [3000, 4500, 2000, 6000, 1000, 5000, 3500, 4000]
    video, at = [], 0
    for n, (label, d) in enumerate(zip(labels, lengths, strict=True)):
        m: dict[str, Any] = {"label": label}
        xfade = 500 if n in (2, 5) else 0
        if xfade:
            m["xfade"] = xfade
            at -= xfade
        if n == 0:
            m["fade_in"] = 800
        if n == len(labels) - 1:
            m["fade_out"] = 1200
        video.append(_seg(f"v{n + 1}", at, d, m=m))
        at += d
    total = at
    texts = [
        _seg("cap", 0, total, txt="A week in the desert", m={"kind": "caption", "anchor": "whole"}),
        _seg("t1", 2000, 2500, txt="Day one", m={"kind": "title", "anim": "fade"}),
        _seg("t2", total - 3000, 3000, txt="Fin", m={"kind": "title", "anchor": "end"}),
    ]
    return Draft.model_validate(
        {
            "d": total,
            "t": [
                {"id": "video", "tt": 0, "sg": video},
                {"id": "music", "tt": 1, "sg": [_seg("bgm", 0, total, m={"label": "Oud loop"})]},
                {"id": "text", "tt": 7, "sg": texts},
            ],
        }
    )


class StripApp(App[None]):
    """The strip panel alone, showing one draft."""

    CSS_PATH = "../../lumatui/tui/widgets/timeline_strip.tcss"

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft

    def compose(self) -> ComposeResult:
        yield StripPanel()

    def on_mount(self) -> None:
        self.query_one(StripPanel).show_draft(self.draft)
