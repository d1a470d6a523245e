"""Running the engine: in the foreground (``lumatui serve``) or on a thread (``--local``).

The socket is bound before uvicorn starts, so port 0 works and the real URL is known (and
printed) before the first request can arrive.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Callable

import uvicorn

from lumatui.engine.config import EngineConfig
from lumatui.engine.http.server import create_app


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def _server(config: EngineConfig, log_level: str) -> uvicorn.Server:
    uv_config = uvicorn.Config(
        create_app(config),
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        lifespan="on",
    )
    return uvicorn.Server(uv_config)


def serve_forever(
    config: EngineConfig,
    host: str = "127.0.0.1",
    port: int = 8765,
    on_ready: Callable[[str], None] | None = None,
    log_level: str = "warning",
) -> None:
    sock = bind_socket(host, port)
    try:
        server = _server(config, log_level)  # takes the data folder's lock
    except BaseException:
        sock.close()
        raise
    if on_ready:
        on_ready(url_of(sock))
    asyncio.run(server.serve(sockets=[sock]))


class EngineThread:
    """The engine inside this process, on its own thread and event loop."""

    def __init__(self, config: EngineConfig, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sock = bind_socket(host, port)
        self.url = url_of(self.sock)
        try:
            self._server = _server(config, "error")  # takes the data folder's lock
        except BaseException:
            self.sock.close()
            raise
        self._thread = threading.Thread(target=self._run, name="lumatui-engine", daemon=True)

    def _run(self) -> None:
        logging.getLogger("uvicorn.error").disabled = True
        asyncio.run(self._server.serve(sockets=[self.sock]))

    def start(self) -> EngineThread:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self.sock.close()
