"""Generated clips follow the canvas: "make it 16:9" and an export at a preset of another
shape draw them again from their recipes instead of cropping them; uploads keep their fit.

A session that generates at 9:16 and then changes shape is compared with a session that
generates at 16:9 in the first place (same prompt; one canvas edit before the clip in both,
so the same seed): their exported frames must match and put the horizon on the same row.
Cropping the portrait clip (the old behaviour) moves the horizon and loses the sides.
"""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import httpx
import numpy as np
import pytest
from PIL import Image

from lumatui.engine.config import EngineConfig
from lumatui.engine.edit.timeline import Change
from lumatui.engine.media.assets import AssetLibrary, asset_id_from_src
from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.generator import GeneratedClip, ProceduralGenerator
from lumatui.engine.media.probe import probe
from lumatui.engine.media_maker import MediaMaker
from lumatui.engine.operations import Operation
from lumatui.engine.render.jobs import RenderQueue
from lumatui.engine.store import RenderRow, Store
from lumatui.protocol.draft import Draft
from lumatui.protocol.presets import BY_NAME, crop_warning
from tests.support.chat import ChatSession, final_text
from tests.support.engine import RunningEngine, start_engine

from .raw import Raw
from .test_agent_media import media_file
from .test_render import fetch, submit, wait

PROMPT = "generate a 2-second clip of a sunset over the ocean"
PORTRAIT, WIDE = "set the canvas to 180x320", "set the canvas to 320x180"
AT_S = 1.0


def chat_on(engine: RunningEngine, *messages: str) -> ChatSession:
    raw = Raw(engine.url)
    raw.login()
    chat = ChatSession(raw, raw.session())
    for message in messages:
        chat.say(message)
    return chat


def export(chat: ChatSession, job: str, into: Path, **output: Any) -> tuple[Path, dict[str, Any]]:
    job = f"{job}-{uuid.uuid4().hex[:8]}"  # job ids are the client's: never reuse one
    submit(chat.raw, chat.sid, job, chat.draft(), **output)
    done = wait(chat.raw, job)
    assert done["status"] == "completed", done
    return fetch(chat.raw, done["outputUrl"], into), done


def frame_at(path: Path, at_s: float = AT_S) -> np.ndarray:
    with av.open(str(path)) as box:
        stream = box.streams.video[0]
        for frame in box.decode(stream):
            if frame.time is not None and frame.time >= at_s:
                return frame.to_ndarray(format="rgb24").astype(np.float64)
    raise AssertionError(f"{path.name} has no frame at {at_s} s")


def horizon_row(frame: np.ndarray) -> int:
    """The row where the picture changes most from the one above (sky meets sea)."""
    rows = frame.mean(axis=(1, 2))
    return int(np.argmax(np.abs(np.diff(rows)))) + 1


def assert_same_picture(got: np.ndarray, want: np.ndarray) -> None:
    assert got.shape == want.shape, (got.shape, want.shape)
    diff = float(np.abs(got - want).mean())
    assert diff < 4.0, f"mean abs diff {diff:.1f} against the clip generated at this shape"
    assert abs(horizon_row(got) - horizon_row(want)) <= 2, (horizon_row(got), horizon_row(want))


@pytest.fixture(scope="module")
def wide_reference(engine: RunningEngine, tmp_path_factory: pytest.TempPathFactory) -> np.ndarray:
    """A frame of the prompt generated at 16:9 from the start."""
    chat = chat_on(engine, WIDE, PROMPT)
    path, _ = export(chat, "rerender-wide", tmp_path_factory.mktemp("wide") / "wide.mp4")
    return frame_at(path)


def test_make_it_16_9_redraws_the_generated_clip(
    engine: RunningEngine, wide_reference: np.ndarray, tmp_path: Path
) -> None:
    chat = chat_on(engine, PORTRAIT, PROMPT)
    portrait_src = chat.clips[0]["src"]
    before = chat.raw.credits()["available"]
    reply = final_text(chat.say("make it 16:9"))
    assert "Canvas is now 320x180 (16:9)" in reply
    assert "Redrew 1 generated clip at 16:9" in reply, reply
    assert before - chat.raw.credits()["available"] == EngineConfig(Path(".")).edit_cost
    (clip,) = chat.clips
    assert clip["src"] != portrait_src and clip["d"] == 2000
    path, _ = export(chat, "rerender-canvas", tmp_path / "reshaped.mp4")
    assert_same_picture(frame_at(path), wide_reference)

    wide_src = clip["src"]
    reply = final_text(chat.say("make it 9:16"))  # back to the drawing made first
    assert "Put back the 9:16 drawing of 1 generated clip" in reply, reply
    assert chat.clips[0]["src"] == portrait_src
    chat.say("undo")
    assert chat.clips[0]["src"] == wide_src


