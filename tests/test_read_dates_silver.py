"""Publication dates of layouts met on the stored real pages scored by benchmarks/silver_pages.py (the
sixth round's silver cache, tuning half): one short text in our own words per rule, each dated wrongly
(or left undated where a reader dates it) before the rule."""

from __future__ import annotations

from timeline.documents import find_publication

# A regional paper's traffic report with a month-day wire dateline and no year anywhere in its text;
# the site lists its related stories, with their full dates, under it.
RELATED_UNDER_WIRE = (
    "货车追尾小客车 副驾驶乘客被甩出车外\n"
    "某某网-某某晚报南城版11月9日讯(记者 甲乙)昨日下午三点多,在环城高速东段,一辆货车追尾小客车。\n"
    "事故中小客车车尾严重变形,副驾驶座上的乘客被甩出车外,送医后仍在抢救。\n"
    "相关新闻\n"
    "- 2016-10-28环城高速两车相撞 一人受轻伤\n"
    "- 2016-10-15收费站前三车追尾 无人受伤\n"
    "- 2016-09-30货车侧翻 满地橙子被附近村民捡回\n"
    "相关评论\n"
)


def test_a_month_day_wire_takes_its_year_from_the_related_stories_listed_under_it():
    found = find_publication(RELATED_UNDER_WIRE)
    assert found.value == "2016-11-09"
    assert found.basis == "dateline"
    assert any(evidence.kind == "related" for evidence in found.evidence)


def test_related_stories_of_another_season_do_not_place_the_wire():
    # a list of last year's stories (or of any weeks far from the dateline's day) tells nothing of its year
    old = RELATED_UNDER_WIRE.replace("2016-10-28", "2015-03-02").replace("2016-10-15", "2015-02-20")
    old = old.replace("2016-09-30", "2015-01-11")
    assert find_publication(old).value is None


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


def test_the_silver_benchmark_counts_day_first_stamps_as_evidence_and_yearless_pages_apart():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from silver_pages import _EVIDENCE, _YEAR_IN_TEXT

    stamp = "发布: 8:20am 04/11/2024\n专栏作者访华归来,谈两国媒体交流。\n"
    assert _EVIDENCE.search(stamp) and _YEAR_IN_TEXT.search(stamp)
    release = "某某事務署\n26-08-2019\n記者會答問內容\n署長今日(八月二十六日)會見傳媒。\n"
    assert _EVIDENCE.search(release) and _YEAR_IN_TEXT.search(release)
    yearless = "某某网湖北8月15日电 连日强降雨导致三个村庄受灾,14日下午已转移村民三百余人。\n"
    assert _EVIDENCE.search(yearless) and not _YEAR_IN_TEXT.search(yearless)
    assert not _EVIDENCE.search("版本 3.10.12 已发布,修复了若干问题。")


# --- the seventh round (h-silverC): Hong Kong, Macau, Taiwan, overseas and local pages


def test_a_day_first_dashed_stamp_dates_a_government_release():
    # a Hong Kong department's release: its office name, the date day first with dashes, the headline,
    # and a transcript opening on 今日 with the month-day in Chinese numerals
    text = (
        "某某事務署\n"
        "14-03-2021\n\n"
        "記者會開場發言及答問內容\n\n"
        "署長今日(三月十四日)聯同兩名副署長會見傳媒。以下是記者會的答問內容:\n\n"
        "記者:請問新措施何時實施?有否諮詢業界?\n"
    )
    found = find_publication(text)
    assert (found.value, found.basis) == ("2021-03-14", "dateline")
    # a dashed date whose first number may be a month stays unread: 03-04 is March or April
    assert find_publication(text.replace("14-03-2021", "04-03-2021").replace("三月十四日", "三月四日")).value is None


def test_xinhua_s_dash_and_slash_stamp_is_read_with_its_clock():
    for stamp in ("2021-01/06 16:52:25", "2021 01/ 06 16:52:25"):  # as printed, and with the dash lost
        text = (
            "某某網 > 時政 > 正文\n"
            f"{stamp}\n"
            "來源:某某社\n\n"
            "一年回眸·國內新聞圖片\n\n"
            "  ↑2020年1月9日,雪後的山村裏,村民在屋前清掃積雪。記者 甲乙 攝\n\n"
            "  ↑2020年4月10日,兩名孩子在樓頂平台上跳繩。記者 丙丁 攝\n"
        )
        found = find_publication(text)
        assert (found.value, found.basis) == ("2021-01-06T16:52", "dateline"), stamp


