"""Pure: the targets of a reading, resolved against the draft in hand.

A reference names a clip by order ("clip 2", "the last one"), by what it shows ("the
lighthouse one", matched against each clip's prompt and label), by "it"/"that" (what was
touched last) or by kind ("the title", "the music"). Content references become segment ids
before the turn runs, so an edit earlier in the same message cannot make "the sunset clip"
point elsewhere. A reference that matches nothing, or several things equally, is not
guessed at: :func:`resolve_references` returns a :class:`Doubt` and the turn asks instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from lumatui.engine.edit.timeline import clips, find, kind_of
from lumatui.engine.media.scene_words import CHINESE_WORDS
from lumatui.engine.operations import Operation
from lumatui.engine.understand.glossary import NAMES
from lumatui.engine.understand.music_cues import cue_to_times
from lumatui.engine.understand.shorthand import one_edit as _one_edit
from lumatui.protocol.draft import Draft, Segment

# Clips an operation adds (+) or removes (-), to check "clip 3" against the count it will meet.
ADDS = {"generate_clip": 1, "animate_image": 1, "add_video": 1, "split_clip": 1}
_STOP = {"the", "one", "clip", "shot", "video", "scene", "and", "with", "over", "a", "an", "of"}
_CJK_NOISE = re.compile(
    r"片段|视频|镜头|那个|那段|这个|这段|一个|第\d+|删除|删掉|去掉|移到|放到|把|的"
)


# "the photo": the clip made from an uploaded still
PHOTO_WORDS = {"photo", "image", "picture", "pic", "still", "照片", "图片", "相片"}


@dataclass
class Doubt:
    """Why a reading cannot be carried out as is: the question to ask instead."""

    en: str
    zh: str
    suggestions_en: list[str]
    suggestions_zh: list[str]


def _words_of(seg: Segment) -> str:
    return " ".join(str(seg.m.get(k, "")) for k in ("prompt", "label")).lower()


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


# What the generator draws and what people name: every Chinese word with its English.
BILINGUAL = [*CHINESE_WORDS.items(), *NAMES.items()]


def _across(word: str, shown: str) -> int:
    """A name in one language for a clip labelled in the other: "日落" for "sunset over the sea",
    "东京" for "tokyo street at night", "forest" for "秋天的森林"."""
    if re.search(r"[\u4e00-\u9fff]", word):
        bare = word.strip("的那段个")  # one character names only when said alone: "猫那段"
        english = {en for zh, en in BILINGUAL if zh in word and (len(zh) > 1 or bare == zh)}
        return int(any(re.search(rf"\b{re.escape(en)}", shown) for en in english))
    if not re.search(r"[\u4e00-\u9fff]", shown):
        return 0
    stem = _stem(word)

    def names(en: str) -> bool:  # long words by their start: "dumplings", "strawberries"
        if len(word) <= 3:
            return en == stem
        return en.startswith(stem) or (len(en) >= 5 and stem.startswith(en))

    return int(any(names(en) and zh in shown for zh, en in BILINGUAL))


def _shared_start(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _kin(word: str, shown: str) -> bool:
    """ "skater" for "skateboarder", "boats" for "boating": most of a long word's start."""
    if len(word) < 5:
        return False
    for other in re.findall(r"[a-z]{5,}", shown):
        common = _shared_start(word, other)
        if common >= 5 and common >= 0.75 * min(len(word), len(other)):
            return True
    return False


def matches(pool: list[Segment], words: list[str]) -> list[Segment]:
    """The clips whose prompt or label contains the words (English stems, or shared Chinese)."""
    found: list[tuple[int, Segment]] = []
    for seg in pool:
        shown = _words_of(seg)
        score = 0
        for word in words:
            if re.search(r"[\u4e00-\u9fff]", word):
                core = _CJK_NOISE.sub("", word).strip()  # "面那段": one character, said alone
                single = core if len(core) == 1 else word if len(word) == 1 else ""
                score += int(single in shown) if single else _cjk_overlap(word, shown)
                score += _across(word, shown)
            elif word in _STOP:
                continue
            elif word in PHOTO_WORDS:
                score += int(seg.m.get("kind") == "image")
            elif re.search(rf"\b{re.escape(_stem(word))}s?\b", shown):
                score += 2  # a whole word ("honey") beats a part of one ("honeycomb")
            elif _stem(word) in shown or _kin(word, shown) or _across(word, shown):
                score += 1
            elif len(word) >= 5 and any(_one_edit(word, w) for w in shown.split()):
                score += 1  # "ballons" for "balloons"
        if score:
            found.append((score, seg))
    best = max((s for s, _ in found), default=0)
    return [seg for score, seg in found if score == best]


