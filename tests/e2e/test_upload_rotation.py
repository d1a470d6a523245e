"""A phone clip stored landscape with a 90° display matrix is reported at the size it plays at,
and renders upright at that shape."""

from __future__ import annotations

from pathlib import Path

from lumatui.commands.documents import UploadDocument
from lumatui.engine.media.probe import probe
from tests.support.engine import RunningEngine

from .test_cli import lumatui, only_json
from .test_render import ffmpeg


def rotated_clip(folder: Path, degrees: int) -> Path:
    stored = folder / "stored.mp4"
    ffmpeg(
        "-f", "lavfi", "-i", "testsrc2=s=192x108:r=30:d=0.5",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(stored),
    )  # fmt: skip
    turned = folder / f"phone_{degrees}.mp4"
    ffmpeg("-display_rotation", str(degrees), "-i", str(stored), "-c", "copy", str(turned))
    return turned


def test_probe_reads_the_display_matrix(tmp_path: Path) -> None:
    for degrees, size in ((90, (108, 192)), (-90, (108, 192)), (180, (192, 108))):
        info = probe(rotated_clip(tmp_path, degrees))
        assert (info.width, info.height) == size, (degrees, info)
        assert info.rotation in (90, 180, 270)


def test_upload_reports_the_displayed_size(engine: RunningEngine, tmp_path: Path) -> None:
    clip = rotated_clip(tmp_path, 90)
    result = lumatui("upload", "--json", str(clip), api=engine.url)
    assert result.returncode == 0, result.stderr
    (file,) = UploadDocument.model_validate(only_json(result)).root
    assert (file.file_type, file.width, file.height) == ("video", 108, 192)