def test_an_animated_photo_is_made_again_and_an_upload_is_left_to_its_fit(
    engine: RunningEngine, tmp_path: Path
) -> None:
    photo, video = tmp_path / "photo.png", tmp_path / "walk.mp4"
    Image.fromarray(np.tile(np.arange(160, dtype=np.uint8), (240, 1))).convert("RGB").save(photo)
    subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=s=180x320:r=30:d=1",
         "-pix_fmt", "yuv420p", str(video)],
        check=True,
    )  # fmt: skip
    chat = chat_on(engine, PORTRAIT)
    chat.upload(photo)
    chat.upload(video)
    chat.say("animate my photo with a 1 second zoom in")
    chat.say("add my video to the end")
    (animated, uploaded) = (seg["src"] for seg in chat.clips)
    reply = final_text(chat.say("make it 16:9"))
    assert "Redrew 1 generated clip at 16:9" in reply, reply
    after = [seg["src"] for seg in chat.clips]
    assert after[0] != animated and after[1] == uploaded  # the upload keeps its fit rule
    made = media_file(chat, after[0], tmp_path / "again.mp4")
    assert (probe(made).width, probe(made).height) == (320, 180)


def test_a_preset_of_another_shape_redraws_the_generated_clip(
    engine: RunningEngine, wide_reference: np.ndarray, tmp_path: Path
) -> None:
    chat = chat_on(engine, PORTRAIT, PROMPT)
    path, done = export(
        chat, "rerender-preset", tmp_path / "youtube.mp4", preset="youtube", resolution="320x180"
    )
    assert_same_picture(frame_at(path), wide_reference)
    assert not any("redrawn" in w for w in done.get("warnings") or []), done
    assert chat.draft()["m"]["width"] == 180  # the export changed nothing in the project


def test_recipes_survive_a_restart(tmp_path: Path) -> None:
    first = start_engine(tmp_path / "data")
    try:
        chat = chat_on(first, PORTRAIT, PROMPT)
    finally:
        first.stop()
    again = start_engine(tmp_path / "data")
    try:
        chat.raw.http.base_url = httpx.URL(again.url)
        reply = final_text(chat.say("make it 16:9"))
        assert "Redrew 1 generated clip at 16:9" in reply, reply
    finally:
        again.stop()


def test_the_export_warning_states_the_crop_or_fit_rule() -> None:
    warning = crop_warning(BY_NAME["youtube"], 1080, 1920)
    assert warning.startswith("The canvas is 9:16; YouTube is 16:9")
    assert "generated clips are redrawn" in warning and "uploads are cropped" in warning
    assert crop_warning(BY_NAME["tiktok"], 1080, 1920) == ""


# --- a redraw that fails loses nothing (in-process: a generator that fails at 16:9) ------------


class WideFails(ProceduralGenerator):
    def generate(self, prompt: str, **kw: Any) -> GeneratedClip:
        if kw["width"] > kw["height"]:
            raise RuntimeError("the generator broke")
        return super().generate(prompt, **kw)


@pytest.fixture
def parts(tmp_path: Path) -> Iterator[tuple[EngineConfig, Store, AssetLibrary]]:
    config = EngineConfig(tmp_path)
    store = Store(config.db_path)
    yield config, store, AssetLibrary(store, config.media_dir)
    store.close()


def portrait_clip(parts: tuple[EngineConfig, Store, AssetLibrary]) -> tuple[MediaMaker, Draft]:
    """A 1 s clip generated on a 90x160 canvas (in-process, by a generator that fails wide)."""
    maker = MediaMaker(parts[1], parts[2], WideFails(), parts[0])
    op = Operation("generate_clip", {"prompt": "a sunset over the ocean", "seconds": 1})
    small = Draft.model_validate({"m": {"width": 90, "height": 160}})
    made = asyncio.run(maker.apply(op, small, "s1", "u1", "http://engine", None))
    return maker, made.draft


def test_a_failed_redraw_keeps_the_old_clip_and_says_so(
    parts: tuple[EngineConfig, Store, AssetLibrary],
) -> None:
    store = parts[1]
    maker, draft = portrait_clip(parts)
    src = draft.t[0].sg[0].src
    assert src is not None
    op = Operation("set_canvas", {"aspect": "16:9"})
    wide: Change = asyncio.run(maker.apply(op, draft, "s1", "u1", "http://engine", None))
    assert (wide.draft.m.width, wide.draft.m.height) == (160, 90)
    assert wide.draft.t[0].sg[0].src == src  # the old clip stays in the draft
    assert "Clip 1 could not be redrawn at 16:9; it keeps its picture" in wide.en, wide.en
    old = store.asset(asset_id_from_src(src) or "")
    assert old is not None and Path(old.path).exists()  # and on disk


@pytest.mark.parametrize("generator", [ProceduralGenerator, WideFails])
def test_an_export_redraws_at_the_preset_or_warns(
    parts: tuple[EngineConfig, Store, AssetLibrary], generator: type[ProceduralGenerator]
) -> None:
    config, store, assets = parts
    _, draft = portrait_clip(parts)
    src = draft.t[0].sg[0].src
    queue = RenderQueue(store, assets, config, generator())
    output = {"preset": "youtube", "resolution": "160x90"}
    job = RenderRow("job1", "u1", "s1", draft.wire(), output, "pending", 5, None, None)
    shaped, warnings = asyncio.run(queue.follow_shape(job, draft, asyncio.Event()))
    new_src = shaped.t[0].sg[0].src
    assert draft.t[0].sg[0].src == src  # the job's draft itself is left alone
    if generator is WideFails:
        assert new_src == src
        label = "a sunset over the ocean"
        assert warnings == [
            f"{label} could not be redrawn at 16:9; it is cropped from its old picture."
        ]
    else:
        made = store.asset(new_src or "")
        assert made is not None and (made.width, made.height) == (160, 90) and not warnings
