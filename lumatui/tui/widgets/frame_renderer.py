"""Which textual-image renderer draws frames, chosen from the environment, never by asking.

textual-image asks the terminal what it can draw when ``textual_image.renderable`` is first
imported, by writing an escape sequence and reading the answer from stdin. Once Textual runs,
Textual owns stdin: the answer would arrive as keystrokes and the question would change the
terminal's mode under it. So frames load textual-image lazily (start-up never pays for it or
for PIL) and skip that question: the renderer follows the terminal's name (Kitty graphics in
Kitty, Sixel where the terminal is known to draw it, colour half-blocks everywhere else,
including tmux, which passes neither through by default). ``LUMATUI_IMAGES`` overrides it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from collections.abc import Mapping
from functools import cache
from typing import Any

# renderer → the widget class in textual_image.widget that draws with it
WIDGETS = {
    "kitty": "TGPImage",
    "sixel": "SixelImage",
    "halfcell": "HalfcellImage",
    "unicode": "UnicodeImage",
}
SIXEL_TERMINALS = ("foot", "mlterm", "contour", "yaft")  # TERM prefixes that draw Sixel
SIXEL_PROGRAMS = ("WezTerm", "iTerm.app")  # TERM_PROGRAM values that draw Sixel
DEFAULT_CELL = (10, 20)  # pixels per cell when the terminal does not say (VT340's)

_forced: str | None = None


def force(renderer: str | None) -> None:
    """Tests and screenshots: draw with ``renderer`` whatever the terminal (None: choose)."""
    global _forced
    if renderer is not None and renderer not in WIDGETS:
        raise ValueError(f"unknown renderer {renderer!r}")
    _forced = renderer


def choose(env: Mapping[str, str]) -> str:
    """The renderer for a terminal described by ``env`` (pure)."""
    asked = env.get("LUMATUI_IMAGES", "").strip().lower()
    if asked in WIDGETS:
        return asked
    term = env.get("TERM", "")
    if env.get("TMUX") or term.startswith(("tmux", "screen")):
        return "halfcell"
    if term == "xterm-kitty" or env.get("KITTY_WINDOW_ID"):
        return "kitty"
    if term.startswith(SIXEL_TERMINALS) or env.get("TERM_PROGRAM") in SIXEL_PROGRAMS:
        return "sixel"
    return "halfcell"


def renderer() -> str:
    return _forced or choose(os.environ)


def _cell_size() -> tuple[int, int]:
    """Pixels per cell from the kernel's window size (no escape sequence, no stdin)."""
    try:
        import fcntl
        import struct
        import termios

        raw = fcntl.ioctl(sys.__stdout__, termios.TIOCGWINSZ, b"\0" * 8)  # type: ignore[arg-type]
        rows, columns, width, height = struct.unpack("HHHH", raw)
        if rows and columns and width and height:
            return width // columns, height // rows
    except (OSError, ValueError, TypeError, ImportError):
        pass
    return DEFAULT_CELL


@cache
def _widgets() -> types.ModuleType:
    """``textual_image.widget``, imported without its terminal queries."""
    spec = importlib.util.find_spec("textual_image")
    assert spec is not None and spec.submodule_search_locations
    if "textual_image.renderable" not in sys.modules:
        package = types.ModuleType("textual_image.renderable")
        package.__path__ = [f"{spec.submodule_search_locations[0]}/renderable"]
        sys.modules["textual_image.renderable"] = package
        from textual_image._terminal import CellSize, get_cell_size
        from textual_image.renderable import halfcell, sixel, tgp, unicode

        get_cell_size._result = CellSize(*_cell_size())  # type: ignore[attr-defined]
        package.TGPImage = tgp.Image  # type: ignore[attr-defined]
        package.SixelImage = sixel.Image  # type: ignore[attr-defined]
        package.HalfcellImage = halfcell.Image  # type: ignore[attr-defined]
        package.UnicodeImage = unicode.Image  # type: ignore[attr-defined]
        package.Image = halfcell.Image  # type: ignore[attr-defined]  # "auto" is our choice
    import textual_image.widget as widgets

    return widgets


@cache
def image_widget(renderer_name: str | None = None) -> Any:
    """The textual-image widget class that draws with ``renderer_name`` (default: chosen),
    sized by its style even before its first layout."""
    base = getattr(_widgets(), WIDGETS[renderer_name or renderer()])
    from textual.css.scalar import Unit

    class Sized(base, Renderable=base._Renderable):  # type: ignore[misc, valid-type]
        """textual-image reads a size given in cells (or vh, vw) from the laid-out widget (0
        until the first layout) and caps an auto width at its container's (0 in an auto-width
        parent): either way ``width: auto; height: 6`` came out 0 cells wide for good."""

        def get_content_width(self, container: Any, viewport: Any) -> int:
            # Inside an auto-width parent the container is 0 wide: the screen is the limit.
            if container.width == 0:
                container = viewport
            return int(super().get_content_width(container, viewport))

        def get_content_height(self, container: Any, viewport: Any, width: int) -> int:
            # ``height: auto`` under a width in fr or %: the height follows the width being laid
            # out, not the widget's size before layout (0).
            if self.styles.height is not None and self.styles.height.is_auto and width:
                from textual_image._geometry import ImageSize
                from textual_image._terminal import get_cell_size

                size = ImageSize(self._image_width, self._image_height, width=width, height="auto")
                return size.get_cell_size(width, container.height or 2**32, get_cell_size())[1]
            return int(super().get_content_height(container, viewport, width))

        def _get_styled_dimension(self, styles: Any, dimension: str) -> Any:
            scalar = getattr(styles, dimension)
            if scalar is not None and scalar.unit is Unit.CELLS:
                return int(scalar.value)
            if scalar is not None and scalar.unit in (Unit.VIEW_HEIGHT, Unit.VIEW_WIDTH):
                screen = (
                    self.app.size.height if scalar.unit is Unit.VIEW_HEIGHT else self.app.size.width
                )
                return max(1, int(scalar.value * screen / 100))
            return super()._get_styled_dimension(styles, dimension)

    Sized.__name__ = base.__name__
    return Sized
