"""Draft to MP4: the render plan, loudness, presets, fonts, verification, the job queue."""
