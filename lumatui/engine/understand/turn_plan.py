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
from lumatui.engine.understand.clip_edits import read_clip_edit
from lumatui.engine.understand.declines import declined
from lumatui.engine.understand.draft_fit import fit_to_draft
from lumatui.engine.understand.media_asks import (
    DEFAULT_SECONDS,
    MAX_SECONDS,
    clamp_seconds,
    prompt_of,
    read_generate,
    read_media,
)
from lumatui.engine.understand.music_asks import read_music
from lumatui.engine.understand.naming import place_in, target_in
from lumatui.engine.understand.new_clip import read_new_clip
from lumatui.engine.understand.prepared_text import Prepared, is_chinese, prepare, split_clauses
from lumatui.engine.understand.references import Doubt, resolve_references
from lumatui.engine.understand.slots import (
    has,
    seconds_in,
)
from lumatui.engine.understand.style_words import aspect_in, fit_in, size_in
from lumatui.engine.understand.text_asks import read_text_request
from lumatui.protocol.draft import Draft

# Longer than any editing request: read no further (and keep every turn's reading quick).
MAX_READ = 1500

__all__ = ["DEFAULT_SECONDS", "MAX_SECONDS", "parse_request", "plan_turn", "prompt_of"]

Reader = Callable[[str, Prepared], list[Operation] | None]


SCENE_WORDS = (
    r"sunset|sunrise|dawn|dusk|night|ocean|\bsea\b|beach|lake|river|waves|city|skyline|"
    r"mountain|forest|trees|rain|snow|fog|fire|neon|stars|moon|desert|"
    r"sky|clouds|aurora|northern lights|thunder|lightning|storm|"
    r"日落|夕阳|日出|黎明|夜晚|夜空|海|湖|河|城市|天际线|山|森林|树林|雨|雪|雾|火|霓虹|星|月亮|天空|极光|闪电|雷雨|云|沙漠"
)


# --- readers, in the order they are tried ----------------------------------------------------


