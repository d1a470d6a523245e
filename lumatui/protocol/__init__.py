"""Wire models shared by the client and the local engine.

This package imports nothing else of lumatui: both sides meet only here and on the wire.
"""
