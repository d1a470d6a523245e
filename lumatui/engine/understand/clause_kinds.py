"""Pure: the kinds of clause that ask for nothing, or only finish the clause before them.

A message is read clause by clause (``turn_plan.parse_request``). Some clauses are talk
around the request: a greeting, who is speaking, why, how it should feel, someone else's
opinion ("grandma needs to read it"). Some only finish the clause before: a bare length
("about 4 seconds long"), a span ("last 2 seconds"), a thing named after an edit ("… and the
music"), a delete said twice ("删掉"). Each pattern here says one of those.
"""

from __future__ import annotations

import re

# A clause that is only a length ("about 4 seconds long"): the length of the clip before it
BARE_LENGTH = re.compile(
    r"^(?:(?:for|about|around|roughly|like|maybe|just|only|approx\w*|lasting|make it|duration|"
    r"length|time)\s*:?\s+)*"
    r"\d+(?:\.\d+)?\s*-?\s*(?:seconds?|secs?|s|秒钟?)\s*"
    r"(?:long|in length|or so|each|maybe|perhaps|i think|please|should do|will do|is fine|"
    r"is enough|is plenty|would be (?:good|great|fine|perfect)|works|左右|的)?\W*$"
)


# A clause that asks for nothing: a greeting, who is speaking, a remark on the scene
REMARK = re.compile(
    r"^(?:你好|您好|大家好|嗨|哈喽|hello|hi|hey)(?:呀|啊|啦)?\W*$|"
    r"^(?:so |really |very )?(?:sorry|soz|apologies|excuse me)\b(?:\s+(?:for|about|to)\s+[a-z' ]+)?"
    r"\W*$|"
    # "need a vid for the shop": what the video is for, said before what it shows
    r"^(?:i |we )?(?:need|want|wanna|am making|'m making|are making|making|would love|'d love|"
    r"'m wanting|am wanting)\s+(?:a|an|some)\s+"
    r"(?:(?:quick|short|little|lil|wee|new|cute|promo)\s+)*"
    r"(?:vid|video|reel|promo|advert|ad|montage|edit|recap|teaser|trailer)s?"
    r"(?:\s+(?:for|about)\s+(?:(?:the|my|our|a|an)\s+)?[a-z' ]{1,30})?\W*$|"
    r"^(?:i think|i guess|i suppose|maybe|perhaps|hm+|um+|er+m?|right|well)\W*$|"
    # "grandma needs to read it lol", "we're pretending this is fun", "she was right": about
    # someone, said beside the request
    r"^(?:oops |whoops |no |so )?(?:nobody|no one|everyone|everybody|we'?re|we are|they'?re|"
    r"they are|she|he|grandma|grandpa|granny|nan|mum|mom|dad|my (?:mum|mom|dad|wife|husband|"
    r"boss|kids?)|the (?:kids|children|flyer kids)|kids|people)\b(?![^,.]*\b(?:should|wants?|"
    r"would like|asked)\b)[^\d§]*$|"
    r"^the (?:top|bottom|middle|start|end) is\b[^\d§]*$|"
    # "I direct a small church choir", "we run a tattoo studio": who is asking
    r"^(?:i|we) (?:run|own|direct|manage|teach|coach|work (?:at|in|for)|organi[sz]e|lead|sell|"
    r"help (?:out )?(?:at|with))\b[^\d§]*$|"
    r"^(?:thanks?|thank you)(?: so much| very much)? for [a-z' ]+\W*$|"
    # "I make silver rings and sell them on Etsy": what the person does, not an edit
    r"^(?:i|we) (?:make|sell|build|grow|bake|brew|knit|paint|design|repair|fix|breed|teach)\s+"
    r"(?!it\b|the\b|this\b|that\b|them\b|a\b|an\b|one\b|clip)[a-z' ]+\W*$|"
    r"^(?:and )?sell (?:them|it|those|these)\b[a-z' ]*\W*$|"
    r"^good (?:morning|afternoon|evening|day)\W*$|^(?:hi|hello|hey|hiya) there\W*$|"
    r"^(?:every time|always|obviously|of course|for sure|no doubt|trust me|cheers)\W*$|"
    r"^(?:let'?s (?:try|see|do) (?:that|it|this)|let'?s see how (?:that|it) looks)\W*$|"
    r"^(?:it|that|this)(?:'s| is| will be) (?:the |a )?(?:best|perfect|right|better|good|great) "
    r"(?:opening|opener|ending|start|way to (?:start|end)|hook)\W*$|"
    r"^the [a-z' ]+ (?:we|i) keep\W*$|"  # "…, the cheese we keep": not deleted
    r"^[^，,。]*(?:墨迹|磨叽|拖沓)\W*$|"  # "饺子那段贼墨迹": why, said before the ask
    r"^[^，,。]{0,6}(?:绝绝子|yyds|太绝了|绝了|好正|好靓)\W*$|"  # "颜值绝绝子": praise
    r"^[^，,。]*(?:看得清|看得见|听得见|看清楚|看不清)[^，,。]*$|"  # who must see it, and why
    # "Sets the scene.", "no louder", "the square looked fly": said about the request
    r"^(?:that |it |this )?sets? (?:up )?the (?:scene|tone|mood)\W*$|"
    r"^(?:no|not any|nothing) (?:louder|higher|more|quieter)\W*$|"
    r"^(?:the|that|it|this) ?[a-z ]{0,20} (?:looked|looks|was|sounded) (?:fly|good|better|great|"
    r"nice|sick|dope|cool|fine|right|perfect|lovely)\W*$|"
    r"^[^,]*\b(?:shiok|sedap|damn nice)\b[^,]*$|"
    # "做个视频给店里引流": what the video is for
    r"^(?!.*(?:画面|镜头|特写|片段))[^，,。]*(?:引流|打广告|宣传宣传|宣传一下)\W*$|"
    r"^(?:哇)?(?:好|超|太|真)(?:期待|开心|激动|喜欢|兴奋|赞)(?:了|啊|呀|的说|～|~)*\W*$|"
    # "想整个小视频宣传宣传": the video being made, before its first clip
    r"^(?:我们?)?(?:想|打算|准备|要)(?:给[^，,。]{1,12})?(?:整|做|弄|搞|拍|剪)(?:1|一)?(?:个|条|段)?"
    r"(?:小|短)?(?:宣传|推广|介绍|纪念)?(?:短)?(?:视频|短片|vlog|宣传片)"
    r"(?:宣传宣传|宣传一下|推广一下)?\W*$|"
    # "…，不要盖过画面的感觉": how it should feel, said beside the request
    r"^(?:不要|别|不想)(?:盖过|压过|抢了?|影响|太吵|太响)[^，,。]*$|"
    # "not sure how long...", "no idea tbh": the person thinking aloud
    r"^(?:i'?m |im )?(?:not sure|unsure|no idea|dunno|don'?t know)(?: (?:how long|how many|"
    r"about (?:the )?(?:length|timing)|tbh|really|yet|exactly))?\W*$|"
    r"^(?:不好意思|抱歉|对不起)(?:[^，,。]{0,8})?\W*$|"
    r"^(?:谢谢|多谢|感谢|辛苦了|辛苦|麻烦了|麻烦您了|麻烦你了)(?:您|你|啦|了|哈|啊)*\W*$|"
    # "I'm told that's best for Instagram": why, said beside the request
    r"^(?:i'?m told |i think |i hear |apparently )?(?:that'?s|it'?s|this is|that is) (?:the )?"
    r"best (?:for|on) [a-z ]{2,20}\W*$|"
    # "淡出感觉不太合适", "that fade just isn't right": a complaint beside the request
    r"^[^，,。]{0,8}?(?:感觉|好像|看起来)?(?:不太|不|没那么)(?:合适|好看|对劲|好|喜欢|自然)(?:了|啊|呀)?\W*$|"
    # "the clinic prefers silence": why, said beside the request
    r"^(?:the|our|my) [a-z]+ (?:prefers?|likes?|loves?|would prefer|wants?) [a-z ]{1,30}\W*$|"
    r"^(?:我是|我们是)(?!.*(?:想要|把|加|生成|删|改|剪))[^，,。]*$|"
    r"^(?:i'?m|i am|we'?re|we are)\s+(?:a|an|the)\s+[a-z' -]+?"
    r"(?:\s+(?:at|from|in|for|of)\s+[a-z' -]+)?\W*$|"
    r"^[^，,。]*?(?:也|真的?|特别|非常|太)(?:很)?(?:美|漂亮|好看|棒|不错)(?:了|啊|呀)?\W*$|"
    # "it's kind of the prettiest", "that one looks great": praise, said beside a request
    r"^(?:it'?s|that'?s|this is|they'?re|(?:it|that|this)(?: one)? looks?|looks?)\s+"
    r"(?:(?:kind of|kinda|sort of|really|so|very|pretty|the|just|honestly|super)\s+)*"
    r"(?:prettiest|best|nicest|cutest|coolest|beautiful|pretty|nice|cute|cool|great|awesome|"
    r"amazing|lovely|gorgeous|stunning|perfect)\b(?:\s+(?:one|shot|clip|of them|imo|tbh))*\W*$|"
    # "its the hook", "its giving zen", "she does love sunflowers so": said about it, not asked
    r"^(?:it'?s|its|that'?s|thats|this is)\s+(?:the |a |my |our |giving |so |kinda )?"
    r"(?!(?:too|not|way|a bit|kind of|sort of|long|short|slow|fast|loud|quiet|dark|bright|"
    r"big|small|tiny|huge|blurry|off|wrong|late|early)\b)[a-z]+(?:\s+[a-z]+){0,2}\W*$"
)