def _cjk_overlap(clause: str, shown: str) -> int:
    """How many two-character pieces of a Chinese clause a label shares (noise words aside)."""
    clause = _CJK_NOISE.sub(" ", clause)
    pieces = {clause[i : i + 2] for i in range(len(clause) - 1)}
    return sum(
        1 for p in pieces if " " not in p and re.fullmatch(r"[\u4e00-\u9fff]{2}", p) and p in shown
    )


def cjk_reference(text: str) -> list[str]:
    """A Chinese clause as one "word" to match against labels ("把灯塔那段删掉")."""
    return [text] if re.search(r"[\u4e00-\u9fff]{2}", _CJK_NOISE.sub(" ", text)) else []


def _listing(draft: Draft, chinese: bool) -> str:
    names = [str(s.m.get("label") or f"clip {n}") for n, s in enumerate(clips(draft), 1)]
    shown = names[:4]
    if chinese:
        return "、".join(f"{n}. {name}" for n, name in enumerate(shown, 1))
    return ", ".join(f"{n}. {name}" for n, name in enumerate(shown, 1))


def _no_clip(draft: Draft, words: list[str]) -> Doubt:
    said = " ".join(w for w in words if not re.search(r"[\u4e00-\u9fff]", w)) or "that"
    count = len(clips(draft))
    if not count:
        return Doubt(
            f'There is no clip of "{said}" yet: the timeline is empty.',
            "时间线还是空的，没有这个片段。",
            ["generate a 5-second clip of " + (said if said != "that" else "a beach")],
            ["生成一个5秒的海边视频"],
        )
    return Doubt(
        f'No clip shows "{said}". The clips are: {_listing(draft, False)}.',
        f"没有找到这个片段。现在的片段是：{_listing(draft, True)}。",
        [f"clip {n}" for n in range(1, min(count, 3) + 1)],
        [f"第{n}个片段" for n in range(1, min(count, 3) + 1)],
    )


def _several(draft: Draft, found: list[Segment]) -> Doubt:
    pool = clips(draft)
    numbers = [pool.index(s) + 1 for s in found][:3]
    listed = ", ".join(f"clip {n} ({pool[n - 1].m.get('label', '')})" for n in numbers)
    listed_zh = "、".join(f"第{n}个（{pool[n - 1].m.get('label', '')}）" for n in numbers)
    return Doubt(
        f"Several clips fit: {listed}. Which one?",
        f"有几个片段都符合：{listed_zh}。是哪一个？",
        [f"clip {n}" for n in numbers],
        [f"第{n}个片段" for n in numbers],
    )


def _which(pool: list[Segment]) -> Doubt:
    return Doubt(
        "Which clip do you mean?",
        "你指的是哪个片段？",
        [f"clip {n}" for n in range(1, min(len(pool), 3) + 1)],
        [f"第{n}个片段" for n in range(1, min(len(pool), 3) + 1)],
    )


