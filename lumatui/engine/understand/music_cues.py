"""Pure: music timed by the picture — "stop the music when the shop window appears".

People time the music by what is on screen, not by seconds: "start the music at the
drone shot", "end the song after the sunset", "音乐到烟花那段停". The reading keeps the
clip's words as a cue; :func:`cue_to_times` turns the cue into seconds against the draft
in hand, once the clip is known.
"""

from __future__ import annotations

import re
from typing import Any

from lumatui.engine.edit.timeline import music, video_end
from lumatui.protocol.draft import Draft, Segment

_MUSIC = r"(?:the |my )?(?:background )?(?:music|song|bgm|soundtrack|track|tune|audio)"
_CLIP_TAIL = r"(?:\s+(?:one|clip|shot|scene|part|bit))?"
_SHOWN = (
    r"(?:appears?|starts?|begins?|comes? (?:in|on|up)|shows? up|kicks? in|pops? up|is on|"
    r"hits|plays)"
)
# (verb group, clip words, edge of the clip): "stop … when the X appears" ends at its start
_EN_CUES = [
    (
        "end",
        re.compile(
            rf"\b(?:stop|end|cut|kill|finish)\s+{_MUSIC}\s+(?:when|as soon as|once|as|where)\s+"
            rf"(?:the\s+)?(.+?){_CLIP_TAIL}\s+{_SHOWN}\b"
        ),
        "start",
    ),
    (
        "end",
        re.compile(
            rf"\b(?:make|have|let)\s+{_MUSIC}\s+(?:stop|end|cut out|finish)\s+"
            rf"(?:when|as soon as|once|as|where)\s+(?:the\s+)?(.+?){_CLIP_TAIL}\s+{_SHOWN}\b"
        ),
        "start",
    ),
    (
        "end",
        re.compile(
            rf"\b(?:stop|end|cut|kill|finish)\s+{_MUSIC}\s+(?:at|before|by)\s+(?:the\s+)?"
            rf"(.+?){_CLIP_TAIL}\W*$"
        ),
        "start",
    ),
    (
        "end",
        re.compile(
            rf"\b(?:stop|end|cut|kill|finish)\s+{_MUSIC}\s+(?:after|when|once)\s+(?:the\s+)?"
            rf"(.+?){_CLIP_TAIL}(?:\s+(?:ends|is over|finishes|is done))?\W*$"
        ),
        "end",
    ),
    (
        "start",
        re.compile(
            rf"\b(?:start|begin|bring in|kick off|play|bring)\s+{_MUSIC}(?:\s+in)?\s+"
            rf"(?:when|as soon as|once|as)\s+"
            rf"(?:the\s+)?(.+?){_CLIP_TAIL}\s+{_SHOWN}\b"
        ),
        "start",
    ),
    (
        "start",
        re.compile(
            rf"\b(?:start|begin|bring in|kick off)\s+{_MUSIC}\s+(?:at|on|with|from)\s+(?:the\s+)?"
            rf"(.+?){_CLIP_TAIL}\W*$"
        ),
        "start",
    ),
    (
        "start",
        re.compile(
            rf"\b(?:start|begin|bring in)\s+{_MUSIC}\s+after\s+(?:the\s+)?(.+?){_CLIP_TAIL}\W*$"
        ),
        "end",
    ),
]
_ZH_MUSIC = r"(?:背景音乐|音乐|配乐|歌)"
_ZH_CLIP = r"(.{2,8}?)(?:那段|那个|片段|镜头)?"
_ZH_WHEN = r"(?:的时候|时|后)?(?:就|再)?"
_ZH_CUES = [
    (
        "end",
        re.compile(f"{_ZH_MUSIC}(?:在|到){_ZH_CLIP}(?:出现|开始)?{_ZH_WHEN}(?:停|结束|关掉)"),
        "start",
    ),
    ("end", re.compile(f"{_ZH_MUSIC}(?:在|到){_ZH_CLIP}(?:结束|放完){_ZH_WHEN}(?:停|结束)"), "end"),
    (
        "start",
        re.compile(f"{_ZH_MUSIC}(?:从|在){_ZH_CLIP}(?:出现|开始)?{_ZH_WHEN}(?:开始|进来|响起|放)"),
        "start",
    ),
]
_NOT_CLIP = re.compile(r"^(?:(?:end|start|beginning|very|last|first|same)\b|第?\s*\d)|秒")


def music_cue(text: str) -> dict[str, Any] | None:
    """The clip a music timing is tied to: ``{"edge_of": start|end, "words": [...], "sets":
    start|end}``, or None when the timing is not said by the picture."""
    for sets, pattern, edge in [*_EN_CUES, *_ZH_CUES]:
        match = pattern.search(text)
        if not match:
            continue
        said = match.group(1).strip()
        if not said or _NOT_CLIP.search(said):
            continue
        words = said.split() if said.isascii() else [said]
        words = [w for w in words if len(w) > 1 and w not in ("the", "a", "an", "my")]
        if words:
            return {"sets": sets, "edge_of": edge, "words": words}
    return None


def cue_to_times(cue: dict[str, Any], clip: Segment, draft: Draft) -> dict[str, float]:
    """The time_music arguments that start or end the music at the clip's edge."""
    at = clip.st if cue["edge_of"] == "start" else clip.end
    song = next(iter(music(draft)), None)
    if cue["sets"] == "start":
        end = song.end if song and not song.m.get("follow_video") else video_end(draft)
        return {"start": at / 1000, "duration": max(100, end - at) / 1000}
    start = song.st if song else 0
    return {"start": start / 1000, "duration": max(100, at - start) / 1000}
