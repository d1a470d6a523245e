"""Small apps around the frame widgets, with the real loader and ffmpeg behind them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from textual.app import App, ComposeResult

from lumatui.client.frames import FrameStore
from lumatui.tui.frame_loader import FrameLoader
from lumatui.tui.widgets.frame_view import FrameView

CSS_PATHS = [
    Path(__file__).parents[2] / "lumatui/tui/widgets/frame_view.tcss",
]


def card_image(width: int = 32, height: int = 18) -> Image.Image:
    """Four coloured quarters over a grey ramp: every half-block shows which pixel is where."""
    image = Image.new("RGB", (width, height))
    for x in range(width):
        for y in range(height):
            ramp = 40 + 160 * x // max(1, width - 1)
            quarter = (x >= width // 2) + 2 * (y >= height // 2)
            tint = [(ramp, 30, 30), (30, ramp, 30), (30, 30, ramp), (ramp, ramp, ramp)][quarter]
            image.putpixel((x, y), tint)
    return image


class FrameApp(App[None]):
    """One FrameView; frames it wants come from ``store`` in the view's own worker."""

    CSS_PATH = CSS_PATHS

    def __init__(self, folder: Path, image: Image.Image | None = None) -> None:
        super().__init__()
        self.loader = FrameLoader(lambda: FrameStore(folder=folder))
        self.image = image

    def compose(self) -> ComposeResult:
        yield FrameView("No frame yet.", id="frame")

    def on_mount(self) -> None:
        if self.image is not None:
            self.query_one(FrameView).show(self.image)

    def on_frame_view_wanted(self, event: FrameView.Wanted) -> None:
        self.loader.load(event.view, event.request)
