"""The bundled ffmpeg binary, found on the client's side (the client never imports the engine).

imageio-ffmpeg ships one ffmpeg per platform; the engine finds the same binary the same way.
"""

from __future__ import annotations

from functools import cache


@cache
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()
