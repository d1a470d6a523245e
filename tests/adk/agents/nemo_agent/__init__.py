"""The test app ADK loads by name (``nemo_agent``)."""

from . import agent

__all__ = ["agent"]
