"""Pure: reading requests for new media — generated clips, animated images, uploaded videos."""

from __future__ import annotations

import re

from lumatui.engine.operations import Operation
from lumatui.engine.understand.places import place_in, relative_place
from lumatui.engine.understand.prepared_text import Prepared
from lumatui.engine.understand.prompt_words import polished
from lumatui.engine.understand.slots import (
    IMAGE,
    UPLOAD,
    VIDEO_NOUN,
    clip_indexes,
    has,
    seconds_in,
)
from lumatui.engine.understand.style_words import aspect_in, motion_in
from lumatui.engine.understand.text_asks import read_text_request

DEFAULT_SECONDS = 5.0


MAX_SECONDS = 30.0


GEN_VERB = (
    r"\bgenerate|\bcreate|\bmake|\brender|\bproduce|\bgive me|\bshow me|\bi want|\bi need|\bplace|"
    r"\bi'd like|\badd|\binsert|\bput|\bappend|\bprepend|\bget\b|\bwant\b|\bneed\b|"
    r"生成|制作|做|创建|来|加|添加|插入|给我|我要|我想要"
)


GEN_SHAPE = (
    r"\b(?:a|an|another|new|more|1)\s+(?:(?!the\b|my\b|this\b|that\b)[\w'-]+\s+){0,5}?"
    r"(?:clip|video|shot|scene|footage|animation)"
    r"|(?:clip|video|shot|scene|footage|animation|close[- ]?up)s?\s+(?:of|showing|with|about|"
    r"featuring)\b"
    r"|\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s)\b\s+(?:[\w'-]+\s+){0,4}?(?:clip|video|shot|scene)"
    r"|(?<!the )(?<!these )(?<!those )(?<!both )\b[2-5]\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:clips|videos|shots|scenes)\b"
    r"|生成|(?:做|来|制作|创建|加|添加|插入|我想要|我要|给我)\s*(?:[1-5]\s*)?(?:个|段|条)"
)