def test_an_e_paper_s_edition_line_outranks_the_site_s_date_of_today_above_it():
    text = (
        "2025年07月17日 星期四\n"
        "多区恢复公交线路 菜场客流回升 盼开学,为何又怕开学? 等不及  慢不下 街区重新热闹起来\n"
        "第1版:要闻 2022-05-28\n"
        "上午,记者在城南看到街面渐有人气\n\n"
        "街区重新热闹起来\n\n"
        "①居民在河边步道散步\n\n"
        "昨天晚上,区里发布通告,取消出入证管理,公交线路陆续恢复。\n\n"
        "上午,记者在城南一处商场看到,不少店铺已恢复营业,居民排队购买日用品。\n\n"
        "随后,记者来到河边公园,有人散步,有孩子追逐玩耍,雨停后游人越来越多。\n\n"
        "一位居民说,已经不需要出门证就能出门了,相信街区不久就会恢复平日的热闹。本报记者 甲乙\n\n"
        "放大\n\n缩小\n\n上一版\n\n下一版\n"
    )
    found = find_publication(text)
    assert (found.value, found.basis) == ("2022-05-28", "dateline")
    # without the edition line the date at the top still dates the page
    assert find_publication(text.replace("第1版:要闻 2022-05-28\n", "")).value == "2025-07-17"


def test_the_stamp_between_headline_and_body_outranks_a_listed_story_s_stamp_above_it():
    text = (
        "不斷更新｜累計十二名議員宣布不再參選\n"
        "2019-05-29 12:00\n"
        "城南公園改造完工 周末迎客\n"
        "2019-06-03 10:15\n\n"
        "記者從區園林部門獲悉,城南公園改造工程已完工,本周末起向市民開放。\n"
        "公園新增步道三公里,並設置了兒童遊樂區。\n"
    )
    assert find_publication(text).value == "2019-06-03T10:15"
    # a byline is not a headline: a magazine's issue line under it does not outrank the page's stamp
    reposted = (
        "礦難背後的低級錯誤\n\n"
        "2020-12-17 某某財經\n\n"
        "來源:某某周刊\n\n"
        "本刊記者/甲乙\n\n"
        "發於2020.12.21總第977期《某某周刊》\n\n"
        "12月4日中午,瓦斯檢測工人從礦井走出,示意交接班的同事井下一切正常,兩人沒想到這是永別。\n"
    )
    assert find_publication(reposted).value == "2020-12-17"


def test_a_stretch_of_days_told_as_past_dates_the_report_by_its_last_day():
    for stretch, day in (("11月5日至7日", "2012-11-07"), ("11月28日至12月2日", "2012-12-02")):
        text = (
            "村民的新路子\n\n"
            f"2012年3月,省里选派干部驻村。{stretch},记者分别前往三个村走访,看到新修的道路已经通车。\n"
            "村民说,路通了,果子也好卖了。\n"
        )
        assert find_publication(text).value == day, stretch
    # a stretch still to come reports nothing
    planned = "村民的新路子\n\n2012年3月,省里选派干部驻村。记者将于11月5日至7日前往三个村走访。\n村民说,路通了。\n"
    assert find_publication(planned).value is None


def test_a_chinese_numeral_stamp_keeps_its_clock_time():
    for stamp, value in (
        ("二零一零年五月二十三日 下午五時十九分", "2010-05-23T17:19"),
        ("二〇二〇年一月五日上午十時整", "2020-01-05T10:00"),
        ("二零一零年五月二十三日下午三時許", "2010-05-23"),  # an hour without its minutes is not a stamp's time
    ):
        text = f"某某論壇\n\n市民熱議新公園開放\n{stamp}\n\n新公園昨日正式開放,不少市民前往遊覽,園內綠樹成蔭。負責人表示,公園將免費開放。\n"
        assert find_publication(text).value == value, stamp


def test_the_year_a_text_names_as_just_gone_places_it_in_the_next():
    dinner = (
        "会馆年度晚宴上,四百位宾客相聚一堂。(主办方提供)\n"
        "某某会馆2月26日晚举行年度晚宴,宾客到场共庆新春。\n"
        "过去的2016年,会馆办了多场慈善活动,为福利团体筹款。去年11月,会馆获颁荣誉奖。\n"
    )
    assert find_publication(dinner).value == "2017-02-26"
    figures = (
        "1月19日,统计部门公布了2015年全年经济数据。数据显示,2015年地区生产总值增长6.9%。\n"
        "2015年外部环境并不乐观,2015年的增量仍比2014年多出不少。\n"
    )
    assert find_publication(figures).value == "2016-01-19"
    # two thousand years of history are not the year 2000
    history = "村史馆开馆\n\n5月3日,村史馆开馆。在过去的2000年里,这里一直有人居住。\n"
    assert find_publication(history).value != "2001-05-03"


