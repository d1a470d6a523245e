"""What the agent says, in English or Chinese: help, refusals, and the generator's note."""

from __future__ import annotations

HELP_EN = (
    "I can edit this video for you. Try: "
    '"generate a 5-second clip of a sunset over the ocean", "animate my photo with a slow zoom", '
    '"add my video at the start", "trim clip 1 to 3 seconds", "split clip 2 at 1.5s", '
    '"delete the last clip", "swap clip 1 and 2", "make it 2x faster", "mute the clip", '
    '"fade out at the end", "add a crossfade", "add lo-fi music at 30%", "use my song as '
    'background music", "start the music at 2s", "add a title \'Hello\' for the first 3 '
    'seconds", "make the title yellow and move it to the top", "make it square", '
    '"make a slideshow of my photos", "set the length to 10 seconds", "loop it twice", "undo", '
    '"what\'s in my timeline", "start over".'
)
HELP_ZH = (
    "我可以帮你剪辑这个视频。比如：“生成一个5秒的海上日落视频”、“把我的照片做成慢慢放大的视频”、"
    "“把我上传的视频加到开头”、“把第一个片段剪到3秒”、“在2秒处分割第二个片段”、“删除最后一个片段”、"
    "“交换第一个和第二个片段”、“加速到2倍”、“静音”、“结尾淡出”、“片段之间加转场”、"
    "“加上轻松的背景音乐，音量30%”、“用我上传的音乐做背景音乐”、“背景音乐从第2秒开始”、"
    "“加一个标题「你好」显示前3秒”、“标题改成黄色放到顶部”、“改成竖屏”、“把视频时长改为10秒”、"
    "“把所有照片做成视频”、“循环两次”、“撤销”、“时间线里有什么”、“重新开始”。"
)
GENERATOR_NOTE_EN = "made by the local generator (a procedural sketch, not an AI model)"
GENERATOR_NOTE_ZH = "由本地生成器制作（程序化草图，不是AI模型）"


def help_text(chinese: bool) -> str:
    return HELP_ZH if chinese else HELP_EN


def not_understood(parts: list[str], chinese: bool) -> str:
    quoted = ", ".join(f'"{p}"' for p in parts)
    if chinese:
        return f"这部分我没能理解：{quoted}。" + help_text(True)
    return f"I could not work out {quoted}. " + help_text(False)


def say(chinese: bool, en: str, zh: str) -> str:
    return zh if chinese else en