# Words that ask for an edit: a clause with one is never a silent part of the clause before
ACTION = re.compile(
    r"\b(?:trim(?:med)?|cut|shorten(?:ed)?|lengthen(?:ed)?|extend(?:ed)?|speed|sped|slow(?:ed)?|"
    r"fade[sd]?|mute[sd]?|delete[sd]?|remove[sd]?|move[sd]?|swap(?:ped)?|louder|quieter|bigger|"
    r"smaller|faster|slower|reverse[sd]?|split|crop(?:ped)?|rotate[sd]?|replace[sd]?)\b|"
    r"剪|删|放慢|加速|淡入|淡出|静音|移到|放到"
)


BARE_DELETE = re.compile(
    r"^(?:删掉|删了|删除|去掉|拿掉|不要了|(?:delete|remove|scrap|bin|ditch|drop|cut) (?:it|that)|"
    r"get rid of (?:it|that))(?:吧|了|哈|啦)?\W*$"
)


# "… and the music": a thing named alone after an edit gets that edit's verb
BARE_THING = re.compile(
    r"^(?:the|my|that|its)\s+(?:background\s+)?(?:music|song|bgm|soundtrack|audio|track|tune|"
    r"title|caption|subtitle|text)\s*(?:too|as well)?\W*$"
)
LEAD_VERB = re.compile(
    r"^(?:please\s+)?(fade\s*-?\s*(?:out|in)|fade|mute|unmute|remove|delete|drop|hide|"
    r"get rid of|take out|speed up|slow down|lower|raise)\b"
)


