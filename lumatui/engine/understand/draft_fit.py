"""Pure: a reading checked against what the draft holds, before any reference is resolved.

What a person says depends on what is there: "标题「冰岛之旅」" on a draft with no title is a
new title, not an edit of one; "another one" is another of what was made last; "fade the
music out" with no music is a question, not an edit that reports nothing to change.
"""

from __future__ import annotations

import re

from lumatui.engine.edit.timeline import clips, find, music, texts
from lumatui.engine.operations import Operation
from lumatui.engine.understand.references import Doubt, matches
from lumatui.engine.understand.style_words import motion_in
from lumatui.protocol.draft import Draft

_TEXT_EDITS = {"style_text", "time_text", "remove_text"}
_MUSIC_EDITS = {"remove_music", "time_music"}
_AGAIN = re.compile(r"\banother\b|\bone more\b|\bagain\b|\bsame\b|再|又|同样")
_LIKE_BEFORE = re.compile(r"\blike (?:that|it|this|the last one|before)\b|一样|同样|照着")
UNSAID = "an abstract scene"
_LIKE_CLIP = re.compile(r"^like (?:the )?(.+?)(?: one| clip| shot)?$")
_BUT = re.compile(r"\blike (?:that|this|it|the last one) but\b")
_SAME_LENGTH = re.compile(r"\bsame length\b|\bas long as (?:that|it|the last one)\b|一样长|同样长")
_NEW_STILL = re.compile(
    r"\b(?:another|new|again|other|second|too|also)\b|\.(?:png|jpe?g|webp)\b|再|又|新"
)  # the prompt of a request that named no subject


def _about_music(op: Operation) -> bool:
    target = op.args.get("target") or {}
    return op.name in _MUSIC_EDITS or (
        op.name in ("set_fade", "set_volume") and target.get("kind") == "bgm"
    )


def _last_prompt(draft: Draft, focus: str | None) -> str | None:
    hit = find(draft, focus) if focus else None
    if hit and hit[1].m.get("prompt"):
        return str(hit[1].m["prompt"])
    made = [s for s in clips(draft) if s.m.get("prompt")]
    return str(made[-1].m["prompt"]) if made else None


# "oops its Maya not Mia", "not Mia, Maya": one word of a text put right
_CORRECTION = re.compile(
    r"\b(?:it'?s|its|it is|should be|spelled|spelt|that'?s)\s+([\w'&.-]+),?\s+not\s+([\w'&.-]+)|"
    r"\bnot\s+([\w'&.-]+)\s*[,;]\s*(?:it'?s |but |rather )?([\w'&.-]+)\W*$",
    re.IGNORECASE,
)


def correction(message: str, draft: Draft) -> Operation | None:
    """The text edit a correction of one word asks for, when exactly one text has the word."""
    match = _CORRECTION.search(message)
    if not match:
        return None
    right, wrong = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
    word = re.compile(rf"(?<!\w){re.escape(wrong)}(?!\w)", re.IGNORECASE)
    hits = [seg for seg in texts(draft) if seg.txt and word.search(seg.txt)]
    if len(hits) != 1:
        return None
    fixed = word.sub(right, hits[0].txt or "", count=1)
    return Operation("edit_text", {"target": {"kind": "text", "id": hits[0].id}, "txt": fixed})


def _text_named(draft: Draft, words: list[str]) -> str | None:
    """The one text whose words include these ("remove the price" → the "Price: …" text)."""
    wanted = [w.lower() for w in words if len(w) > 2]
    hits = [
        s
        for s in texts(draft)
        if all(w in f"{s.txt or ''} {s.m.get('name', '')}".lower() for w in wanted)
    ]
    return hits[0].id if wanted and len(hits) == 1 else None


def _named_clip(draft: Draft, words: list[str]) -> bool:
    return bool(matches(clips(draft), [str(w) for w in words]))