def clamp_seconds(value: float | None) -> float:
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
    if not match:  # "another one, 1 second, of a watering can"
        match = re.search(r"^(?:another|one more)(?: one)?\b[\s,\w.-]*?\bof\s+(.+)$", text)
    prompt = match.group(1) if match else text
    prompt = re.sub(_SHOT_IS, "", prompt).lstrip(": ：")
    # "我想做一个陶艺工作室的宣传片，先来一段拉坯的": the project said first, then the clip
    prompt = re.sub(
        r"^(?:我|我们)(?:想|要|打算|准备)(?:做|拍|剪|弄)?[^，,。]{0,30}?"
        r"(?:宣传片|短片|片子|视频|vlog|广告|合集)[，,。]\s*(?=\S)",
        "",
        prompt,
    )
    if found := relative_place(prompt):  # "… right after the beach one": a place, not a scene
        start, end = found[1]
        prompt = prompt[:start] + " " + prompt[end:]
    if match:  # style words before the noun count too: "a cinematic clip of …"
        before = re.search(
            r"(?:\ba|\ban|\d+\s*-?\s*(?:s|secs?|seconds?)|\bshort|\bquick)\s+((?:[a-z'-]+\s+){1,3}?)"
            r"(?:clip|video|shot|scene|footage|animation)s?\s+(?:of|showing|with|about|featuring)\b",
            text,
        )
        words = [w for w in (before.group(1).split() if before else []) if w not in _PLAIN]
        prompt = " ".join([*words, prompt])
    prompt = re.sub(
        r"\b(?:at|to) the (?:very )?(?:start|beginning|end|front)\b|"
        r"(?:放在|放到|加到|移到|插入到?)?(?:最前面|最前|最后面|开头|结尾|最后)|"
        r"在?第?\s*\d+\s*个?(?:片段|镜头|视频)?(?:的)?(?:后面|之后|后|前面|之前|前)",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"(?:\b(?:for|lasting|about|around|roughly|just|only|maybe|perhaps|like)\s+)*"
        r"(?:各|每个|每段|每条|大概|大约|差不多|约|长)?\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s\b|秒钟?)"
        r"\s*(?:long|左右|上下|的)?",
        " ",
        prompt,
    )
    prompt = re.sub(r"^\s*(?:each|apiece)\b\s*[:：,]?\s*", "", prompt)
    prompt = re.sub(
        r"(?:,\s*|\s)\b(?:like|about|around|roughly|maybe|perhaps|each|apiece)\s*$",
        "",
        prompt.rstrip(" ,?.!，。？！"),
    )
    prompt = re.sub(
        r"\b(?:could we have|can we have|can we get|can i get|could i get|i'?d love|i would love|"
        r"we need|let'?s have|let'?s get|i'?d like|i would like)\b|"
        r"\b(?:to (?:begin|start|open) with|(?:let'?s )?(?:begin|start) with|first of all)\b|"
        r"^(?:(?:ooh+|oh|ah+|um+|uh+|hmm+|well|so|and)\b\W*)+|"
        r"\b(?:make|have|let) (?:it|that|this)(?: one)?\b(?=\W*$)|"
        r"\bto open (?:my|the|our) [a-z ]+$|\bfor (?:my |the |our )?(?:instagram|insta|ig|tiktok|"
        r"youtube|reels?|shorts|story|stories|feed)\b",
        " ",
        prompt,
    )
    if prompt.strip(" ,.!?") in ("that", "this", "it", "that but", "this but", "the same", "same"):
        prompt = ""  # "one more of that": the last subject again (draft_fit fills it in)
    prompt = re.sub(
        r"\b(please|generate|make|create|render|produce|give me|show me|i want|i need|add|insert|"
        r"put|append|a|an|another|new|clip|video|shot|scene|at the (?:start|end|beginning)|"
        r"vertical|horizontal|(?<!times )(?<!town )(?<!city )(?<!market )square|for tiktok|"
        r"for youtube|now|then|also|and then)\b",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"\b(?:in\s+)?(?:portrait|landscape)\s+(?:mode|format|orientation)\b|"
        r"\bin\s+(?:portrait|landscape)\b|^\s*(?:portrait|landscape)\b",
        " ",
        prompt,
    )
    # a verb with a count frames the subject ("来一段…", "再做个…"); one-character verbs and
    # measure words elsewhere are part of it (面条, 来自, 加州, 放风筝)
    prompt = re.sub(
        r"(?:另外)?(?:我们?)?(?:还想|想|还|再|又|先|也|在)?(?:生成|制作|创建|添加|插入|做|来|加|放|要)\s*"
        r"(?:一|\d+|这|那)?\s*"
        r"(?:个|段|条)",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"(?:一|\d+)\s*(?:个|段|条)|生成|制作|创建|帮我|请|给我|我想要|我要|我想|的视[频屏]|视[频屏]|"
        r"片段|镜头|添加|加上|"
        r"插入|放到|^\s*(?:再|在|先|又)+|^\s*(?:个|段|条)",
        " ",
        prompt,
    )
    prompt = re.sub(
        r"(?:内容|画面|主题|场景)(?:是|为)|(?:的)?(?:内容|画面)[\s，,。]*$", " ", prompt
    )
    prompt = re.sub(r"\bsame length\b|一样长的?|同样长的?", " ", prompt)
    prompt = re.sub(  # "再来一个跟刚才一样的", "another like that": the last subject again
        r"(?:跟|和|像)?(?:刚才|上一个|之前|前面)?(?:那个|的)?(?:一)?样的?|\blike (?:that|it|this|"
        r"the last one|before)\b|\bthe same\b",
        " ",
        prompt,
    )
    if prepared is not None:
        prompt = prepared.unquote(prompt)
    prompt = re.sub(r"^\s*of\s+|^的+", "", prompt.strip(" .!?,。，、:：;；的"))
    prompt = _MEASURED.sub(lambda m: _CN_SMALL[int(m.group(1))] + m.group(2), prompt)
    prompt = polished(" ".join(prompt.split()))
    return (prepared.cn_typed(prompt) if prepared else prompt) or "an abstract scene"


# Prepared text has digits; a Chinese subject says "一只猫", not "1只猫".
_CN_SMALL = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
_MEASURED = re.compile(
    r"(?<![\d.])(10|[1-9])(?![\d.])\s*([只个条座片群位头匹张棵朵艘辆架间本把道束])"
)


