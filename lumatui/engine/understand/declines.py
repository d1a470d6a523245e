"""Pure: requests the engine cannot carry out, answered plainly with nothing changed.

Posting to a platform, a voice-over, cutting out a background: a person asking for these
should hear that it is not something this editor does (and what it can do nearby), not
get a canvas change because "tiktok" also names a shape, nor a clip titled with their words.
Each entry is a pattern and the reply in both languages; the first that matches wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Decline:
    pattern: re.Pattern[str]
    en: str
    zh: str
    unless: re.Pattern[str] | None = None  # said this way, the words ask for something else


_PLATFORM = (
    r"tik\s?tok|instagram|insta\b|\big\b|youtube|\byt\b|facebook|\bfb\b|twitter|\bx\.com|"
    r"snapchat|linkedin|reels?\b|threads|vimeo|twitch|whatsapp|telegram|discord|"
    r"my (?:channel|account|page|profile|feed|story|stories|followers)|social media|online"
)
_CN_PLATFORM = r"抖音|快手|b站|哔哩哔哩|小红书|微信|朋友圈|视频号|微博|油管|公众号|网上"

# Subjects a person edits (not something inside a picture), and what people in pictures do
_NOT_EDITED = (
    r"(?!(?:title|text|caption|words|music|song|track|audio|sound|clip|video|shot|scene|one|"
    r"crossfade|fade|transition|edit|cut|timeline|canvas)\b)"
)
_ACTS = (
    r"(?:do|does|wear|wears|turn|turns|wave|waves|smile|smiles|jump|jumps|dance|dances|"
    r"walk|walks|fly|flies|sing|sings|hold|holds|eat|eats|blink|nod|bark|meow|spin|flip)\b"
)
_CN_EDITED = r"它|他们|音乐|声音|标题|字幕|文字|字|画面|视频|片段|第|最后|这|那|整个|所有|全部|每"

DECLINES: tuple[Decline, ...] = (
    Decline(
        re.compile(
            r"^(?:please\s+|can you\s+|now\s+|ok\s+)*(?:export|render|download|save)\b"
            r"(?:\s+(?:it|this|that|the (?:final |whole )?(?:video|cut|edit|thing|movie)|"
            r"everything|now|please|out|as (?:an? )?mp4))*\W*$|"
            r"^(?:请|帮我|现在)?(?:导出|渲染|下载|保存)(?:视频|成片|一下|吧)?\W*$"
        ),
        "Exporting is the app's job: press Ctrl+E (or type /export; from a shell, "
        "`lumatui export`). The MP4 follows the canvas.",
        "导出由应用来做：按 Ctrl+E（或输入 /export；命令行用 `lumatui export`）。"
        "MP4 跟随画布比例。",
    ),
    Decline(
        re.compile(
            r"spotify|apple music|soundcloud|youtube music|tidal\b|deezer|pandora|"
            r"网易云|qq音乐|酷狗|酷我|虾米"
        ),
        "I can't fetch songs from a streaming service. Upload an audio file you have the rights "
        'to, or pick a mood: "add upbeat music".',
        "我没法从音乐平台获取歌曲。可以上传你有版权的音频文件，或者选一种风格：“加一段欢快的音乐”。",
    ),
    Decline(
        re.compile(
            rf"\b(?:post|posting|posted|share|sharing|upload|uploading|publish|publishing|send|"
            rf"put|schedule|tweet|broadcast)\b"
            rf"(?:\s+[a-z']+){{0,4}}?\s+(?:to|on|onto|via)\s+(?:(?!for\b)[a-z']+\s+){{0,2}}?"
            rf"(?:{_PLATFORM})"
            rf"|\bgo live\b"
            # "post上IG"
            rf"|\b(?:post|share|upload)\s*(?:上|到|去)\s*(?:{_CN_PLATFORM}|{_PLATFORM})"
            rf"|(?:发到|发布到|发布在|发在|上传到|上传至|分享到|分享给|发给|传到|推送到)\s*(?:我们?的)?\s*"
            rf"(?:{_CN_PLATFORM}|{_PLATFORM})"
            rf"|(?:{_CN_PLATFORM})(?:上)?(?:发布|发一下|发出去|分享)|发(?:个|一个|条)?(?:{_CN_PLATFORM})(?!用|的时候|时用)"
        ),
        'I can\'t post anywhere: I make the video file. Say "export" and upload the MP4 '
        'yourself ("make it 9:16" first for TikTok, Reels or Shorts).',
        "我没法直接发布，只能做出视频文件。说“导出”，再自己上传MP4（发抖音可以先说“改成9:16”）。",
        # "弄成方的，要发朋友圈": a shape, and the place it is for; posting is not asked
        re.compile(
            r"^(?!.*(?:直接|帮我们?|给我们?|替我)(?:发|上传|分享)|.*(?:发布|上传)|"
            r".*\b(?:post|upload|publish|share|send) (?:it|this|that)\b)"
            r".*(?:(?:改成|弄成|变成|做成|换成|搞成|整成|调成)[^，,。]{0,4}(?:方|竖|横)|"
            r"\bmake it (?:square|vertical|portrait|landscape|\d+\s*:\s*\d+)|"
            r"\b(?:change|set|switch|turn) (?:the )?(?:aspect(?: ratio)?|canvas|format|shape|"
            r"ratio) to\b)"
        ),
    ),
    Decline(
        re.compile(
            r"voice\s*-?\s*overs?|narrat\w*|\bdub(?:s|bed|bing)?\b(?!\s*step)|"
            r"read (?:it|this|that|the \w+) (?:out|aloud)|"
            r"text to speech|\btts\b|speak(?:ing)? the|say it out loud|"
            r"(?<!盖过)(?<!压过)(?<!盖住)(?<!盖)(?:配音|旁白|解说|朗读|念出来|读出来|说出来|语音播报|人声)"
        ),
        "There is no voice-over in this editor. It can add background music and on-screen "
        'text: try "add calm music" or "add a caption \'Welcome\'".',
        "这个编辑器不能配音或加旁白，可以加背景音乐和屏幕文字：试试“加一段轻松的音乐”或“加字幕'欢迎'”。",
    ),
    Decline(
        re.compile(
            r"(?:remove|delete|erase|cut out|take out|replace|change|blur|get rid of)\s+"
            r"(?:the\s+)?(?:\w+\s+){0,2}?(?:background|backdrop|bg)\b"
            r"(?!\s*(?:music|song|track|tune|audio|sound|noise))|green\s*screen|"
            r"\bchroma\s*key|抠图|抠像|(?:去|去掉|换|删掉)背景(?!音乐|乐|歌|声)|"
            r"背景(?:去掉|删掉|换掉|虚化)|绿幕"
        ),
        "I can't cut out or replace a background. I can change the framing "
        '("fit the whole frame", "crop to fill") or generate a new clip.',
        "我没法抠图或更换背景，可以调整画面（“完整显示”、“裁剪填满”）或重新生成一个片段。",
    ),
    Decline(
        re.compile(
            r"black and white|\bb&w\b|gr[ae]yscale|sepia|\bcontrast\b|saturat\w*|brightness|"
            r"exposure|\bfilters?\b|\bluts?\b|colou?r grad\w*|film grain|vintage look|\bvhs\b|"
            r"^(?:make|can you make) (?:it|this|the video) (?:look )?(?:more )?cinematic\W*$|"
            r"\b(?:special |visual |cool |some )?effects\b|"
            r"黑白|滤镜|对比度|饱和度|亮度|调色|复古(?:风|感)|特效|美颜|磨皮|瘦脸|美白"
        ),
        "Colour grading and filters are not something this editor does. It can change speed, "
        'length, order, fades, text and music; a new clip can be generated "cinematic".',
        "这个编辑器不能调色或加滤镜。可以改速度、时长、顺序、淡入淡出、文字和音乐，"
        "也可以生成一个“电影感”的新片段。",
    ),
    Decline(
        re.compile(
            r"\bplay (?:it |this |the \w+ )?backwards|\breverse (?:the )?playback|倒放|倒着放"
        ),
        "Playing a clip backwards is not something this editor does; it can reverse the order "
        'of the clips ("reverse the order").',
        "这个编辑器不能倒放，但可以把片段顺序倒过来（“倒序排列”）。",
    ),
    Decline(
        re.compile(
            r"\bmake (?:it|this|them|the [a-z]+(?: [a-z]+)?) (?:look|seem|appear|sound|feel) "
            r"(?:like|as if|as though)\b|\bin real time\b|\breverb\b|\becho\b|autotune|"
            r"\b(?:change|raise|lower|shift|adjust)\s+(?:the\s+)?pitch\b|"
            r"\bpitch[- ]?(?:up|down|shift\w*)\b|"
            r"bass boost|equali[sz]e|noise reduction|看起来像|变成像|混响|回声|"
            # what is in the picture or the sound: "make the car look new", "sing in tune"
            r"\bmake (?:it|this|them|the (?!(?:title|text|caption|words|music|song)\b)[a-z]+"
            r"(?: [a-z]+)?) (?:look|seem|appear) (?!(?:faster|slower|longer|shorter|bigger|"
            r"smaller)\b)|\b(?:in|out of) tune\b|\boff[- ]key\b|跑调|走音|"
            # "remove the clutter from the kitchen shot": a thing in a clip, not the clip
            r"\b(?:remove|erase|get rid of|take out|clean up)\s+(?:the |all (?:the )?|those |"
            r"these |some )?(?:(?!(?:clips?|shots?|ones?|videos?|segments?|parts?|scenes?|photos?|"
            r"images?|pictures?|music|songs?|sound|audio|fades?|title|text|captions?|crossfades?|"
            r"transitions?|speed|gaps?|silence|black|first|last|end|start|beginning|it|them|"
            r"that|this)\b)[a-z]+\s+){1,2}(?:from|on|in|off)\s+(?!(?:the |my |this |our )?"
            r"(?:timeline|project|cut|edit|draft|sequence|video|movie|reel|list|end|start|"
            r"beginning|middle)\b)|"
            r"\b(?:repaint|recolou?r|paint)\s+(?!(?:the\s+)?(?:title|text|caption|words)\b)|"
            # "make the water a nicer blue": the colour of something in the picture
            r"\bmake (?:the |that |this )?(?!(?:title|text|caption|words|writing|letters)\b)[a-z]+ "
            r"(?:a |look )?(?:nicer|brighter|deeper|darker|richer|prettier|more) "
            r"(?:blue|green|red|yellow|orange|pink|purple|golden|gold|white|colou?rful)\b|"
            # "make the cat do a little wave", "could the dinosaur turn its head"
            rf"\b(?:make|have|get|let)\s+(?:the|a|an|my|our|that|this)\s+{_NOT_EDITED}"
            rf"(?:[a-z'-]+\s+){{1,6}}?{_ACTS}|"
            rf"^(?:can|could|would)\s+(?:the|a|an|my|our)\s+{_NOT_EDITED}(?:[a-z'-]+\s+){{1,3}}?"
            rf"{_ACTS}|"
            # "can yer make the dragon breathe fire": what someone in the picture does
            rf"^(?:(?:can|could|would) (?:you|u|ya|yer) |please )?make (?:the|a|an|my|our) "
            rf"{_NOT_EDITED}"
            rf"(?:(?!one\b|clip\b|shot\b)[a-z'-]+\s+){{1,3}}?(?:one\s+)?"
            rf"(?:{_ACTS}|breathe|roar|talk|speak|laugh|cry|run)\b|"
            # "make the robot in the last clip grab the crate with a claw"
            r"^(?:(?:can|could|would) you |please )?make (?:the|a|an) [a-z]+ (?:in|from) "
            r"(?:the |clip )[a-z0-9 ]{1,20}? (?:grab|hold|lift|pick up|catch|throw|kick|wave|smile|"
            r"jump|dance|turn|look|walk|run|fly|spin)\b|"
            # "could you ensure every child's face is visible": a wish about what is filmed
            r"^(?:(?:could|can|would) you |please )?(?:ensure|make sure)\b(?!.*\b(?:title|text|"
            r"caption|words|music|song|volume|length|long|seconds?|speed|fade|crossfade|canvas|"
            r"order|first|last|clip \d)\b).*\b(?:visible|seen|shows?|in (?:the )?(?:footage|shot|"
            r"clip|picture|frame)|face|faces|looks?)\b|"
            # "让熊猫对着镜头挥手", "让雪下得再大点", "把鸭子弄得更油亮"
            rf"^(?:请|能不能|能否|可否|可不可以|可以|能|麻烦)?让(?!{_CN_EDITED})[\u4e00-\u9fff]{{1,8}}?"
            rf"(?:对着|朝着?|向着?|挥手|微笑|笑|跑|跳|转头|回头|回过头|转过身|转身|面向|看着|跳舞|唱|下得|飞|穿|戴|摆|"
            rf"泛起|荡起|飘动|动起来|流动|冒出|长出|"
            rf"看向|招手|点头|"
            rf"(?:再|更)(?:亮|暗|大|多|少|红|绿|蓝))|"
            rf"把(?!{_CN_EDITED})[\u4e00-\u9fff]{{1,6}}?(?:弄|变|搞|P|p)得(?:更|再)?"
            rf"(?![^，,。]*(?:快|慢|长|短|大|小|响|轻))"
        ),
        "I can't change what a clip shows. I can generate a new clip of it (\"a 3 second clip "
        'of …"), or change its speed, length, order and fades.',
        "我没法改变片段里的内容。可以重新生成一个片段（“生成一个3秒的…视频”），"
        "或调整速度、时长、顺序和淡入淡出。",
    ),
    Decline(
        re.compile(
            r"^(?!.*\b(?:text|title|caption|words|name|saying|says)\b).*\boverlay\b|\bstickers?\b|"
            # a logo to lay over the video; "animate the logo" (an uploaded picture) is a photo
            r"^(?!.*\b(?:animate|zoom|pan|first|last|after|before|move|the logo)\b).*\blogo\b|"
            r"\bgraphics?\b|\bdraw (?:a|an|on)\b|\barrows?\b|\bqr\s*codes?\b|\bbarcodes?\b|"
            r"贴纸|水印|图标|[2二]维码|条形码"
        ),
        "This editor can put text on the video, not pictures or graphics over it: try "
        "\"add a caption 'Floor plan'\".",
        "这个编辑器能在视频上加文字，不能叠加图片或图形：试试“加字幕'平面图'”。",
    ),
    Decline(
        re.compile(
            r"lip\s*-?\s*sync|face\s*-?\s*swap|deep\s*fake|\bupscale|\b4k\b|\b8k\b|"
            r"\bremove (?:the )?(?:watermark|logo|person|people|man|woman)\b|"
            r"(?:auto|automatic)(?:ally)?\s*-?\s*(?:subtitles?|captions?|transcri\w*)|"
            r"(?:subtitles?|captions?)\b.*\b(?:automatic\w*|from (?:the )?(?:audio|speech|voice))|"
            r"transcri\w*|换脸|对口型|去水印|自动字幕|语音转文字|识别字幕"
        ),
        "That is beyond this editor: it generates clips, trims and orders them, and adds "
        'music and text. Say "help" to see what it can do.',
        "这超出了这个编辑器的能力：它能生成片段、剪辑排序、加音乐和文字。说“帮助”看看能做什么。",
    ),
)


def declined(text: str, chinese: bool) -> str | None:
    """The reply for a request the engine cannot carry out, or None."""
    for decline in DECLINES:
        if decline.pattern.search(text) and not (decline.unless and decline.unless.search(text)):
            return decline.zh if chinese else decline.en
    return None
