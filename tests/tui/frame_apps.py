"""Small apps around the frame widgets, with the real loader and ffmpeg behind them."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from textual.app import App, ComposeResult

from lumatui.protocol.draft import Draft
from lumatui.tui.frame_loader import FrameLoader
from lumatui.tui.widgets.frame_view import FrameRequest, FrameView
from lumatui.tui.widgets.timeline_strip import StripPanel


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

    def __init__(self, folder: Path, image: Image.Image | None = None) -> None:
        super().__init__()
        self.loader = FrameLoader(folder=folder)
        self.image = image

    def compose(self) -> ComposeResult:
        yield FrameView("No frame yet.", id="frame")

    def on_mount(self) -> None:
        if self.image is not None:
            self.query_one(FrameView).show(self.image)

    def on_frame_view_wanted(self, event: FrameView.Wanted) -> None:
        self.loader.load(event.view, event.request)


class StripFramesApp(App[None]):
    """The strip panel with frames answered by the real loader (sources are local clips)."""

    CSS_PATH = "../../lumatui/tui/widgets/timeline_strip.tcss"

    def __init__(self, folder: Path, draft: Draft) -> None:
        super().__init__()
        self.loader = FrameLoader(folder=folder)
        self.draft = draft
        self.asked: list[FrameRequest] = []

    def compose(self) -> ComposeResult:
        yield StripPanel()

    def on_mount(self) -> None:
        self.query_one(StripPanel).show_draft(self.draft)

    def on_frame_view_wanted(self, event: FrameView.Wanted) -> None:
        self.asked.append(event.request)
        self.loader.load(event.view, event.request)


def clips_draft(clips: list[Path], seconds: int = 2) -> Draft:
    """One video track of ``clips``, ``seconds`` each, a title over the first."""
    video = [
        {"id": f"v{n}", "st": n * seconds * 1000, "d": seconds * 1000, "src": clip.as_uri(),
         "m": {"label": clip.stem}}
        for n, clip in enumerate(clips)
    ]  # fmt: skip
    title = {"id": "t", "st": 0, "d": 1000, "txt": "Hello", "m": {"kind": "title"}}
    return Draft.model_validate(
        {"t": [{"id": "video", "tt": 0, "sg": video}, {"id": "text", "tt": 7, "sg": [title]}]}
    )
