"""The local engine: a loopback HTTP + SSE server that speaks the NemoVideo protocol."""
