"""Publication dates of layouts met in a sampled trial of real pages (tests/data/pages/tune12): one
short text in our own words per rule, each dated wrongly (or dated from nothing) before the rule."""

from __future__ import annotations

from timeline.documents import find_publication
from timeline.read.datelines import wire_dates

# A business portal's Chinese story under the site's English header of the day it was scraped; the
# report's own dateline names only a place and a day, which no day just before the header's is.
SITE_HEADER_OVER_PLACE_DATELINE = (
    "Sunday 05 May 2024\n"
    "By\n"
    "\n"
    "(吉隆坡9日讯)财政部长宣布新的援助配套,惠及中小企业。\n"
    "\n"
    "他说,配套下个月起分阶段推行。\n"
    "\n"
    "Print\n"
    "Share\n"
)


def test_place_only_dateline_is_a_wire_dateline():
    (hit,) = wire_dates("(吉隆坡9日讯)财政部长宣布")
    assert (hit.month, hit.day) == (None, 9)
    (hit,) = wire_dates("（新山18日讯）州政府今日")
    assert hit.day == 18


def test_site_header_contradicting_the_datelines_day_does_not_date_the_page():
    found = find_publication(SITE_HEADER_OVER_PLACE_DATELINE)
    assert found.value is None


def test_site_header_agreeing_with_the_datelines_day_still_dates_it():
    text = SITE_HEADER_OVER_PLACE_DATELINE.replace("Sunday 05 May 2024", "Friday 10 May 2024")
    assert find_publication(text).value[:10] == "2024-05-10"


# A self-media post quoting a factory's closure notice in full: the notice's signature and date sit
# in the middle of the page and the post goes on about it.
QUOTED_NOTICE = (
    "近日,一家开了二十年的工厂贴出停业通知,引来不少网友围观。\n"
    "关于公司停产停业的公告\n"
    "全体员工:\n"
    "因经营困难,本公司决定全面停产,劳动合同依法终止,补偿事宜由人事部对接。\n"
    "特此公告。\n"
    "某某纺织有限公司\n"
    "2026年3月4日\n"
    "从通知看,这家企业确实难以为继,好在承诺依法补偿员工,也留下了联系人。\n"
    "成立二十年的老厂走到这一步,让人唏嘘。\n"
)


def test_a_quoted_notices_signed_date_is_not_the_pages_dateline():
    found = find_publication(QUOTED_NOTICE)
    assert found.basis not in ("dateline", "byline")


def test_a_notice_that_is_the_page_is_dated_by_its_signature():
    notice = QUOTED_NOTICE.split("关于", 1)[1].split("从通知看")[0]
    found = find_publication("关于" + notice)
    assert (found.value, found.basis) == ("2026-03-04", "byline")


def test_a_dotted_day_first_stamp_with_its_clock_dates_the_page():
    # a Hong Kong mirror of police notices: the headline, `02.01.2020 17:44`, the source; the body's
    # 下午四时许 names no day of its own
    text = (
        "暴徒于某区破坏银行设施\n02.01.2020 17:44\n本文来源: 警务处\n"
        "下午四时许，有暴徒破坏一间银行的设施，包括玻璃门及柜员机等，警方现正驱散。\n"
    )
    found = find_publication(text)
    assert (found.value, found.basis) == ("2020-01-02T17:44", "dateline")
    single_digits = "某区举办长者运动会\n20.8.2020\n昨日上午，某区长者运动会在体育馆举行，三百多名长者参加比赛。\n"
    assert find_publication(single_digits).value == "2020-08-20"


def test_a_version_number_is_no_dotted_date():
    text = "软件更新说明\n版本v1.2.2020 修复了若干问题\n本次更新修复了登录失败和界面显示不全的问题，建议用户尽快升级。\n"
    assert find_publication(text).value is None


def test_a_day_only_dateline_before_a_deadline_it_looks_ahead_to_is_the_day_before_it():
    # a Malaysian state portal: `(莎阿南2日讯)` and a deadline moved to 3月14日(周二), which dates the year;
    # the report is of 2 March, twelve days before the deadline, not of 2 April after it
    text = (
        "(莎阿南2日讯)州务大臣特别奖学金开放申请日期展延至3月14日,有意深造的学子勿错过机会。"
        "基金单位原先从2月26日起开放申请至3月1日。“如今,开放申请日期延长至3月14日(周二)。”\n"
    )
    found = find_publication(text)
    assert (found.value, found.basis) == ("2023-03-02", "dateline")


def test_relative_words_under_a_wire_dateline_a_day_before_the_page_speak_from_the_datelines_day():
    from timeline.extract import extract_text

    # a paper's edition of the 4th prints the report filed on the 3rd: its 今日 is the 3rd
    epaper = "某报~全国_-_04_04_2024\n\n(吉隆坡3日讯)某超市创办人今日前往王宫觐见国家元首,就分店售卖不当商品一事道歉。\n"
    document = extract_text(epaper)
    assert (document["published"], document["dateline_day"]) == ("2024-04-04", "2024-04-03")
    today = next(m for m in document["mentions"] if m["text"] == "今日")
    assert today["value"] == "2024-04-03"
    # an agency's report reposted the next day under the site's stamp
    repost = (
        "某市地铁新线今天开通\n2019-04-12 09:30 来源：某某网\n"
        "新华社北京4月11日电 某市地铁新线今天正式开通运营,全长二十多公里,设站十五座,市民排队试乘。\n"
    )
    document = extract_text(repost)
    assert document["dateline_day"] == "2019-04-11"
    assert next(m for m in document["mentions"] if m["text"] == "今天")["value"] == "2019-04-11"


def test_a_dateline_of_the_pages_own_day_or_weeks_before_it_leaves_the_reference_alone():
    from timeline.extract import extract_text

    same_day = "某报\n2024-04-03\n(吉隆坡3日讯)某超市创办人今日前往王宫觐见国家元首,就分店售卖不当商品一事道歉。\n"
    assert "dateline_day" not in extract_text(same_day)
    # an agency's report of weeks before, quoted by a later page: read at the page's own date
    later = (
        "回顾：某市地铁新线开通\n2019-05-20 09:30 来源：某某网\n"
        "新华社北京4月11日电 某市地铁新线今天正式开通运营,全长二十多公里,设站十五座,市民排队试乘。\n"
    )
    assert "dateline_day" not in extract_text(later)