def read_history(text: str, prepared: Prepared) -> list[Operation] | None:
    if has(
        r"^(?:please\s+)?redo(?:\s+(?:that|it|please|the last \w+|"
        r"\d+\s*(?:steps?|times|changes?)))?"
        r"\W*$|\bredo (?:that|it|the last)\b|重做|恢复(?:刚才|之前|上一步)?(?:撤销|"
        r"撤回)的?(?:操作|修改)?|取消撤销|undo the undo",
        text,
    ):
        steps = re.search(r"(\d+)\s*(?:steps?|changes?|times|次|步)", text)
        return [Operation("redo", {"steps": int(steps.group(1)) if steps else 1})]
    if has(
        r"\bundo\b|\bgo back\b(?! to)|\brevert\b(?! to)|"
        r"take (?:that|it) back|\b(?:put|bring|get|have) (?:it|that|them|those) back\b"
        r"(?!\s+(?:to|at|in|on|after|before|where|into|as)\b)|"
        r"\bchange (?:it|that) back\b|\brestore (?:it|that|them)\b|\bun-?delete|"
        r"撤销|撤回|回退|返回上一步|取消上一步|恢复(?:原样|原来的样子|刚才的)?$|还原|放回来|加回来|改回来|"
        r"(?:把它|把那个)?(?:恢复|还原)(?:回来)?$",
        text,
    ):
        steps = re.search(r"(\d+)\s*(?:steps?|changes?|edits?|times|次|步)", text)
        twice = has(r"\btwice\b", text)
        return [Operation("undo", {"steps": int(steps.group(1)) if steps else 2 if twice else 1})]
    if has(
        r"start (?:over|again|fresh)|from scratch|clear (?:everything|all|the timeline|it all)|"
        r"\breset\b|wipe|empty the timeline|delete everything|remove everything|"
        r"全部删掉|全部删了|全删|重新开始|清空|重来|全部删除|删除所有|从头开始",
        text,
    ):
        return [Operation("start_over")]
    if has(
        r"what'?s (?:in|on)\b|what is (?:in|on)\b|what do (?:i|we) have|"
        r"what\s*(?:have|'ve) (?:i|we) got|what\s*(?:have|'ve) (?:i|we) (?:made|done)|\bso far\b|"
        r"^(?!.*\b(?:set|make|change|cut|trim|extend|shorten)\b)"
        r".*\btotal (?:length|duration|time)\b|"
        r"how long (?:is|are|does)\b.*\b(?:now|total)\b|what'?s the (?:length|duration)\W*$|"
        r"\b(?:total )?run ?time\b|\bwhich (?:clips|shots|videos)\b|\bwhat clips\b|"
        r"\banything else (?:on|in)\b|\bwhat else is (?:on|in)\b|"
        r"(?:视频|现在|目前)+(?:有)?多长|多长时间了?\W*$|"
        r"(?:现在|目前)?(?:一共|总共|共)(?:多长|多久|几秒|有几个|有多少)|"
        r"where (?:are|r) we\b|\brecap\b|\boverview\b|"
        r"how long is (?:it|this|that|the whole thing|everything)(?: now)?\W*$|"
        r"show (?:me )?(?:the |"
        r"my )?(?:current |whole |full )?(?:timeline|tracks|draft)|"
        r"describe|\bstatus\b|list (?:the |my )?(?:clips|tracks)|summar|where are we|"
        r"what does (?:the |my )?(?:timeline|video|draft|edit)\b.*\blook|"
        r"what (?:clips|shots|videos|tracks) (?:do i have|are there)|how many clips|"
        r"how long is (?:the |my |this )?(?:video|timeline|edit|draft|it)\b|视频多长|有几个片段|"
        r"how does (?:the |my )?(?:timeline|video|draft|edit) look|"
        r"时间线|时间轴|有什么|有哪些|现在的状态|状态|概况|看看|什么样|看一下|预览|\bpreview\b",
        text,
    ):
        return [Operation("describe_timeline")]
    return None


def read_canvas(text: str, prepared: Prepared) -> list[Operation] | None:
    aspect = aspect_in(text)
    size = size_in(text)
    fit = fit_in(text)
    canvasy = has(
        r"canvas|aspect|ratio|format|resolution|frame|orientation|画布|比例|分辨率|尺寸|"
        r"画幅|屏|版",
        text,
    )
    if not (aspect or size or (fit and (canvasy or has(r"every clip|all clips|所有", text)))):
        return None
    vague = has(r"\b(?:idk|dunno|something|anything|whatever|not sure|no idea)\b|随便|不知道", text)
    shaped = has(r"\bvertical|\bhorizontal|\bsquare|\d\s*:\s*\d|竖|横|方", text)
    if vague and not canvasy and not shaped:
        return None  # "idk something for my story": a wish, not a shape
    named = target_in(text, "clip")
    if (aspect or size) is None and (named.get("index") is not None or named.get("words")):
        return None  # "crop the city clip to fill the frame": that clip's fit
    if (aspect or size) is None and fit:
        return [Operation("set_canvas", {"fit": fit})]
    if aspect is None and size is None:
        return None
    args: dict[str, object] = {}
    if aspect:
        args["aspect"] = aspect
    if size:
        args["width"], args["height"] = size
    if fit:
        args["fit"] = fit
    return [Operation("set_canvas", args)]


def read_text(text: str, prepared: Prepared) -> list[Operation] | None:
    return read_text_request(text, prepared)


