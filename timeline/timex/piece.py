"""What the rules say before resolution: a `Piece` per match, an `Expression` of joined pieces.

A production reads its match and returns a Piece: what the words say (month 1, day 28, "the day
after", "除夕"), never which calendar date that is; `timeline/timex/policy.py` decides that. Every
fact is a typed field (no side channel of private keys).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    """What one matched expression says, before resolution."""

    start: int
    end: int
    rule: str
    kind: str  # date, time, duration, set, ref; "void": words that are no time and hide their parts
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None  # 去年 = -1, relative to the base year
    month_shift: int | None = None  # 上个月 = -1
    day_shift: int | None = None  # 昨天 = -1, 次日 = +1
    week_shift: int | None = None
    weekday: int | None = None  # ISO 1..7
    anaphoric: bool = False  # counts from the context (次日) rather than the reference (明天)
    grain: str = "day"  # day, month, year, quarter, half, week, season, decade
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    year_part: str | None = None  # START/MID/END for 年初/年中/年底
    month_part: str | None = None  # START/MID/END for 月初/月中/月底, 上旬/中旬/下旬
    lunar_month: int | None = None
    lunar_day: int | None = None
    lunar_leap: bool = False
    lunar_year_names: list[int] | None = None  # candidate lunar years from 庚子年 / 鼠年
    year_kind: str | None = None  # how a year is named when not in digits: sexagenary, zodiac, era
    festival: str | None = None  # a key of calendar_cn tables, or "除夕"
    solar_term: str | None = None
    shift: tuple[float, str] | None = None  # (amount, unit) for 三天后 / 一周前
    shift_vague: bool = False  # 一个多月前: only month precision is known
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    pod: str | None = None  # part of day: MO, MI, AF, EV, NI
    weak: bool = False  # only a time when attached to a date (三点, 一时)
    value: str | None = None  # durations, sets, *_REF
    mod: str | None = None
    span: tuple[str, int, str] | None = None  # (position, count, unit): 前2周, 过去十年, 第一周
    half_shift: int | None = None  # 上个半年 = -1: the half-year before or after the reference's
    half_of: str | None = None  # 上半月, 下半周: "month" or "week", with `half_part` 1 or 2
    half_part: int | None = None
    day_until: int | None = None  # 11-13日, 5、6日: the last day of a range of days written as one
    month_until: int | None = None  # 1-11月, 1至3月: the last month of a range of months written as one
    days_after: int | None = None  # 今明两天: the range goes on this many days after its day
    lunar_until: tuple[int, int] | None = None  # 年廿七至三十: the lunar (month, day) a range ends on
    bce: bool = False  # 公元前221年: a year before the common era
    range_min: str | None = None  # 五六个小时: the ends of a duration given as a range
    range_max: str | None = None
    stated_year: int | None = None  # 今(2022)年: the year the writer put in brackets, beside the shift

    @property
    def has_date(self) -> bool:
        return self.kind == "date"


@dataclass
class Expression:
    """Joined pieces: one date part, an optional clock part, an optional range end."""

    start: int
    end: int
    date: Piece | None
    time: Piece | None
    other: Piece | None = None  # duration, set, reference word
    range_end: Expression | None = None
    prefix: str | None = None
    suffix: str | None = None
    weekday: Piece | None = None
    gloss: Piece | None = None
    pieces: list[Piece] = field(default_factory=list)
