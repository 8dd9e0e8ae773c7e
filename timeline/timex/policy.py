"""The one place for past/future and context policy.

Rules say what an expression names (`1月28日`, `次日`, `除夕`); this module decides which calendar
date it means. The policy, in one paragraph:

- The reference (`ref`) is the publication time. News reports the past: a year-less date, a festival,
  a solar term or a weekday is the occurrence on or before the reference, unless the clause marks the
  future (将, 即将, 计划, 预计, 明年, ...), in which case it is the occurrence on or after it. One
  exception: a festival, lunar date or solar term falling within a week after the reference is the coming
  one (a report on 除夕 speaks of tomorrow's 春节, not last year's).
- The context is the most recent date resolved earlier in the same text. Anaphoric expressions
  (次日, 当天, 同日, 三天后, 27日 after 1月26日, a bare clock time after a date) count from it, and fall
  back to the reference when there is none. Deictic expressions (今天, 昨天, 今年, 上周五) count from the
  reference, except inside a quotation, where they count from the context (the speaker's day).
- A year-less month-day with a context takes the year that puts it nearest to the context date
  (`2019年12月8日 ... 1月20日` is 2020-01-20), but never after the reference unless marked future.
- Lunar dates and festivals with a Gregorian year (`2016年的除夕`) are the occurrence inside that
  Gregorian year; with a sexagenary year (`甲辰年正月初八`) they are in that lunar year.
- Only a context whose year the text gave (a written or relative year, or a date read against such a
  context) pulls the year of a later year-less date. A year-less date whose year was itself guessed from
  the reference does not: in `10月和5月` both months are read against the reference.
- The end of a range is the first occurrence on or after its start (`三月到五月`, `12月20日至1月5日`),
  even when that is after the reference.
- 节后 / 节前 refer to the festival the text named last, and to 春节 when it named none.
- `N年前` keeps year precision (`5年前` is the year, not a day five years back); smaller units give a day,
  and hours or minutes give a clock time counted from the reference time, or only the day when the story
  is on another day or the reference has no clock.
- A stretch against the reference (`过去十年`, `前1周`) ends on the reference day; one ahead (`后1年`,
  `未来3年`) starts the day after it. A stretch inside a written period (`2021年的前2周`, `今年的最后3周`)
  uses ISO weeks. `until` is always inclusive: the last day, month or year that the stretch covers.
- Halves and decades are anchored where they start (`下半年` at month 7, `90年代` at 1990); a decade
  does not become the context of what follows.
- A range never ends before it starts: when `until` would come before the anchor (`次日以来` read on the
  reference day, "since tomorrow"), the end is not known and `until` is dropped; the anchor and mod stay.
- A leap lunar month (`2020年闰四月`) is the whole month: its first day as value and anchor, its last day
  as `until` (2020-05-23 to 2020-06-20). A leap month the year does not have (`2021年闰二月`) is no date.
- Years are always written with four digits (`0999`); a date outside years 1 to 9999 is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.timex import calendar_cn

# A festival, lunar date or solar term this close after the reference is the coming one: news announces
# holidays in the days before them, and last year's would be written 去年.
FESTIVAL_LOOKAHEAD_DAYS = 7
# A year-less month and day this close after the reference is the coming one too.
LOOKAHEAD_DAYS = FESTIVAL_LOOKAHEAD_DAYS

_REF_FORMAT = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?)?")


# Where an unknown reference stands in while a resolution runs; nothing resolved from it is reported (the
# resolver notes that it was consulted and the parser reports an `X` value instead). Never the clock.
_PLACEHOLDER = dt.datetime(2000, 6, 15)


@dataclass(frozen=True)
class Reference:
    """The reference time of a text: a date, and a clock time when one is known; `when` is None when
    the text's time is unknown (`timeline.parse(text, None)`)."""

    when: dt.datetime | None
    has_time: bool

    @classmethod
    def coerce(cls, ref: str | dt.date | dt.datetime | Reference | None) -> Reference:
        if isinstance(ref, Reference):
            return ref
        if ref is None:
            return cls(None, False)
        if isinstance(ref, dt.datetime):
            return cls(ref.replace(second=0, microsecond=0, tzinfo=None), True)
        if isinstance(ref, dt.date):
            return cls(dt.datetime(ref.year, ref.month, ref.day), False)
        if isinstance(ref, str):
            match = _REF_FORMAT.fullmatch(ref.strip())
            if match:
                year, month, day, hour, minute = match.groups()
                try:
                    when = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0))
                except ValueError:
                    pass
                else:
                    return cls(when, hour is not None)
            raise ValueError(f"invalid reference time {ref!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM")
        raise TypeError(f"reference time must be a string, date or datetime, not {type(ref).__name__}")

    @property
    def known(self) -> bool:
        return self.when is not None

    @property
    def date(self) -> dt.date | None:
        return None if self.when is None else self.when.date()

    def iso(self) -> str | None:
        if self.when is None:
            return None
        return self.when.isoformat(timespec="minutes") if self.has_time else self.when.date().isoformat()


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, months: int = 0, days: int = 0) -> dt.date:
    if months:
        year, month = add_months(day.year, day.month, months)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise OverflowError(f"year {year} is out of range")
        last = 31
        while valid_date(year, month, last) is None:
            last -= 1
        day = dt.date(year, month, min(day.day, last))
    return day + dt.timedelta(days=days)


