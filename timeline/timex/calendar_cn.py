"""Chinese calendar facts: lunar dates, festivals, solar terms, sexagenary and zodiac years.

The word tables are data, kept once. Lunar conversion and solar terms come from lunar-python, which
computes them astronomically; we use it for Gregorian years 1901-2099 (`SUPPORTED_YEARS`), which covers
the 1950-2050 range we promise and test. Outside that range every function returns None. Its answers
for those years are kept in `lunar_table` (generated from it, checked against it by the tests), so a
process does not compute them again; lunar-python itself is asked only outside the table.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from lunar_python import LunarYear, Solar

from timeline.timex import lunar_table

SUPPORTED_YEARS = range(1901, 2100)


@dataclass(frozen=True)
class Festival:
    """One festival: the key its pieces carry, how its date is found, and every spelling of its name.

    `calendar` is `lunar` (a lunar month and day), `solar` (a Gregorian month and day), `eve` (除夕, the
    last day of the twelfth lunar month), `term` (the day of solar term `term`), or `rule` (a weekday
    rule or Easter, computed by `compute(year)`). Dates are valid for `SUPPORTED_YEARS`.
    """

    key: str
    calendar: str
    spellings: tuple[str, ...]
    month: int | None = None
    day: int | None = None
    term: str | None = None
    compute: Callable[[int], dt.date | None] | None = None
    # where Taiwan keeps the festival on another day (兒童節 on 4 April, 父親節 on 8 August): (month, day)
    taiwan: tuple[int, int] | None = None
    # where a country abroad calls its own day by the festival's name, in its Chinese press (Singapore's
    # 國慶 is 9 August, Malaysia's 31 August): (region, month, day)
    abroad: tuple[tuple[str, int, int], ...] = ()


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], dt.date | None]:
    """The `nth` ISO `weekday` of `month` (母亲节: the second Sunday of May)."""

    def compute(year: int) -> dt.date | None:
        if not _check_year(year):
            return None
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))

    return compute


def easter(year: int) -> dt.date | None:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    if not _check_year(year):
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 90) // 25
    return dt.date(year, month, (h + el - 7 * m + 33 * month + 19) % 32)


def _days_before_easter(year: int, days: int) -> dt.date | None:
    sunday = easter(year)
    return None if sunday is None else sunday - dt.timedelta(days=days)


# The festivals, once each. A spelling belongs to one entry (五一 and 劳动节 are one festival, 国庆 and
# 十一黄金周 another), and no two entries share a date (`check_festivals`).
FESTIVALS: tuple[Festival, ...] = (
    # lunar
    Festival("春节", "lunar", ("春节", "农历新年", "农历新春", "新春佳节"), 1, 1),  # 新春佳节: officialese
    Festival("元宵", "lunar", ("元宵节", "元宵"), 1, 15),
    Festival("龙抬头", "lunar", ("龙抬头", "二月二"), 2, 2),
    Festival("端午", "lunar", ("端午节", "端午", "端阳节"), 5, 5),
    Festival("七夕", "lunar", ("七夕情人节", "七夕节", "七夕"), 7, 7),
    Festival("中元", "lunar", ("中元节",), 7, 15),
    Festival("中秋", "lunar", ("中秋节", "中秋"), 8, 15),
    Festival("重阳", "lunar", ("重阳节", "重阳"), 9, 9),
    Festival("寒衣", "lunar", ("寒衣节",), 10, 1),
    Festival("腊八", "lunar", ("腊八节", "腊八"), 12, 8),
    Festival("小年", "lunar", ("小年",), 12, 23),  # the northern custom; the south keeps the 24th
    Festival("尾牙", "lunar", ("尾牙",), 12, 16),  # Taiwan's year-end banquet day
    Festival("天公生", "lunar", ("天公生",), 1, 9),  # the Jade Emperor's birthday (Taiwan, Fujian)
    Festival("破五", "lunar", ("破五",), 1, 5),  # the fifth day of the new year, when its taboos end
    # Hong Kong and Macau temple days: 车公诞 (Sha Tin's 车公庙), 天后诞, 佛诞 (a public holiday)
    Festival("车公诞", "lunar", ("车公诞",), 1, 2),
    Festival("天后诞", "lunar", ("天后诞",), 3, 23),
    Festival("佛诞", "lunar", ("佛诞节", "佛诞"), 4, 8),
    Festival("除夕", "eve", ("除夕", "大年夜", "大年三十", "年三十", "年卅")),
    # 小除夕: the day before 除夕, by rule from the eve; 小年夜 is that day in Taiwan, Hong Kong and
    # Jiangnan (northern papers write 小年 for the 23rd of the twelfth month)
    Festival("小除夕", "rule", ("小除夕", "小年夜"), compute=lambda year: _day_before_eve(year)),
    # Gregorian
    Festival("元旦", "solar", ("元旦", "新年第一天", "新年首日"), 1, 1),
    Festival("情人节", "solar", ("情人节",), 2, 14),
    # Taiwan's 228 Peace Memorial Day and its long weekend (not 二二八事件, the massacre of 1947)
    Festival("和平纪念日", "solar", ("和平纪念日", "二二八连假", "228连假", "二二八假期", "228假期"), 2, 28),
    Festival("妇女节", "solar", ("妇女节", "三八妇女节", "三八节", "三八"), 3, 8),
    Festival("植树节", "solar", ("植树节",), 3, 12),
    Festival("愚人节", "solar", ("愚人节",), 4, 1),
    Festival("劳动节", "solar", ("劳动节", "五一劳动节", "五一黄金周", "五一"), 5, 1),
    Festival("青年节", "solar", ("青年节", "五四青年节", "五四"), 5, 4),
    Festival("护士节", "solar", ("护士节",), 5, 12),
    Festival("儿童节", "solar", ("儿童节", "六一儿童节", "六一"), 6, 1, taiwan=(4, 4)),
    Festival("建党节", "solar", ("建党节", "七一"), 7, 1),
    Festival("建军节", "solar", ("建军节", "八一建军节", "八一"), 8, 1),
    Festival("教师节", "solar", ("教师节",), 9, 10, taiwan=(9, 28)),  # Taiwan keeps Confucius's birthday
    Festival(
        "国庆",
        "solar",
        (
            "国庆节",
            "国庆",
            "国庆假期",
            "国庆长假",
            "国庆黄金周",
            "十一黄金周",
            "十一国庆节",
            "十一国庆",
            "十一长假",
            "十一假期",
            "黄金周",
        ),
        10,
        1,
        taiwan=(10, 10),  # Taiwan's 國慶 is 雙十, 10 October
        abroad=(("sg", 8, 9), ("my", 8, 31)),
    ),
    # 双十国庆: Taiwan's national day by its own name, 10 October wherever it is written
    Festival("双十", "solar", ("双十国庆日", "双十国庆", "双十节"), 10, 10),
    # the online shopping days (from 2009 on): 双十一 is 11 November, 双十二 12 December
    Festival("双十一", "solar", ("双十一", "双11", "双十一购物节", "光棍节"), 11, 11),
    Festival("双十二", "solar", ("双十二", "双12"), 12, 12),
    Festival("平安夜", "solar", ("平安夜",), 12, 24),
    Festival("圣诞", "solar", ("圣诞节", "圣诞"), 12, 25),
    Festival("跨年夜", "solar", ("跨年夜",), 12, 31),
    # the day of a solar term under a festival's name (Taiwan's tomb-sweeping day is 清明)
    Festival("民族扫墓节", "term", ("民族扫墓节",), term="清明"),
    # by rule
    Festival("复活节", "rule", ("复活节",), compute=easter),
    # Good Friday, two days before Easter: a public holiday in Hong Kong and Macau (耶穌受難節)
    Festival("耶稣受难节", "rule", ("耶稣受难节", "耶稣受难日"), compute=lambda year: _days_before_easter(year, 2)),
    Festival("母亲节", "rule", ("母亲节",), compute=_nth_weekday(5, 7, 2)),
    Festival("父亲节", "rule", ("父亲节",), compute=_nth_weekday(6, 7, 3), taiwan=(8, 8)),
    Festival("感恩节", "rule", ("感恩节",), compute=_nth_weekday(11, 4, 4)),
)
FESTIVAL_BY_KEY = {festival.key: festival for festival in FESTIVALS}
FESTIVAL_SPELLINGS = {spelling: festival.key for festival in FESTIVALS for spelling in festival.spellings}
# name -> (month, day), for the lunar and the Gregorian ones
LUNAR_FESTIVALS = {f.key: (f.month, f.day) for f in FESTIVALS if f.calendar == "lunar"}
SOLAR_FESTIVALS = {f.key: (f.month, f.day) for f in FESTIVALS if f.calendar == "solar"}


def check_festivals() -> None:
    """One entry per spelling, one date per entry, and every date a real one."""
    seen: dict[str, str] = {}
    dates: dict[tuple, str] = {}
    for festival in FESTIVALS:
        for spelling in festival.spellings:
            if spelling in seen:
                raise ValueError(
                    f"festival spelling {spelling!r} is in {seen[spelling]!r} and {festival.key!r}"
                )
            seen[spelling] = festival.key
        if festival.calendar in ("lunar", "solar"):
            month, day = festival.month, festival.day
            limit = 30 if festival.calendar == "lunar" else 31
            if month is None or day is None or not 1 <= month <= 12 or not 1 <= day <= limit:
                raise ValueError(f"festival {festival.key!r} has no valid date")
            if festival.calendar == "solar":
                dt.date(2000, month, day)  # a leap year: every Gregorian month-day that exists
            where = (festival.calendar, month, day)
        elif festival.calendar == "term":
            if festival.term not in SOLAR_TERMS:
                raise ValueError(f"festival {festival.key!r}: {festival.term!r} is not a solar term")
            where = ("term", festival.term)
        elif festival.calendar in ("rule", "eve"):
            where = (festival.calendar, festival.key if festival.compute is None else festival.compute)
        else:
            raise ValueError(f"festival {festival.key!r}: unknown calendar {festival.calendar!r}")
        if where in dates:
            raise ValueError(
                f"festivals {dates[where]!r} and {festival.key!r} are one date: make them one entry"
            )
        dates[where] = festival.key


def festival_date(key: str, year: int, taiwan: bool = False, region: str | None = None) -> dt.date | None:
    """The Gregorian date of festival `key` in `year`: the lunar year for lunar ones (and 除夕, the last
    day of that lunar year), the Gregorian year for the others; Taiwan's day where it keeps another, and
    the day of `region` abroad (`sg`, `my`) where that country's press gives the name to its own day."""
    festival = FESTIVAL_BY_KEY[key]
    for where, month, day in festival.abroad:
        if where == region:
            return dt.date(year, month, day) if _check_year(year) else None
    if taiwan and festival.taiwan is not None:
        return dt.date(year, *festival.taiwan) if _check_year(year) else None
    if festival.calendar == "lunar":
        return lunar_to_solar(year, festival.month, festival.day)
    if festival.calendar == "eve":
        return lunar_new_year_eve(year)
    if festival.calendar == "solar":
        if not _check_year(year):
            return None
        return dt.date(year, festival.month, festival.day)
    if festival.calendar == "term":
        return solar_term(year, festival.term)
    return festival.compute(year)


