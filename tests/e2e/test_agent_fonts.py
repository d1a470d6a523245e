"""A title this machine cannot draw is said in the reply when it is added, not only at export."""

from __future__ import annotations

from lumatui.engine.render.fonts import SystemFonts
from tests.support.chat import final_text, new_session
from tests.support.engine import RunningEngine


def test_cjk_title_reply_names_a_missing_font(engine: RunningEngine) -> None:
    chat = new_session(engine, "generate a 1-second clip of a temple")
    reply = final_text(chat.say("add a title “城市之梦” for the first second"))
    assert [seg["txt"] for seg in chat.texts] == ["城市之梦"]
    has_cjk_font = SystemFonts.detect().font_for("城市之梦") is not None
    assert ("No CJK font is installed" in reply) is not has_cjk_font, reply


def test_latin_title_reply_has_no_font_warning(engine: RunningEngine) -> None:
    chat = new_session(engine, "generate a 1-second clip of a temple")
    reply = final_text(chat.say("add a title 'Urban Dreams' for the first second"))
    assert "font" not in reply.lower()
