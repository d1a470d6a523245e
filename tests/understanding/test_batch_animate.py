"""The README's batch example, through the real CLI: every photo is animated and exported."""

from __future__ import annotations

from pathlib import Path

from lumatui.commands.documents import BatchDocument
from lumatui.engine.media.probe import probe
from tests.e2e.test_cli import lumatui, only_json, png
from tests.support.engine import RunningEngine


def test_batch_animates_each_photo_with_a_slow_zoom(engine: RunningEngine, tmp_path: Path) -> None:
    photos = tmp_path / "photos"
    photos.mkdir()
    png(photos / "pier.png", (64, 48), "orange")
    png(photos / "field.jpg", (48, 64), "green")
    out = tmp_path / "renders"
    result = lumatui(
        "batch",
        str(photos),
        "--instruction",
        "animate it with a slow zoom",
        "-o",
        str(out),
        "--json",
        api=engine.url,
    )
    assert result.returncode == 0, result.stderr
    doc = BatchDocument.model_validate(only_json(result))
    assert (doc.ok, doc.failed, doc.skipped) == (2, 0, 0)
    assert sorted(p.name for p in out.iterdir()) == ["field.mp4", "pier.mp4"]
    for item in doc.items:
        assert item.output is not None
        assert probe(Path(item.output)).video_codec == "h264"
    assert "not on the timeline" not in result.stderr