def read_generate(text: str, prepared: Prepared) -> list[Operation] | None:
    if has(UPLOAD, text) or (has(IMAGE, text) and not has(r"生成|generate", text)):
        return None
    # "a barber doing a skin fade": a haircut in the subject, not a fade of the picture
    haircut = r"\b(?:skin|low|mid|high|taper|drop|burst|bald|temple)\s*-?\s*fades?\b"
    unfaded = re.sub(haircut, "", text)
    if has(r"cross\s*-?\s*fade|\btransitions?\b|\bfade|转场|过渡|淡入|淡出", unfaded):
        return None
    if has(r"\bget rid|\bdelete|\bremove|\bdrop\b|删除|删掉|去掉", text):
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
    on_screen = has(r"标题|字幕|文字|\btitle|\bcaption|\bsubtitle|\btext\b|\bsay", text)
    quoted_scene = has(r"生成|\bgenerate\b|(?:clip|video|shot)s?\s+of\b|的视频", text)
    if on_screen or (prepared.quote_in(text) is not None and not quoted_scene):
        return None  # words to show on screen, not a scene
    generating = (
        has(r"生成", text)
        or has(r"^(?:please\s+|can you\s+|could you\s+)?(?:generate|render)\b", text)
        or (has(GEN_VERB, text) and has(VIDEO_NOUN, text) and has(GEN_SHAPE, text))
        or has(r"^(?:再|先)?(?:做|来|制作)\s*[2-5]\s*段(?!音乐|配乐|文字|字幕)", text)
        or has(r"^[2-5]\s+(?:[\w'-]+\s+){0,2}?(?:clips|videos|shots|scenes)\b", text)
        or has(_SHOT_IS, text)
        or has(
            r"^(?:(?:a|an|quick|short|little|brief|simple|nice|one)\s+)+"
            r"(?:\d+(?:\.\d+)?\s*-?\s*(?:seconds?|s)\s+)?[\w\s'-]*?"
            r"(?:clip|video|shot|scene|footage)s?\s+(?:of|showing|with)\b|"
            r"^(?:quick|short|brief)?\s*\d+(?:\.\d+)?\s*-?\s*(?:seconds?|s)\s+"
            r"(?:clip|video|shot)s?\s+(?:of|showing|with)\b",
            text,
        )
        or has(r"^(?:a|an|another)\s+(?:[\w'-]+\s+){1,4}?(?:clip|video|shot|scene)$", text)
        or has(r"^(?:another|one more)(?: one)?\b[\s,\w.-]*?\bof\s+\w", text)
    )
    if not generating:
        return None
    if has(
        r"\b(?:on|to|over|onto|in|into)\s+the\s+(?:[\w'-]+\s+){0,3}(?:clip|video|shot|one)\b|"
        r"\d\s*-?\s*(?:seconds?|secs?|s)\s+of\s+(?:the|that|this|my)\s+(?:[\w'-]+\s+){0,3}"
        r"(?:clip|video|shot|one)\b",
        text,
    ):
        return None  # "render an overlay on the living room clip": about a clip that is there
    seconds = clamp_seconds(seconds_in(text))
    ops = []
    aspect = aspect_in(_shape_words(text))
    if aspect:
        ops.append(Operation("set_canvas", {"aspect": aspect}))
    place = place_in(text, strict=True)
    if place and place.get("words"):  # "before the storm" may be the scene: keep the words
        found = relative_place(text)
        place["phrase"] = text[found[1][0] : found[1][1]].strip() if found else ""
    prompts = _prompts(text, prepared)
    if aspect and prompts and prompts[0] in ("this", "it", "that", "an abstract scene"):
        return ops  # "make this a vertical video": the shape, not a new clip
    own = _item_seconds(text, len(prompts)) if len(prompts) > 1 else None
    if own:  # the lengths the list gives; the others, the one said before the list, if any
        header = re.split(r"分别是|分别为|分别|:|：", text, maxsplit=1)[0]
        seconds = clamp_seconds(seconds_in(header) if ":" in text or "：" in text else None)
    if not all(p.strip() for p in prompts):
        return None  # nothing described: "put it between the 2 clips" is a move
    for index, prompt in enumerate(prompts):
        said = own[index] if own else None
        args: dict[str, object] = {
            "prompt": prompt,
            "seconds": clamp_seconds(said) if said is not None else seconds,
        }
        if place:
            args["place"] = place
        ops.append(Operation("generate_clip", args))
    return ops


# "第一段是红油锅底翻滚", "opening shot: fog over a lake": a clip described by its place
_SHOT_IS = (
    r"(?:^|(?<=[，,。]))\s*(?:第\s*\d+\s*(?:段|个|条)|开头|开场|结尾)(?:镜头|画面|视频)?\s*"
    r"(?:是(?!不是)|为|[:：])|"
    r"^(?:the\s+)?(?:first|opening|next|last|final|closing)\s+(?:clip|shot|scene)\s*[:：]\s*"
    r"(?!(?:make|trim|cut|move|put|delete|remove|speed|slow|change|set|shorten)\b)(?=\S)"
)


_SUBJECT = re.compile(
    r"(?:clip|video|shot|scene|footage|animation)s?\s+(?:of|showing|with|about|featuring)\s+(.+)$"
)


