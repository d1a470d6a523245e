"""The base model: tolerant of keys we do not know, so a newer server never breaks us."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class WireModel(BaseModel):
    """Keeps unknown keys (``extra="allow"``) and accepts field names or aliases."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def wire(self) -> dict[str, Any]:
        """The JSON-ready dict as it goes on the wire: aliases, no ``None`` values."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)