def read_whole_video(text: str, prepared: Prepared) -> list[Operation] | None:
    whole = has(
        r"\b(?:the |whole |entire |total |final )+(?:video|thing|length|duration|edit|movie)"
        r"|\btotal\b|\boverall\b|整个视频|视频总|总时长|总长|视频时长|视频长度|整体|^(?:把|将)?视频",
        text,
    )
    replay = has(r"\bplay (?:it|this|the video|everything) (?:\d+ times|twice)", text)
    one_clip = has(r"clip\s*\d|第\d+", text) or target_in(text, "clip").get("words")
    if (replay or has(r"\bloop|循环|重复|\brepeat", text)) and not one_clip:
        times = re.search(r"(\d+)\s*(?:times|x\b|次|遍)", text)
        return [Operation("loop", {"times": int(times.group(1)) if times else 2})]
    seconds = seconds_in(text)
    if (
        seconds
        and whole
        and has(
            r"\bmake|\bset|\bcut|\btrim|\bshorten|\bextend|\blong|"
            r"\blength|\bduration|\bshould|\bbe\b|改|设|剪|变|缩|延长|为|成",
            text,
        )
    ):
        return [Operation("set_length", {"seconds": seconds})]
    if seconds and has(r"^(?:set |change )?(?:the )?(?:length|duration)\b|时长(?:改|设)", text):
        return [Operation("set_length", {"seconds": seconds})]
    return None


def read_scene(text: str, prepared: Prepared) -> list[Operation] | None:
    """A bare description ("a sunset over the ocean, cinematic") is a request for a clip."""
    if has(r"\bthe\b.*\b(?:clip|video|shot)s?\b|\bclip\s*\d|\bit\b|第\d+|这个|它", text):
        return None
    if has(r"\b(?:move|put|delete|remove|trim|cut|swap)\b|^把|^将|移到|放到|放在|挪到|删|剪", text):
        return None  # an edit of clips already there: their names are references
    if has(
        r"\b(?:i|i'm|you|we|it|is|are|was|were|looks?|love|like|hate|think|great|nice|cool|"
        r"thanks|thank|can|could|would|should|do|does|did|not|no|don't|too)\b|"
        r"我|你|吗|呢|吧|喜欢|觉得|好看|不错|谢谢|太|不",
        text,
    ):
        return None  # a remark about the video ("I love the sunset"), not a description
    if has(r"\b(?:the|that|this)\s+(?:[\w'-]+\s+){1,2}?ones?\b|那个|那段|这段", text):
        return None  # "make the waves one a second long": a reference, not a scene
    if has(
        r"^(?:make|set|change|turn|keep|let|get|bring|speed|slow|fade|mute|give|go)\s+"
        r"(?:the|it|its|this|that|them|those|these|my|clip|all|every)\b",
        text,
    ):
        return None  # an instruction nobody understood is not a description
    question = r"吗|什么|\bhow\b|\bwhy\b|\bwho\b|\bwhat\b|\bjoke|\bsing\b"
    if has(SCENE_WORDS, text) and not has(question, text):
        described = re.sub(r"\b(?:next|first|last|please)\b", " ", text)
        args: dict[str, object] = {
            "prompt": prompt_of(described, prepared),
            "seconds": clamp_seconds(seconds_in(text)),
        }
        if place := place_in(text, strict=True):
            args["place"] = place
        return [Operation("generate_clip", args)]
    return None


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
            return ops
    return None


def parse_request(
    message: str, focus: str | None = None
) -> tuple[list[Operation], Prepared, list[str]]:
    """Every operation the message asks for, in order, and the clauses nobody understood.

    ``focus`` is the kind of what was touched last (``title``, ``caption``, ``bgm``…)."""
    prepared = prepare(message)
    clauses = split_clauses(prepared.text)
    groups: list[str] = []
    understood: list[bool] = []
    for joiner, clause in clauses:
        clause = FILLER.sub("", clause).strip()
        if not clause:
            continue
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
        command = re.match(r"(?:please\s+)?(?:add|insert|put|remove|delete|apply|use)\b", clause)
        if groups and understood[-1] and not known and command:
            groups.append(clause)  # a request of its own that nothing understood: say so
            understood.append(False)
            continue
        if groups and (not understood[-1] or not known):
            groups[-1] = groups[-1] + joiner + clause
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


