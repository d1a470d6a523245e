"""Recipes of made clips, and drawing a clip again at another shape instead of cropping it.

A generated clip is procedural: what the generator was given (prompt, seed, length, frame
rate; the prompt's words are its scene, time of day, weather and style) draws it again at
any size. A Ken Burns clip is its still, move and length: made again, the still is fitted to
the new shape by the rule uploads follow (cover). Uploaded media have no recipe and keep
their fit rules. Recipes live in the engine's SQLite state keyed by the clip's asset; what
they name are asset ids and words, never a path.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from lumatui.engine.media.assets import AssetLibrary, asset_id_from_src
from lumatui.engine.media.generator import ClipGenerator
from lumatui.engine.media.ken_burns import animate_image
from lumatui.engine.store import Asset, Store

log = logging.getLogger("lumatui.engine.recipes")

GENERATE, ANIMATE = "generate", "animate"
SHAPE_TOLERANCE = 0.01  # aspect ratios closer than 1% are one shape (even-pixel rounding)
MAX_SHORT_SIDE = 1080


@dataclass(frozen=True)
class Recipe:
    """Everything needed to draw a made clip again, except its size."""

    maker: str  # GENERATE (the text→clip generator) or ANIMATE (a still's Ken Burns move)
    seconds: float
    fps: int
    label: str
    prompt: str = ""  # GENERATE: the words the scene is drawn from
    seed: int = 0
    generator: str = ""  # the generator's name, as it was when the clip was made
    image_id: str = ""  # ANIMATE: the still's asset
    motion: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def key(self) -> str:
        """Same key, same picture: finds a clip already drawn from it at a given size."""
        text = json.dumps(self.as_json(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Recipe | None:
        """A stored recipe; None when it is not one (a damaged row redraws nothing)."""
        known = {f.name for f in fields(cls)}
        try:
            recipe = cls(**{k: v for k, v in data.items() if k in known})
            return recipe if recipe.maker in (GENERATE, ANIMATE) else None
        except TypeError:
            return None


def drawing_size(width: int, height: int) -> tuple[int, int]:
    """The size an export draws a clip at: its own, or 1080p at that shape when larger (the
    render scales it up; drawing 4K would cost more than it shows)."""
    scale = min(1.0, MAX_SHORT_SIDE / max(1, min(width, height)))
    return max(2, round(width * scale / 2) * 2), max(2, round(height * scale / 2) * 2)


def same_shape(width: int, height: int, other_w: int, other_h: int) -> bool:
    if min(width, height, other_w, other_h) <= 0:
        return True  # nothing to compare: leave the clip alone
    ratio, other = width / height, other_w / other_h
    return abs(ratio - other) <= SHAPE_TOLERANCE * other


@dataclass
class Redrawn:
    """What :meth:`Redrawer.redraw_all` did: old ``src`` → the clip drawn at the new shape."""

    made: dict[str, Asset] = field(default_factory=dict)
    reused: set[str] = field(default_factory=set)  # of ``made``: drawn at that size before
    failed: list[str] = field(default_factory=list)  # srcs that keep their old picture
    seconds: float = 0.0

    @property
    def drawn(self) -> int:
        """How many clips were drawn now (the rest of ``made`` were kept from before)."""
        return len(self.made) - len(self.reused)


class RedrawError(RuntimeError):
    """A recipe that cannot be drawn again (its still is gone)."""


class Redrawer:
    """Keeps recipes, and draws a made clip again at another size (reusing one made before)."""

    def __init__(
        self, store: Store, assets: AssetLibrary, generator: ClipGenerator, work_dir: Path
    ) -> None:
        self.store = store
        self.assets = assets
        self.generator = generator
        self.work_dir = work_dir

    def remember(self, asset: Asset, recipe: Recipe, width: int, height: int) -> None:
        self.store.save_recipe(asset.asset_id, recipe.key(), width, height, recipe.as_json())

    def recipe_of(self, asset_id: str) -> Recipe | None:
        stored = self.store.recipe(asset_id)
        return Recipe.from_json(stored) if stored else None

    def redraw(self, asset: Asset, width: int, height: int) -> tuple[Asset, bool] | None:
        """``asset`` drawn at ``width``x``height`` and whether it was drawn just now (else it
        was made before); None when it has no recipe (an upload, or a clip made before
        recipes were kept). Raises when drawing fails: the caller keeps the old clip."""
        recipe = self.recipe_of(asset.asset_id)
        if recipe is None:
            return None
        known = self.store.recipe_variant(recipe.key(), width, height, asset)
        if known is not None and Path(known.path).exists():
            return known, False
        with tempfile.TemporaryDirectory(dir=self.work_dir) as tmp:
            path = self._draw(recipe, width, height, Path(tmp), asset.user_id)
            made = self.assets.import_file(
                path, asset.session_id, asset.user_id, origin="generated", label=asset.label
            )
        self.remember(made, recipe, width, height)
        return made, True

    def _draw(self, recipe: Recipe, width: int, height: int, folder: Path, user_id: str) -> Path:
        if recipe.maker == GENERATE:
            clip = self.generator.generate(
                recipe.prompt,
                seconds=recipe.seconds,
                width=width,
                height=height,
                fps=recipe.fps,
                seed=recipe.seed,
                out_path=folder / "generated.mp4",
            )
            return clip.path
        still = self.store.asset(recipe.image_id)
        if still is None or still.user_id != user_id or not Path(still.path).exists():
            raise RedrawError("the still this clip was animated from is gone")
        out = folder / "ken_burns.mp4"
        animate_image(
            Path(still.path),
            out,
            motion=recipe.motion or "zoom_in",
            seconds=recipe.seconds,
            width=width,
            height=height,
            fps=recipe.fps,
        )
        return out

    def redraw_all(
        self,
        srcs: Iterable[str],
        width: int,
        height: int,
        user_id: str,
        stop: Callable[[], bool] = lambda: False,
    ) -> Redrawn:
        """Each made clip among ``srcs`` whose shape is not ``width``x``height``'s, drawn
        again at that size (once per clip); uploads and clips of that shape are left alone.
        A clip that fails is listed in ``failed`` and nothing else changes for it."""
        done = Redrawn()
        start = time.perf_counter()
        for src in dict.fromkeys(srcs):
            if stop():
                break
            asset_id = asset_id_from_src(src)
            asset = self.store.asset(asset_id) if asset_id else None
            if asset is None or asset.user_id != user_id or asset.origin != "generated":
                continue
            if same_shape(asset.width or 0, asset.height or 0, width, height):
                continue
            try:
                found = self.redraw(asset, width, height)
            except Exception as exc:  # the old clip stays; the reason goes to the log only
                log.warning("redraw of %s at %dx%d failed", asset_id, width, height, exc_info=exc)
                done.failed.append(src)
                continue
            if found is not None:
                done.made[src] = found[0]
                if not found[1]:
                    done.reused.add(src)
        done.seconds = time.perf_counter() - start
        return done
