"""Pure: a chat message in English or Chinese → the operations it asks for.

The message is prepared (numbers as digits, quotes lifted), cut into clauses at "and",
"then", commas and their Chinese equivalents, and each clause is read by the first reader
that recognises it. A clause nobody recognises is joined back to its neighbour, so "swap
clip 1 and 2" or "a clip of mountains and a lake" stay whole. No model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.timeline import find, kind_of
from lumatui.engine.operations import Operation, TurnPlan
from lumatui.engine.registry import args_problem, spec_of
from lumatui.engine.replies import help_text
from lumatui.engine.understand import questions
from lumatui.engine.understand.answers import answer_to
from lumatui.engine.understand.clause_kinds import (
    ACTION,
    BARE_DELETE,
    BARE_LENGTH,
    BARE_SPAN,
    BARE_THING,
    FILLER,
    HELP_ASK,
    LEAD_VERB,
    PROJECT_TALK,
    REMARK,
    is_aside,
)
from lumatui.engine.understand.clip_edits import read_clip_edit
from lumatui.engine.understand.declines import declined
from lumatui.engine.understand.draft_fit import correction, fit_to_draft, missing_upload
from lumatui.engine.understand.media_asks import (
    DEFAULT_SECONDS,
    MAX_SECONDS,
    prompt_of,
    read_generate,
    read_media,
)
from lumatui.engine.understand.merging import combine
from lumatui.engine.understand.music_asks import read_music
from lumatui.engine.understand.named_clips import label_words, refer_by_name
from lumatui.engine.understand.naming import target_in
from lumatui.engine.understand.new_clip import read_new_clip
from lumatui.engine.understand.prepared_text import (
    Prepared,
    is_chinese,
    prepare,
    split_clauses,
    worded,
)
from lumatui.engine.understand.references import Doubt, resolve_references
from lumatui.engine.understand.slots import seconds_in
from lumatui.engine.understand.style_words import aspect_in, shape_said
from lumatui.engine.understand.text_asks import read_text_request
from lumatui.engine.understand.traditional import simplified
from lumatui.engine.understand.whole_asks import (
    read_canvas,
    read_history,
    read_scene,
    read_whole_video,
)
from lumatui.protocol.draft import Draft

# Longer than any editing request: read no further (and keep every turn's reading quick).
MAX_READ = 1500

__all__ = ["DEFAULT_SECONDS", "MAX_SECONDS", "parse_request", "plan_turn", "prompt_of"]

Reader = Callable[[str, Prepared], list[Operation] | None]


def read_text(text: str, prepared: Prepared) -> list[Operation] | None:
    return read_text_request(text, prepared)


READERS: list[Reader] = [
    read_history,
    read_generate,
    read_media,
    read_canvas,
    read_music,
    read_text,
    read_whole_video,
    read_clip_edit,
]


TEXT_OPS = {"style_text", "time_text", "edit_text", "remove_text"}
MUSIC_OPS = {"remove_music", "time_music", "replace_music"}
_PRONOUN = re.compile(r"\b(?:it|that|this)\b(?!\s+(?:clip|one|shot|video|scene))|它")
FOCUS_NOUNS = {
    "title": ("the title", "标题"),
    "caption": ("the caption", "字幕"),
    "text": ("the text", "文字"),
    "bgm": ("the music", "背景音乐"),
}


def _about(op: Operation, focus: str) -> bool:
    if focus == "bgm":
        target = op.args.get("target") or {}
        return op.name in MUSIC_OPS or target.get("kind") == "bgm"
    return op.name in TEXT_OPS


def read_clause(text: str, prepared: Prepared, focus: str | None = None) -> list[Operation] | None:
    """The first reading of a clause. "It" is read as what was touched last when that is a
    text or the music and the clause reads as an edit of it ("show it for 2 s", "louder")."""
    if focus in FOCUS_NOUNS and _PRONOUN.search(text) and not target_in(text, "any").get("words"):
        en, zh = FOCUS_NOUNS[focus]
        named = _PRONOUN.sub(lambda m: zh if ord(m.group(0)[0]) > 127 else en, text, count=1)
        ops = read_clause(named, prepared)
        if ops and all(_about(op, focus) for op in ops):
            return ops
    for reader in READERS:
        ops = reader(text, prepared)
        if ops:
            return _to_music(ops) if focus == "bgm" else ops
    if focus in ("title", "caption", "text") and _STYLE_ONLY.match(text):
        # "bigger and red" right after a title was touched: that title
        ops = read_text_request(f"make {FOCUS_NOUNS[focus][0]} {text}", prepared)
        if ops and all(op.name in TEXT_OPS for op in ops):
            return ops
    return None


_STYLE_ONLY = re.compile(
    r"^(?:(?:a bit |a little |much |way |even )?(?:bigger|smaller|larger|bold|bolder|red|blue|"
    r"green|yellow|white|black|pink|purple|orange|gold|at the (?:top|bottom)|centered|in the "
    r"middle)(?:\s*(?:and|,)\s*|\s+|$))+(?:please|pls)?\W*$"
)


_LEVELS = {"set_volume", "set_fade"}
_NAMING = ("index", "words", "all", "it", "id", "middle", "indexes")


def _to_music(ops: list[Operation]) -> list[Operation]:
    """ "A bit louder" right after the music was touched: the music, not every clip."""
    out = []
    for op in ops:
        target = op.args.get("target") or {}
        if op.name in _LEVELS and not any(target.get(k) for k in _NAMING):
            op = Operation(op.name, {**op.args, "target": {"kind": "bgm"}}, op.cost)
        out.append(op)
    return out


def parse_request(
    message: str, focus: str | None = None, labels: set[str] | None = None
) -> tuple[list[Operation], Prepared, list[str]]:
    """Every operation the message asks for, in order, and the clauses nobody understood.

    ``focus`` is the kind of what was touched last (``title``, ``caption``, ``bgm``…);
    ``labels`` the words the clips are known by ("graffiti first" names one)."""
    prepared = prepare(message)
    prepared.unnamed = prepared.text
    prepared.text = refer_by_name(prepared.text, labels or set())
    clauses = split_clauses(prepared.text)
    groups: list[str] = []
    understood: list[bool] = []
    asked = len(clauses) > 1 and any(
        read_clause(FILLER.sub("", c).strip(), prepared, focus) for _, c in clauses
    )
    for joiner, said in clauses:
        clause = FILLER.sub("", said).strip()
        if not clause or (len(clauses) > 1 and (REMARK.match(clause) or REMARK.match(said))):
            continue
        if asked and is_aside(clause) and read_clause(clause, prepared, focus) is None:
            continue  # "Stick the ute one at the start. That's how you rock up to the place"
        if groups and understood[-1] and (BARE_LENGTH.match(clause) or BARE_SPAN.match(clause)):
            before = read_clause(groups[-1], prepared, focus) or []
            owner = "generate_clip" if BARE_LENGTH.match(clause) else "add_text"
            if any(op.name in (owner, "add_text", "animate_image") for op in before):
                groups[-1] = groups[-1] + joiner + clause  # "a clip of …, about 4 s long"
                continue
        if groups and understood[-1] and not shape_said(clause) and aspect_in(clause):
            before = read_clause(groups[-1], prepared, focus) or []
            if any(op.name == "set_canvas" and op.args.get("aspect") for op in before):
                continue  # "弄成方的，要发小红书": the shape said, then where it will go
        if groups and understood[-1] and BARE_DELETE.match(clause):
            before = read_clause(groups[-1], prepared, focus) or []
            if any(op.name in ("delete_clip", "remove_text", "remove_music") for op in before):
                continue  # "最后那个不要了，删掉": the same request said twice
        if groups and BARE_THING.match(clause) and (lead := LEAD_VERB.match(groups[-1])):
            clause = f"{lead.group(1)} {clause}"  # "fade out the last clip and the music"
        known = read_clause(clause, prepared, focus) is not None
        verb = (
            re.match(r"(?:please\s+)?(add|insert|use|include|put)\b", groups[-1])
            if groups
            else None
        )
        if not known and verb and understood[-1] and re.match(r"(?:my|the|a|an|some)\b", clause):
            carried = f"{verb.group(1)} {clause}"  # "add my video and my photo": add each
            if read_clause(carried, prepared, focus) is not None:
                clause, known = carried, True
        command = re.match(
            r"(?:please\s+)?(?:add|insert|put|place|move|remove|delete|apply|use)\b", clause
        )
        if groups and understood[-1] and not known and command:
            groups.append(clause)  # a request of its own that nothing understood: say so
            understood.append(False)
            continue
        if (
            groups
            and known
            and not understood[-1]
            and re.search(r"[.!?。！？]", joiner)
            and (is_aside(groups[-1]) or PROJECT_TALK.search(groups[-1]))
        ):
            groups[-1], understood[-1] = clause, True  # "…a short video of our walk. Please
            continue  # generate a clip of sheep…": the talk before the first request
        if groups and (not understood[-1] or not known):
            merged = groups[-1] + joiner + clause
            if (
                understood[-1]
                and ACTION.search(clause)
                and read_clause(merged, prepared, focus) == read_clause(groups[-1], prepared, focus)
            ):
                groups.append(clause)  # an edit of its own that changed nothing: say so
                understood.append(False)
                continue
            groups[-1] = merged
            understood[-1] = read_clause(groups[-1], prepared, focus) is not None
            continue
        groups.append(clause)
        understood.append(known)
    ops: list[Operation] = []
    missed: list[str] = []
    for group in groups:
        found = read_clause(group, prepared, focus)
        if found is None and len(groups) == 1:
            found = read_scene(group, prepared)
        if found:
            ops.extend(found)
            focus = _touched(found, focus)  # "make a clip … and put it first": "it" is new
        else:
            missed.append(prepared.unquote(group))
    return ops, prepared, missed


def plan_turn(
    text: str,
    config: EngineConfig,
    draft: Draft | None = None,
    focus: str | None = None,
    pending: list[Operation] | None = None,
    uploaded: frozenset[str] | None = None,
    last: str | None = None,
) -> TurnPlan:
    """Pure: the reading of this message against the draft in hand, and what it will cost.

    ``focus`` is the segment touched last ("it"). A message that is not understood in full,
    or whose references match nothing or several things, gets a plan with no operations and
    a short question as its reply: nothing changes, nothing is charged.
    """
    draft = draft or Draft()
    if len(text) > MAX_READ:
        return TurnPlan([], reply_if_empty=questions.too_long(len(text), is_chinese(text)))
    ops, prepared, missed = parse_request(text, focus_kind(draft, focus), label_words(draft))
    if (missed or not ops) and (fixed := correction(text, draft)):
        ops, missed = [fixed], []  # "oops its Maya not Mia"
    elif pending and (missed or not ops) and (answered := answer_to(prepared.text, pending)):
        ops, missed = answered, []  # "which clip?" — "the candle one"
    elif (not ops or all(op.name in _LENGTHS for op in ops)) and (
        made := _tersest(
            read_new_clip(prepared.text, prepared, strong=bool(ops)),
            read_new_clip(_condensed(prepared.text), prepared, strong=bool(ops)),
        )
        or (
            not ops  # "the beagle asleep on a couch, 2s": a new clip of a subject there
            and prepared.unnamed != prepared.text
            and seconds_in(prepared.unnamed) is not None
            and read_new_clip(prepared.unnamed, prepared)
        )
    ):
        ops, missed = made, []  # "clip: kettlebell swings, two seconds"
    elif len(missed) == 1 and ops and (made := _missed_clip(missed[0], prepared)):
        ops, missed = made + ops, []  # "a sleeve tattoo, put it right after the needle one"
    elif (then := _THEN_PUT.match(prepared.text)) and (
        made := read_new_clip(then.group(1), prepared)
    ):
        ops = made + parse_request(then.group(2), "clip", label_words(draft))[0]
    ops = _without_project(ops, prepared.text)
    if any(op.name in ("undo", "redo") for op in ops) and _HINDSIGHT.search(prepared.text):
        ops = [op for op in ops if op.name in ("undo", "redo")]  # the edit undone, named again
    if any(op.name == "set_length" for op in ops):
        # "too long. whole thing 30 sec max": the length said is the edit
        ops = [op for op in ops if not (op.name == "trim" and "scale" in op.args)]
    history = [op for op in ops if op.name in ("undo", "redo")]
    if {op.name for op in history} == {"undo", "redo"}:
        # "Redo it, bring it back": one wish said twice, read by what was said first
        ops = [op for op in ops if op.name not in ("undo", "redo") or op is history[0]]
    if last == "undo" and [op.name for op in ops] == ["undo"] and _BACK.search(prepared.text):
        ops = [Operation("redo", {"steps": 1})]  # "bring it back" right after an undo
    chinese = prepared.chinese
    if HELP_ASK.match(prepared.text):
        return TurnPlan([], reply_if_empty=help_text(chinese), chinese=chinese)
    # the message as read, and as typed (a rewrite for reading can hide what was asked)
    typed = simplified(prepared.original).lower()
    if refusal := declined(prepared.text, chinese) or declined(typed, chinese):
        return TurnPlan([], reply_if_empty=refusal, chinese=chinese)
    if missed or not ops:
        understood = [_named(op.name, chinese) for op in ops]
        reply = questions.not_understood(text, missed, understood, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese, not_understood=missed)
    combined = fit_to_draft(combine(ops), draft, focus, f"{text} {prepared.text}")
    if isinstance(combined, Doubt):
        reply = questions.doubtful(combined, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese)
    if any(op.name == "generate_clip" for op in combined) and _LEFT_TO_US.search(prepared.text):
        return TurnPlan([], reply_if_empty=questions.subject_needed(chinese), chinese=chinese)
    if uploaded is not None and (missing := missing_upload(combined, uploaded)):
        return TurnPlan([], reply_if_empty=questions.doubtful(missing, chinese), chinese=chinese)
    resolved = resolve_references(combined, draft, focus)
    if isinstance(resolved, Doubt):
        reply = questions.doubtful(resolved, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese, pending=combined)
    for op in resolved:
        if op.name == "generate_clip" and isinstance(op.args.get("prompt"), str):
            op.args["prompt"] = worded(op.args["prompt"], text)  # "a high five", not "high 5"
        problem = args_problem(op.name, op.args)
        if problem:
            reply = questions.invalid(op.name, problem, chinese)
            return TurnPlan([], reply_if_empty=reply, chinese=chinese)
        op.cost = spec_of(op.name).price(op.args, config)
    return TurnPlan(resolved, chinese=chinese)


# Readings a bare length gives ("…, five seconds"): a clip request's length, when the rest of
# the message describes a clip and names none that is there.
_LENGTHS = {"trim", "set_length"}
# "在最后再加一个总结的画面吧，内容你看着办就行", "a clip of whatever you like": no subject
_LEFT_TO_US = re.compile(
    r"你看着办|随便(?:拍|来|弄|什么)|内容(?:都行|随便|你定)|\bwhatever you (?:like|want|think)\b|"
    r"\bup to you\b|\byour choice\b|\bsurprise me\b|\banything (?:you like|really)\b"
)
# "还是加上淡出比较好，麻烦您恢复刚才撤销的那一步", "the fade was better after all, redo it"
_HINDSIGHT = re.compile(
    r"还是[^，,。]{1,12}(?:比较|更)?好|还是不要|\b(?:was|looked|sounded) better\b|\bafter all\b|"
    r"\bi (?:preferred|liked) it\b"
)
_BACK = re.compile(
    r"\b(?:bring|put|get|have)\b.*\bback\b|\bchanged my mind\b|恢复|还原|放回|加回|改回"
)


# "finished sleeve tattoo on an arm 4 sec, put it right after the needle one"
_THEN_PUT = re.compile(r"^(.+?)\s*[,，]\s*(?:and |then )?((?:put|place|move|stick) it\b.*)$")


_PROJECT = re.compile(
    r"\bfor (?:my|our|his|her|the|a)\b|^(?:我|我们)?(?:想|打算|准备)|"
    r"(?:宣传片?|短片|片子|广告)$|^an abstract scene$|"  # "帮我做个视频嘛，先来一段…": no subject
    r"^(?:店里|我们店|我们的店|店铺|本店|公司|我们公司|团队|我们)$|"  # "帮我做个店里的视频。先生成"
    # "need a quick vid for the open day thing", "…, need a lil promo vid", "今天我们来做…"
    r"\bneed\b|\bpromo\b|关于|今天我们|同学们|引流|纪念(?!碑|馆|堂)"
)
_OWN_PROJECT = re.compile(r"^(?:my|our)\b")  # "a short video of my model railway": weaker


def _without_project(ops: list[Operation], text: str) -> list[Operation]:
    """ "I want to make a birthday video for my grandson. Can you make a clip of a cake?": the
    first sentence is the project, the second the clip; only the clip is made."""
    made = [op for op in ops if op.name == "generate_clip"]
    if len(made) < 2 or not re.search(
        r"\b(?:clip|shot|scene)s?\s+of\b|生成|来\d*段|做\d*段|画面|镜头", text
    ):
        return ops
    for sign in (_PROJECT, _OWN_PROJECT):
        project = [op for op in made if sign.search(str(op.args.get("prompt", "")))]
        if project and len(project) < len(made):
            return [op for op in ops if op not in project]
    return ops


def _tersest(*readings: list[Operation] | None) -> list[Operation] | None:
    """Of readings of one new clip, the one whose prompt has the fewest words: the same
    subject with the least of the talk around it left in."""
    found = [r for r in readings if r]
    return min(found, key=lambda r: len(str(r[0].args.get("prompt", "")).split()), default=None)


def _condensed(text: str) -> str:
    """``text`` without the clauses that ask for nothing ("Right. Next, I think, a little
    station with a signal box. Um, 4 seconds should do."), for reading a clip it describes."""
    kept = []
    for _, said in split_clauses(text):
        clause = FILLER.sub("", said).strip()
        if clause and not REMARK.match(said) and not REMARK.match(clause) and not is_aside(clause):
            kept.append(clause)
    return ", ".join(kept)


def _missed_clip(clause: str, prepared: Prepared) -> list[Operation] | None:
    """The clause nobody understood, when it opens the message and describes a clip."""
    said = prepare(clause)
    if not prepared.text.startswith(said.text[:12]):
        return None
    return read_new_clip(said.text, said)


def _touched(ops: list[Operation], focus: str | None) -> str | None:
    for op in ops:
        if op.name in ("generate_clip", "animate_image", "add_video"):
            focus = "clip"
        elif op.name == "add_text":
            focus = str(op.args.get("kind") or "text")
        elif op.name in ("add_music", "replace_music"):
            focus = "bgm"
    return focus


def focus_kind(draft: Draft, focus: str | None) -> str | None:
    """``clip``, ``bgm``, or a text's role (``title``, ``caption``, ``text``)."""
    kind = kind_of(draft, focus)
    if kind == "text":
        hit = find(draft, focus)
        return str(hit[1].m.get("kind") or "text") if hit else "text"
    return kind


def _named(name: str, chinese: bool) -> str:
    spec = spec_of(name)
    return spec.zh if chinese else spec.en.lower()
