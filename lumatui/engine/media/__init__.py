"""Making and reading media: the procedural generator, music, Ken Burns, ffmpeg, probing, assets."""
