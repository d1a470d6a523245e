"""What the agent says, in English or Chinese: help and the generator's note.

Help lists one example per operation, read from the registry, so it never names an
operation that does not exist or leaves one out.
"""

from __future__ import annotations

GENERATOR_NOTE_EN = "made by the local generator (a procedural sketch, not an AI model)"
GENERATOR_NOTE_ZH = "由本地生成器制作（程序化草图，不是AI模型）"


def help_text(chinese: bool) -> str:
    from lumatui.engine.registry import examples

    if chinese:
        return "我可以帮你剪辑这个视频。比如：" + "、".join(f"“{e}”" for e in examples(True)) + "。"
    listed = ", ".join(f'"{e}"' for e in examples(False))
    return f"I can edit this video for you. Try: {listed}."


def say(chinese: bool, en: str, zh: str) -> str:
    return zh if chinese else en
