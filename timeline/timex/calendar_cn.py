"""Chinese calendar facts: lunar dates, festivals, solar terms, sexagenary and zodiac years.

The word tables are data, kept once. Lunar conversion and solar terms come from lunar-python, which
computes them astronomically; we use it for Gregorian years 1901-2099 (`SUPPORTED_YEARS`), which covers
the 1950-2050 range we promise and test. Outside that range every function returns None.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from lunar_python import LunarYear, Solar

SUPPORTED_YEARS = range(1901, 2100)

# Lunar festivals: name -> (lunar month, lunar day). 除夕 is special (the last day of month 12,
# the 29th or 30th) and handled by `lunar_new_year_eve`.
LUNAR_FESTIVALS: dict[str, tuple[int, int]] = {
    "春节": (1, 1),
    "元宵": (1, 15),
    "龙抬头": (2, 2),
    "端午": (5, 5),
    "七夕": (7, 7),
    "中元": (7, 15),
    "中秋": (8, 15),
    "重阳": (9, 9),
    "寒衣": (10, 1),
    "下元": (10, 15),
    "腊八": (12, 8),
    "小年": (12, 23),  # the northern custom; the south keeps the 24th
}

# Fixed Gregorian festivals and commemorations: name -> (month, day).
SOLAR_FESTIVALS: dict[str, tuple[int, int]] = {
    "元旦": (1, 1),
    "情人节": (2, 14),
    "妇女节": (3, 8),
    "三八": (3, 8),
    "植树节": (3, 12),
    "愚人节": (4, 1),
    "劳动节": (5, 1),
    "五一": (5, 1),
    "青年节": (5, 4),
    "五四": (5, 4),
    "护士节": (5, 12),
    "儿童节": (6, 1),
    "六一": (6, 1),
    "建党节": (7, 1),
    "七一": (7, 1),
    "建军节": (8, 1),
    "八一": (8, 1),
    "教师节": (9, 10),
    "国庆": (10, 1),
    "十一": (10, 1),
    "平安夜": (12, 24),
    "圣诞": (12, 25),
}

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


def lunar_month_days(lunar_year: int, month: int, leap: bool = False) -> int | None:
    if not _check_year(lunar_year):
        return None
    found = _lunar_months(lunar_year).get((month, leap))
    return None if found is None else found[1]


@lru_cache(maxsize=4096)
def solar_to_lunar(day: dt.date) -> tuple[int, int, int, bool]:
    """(lunar year, month, day, leap) of a Gregorian date."""
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    month = lunar.getMonth()
    return lunar.getYear(), abs(month), lunar.getDay(), month < 0


@lru_cache(maxsize=512)
def solar_term(year: int, name: str) -> dt.date | None:
    """The Gregorian date of solar term `name` in Gregorian `year`."""
    if not _check_year(year) or name not in SOLAR_TERMS:
        return None
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