# Words that open a clause without changing it: "and then a clip of…", "ok now trim it".
FILLER = re.compile(
    r"^(?:(?:and|then|also|now|ok|okay|so|great|cool|nice|alright|hmm+|oh|perfect|good|"
    r"thanks|thank you|yes|yeah|lastly|finally|after that|please)\b[\s,!.]*)+|"
    r"^(?:(?:好的|嗯+|对了)[，,\s]*|然后|接着|现在)+"
)
HELP_ASK = re.compile(
    r"^(?:/?help|what can you do|how does this work|what can i (?:say|ask|do)|"
    r"帮助|你能做什么|怎么用)\W*$"
)


def plan_turn(
    text: str,
    config: EngineConfig,
    draft: Draft | None = None,
    focus: str | None = None,
    pending: list[Operation] | None = None,
) -> TurnPlan:
    """Pure: the reading of this message against the draft in hand, and what it will cost.

    ``focus`` is the segment touched last ("it"). A message that is not understood in full,
    or whose references match nothing or several things, gets a plan with no operations and
    a short question as its reply: nothing changes, nothing is charged.
    """
    draft = draft or Draft()
    if len(text) > MAX_READ:
        return TurnPlan([], reply_if_empty=questions.too_long(len(text), is_chinese(text)))
    ops, prepared, missed = parse_request(text, focus_kind(draft, focus))
    if pending and (missed or not ops) and (answered := answer_to(prepared.text, pending)):
        ops, missed = answered, []  # "which clip?" — "the candle one"
    elif (not ops or all(op.name in _LENGTHS for op in ops)) and (
        made := read_new_clip(prepared.text, prepared, strong=bool(ops))
    ):
        ops, missed = made, []  # "clip: kettlebell swings, two seconds"
    chinese = prepared.chinese
    if HELP_ASK.match(prepared.text):
        return TurnPlan([], reply_if_empty=help_text(chinese), chinese=chinese)
    if refusal := declined(prepared.text, chinese):
        return TurnPlan([], reply_if_empty=refusal, chinese=chinese)
    if missed or not ops:
        understood = [_named(op.name, chinese) for op in ops]
        reply = questions.not_understood(text, missed, understood, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese, not_understood=missed)
    combined = fit_to_draft(combine(ops), draft, focus, text)
    if isinstance(combined, Doubt):
        reply = questions.doubtful(combined, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese)
    resolved = resolve_references(combined, draft, focus)
    if isinstance(resolved, Doubt):
        reply = questions.doubtful(resolved, chinese)
        return TurnPlan([], reply_if_empty=reply, chinese=chinese, pending=combined)
    for op in resolved:
        problem = args_problem(op.name, op.args)
        if problem:
            reply = questions.invalid(op.name, problem, chinese)
            return TurnPlan([], reply_if_empty=reply, chinese=chinese)
        op.cost = spec_of(op.name).price(op.args, config)
    return TurnPlan(resolved, chinese=chinese)


_ANSWER_EN = re.compile(
    r"^(?:(?:ok|okay|oh|um+|hmm+|well|yes|yeah|no|sorry|i mean|i meant|i guess)\W*\s*)*"
    r"(?P<ref>(?:the\s+)?[\w' -]{1,40}?)"
    r"(?:\W*\s*(?:then|please|pls|i guess|i think|i mean))*\W*$"
)
_ANSWER_ZH = re.compile(r"^(?:就|嗯|好|那)?[，,\s]*(?P<ref>.{1,12}?)(?:吧|啊|呀|的)?\W*$")


# Readings a bare length gives ("…, five seconds"): a clip request's length, when the rest of
# the message describes a clip and names none that is there.
_LENGTHS = {"trim", "set_length"}


