"""Start-up stays light: the client, httpx and pydantic load after the first frame."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("httpx", "pydantic", "lumatui.client", "lumatui.protocol.draft", "lumatui.engine")


def test_importing_the_app_loads_no_network_or_wire_models() -> None:
    code = f"import sys, lumatui.tui.app\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == ""