_SHAPE_USE = re.compile(
    r"\b(?:in|to|into|as)\s+(?:a\s+)?(?:portrait|landscape)\b|"
    r"\b(?:portrait|landscape)\s+(?:mode|format|orientation|video|clip|shot|version|ratio|aspect)"
)


def _shape_words(text: str) -> str:
    """The clause without "landscape"/"portrait" used as nouns ("a mountain landscape", "a
    portrait of a sailor"), so only a shape asked for ("a landscape clip", "in portrait")
    changes the canvas."""
    kept = _SHAPE_USE.sub(lambda m: m.group(0).replace(" ", "_"), text)
    nouns = re.sub(r"\b(?:landscape|portrait)s?\b(?!_)", " ", kept)
    return nouns.replace("_", " ")


def _item_seconds(text: str, n: int) -> list[float | None] | None:
    """Each listed clip's own length, when the list gives any: "3 clips: a wheel 4s, a chain
    3 s, the shop for five seconds", "三段：锅底翻滚 4秒，毛肚 3秒，排队的人 5秒"."""
    body = re.split(r"分别是|分别为|分别|:|：", text, maxsplit=1)[-1]
    items = [
        p for p in re.split(r"\s*(?:[,;，；、]|\band\b|以及)\s*(?:and\s+)?", body) if p.strip()
    ]
    shared = r"(?:各|每个|每段|每条|都|\beach\b|\bapiece\b|\ball\b)"
    if len(items) != n or re.search(shared, body):
        return None  # "…，各四秒", "…, 3 s each": one length for all
    said = [seconds_in(item) for item in items]
    return said if any(s is not None for s in said) else None


def _prompts(text: str, prepared: Prepared) -> list[str]:
    """One prompt per clip asked for: "two clips, one of a beach and one of a forest"."""
    count = re.search(
        r"(?<!the )(?<!these )(?<!those )\b([2-5])\s+(?:[\w-]+\s+){0,2}?"
        r"(?:clips|videos|shots|scenes)\b|"
        # "在两段中间", "这两段": the clips that are there, not how many to make
        r"(?<![在这那前后第])([2-5])\s*(?:个|段|条)(?!\s*(?:片段|视频|镜头)?\s*(?:的)?(?:中间|之间))",
        text,
    )
    prompt = prompt_of(text, prepared)
    if not count:
        return [prompt]
    n = int(count.group(1) or count.group(2))
    listed = re.search(r"(?:分别是|分别为|分别|:|：)[\s:：]*(.+)$", prompt)
    if count.group(2):
        said = listed.group(1) if listed else prompt
        parts = [p.strip() for p in re.split(r"[、,，和与及]|以及", said) if p.strip()]
        if len(parts) == n:
            return parts
    prompt = re.sub(
        r"^(?:[\w' ]*?\s)?\d+\s+(?:[\w'-]+\s+){0,2}?(?:clips|videos|shots|scenes)\b"
        r"(?:\s+of(?:\s+\d+(?:\.\d+)?\s*(?:seconds?|secs?|s))?)?(?:\s*(?:each|apiece|please))?"
        r"\s*[,:：]?\s*",
        "",
        prompt,
    )
    listed = [
        re.sub(r"^(?:an?|the|one of)\s+", "", p.strip(" ,:：."))
        for p in re.split(r"\s*(?:,|;|\band\b|\bor\b)\s*(?:and\s+)?", prompt.lstrip(" :："))
        if p.strip(" ,:：.")
    ]
    if len(listed) == n:  # "3 clips: a beach, a forest and a desert"
        return listed
    parts = [
        p.strip(" ,:：")
        for p in re.split(r",?\s*(?:and\s+)?\bone\s+(?:of|with|showing)\s+", prompt)
        if p.strip(" ,:：")
    ]
    if len(parts) == n:
        return parts
    return [prompt] * n


# A camera move and nothing else ("slow zoom in on it", "give it a gentle pan"): only a still
# is animated, so this is the photo's
_MOTION_ONLY = re.compile(
    r"^(?:(?:and|then|now|ok|okay|also|with)\s+)*(?:(?:could|can|would) you\s+)?"
    r"(?:(?:give|do|have|make|let)\s+(?:it|this|that|the (?:photo|pic|picture|image))\s+)?"
    r"(?:an?\s+)?(?:(?:slow|slowly|gentle|gently|subtle|soft|nice|little)\s+)*"
    r"(?:zoom|pan|push)\w*(?:\s+(?:in|out|left|right|up|down))?(?:\s+(?:on|into|onto|over|across))?"
    r"(?:\s+(?:it|this|that|the (?:photo|pic|picture|image)))?"
    r"(?:\W+(?:about |around |maybe |like |for )?\d+(?:\.\d+)?\s*(?:s|secs?|seconds?)"
    r"(?:\s+(?:maybe|or so|long|please))?)?\W*$"  # "… a slow zoom in? 4 seconds maybe"
)


