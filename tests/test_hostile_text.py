"""Text that stresses the rules (issue 4): long digit runs, thousands of dates in one sentence, deep
brackets, every festival name in a row, dates out of range. `parse` must not crash, must not take
long (no timed assertions here: a slow case shows up as a slow test, and the known ones are listed
below), and must not report an impossible date as a date."""

from __future__ import annotations

import pytest
from test_properties import check_parse_result

import timeline

REF = "2021-03-04"

FESTIVALS = (
    "除夕 大年夜 大年三十 大年初一 大年初二 大年初三 大年初四 大年初五 大年初六 大年初七 大年初八 大年初九 "
    "大年初十 正月初六 正月十五 元宵 元宵节 龙抬头 端午 端午节 七夕 中秋 中秋节 重阳 重阳节 腊八 腊八节 小年 "
    "腊月二十三 春节 春节假期 节后 元旦 五一 七一 八一 国庆 国庆节 建党节 劳动节 清明节 立春 雨水 惊蛰 春分 "
    "清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至 小寒 大寒 "
    "庚子年 癸卯年 壬寅虎年 甲辰年 妇女节 儿童节 除夕夜 中秋节前一天 重阳节前夕 七一前夕"
).split()


def parse_checked(text: str, ref: str = REF) -> dict:
    result = timeline.parse(text, ref)
    check_parse_result(text, result)
    return result


STRESS = {
    "digit run (1,000)": "1" * 1_000,
    "decimal points": "1." * 5_000,
    "dashes": "2020-" * 3_000,
    "dots": "2020." * 3_000,
    "spaced digits": "1 " * 5_000 + "年",
    "percent signs": "5%" * 5_000,
    "3,000 month-days in one sentence": "，".join(f"{n % 12 + 1}月{n % 28 + 1}日" for n in range(3_000))
    + "。",
    "3,000 full dates in one sentence": "、".join(
        f"2020年{n % 12 + 1}月{n % 28 + 1}日" for n in range(3_000)
    ),
    "3,000 clock times": "，".join(f"{n % 24}时{n % 60}分" for n in range(3_000)),
    "500 chained ranges": "至".join(f"{n % 12 + 1}月{n % 28 + 1}日" for n in range(500)),
    "deep round brackets": "（" * 5_000 + "2020年1月1日" + "）" * 5_000,
    "deep mixed brackets": "(【《「" * 3_000 + "1月2日" + "」》】)" * 3_000,
    "unclosed brackets": "（2020年（1月（2日" * 2_000,
    "every festival in a row": "".join(FESTIVALS) * 10,
    "every festival, separated": "、".join(FESTIVALS * 10),
    "年 alone": "年" * 10_000,
    "月日 alone": "月日" * 5_000,
    "万 alone": "万" * 5_000,
    "多 alone": "多" * 5_000,
    "quotes": "“" * 3_000 + "1月2日" + "”" * 3_000,
    "digits then 年": "2020" + "0" * 5_000 + "年",
    "digits then 年月日": "2020" + "0" * 5_000 + "年1月1日",
    "one line, 10,000 dates": ("记者从有关部门获悉，" * 20 + "2020年1月2日，") * 10_000,
}


@pytest.mark.parametrize("text", STRESS.values(), ids=STRESS)
def test_stress_text_is_parsed_without_crashing(text):
    parse_checked(text)


def test_huge_numbers_of_years_are_not_durations():
    for text in ("2020" + "0" * 5_000 + "年", "1001000年半", "100000年", "20000年前"):
        assert parse_checked(text)["mentions"] == [], text


def test_thousands_of_dates_are_all_found():
    text = "、".join(f"2020年{n % 12 + 1}月{n % 28 + 1}日" for n in range(3_000))
    mentions = parse_checked(text)["mentions"]
    assert len(mentions) == 3_000
    assert mentions[-1]["anchor"] == f"2020-{2999 % 12 + 1:02d}-{2999 % 28 + 1:02d}"


def test_every_festival_name_gives_a_date_or_nothing():
    text = "、".join(FESTIVALS)
    mentions = parse_checked(text, "2020-12-31")["mentions"]
    assert len(mentions) >= len(FESTIVALS) // 2


# --- long number runs: scan() skips the rest of a number it cannot start a time at, and the number
# patterns are bounded, so these stay linear (they once took minutes: O(n^2)).


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "１" * 100_000,
        "一二三四五六七八九十" * 10_000,
        "十" * 50_000 + "月",
        "二〇" * 50_000 + "年",
    ],
    ids=["ascii digits", "full-width digits", "chinese numerals", "十 run then 月", "二〇 run then 年"],
)
def test_very_long_number_runs(text):
    assert parse_checked(text)["mentions"] == []


def test_a_thousand_chained_ranges():
    # a range has two ends: the chain is read two dates at a time (no recursion along the chain)
    mentions = parse_checked("至".join(f"{n % 12 + 1}月{n % 28 + 1}日" for n in range(1_000)))["mentions"]
    assert len(mentions) == 500
    assert all(mention["until"] for mention in mentions)


# --- impossible dates are not dates


@pytest.mark.parametrize(
    "text",
    [
        "0月32日",
        "2月30日",
        "2020年2月30日",
        "2019年2月29日",
        "2021年2月29日",
        "1月32日",
        "2020-13-45",
        "2020.02.30",
        "2020/04/31",
        "二〇二〇年二月三十日",
        "4月31日",
        "25时61分",
        "0年0月0日",
        "32日",
    ],
)
def test_impossible_dates_are_not_reported(text):
    result = parse_checked(text)  # checks that no anchor, until or value is an impossible date
    # Whatever is found is only a part that is a real date on its own (`1月` of `1月32日`).
    for mention in result["mentions"]:
        assert mention["type"] != "DATE" or mention["end"] - mention["start"] < len(text), mention


@pytest.mark.parametrize("text", ["9999年1月1日", "12020年3月5日", "9999年"])
def test_year_9999_is_not_read_from_inside_the_number(text):
    # a year outside the years we read gives nothing: not 999年 (P999Y), not 1月1日 of the reference year
    assert parse_checked(text)["mentions"] == []


@pytest.mark.parametrize("text", ["13月1日", "2020年13月1日", "十三月一日"])
def test_month_13_gives_no_day(text):
    mentions = parse_checked(text)["mentions"]
    assert all(len(m["anchor"] or "") < len("YYYY-MM-DD") for m in mentions), mentions
    for mention in mentions:
        assert mention["start"] == 0 or text[mention["start"] - 1] not in "0123456789一二三四五六七八九十"


def test_leap_lunar_month_is_not_a_solar_month():
    # 2021 has no leap month: not a date at all
    assert parse_checked("2021年闰二月", REF)["mentions"] == []
    # 2020 had a leap fourth month, 2020-05-23 to 2020-06-20
    (mention,) = parse_checked("2020年闰四月", REF)["mentions"]
    assert mention["value"] == mention["anchor"] == "2020-05-23"
    assert mention["until"] == "2020-06-20"
