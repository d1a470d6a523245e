"""Error codes and header names of the protocol (see docs/protocol.md)."""

from __future__ import annotations

# Body codes (inside the envelope).
OK = 0
TOKEN_INVALID = 1001
SESSION_NOT_FOUND = 1002
NO_CREDITS = 2001
UNSUPPORTED_FILE = 4001
FILE_TOO_LARGE = 4002

# Codes for errors the protocol does not name; chosen by us and documented.
BAD_REQUEST = 4000
NOT_FOUND = 4004
SERVER_ERROR = 5000

# Headers.
AUTHORIZATION = "Authorization"
CLIENT_ID = "X-Client-Id"
SKILL_SOURCE = "X-Skill-Source"
SKILL_VERSION = "X-Skill-Version"
SKILL_PLATFORM = "X-Skill-Platform"
ATTRIBUTION_HEADERS = (SKILL_SOURCE, SKILL_VERSION, SKILL_PLATFORM)
SKILL_SOURCE_VALUE = "ai-video-generator-free-luma"

# Uploads.
VIDEO_FORMATS = ("mp4", "mov", "avi", "webm", "mkv")
IMAGE_FORMATS = ("jpg", "jpeg", "png", "gif", "webp")
AUDIO_FORMATS = ("mp3", "wav", "m4a", "aac")
MAX_UPLOAD_BYTES = 200 * 1024 * 1024
# Our choice: files in one multipart upload request (the client splits longer lists).
MAX_FILES_PER_UPLOAD = 20
# Our choice: longer chat messages are refused before they are sent (and by the engine).
MAX_MESSAGE_CHARS = 20_000

APP_NAME = "nemo_agent"
ANONYMOUS_CREDITS = 100


def file_type_for(name: str) -> str | None:
    """``video``/``image``/``audio`` by extension, or ``None`` when unsupported."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in VIDEO_FORMATS:
        return "video"
    if ext in IMAGE_FORMATS:
        return "image"
    if ext in AUDIO_FORMATS:
        return "audio"
    return None


def supported_formats_text() -> str:
    images = " ".join(f for f in IMAGE_FORMATS if f != "jpeg")
    return f"video {' '.join(VIDEO_FORMATS)}; image {images}; audio {' '.join(AUDIO_FORMATS)}"
