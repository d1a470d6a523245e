"""Starting the app: pick the backend (local engine in-process, a URL, or the cloud).

The backend is only chosen here; connecting happens inside the app, in a worker, so a backend
that is down or mistyped shows as a line in the chat, never as a traceback.
"""

from __future__ import annotations

import sys


def run_app(api: str | None = None, local: bool = False) -> int:
    from lumatui import paths
    from lumatui.client.settings import resolve_base_url

    engine = None
    history_key = None
    if local:
        from lumatui.engine.config import EngineConfig
        from lumatui.engine.serve import EngineThread

        try:
            data_dir = paths.ensure(paths.engine_dir())
            engine = EngineThread(EngineConfig(data_dir=data_dir)).start()
        except OSError as exc:
            print(f"lumatui: cannot start the local engine: {exc}", file=sys.stderr)
            return 4
        base_url = engine.url
        from lumatui.client.workspace import LOCAL_ENGINE_KEY

        history_key = LOCAL_ENGINE_KEY  # a new port each run; its sessions are kept by name
    else:
        base_url = resolve_base_url(api)
    from lumatui.tui.app import LumaApp

    try:
        app = LumaApp(
            base_url, still_working_after=still_working_seconds(), history_key=history_key
        )
        app.set_keymap(keymap())  # {"export": "ctrl+x", ...}: binding ids → keys
        app.run()
    except KeyboardInterrupt:
        pass
    finally:
        if engine is not None:
            engine.stop()
    return 0


def still_working_seconds(default: float = 120.0) -> float:
    """``still_working_seconds`` in config.json: silence before "⏳ Still working..." shows."""
    from lumatui.client.settings import read_config

    value = read_config().get("still_working_seconds", default)
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return seconds if seconds > 0 else default


def keymap() -> dict[str, str]:
    """``keymap`` in config.json remaps the app's bindings by id (export, help, quit...)."""
    from lumatui.client.settings import read_config

    value = read_config().get("keymap")
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if isinstance(v, str)}


if __name__ == "__main__":
    sys.exit(run_app(local=True))
