import pytest

from lumatui.client.router import Action, route


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("export", Action.EXPORT),
        ("Export please", Action.EXPORT),
        ("导出", Action.EXPORT),
        ("download", Action.EXPORT),
        ("send me the video", Action.EXPORT),
        ("credits", Action.CREDITS),
        ("积分", Action.CREDITS),
        ("balance", Action.CREDITS),
        ("余额多少", Action.CREDITS),
        ("status", Action.STATUS),
        ("状态", Action.STATUS),
        ("show tracks", Action.STATUS),
        ("upload ~/a.png", Action.UPLOAD),
        ("上传文件", Action.UPLOAD),
        ("generate a clip of boats for export", Action.CHAT),
        ("add lo-fi BGM at 35%", Action.CHAT),
    ],
)
def test_route(text: str, action: Action) -> None:
    assert route(text) is action