# The 24 solar terms in order from 小寒 (early January). Their Gregorian month, used to look them up.
SOLAR_TERMS: tuple[str, ...] = (
    "小寒",
    "大寒",
    "立春",
    "雨水",
    "惊蛰",
    "春分",
    "清明",
    "谷雨",
    "立夏",
    "小满",
    "芒种",
    "夏至",
    "小暑",
    "大暑",
    "立秋",
    "处暑",
    "白露",
    "秋分",
    "寒露",
    "霜降",
    "立冬",
    "小雪",
    "大雪",
    "冬至",
)

HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
ZODIAC_ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
LUNAR_MONTH_NAMES = {"正": 1, "元": 1, "冬": 11, "腊": 12, "十一": 11, "十二": 12}


def _check_year(year: int) -> bool:
    return year in SUPPORTED_YEARS


@lru_cache(maxsize=256)
def _lunar_months(lunar_year: int) -> dict[tuple[int, bool], tuple[dt.date, int]]:
    """(month, leap) -> (Gregorian date of its first day, number of days), computed once a year."""
    if lunar_year in lunar_table.MONTHS:
        return {
            (abs(month), month < 0): (dt.date.fromordinal(first), days)
            for month, first, days in _table_months(lunar_year)
        }
    months = {}
    for lunar_month in LunarYear.fromYear(lunar_year).getMonthsInYear():
        if lunar_month.getYear() != lunar_year:
            continue
        solar = Solar.fromJulianDay(lunar_month.getFirstJulianDay())
        number = lunar_month.getMonth()
        months[(abs(number), number < 0)] = (
            dt.date(solar.getYear(), solar.getMonth(), solar.getDay()),
            lunar_month.getDayCount(),
        )
    return months


