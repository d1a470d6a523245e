"""Help: keys, slash commands, what the router understands, and example prompts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# lumatui help

Describe a clip and refine it by chatting; the timeline under the chat follows every change.

## Keys
{keys}

## Commands
{commands}

## Words that never go to the agent
`export` / `download` / `导出` render and save an MP4 · `credits` / `balance` / `积分` /
`余额` show your balance · `status` / `show tracks` / `状态` summarise the timeline ·
`preview` / `play it` / `预览` play a quick draft here · `upload PATH` / `上传`, or paste or
drag a file path, upload media.

While a reply is coming, export, credits, status and uploads still work; another message
waits in the queue above the box and is sent when the reply ends.

## Try
- generate a 5-second cinematic video clip of a sunset over the ocean
- add a title 'Urban Dreams' for the first 3 seconds
- export for youtube

Press **Escape** to close.
"""


# Keys of the composer and the palette; every other key comes from the action table.
OWN_KEYS = (
    ("Enter", "send the message"),
    ("Shift+Enter, Ctrl+J", "new line in the message"),
    ("Up / Down", "previous / next message you sent"),
    ("Tab", "complete a `/command`; otherwise move focus"),
    ("Ctrl+P", "command palette (every action)"),
)


def help_text(keymap: dict[str, str] | None = None) -> str:
    """The help, with each action's key as remapped by ``keymap`` (binding id → key)."""
    from lumatui.tui.action_table import ACTIONS, key_label

    keymap = keymap or {}
    keys = list(OWN_KEYS)
    for spec in ACTIONS:
        key = keymap.get(spec.id, spec.key)
        if key:
            keys.append((", ".join(key_label(k) for k in key.split(",")), spec.help))
    key_rows = "\n".join(f"| {key} | {does} |" for key, does in keys)
    rows = "\n".join(f"| `{spec.usage}` | {spec.help} |" for spec in ACTIONS if spec.slash)
    return HELP.format(
        keys=f"| key | does |\n|---|---|\n{key_rows}",
        commands=f"| command | does |\n|---|---|\n{rows}",
    )


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help_screen.tcss"
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", id="close-help")]

    def __init__(self, keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = keymap or {}

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            yield Markdown(help_text(self.keymap))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