def read_media(text: str, prepared: Prepared) -> list[Operation] | None:
    named = file_in(text)
    said = text
    if found := relative_place(text):  # "… before the photo": a place, not a photo to add
        text = text[: found[1][0]] + " " + text[found[1][1] :]
    if named and named[1] == "audio":
        return [Operation("add_music", {"upload": True, "file": named[0]})]
    image = has(IMAGE, text) or bool(named and named[1] == "image")
    # "animate it with a slow zoom": only a still can be animated, so "it" is the photo
    image = image or (
        has(r"\banimate\b|\bken ?burns\b|动起来|做成动态|动态效果", text)
        and not has(r"\b(?:title|caption|subtitle|text|words|headline)\b|标题|字幕|文字", text)
    )
    motion = motion_in(text)
    image = image or bool(motion and _MOTION_ONLY.match(text))  # "slow zoom in on it"
    video = has(r"\bvideos?\b|\bclips?\b|footage|视频|片段|素材", text)
    acts = has(
        r"\badd|\buse|\binsert|\bput|\bturn|\banimate|\bmake|\bzoom|\bpan|ken ?burns|"
        r"\binclude|\bbring|\bappend|\bprepend|加|用|插入|放|做成|变成|动起来|添加",
        text,
    )
    slideshow = has(
        r"slide\s*show|\ball (?:of )?(?:my |the )?(?:photos|images|pictures)|"
        r"每张|所有(?:的)?(?:照片|图片)|幻灯片|全部(?:照片|图片)",
        text,
    )
    if (image or slideshow) and (acts or motion or slideshow):
        args: dict[str, object] = {"motion": motion or "zoom_in"}
        seconds = seconds_in(text)
        args["seconds"] = clamp_seconds(seconds) if seconds else DEFAULT_SECONDS
        if slideshow:
            args["all"] = True
            args["seconds"] = clamp_seconds(seconds) if seconds else 3.0
            if not motion:
                del args["motion"]
        indexes = [i for i in clip_indexes(text) if i != 0]
        if indexes and not re.search(r"(?:after|before)\s+(?:the\s+)?(?:clip|\w+ clip)", text):
            args["image"] = indexes[0]
        if numbered := re.search(r"\b(?:photo|picture|pic|image)\s*#?(\d+)\b|第(\d+)张", text):
            args["image"] = int(numbered.group(1) or numbered.group(2))  # "photo 2 with a pan"
        if place := place_in(said):
            args["place"] = place
        if named:
            args["file"] = named[0]
        return [Operation("animate_image", args)]
    this_one = has(
        r"^(?:please\s+)?(?:add|insert|use|include|append|prepend)\s+(?:this|these|that|the)\s+"
        r"(?:video|clip|footage)s?\b(?!\s+(?:of|showing|with))|(?:添加|加上|用|插入)(?:这个|这段)视频|"
        r"把(?:这个|这段)视频(?:加|放|插)",
        text,
    )
    if named or (video and (this_one or (has(UPLOAD, text) and acts))):
        args = {"file": named[0]} if named else {}
        if place := place_in(said):
            args["place"] = place
        return [Operation("add_video", args)]
    return None


_FILE = re.compile(
    r"([A-Za-z0-9_\-]+\.(?:mp4|mov|avi|webm|mkv|m4v|jpe?g|png|gif|webp|mp3|wav|m4a|aac|ogg|flac))"
    r"(?![A-Za-z0-9])"
)


_FILE_KINDS = {"image": ("jpg", "jpeg", "png", "gif", "webp"), "audio": ("mp3", "wav", "m4a")}


def file_in(text: str) -> tuple[str, str] | None:
    """An uploaded file named in the request: ("beach.mp4", "video")."""
    match = _FILE.search(text)
    if not match:
        return None
    name = match.group(1)
    suffix = name.rsplit(".", 1)[1]
    kind = next((k for k, suffixes in _FILE_KINDS.items() if suffix in suffixes), None)
    if kind is None:
        kind = "audio" if suffix in ("aac", "ogg", "flac") else "video"
    return name, kind