def fit_to_draft(
    ops: list[Operation], draft: Draft, focus: str | None, text: str
) -> list[Operation] | Doubt:
    """The reading adjusted to the draft in hand, or the question to ask instead."""
    out: list[Operation] = []
    for op in ops:
        target = op.args.get("target") or {}
        words = target.get("words") or []
        if (
            op.name == "delete_clip"
            and words
            and not _named_clip(draft, words)
            and (text_id := _text_named(draft, words))
        ):
            op = Operation("remove_text", {"target": {"kind": "text", "id": text_id}}, op.cost)
        elif (
            op.name == "animate_image"
            and op.args.get("place")
            and not motion_in(text)
            and not _NEW_STILL.search(text)
            and any(s.m.get("kind") == "image" for s in clips(draft))
        ):  # "put my grandson's picture at the very beginning": that clip, moved
            place = op.args["place"]
            op = Operation(
                "move_clip", {"target": {"kind": "clip", "words": ["photo"]}, "place": place}
            )
        if op.name == "edit_text" and not texts(draft) and not _added(out):
            target = op.args.get("target") or {}
            kind = target.get("role") if target.get("role") in ("title", "caption") else "title"
            op = Operation("add_text", {"kind": kind, "txt": op.args["txt"]}, op.cost)
        elif op.name in _TEXT_EDITS and not texts(draft) and not _added(out):
            return Doubt(
                "There is no text on the video yet.",
                "视频上还没有文字。",
                ["add a title 'Summer'", "add a caption 'Hello'"],
                ["加标题'夏天'", "加字幕'你好'"],
            )
        elif op.name == "replace_music" and not music(draft) and not _added(out, "music"):
            op = Operation("add_music", op.args, op.cost)  # nothing to replace: add it
        elif _about_music(op) and not music(draft) and not _added(out, "music"):
            return Doubt(
                "There is no music yet.",
                "还没有背景音乐。",
                ["add calm music", "add upbeat music at 30%"],
                ["加一段轻松的音乐", "加欢快的背景音乐，音量30%"],
            )
        elif (
            op.name == "generate_clip"
            and (like := _LIKE_CLIP.match(str(op.args.get("prompt", ""))))
            and (found := matches(clips(draft), like.group(1).split()))
        ):  # "another one like the cake one"
            op = Operation(
                op.name, {**op.args, "prompt": str(found[0].m.get("prompt", ""))}, op.cost
            )
        elif (
            op.name == "generate_clip"
            and _BUT.search(text)
            and (prompt := _last_prompt(draft, focus))
        ):
            # "another one like that but at sunset": the last subject, changed so
            op = Operation(op.name, {**op.args, "prompt": f"{prompt} {op.args['prompt']}"}, op.cost)
        elif (
            op.name == "generate_clip"
            and op.args.get("prompt") == UNSAID
            and (_AGAIN.search(text) or _LIKE_BEFORE.search(text))
            and (prompt := _last_prompt(draft, focus))
        ):
            op = Operation(op.name, {**op.args, "prompt": prompt}, op.cost)
        if op.name == "generate_clip" and _SAME_LENGTH.search(text) and clips(draft):
            last = clips(draft)[-1]  # "then a canoe on a misty lake, same length"
            op = Operation(op.name, {**op.args, "seconds": round(last.d / 1000, 2)}, op.cost)
        out.append(op)
    return out


def _added(ops: list[Operation], what: str = "text") -> bool:
    """Whether an earlier operation of this turn adds the text (or music) a later one edits."""
    names = {"text": ("add_text",), "music": ("add_music", "replace_music")}[what]
    return any(op.name in names for op in ops)


# What each request needs uploaded first, and how to say so.
_NEEDS = {
    "animate_image": ("image", "a photo", "照片"),
    "add_video": ("video", "a video", "视频"),
    "add_music": ("audio", "a song", "音频"),
    "replace_music": ("audio", "a song", "音频"),
}


def missing_upload(ops: list[Operation], uploaded: frozenset[str]) -> Doubt | None:
    """ "I want my own song" before any song is uploaded: say how to upload, change nothing."""
    for op in ops:
        need = _NEEDS.get(op.name)
        uses_upload = op.name in ("animate_image", "add_video") or op.args.get("upload")
        if need and uses_upload and need[0] not in uploaded:
            _, en, zh = need
            return Doubt(
                f"Upload {en} first (drag the file into the terminal, or /upload), then ask again.",
                f"请先上传{zh}（把文件拖进终端，或用 /upload），然后再试一次。",
                [],
                [],
            )
    return None
