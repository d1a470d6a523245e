"""lumatui: make short AI video clips by chatting, in a terminal."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lumatui")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
