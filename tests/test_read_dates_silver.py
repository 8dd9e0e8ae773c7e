"""Publication dates of layouts met on the stored real pages scored by benchmarks/silver_pages.py (the
sixth round's silver cache, tuning half): one short text in our own words per rule, each dated wrongly
(or left undated where a reader dates it) before the rule."""

from __future__ import annotations

from timeline.documents import find_publication


def test_a_year_written_in_a_code_name_does_not_date_the_report():
    # a trade site's banner naming its own event (`CFIC2018`) over a fire report with no year of its own
    text = (
        "某某消防网讯CFIC2018中国消防产业大会回顾 十佳品牌颁奖现场\n"
        "4月9日下午,城南一座仓库着火,记者傍晚赶到时明火已被扑灭。\n"
        "据附近商户介绍,仓库里堆放着布料,起火时屋内无人,具体原因还在调查中。\n"
    )
    assert find_publication(text).value is None
    # the same year written as a year still dates it
    told = text.replace("CFIC2018", "2018年")
    assert find_publication(told).value == "2018-04-09"


def test_a_founding_date_told_as_history_gives_no_year_to_the_reports_month_days():
    for founded in ("創報", "创报", "创校", "建馆"):
        text = (
            "那份报纸最后的日子\n"
            "管理层决定周四印出最后一期,网站和社交媒体账号也将在7月1日前后关闭。\n"
            f"这份报纸于1995年6月20日{founded},至今二十六年。\n"
        )
        assert find_publication(text).value is None, founded