def _table_months(lunar_year: int) -> list[tuple[int, int, int]]:
    """The months of `lunar_year` in `lunar_table`: (month, ordinal of the first day, days), in order."""
    first, *months = lunar_table.MONTHS[lunar_year].split()
    start = int(first)
    result = []
    for item in months:
        month, days = item.split(":")
        result.append((int(month), start, int(days)))
        start += int(days)
    return result


@lru_cache(maxsize=1)
def _month_starts() -> tuple[list[int], list[tuple[int, int, int, int]], int]:
    """Every month of `lunar_table` in order: the ordinals of their first days, (lunar year, month,
    first ordinal, days) for each, and the ordinal of the day after the last."""
    starts, months = [], []
    for lunar_year in sorted(lunar_table.MONTHS):
        for month, first, days in _table_months(lunar_year):
            starts.append(first)
            months.append((lunar_year, month, first, days))
    return starts, months, months[-1][2] + months[-1][3]


def lunar_to_solar(lunar_year: int, month: int, day: int, leap: bool = False) -> dt.date | None:
    """The Gregorian date of a lunar date, or None if that lunar date does not exist."""
    if not _check_year(lunar_year) or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    found = _lunar_months(lunar_year).get((month, leap))
    if found is None or day > found[1]:
        return None
    return found[0] + dt.timedelta(days=day - 1)


