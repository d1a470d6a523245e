"""Pure: Traditional Chinese read as the Simplified the patterns are written in.

People in Taiwan and Hong Kong write 點, 音樂, 撤銷, 影片. The readers know one script, so
the characters an editing request uses are mapped to their simplified forms first (a word
list, not a full converter: the characters of the editor's own vocabulary and of common
scene words), and the words that differ by region ("影片" for video, "匯出" for export).
"""

from __future__ import annotations

import re

# Traditional → Simplified, as "繁简" pairs.
_PAIRS = (
    "細细 條条 雙双 隻只 啟启 範范 團团 蘭兰 麥麦 龍龙 鋪铺 飛飞 鐵铁 橋桥 瑪玛",
    "點点 樂乐 銷销 換换 個个 視视 頻频 畫画 標标 題题 刪删 開开 頭头 後后 邊边 轉转",
    "場场 過过 長长 變变 為为 設设 裡里 這这 們们 張张 圖图 傳传 錄录 幫帮 讓让 時时",
    "間间 總总 數数 鐘钟 兩两 來来 還还 與与 從从 給给 麼么 嗎吗 說说 話话 聲声 調调",
    "濾滤 鏡镜 號号 對对 體体 顏颜 紅红 綠绿 藍蓝 黃黄 螢萤 橫横 豎竖 電电 腦脑 機机",
    "歲岁 壓压 縮缩 歡欢 輕轻 鬆松 靜静 愛爱 憶忆 雲云 陽阳 風风 灘滩 鳥鸟 魚鱼 貓猫",
    "馬马 車车 燈灯 樹树 葉叶 園园 夢梦 節节 慶庆 誕诞 禮礼 學学 習习 畢毕 業业 發发",
    "臉脸 書书 並并 將将 處处 應应 該该 讀读 寫写 顯显 動动 態态 靈灵 復复 預预 覽览",
    "導导 剛刚 纔才 單单 雙双 雖虽 麗丽 夠够 齊齐 級级 頁页 擊击 選选 擇择 種种 類类",
    "區区 塊块 關关 閉闭 錯错 誤误 適适 當当 實实 際际 現现 氣气 溫温 涼凉 熱热 鬧闹",
    "嚴严 肅肃 優优 華华 簡简 潔洁 專专 經经 濟济 質质 彈弹 鋼钢 貝贝 詞词 舊旧 戲戏",
    "劇剧 團团 隊队 員员 會会 議议 論论 壇坛 網网 絡络 訂订 閱阅 贊赞 讚赞 藝艺 術术",
    "館馆 廳厅 廣广 產产 價价 錢钱 買买 賣卖 貨货 運运 輸输 遞递 飯饭 麵面 餃饺 湯汤",
    "燒烧 魷鱿 蝦虾 鴨鸭 雞鸡 豬猪 蔥葱 薑姜 廚厨 師师 飲饮 紀纪 攝摄 輯辑 匯汇",
)
_FROM = "".join(pair[0] for line in _PAIRS for pair in line.split())
_TO = "".join(pair[1] for line in _PAIRS for pair in line.split())
_TABLE = str.maketrans(_FROM, _TO)
# Words that differ by region, not by script.
_WORDS = {
    "影片": "视频",
    "汇出": "导出",
    "短片": "视频",
    "字卡": "字幕",
    # Cantonese
    "嘅片": "的视频",
    "嗰段": "那段",
    "嗰个": "那个",
    "嗰条": "那条",
    "嗰": "那",
    "细声": "小声",
    "大声啲": "大声点",
    "啲": "点",
    "嘅": "的",
    "嚟": "来",
    "喺": "在",
    "咗": "了",
    "唔要": "不要",
    "唔": "不",
    "係": "是",
    "最尾": "最后",
}
_WORD = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
_TRADITIONAL = re.compile(f"[{_FROM}]")


def simplified(text: str) -> str:
    """``text`` with the Traditional characters the readers need in their Simplified form."""
    text = text.translate(_TABLE) if _TRADITIONAL.search(text) else text
    text = re.sub(r"整(?=(?:1|一)(?:条|段)\S)", "做", text)  # Cantonese 整一条: make one
    text = re.sub(r"(?<!播)放(?:第一|最先)(?![个段条张])", "放到最前面", text)  # 放第一: put first
    text = re.sub(r"(?<!播)放最尾", "放到最后", text)
    return _WORD.sub(lambda m: _WORDS[m.group(0)], text)
