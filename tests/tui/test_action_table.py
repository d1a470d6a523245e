"""One table of actions: bindings, the palette, slash completion and /help all come from it."""

from __future__ import annotations

import pytest
from textual.command import CommandList

from lumatui.tui.action_table import ACTIONS, BY_ID, BY_SLASH, key_label
from lumatui.tui.app import LumaApp
from lumatui.tui.commands import LumaCommands
from lumatui.tui.screens.help_screen import help_text
from lumatui.tui.slash import complete, is_command, read
from tests.tui.helpers import wait_for

UNREACHABLE = "http://127.0.0.1:9"


def test_each_action_is_declared_once() -> None:
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    slashes = [name for spec in ACTIONS for name in (spec.slash, *spec.aliases) if name]
    assert len(slashes) == len(set(slashes)) == len(BY_SLASH)
    keys = [spec.key for spec in ACTIONS if spec.key]
    assert len(keys) == len(set(keys))
    for spec in ACTIONS:  # every row names a handler the app has
        assert callable(getattr(LumaApp, f"action_{spec.handler}", None)), spec.id


def test_the_apps_bindings_are_the_tables_keys() -> None:
    bound = {b.id: b for b in LumaApp.BINDINGS if hasattr(b, "id")}  # type: ignore[union-attr]
    assert set(bound) == {spec.id for spec in ACTIONS if spec.key}
    assert bound["export"].key == "ctrl+e" and bound["export"].action == "do('export')"
    assert bound["preview"].key == "f5" and bound["preview"].show
    assert bound["quit"].priority and not bound["refresh"].priority


@pytest.mark.parametrize(
    ("text", "action", "args"),
    [
        ("/export", "export", ()),
        ("/export tiktok", "export", ("tiktok",)),
        ("/EXPORT YouTube", "export", ("youtube",)),
        ("/preview", "preview", ()),
        ("/credits", "credits", ()),
        ("/status", "status", ()),
        ("/new", "new-session", ()),
        ("/sessions", "sessions", ()),
        ("/help", "help", ()),
        ("/quit", "quit", ()),
        ("/q", "quit", ()),
        ("/exit", "quit", ()),
        ("/copy", "copy-reply", ()),
        ("/upload a.mp4 'b c.png'", "upload", ("a.mp4", "b c.png")),
        ("/upload", "upload", ()),
    ],
)
def test_slash_commands_read_with_the_table(text: str, action: str, args: tuple[str, ...]) -> None:
    assert is_command(text)
    typed = read(text)
    assert typed.spec is BY_ID[action]
    assert typed.args == args


def test_unknown_commands_and_pasted_paths() -> None:
    typed = read("/frobnicate now")
    assert typed.spec is None and typed.name == "frobnicate"
    assert not is_command("/home/me/clip.mp4")  # a pasted path: the router uploads it
    assert not is_command("export")


def test_completion() -> None:
    assert [s.slash for s in complete("/ex")] == ["export"]
    assert [s.slash for s in complete("/s")] == ["status", "sessions"]
    assert [s.slash for s in complete("/pr")] == ["preview"]
    assert complete("/export tiktok") == []
    assert complete("hello") == []
    assert len(complete("/")) == sum(1 for spec in ACTIONS if spec.slash)


def test_help_lists_every_key_and_command_and_follows_the_keymap() -> None:
    text = help_text()
    for spec in ACTIONS:
        if spec.slash:
            assert f"| `{spec.usage}` | {spec.help} |" in text
        if spec.key:
            assert f"| {key_label(spec.key)} | {spec.help} |" in text
    assert "| F5 | render a quick draft" in text and "`/preview`" in text
    remapped = help_text({"export": "ctrl+x"})
    assert "| Ctrl+X | render the timeline" in remapped and "| Ctrl+E |" not in remapped


def test_key_labels() -> None:
    assert key_label("ctrl+e") == "Ctrl+E"
    assert key_label("f1") == "F1"
    assert key_label("ctrl+shift+f") == "Ctrl+Shift+F"


async def test_the_palette_offers_every_action_and_every_preset() -> None:
    app = LumaApp(UNREACHABLE)
    async with app.run_test(size=(120, 30)) as pilot:
        hits = [hit async for hit in LumaCommands(app.screen).discover()]
        names = [str(hit.display) for hit in hits]
        assert names[:2] == ["Export", "Export: TikTok 1080x1920"]
        assert [n for n in names if ":" not in n] == [spec.label for spec in ACTIONS]
        assert {f"Export: {p.label}" for p in app.presets} <= set(names)
        await pilot.press("ctrl+p")
        await pilot.press(*"preview the")
        await wait_for(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        shown = str(app.screen.query_one(CommandList).get_option_at_index(0).prompt)
        assert "Preview the cut" in shown


def test_every_word_the_client_router_knows_is_an_action_of_the_table() -> None:
    from lumatui.client.router import Action, parse

    for action in Action:
        if action is not Action.CHAT:
            assert action.value in BY_ID, action
    assert BY_ID[parse("preview").action.value] is BY_ID["preview"]  # the word, as /preview