def test_stamps_that_lost_their_separators_or_use_a_comma_and_a_dot():
    thread = (
        "2014 10 01 0:14\n"
        "八條通宵線暫停\n"
        "巴士公司表示,由於多區有主要道路封閉,旗下八條通宵路線暫停服務,另有十三條需改道行駛。\n"
        "2014 10 01 0:20\n"
        "運輸署:六十條巴士線停駛\n"
        "運輸署表示,由於多處實施道路封閉,公共交通服務受到嚴重影響。\n"
    )
    assert find_publication(thread).value == "2014-10-01T00:14"
    site = (
        "某某新聞網\n"
        "  SOME DAILY NEWS 2024, 5. 17 PM 18:50 Friday  臺灣‧台北\n"
        "首頁新聞版面焦點新聞綜合新聞 Login\n\n"
        "您現在位於 - 焦點新聞\n\n"
        "  2022, 10. 3  Edit this Page\n\n"
        "市府總預算二讀會微刪兩百萬\n\n"
        "【記者甲乙/台中報導】市議會3日經政黨協商,決議二讀通過市府明年度總預算案,歲出小幅刪減。\n"
        "市議會3日進行明年度總預算案二讀會,朝野黨團動員攻防,議員幾乎全數到齊。\n"
    )
    # the site's clock on its top bar is not the story's date; the editor's stamp is
    assert find_publication(site).value == "2022-10-03"


def test_a_festival_or_lunar_day_with_its_year_written_votes_that_year():
    for opening in ("2018年春节", "2018年正月初五"):
        text = f"工厂复工\n\n{opening},2月20日,工人陆续返岗,生产线恢复运转。\n"
        assert find_publication(text).value == "2018-02-20", opening
    # a festival counted from another year gives none of its own (`去年春节`)
    assert find_publication("工厂复工\n\n去年春节,2月20日,工人陆续返岗。\n").value != "2018-02-20"


def test_a_year_the_text_says_a_place_went_through_is_history():
    text = (
        "疫情下的贏家\n\n香港經歷2003年SARS之後,為何表現仍未達公眾期望?\n"
        "這天是2月4日,澳門新增2宗確診個案,行政長官緊急召開記者會。\n"
    )
    assert find_publication(text).value is None


def test_today_glossed_with_a_month_day_in_chinese_numerals_is_the_report_s_day():
    text = (
        "記者會答問內容\n\n"
        "署長今日(八月二十六日)聯同兩名副署長會見傳媒,介紹2019年施政綱領的進展。\n\n"
        "記者:請問新措施何時實施?三月十日公布的計劃進度如何?\n"
    )
    found = find_publication(text)
    assert found.value == "2019-08-26" and found.evidence[0].text == "今日(八月二十六日)"
    # a rank in brackets is not a day
    ranked = "比赛结果\n\n2019年3月10日,市运动会闭幕。本校选手获得前(三)名,教练表示满意。\n"
    assert find_publication(ranked).value == "2019-03-10"


def test_a_count_up_to_a_day_named_alone_is_the_report_s_day():
    text = (
        "疫情下的贏家\n\n"
        "2020年2月23日,一名旅客在街頭除下口罩。\n\n"
        "這天是2月4日,澳門新增2宗確診個案,行政長官緊急召開記者會。\n"
        "截至29日,澳門已連續25天沒有新增確診個案,而香港的數字仍在上升。\n"
    )
    assert find_publication(text).value == "2020-02-29"
    # a deadline is not the report's day
    deadline = text.replace("截至29日,澳門已連續25天沒有新增確診個案", "網上登記截至29日止,逾期不候")
    assert find_publication(deadline).value == "2020-02-23"


def test_an_exact_today_outranks_a_count_up_to_the_day_before():
    text = "发布会\n\n2020年3月1日,市里部署防控。今(5日)召开记者会,截至4日,全市累计报告病例12例。\n"
    assert find_publication(text).value == "2020-03-05"


def test_years_before_one_the_text_is_told_after_are_history():
    text = (
        "談話節目/民調出爐 十大政治人物誰奪冠\n\n"
        "2020年總統大選結束後,哪些政治人物最受青睞?調查發現市長排名第一。節目30日邀請議員深入探討。\n"
        "本節目自2016年12月5日開播,每週一至週五晚間播出。\n"
        "一連3日的常委會會議今(30)日閉幕。\n"
    )
    assert find_publication(text).value is None  # not 2016-12-30: the show's start is its history
    since = "村里新貌\n\n2018年以来,村里修路建房。5月3日,新的文化广场落成。2016年村里还没有路灯。\n"
    assert find_publication(since).value is None  # of 2018 or later, not of 2016