# "…, last 2 seconds" after a text: when it shows, not a cut
BARE_SPAN = re.compile(
    r"^(?:for\s+|during\s+|in\s+|over\s+)?(?:the\s+)?(?:last|final|first|opening)\s+"
    r"\d+(?:\.\d+)?\s*(?:seconds?|secs?|s)\W*$|^(?:最后|前|开头)\d+(?:\.\d+)?秒\W*$"
)


# Words that open a clause without changing it: "and then a clip of…", "ok now trim it".
FILLER = re.compile(
    r"^(?:(?:and|then|also|now|ok|okay|so|great|cool|nice|alright|hmm+|hm|um+|uh+|well|oh|"
    r"actually|honestly|perfect|good|"
    r"thanks(?: a lot| so much)?|thank you(?: so much| very much| ever so much)?|yes|yeah|lastly|"
    r"oops|whoops|oh dear|ag|ach|och|lekker|no wait|hi|hello|hey|hiya|howdy|"
    r"finally|after that|please|next(?=\s*(?:,|$))|"
    r"wah|walao|aiyo|"
    r"(?:lad|lads|mate|pal|buddy|bro|dude|guys|folks|fam|hun|partner|y'all)(?=\s*(?:[,!.]|$)))\b"
    r"[\s,!.]*)+|"
    r"^(?:(?:好的|嗯+|对了|哇+|哇塞|天哪|哈哈+)[，,！!\s]*|然后|接着|现在)+"
)
HELP_ASK = re.compile(
    r"^(?:/?help|what can you do|how does this work|what can i (?:say|ask|do)|"
    r"帮助|你能做什么|怎么用)\W*$"
)


