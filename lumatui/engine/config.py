"""Engine settings: one place for every knob the CLI and tests can turn."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The level music is added at when the request names none (35% sits under speech or sound).
MUSIC_LEVEL = 0.35


@dataclass
class EngineConfig:
    data_dir: Path
    heartbeat_seconds: float = 15.0
    token_ttl_seconds: float = 7 * 24 * 3600
    # Anonymous tokens per client id per hour before HTTP 429 (the cloud allows one a week).
    token_requests_per_hour: int = 30
    anonymous_credits: int = 100
    credits_per_generated_second: int = 2
    edit_cost: int = 1
    # The local engine bills nothing real: each new session tops the balance back up to
    # ``anonymous_credits``, so a long day of local work never meets 2001 by accident.
    session_top_up: bool = True
    # Share of edits that reply with no text, as the cloud does (0 = always text).
    silent_edit_share: float = 0.0
    render_slots: int = 0  # 0 = one per two cores
    # URL uploads may fetch from loopback and private networks (tests, a LAN demo); off by
    # default so a token holder cannot probe the engine's own machine.
    allow_private_urls: bool = False
    generator_seed: int = 7
    # Made clips are drawn at 1/N of the canvas (the draft keeps the real canvas): a knob
    # for tests and benchmarks that need many clips quickly; exports stay at the canvas.
    media_scale: int = 1
    # ``--fault`` specs (engine/faults.py): misbehave like the cloud, for tests and demos.
    faults: list[str] = field(default_factory=list)

    @property
    def db_path(self) -> Path:
        return self.data_dir / "engine.sqlite3"

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def renders_dir(self) -> Path:
        return self.data_dir / "renders"