class _Resolver:
    def __init__(self, draft: Draft, focus: str | None) -> None:
        self.draft = draft
        self.focus = focus
        self.count = len(clips(draft))
        self.made_earlier = False  # an operation earlier in this turn made the clip "it" means

    def target(self, target: dict[str, Any]) -> dict[str, Any] | Doubt:
        kind = target.get("kind", "any")
        if target.get("indexes"):
            pool = clips(self.draft)
            wanted = [int(i) for i in target["indexes"]]
            if self.made_earlier or any(not -len(pool) <= i <= len(pool) or i == 0 for i in wanted):
                return Doubt(
                    f"The timeline has {len(pool)} clips; which do you mean?",
                    f"时间线里共有{len(pool)}个片段，你指的是哪些？",
                    [f"clip {n}" for n in range(1, min(len(pool), 3) + 1)],
                    [f"第{n}个片段" for n in range(1, min(len(pool), 3) + 1)],
                )
            return {"kind": "clip", "ids": [pool[i - 1 if i > 0 else i].id for i in wanted]}
        if target.get("which"):
            pool = clips(self.draft)
            if len(pool) == 1 and not self.made_earlier:
                return {"kind": "clip", "id": pool[0].id}
            return _which(pool)
        if target.get("middle"):
            pool = clips(self.draft)
            if len(pool) % 2 == 0 or self.made_earlier:
                return _which(pool)
            return {"kind": "clip", "id": pool[len(pool) // 2].id}
        words = target.get("words") or []
        if words and kind in ("clip", "any") and not target.get("it"):
            pool = clips(self.draft)
            found = matches(pool, [str(w) for w in words])
            if target.get("nth") and found:
                nth = int(target["nth"])
                if -len(found) <= nth <= len(found) and nth != 0:
                    return {"kind": "clip", "id": found[nth - 1 if nth > 0 else nth].id}
                return _several(self.draft, found)
            if not found:
                return _no_clip(self.draft, [str(w) for w in words])
            if len(found) > 1:
                return _several(self.draft, found)
            return {"kind": "clip", "id": found[0].id}
        index = target.get("index")
        outside = index is not None and not -self.count <= int(index) <= self.count
        if kind == "clip" and not self.made_earlier and (outside or index == 0):
            return Doubt(
                f"There is no clip {index}; the timeline has {self.count}.",
                f"没有第{index}个片段；时间线里共有{self.count}个。",
                [f"clip {n}" for n in range(1, min(self.count, 3) + 1)],
                [f"第{n}个片段" for n in range(1, min(self.count, 3) + 1)],
            )
        if target.get("it") and kind == "clip" and not self.made_earlier:
            return self._it_clip(target)
        return target

    def named(self, op: Operation) -> Operation | Doubt:
        """A clip moved or deleted must be named when there is more than one."""
        target = op.args.get("target") or {}
        keys = ("index", "all", "it", "words", "id", "middle", "indexes", "ids")
        unnamed = not any(target.get(k) for k in keys)
        if op.name not in ("move_clip", "delete_clip") or not unnamed or self.made_earlier:
            return op
        pool = clips(self.draft)
        if len(pool) > 1:
            return _which(pool)
        if pool:
            return Operation(op.name, {**op.args, "target": {"kind": "clip", "id": pool[0].id}})
        return op

    def _it_clip(self, target: dict[str, Any]) -> dict[str, Any] | Doubt:
        """ "It" as a clip: the clip touched last, the only clip, or a question."""
        pool = clips(self.draft)
        if self.focus and kind_of(self.draft, self.focus) == "clip":
            return {"kind": "clip", "id": self.focus}
        if len(pool) == 1:
            return {"kind": "clip", "id": pool[0].id}
        if not pool:
            return target  # the edit itself says there is no clip yet
        return _which(pool)

    def lengthened(self, op: Operation) -> Operation | Doubt:
        """ "Half a second longer": the new length, from the clip's length now."""
        if op.name != "trim" or "delta" not in op.args:
            return op
        target = dict(op.args.get("target") or {"kind": "any"})
        pool = clips(self.draft)
        if target.get("id"):
            seg = next((s for s in pool if s.id == target["id"]), None)
        elif target.get("index") is not None and -len(pool) <= int(target["index"]) <= len(pool):
            index = int(target["index"])
            seg = pool[index - 1 if index > 0 else index] if index else None
        else:
            focused = [s for s in pool if s.id == self.focus]
            seg = focused[0] if focused else pool[0] if len(pool) == 1 else None
        if seg is None:
            return _which(pool) if pool else op
        seconds = max(0.1, round(seg.d / 1000 + float(op.args["delta"]), 3))
        args = {k: v for k, v in op.args.items() if k != "delta"}
        return Operation(
            "trim", {**args, "target": {"kind": "clip", "id": seg.id}, "seconds": seconds}
        )

    def footage(self, op: Operation) -> Operation:
        """ "Cut it to 6.5 seconds" just after a title edit: a length of footage, so the clip
        (the only one) or the whole video, not the title that was touched last."""
        target = op.args.get("target") or {}
        on_text = kind_of(self.draft, self.focus) == "text" and not self.made_earlier
        if op.name != "trim" or not on_text or target.get("kind") != "any" or not target.get("it"):
            return op
        pool = clips(self.draft)
        if len(pool) == 1:
            return Operation("trim", {**op.args, "target": {"kind": "clip", "id": pool[0].id}})
        if pool and "seconds" in op.args:
            return Operation("set_length", {"seconds": op.args["seconds"]})
        return op

    def names_a_clip(self, place: dict[str, Any]) -> bool:
        return bool(matches(clips(self.draft), [str(w) for w in place.get("words") or []]))

    def swap(self, args: dict[str, Any]) -> dict[str, Any] | Doubt:
        """ "Swap the bear and the eagle": both clips by what they show."""
        out = {k: v for k, v in args.items() if k not in ("a_words", "b_words")}
        for side in ("a", "b"):
            words = args.get(f"{side}_words")
            if not words:
                continue
            got = self.target({"kind": "clip", "words": words})
            if isinstance(got, Doubt):
                return got
            out[f"{side}_id"] = got["id"]
        return out

    def place(self, place: dict[str, Any], moving: str | None = None) -> dict[str, Any] | Doubt:
        if place.get("at") == "between":
            return self.between(place, moving)
        if place.get("it"):
            if self.made_earlier or not self.focus or kind_of(self.draft, self.focus) != "clip":
                return {"at": "end"} if self.made_earlier else place
            return {"at": place["at"], "id": self.focus}
        if place.get("words"):
            found = matches(clips(self.draft), [str(w) for w in place["words"]])
            if not found:
                return _no_clip(self.draft, [str(w) for w in place["words"]])
            if len(found) > 1:
                return _several(self.draft, found)
            return {"at": place["at"], "id": found[0].id}
        return place

    def cue(self, cue: dict[str, Any]) -> dict[str, float] | Doubt:
        """ "Stop the music when the fireworks appear": the clip's edge, in seconds."""
        got = self.target({"kind": "clip", "words": cue["words"]})
        if isinstance(got, Doubt):
            return got
        hit = find(self.draft, got["id"])
        return cue_to_times(cue, hit[1], self.draft) if hit else {}

    def between(self, place: dict[str, Any], moving: str | None) -> dict[str, Any] | Doubt:
        """ "Between them", "between the two stage ones", "between the two halves": the two
        clips meant (the one that moves aside) say where; anything else is a question."""
        pool = [seg for seg in clips(self.draft) if seg.id != moving]
        if place.get("words"):
            pool = matches(pool, [str(w) for w in place["words"]])
            if not pool:
                return _no_clip(self.draft, [str(w) for w in place["words"]])
        elif place.get("halves"):
            labels = [str(seg.m.get("label", "")) for seg in pool]
            twins = [s for s, label in zip(pool, labels, strict=True) if labels.count(label) == 2]
            pool = twins if len(twins) == 2 else pool
        if len(pool) == 2:
            return {"at": "after", "id": pool[0].id}
        return _several(self.draft, pool) if place.get("words") else _which(pool)


def resolve_references(
    ops: list[Operation], draft: Draft, focus: str | None
) -> list[Operation] | Doubt:
    """The operations with content references turned into ids, or the doubt to ask about."""
    resolver = _Resolver(draft, focus)
    out: list[Operation] = []
    for op in ops:
        if op.name == "trim" and "delta" in op.args and isinstance(op.args.get("target"), dict):
            pre = resolver.target(op.args["target"])  # content words to an id first
            if isinstance(pre, Doubt):
                return pre
            op = Operation(op.name, {**op.args, "target": pre}, op.cost)
        named = resolver.named(resolver.footage(op))
        if isinstance(named, Doubt):
            return named
        named = resolver.lengthened(named)
        if isinstance(named, Doubt):
            return named
        op = named
        args = dict(op.args)
        if op.name == "time_music" and isinstance(args.get("cue"), dict):
            timed = resolver.cue(args.pop("cue"))
            if isinstance(timed, Doubt):
                return timed
            args.update(timed)
        if op.name in ("swap_clips", "set_transition"):
            swapped = resolver.swap(args)
            if isinstance(swapped, Doubt):
                return swapped
            args = swapped
        if isinstance(args.get("target"), dict):
            got = resolver.target(args["target"])
            if isinstance(got, Doubt):
                return got
            args["target"] = got
        if isinstance(args.get("place"), dict):
            place = dict(args["place"])
            phrase = place.pop("phrase", None)
            moving = args["target"].get("id") if isinstance(args.get("target"), dict) else None
            got = resolver.place(place, moving if op.name == "move_clip" else None)
            if isinstance(got, Doubt) and phrase and not resolver.names_a_clip(place):
                # "a city after the rain" with no rain clip: the words were the scene
                args["prompt"] = f"{args.get('prompt', '')} {phrase}".strip()
                got = {"at": "end"}
            if isinstance(got, Doubt):
                return got
            args["place"] = got
        touched = args.get("target") if isinstance(args.get("target"), dict) else {}
        if touched.get("id") and kind_of(draft, str(touched["id"])) == "clip":
            resolver.focus = str(touched["id"])  # "…should open the video. Move it to 1": that one
        if (
            op.name == "move_clip"
            and out
            and out[-1].name == "move_clip"
            and out[-1].args.get("target") == args.get("target")
        ):
            out.pop()  # the same clip moved twice in one message: where it was said last
        out.append(Operation(op.name, args, op.cost))
        if op.name in ADDS:
            resolver.count += ADDS[op.name]
            resolver.made_earlier = resolver.made_earlier or op.name != "split_clip"
        elif op.name == "delete_clip":
            resolver.count -= 1
    return out