# A sentence said about the request, not asking for one: it starts with who or what it is
# about ("That's how you rock up to the place", "He's never been that graceful", "I keep
# changing my mind", "因为两段的光线差别比较大", "以体现工艺之精细"); numbers and quotes are never
# an aside, and a clause with a word that asks for an edit is not one either.
_ASIDE_EN = re.compile(
    r"^(?:i|i'?m|im|i am|i'?ll|i will|i want it|i keep|i think|i guess|i figure|i hope|we|we'?re|"
    r"we are|we'?ll|he|he'?s|she|she'?s|it|it'?s|its|it is|that|that'?s|thats|this is|they|"
    r"they'?re|there'?s|you|bit like|trust me|on account of|because|cos|cause|since|as|sorry|"
    r"only if|so (?:that|people|everyone)|my|our|fish|people|everyone|nobody|on behalf of|"
    r"anyway|so here goes|the (?:committee|team|client|board|family|kids|members)|"
    r"the (?:finished|final) (?:film|video|cut))\b"
)
_ASIDE_CN = re.compile(
    r"^(?:坐在|因为|所以(?!请|把|将)|这样|以便|以(?=体现|突出|显示|展现)|作为|好让|免得|不然|否则|毕竟|大家|"
    r"我们那天|开场就要|显得|团员们|观众|客人们)"
)
_ASKS_EN = re.compile(
    r"\b(?:trim|cut|shorten|lengthen|extend|speed|slow|faster|slower|shorter|longer|move|swap|"
    r"delete|remove|drop|fade|mute|louder|quieter|bigger|smaller|title|caption|text|music|song|"
    r"volume|crop|canvas|square|vertical|landscape|portrait|undo|redo|add|put|make|generate|clip|"
    r"first|last|start|end|before|after|open|opening|close|closing|go|goes|come|comes|went|"
    r"instead|rather|prefer|ought|should|photo|photograph|picture|image|pic|video|song|track|"
    r"upload\w*|sent|send)\b"
)
_ASKS_CN = re.compile(
    r"把|将|加|删|剪|放到|移|挪|调|改|换|设|生成|去掉|淡|转场|倍|标题|字幕|音乐|横屏|竖屏|方的|方形"
)


# "Back in '78 me and Earl hauled a pike out…": a story, whatever words it has
_STORY = re.compile(
    r"^(?:back (?:in|when)|years ago|one time|once upon|last (?:year|summer|winter|week)|"
    r"when (?:i|we) was|me and [a-z]+ )\b"
)


def is_aside(clause: str) -> bool:
    """Whether a clause nobody read is talk around a request, not a request."""
    if (_STORY.match(clause) or _ASIDE_CN.match(clause)) and "§" not in clause:
        return not _ASKS_CN.search(clause)  # "因为很多团员第2天下午都去城墙上骑车了"
    if re.search(r"\d|§", clause):
        return False
    if re.search(r"[\u4e00-\u9fff]", clause):
        return bool(_ASIDE_CN.match(clause)) and not _ASKS_CN.search(clause)
    return bool(_ASIDE_EN.match(clause)) and not _ASKS_EN.search(clause)


# The video being made, named in talk before the first request ("I should like to prepare a
# short video of our spring walk"): no clip is asked for in it
PROJECT_TALK = re.compile(
    r"^(?!.*\b(?:clip|shot|scene)s?\b).*\b(?:video|film|reel|montage|teaser|promo|lookbook|vlog|"
    r"sizzle reel|advert)\b|^(?!.*(?:画面|镜头|片段)).*(?:视频|短片|宣传片|vlog)"
)
