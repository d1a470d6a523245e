"""Starting the app: pick the backend (local engine in-process, a URL, or the cloud)."""

from __future__ import annotations

import sys


def run_app(api: str | None = None, local: bool = False) -> int:
    from lumatui import paths
    from lumatui.client.settings import resolve_base_url

    engine = None
    if local:
        from lumatui.engine.config import EngineConfig
        from lumatui.engine.serve import EngineThread

        engine = EngineThread(EngineConfig(data_dir=paths.ensure(paths.engine_dir()))).start()
        base_url = engine.url
    else:
        base_url = resolve_base_url(api)
    from lumatui.tui.app import LumaApp

    try:
        LumaApp(base_url).run()
    finally:
        if engine is not None:
            engine.stop()
    return 0


if __name__ == "__main__":
    sys.exit(run_app(local=True))
