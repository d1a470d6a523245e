"""The router is pure: every row of the issue's table, in English and Chinese."""

import pytest

from lumatui.client.router import Action, gui_hints, parse, route, split_paths


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("export", Action.EXPORT),
        ("Export please", Action.EXPORT),
        ("please export it", Action.EXPORT),
        ("导出", Action.EXPORT),
        ("帮我导出视频", Action.EXPORT),
        ("download", Action.EXPORT),
        ("send me the video", Action.EXPORT),
        ("click Export", Action.EXPORT),
        ("credits", Action.CREDITS),
        ("my credits", Action.CREDITS),
        ("how many credits do I have?", Action.CREDITS),
        ("积分", Action.CREDITS),
        ("balance", Action.CREDITS),
        ("余额多少", Action.CREDITS),
        ("status", Action.STATUS),
        ("状态", Action.STATUS),
        ("show tracks", Action.STATUS),
        ("show me the timeline", Action.STATUS),
        ("what's in my timeline", Action.STATUS),
        ("preview in timeline", Action.STATUS),
        ("preview", Action.PREVIEW),
        ("please preview the cut", Action.PREVIEW),
        ("play it", Action.PREVIEW),
        ("预览", Action.PREVIEW),
        ("preview a sunset clip with a title", Action.CHAT),
        ("play some jazz in the background", Action.CHAT),
        ("open the project", Action.STATUS),
        ("upload ~/a.png", Action.UPLOAD),
        ("upload", Action.UPLOAD),
        ("上传文件", Action.UPLOAD),
        ("generate a clip of boats for export", Action.CHAT),
        ("add lo-fi BGM at 35%", Action.CHAT),
        ("add a title 'Urban Dreams' for the first 3 seconds", Action.CHAT),
        ("make the credits roll at the end", Action.CHAT),
        ("生成一个5秒的日落视频", Action.CHAT),
        ("", Action.CHAT),
    ],
)
def test_route(text: str, action: Action) -> None:
    assert route(text) is action


@pytest.mark.parametrize(
    ("text", "action", "args"),
    [
        ("/export", Action.EXPORT, ()),
        ("/export tiktok", Action.EXPORT, ("tiktok",)),
        ("/EXPORT YouTube", Action.EXPORT, ("youtube",)),
        ("/credits", Action.CREDITS, ()),
        ("/status", Action.STATUS, ()),
        ("/upload a.mp4 'b c.png'", Action.UPLOAD, ("a.mp4", "b c.png")),
        ("/new", Action.CHAT, ()),  # the app's own commands are the app's (tui/action_table)
    ],
)
def test_a_leading_slash_asks_what_the_word_asks(
    text: str, action: Action, args: tuple[str, ...]
) -> None:
    routed = parse(text)
    assert routed.action is action
    assert routed.args == args


def test_export_words_pick_a_preset() -> None:
    assert parse("export for tiktok").preset == "tiktok"
    assert parse("/export square").preset == "square"
    assert parse("export").preset is None


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("/home/me/clip.mp4", ["/home/me/clip.mp4"]),
        ("~/Movies/beach.MOV", ["~/Movies/beach.MOV"]),
        ("/Users/me/My\\ Clip.mov", ["/Users/me/My Clip.mov"]),
        ("'/Users/me/My Clip.mov'", ["/Users/me/My Clip.mov"]),
        ("file:///tmp/a%20b.png", ["/tmp/a b.png"]),
        ("/tmp/a.mp4 /tmp/song.mp3", ["/tmp/a.mp4", "/tmp/song.mp3"]),
        ("./intro.webm", ["./intro.webm"]),
    ],
)
def test_pasted_paths_are_uploads(text: str, paths: list[str]) -> None:
    routed = parse(text)
    assert routed.action is Action.UPLOAD
    assert list(routed.args) == paths


@pytest.mark.parametrize("text", ["/tmp/notes.txt", "/home/me", "/etc/passwd"])
def test_paths_that_are_not_media_are_not_uploads(text: str) -> None:
    assert parse(text).action is not Action.UPLOAD


def test_upload_words_carry_paths() -> None:
    assert parse("upload /tmp/a.mp4").args == ("/tmp/a.mp4",)
    assert parse("上传 /tmp/a.mp4").args == ("/tmp/a.mp4",)


def test_split_paths_survives_an_unbalanced_quote() -> None:
    assert split_paths("it's.mp4") == ["it's.mp4"]


@pytest.mark.parametrize(
    ("reply", "actions"),
    [
        ("Done! Click Export to download your video.", [Action.EXPORT]),
        ('Press the "Export" button when ready.', [Action.EXPORT]),
        ("You can preview it in the timeline.", [Action.STATUS]),
        ("Open the editor to see the result.", [Action.STATUS]),
        ("Drag and drop your footage here.", [Action.UPLOAD]),
        ("Added a title.", []),
    ],
)
def test_gui_words_become_actions(reply: str, actions: list[Action]) -> None:
    assert gui_hints(reply) == actions
