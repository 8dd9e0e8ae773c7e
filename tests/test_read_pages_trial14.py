"""Headlines met in a trial of outlet news pages with datelines between heavy chrome (tests/data/pages/tune14).

Each text is made up in the shape a real page had; each test failed before its rule was added."""

from __future__ import annotations

from timeline.read.headline import clean_headline


def test_a_relative_posting_stamp_and_an_instant_column_name_leave_the_headline():
    # a one-line mirror of a paper's instant news: `即時港聞 标题 (20:21) 發佈於 1 年 前`
    assert clean_headline("即時港聞 市區巴士線下月起改道 乘客需提早出門 (08:15) 發佈於 2 年 前") == "市區巴士線下月起改道 乘客需提早出門"
    assert clean_headline("即时新闻 老城区雨污分流工程本周完工 发布于 3 天前") == "老城区雨污分流工程本周完工"


def test_a_headline_that_only_mentions_time_ago_is_kept():
    assert clean_headline("十年前发布于报端的一篇旧文今天又火了") == "十年前发布于报端的一篇旧文今天又火了"


def test_a_related_list_inside_a_flattened_line_is_noise_to_the_end_of_the_line():
    from timeline.events import build_events
    from timeline.extract import extract_text

    # a mirror that flattened its page onto one line: the report, then `相關文章:` and other stories,
    # each with its own clock
    text = (
        "即時港聞 市區巴士線改道 (20:21) 2024 年 10 月 31 日 By 某報 運輸署今日宣布,市區三條巴士線下月起改道,"
        "乘客需提早出門。 相關文章:編輯推介 Up Next 某商會:支持施政報告措施 (20:19) 不要錯過 "
        "某區私家車撞傷兩名途人 (21:59) 繼續閱讀\n"
    )
    document = extract_text(text)
    tail = text.index("相關文章")
    assert any(start <= tail < end and end >= text.index("繼續閱讀") for start, end in document["noise_spans"])
    sentences = [m["sentence"] for event in build_events([document]) for m in event["mentions"]]
    assert not any("撞傷" in sentence or "商會" in sentence for sentence in sentences)
