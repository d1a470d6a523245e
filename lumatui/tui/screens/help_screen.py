"""Help: keys, slash commands, what the router understands, and example prompts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# lumatui help

Describe a clip and refine it by chatting; the timeline on the right follows every change.

## Keys
| key | does |
|---|---|
| Enter | send the message |
| Shift+Enter, Ctrl+J | new line in the message |
| Up / Down | previous / next message you sent |
| Tab | complete a `/command`; otherwise move focus |
| Ctrl+E | export the timeline |
| Ctrl+R | refresh timeline and credits |
| Ctrl+N | new session |
| Ctrl+O | switch session |
| Ctrl+P | command palette (every action) |
| F1 | this help |
| Ctrl+Q | quit |

## Commands
{commands}

## Words that never go to the agent
`export` / `download` / `导出` render and save an MP4 · `credits` / `balance` / `积分` /
`余额` show your balance · `status` / `show tracks` / `状态` summarise the timeline ·
`upload PATH` / `上传`, or paste or drag a file path, upload media.

While a reply is coming, export, credits, status and uploads still work; another message
waits in the queue above the box and is sent when the reply ends.

## Try
- generate a 5-second cinematic video clip of a sunset over the ocean
- add a title 'Urban Dreams' for the first 3 seconds
- export for youtube

Press **Escape** to close.
"""


def help_text() -> str:
    from lumatui.client.router import SLASH_COMMANDS

    rows = "\n".join(f"| `{c.usage}` | {c.help} |" for c in SLASH_COMMANDS)
    return HELP.format(commands=f"| command | does |\n|---|---|\n{rows}")


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help_screen.tcss"
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close", id="close-help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            yield Markdown(help_text())

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