def lunar_new_year_eve(lunar_year: int) -> dt.date | None:
    """除夕: the last day of month 12 of `lunar_year` (the eve of lunar year + 1)."""
    new_year = lunar_to_solar(lunar_year + 1, 1, 1)
    return None if new_year is None else new_year - dt.timedelta(days=1)


# The mainland's Spring Festival holiday as the State Council's notices set it (放假调休), counted in days
# from 初一: most years of 2008-2026 run from 除夕 to 初六 (-1, 5); these years did not. Valid for
# 2008-2026; other years take the usual span.
SPRING_HOLIDAY_USUAL = (-1, 5)
SPRING_HOLIDAY_EXCEPTIONS = {2014: (0, 6), 2024: (0, 7), 2025: (-1, 6), 2026: (-2, 6)}


def spring_festival_holiday(year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the Spring Festival holiday of Gregorian `year` (2016: 2月7日至13日)."""
    new_year = lunar_to_solar(year, 1, 1)
    if new_year is None:
        return None
    first, last = SPRING_HOLIDAY_EXCEPTIONS.get(year, SPRING_HOLIDAY_USUAL)
    return new_year + dt.timedelta(days=first), new_year + dt.timedelta(days=last)


def _day_before_eve(year: int) -> dt.date | None:
    """小除夕 of Gregorian `year`: the day before the eve that falls in that year."""
    eve = lunar_new_year_eve(year - 1)
    return None if eve is None else eve - dt.timedelta(days=1)


def lunar_month_days(lunar_year: int, month: int, leap: bool = False) -> int | None:
    if not _check_year(lunar_year):
        return None
    found = _lunar_months(lunar_year).get((month, leap))
    return None if found is None else found[1]


@lru_cache(maxsize=4096)
def solar_to_lunar(day: dt.date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, leap) of a Gregorian date."""
    starts, months, end = _month_starts()
    ordinal = day.toordinal()
    if starts[0] <= ordinal < end:
        lunar_year, month, first, _ = months[bisect.bisect_right(starts, ordinal) - 1]
        return lunar_year, abs(month), ordinal - first + 1, month < 0
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    month = lunar.getMonth()
    return lunar.getYear(), abs(month), lunar.getDay(), month < 0


@lru_cache(maxsize=512)
def solar_term(year: int, name: str) -> dt.date | None:
    """The Gregorian date of solar term `name` in Gregorian `year`."""
    if not _check_year(year) or name not in SOLAR_TERMS:
        return None
    if year in lunar_table.TERMS:
        day_of_year = int(lunar_table.TERMS[year].split()[SOLAR_TERMS.index(name)])
        return dt.date(year, 1, 1) + dt.timedelta(days=day_of_year - 1) if day_of_year else None
    return _solar_term_computed(year, name)


def _solar_term_computed(year: int, name: str) -> dt.date | None:
    """`solar_term` as lunar-python computes it."""
    month = SOLAR_TERMS.index(name) // 2 + 1
    # lunar-python keys the terms of the lunar year around this date, next year's early ones by pinyin
    table = Solar.fromYmd(year, month, 15).getLunar().getJieQiTable()
    for key, solar in table.items():
        if _term_name(key) == name and solar.getYear() == year:
            return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())
    return None


