"""Layouts met in the fifteenth sampled trial of real pages (tests/data/pages/tune15): one short text in
our own words per rule, in both scripts where the script matters; each was read wrongly before its rule."""

from __future__ import annotations

from page_reading import reason, title

from timeline.events import build_events
from timeline.extract import extract_text


def event_texts(document: dict) -> list[str]:
    return [mention["sentence"] for event in build_events([document]) for mention in event["mentions"]]


def test_the_pages_labelled_address_is_chrome_and_its_dated_path_makes_no_event():
    for label in ("本文网址", "本文網址", "原文链接"):
        text = (
            "【某台2013年07月19日讯】入夏以来,华埠的社区活动多了起来,这个周末有文化节和排球赛。\n"
            "文化节7月20日上午11点开始,排球赛21日决赛。\n"
            f"{label}: https://www.example.com/gb/2013/07/19/a934058.html\n"
        )
        assert reason(text, 2) == "meta"
        assert not any("example.com" in sentence for sentence in event_texts(extract_text(text)))
    # a sentence that mentions an address is still text
    told = "市民可在网站上报名,网址: https://www.example.com/signup ,报名截至7月20日,名额有限,请尽早登记。\n"
    assert reason(told, 0) is None


def test_a_caption_led_by_its_picture_label_is_metadata_beside_a_body():
    for caption in (
        "圖:交表現場,大人忙著看資料,小朋友專心看書。",
        "图:交表现场,大人忙着看资料,小朋友专心看书。",
    ):
        text = (
            f"{caption}\n"
            "新盤以低價推出大受歡迎,二手樓市寒冬延續,資助房屋交投也減少,7月份二手居屋錄得349宗註冊,是8個月新低。\n"
            "各銀碼的註冊量按月都下跌,其中樓價600萬元以上的只有33宗,按月急跌約48.4%,跌幅最大,其餘也見回落。\n"
        )
        assert reason(text, 0) == "meta"
    # a photo story whose only paragraph is the captioned one keeps it
    alone = "图:市民在公园赏花。\n"
    assert reason(alone, 0) is None


def test_a_reporters_credit_opening_the_lede_after_a_scrapers_stamp_is_chrome():
    for credit, lede in (
        (
            "〔記者林淑芬／台中報導〕",
            "環保局統計,近3年在兩區共查獲違法排放廢水118家次,去年開罰一家食品廠109萬元。",
        ),
        (
            "〔记者林淑芬/台中报导〕",
            "环保局统计,近3年在两区共查获违法排放废水118家次,去年开罚一家食品厂109万元。",
        ),
    ):
        text = f" date 2025-11-23 {credit}{lede}\n\n環保局表示,兩區管線複雜,已架設監控設備追查污染源。\n"
        document = extract_text(text)
        assert document["published"] == "2025-11-23"
        assert document["title"] == ""  # the page shows no headline; its lede is not one
        start = text.index(credit)
        assert [start, start + len(credit)] in [list(span) for span in document["noise_spans"]]
        assert not any(credit in sentence for sentence in event_texts(document))


def test_a_flattened_bilingual_magazine_page_gives_its_chinese_headline():
    hant = (
        "警訊117期 Revista da P.S.P. 117\n"
        "24 三電單車拒停車受檢 高速衝過路障 Três motociclos ignoram operação Stop 4 月 18 日凌晨,交通警員接報到場"
        "設置路障,3 輛電單車沒有停車受檢,掉頭加速離去,警方其後鎖定車主並移送檢察院。 Na madrugada do dia 18.\n"
    )
    assert title(hant) == "三電單車拒停車受檢 高速衝過路障"
    hans = (
        "Operações Anti-crime 59 警务厅侦破诈骗案 Departamento Policial desmantelou um caso 9月16日,本局接获市民"
        "报案,称其母亲接到陌生男子来电,要求支付赎金,警员随即到场截获一名涉案男子。\n"
    )
    assert title(hans) == "警务厅侦破诈骗案"


def test_years_later_opening_a_sentence_moves_the_story_on_from_the_year_told_before_it():
    for text in (
        "新华社北京8月17日电 8月17日,中国代表团又拿下8枚金牌。一天8金的场面,悉尼也出现过。2000年9月22日,"
        "中国选手一天夺得6枚金牌,那一天被称为“中国日”。八年后,“中国日”在北京重现。\n",
        "新華社北京8月17日電 8月17日,中國代表團又拿下8枚金牌。一天8金的場面,悉尼也出現過。2000年9月22日,"
        "中國選手一天奪得6枚金牌,那一天被稱為“中國日”。八年後,“中國日”在北京重現。\n",
    ):
        assert extract_text(text)["published"] == "2008-08-17"
    # a plan counted from a year is no leap of the story's own time
    plan = "新华社某地8月17日电 8月17日,新的大桥开工建设。2020年3月5日,项目获批,预计三年后,大桥建成通车。\n"
    assert extract_text(plan)["published"] == "2020-08-17"