class Resolver:
    """Resolves rule output against the reference and the running context of one text."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self._ref_date = reference.date
        # Set when a resolution consulted an unknown reference: its result is not a date (the parser
        # reports an `X` value and no anchor) and does not become the context.
        self.leaned_on_unknown = False
        self.unknown_month: int | None = None  # the month of the last, undatable, expression
        # the context is a month and day put after the reference by a future marker (将于10月23日)
        self.context_ahead = False
        # the last day named, kept when a bare year follows it (9日…1984年…2004年…当天 is the 9th)
        self.last_day: dt.date | None = None
        self.context_day: dt.date | None = None
        self.context_month: tuple[int, int] | None = None
        self.context_year: int | None = None
        self.context_explicit = False  # the context's year was written in the text (or derived from it)
        self.not_before: dt.date | None = None  # while resolving the end of a range: its start
        self.last_festival: dt.date | None = None  # the day of the festival named last (for 节后)

    @property
    def ref_date(self) -> dt.date:
        """The reference day. Asking for it when it is unknown marks the resolution as unresolvable."""
        if self._ref_date is None:
            self.leaned_on_unknown = True
            return _PLACEHOLDER.date()
        return self._ref_date

    @property
    def ref_known(self) -> bool:
        return self._ref_date is not None

    def ref_iso(self) -> str | None:
        """The reference day for an open end (`以来`, `至今`): None when unknown, without marking."""
        return None if self._ref_date is None else self._ref_date.isoformat()

    def forget(self, month: int | None = None) -> None:
        """Drop the context: what came last could not be dated, so nothing after it counts from it.

        `month` is the month it named, if any: a day of the month after it (`1月22日 … 27日`) keeps it."""
        self.unknown_month = month
        self.last_day = None
        self.context_day = None
        self.context_month = None
        self.context_year = None
        self.context_explicit = False

    # --- context -------------------------------------------------------------------------------
    def note(
        self,
        day: dt.date | None = None,
        month: tuple[int, int] | None = None,
        year: int | None = None,
        explicit: bool = True,
    ) -> None:
        """Record a resolved date as the context for what follows.

        `explicit` is False for a year-less date whose year was only guessed from the reference: it still
        gives the month for 27日 or 次日, but does not pull the year of the next year-less date.
        """
        if day is not None or month is not None or year is not None:
            self.context_explicit = explicit
            self.unknown_month = None
            self.context_ahead = False
            self.last_day = day if day is not None else self.last_day if month is None else None
        if day is not None:
            self.context_day = day
            self.context_month = (day.year, day.month)
            self.context_year = day.year
        elif month is not None:
            self.context_day = None
            self.context_month = month
            self.context_year = month[0]
        elif year is not None:
            self.context_day = None
            self.context_month = None
            self.context_year = year

    def base_day(self, anaphoric: bool) -> dt.date:
        """The day that relative expressions count from."""
        if anaphoric and self.context_day is not None:
            return self.context_day
        if anaphoric and self.context_month is None and self.last_day is not None:
            return self.last_day
        return self.ref_date

    def base_year(self, anaphoric: bool) -> int:
        if anaphoric and self.context_year is not None:
            return self.context_year
        return self.ref_date.year

    # --- choosing among candidate occurrences --------------------------------------------------------
    def choose(self, candidates: list[dt.date], future: bool, near: dt.date | None = None) -> dt.date | None:
        """Pick the occurrence the text means among candidate dates.

        Without `near`: the latest on or before the reference (the earliest on or after it if `future`).
        With `near` (a context date): the one nearest to it that respects the same past/future bound.
        """
        candidates = sorted(set(candidates))
        if not candidates:
            return None
        if self.not_before is not None:
            # the end of a range: the first occurrence on or after its start (三月到五月, 12月20日至1月5日)
            after = [day for day in candidates if day >= self.not_before]
            if after:
                return after[0]
        if near is not None and (not self.ref_known or abs(near.year - self.ref_date.year) > 1):
            # no reference to bound by, or a story told in another year (2012年元宵灯会…也将于2月2日):
            # the context alone decides, whatever the clause says of the future
            allowed = candidates
        elif near is not None and near > self.ref_date:
            # the text is speaking of days after the reference (a notice for the coming year)
            allowed = [day for day in candidates if day >= self.ref_date]
        elif future:
            allowed = [day for day in candidates if day >= self.ref_date]
        else:
            allowed = [day for day in candidates if day <= self.ref_date]
        if not allowed:
            allowed = candidates
        if near is not None:
            return min(allowed, key=lambda day: (abs((day - near).days), day))
        return allowed[0] if future else allowed[-1]

    def _years_around(self) -> range:
        return range(self.ref_date.year - 1, self.ref_date.year + 2)

    # --- absolute dates without a year -----------------------------------------------------------------
    def _candidate_years(self) -> set[int]:
        """The years a year-less date may fall in: around the reference, and around an explicit context
        (only the latter when the reference is unknown)."""
        years: set[int] = set()
        if self.ref_known or not (self.context_explicit and self.context_year is not None):
            years |= {self.ref_date.year - 1, self.ref_date.year, self.ref_date.year + 1}
        if self.context_year is not None:
            years |= {self.context_year - 1, self.context_year, self.context_year + 1}
        return {year for year in years if dt.MINYEAR <= year <= dt.MAXYEAR}

    def month_day(self, month: int, day: int, future: bool, weekday: int | None = None) -> dt.date | None:
        """A year-less month and day; with `weekday` (a gloss: 1月4日（星期日）), only years where it holds."""
        years = self._candidate_years()
        if self._year_context() is not None and weekday is None:
            years = {self._year_context()}  # 2025年另有两次满月，分别在11月5日和12月5日: that year's
        candidates = [d for y in years if (d := valid_date(y, month, day)) is not None]
        if weekday is not None:
            candidates = [d for d in candidates if d.isoweekday() == weekday]
        if not candidates:
            return None
        near = self._near()
        if self.ref_known and not future and (near is None or near >= self.ref_date - dt.timedelta(days=1)):
            upcoming = [d for d in candidates if 0 < (d - self.ref_date).days <= LOOKAHEAD_DAYS]
            if upcoming:
                return upcoming[0]  # 今天是中秋节…月亮最圆在10月7日: a day just ahead is the coming one
        return self.choose(candidates, future, near=near)

    def _year_context(self) -> int | None:
        """The year of an explicit context that is only a year (`2015年…`), else None."""
        if (
            self.context_explicit
            and self.context_day is None
            and self.context_month is None
            and self.context_year is not None
            and (not self.ref_known or abs(self.context_year - self.ref_date.year) <= 1)
        ):
            return self.context_year  # a year far from the reference is background (2006年列为…)
        return None

    def _near(self) -> dt.date | None:
        """The context date a year-less date stays near: an explicit one, or one after the reference
        (a text speaking of the coming weeks keeps to them: 将于10月23日至11月3日…第一段为10月23日至26日)."""
        if self.context_explicit:
            return self.context_day or self._context_month_day()
        if self.context_ahead and self.context_day is not None and self.context_day > self.ref_date:
            return self.context_day
        return None

    def _context_month_day(self) -> dt.date | None:
        if self.context_month is not None:
            return dt.date(self.context_month[0], self.context_month[1], 15)
        if self.context_year is not None and (
            not self.ref_known or abs(self.context_year - self.ref_date.year) == 1
        ):
            return dt.date(self.context_year, 7, 1)  # a year further away is background (2006年列为…)
        return None

    def month_only(self, month: int, future: bool) -> tuple[int, int]:
        years = self._candidate_years()
        candidates = [dt.date(y, month, 1) for y in years]
        # a month is "on or before" the reference when it starts on or before it
        near = (self._context_month_day() or self.context_day) if self.context_explicit else self._near()
        chosen = self.choose(candidates, future, near=near)
        assert chosen is not None
        return chosen.year, chosen.month

    def day_only(self, day: int, future: bool) -> dt.date | None:
        """`27日` with no month: the context month, else the reference month (or the one before)."""
        if self.context_month is not None:
            year, month = self.context_month
            return valid_date(year, month, day)
        year, month = self.ref_date.year, self.ref_date.month
        step = 0
        if day > self.ref_date.day and not future:
            step = -1
        elif day < self.ref_date.day and future:
            step = 1
        if step:
            # the nearest month in that direction that has the day (29日 in March: January, not February)
            for _ in range(3):
                year, month = add_months(year, month, step)
                if valid_date(year, month, day) is not None:
                    break
        return valid_date(year, month, day)

    def weekday(self, weekday: int, week_shift: int | None, future: bool, anaphoric: bool = False) -> dt.date:
        """ISO weekday 1..7; with a week shift (上周五 = -1) inside that week, else the nearest occurrence."""
        base = self.base_day(anaphoric)
        monday = base - dt.timedelta(days=base.isoweekday() - 1)
        if week_shift is not None:
            return monday + dt.timedelta(days=7 * week_shift + weekday - 1)
        candidates = [monday + dt.timedelta(days=7 * k + weekday - 1) for k in (-1, 0, 1)]
        if future:
            return min(day for day in candidates if day >= base)
        return max(day for day in candidates if day <= base)

    # --- calendar occurrences ------------------------------------------------------------------------
    def occurrence(
        self,
        compute: Callable[[int], dt.date | None],
        future: bool,
        year: int | None = None,
        lunar_year: int | None = None,
        lunar: bool = False,
    ) -> dt.date | None:
        """One occurrence of a yearly date given `compute(year) -> date`.

        `compute` takes a lunar year for lunar dates and a Gregorian year for solar ones. A Gregorian
        `year` picks the occurrence inside that year; a `lunar_year` picks that lunar year's.
        """
        if lunar_year is not None:
            return compute(lunar_year)
        if year is not None:
            if not lunar:
                return compute(year)
            inside = [d for y in (year, year - 1) if (d := compute(y)) is not None and d.year == year]
            return inside[0] if inside else compute(year)
        near = self._near() if self.context_explicit else None
        if near is not None and (not self.ref_known or near.year != self.ref_date.year):
            # a text about another year (2012年元宵灯会…农历正月十一): that year's occurrence
            around = [d for y in range(near.year - 1, near.year + 2) if (d := compute(y))]
            if around:
                return self.choose(around, future, near=near)
        candidates = [d for y in range(self.ref_date.year - 2, self.ref_date.year + 2) if (d := compute(y))]
        upcoming = [d for d in candidates if 0 < (d - self.ref_date).days <= FESTIVAL_LOOKAHEAD_DAYS]
        if upcoming and not future:
            return upcoming[0]  # a report on 除夕 about 春节期间 means tomorrow's, not last year's
        return self.choose(candidates, future)

    def sexagenary_year(self, years: list[int]) -> int | None:
        """The year of a stem-branch or zodiac name nearest to the reference year."""
        if not years:
            return None
        return min(years, key=lambda y: (abs(y - self.ref_date.year), -y))


def lunar_date_computer(month: int, day: int | None, leap: bool = False) -> Callable[[int], dt.date | None]:
    """The Gregorian date of a lunar date in a given lunar year; without a day, of the month's first day."""

    def compute(lunar_year: int) -> dt.date | None:
        if day is None:
            return calendar_cn.lunar_to_solar(lunar_year, month, 1, leap)
        if month == 12 and day == 30:
            # 腊月三十 is 除夕 in every year, even when the twelfth month has only 29 days
            return calendar_cn.lunar_new_year_eve(lunar_year)
        return calendar_cn.lunar_to_solar(lunar_year, month, day, leap)

    return compute


def lunar_month_end(first_day: dt.date) -> dt.date | None:
    """The last day of the lunar month that starts on `first_day`."""
    lunar_year, month, _, leap = calendar_cn.solar_to_lunar(first_day)
    days = calendar_cn.lunar_month_days(lunar_year, month, leap)
    return None if days is None else first_day + dt.timedelta(days=days - 1)


def new_year_eve_computer() -> Callable[[int], dt.date | None]:
    return calendar_cn.lunar_new_year_eve


def solar_computer(month: int, day: int) -> Callable[[int], dt.date | None]:
    return lambda year: valid_date(year, month, day)


def solar_term_computer(name: str) -> Callable[[int], dt.date | None]:
    return lambda year: calendar_cn.solar_term(year, name)
