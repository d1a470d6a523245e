"""Pure: reading requests about the whole draft — history, status, canvas, length — and a bare
description of a scene ("a sunset over the ocean, cinematic"), which asks for a clip."""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation
from lumatui.engine.understand.media_asks import clamp_seconds, prompt_of
from lumatui.engine.understand.naming import target_in
from lumatui.engine.understand.places import place_in
from lumatui.engine.understand.prepared_text import Prepared
from lumatui.engine.understand.slots import MUSIC, has, seconds_in
from lumatui.engine.understand.style_words import aspect_in, fit_in, size_in

SCENE_WORDS = (
    r"sunset|sunrise|dawn|dusk|night|ocean|\bsea\b|beach|lake|river|waves|city|skyline|"
    r"mountain|forest|trees|rain|snow|fog|fire|neon|stars|moon|desert|"
    r"sky|clouds|aurora|northern lights|thunder|lightning|storm|"
    r"日落|夕阳|日出|黎明|夜晚|夜空|海|湖|河|城市|天际线|山|森林|树林|雨|雪|雾|火|霓虹|星|月亮|天空|极光|闪电|雷雨|云|沙漠"
)


def read_history(text: str, prepared: Prepared) -> list[Operation] | None:
    if has(
        r"恢复刚才(?:那|的)?(?:一)?步|"
        r"^(?:please\s+)?redo(?:\s+(?:that|it|please|the last \w+|\d+ of (?:those|them|these)|"
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
        r"\bchange (?:it|that) back\b|\bbring (?:the|my|our) \w+ back\b|"
        r"\brestore (?:it|that|them)\b|\bun-?delete|"
        r"撤销|撤回|回退|返回上一步|取消上一步|恢复(?:原样|原来的样子|刚才的)?$|还原|放回来|加回来|改回来|"
        r"(?:把它|把那个)?(?:恢复|还原)(?:回来)?$",
        text,
    ):
        steps = re.search(r"(\d+)\s*(?:steps?|changes?|edits?|times|次|步)", text)
        twice = has(r"\btwice\b", text)
        return [Operation("undo", {"steps": int(steps.group(1)) if steps else 2 if twice else 1})]
    if has(
        r"start (?:over|again|fresh)|from scratch|clear (?:everything|all|the timeline|it all)|"
        r"\breset\b|\bwipe (?:it|everything|the (?:timeline|project|slate|whole thing)|all)\b|"
        r"empty the timeline|delete everything|remove everything|"
        r"全部删掉|全部删了|全删|重新开始|清空|重来|全部删除|删除所有|从头开始",
        text,
    ):
        return [Operation("start_over")]
    if has(
        r"what'?s (?:currently |now )?(?:in|on)\b|what is (?:currently |now )?(?:in|on)\b|"
        r"what do (?:i|we) have|"
        r"what\s*(?:have|'ve) (?:i|we) got|what\s*(?:have|'ve) (?:i|we) (?:made|done)|\bso far\b|"
        r"^(?!.*\b(?:set|make|change|cut|trim|extend|shorten)\b)"
        r".*\btotal (?:length|duration|time)\b|"
        r"how long (?:is|are|does)\b.*\b(?:now|total)\b|"
        r"what'?s the (?:length|duration)(?: now)?\W*$|"
        r"\b(?:total )?run ?time\b|\bwhich (?:clips|shots|videos)\b|\bwhat clips\b|"
        r"\banything else (?:on|in)\b|\bwhat else is (?:on|in)\b|\bstill (?:in|there|on)\b|"
        r"^what'?s (?:there|on it|in it|in there)\W*$|\bwhat does it look like\b|"
        r"\bhow does it look\b|"
        r"\bwhat does (?:the |my )?(?:timeline|video|draft|edit) (?:contain|have|include)\b|"
        r"(?:视频|现在|目前)+(?:有)?多长|多长时间了?\W*$|"
        r"(?:现在|目前)?(?:一共|总共|共)(?:多长|多久|几秒|有几个|有多少)|"
        r"where (?:are|r) we\b|\boverview\b|"
        # "give me a recap" asks what is there; "I want a cute recap" is the video they want
        r"^(?:quick )?recap\W*$|\b(?:give|show|tell) (?:me |us )?(?:a )?(?:quick )?recap\b|"
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
    if has(MUSIC, text):
        return None  # "music sea shanty": music, whatever the words
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
