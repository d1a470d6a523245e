"""Pure: a chat message in English or Chinese → the operations it asks for.

The message is prepared (numbers as digits, quotes lifted), cut into clauses at "and",
"then", commas and their Chinese equivalents, and each clause is read by the first reader
that recognises it. A clause nobody recognises is joined back to its neighbour, so "swap
clip 1 and 2" or "a clip of mountains and a lake" stay whole. No model, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .clip_requests import read_clip_edit
from .config import EngineConfig
from .music_requests import read_music
from .operations import FREE, Operation, TurnPlan
from .request_patterns import (
    IMAGE,
    UPLOAD,
    VIDEO_NOUN,
    clip_indexes,
    has,
    place_in,
    seconds_in,
)
from .request_text import Prepared, prepare, split_clauses
from .style_words import aspect_in, fit_in, motion_in, size_in
from .text_requests import read_text_request

DEFAULT_SECONDS = 5.0
MAX_SECONDS = 30.0

Reader = Callable[[str, Prepared], list[Operation] | None]


GEN_VERB = (
    r"\bgenerate|\bcreate|\bmake|\brender|\bproduce|\bgive me|\bshow me|\bi want|\bi need|"
    r"\bi'd like|\badd|\binsert|\bput|\bappend|\bprepend|"
    r"生成|制作|做|创建|来|加|添加|插入|给我|我要|我想要"
)
GEN_SHAPE = (
    r"\b(?:a|an|another|new|more|1)\s+(?:[\w'-]+\s+){0,5}?(?:clip|video|shot|scene|footage|animation)"
    r"|(?:clip|video|shot|scene|footage|animation)s?\s+(?:of|showing|with|about|featuring)\b"
    r"|\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s)\b\s+(?:[\w'-]+\s+){0,4}?(?:clip|video|shot|scene)"
    r"|生成|(?:做|来|制作|创建|加|添加|插入)\s*(?:1\s*)?(?:个|段|条)"
)
SCENE_WORDS = (
    r"sunset|sunrise|dawn|dusk|night|ocean|\bsea\b|beach|lake|river|waves|city|skyline|"
    r"mountain|forest|trees|rain|snow|fog|fire|neon|stars|moon|desert|sky|clouds|"
    r"日落|夕阳|日出|黎明|夜晚|夜空|海|湖|河|城市|天际线|山|森林|树林|雨|雪|雾|火|霓虹|星|月亮|天空"
)


def _clamp_seconds(value: float | None) -> float:
    return min(MAX_SECONDS, max(1.0, value or DEFAULT_SECONDS))


_PLAIN = {
    "short",
    "quick",
    "little",
    "new",
    "nice",
    "small",
    "brief",
    "vertical",
    "horizontal",
    "square",
    "portrait",
    "landscape",
    "second",
    "seconds",
    "sec",
    "long",
    "more",
    "another",
}


def prompt_of(text: str, prepared: Prepared | None = None) -> str:
    """The scene words: what follows "clip of", else the clause minus its command words."""
    match = re.search(
        r"\b(?:clip|video|shot|scene|footage|animation)s?\s+(?:of|showing|with|about|"
        r"featuring)\s+(.+)$",
        text,
    )
    prompt = match.group(1) if match else text
    if match:  # style words before the noun count too: "a cinematic clip of …"
        before = re.search(
            r"(?:\ba|\ban|\d+\s*-?\s*(?:s|secs?|seconds?)|\bshort|\bquick)\s+((?:[a-z'-]+\s+){1,3}?)"
            r"(?:clip|video|shot|scene|footage|animation)s?\s+(?:of|showing|with|about|featuring)\b",
            text,
        )
        words = [w for w in (before.group(1).split() if before else []) if w not in _PLAIN]
        prompt = " ".join([*words, prompt])
    prompt = re.sub(
        r"\b(?:after|before)\s+(?:the\s+)?(?:clip\s*#?\s*\d+|\w+\s+clip)|"
        r"\b(?:at|to) the (?:start|beginning|end|front)\b|(?:放在|加到|插入到?)?(?:开头|结尾|最后)",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s\b|秒钟?)\s*(?:long|的)?", " ", prompt
    )
    prompt = re.sub(
        r"\b(please|generate|make|create|render|produce|give me|show me|i want|i need|add|insert|"
        r"put|append|a|an|another|new|clip|video|shot|scene|at the (?:start|end|beginning)|"
        r"vertical|horizontal|square|portrait|landscape|for tiktok|for youtube)\b",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"\d+\s*(?:个|段|条)|生成|制作|创建|帮我|请|给我|我要|一个|个|段|条|的视频|视频|片段|镜头|做|来|"
        r"^在|添加|加上|加|插入|放到|放",
        " ",
        prompt,
    )
    if prepared is not None:
        prompt = prepared.unquote(prompt)
    return " ".join(prompt.strip(" .!?,。，的").split()) or "an abstract scene"


# --- readers, in the order they are tried ----------------------------------------------------


def read_history(text: str, prepared: Prepared) -> list[Operation] | None:
    if has(
        r"\bredo\b|重做|恢复(?:刚才|之前|上一步)?(?:撤销|"
        r"撤回)的?(?:操作|修改)?|取消撤销|undo the undo",
        text,
    ):
        steps = re.search(r"(\d+)\s*(?:steps?|changes?|times|次|步)", text)
        return [Operation("redo", {"steps": int(steps.group(1)) if steps else 1})]
    if has(
        r"\bundo\b|\bgo back\b|\brevert\b|"
        r"take (?:that|it) back|撤销|撤回|回退|返回上一步|取消上一步",
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
        r"what'?s in|what is in|what do i have|show (?:me )?(?:the |"
        r"my )?(?:current |whole |full )?(?:timeline|tracks|draft)|"
        r"describe|\bstatus\b|list (?:the |my )?(?:clips|tracks)|summar|where are we|"
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


def read_generate(text: str, prepared: Prepared) -> list[Operation] | None:
    if has(UPLOAD, text) or (has(IMAGE, text) and not has(r"生成|generate", text)):
        return None
    if has(r"cross\s*-?\s*fade|\btransitions?\b|\bfade|转场|过渡|淡入|淡出", text):
        return None
    overlay = re.search(
        r"\s+(?:with|and|plus)\s+(?:the\s+|a\s+)?(?:title|text|words|caption|subtitle)s?\b.*$", text
    )
    if overlay and re.search(
        r"(?:clip|video|shot|scene)s?\s+(?:of|showing)\b", text[: overlay.start()]
    ):
        # "a clip of a beach with the title 'Summer'": the clip, then the words on it
        head = read_generate(text[: overlay.start()], prepared)
        tail = read_text_request("add " + overlay.group(0).strip(), prepared)
        if head and tail:
            return head + tail
    if prepared.quote_in(text) is not None or has(
        r"标题|字幕|文字|\btitle|\bcaption|\bsubtitle", text
    ):
        return None  # words to show on screen, not a scene
    generating = (
        has(r"生成", text)
        or (has(GEN_VERB, text) and has(VIDEO_NOUN, text) and has(GEN_SHAPE, text))
        or has(
            r"^(?:a|an)\s+(?:\d+(?:\.\d+)?\s*-?\s*(?:seconds?|s)\s+)?[\w\s'-]*?"
            r"(?:clip|video|shot|scene|footage)s?\s+(?:of|showing|with)\b",
            text,
        )
        or has(r"^(?:a|an|another)\s+(?:[\w'-]+\s+){1,4}?(?:clip|video|shot|scene)$", text)
    )
    if not generating:
        return None
    seconds = _clamp_seconds(seconds_in(text))
    ops = []
    aspect = aspect_in(text)
    if aspect:
        ops.append(Operation("set_canvas", {"aspect": aspect}))
    place = place_in(text, strict=True)
    for prompt in _prompts(text, prepared):
        args: dict[str, object] = {"prompt": prompt, "seconds": seconds}
        if place:
            args["place"] = place
        ops.append(Operation("generate_clip", args))
    return ops


def _prompts(text: str, prepared: Prepared) -> list[str]:
    """One prompt per clip asked for: "two clips, one of a beach and one of a forest"."""
    count = re.search(r"\b([2-5])\s+(?:[\w-]+\s+){0,2}?(?:clips|videos|shots|scenes)\b", text)
    prompt = prompt_of(text, prepared)
    if not count:
        return [prompt]
    n = int(count.group(1))
    prompt = re.sub(r"^\d+\s+(?:clips|videos|shots|scenes)\s*,?\s*", "", prompt)
    parts = [
        p.strip(" ,")
        for p in re.split(r",?\s*(?:and\s+)?\bone\s+(?:of|with|showing)\s+", prompt)
        if p.strip(" ,")
    ]
    if len(parts) == n:
        return parts
    return [prompt] * n


def read_media(text: str, prepared: Prepared) -> list[Operation] | None:
    image = has(IMAGE, text)
    motion = motion_in(text)
    video = has(r"\bvideos?\b|\bclips?\b|footage|视频|片段|素材", text)
    acts = has(
        r"\badd|\buse|\binsert|\bput|\bturn|\banimate|\bmake|\bzoom|\bpan|ken ?burns|"
        r"\binclude|\bbring|\bappend|\bprepend|加|用|插入|放|做成|变成|动起来|添加",
        text,
    )
    if image and (acts or motion):
        args: dict[str, object] = {"motion": motion or "zoom_in"}
        seconds = seconds_in(text)
        args["seconds"] = _clamp_seconds(seconds) if seconds else DEFAULT_SECONDS
        indexes = [i for i in clip_indexes(text) if i != 0]
        if indexes and not re.search(r"(?:after|before)\s+(?:the\s+)?(?:clip|\w+ clip)", text):
            args["image"] = indexes[0]
        if place := place_in(text):
            args["place"] = place
        return [Operation("animate_image", args)]
    this_one = has(
        r"^(?:please\s+)?(?:add|insert|use|include|append|prepend)\s+(?:this|these|that|the)\s+"
        r"(?:video|clip|footage)s?\b(?!\s+(?:of|showing|with))|(?:添加|加上|用|插入)(?:这个|这段)视频|"
        r"把(?:这个|这段)视频(?:加|放|插)",
        text,
    )
    if video and (this_one or (has(UPLOAD, text) and acts)):
        args = {}
        if place := place_in(text):
            args["place"] = place
        return [Operation("add_video", args)]
    return None


def read_text(text: str, prepared: Prepared) -> list[Operation] | None:
    return read_text_request(text, prepared)


def read_whole_video(text: str, prepared: Prepared) -> list[Operation] | None:
    whole = has(
        r"\b(?:the |whole |entire |total |final )+(?:video|thing|length|duration|edit|movie)"
        r"|\btotal\b|\boverall\b|整个视频|视频总|总时长|总长|视频时长|视频长度|整体|^(?:把|将)?视频",
        text,
    )
    if has(r"\bloop|循环|重复|\brepeat", text) and not has(r"clip\s*\d|第\d+", text):
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
    question = r"吗|什么|\bhow\b|\bwhy\b|\bwho\b|\bwhat\b|\bjoke|\bsing\b"
    if has(SCENE_WORDS, text) and not has(question, text):
        return [
            Operation(
                "generate_clip",
                {"prompt": prompt_of(text, prepared), "seconds": _clamp_seconds(seconds_in(text))},
            )
        ]
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


def read_clause(text: str, prepared: Prepared) -> list[Operation] | None:
    for reader in READERS:
        ops = reader(text, prepared)
        if ops:
            return ops
    return None


def parse_request(message: str) -> tuple[list[Operation], Prepared, list[str]]:
    """Every operation the message asks for, in order, and the clauses nobody understood."""
    prepared = prepare(message)
    clauses = split_clauses(prepared.text)
    groups: list[str] = []
    understood: list[bool] = []
    for joiner, clause in clauses:
        known = read_clause(clause, prepared) is not None
        if groups and (not understood[-1] or not known):
            groups[-1] = groups[-1] + joiner + clause
            understood[-1] = read_clause(groups[-1], prepared) is not None
            continue
        groups.append(clause)
        understood.append(known)
    ops: list[Operation] = []
    missed: list[str] = []
    for group in groups:
        found = read_clause(group, prepared)
        if found is None and len(groups) == 1:
            found = read_scene(group, prepared)
        if found:
            ops.extend(found)
        else:
            missed.append(prepared.unquote(group))
    return ops, prepared, missed


def plan_turn(text: str, config: EngineConfig) -> TurnPlan:
    """Pure: what this message asks for, and what it will cost."""
    ops, prepared, missed = parse_request(text)
    for op in ops:
        if op.name == "generate_clip":
            op.cost = max(1, round(float(op.args["seconds"]) * config.credits_per_generated_second))
        elif op.name not in FREE:
            op.cost = config.edit_cost
    from .replies import help_text

    reply = "" if ops else help_text(prepared.chinese)
    return TurnPlan(ops, reply_if_empty=reply, chinese=prepared.chinese, not_understood=missed)