def answer_to(text: str, pending: list[Operation]) -> list[Operation] | None:
    """A short reply naming a clip ("the candle one", "clip 2", "小狗那个") fills in the target
    of the reading the last question was about; anything longer is a new request."""
    match = (_ANSWER_ZH if re.search(r"[\u4e00-\u9fff]", text) else _ANSWER_EN).match(text)
    if not match or len(match.group("ref").split()) > 5:
        return None
    said = match.group("ref")
    target = target_in(said, "clip")
    if not any(target.get(k) for k in ("index", "words", "middle", "all")):
        return None
    out: list[Operation] = []
    filled = False
    for op in pending:
        args = dict(op.args)
        if not filled and isinstance(args.get("target"), dict):
            args["target"], filled = dict(target), True
        out.append(Operation(op.name, args))
    return out if filled else None


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


# Arguments that say the same thing two ways: a later one replaces the earlier ones.
_EXCLUSIVE = (
    {"speed", "factor"},
    {"volume", "change"},
    {"seconds", "delta", "scale", "start", "end", "cut_start", "cut_end", "keep_last"},
)
_ONE_VALUE = {
    "undo",
    "redo",
    "set_canvas",
    "set_speed",
    "set_volume",
    "set_fit",
    "set_transition",
    "trim",
    "set_length",
    "style_text",
    "time_text",
    "set_fade",
}


def _named_target(target: dict[str, object]) -> bool:
    keys = ("index", "words", "id", "middle", "all", "indexes", "role")
    return any(target.get(k) for k in keys)


def _merged(previous: Operation, op: Operation) -> Operation | None:
    """ "Speed the runner up, 1.5x", "vertical again, like for tiktok": one edit said twice is
    one edit (the later, more exact values win); different targets stay two edits."""
    if previous.name != op.name or op.name not in _ONE_VALUE:
        return None
    first, second = previous.args.get("target") or {}, op.args.get("target") or {}
    if _named_target(first) and _named_target(second) and first != second:
        return None
    args = dict(previous.args)
    for group in _EXCLUSIVE:
        if group & op.args.keys():
            for key in group:
                args.pop(key, None)
    args.update({k: v for k, v in op.args.items() if k != "target"})
    if "target" in previous.args or "target" in op.args:
        args["target"] = first if _named_target(first) or not second else second
    return Operation(op.name, args, op.cost)


def _same_fit(ops: list[Operation]) -> list[Operation]:
    """ "Letterbox everything, show the whole frame": one fit for every clip, said twice."""
    canvas = {
        op.args.get("fit") for op in ops if op.name == "set_canvas" and set(op.args) == {"fit"}
    }
    return [
        op
        for op in ops
        if not (
            op.name == "set_fit"
            and (op.args.get("target") or {}).get("all")
            and op.args.get("fit") in canvas
        )
    ]


def combine(ops: list[Operation]) -> list[Operation]:
    """ "Generate X and put it after the sunset": one clip, made in its place."""
    ops = _same_fit(ops)
    shapes = [op for op in ops if op.name == "set_canvas"]
    if shapes and any(op.name == "generate_clip" for op in ops):
        # "a sunrise clip, vertical": set the shape first, so the clip is drawn at it
        ops = shapes + [op for op in ops if op.name != "set_canvas"]
    out: list[Operation] = []
    for op in ops:
        previous = out[-1] if out else None
        if previous is not None and (merged := _merged(previous, op)):
            out[-1] = merged
            continue
        target = op.args.get("target") or {}
        if (
            previous is not None
            and previous.name in ("generate_clip", "animate_image", "add_video")
            and op.name == "move_clip"
            and target.get("it")
            and "place" not in previous.args
        ):
            previous.args["place"] = op.args["place"]
            continue
        unnamed = target.get("kind") == "bgm" or target == {"kind": "any"}
        if (
            previous is not None
            and previous.name in ("add_music", "replace_music")
            and op.name == "set_volume"
            and unnamed
            and "volume" in op.args
            and "volume" not in previous.args
        ):
            previous.args["volume"] = op.args["volume"]  # "add music, volume 20%"
            continue
        out.append(op)
    return out
