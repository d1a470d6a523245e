"""The bundled ffmpeg binary, found on the client's side (the client never imports the engine).

imageio-ffmpeg ships one ffmpeg per platform; the engine finds the same binary the same way.
"""

from __future__ import annotations

from functools import cache

# Scaling flags that give the same pixels on every CPU (swscale's SIMD paths round otherwise),
# so a frame, a contact sheet or a preview looks the same wherever it is made.
EXACT_SCALE = "flags=bilinear+accurate_rnd+bitexact"


@cache
def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()
