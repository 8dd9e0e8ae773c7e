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
