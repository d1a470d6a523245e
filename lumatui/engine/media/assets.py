"""Media the engine holds for a session: uploads and generated clips, stored and probed.

Assets are served back at ``/media/<asset_id>/<filename>``; that URL is also what a draft's
``src`` holds, so the renderer can map any ``src`` back to a file on disk.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import shutil
from pathlib import Path
from urllib.parse import urlparse

from lumatui.engine.media.media_check import check_complete
from lumatui.engine.media.probe import ProbeError, probe
from lumatui.engine.store import Asset, Store
from lumatui.protocol.codes import file_type_for
from lumatui.protocol.upload import UploadedFile

_MEDIA_PATH = re.compile(r"/media/(ast_[A-Za-z0-9]+)(?:/|$)")
_SAFE_NAME = re.compile(r"[^\w.-]+")


def safe_filename(name: str) -> str:
    """A name that is one plain path component: no separators, no ``..``, no control chars."""
    base = Path(name.replace("\\", "/")).name or "file"
    base = re.sub(r"\.{2,}", ".", _SAFE_NAME.sub("_", base)).lstrip(".")
    return base[-120:] or "file"


def new_asset_id() -> str:
    return "ast_" + secrets.token_hex(8)


def media_url(base_url: str, asset_id: str, filename: str) -> str:
    return f"{base_url.rstrip('/')}/media/{asset_id}/{filename}"


def asset_id_from_src(src: str) -> str | None:
    """``http://host/media/ast_x/a.mp4`` or ``ast_x`` → ``ast_x``."""
    if src.startswith("ast_") and "/" not in src:
        return src
    match = _MEDIA_PATH.search(urlparse(src).path)
    return match.group(1) if match else None


class AssetLibrary:
    def __init__(self, store: Store, media_dir: Path) -> None:
        self.store = store
        self.media_dir = media_dir

    def folder(self, session_id: str) -> Path:
        path = self.media_dir / session_id
        path.mkdir(parents=True, exist_ok=True)
        return path

    def new_path(self, session_id: str, filename: str) -> tuple[str, Path]:
        asset_id = new_asset_id()
        return asset_id, self.folder(session_id) / f"{asset_id}_{safe_filename(filename)}"

    def register(
        self,
        asset_id: str,
        session_id: str,
        user_id: str,
        filename: str,
        path: Path,
        *,
        origin: str,
        label: str | None = None,
    ) -> Asset:
        """Probe a stored file and record it; raises ProbeError when it is not media."""
        declared = file_type_for(filename)
        info = probe(path)
        check_complete(path, info)
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        asset = Asset(
            asset_id=asset_id,
            session_id=session_id,
            user_id=user_id,
            filename=safe_filename(filename),
            file_type=declared or info.kind,
            path=str(path),
            duration=info.duration,
            width=info.width,
            height=info.height,
            fps=info.fps,
            hash=digest.hexdigest()[:16],
            size=path.stat().st_size,
            label=label or Path(filename).stem,
            origin=origin,
        )
        self.store.add_asset(asset)
        return asset

    def import_file(
        self, source: Path, session_id: str, user_id: str, *, origin: str, label: str | None
    ) -> Asset:
        """Take ownership of a file made elsewhere (e.g. by the generator)."""
        asset_id, dest = self.new_path(session_id, source.name)
        shutil.move(source, dest)
        return self.register(
            asset_id, session_id, user_id, source.name, dest, origin=origin, label=label
        )

    def resolve(self, src: str) -> Path | None:
        asset_id = asset_id_from_src(src)
        asset = self.store.asset(asset_id) if asset_id else None
        if asset is None:
            return None
        path = Path(asset.path)
        return path if path.exists() else None

    def describe(self, asset: Asset, base_url: str) -> UploadedFile:
        return UploadedFile(
            filename=asset.filename,
            file_type=asset.file_type,
            cdn_url=media_url(base_url, asset.asset_id, asset.filename),
            duration=asset.duration,
            width=asset.width,
            height=asset.height,
            fps=asset.fps,
            hash=asset.hash,
            size=asset.size,
        )


__all__ = ["AssetLibrary", "ProbeError", "asset_id_from_src", "media_url", "safe_filename"]