_PINYIN_TERMS = {
    "DONG_ZHI": "冬至",
    "XIAO_HAN": "小寒",
    "DA_HAN": "大寒",
    "LI_CHUN": "立春",
    "YU_SHUI": "雨水",
    "JING_ZHE": "惊蛰",
    "DA_XUE": "大雪",
}


def _term_name(key: str) -> str:
    return _PINYIN_TERMS.get(key, key)


def sexagenary_years(name: str) -> list[int]:
    """The lunar years named by a stem-branch pair (`庚子` -> [..., 1960, 2020, 2080, ...])."""
    if len(name) != 2 or name[0] not in HEAVENLY_STEMS or name[1] not in EARTHLY_BRANCHES:
        return []
    stem, branch = HEAVENLY_STEMS.index(name[0]), EARTHLY_BRANCHES.index(name[1])
    if stem % 2 != branch % 2:
        return []  # 甲丑 is not a valid pair
    # 1984 was 甲子: the cycle position of year y is (y - 1984) % 60.
    position = next(i for i in range(60) if i % 10 == stem and i % 12 == branch)
    return [1984 + position + 60 * k for k in range(-2, 2)]


def zodiac_years(animal: str) -> list[int]:
    """The lunar years of a zodiac animal (`鼠` -> [..., 2008, 2020, 2032, ...])."""
    if animal not in ZODIAC_ANIMALS:
        return []
    offset = ZODIAC_ANIMALS.index(animal)  # 2020 was a 鼠 year
    return [2020 + offset + 12 * k for k in range(-8, 4)]


def solar_to_lunar_safe(day: dt.date) -> tuple[int, int, int, bool] | tuple[None, None, None, None]:
    """`solar_to_lunar` for supported years, else Nones."""
    if not _check_year(day.year):
        return None, None, None, None
    return solar_to_lunar(day)
