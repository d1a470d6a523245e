"""The agent with media over HTTP: uploads animated or added, generated clips and music checked
as files, the event shape of a turn, credits, and the silent-reply switch."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from lumatui.engine.media.ffmpeg import ffmpeg_exe
from lumatui.engine.media.probe import probe
from tests.support.chat import ChatSession, final_text, function_calls, new_session
from tests.support.engine import RunningEngine, start_engine


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("uploads")
    image = folder / "beach.png"
    ramp = np.linspace(0, 255, 240 * 160, dtype=np.float32).reshape(240, 160)
    Image.fromarray(np.stack([ramp, ramp[::-1], ramp * 0.5], axis=2).astype(np.uint8)).save(image)
    video = folder / "walk.mp4"
    song = folder / "song.wav"
    for args in (
        [
            "-f",
            "lavfi",
            "-i",
            "testsrc2=s=180x320:r=30:d=1",
            "-f",
            "lavfi",
            "-i",
            "sine=f=440:d=1",
            "-c:v",
            "libx264",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-shortest",
            str(video),
        ],
        ["-f", "lavfi", "-i", "sine=f=330:d=3", str(song)],
    ):
        subprocess.run([ffmpeg_exe(), "-v", "error", "-y", *args], check=True)
    return {"image": image, "video": video, "song": song}


def media_file(chat: ChatSession, src: str, into: Path) -> Path:
    path = src.split("://", 1)[1].split("/", 1)[1]
    r = chat.raw.get("/" + path)
    assert r.status_code == 200
    into.write_bytes(r.content)
    return into


def middle_frame(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]
    return frames[len(frames) // 2].astype(np.float32)


@pytest.mark.parametrize(
    ("message", "motion"),
    [
        ("animate my photo with a slow zoom out", "zoom_out"),
        ("add the image I uploaded with a pan to the left", "pan_left"),
        ("把我上传的图片做成慢慢放大的视频", "zoom_in"),
        ("用我上传的照片，向右平移", "pan_right"),
    ],
)
def test_image_becomes_a_ken_burns_clip(
    engine: RunningEngine, uploads: dict[str, Path], tmp_path: Path, message: str, motion: str
) -> None:
    chat = new_session(engine)
    uploaded = chat.upload(uploads["image"])
    chat.say(message)
    (seg,) = chat.clips
    assert seg["m"]["kind"] == "image" and seg["m"]["motion"] == motion
    assert seg["m"]["image_src"].endswith(uploaded["filename"])
    info = probe(media_file(chat, seg["src"], tmp_path / "burns.mp4"))
    assert (info.width, info.height) == (180, 320)
    assert info.duration == pytest.approx(seg["d"] / 1000, abs=0.1)


def test_a_longer_animated_image_is_animated_again(
    engine: RunningEngine, uploads: dict[str, Path], tmp_path: Path
) -> None:
    chat = new_session(engine)
    chat.upload(uploads["image"])
    chat.say("animate my photo with a 1 second pan to the left")
    chat.say("make it 2 seconds long")
    (seg,) = chat.clips
    assert seg["d"] == 2000 and seg["m"]["motion"] == "pan_left"
    info = probe(media_file(chat, seg["src"], tmp_path / "longer.mp4"))
    assert info.duration == pytest.approx(2.0, abs=0.1)


@pytest.mark.parametrize("message", ["make a slideshow of my photos", "把所有照片做成视频"])
def test_slideshow_animates_every_uploaded_image(
    engine: RunningEngine, uploads: dict[str, Path], tmp_path: Path, message: str
) -> None:
    chat = new_session(engine)
    second = tmp_path / "second.png"
    Image.open(uploads["image"]).transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(second)
    chat.upload(uploads["image"])
    chat.upload(second)
    chat.say(message)
    assert [s["m"]["kind"] for s in chat.clips] == ["image", "image"]
    assert [s["d"] for s in chat.clips] == [3000, 3000]
    assert len({s["m"]["motion"] for s in chat.clips}) == 2


def test_ken_burns_frames_move(
    engine: RunningEngine, uploads: dict[str, Path], tmp_path: Path
) -> None:
    chat = new_session(engine)
    chat.upload(uploads["image"])
    chat.say("animate my photo with a 2 second zoom in")
    path = media_file(chat, chat.clips[0]["src"], tmp_path / "zoom.mp4")
    with av.open(str(path)) as container:
        frames = [
            f.to_ndarray(format="rgb24").astype(np.float32) for f in container.decode(video=0)
        ]
    assert np.abs(frames[0] - frames[-1]).mean() > 2


@pytest.mark.parametrize(
    ("message", "index"),
    [
        ("add my video at the start", 0),
        ("add the video I uploaded after clip 1", 1),
        ("把我上传的视频加到结尾", 1),
        ("把我上传的视频放在开头", 0),
    ],
)
def test_uploaded_video_is_inserted_where_asked(
    engine: RunningEngine, uploads: dict[str, Path], message: str, index: int
) -> None:
    chat = new_session(engine, "generate a 1 second clip of a lake")
    uploaded = chat.upload(uploads["video"])
    chat.say(message)
    seg = chat.clips[index]
    assert seg["src"].endswith(uploaded["filename"])
    assert seg["m"]["origin"] == "upload" and seg["m"]["has_audio"] is True
    assert seg["d"] == pytest.approx(1000, abs=40)


@pytest.mark.parametrize("message", ["use my song as background music", "用我上传的音乐做背景音乐"])
def test_uploaded_song_becomes_the_music(
    engine: RunningEngine, uploads: dict[str, Path], message: str
) -> None:
    chat = new_session(engine, "generate a 2 second clip of a lake")
    uploaded = chat.upload(uploads["song"])
    chat.say(message)
    (seg,) = chat.music
    assert seg["src"].endswith(uploaded["filename"])
    assert seg["m"]["origin"] == "upload" and seg["d"] == 2000


@pytest.mark.parametrize(
    ("message", "name", "track"),
    [
        ("add walk.mp4 at the start", "walk.mp4", 0),
        ("把walk.mp4加到开头", "walk.mp4", 0),
        ("use song.wav as background music", "song.wav", 1),
    ],
)
def test_uploads_named_by_file(
    engine: RunningEngine, uploads: dict[str, Path], message: str, name: str, track: int
) -> None:
    chat = new_session(engine, "generate a 1 second clip of a lake")
    for kind in ("image", "video", "song"):
        chat.upload(uploads[kind])
    chat.say(message)
    seg = chat.track(track)[0]
    assert seg["src"].endswith(name)


def test_generated_music_is_real_audio(engine: RunningEngine, tmp_path: Path) -> None:
    chat = new_session(engine, "generate a 1 second clip of a lake")
    chat.say("add upbeat background music")
    (seg,) = chat.music
    path = media_file(chat, seg["src"], tmp_path / "music.wav")
    with av.open(str(path)) as container:
        samples = np.concatenate(
            [f.to_ndarray().reshape(-1) for f in container.decode(audio=0)]
        ).astype(np.float32)
    assert len(samples) > 44100 * 5  # at least several seconds, stereo
    assert np.abs(samples).max() > 1000  # 16-bit samples, clearly not silence


def test_different_prompts_give_visibly_different_clips(
    engine: RunningEngine, tmp_path: Path
) -> None:
    chat = new_session(
        engine,
        "generate a 1 second clip of a sunset over the ocean",
        "generate a 1 second clip of a snowy forest at night",
    )
    first, second = (
        media_file(chat, seg["src"], tmp_path / f"{i}.mp4") for i, seg in enumerate(chat.clips)
    )
    for path in (first, second):
        info = probe(path)
        assert (info.width, info.height) == (180, 320)
        assert info.duration == pytest.approx(1.0, abs=0.05)
    assert np.abs(middle_frame(first) - middle_frame(second)).mean() > 20


def test_one_call_and_response_per_operation_then_text(engine: RunningEngine) -> None:
    chat = new_session(engine, "generate a 1 second clip of a lake")
    evs = chat.say("add music at 30% and make it square")
    assert function_calls(evs) == ["add_music", "set_canvas"]
    kinds = []
    for event in evs:
        for part in event.get("content", {}).get("parts", []):
            kinds.append(next(iter(part)))
    assert kinds[:4] == ["functionCall", "functionResponse", "functionCall", "functionResponse"]
    assert set(kinds[4:]) == {"text"} and not evs[-1].get("partial")
    # one line per change; the app shows the timeline, the reply does not repeat it
    assert "Timeline" not in final_text(evs) and "Canvas is now" in final_text(evs)


def test_chinese_replies_stream_in_partials_then_one_final(engine: RunningEngine) -> None:
    chat = new_session(engine, "generate a 1 second clip of a lake")
    evs = chat.say("再生成一个1秒的湖泊视频")  # a reply long enough to stream in pieces
    texts = [e for e in evs if any("text" in p for p in e.get("content", {}).get("parts", []))]
    partial = "".join(e["content"]["parts"][0]["text"] for e in texts if e.get("partial"))
    assert len(texts) > 2 and not texts[-1].get("partial")
    assert partial == texts[-1]["content"]["parts"][0]["text"]
    assert "本地生成器" in partial


def test_credits_are_charged_only_for_what_was_done(engine: RunningEngine) -> None:
    chat = new_session(engine)
    start = chat.raw.credits()["available"]
    chat.say("generate a 1 second clip of a lake")
    assert chat.raw.credits()["available"] == start - 2
    chat.say("delete clip 7")  # cannot apply: the frozen credit is released
    assert chat.raw.credits() == {"available": start - 2, "frozen": 0, "total": start - 2}
    chat.say("mute the first clip")
    assert chat.raw.credits()["available"] == start - 3


def test_replies_name_the_local_generator(engine: RunningEngine) -> None:
    chat = new_session(engine)
    text = final_text(chat.say("generate a 1 second clip of a lake"))
    assert "local generator" in text and "not an AI model" in text
    text = final_text(chat.say("生成一个1秒的湖泊视频"))
    assert "本地生成器" in text


@pytest.fixture(scope="module")
def silent_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningEngine]:
    running = start_engine(tmp_path_factory.mktemp("silent"), "--silent-edit-share", "1")
    yield running
    running.stop()


def test_silent_share_sends_edits_without_text(silent_engine: RunningEngine) -> None:
    chat = new_session(silent_engine, "generate a 1 second clip of a lake")
    evs = chat.say("mute the first clip")
    assert function_calls(evs) == ["set_volume"]
    assert final_text(evs) == ""
    assert chat.clips[0]["vol"] == 0
    assert "Video" in final_text(chat.say("what's in my timeline"))  # reading still answers
    assert "7" in final_text(chat.say("delete clip 7"))  # an edit that failed still explains
