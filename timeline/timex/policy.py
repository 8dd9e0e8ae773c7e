"""The date policy, in one place: which calendar date an expression means.

Rules say what an expression names (`1月28日`, `次日`, `除夕`); the parser joins pieces into
expressions; this module decides which date each means: past or future (the future markers and the
look-ahead for festivals), the context of the text (anaphora, quotation), the weekday check, and the
`X` values of what cannot be dated without a reference. Its knobs are one object, `DatePolicy`, so a
benchmark can sweep them and a test can pin them; with `Resolver(..., trace=[])` every choice is
written down (`timeline parse TEXT --explain`). The policy:

- Without a reference (`ref` None), whatever needs one keeps `anchor: null` and an `X` value with the
  digits its words give (`XXXX-01-22`, `XXXX-XX-XXTAF`); it does not become the context. Written dates,
  and what counts from them, still resolve. Nothing is ever read from the machine's clock.
- 将 marks the future before a verb or a time (将于, 将举行), not before a noun (将月饼送到, the object
  marker), and 将近 is "nearly"; 规定于 holds no 定于.
- A weekday beside a year-less date (`1月4日（星期日）`) picks the nearby year in which it holds; a
  mention whose weekday disagrees with its date says so (`weekday_agrees: false`).
- A story told in another year (an explicit context more than a year from the reference) keeps that
  year for year-less dates and festivals, whatever the clause says of the future. A bare year near the
  reference (`2025年另有两次满月，分别在11月5日…`) holds the year-less dates after it; one far from it is
  background (`2006年列为…。照片摄于4月13日` is the reference's year).
- A year-less date within `lookahead_days` after the reference is the coming one; a date put after the
  reference by a future marker keeps the year-less dates after it near it (a notice for the coming weeks).
- 当天 after a day and some bare years is that day (`9日…1984年…2004年…当天`).

- The reference (`ref`) is the publication time. News reports the past: a year-less date, a festival,
  a solar term or a weekday is the occurrence on or before the reference, unless the clause marks the
  future (将, 即将, 计划, 预计, 明年, ...), in which case it is the occurrence on or after it (or at most
  `future_lookbehind_days` before it: 将于11月15日 on the 16th was written before it went up). One
  exception: a festival, lunar date or solar term falling within a month after the reference is the
  coming one (a report on 除夕 speaks of tomorrow's 春节, not last year's), a date of the Spring Festival season
  (腊月, 正月: 年廿八, 年初四, 元宵) within `spring_festival_lookahead_days`, and a year-less month and day
  within `lookahead_days` (two months: an announced event; last year's would carry its year or 去年), a
  lunar month and day (农历二月二十七日) as much as a Gregorian one.
- A bare day after a lunar month and day (农历二月二十七日…二十九日晚…三十日下午) is a day of that lunar
  month, as a bare day after a Gregorian date is a day of its month.
- A weekday that holds on a year-less date settles its year like a written year (a holiday notice); a
  forecast verb (预估, 预测, 预报, 料将) marks the clause as future like 将 does. A holiday notice
  (放假调休, 放假安排) read from October on puts its year-less dates from a month before the reference on
  (春节：2月7日至13日放假调休 on 2015-12-10 is 2016's). A date of the Spring Festival season after
  another one of the season named before it is of that season (马年春节…大年三十 on 25 December).
- A weekday before a bracketed month and day (星期二(4月15日)) is that date in the year the weekday holds.
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
- A stretch against the reference (`过去十年`, `前1周`) ends on the reference day; one ahead (`后1年`)
  starts the day after it. A window ahead named with 未来, 接下来 or 今后 (`未来三天`, `未来3年`) is a
  length of time, the span a forecast or a plan looks over, not a dated stretch. A stretch inside a written period (`2021年的前2周`, `今年的最后3周`)
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
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from timeline.numerals import small_int
from timeline.timex import calendar_cn
from timeline.timex.piece import Expression, Piece
from timeline.timex.rules import LAST_FESTIVAL
from timeline.timex.rules.common import WEEKDAYS
from timeline.timex.rules.duration import iso_duration


@dataclass(frozen=True)
class DatePolicy:
    """The knobs of the date policy."""

    # A festival, lunar date or solar term this close after the reference is the coming one: news
    # announces holidays in the weeks before them (国庆节10月1日~10月7日放假), and last year's would be
    # written 去年.
    festival_lookahead_days: int = 30
    # A year-less month and day this close after the reference is the coming one too: a date two months
    # ahead is an event being announced (10/21-10/23舉行, 4/18至20日補辦), while the same day of last year
    # would be written with its year or 去年.
    lookahead_days: int = 60
    # A bare year at most this far from the reference holds the year-less dates after it.
    story_year_distance: int = 1
    # A bare day of the month (`10日`) this many days after the reference day is in the reference's month.
    bare_day_lookahead_days: int = 10
    # A date of the Spring Festival season (腊月 and 正月: 年廿八, 年初四, 除夕, 春节, 元宵) this close after
    # the reference is the coming one: news counts down to the new year for weeks, and the last one is
    # eleven months back.
    spring_festival_lookahead_days: int = 45
    # A bare weekday with no marker of past or future this close after the reference is the coming one: a
    # headline of Thursday's 周五拉戰幔 or Friday's 周日開鑼 tells of the weekend ahead, while a weekday
    # three or more days on would be written 下周 or with a future word, and is the one just past.
    weekday_lookahead_days: int = 2
    # A year-less date marked future (将于, 决定, 预计) this few days before the reference is the one just
    # past: the text was written before it went up, or in another time zone (将于当地时间11月15日下午 on
    # the 16th), and next year's, eleven months on, is not what it announces.
    future_lookbehind_days: int = 3


DEFAULT_POLICY = DatePolicy()
FESTIVAL_LOOKAHEAD_DAYS = DEFAULT_POLICY.festival_lookahead_days
# a month starting within this many days after the reference is the coming one, as a month and day within
# lookahead_days is (参加11月份的大选 on 15 September)
_MONTH_LOOKAHEAD_DAYS = 60

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

    def __init__(
        self, reference: Reference, policy: DatePolicy = DEFAULT_POLICY, trace: list[str] | None = None
    ) -> None:
        self.reference = reference
        self.policy = policy
        self.trace = trace  # when a list, each choice of the policy is appended to it
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
        # the lunar month (lunar year, month, leap) of the context when it is a lunar date or a bare day read
        # in one: the bare days after it are days of that month
        self.context_lunar: tuple[int, int, bool] | None = None
        self.lunar_day_read = False  # the expression being resolved was a bare day read as a lunar day
        self.point_end: int | None = None  # where the last expression that set the context day ended
        self.festival_ahead = False  # the context day is a festival still to come (see `day_only`)
        self.context_year: int | None = None
        self.context_explicit = False  # the context's year was written in the text (or derived from it)
        self.not_before: dt.date | None = None  # while resolving the end of a range: its start
        self.last_festival: dt.date | None = None  # the day of the festival named last (for 节后)
        self.taiwan = False  # the text is Taiwan's (兒童節 is 4 April there): set by `resolve`
        self.region: str | None = None  # the country abroad a text is of (新加坡: `sg`), for its 国庆
        self.evening_day: dt.date | None = None  # the day of the last evening time (昨晚10时…凌晨2时)
        self.afternoon_day: dt.date | None = None  # … of the last afternoon or evening time (…直到午夜)
        # the last clock time told (下午1時20分…12分鐘後 counts from it), and whether the expression
        # being resolved opens what happened next (12分鐘後，當地再發生…)
        self.last_clock: dt.datetime | None = None
        # the day named before a month alone (7日…3月將在高雄開唱…下午4時30分): a bare clock time after
        # the month is still on that day, since the month gives it no day of its own
        self.day_before_month: dt.date | None = None
        self.sequel = False
        self.new_years_eve: dt.date | None = None  # a 除夕 read as 31 December: later ones are too
        self.notice_year: int | None = None  # the year a holiday notice says it is for (2015年…放假安排)
        # the day of a wire dateline at the head of the text (（中央社記者台北9日電）, 新华社北京1月3日电) a day
        # or two before the reference: the story's own day (a report filed late, published after midnight)
        self.dateline_day: dt.date | None = None
        self.dateline_read = False
        # the date being resolved was taken on the past side of a context ahead of the reference (a fact
        # told in passing in a text about coming days): it does not become the context
        self.told_in_passing = False
        self.weekday_done = False  # the bare weekday being resolved is told as done (周六起已有…)
        # the expression being resolved follows a comparing word (比上月, 较上周): a month or week before
        # counts from the period the text reports, not from the publication
        self.compared = False
        # the year each year-less month (and day) got when the text named it first: a repeat names the same
        # one, whatever date of a distant year was told in between (9月失业率3.89%…民国89年9月为3.10%…9月较8月)
        self.told_months: dict[tuple[int, int | None], int] = {}
        # the weekday the text glosses each year-less month and day with anywhere (6月30日(星期二) in the
        # body): the same day named bare before it, in a headline, is in the year where that weekday holds
        self.glossed_weekdays: dict[tuple[int, int], int] = {}
        # the day of the last date told with a clock or a part of day (the day whose hours the text is
        # reading), and a day named since then without one that is told in passing (an earlier day, or a
        # plan for a later one): where it ended, so a clock in a later sentence returns to the story's day
        self.clock_day: dt.date | None = None
        self.passing_day: tuple[dt.date, int] | None = None
        # the Monday of a week the text reports by its number (2018年第04周): 本周 and 上周 count from it
        self.week_reported: dt.date | None = None

    def step(self, message: str) -> None:
        """Write down a choice (for `--explain`)."""
        if self.trace is not None:
            self.trace.append(message)

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
        self.last_clock = None
        self.day_before_month = None
        self.context_day = None
        self.context_month = None
        self.context_lunar = None
        self.context_year = None
        self.context_explicit = False

    # --- context -------------------------------------------------------------------------------
    def note(
        self,
        day: dt.date | None = None,
        month: tuple[int, int] | None = None,
        year: int | None = None,
        explicit: bool = True,
        lunar: tuple[int, int, bool] | None = None,
    ) -> None:
        """Record a resolved date as the context for what follows.

        `explicit` is False for a year-less date whose year was only guessed from the reference: it still
        gives the month for 27日 or 次日, but does not pull the year of the next year-less date. `lunar` is
        the lunar month of a lunar date, whose bare days follow it.
        """
        if day is not None or month is not None or year is not None:
            self.context_lunar = lunar if day is not None else None
            self.festival_ahead = False
            self.context_explicit = explicit
            self.unknown_month = None
            self.context_ahead = False
            self.last_day = day if day is not None else self.last_day if month is None else None
        if day is not None:
            self.day_before_month = None
            self.context_day = day
            self.context_month = (day.year, day.month)
            self.context_year = day.year
        elif month is not None:
            self.day_before_month = self.context_day or self.day_before_month
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
            self.step(f"counts from the context day {self.context_day}")
            return self.context_day
        if anaphoric and self.context_month is None and self.last_day is not None:
            self.step(f"counts from the last day named, {self.last_day} (a bare year came after it)")
            return self.last_day
        if self.dateline_day is not None:
            self.step(f"counts from the dateline's day {self.dateline_day}")
            return self.dateline_day
        self.step("counts from the reference day")
        return self.ref_date

    def base_year(self, anaphoric: bool) -> int:
        if anaphoric and self.context_year is not None:
            return self.context_year
        return self.ref_date.year

    # --- choosing among candidate occurrences --------------------------------------------------------
    def choose(
        self, candidates: list[dt.date], future: bool, near: dt.date | None = None, whole_months: bool = False
    ) -> dt.date | None:
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
                self.step(f"range end: the first on or after its start {self.not_before}: {after[0]}")
                return after[0]
        if near is not None and (
            not self.ref_known or abs(near.year - self.ref_date.year) > self.policy.story_year_distance
        ):
            # no reference to bound by, or a story told in another year (2012年元宵灯会…也将于2月2日):
            # the context alone decides, whatever the clause says of the future
            allowed = candidates
            if future:
                # 将于10月8日 in a story of 2012年2月: ahead of the story, allowing the month before it
                allowed = [day for day in candidates if day >= near - dt.timedelta(days=31)]
            why = "no reference" if not self.ref_known else "a story in another year"
            self.step(f"{why}: nearest to the context {near}")
        elif near is not None and near > self.ref_date:
            # the text is speaking of days after the reference (a notice for the coming year); a month
            # (`whole_months`: candidates are first days) counts while any of its days is that late
            # (10月底 on 12 November, after 週一: this October, not next year's)
            earliest = self.ref_date - dt.timedelta(days=31)
            allowed = (
                [day for day in candidates if _month_end(day) >= earliest]
                if whole_months
                else [day for day in candidates if day >= earliest]
            )
            self.step(f"the context {near} is after the reference: from a month before the reference on")
            nearest = min(candidates, key=lambda day: (abs((day - near).days), day))
            if not future and nearest not in allowed:
                # the text looks ahead, but this date is nearer the context on its past side: a fact told
                # in passing (…农历年前已订满。一家烤鸭店从10月底开始接受预订 on 25 December; 上一期(4月至6月)
                # after 下月2日), not one of next year's, which would lie further from what the text speaks of
                allowed = candidates
                self.told_in_passing = True
                self.step(f"nearer the context on its past side: {nearest}")
            just_past = [day for day in allowed if day.year == near.year and day <= self.ref_date]
            if self.context_explicit and just_past and not future:
                # a day of the context's written year just before the reference is the one reported, not
                # next year's that lies nearer the context (…将于2023年9月21日开唱。2月22日…门票开售 on
                # 2023-02-23: this February); a context in the coming year leaves it (明年…12月6日召开的)
                allowed = just_past
                self.step(f"in the context's written year {near.year}, on or before the reference")
        elif future:
            earliest = self.ref_date - dt.timedelta(days=self.policy.future_lookbehind_days)
            allowed = [day for day in candidates if day >= earliest]
            self.step(f"future: on or after {earliest}, a few days before the reference")
        else:
            allowed = [day for day in candidates if day <= self.ref_date]
            self.step("news reports the past: on or before the reference")
        if not allowed:
            allowed = candidates
            self.step("no candidate within the bound: any")
        if near is not None:
            chosen = min(allowed, key=lambda day: (abs((day - near).days), day))
            self.step(f"nearest to the context {near}: {chosen}")
            return chosen
        chosen = allowed[0] if future else allowed[-1]
        self.step(f"{'earliest' if future else 'latest'} of {', '.join(str(d) for d in allowed)}: {chosen}")
        return chosen

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
        repeat = self._repeated(month, day)
        if repeat is not None and weekday is None:
            return valid_date(repeat, month, day)
        glossed = self.glossed_weekdays.get((month, day)) if weekday is None else None
        if glossed is not None and any(
            (d := valid_date(y, month, day)) is not None and d.isoweekday() == glossed
            for y in self._candidate_years()
        ):
            weekday = glossed
            self.step(f"the text glosses {month}月{day}日 elsewhere with weekday {weekday}")
        chosen = self._month_day(month, day, future, weekday)
        if chosen is not None:
            self.told_months.setdefault((month, day), chosen.year)
        return chosen

    def _repeated(self, month: int, day: int | None) -> int | None:
        """The year a year-less month (and day) named before got, when a date of a distant year is the
        current context (a record of long ago, told to compare, is no new story for what repeats after it)."""
        year = self.told_months.get((month, day))
        if year is None or self.context_year is None or not self.ref_known or self.not_before is not None:
            return None
        if abs(self.context_year - self.ref_date.year) <= self.policy.story_year_distance:
            return None
        self.step(f"named before as {year}, and the context of {self.context_year} is a distant year's")
        return year

    def _month_day(self, month: int, day: int, future: bool, weekday: int | None) -> dt.date | None:
        years = self._candidate_years()
        if self._year_context() is not None and weekday is None:
            years = {self._year_context()}  # 2025年另有两次满月，分别在11月5日和12月5日: that year's
            self.step(f"the year the text named, {self._year_context()}")
        candidates = [d for y in years if (d := valid_date(y, month, day)) is not None]
        if weekday is not None:
            candidates = [d for d in candidates if d.isoweekday() == weekday]
            years_held = ", ".join(str(d.year) for d in sorted(candidates)) or "none nearby"
            self.step(f"years in which weekday {weekday} holds: {years_held}")
        if not candidates:
            return None
        near = self._near()
        # (the end of a range is chosen after its start, in `choose`, not by the look-ahead)
        if self.ref_known and not future and self.not_before is None:
            upcoming = [d for d in candidates if 0 < (d - self.ref_date).days <= self.policy.lookahead_days]
            # with a context day before the reference, only a coming day within a month of it (国庆…10月10日
            # read on 4 October: this year's, not last year's)
            if near is not None and near < self.ref_date - dt.timedelta(days=1):
                upcoming = [d for d in upcoming if (d - near).days <= 31]
            if upcoming:
                # 今天是中秋节…月亮最圆在10月7日: a day just ahead is the coming one
                self.step(f"within {self.policy.lookahead_days} days after the reference: {upcoming[0]}")
                return upcoming[0]
        return self.choose(candidates, future, near=near)

    def _year_context(self) -> int | None:
        """The year of an explicit context that is only a year (`2015年…`), else None."""
        if (
            self.context_explicit
            and self.context_day is None
            and self.context_month is None
            and self.context_year is not None
            and (
                not self.ref_known
                or abs(self.context_year - self.ref_date.year) <= self.policy.story_year_distance
            )
        ):
            return self.context_year  # a year far from the reference is background (2006年列为…)
        return None

    def _near(self) -> dt.date | None:
        """The context date a year-less date stays near: an explicit one, or one after the reference,
        with a future word or without (a text speaking of the coming weeks keeps to them:
        将于10月23日至11月3日…第一段为10月23日至26日; 巡演7月5日在上海開唱，10月31日起在台北 read in June)."""
        if self.context_explicit:
            return self.context_day or self._context_month_day()
        if self.context_day is not None and self.ref_known and self.context_day > self.ref_date:
            return self.context_day
        return None

    def _context_month_day(self) -> dt.date | None:
        if self.context_month is not None:
            return dt.date(self.context_month[0], self.context_month[1], 15)
        if self.context_year is not None and (
            not self.ref_known
            or 0 < abs(self.context_year - self.ref_date.year) <= self.policy.story_year_distance
        ):
            return dt.date(self.context_year, 7, 1)  # a year further away is background (2006年列为…)
        return None

    def month_only(self, month: int, future: bool) -> tuple[int, int]:
        repeat = self._repeated(month, None)
        if repeat is not None:
            return repeat, month
        year, month = self._month_only(month, future)
        self.told_months.setdefault((month, None), year)
        return year, month

    def _month_only(self, month: int, future: bool) -> tuple[int, int]:
        years = self._candidate_years()
        candidates = [dt.date(y, month, 1) for y in years]
        # a month is "on or before" the reference when it starts on or before it
        near = (self._context_month_day() or self.context_day) if self.context_explicit else self._near()
        if self.ref_known and not future and near is None and self.not_before is None:
            # 4月中旬 read on 5 March: the coming April, as a year-less day within the look-ahead is the
            # coming one (last year's April would carry 去年); only a month starting within two months of the
            # reference, and not across the new year (1-11月 read in December is this year's statistics)
            upcoming = [
                d
                for d in candidates
                if 0 < (d - self.ref_date).days <= _MONTH_LOOKAHEAD_DAYS and d.year == self.ref_date.year
            ]
            if upcoming:
                self.step(f"the month just after the reference's: {upcoming[0]:%Y-%m}")
                return upcoming[0].year, upcoming[0].month
        chosen = self.choose(candidates, future, near=near, whole_months=True)
        assert chosen is not None
        return chosen.year, chosen.month

    def _context_is_now(self) -> bool:
        """The context day is the reference day or one of the two before it (a dateline, 今天)."""
        if self.context_day is None or not self.ref_known:
            return False
        return 0 <= (self.ref_date - self.context_day).days <= 2

    def day_only(self, day: int, future: bool) -> dt.date | None:
        """`27日` with no month: the context month, else the reference month (or the one before)."""
        if self.context_lunar is not None:
            lunar_year, month, leap = self.context_lunar
            chosen = calendar_cn.lunar_to_solar(lunar_year, month, day, leap)
            if chosen is not None:
                # 农历二月二十七日起驾…二十九日晚驻驾: a day of the lunar month the text is telling
                self.step(f"a day of the context's lunar month {lunar_year}-{month:02d}: {chosen}")
                self.lunar_day_read = True
                return chosen
        if self.festival_ahead and not future and self.ref_known and 0 < self.ref_date.day - day <= 7:
            this_month = valid_date(self.ref_date.year, self.ref_date.month, day)
            if this_month is not None:
                self.step("after a festival still ahead, a day of this month that has come")
                return this_month
        if self.context_month is not None:
            year, month = self.context_month
            chosen = valid_date(year, month, day)
            if not future and self._context_is_now():
                before = valid_date(*add_months(year, month, -1), day)
                if (
                    chosen is not None
                    and before is not None
                    and (chosen - self.ref_date) > (self.ref_date - before)
                ):
                    # 中評社高雄8月1日電…31日20時46分: after a dateline or today's date, a bare day nearer the
                    # reference in the month before than in its own is the month before, not weeks ahead
                    # (今天元宵節…二十二日晚上結束 on the 9th stays in its month)
                    self.step(
                        f"after the context day {self.context_day}, the reference's: nearer in the month before"
                    )
                    return before
            if future and chosen is not None and self.ref_known and chosen < self.ref_date:
                recent = add_months(self.ref_date.year, self.ref_date.month, -1) <= (year, month)
                if recent:
                    # …31日發生爆炸。市府將於12日公布 (reported on 1 August): what is to come is not in
                    # the past month the story told of
                    self.step(
                        f"future, and the context month {year:04d}-{month:02d} is past: the reference's month or the next"
                    )
                    return self.day_only_from_reference(day, future)
            self.step(f"a day of the context month {year:04d}-{month:02d}")
            return valid_date(year, month, day)
        return self.day_only_from_reference(day, future)

    def day_only_from_reference(self, day: int, future: bool) -> dt.date | None:
        """`27日` counted from the reference: its month, or the nearest one before (after, when future)."""
        year, month = self.ref_date.year, self.ref_date.month
        step = 0
        ahead = 0 < day - self.ref_date.day <= self.policy.bare_day_lookahead_days
        ahead = ahead and valid_date(year, month, day) is not None  # 29日 in February: not this month
        if ahead and not future:
            self.step(
                f"within {self.policy.bare_day_lookahead_days} days after the reference day: this month"
            )
        elif day > self.ref_date.day and not future:
            step = -1
        elif day < self.ref_date.day and future:
            step = 1
        if step == 1 and valid_date(*add_months(year, month, 1), day) is None:
            # 美東時間29日晚間…準備進場 on 30 January: the next month has no 29th, and a day two months
            # ahead is no coming day a report speaks of; the day of this month that has passed
            self.step("future, but the next month lacks the day: this month's")
            return valid_date(year, month, day)
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
        story = self.context_day
        if story is not None and (not self.ref_known or abs((story - self.ref_date).days) <= 14):
            # 13日周四…也有人断言周四会下大雨: the weekday nearest the story's day, not the reference's
            around = [story + dt.timedelta(days=k) for k in range(-3, 4)]
            chosen = next(
                day
                for day in sorted(around, key=lambda d: (abs((d - story).days), d < story))
                if day.isoweekday() == weekday
            )
            self.step(f"the weekday nearest the story's day {story}: {chosen}")
            return chosen
        if future:
            return min(day for day in candidates if day >= base)
        coming = min(day for day in candidates if day > base)
        if not self.weekday_done and (coming - base).days <= self.policy.weekday_lookahead_days:
            return coming
        return max(day for day in candidates if day <= base)

    # --- calendar occurrences ------------------------------------------------------------------------
    def occurrence(
        self,
        compute: Callable[[int], dt.date | None],
        future: bool,
        year: int | None = None,
        lunar_year: int | None = None,
        lunar: bool = False,
        lookahead_days: int | None = None,
    ) -> dt.date | None:
        """One occurrence of a yearly date given `compute(year) -> date`.

        `compute` takes a lunar year for lunar dates and a Gregorian year for solar ones. A Gregorian
        `year` picks the occurrence inside that year; a `lunar_year` picks that lunar year's. An occurrence
        within `lookahead_days` after the reference (the festival look-ahead when None) is the coming one.
        """
        if lunar_year is not None:
            self.step(f"in the lunar year {lunar_year} that the cyclic year names")
            return compute(lunar_year)
        if year is not None:
            self.step(f"inside the Gregorian year {year}")
            if not lunar:
                return compute(year)
            inside = [d for y in (year, year - 1) if (d := compute(y)) is not None and d.year == year]
            return inside[0] if inside else compute(year)
        if (
            lunar
            and self.last_festival is not None
            and self.ref_known
            and self.last_festival > self.ref_date
            and _spring_festival_season(self.last_festival)
        ):
            # 马年春节…大年三十: a date of the Spring Festival season after a coming festival of the season
            # is of that season (its eve, its first month)
            season = [
                d
                for y in range(self.last_festival.year - 2, self.last_festival.year + 2)
                if (d := compute(y)) is not None and abs((d - self.last_festival).days) <= 45
            ]
            if season:
                chosen = min(season, key=lambda d: abs((d - self.last_festival).days))
                self.step(f"in the season of the festival named before, {self.last_festival}: {chosen}")
                return chosen
        near = self._near() if self.context_explicit else None
        if near is not None and (not self.ref_known or near.year != self.ref_date.year):
            # a text about another year (2012年元宵灯会…农历正月十一): that year's occurrence
            self.step(f"a text about another year: the occurrence near the context {near}")
            around = [d for y in range(near.year - 1, near.year + 2) if (d := compute(y))]
            if around:
                return self.choose(around, future, near=near)
        candidates = [d for y in range(self.ref_date.year - 2, self.ref_date.year + 2) if (d := compute(y))]
        window = self.policy.festival_lookahead_days if lookahead_days is None else lookahead_days
        upcoming = [d for d in candidates if 0 < (d - self.ref_date).days <= window]
        if upcoming and not future:
            self.step(f"within {window} days after the reference: the coming one")
            return upcoming[0]  # a report on 除夕 about 春节期间 means tomorrow's, not last year's
        season = [
            d
            for d in candidates
            if 0 < (d - self.ref_date).days <= self.policy.spring_festival_lookahead_days
            and _spring_festival_season(d)
        ]
        if lunar and season and not future:
            self.step(
                f"a Spring Festival date within {self.policy.spring_festival_lookahead_days} days after the"
                " reference: the coming one"
            )
            return season[0]
        on_side = [d for d in candidates if (d >= self.ref_date if future else d <= self.ref_date)]
        if not on_side:
            # at the edge of the calendar the table covers (除夕 read on 1901-01-01): no date, not another year's
            self.step("no occurrence on that side of the reference within the calendar")
            return None
        return self.choose(candidates, future)

    def sexagenary_year(self, years: list[int]) -> int | None:
        """The year of a stem-branch or zodiac name nearest to the reference year."""
        if not years:
            return None
        return min(years, key=lambda y: (abs(y - self.ref_date.year), -y))


def _spring_festival_season(day: dt.date) -> bool:
    """Whether `day` falls in 腊月 or 正月 (the weeks around the Spring Festival)."""
    _, month, _, leap = calendar_cn.solar_to_lunar_safe(day)
    return month in (12, 1) and not leap


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


# ---------------------------------------------------------------------------------------------------
# Future markers and modifiers
# ---------------------------------------------------------------------------------------------------
# 将 marks the future before a verb or a time (将于, 将在, 将举行); before a noun it marks the object
# (工作人员将月饼送到…) and says nothing of time; 将近 is "nearly".
_WILL = (
    r"即将|将(?=于|在|会|要|从|自|由|是|可|能|继续|进行|举行|举办|召开|开|启|推|实施|发布|迎|达|持续|成为|出|上|有|"
    r"再|不|正式|陆续|首次|全面|统一|同步|另|分|每|到|至|对|向|为|\d|[一二三四五六七八九十今明本下])"
)
# 预估, 预测, 预报, 料将: a forecast (气象署预估周三登陆) speaks of days to come; so does a decision or an
# announcement before a date (决定4/18至20日补办, 宣布3月移师高雄开唱)
_FORECAST = r"预估|预测|预报|预料|预期|料将|料会"
_FUTURE = re.compile(
    rf"{_WILL}|计划|预计|{_FORECAST}|拟|准备|(?<![规制约])定于|决定|宣布|届时|有望|下个?月|下周|明年|今后|未来"
)
# a countdown: 距/离/距离 before the day, 还有/只有/仅剩/还剩/尚有 after it (离國慶日還有一個多月)
_COUNTDOWN_BEFORE = re.compile(r"(?:距离|距|离)$")
_COUNTDOWN_AFTER = re.compile(r"\s?[日节]?\s?(?:还有|只有|仅剩|还剩|尚有|只剩|仅有)")
# after the expression: 将 right after it, or after a short subject before a comma (past a comma only for
# a weekday: _FUTURE_AFTER_COMMA)
_FUTURE_AFTER = re.compile(
    rf"[起前后]?(?:{_WILL}|拟|计划|预计|准备)|[^。！？!?；;，,\n]{{1,8}}?(?:{_WILL}|预计|{_FORECAST}|可望|有望)"
)
# a weekday opening its sentence, then a comma and the future (周三到周四，台湾将迎来降雨; 开幕礼星期六在维港
# 举行，警方傍晚将封路): a weekday alone is so near that the next clause speaks of it; a year-less date is
# not (5月3日，双方将继续谈判)
_FUTURE_AFTER_COMMA = re.compile(
    rf"[^。！？!?；;，,\n]{{0,8}}[,，][^。！？!?；;，,\n]{{1,10}}?(?:{_WILL}|预计|{_FORECAST}|可望|有望)"
)
# words that tell something as done (已, 了, 以来, 至今)
_DONE_WORDS = r"(?:已|了|以来|以來|至今)"
_FROM_COMING_WEEKDAY = re.compile(rf"起(?![^。！？!?；;\n]{{0,16}}?{_DONE_WORDS})")
# a bare weekday told as done in its clause (周六起已有逾千人入場, 周五開了幕): the one just past
_DONE_AFTER = re.compile(rf"[^。！？!?；;\n，,]{{0,16}}?{_DONE_WORDS}")
# a date told as done where it stands (7月已接種, 3日曾到訪): 已 or 曾 right after it
_DONE_RIGHT_AFTER = re.compile(r"\s?(?:已|曾)")
_TAIWAN_FESTIVALS = frozenset(f.key for f in calendar_cn.FESTIVALS if f.taiwan is not None)
_ABROAD_FESTIVALS = frozenset(f.key for f in calendar_cn.FESTIVALS if f.abroad)
# A text of Singapore's or Malaysia's press: it names the country, and not China's own places, whose 国庆
# (1 October) the same press also reports
_ABROAD_COUNTRY = {"sg": re.compile(r"新加坡|狮城"), "my": re.compile(r"马来西亚|大马")}
_CHINA_WORDS = re.compile(r"中国|中华人民共和国|北京|天安门|内地|大陆|十一")


def abroad_region(text: str) -> str | None:
    """`sg` or `my` when `text` is of that country's press (see `_ABROAD_COUNTRY`), else None."""
    if _CHINA_WORDS.search(text):
        return None
    found = [region for region, words in _ABROAD_COUNTRY.items() if words.search(text)]
    return found[0] if len(found) == 1 else None


# A holiday notice (放假调休, 放假安排; Taiwan's 補假, 補行上班): published late in a year, its year-less dates are of the year to come
# (国办发明电〔2015〕18号…春节：2月7日至13日放假调休). It covers what follows it, up to NOTICE_REACH characters.
_HOLIDAY_NOTICE = re.compile(r"放假调休|调休上班|放假安排|放假通知|节假日安排|补行上班|补假|补班")
NOTICE_REACH = 400


@functools.lru_cache(maxsize=16)
def _notice_positions(text: str) -> tuple[int, ...]:
    return tuple(match.start() for match in _HOLIDAY_NOTICE.finditer(text))


def _in_holiday_notice(text: str, start: int) -> bool:
    # the notice's words may come after its dates (春节：2月7日至13日放假调休): a marker just after counts too
    return any(-40 <= start - at <= NOTICE_REACH for at in _notice_positions(text))


# Words of Taiwan's news (places, institutions, ROC dates, 连假 and 补假): two of them, or an ROC date, make a
# text Taiwan's, where 兒童節 is 4 April and 父親節 8 August (prepared text is simplified)
_TAIWAN_WORDS = re.compile(
    r"台湾|台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|台东|澎湖|金门|马祖|云林|彰化|南投|"
    r"苗栗|行政院|立法院|气象署|中央社|县府|连假|补假|补行上班"
)
_ROC_DATE = re.compile(r"(?<![\d.])1[0-3]\d年\d{1,2}月|民国\d{2,3}年|中华民国")


@functools.lru_cache(maxsize=16)
def taiwan_text(text: str) -> bool:
    """Whether `text` reads as Taiwan's news."""
    if _ROC_DATE.search(text):
        return True
    return len(set(_TAIWAN_WORDS.findall(text))) >= 2


_COMPARED = re.compile(r"(?:与|跟|较|比|距|距离|相比)$")
_DATELINE = re.compile(
    r"(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<d>[12]\d|3[01]|0?[1-9])日(?:电|讯|专电|综合外电报导|综合报导)"
)


_WEEKDAY_GLOSS = re.compile(
    r"(?<![\d年/])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]\s?[(（]\s?(?:星期|周|礼拜)?(?P<w>[一二三四五六日天])\s?[)）]"
)


def weekday_glosses(text: str) -> dict[tuple[int, int], int]:
    """Each year-less month and day the text writes with a weekday in brackets, and that weekday; a day
    glossed with two different weekdays is left out."""
    found: dict[tuple[int, int], int] = {}
    clashing: set[tuple[int, int]] = set()
    for m in _WEEKDAY_GLOSS.finditer(text):
        key, weekday = (int(m["m"]), int(m["d"])), WEEKDAYS[m["w"]]
        if found.setdefault(key, weekday) != weekday:
            clashing.add(key)
    return {key: weekday for key, weekday in found.items() if key not in clashing}


def dateline_day(text: str, ref: dt.date) -> dt.date | None:
    """The day of a dateline in the first 60 characters, when it is one or two days before `ref`."""
    match = _DATELINE.search(text, 0, 60)
    if match is None:
        return None
    for back in (1, 2):
        day = ref - dt.timedelta(days=back)
        if day.day == int(match["d"]) and (match["m"] is None or day.month == int(match["m"])):
            return day
    return None


_SAME_PERIOD_AFTER = re.compile(r"(?:同期|度末|度同期)")
_COMPARED_BEFORE = re.compile(r"(?:与|跟|较|比|相比|胜过|超过|高于|低于|多于|少于|不及|不如)$")
# 移至4/18, 延至十三日, 改期至5月2日: the date an event was moved to comes after the one it had
_MOVED_TO = re.compile(r"(?:移至|改至|延至|改期至|顺延至|延期至|延后至|推迟至|展延至|移到|改到|延到)$")
_BRACKET_DAY = re.compile(r"[(（](?:(?P<m>\d{1,2})/)?(?P<d>\d{1,2})")
_CLAUSE_BREAK = re.compile(r"[。！？!?；;\n,，“”「」:：]")

_PART_MODS = {
    "初": "START",
    "上旬": "START",
    "中旬": "MID",
    "底": "END",
    "末": "END",
    "下旬": "END",
    "中下旬": "END",
    "上中旬": "START",
}
_APPROX_SUFFIXES = {"前后", "左右", "许"}


# ---------------------------------------------------------------------------------------------------
# Resolving an expression
# ---------------------------------------------------------------------------------------------------
@dataclass
class Resolved:
    value: str
    anchor: str | None
    day: dt.date | None = None
    month: tuple[int, int] | None = None
    year: int | None = None
    mod: str | None = None
    type: str = "DATE"
    until: str | None = None


def _minute_iso(moment: dt.datetime) -> str:
    """`YYYY-MM-DDTHH:MM`, with a four-digit year even before 1000 (strftime's %Y does not pad it)."""
    return moment.isoformat(timespec="minutes")


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


class QuoteTracker:
    """Whether a position is inside a quotation: more quotes opened than closed since the paragraph began.

    Positions are asked in text order, so the count runs on from the previous position instead of
    recounting the paragraph each time (one long line with thousands of dates stays linear); a
    position before the previous one recounts from its paragraph start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0
        self.depth = 0  # quotes opened minus quotes closed between the paragraph start and `position`

    def inside(self, position: int) -> bool:
        text = self.text
        if position < self.position:
            self.position, self.depth = text.rfind("\n", 0, position) + 1, 0
        newline = text.rfind("\n", self.position, position)
        if newline >= 0:
            self.position, self.depth = newline + 1, 0
        self.depth += _quote_balance(text, self.position, position)
        self.position = position
        return self.depth > 0


def _quote_balance(text: str, start: int, end: int) -> int:
    return (
        text.count("“", start, end)
        + text.count("「", start, end)
        - text.count("”", start, end)
        - text.count("」", start, end)
    )


def _future(text: str, start: int, end: int) -> str | None:
    """The word that marks the clause as future (将于 or 计划 before the expression, 将 just after it),
    or None."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text, max(0, start - 30), start):
        clause_start = match.end()
    before = _FUTURE.search(text, max(clause_start, start - 30), start)
    if before is not None:
        return before.group()
    if _COUNTDOWN_BEFORE.search(text, max(0, start - 3), start) and _COUNTDOWN_AFTER.match(text, end):
        return "距…还有"  # 离國慶日還有一個多月, 距离春节只剩10天: a countdown to a day still to come
    after = _FUTURE_AFTER.match(text, end)
    return None if after is None else after.group()


# The one list of future markers, for other readers of the text (the page's self-dating) as well.
future_marker = _future


def resolve_date(piece: Piece, resolver: Resolver, future: bool, quoted: bool) -> Resolved | None:
    anaphoric = piece.anaphoric or (quoted and resolver.context_day is not None)
    # the year that an explicit, relative or cyclic year names
    year = piece.year
    if year is None and piece.year_shift is not None:
        # 2011年…比上年增长: the year before, named to compare, is the one before the year reported
        compared = resolver.compared and piece.year_shift < 0 and piece.month is None and piece.day is None
        if compared and resolver.context_year is not None:
            resolver.step(f"the year before, named to compare: counted from the year reported, {resolver.context_year}")
        year = resolver.base_year(anaphoric or piece.anaphoric or compared) + piece.year_shift
        if piece.rule == "新的一年" and resolver.ref_known and resolver.ref_date.month == 12:
            resolver.step("新的一年 said in December: the year about to begin")
            year += 1
        elif (
            piece.year_shift == 0
            and resolver.not_before is not None
            and resolver.notice_year is not None
            and resolver.ref_known
            and resolver.notice_year == resolver.ref_date.year + 1
        ):
            # 国务院已批准2015年元旦、春节的放假安排，今年春节从2月18日起放假 (on 16 December): in a
            # notice for the coming year, 今年 is the year the notice is for
            resolver.step(f"今年 in a notice for {resolver.notice_year}: that year")
            year = resolver.notice_year
    lunar_year = resolver.sexagenary_year(piece.lunar_year_names) if piece.lunar_year_names else None

    if piece.bce and year is not None:
        # 公元前221年: a year before the common era is no calendar position of the contract (YYYY), so the
        # value is XXXX with no anchor, and `bce_year` (see `evidence`) says which; no context follows
        resolver.step(f"the year {year} before the common era")
        return Resolved("XXXX", None)
    if (
        piece.span is not None
        and lunar_year is not None
        and piece.span[2] == "D"
        and piece.span[0] in ("first", "last")
    ):
        # 兔年最后一天, 虎年头三天: days at the edge of a lunar year
        position, count, _ = piece.span
        if position == "last":
            end = calendar_cn.lunar_new_year_eve(lunar_year)
            start = None if end is None else end - dt.timedelta(days=count - 1)
        else:
            start = calendar_cn.lunar_to_solar(lunar_year, 1, 1)
            end = None if start is None else start + dt.timedelta(days=count - 1)
        if start is None or end is None:
            return None
        resolver.step(f"the {position} {count} day(s) of the lunar year {lunar_year}")
        until = end.isoformat() if end != start else None
        return Resolved(start.isoformat(), start.isoformat(), day=start, until=until)
    if piece.span is not None:
        return _resolve_span(piece, resolver, year, future)

    # festivals, lunar dates and solar terms
    compute = None
    lunar = False
    if piece.festival == LAST_FESTIVAL:
        if resolver.last_festival is not None:
            day = resolver.last_festival
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod)
        piece = replace(piece, festival="春节")
    if piece.festival is not None:
        compute = functools.partial(
            calendar_cn.festival_date, piece.festival, taiwan=resolver.taiwan, region=resolver.region
        )
        lunar = calendar_cn.FESTIVAL_BY_KEY[piece.festival].calendar in ("lunar", "eve")
    elif piece.lunar_month is not None:
        compute, lunar = lunar_date_computer(piece.lunar_month, piece.lunar_day, piece.lunar_leap), True
    elif piece.solar_term is not None:
        compute = solar_term_computer(piece.solar_term)
    if compute is not None:
        if not lunar and lunar_year is not None:
            year, lunar_year = lunar_year, None
        # a lunar month and day written out looks ahead as far as a Gregorian one (农历二月二十七日 announced
        # on 元宵); the Spring Festival season's (正月初一, 腊月廿八) keeps its own look-ahead
        lookahead = resolver.policy.lookahead_days if _written_lunar_month_day(piece) else None
        day = resolver.occurrence(
            compute, future, year=year, lunar_year=lunar_year, lunar=lunar, lookahead_days=lookahead
        )
        if day is None:
            return None
        if piece.festival is not None:
            resolver.last_festival = day
        if piece.lunar_until is not None:
            # 年廿七至三十: the end in the same lunar year (or the next, from the twelfth month to the first)
            lunar_year = calendar_cn.solar_to_lunar_safe(day)[0]
            end_month, end_day = piece.lunar_until
            end = None
            if lunar_year is not None:
                end_year = lunar_year + 1 if end_month < (piece.lunar_month or 1) else lunar_year
                end = lunar_date_computer(end_month, end_day)(end_year)
            until = end.isoformat() if end is not None and end >= day else None
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod, until=until)
        if piece.festival is None and piece.lunar_month is not None and piece.lunar_day is None:
            # a whole lunar month (闰四月): from its first day to its last
            end = lunar_month_end(day)
            until = end.isoformat() if end is not None else None
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod, until=until)
        if piece.days_after and not resolver.taiwan:
            # 国庆长假, 十一黄金周: the holiday's days after the festival's (Taiwan's 國慶連假 varies)
            until = (day + dt.timedelta(days=piece.days_after)).isoformat()
            return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod, until=until)
        return Resolved(day.isoformat(), day.isoformat(), day=day, mod=piece.mod)

    if piece.grain == "year" and lunar_year is not None and year is None:
        return Resolved(f"{lunar_year:04d}", f"{lunar_year:04d}", year=lunar_year)

    # relative days and shifts
    if piece.day_shift is not None:
        day = resolver.base_day(anaphoric) + dt.timedelta(days=piece.day_shift)
        until = (day + dt.timedelta(days=piece.days_after)).isoformat() if piece.days_after else None
        return Resolved(day.isoformat(), day.isoformat(), day=day, until=until)
    if piece.shift is not None:
        amount, unit = piece.shift
        if unit == "Y" and amount < 0 and not quoted:
            # 10年前 counts from the report, even after a date of the story (震后十年…10年前那场地震)
            resolver.step("years ago count from the reference")
            anaphoric = False
        elif (
            amount < 0
            and anaphoric
            and resolver.ref_known
            and resolver.context_day is not None
            and resolver.context_day > resolver.ref_date
        ):
            # 大年三十的年夜饭…三个月前就开始预订: a look back from a day still to come counts from the report
            resolver.step("a look back while the story's day is still to come: from the reference")
            anaphoric = False
        if unit == "Y" and anaphoric and resolver.context_day is None and resolver.context_year is not None:
            # 他2001年调任…两年后升任: years after a year of the story
            year = resolver.context_year + int(amount)
            resolver.step(f"years after the story's year {resolver.context_year}")
            if not 1 <= year <= 9999:
                return None
            return Resolved(f"{year:04d}", f"{year:04d}", year=year)
        base = resolver.base_day(anaphoric)
        if unit in ("H", "MIN", "S"):
            clock = resolver.last_clock
            if resolver.sequel and amount > 0 and clock is not None and clock.date() == base:
                # 下午1時20分發生地震。12分鐘後，再發生一次地震: minutes after the clock the story told last
                # (a forecast, 正趕往現場，約30分鐘後抵達, counts from when it was said)
                resolver.step(f"counts from the last clock time told, {clock.isoformat(timespec='minutes')}")
                moment = clock + _clock_delta(amount, unit)
                return Resolved(
                    _minute_iso(moment), moment.date().isoformat(), day=moment.date(), type="TIME"
                )
            if resolver.sequel and amount > 0 and resolver.context_day is not None:
                # 今天下午發生強震…約10分鐘後，當地又發生餘震: after a happening told without a clock, the
                # day is all we know (not the publication's clock plus ten minutes)
                resolver.step("what happened next after a day told without a clock: that day")
                return Resolved(base.isoformat(), base.isoformat(), day=base)
            if base != resolver.ref_date or not resolver.reference.has_time:
                # hours after a day of the story (or a reference without a clock): the day is all we know
                return Resolved(base.isoformat(), base.isoformat(), day=base)
            moment = resolver.reference.when + _clock_delta(amount, unit)
            return Resolved(_minute_iso(moment), moment.date().isoformat(), day=moment.date(), type="TIME")
        if unit == "D":
            day = base + dt.timedelta(days=round(amount))
        elif unit == "W":
            day = base + dt.timedelta(days=round(7 * amount))
        elif unit == "M":
            whole = int(amount)
            day = shift_date(base, months=whole, days=round((amount - whole) * 30))
        else:
            whole = int(amount)
            day = shift_date(base, months=12 * whole, days=round((amount - whole) * 365))
        if piece.shift_vague or unit == "Y" and not float(amount).is_integer():
            if unit == "Y":
                return Resolved(f"{day.year:04d}", f"{day.year:04d}", year=day.year, mod="APPROX")
            month_text = day.isoformat()[:7]
            return Resolved(month_text, month_text, month=(day.year, day.month), mod="APPROX")
        if unit in ("Y", "M") and piece.year_part == "SAME_DAY":
            resolver.step("the same day of that year or month (年前的今天, 去年今日, 上个月的今天)")
            return Resolved(day.isoformat(), day.isoformat(), day=day)
        if unit == "Y":
            # the day as value (5年前 is that day of the year), the year as anchor: what the text commits to
            return Resolved(day.isoformat(), f"{day.year:04d}", year=day.year)
        if unit == "M":
            return Resolved(day.isoformat(), day.isoformat()[:7], month=(day.year, day.month))
        return Resolved(day.isoformat(), day.isoformat(), day=day)

    # halves: 上个半年 (the half-year before this one), 上半月, 下半周
    if piece.half_shift is not None:
        ref = resolver.ref_date
        index = ref.year * 2 + (0 if ref.month <= 6 else 1) + piece.half_shift
        year, half = index // 2, index % 2 + 1
        return Resolved(
            f"{year:04d}-H{half}",
            f"{year:04d}-{1 if half == 1 else 7:02d}",
            year=year,
            until=f"{year:04d}-{6 if half == 1 else 12:02d}",
        )
    if piece.half_of is not None:
        half = piece.half_part
        mod = "START" if half == 1 else "END"
        if piece.half_of == "month":
            year_month = resolver.context_month if (anaphoric and resolver.context_month) else None
            year, month = year_month or (resolver.ref_date.year, resolver.ref_date.month)
            # 上半月 is the 1st to the 15th, 下半月 the 16th to the month's last day
            first = dt.date(year, month, 1 if half == 1 else 16)
            last = (
                dt.date(year, month, 15)
                if half == 1
                else shift_date(dt.date(year, month, 1), months=1) - dt.timedelta(days=1)
            )
            return Resolved(
                f"{year:04d}-{month:02d}",
                first.isoformat(),
                month=(year, month),
                mod=mod,
                until=last.isoformat(),
            )
        base = resolver.base_day(False)
        monday = base - dt.timedelta(days=base.isoweekday() - 1)
        # 上半周 is Monday to Wednesday, 下半周 Thursday to Sunday
        start = monday if half == 1 else monday + dt.timedelta(days=3)
        end = monday + dt.timedelta(days=2 if half == 1 else 6)
        return Resolved(_iso_week(monday), start.isoformat(), mod=mod, until=end.isoformat())

    # weekdays and weeks
    if piece.weekday is not None:
        # 較上一個周末, 比上周五: the one before, named to compare, counts from the period reported
        compared = resolver.compared and (piece.week_shift or 0) < 0
        day = resolver.weekday(piece.weekday, piece.week_shift, future, anaphoric=compared)
        if piece.grain == "weekend":
            # a weekend is its Saturday and Sunday: anchored on the first, until the second
            sunday = day + dt.timedelta(days=7 - day.isoweekday()) if day.isoweekday() < 7 else day
            until = sunday.isoformat() if sunday != day else None
            return Resolved(f"{_iso_week(day)}-WE", day.isoformat(), day=day, until=until)
        until = (day + dt.timedelta(days=piece.days_after)).isoformat() if piece.days_after else None
        return Resolved(day.isoformat(), day.isoformat(), day=day, until=until)
    if piece.grain == "week":
        base = resolver.base_day(resolver.compared and (piece.week_shift or 0) < 0)
        reported = resolver.week_reported
        if reported is not None and piece.week_shift in (0, -1) and reported < base:
            # 2018年第04周…上周成交…本周量跌价升 (published the Monday after): a weekly report speaks from
            # the week it reports, not the one it went out in
            resolver.step(f"a report of the week of {reported}: 本周 and 上周 count from it")
            base = reported
        monday = (
            base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(days=7 * (piece.week_shift or 0))
        )
        # a week is a stretch, Monday to Sunday (本周, 上周, 较上周), as 上半周 and 下半周 are
        sunday = monday + dt.timedelta(days=6)
        return Resolved(_iso_week(monday), monday.isoformat(), day=monday, until=sunday.isoformat())

    # calendar dates: year, month, day in any combination
    if piece.month_shift is not None:
        if (anaphoric or (resolver.compared and piece.month_shift < 0)) and resolver.context_month is not None:
            if not anaphoric:
                resolver.step(f"compared with the month before the one reported, {resolver.context_month}")
            base_year, base_month = resolver.context_month
        else:
            base_year, base_month = resolver.ref_date.year, resolver.ref_date.month
        year, month = add_months(base_year, base_month, piece.month_shift)
        if not 1 <= year <= 9999:
            return None  # 下个月 read in December 9999
    else:
        month = piece.month
    if piece.day is not None:
        if month is not None and year is not None:
            day = valid_date(year, month, piece.day)
        elif month is not None:
            day = resolver.month_day(month, piece.day, future)
        else:
            day = resolver.day_only(piece.day, future)
        if day is None:
            return None
        until = None
        if piece.day_until is not None:  # 11-13日: the same month's 13th
            end = valid_date(day.year, day.month, piece.day_until)
            until = end.isoformat() if end is not None else None
        return Resolved(day.isoformat(), day.isoformat(), day=day, until=until)
    if month is not None:
        if year is None:
            if piece.month_part and not piece.month:
                year, month = resolver.context_month or (resolver.ref_date.year, resolver.ref_date.month)
            else:
                year, month = resolver.month_only(month, future)
        if not 1 <= month <= 12:
            return None
        until = None
        if (
            piece.month_until is not None
        ):  # 1-11月: the same year's November (11-2月: the next year's February)
            end_year = year + 1 if piece.month_until < month else year
            until = f"{end_year:04d}-{piece.month_until:02d}"
        return Resolved(
            f"{year:04d}-{month:02d}",
            f"{year:04d}-{month:02d}",
            month=(year, month),
            mod=piece.month_part,
            until=until,
        )
    if piece.month_part is not None:  # 月初, 月底 alone: the context month, else the reference month
        year, month = (
            resolver.context_month
            if (anaphoric and resolver.context_month)
            else (resolver.ref_date.year, resolver.ref_date.month)
        )
        return Resolved(
            f"{year:04d}-{month:02d}",
            f"{year:04d}-{month:02d}",
            month=(year, month),
            mod=piece.month_part,
        )
    if year is None:
        if piece.grain == "decade" and piece.value:
            return Resolved(piece.value, None)
        year = resolver.base_year(anaphoric)
    if not 1 <= year <= 9999:
        return None
    if piece.quarter is not None:
        # anchored where the quarter starts, until its last month, as halves are
        return Resolved(
            f"{year:04d}-Q{piece.quarter}",
            f"{year:04d}-{3 * piece.quarter - 2:02d}",
            month=(year, 3 * piece.quarter - 2),
            until=f"{year:04d}-{3 * piece.quarter:02d}",
        )
    if piece.half is not None:
        # the anchor is where the half starts, as for quarters
        start_month = 1 if piece.half == 1 else 7
        return Resolved(
            f"{year:04d}-H{piece.half}",
            f"{year:04d}-{start_month:02d}",
            year=year,
            until=f"{year:04d}-{start_month + 5:02d}",
        )
    if piece.season is not None:
        return Resolved(f"{year:04d}-{piece.season}", f"{year:04d}", year=year)
    if piece.grain == "decade" and piece.value:
        # anchored at its first year, until its last; not a context for what follows (90年代 … 3月5日)
        return Resolved(piece.value, f"{year:04d}", until=f"{min(year + 9, 9999):04d}")
    return Resolved(f"{year:04d}", f"{year:04d}", year=year, mod=piece.year_part)


_SPAN_DELTA = {"D": (0, 1), "W": (0, 7), "M": (1, 0), "Q": (3, 0), "Y": (12, 0)}  # (months, days) per unit


def _add_units(day: dt.date, count: int, unit: str) -> dt.date:
    months, days = _SPAN_DELTA[unit]
    return shift_date(day, months=months * count, days=days * count)


def _week_one(year: int, month: int | None) -> dt.date:
    """The Monday of the first week of a year (ISO week 1) or of a month (the week holding its 4th)."""
    if month is None:
        return dt.date.fromisocalendar(year, 1, 1)
    fourth = dt.date(year, month, 4)
    return fourth - dt.timedelta(days=fourth.isoweekday() - 1)


def _resolve_span(piece: Piece, resolver: Resolver, year: int | None, future: bool) -> Resolved | None:
    """前2周 / 最后3个月 / 第一周 inside a written year or month; 过去十年 / 之后5分钟 against the reference."""
    position, count, unit = piece.span
    position = "next" if position == "ahead" else position  # a window ahead inside a written period
    month = piece.month
    if month is not None and year is None:
        year, month = resolver.month_only(month, future)
    if year is None and month is None and unit == "Q" and position == "first":
        # 前三季度 (GDP and sales reports): the first quarters of the year under way, not the last nine months
        year = resolver.base_year(False)
        resolver.step(f"the first {count} quarters of {year}")
    if year is None and month is None:
        if position in ("ordinal", "last"):
            return None  # 第一周 or 最后三天 of what: nothing written says
        position = "past" if position == "first" else position
    if unit in ("H", "MIN"):
        if position not in ("past", "next") or not resolver.reference.has_time:
            return None
        delta = dt.timedelta(hours=count) if unit == "H" else dt.timedelta(minutes=count)
        now = resolver.reference.when
        start, end = (now - delta, now) if position == "past" else (now, now + delta)
        return Resolved(
            _minute_iso(start),
            start.date().isoformat(),
            day=start.date(),
            type="TIME",
            until=end.date().isoformat(),
        )
    if position == "past":
        end = resolver.ref_date
        start = _add_units(end, -count, unit)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    if position == "next":
        start = resolver.ref_date + dt.timedelta(days=1)
        end = _add_units(start, count, unit) - dt.timedelta(days=1)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    # inside a year or a month: the first, last or n-th stretch of it
    if unit == "W":
        first_monday = _week_one(year, month)
        if month is None:
            weeks = dt.date(year, 12, 28).isocalendar()[1]
        else:
            next_year, next_month = add_months(year, month, 1)
            weeks = (_week_one(next_year, next_month) - first_monday).days // 7
        if position == "last":
            start = first_monday + dt.timedelta(weeks=weeks - count)
        else:
            start = first_monday + dt.timedelta(weeks=count - 1 if position == "ordinal" else 0)
        if position == "ordinal":
            return Resolved(_iso_week(start), start.isoformat(), day=start)
        end = start + dt.timedelta(weeks=count, days=-1)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    if unit in ("M", "Q") and month is None:
        months = count * (3 if unit == "Q" else 1)
        first = count if position == "ordinal" else 1 if position == "first" else 13 - months
        last = count if position == "ordinal" else months if position == "first" else 12
        if not 1 <= first <= last <= 12:
            return None
        anchor = f"{year:04d}-{first:02d}"
        until = None if position == "ordinal" else f"{year:04d}-{last:02d}"
        return Resolved(anchor, anchor, month=(year, first), until=until)
    if unit == "D":
        if month is None:
            start = (
                dt.date(year, 1, 1)
                if position == "first"
                else dt.date(year, 12, 31) - dt.timedelta(count - 1)
            )
        else:
            start = dt.date(year, month, 1)
            if position == "last":
                start = _add_units(start, 1, "M") - dt.timedelta(days=count)
        end = start + dt.timedelta(days=count - 1)
        if end == start:  # 最后一天: one day, no range
            return Resolved(start.isoformat(), start.isoformat(), day=start)
        return Resolved(start.isoformat(), start.isoformat(), until=end.isoformat())
    return None


def _time_suffix(time: Piece) -> str:
    if time.hour is not None:
        clock = f"{time.hour:02d}:{time.minute or 0:02d}"
        if time.second is not None:
            clock += f":{time.second:02d}"
        return "T" + clock
    return "T" + (time.pod or "")


# What happened next, told after a length of time (12分鐘後，當地再發生; 兩小時後又傳出巨響), read on the
# simplified text (再 covers 再度 and 再次).
_SEQUEL = re.compile(r"[，,]?\s*[^，,。；]{0,10}?(?:再|又|发生|便|就|随即)")


def _month_end(first: dt.date) -> dt.date:
    return shift_date(first, months=1) - dt.timedelta(days=1)


_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3]):[0-5]\d")  # not 24:00, which no datetime holds


def _clock_delta(amount: float, unit: str) -> dt.timedelta:
    if unit == "H":
        return dt.timedelta(hours=amount)
    return dt.timedelta(minutes=amount) if unit == "MIN" else dt.timedelta(seconds=amount)


def resolve(
    expression: Expression, resolver: Resolver, text: str, quotes: QuoteTracker | None = None
) -> dict | None:
    """The mention fields (without offsets) of one expression; updates the resolver's context.

    `quotes` follows the quotations of `text` across calls (expressions are resolved in text order)."""
    quotes = quotes or QuoteTracker(text)
    other = expression.other
    if other is not None and other.kind == "duration":
        result = {"type": "DURATION", "value": other.value, "mod": other.mod, "anchor": None, "until": None}
        if other.range_min is not None:
            result.update({"min": other.range_min, "max": other.range_max})
        return result
    if other is not None and other.kind == "ref":
        anchor = resolver.ref_iso() if other.value == "PRESENT_REF" else None
        until = None
        if expression.range_end is not None and anchor is not None:
            # 由現時至2月28日: from the reference day to the date
            resolver.not_before = resolver.ref_date
            try:
                end_result = _resolve_point(expression.range_end, resolver, text, True, quotes)
            finally:
                resolver.not_before = None
            if end_result is not None and end_result[0].anchor is not None:
                until = end_result[0].anchor
                return {"type": "DATE", "value": anchor, "mod": None, "anchor": anchor, "until": until}
        return {"type": "DATE", "value": other.value, "mod": None, "anchor": anchor, "until": None}
    if other is not None and other.kind == "set":
        value = other.value
        if other.weekday is not None:
            value = f"XXXX-WXX-{other.weekday}"
        if expression.time is not None:
            time_part = _time_suffix(expression.time)
            value = (value if value.startswith("XXXX") else "XXXX-XX-XX") + time_part
        elif other.pod:
            value = "XXXX-XX-XXT" + other.pod
        return {"type": "SET", "value": value, "mod": None, "anchor": None, "until": None}

    span = expression.date.span if expression.date is not None and expression.time is None else None
    window = (
        span is not None
        and span[0] == "ahead"
        and expression.date.year is None
        and expression.date.month is None
        and expression.range_end is None
    )
    if window:
        # 未来三天, 未來一周, 接下来一个月, 未來6小時: the window a forecast or a plan looks ahead over is a
        # length of time, not a dated stretch (后1年 and 之后5分钟 still place one against the reference)
        resolver.step("a window ahead (未来, 接下来, 今后): the length of time it names")
        count, unit = span[1], span[2]
        value = iso_duration(count * 3, "M") if unit == "Q" else iso_duration(count, unit)
        return {"type": "DURATION", "value": value, "mod": None, "anchor": None, "until": None}
    if (
        span is not None
        and span[2] in ("H", "MIN")
        and expression.range_end is None
        and not (span[0] in ("past", "next", "first") and resolver.reference.has_time)
    ):
        # 过去三小时 read without a time of day to count from: the length of time it names
        resolver.step("hours or minutes ahead or back with no time to count from: a length of time")
        value = iso_duration(span[1], span[2])
        return {"type": "DURATION", "value": value, "mod": None, "anchor": None, "until": None}
    if not resolver.dateline_read:
        resolver.dateline_read = True
        if resolver.ref_known:
            resolver.dateline_day = dateline_day(text, resolver.ref_date)
        resolver.glossed_weekdays = weekday_glosses(text)
    if expression.date is not None and expression.date.festival in _TAIWAN_FESTIVALS:
        resolver.taiwan = taiwan_text(text)
        if resolver.taiwan:
            resolver.step("a text of Taiwan's: its day of the festival")
    if expression.date is not None and expression.date.festival in _ABROAD_FESTIVALS:
        resolver.region = None if resolver.taiwan else abroad_region(text)
        if resolver.region:
            resolver.step(f"a text of {resolver.region!r}'s press: its own day of the festival")
    date = expression.date
    if (
        date is not None
        and date.rule == "<yy>年<month>月"
        and date.year is not None
        and date.year_kind is None
        and resolver.ref_known
        and taiwan_text(text)
    ):
        # 行政院99年11月4日函 in Taiwan's text: year 99 of the Republic (2010), when that is nearer the
        # reference than 1999 is
        roc = 1911 + date.year % 100
        ref_year = resolver.ref_date.year
        if roc <= ref_year + 1 and abs(roc - ref_year) < abs(date.year - ref_year):
            resolver.step(f"a two-digit year in Taiwan's text: year {date.year % 100} of the Republic, {roc}")
            expression.date = replace(date, year=roc, year_kind="roc")
    marker = _future(text, expression.start, expression.end)
    if marker is not None and _DISPATCH_AFTER.match(text, expression.end):
        # 【新华社1月21日电】农历新春将至: the day of the dispatch, never one to come
        resolver.step("a dispatch's day (…日电, …日讯): not marked future")
        marker = None
    if marker is not None and _DONE_RIGHT_AFTER.match(text, expression.end):
        # 預計…開放7月已接種第一劑的長者: a date told as done where it stands is past, whatever future
        # word opens its clause
        resolver.step("told as done right after it (已, 曾): not marked future")
        marker = None
    if marker is None and expression.date is not None and expression.date.weekday is not None:
        after = _FUTURE_AFTER_COMMA.match(text, expression.end)
        marker = None if after is None else after.group()
        if marker is None and expression.date.week_shift is None:
            # 聖誕市集周六起於塔石廣場舉行: a bare weekday with 起 opens what runs from the coming one on
            # (a start already past is told 上周六起, or with 已, 了, 以来 after it)
            start = expression.end - 1 if text[expression.end - 1 : expression.end] == "起" else expression.end
            if _FROM_COMING_WEEKDAY.match(text, start):
                marker = "起"
    future = marker is not None
    if marker:
        resolver.step(f"future marked by {marker!r}")
    resolver.compared = _COMPARED_BEFORE.search(text, max(0, expression.start - 4), expression.start) is not None
    resolver.weekday_done = (
        not future
        and expression.date is not None
        and expression.date.weekday is not None
        and _DONE_AFTER.match(text, expression.end) is not None
    )
    resolver.leaned_on_unknown = False
    unknown_month = resolver.unknown_month
    notice = (
        not future
        and resolver.ref_known
        and resolver.ref_date.month >= 10
        and _in_holiday_notice(text, expression.start)
    )
    if (
        not future
        and not notice
        and resolver.ref_known
        and expression.date is not None
        and expression.date.festival is not None
        and expression.date.year is None
        and _in_holiday_notice(text, expression.start)
    ):
        # 兒童節與民族掃墓節適逢同一日，因此於前一日4月3日補假 in February: a holiday notice tells of the
        # festivals still to come this year
        future = True
        resolver.step("a festival in a holiday notice: the coming one")
    moved = (
        not notice
        and resolver.context_day is not None
        and _MOVED_TO.search(text, max(0, expression.start - 4), expression.start) is not None
    )
    if notice:
        # a holiday notice late in the year: its dates are of the year to come, but for the last month
        # (the day the notice was issued, 12月16日, stays this year's)
        resolver.step("a holiday notice late in the year: dates from a month before the reference on")
        resolver.not_before = resolver.ref_date - dt.timedelta(days=31)
        if expression.date is not None and expression.date.year == resolver.ref_date.year + 1:
            resolver.notice_year = expression.date.year  # 2015年元旦、春节等节日的放假调休安排
    elif moved:
        resolver.step(f"moved to a date: on or after the one before it, {resolver.context_day}")
        resolver.not_before = resolver.context_day
    resolver.sequel = _SEQUEL.match(text, expression.end) is not None
    try:
        result = _resolve_point(expression, resolver, text, future, quotes)
    finally:
        if notice or moved:
            resolver.not_before = None
    if resolver.leaned_on_unknown:
        resolver.step("needs the reference, which is unknown: an X value, and not a context")
        # the reference is unknown and this expression needs it: keep what the words say, as X digits
        mention_type, value = unknown_value(expression, unknown_month)
        date = expression.date
        resolver.forget(date.month if date is not None and date.year is None else None)
        mod = _PART_MODS.get(expression.suffix) or (
            "APPROX" if expression.suffix in _APPROX_SUFFIXES else None
        )
        if mod is None and result is not None:
            mod = result[0].mod
        return {"type": mention_type, "value": value, "mod": mod, "anchor": None, "until": None}
    if result is None:
        return None
    resolved, mention_type, value = result
    if mention_type == "TIME" and _CLOCK_VALUE.fullmatch(value):
        resolver.last_clock = dt.datetime.fromisoformat(value)
    mod = resolved.mod
    until = resolved.until
    if expression.range_end is not None:
        end = expression.range_end
        if end.other is not None:  # …至今
            until = resolver.ref_iso()
        else:
            resolver.not_before = _first_day(resolved)
            try:
                end_result = _resolve_point(end, resolver, text, future, quotes)
            finally:
                resolver.not_before = None
            if end_result is not None:
                until = end_result[0].anchor
                if (
                    until is not None
                    and resolved.anchor is not None
                    and until < resolved.anchor[: len(until)]
                ):
                    until = None
    suffix, prefix = expression.suffix, expression.prefix
    anchor = resolved.anchor
    edge = EDGE.fullmatch(suffix) if suffix else None
    if edge is not None:
        day = _edge_day(expression.date, resolved, edge)
        if day is None:
            return None
        resolver.step(f"{suffix!r} of it: {day}")
        if edge["first"] is not None:  # 黄金周前五天: its first five days
            until = (day + dt.timedelta(days=small_int(edge["first"]) - 1)).isoformat()
        else:  # 国庆长假最后一天, 假期第3天: one day of the holiday
            until = None
        value = anchor = day.isoformat()
        mention_type = "DATE"
        resolver.note(day=day)
        suffix = None
    if suffix in _PART_MODS:
        mod = _PART_MODS[suffix]
    elif suffix in _APPROX_SUFFIXES:
        mod = "APPROX"
    elif suffix in ("以来",):
        mod, until = "ON_OR_AFTER", until or resolver.ref_iso()
    elif suffix in ("起", "开始"):
        mod = "ON_OR_AFTER"
    elif suffix in ("以前", "之前", "前"):
        mod = "BEFORE"
    elif suffix in ("以后", "以後", "之后", "后"):
        mod = "AFTER"
    elif suffix == "前夕":
        mod = "BEFORE"
        if resolved.day is not None:
            anchor = (resolved.day - dt.timedelta(days=1)).isoformat()
    elif suffix in ("当晚", "当夜") and resolved.day is not None and mention_type == "DATE":
        # 中秋节当晚: that day's evening
        value, mention_type = resolved.day.isoformat() + ("TEV" if suffix == "当晚" else "TNI"), "TIME"
    elif suffix in ("前一天", "前一日", "后一天", "后一日", "翌日") and resolved.day is not None:
        shift = -1 if suffix.startswith("前") else 1
        day = resolved.day + dt.timedelta(days=shift)
        value = anchor = day.isoformat()
        resolver.note(day=day)
    elif suffix in ("期间", "假期", "长假", "黄金周") and resolved.day is not None:
        if expression.date is not None and expression.date.festival in ("春节", "除夕"):
            # the Spring Festival holiday: from 除夕 to 初六 in most years (calendar_cn's table)
            holiday = (
                calendar_cn.spring_festival_holiday(resolved.day.year) if resolved.day.month <= 2 else None
            )
            if holiday is not None:
                value = anchor = holiday[0].isoformat()
                until = holiday[1].isoformat()
        elif expression.date is not None and expression.date.festival == "国庆":
            until = (resolved.day + dt.timedelta(days=6)).isoformat()
    if prefix in ("截至", "截至到", "截止到", "截止", "直到"):
        mod = "ON_OR_BEFORE"
    elif prefix in ("自", "自从", "从", "打从", "由") and suffix in ("以来",):
        mod = "ON_OR_AFTER"
    elif prefix in ("自", "自从", "打从", "始于") and expression.range_end is None and mod is None:
        mod = "ON_OR_AFTER"
        until = resolver.ref_iso()
    if _ends_before_it_starts(anchor, until):
        until = None  # 次日以来 read on the reference day: "since" reaches no later day, so no end is known
    return {"type": mention_type, "value": value, "mod": mod, "anchor": anchor, "until": until}


def unknown_value(expression: Expression, unknown_month: int | None = None) -> tuple[str, str]:
    """The type and `X` value of an expression that cannot be dated without the reference: the digits
    the words give (`1月22日` → `XXXX-01-22`, `昨天下午` → `XXXX-XX-XXTAF`, `今年` → `XXXX`), the others X.

    `unknown_month` is the month of an earlier undatable expression, which a bare day (`27日`) takes."""
    date, time = expression.date, expression.time
    base = "XXXX-XX-XX"
    if date is not None:
        year = f"{date.year:04d}" if date.year is not None and 1 <= date.year <= 9999 else "XXXX"
        month, day = date.month, date.day
        if date.festival in calendar_cn.SOLAR_FESTIVALS:
            month, day = calendar_cn.SOLAR_FESTIVALS[date.festival]
        if month is None and day is not None and date.anaphoric:
            month = unknown_month
        if date.weekday is not None and month is None and day is None:
            base = f"XXXX-WXX-{date.weekday}"
        elif date.grain == "week":
            base = "XXXX-WXX"
        elif date.grain in ("year", "decade", "quarter", "half", "season"):
            base = year
            if date.quarter is not None:
                base += f"-Q{date.quarter}"
            elif date.half is not None:
                base += f"-H{date.half}"
            elif date.season is not None:
                base += f"-{date.season}"
        elif date.grain == "month" and date.festival is None and date.lunar_month is None:
            base = f"{year}-{month:02d}" if month else f"{year}-XX"
        else:
            base = f"{year}-{month:02d}" if month else f"{year}-XX"
            base += f"-{day:02d}" if day else "-XX"
    if time is not None:
        if len(base) != 10:
            base = "XXXX-XX-XX"  # a clock time on a day the words do not give
        return "TIME", base + _time_suffix(time)
    if date is not None and date.pod:
        return "TIME", base + "T" + date.pod
    if date is not None and date.hour is not None:
        return "TIME", base + f"T{date.hour:02d}:{date.minute or 0:02d}"
    return "DATE", base


EDGE = re.compile(
    r"(?:长假|假期|黄金周)?的?(?:(?P<last>最后一天)|第一天|首日|第(?P<n>[一二三四五六七八九十\d]{1,3})天"
    r"|前(?P<first>[二两三四五六七\d])天)"
)


def _edge_day(date: Piece, resolved: Resolved, edge: re.Match) -> dt.date | None:
    """The first, last or n-th day of a festival's holiday, a year or a month (国庆长假最后一天 is
    10月7日, 虎年第一天 the 春节 of that lunar year, 兔年最后一天 its 除夕, 2025年的最后一天 12月31日)."""
    number = 1 if edge["n"] is None else small_int(edge["n"])
    if not number:
        return None
    last = edge["last"] is not None
    if edge["first"] is not None:
        return resolved.day if date.festival in ("国庆", "春节") else None  # the range is the caller's
    if date.festival in ("国庆", "春节") and resolved.day is not None:
        if last:
            return resolved.day + dt.timedelta(days=6)  # the seven-day holidays
        return resolved.day + dt.timedelta(days=number - 1)
    if date.grain == "year" and date.lunar_year_names and resolved.year is not None:
        lunar_year = resolved.year
        if last:
            return calendar_cn.lunar_new_year_eve(lunar_year)
        first = calendar_cn.lunar_to_solar(lunar_year, 1, 1)
        return None if first is None else first + dt.timedelta(days=number - 1)
    if date.grain == "year" and resolved.year is not None:
        if last:
            return dt.date(resolved.year, 12, 31)
        return dt.date(resolved.year, 1, 1) + dt.timedelta(days=number - 1)
    if date.grain == "month" and resolved.month is not None:
        year, month = resolved.month
        if last:
            return shift_date(dt.date(year, month, 1), months=1) - dt.timedelta(days=1)
        return valid_date(year, month, number)
    return None


def _ends_before_it_starts(anchor: str | None, until: str | None) -> bool:
    """Whether `until` is before `anchor`, compared at the coarser of their precisions."""
    if anchor is None or until is None:
        return False
    shared = min(len(anchor), len(until))
    return until[:shared] < anchor[:shared]


# A report published in the day (06:00 to 18:00) that tells of "the night" alone (深夜, 夜間, 半夜) tells
# of the night before: a clock time or an afternoon or evening later that day may be a schedule
# without a future word (下午4点半举行), so only the night, which no daytime report has seen yet, moves.
_DAYTIME = range(6, 18)


def _not_yet_come(time: Piece, text: str, reference: Reference) -> bool:
    """True for a night alone (no clock, not 凌晨) in a text whose reference is a time of the day."""
    if not reference.known or not reference.has_time or reference.when is None:
        return False
    return (
        reference.when.hour in _DAYTIME
        and time.pod == "NI"
        and time.hour is None
        and "凌晨" not in text[time.start : time.end]
    )


_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n|]")
# a live page's update stamp around a clock: 【06:14更新】, 【07:50】, [HKT 07:30]
_STAMP_OPEN = re.compile(r"(?:^|[\s。！？!?|；;])[【\[](?:HKT\s?)?$")
_STAMP_CLOSE = re.compile(r"\s?(?:更新)?[】\]]")


# what may stand between a sentence's end and the date that opens the next (spaces, opening quotes)
_BEFORE_OPENING = frozenset(' \t　“”"「」『』')


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the expression at `start` opens its sentence (or the text), spaces and quote marks aside.
    It looks back from `start` instead of copying the text before it, which is read for every date."""
    index = start - 1
    while index >= 0 and text[index] in _BEFORE_OPENING:
        index -= 1
    return index < 0 or text[index] in "。！？!?\n|"


def _note_clock_day(
    resolver: Resolver, day: dt.date, clocked: bool, ahead: bool, end: int, opens_sentence: bool
) -> None:
    """Keep the story's day (the day of the last clock or part of day) and a day told in passing since."""
    if clocked:
        resolver.clock_day, resolver.passing_day = day, None
    elif (
        resolver.clock_day is not None
        and not opens_sentence  # 。6月23日，北京電信成立…: a day opening its sentence is where the story goes
        and day != resolver.clock_day
        and (day < resolver.clock_day or ahead)
    ):
        resolver.passing_day = (day, end)  # 2日病逝 before the story's 5日; 18日起解除 planned after it
    else:
        resolver.passing_day = None  # the next day of the story: its clocks follow it


def _resolve_point(expression: Expression, resolver: Resolver, text: str, future: bool, quotes: QuoteTracker):
    resolver.lunar_day_read = False
    resolver.told_in_passing = False
    quoted = quotes.inside(expression.start)
    if quoted:
        resolver.step("inside a quotation: deictic words count from the story's day")
    time = expression.time
    date = expression.date
    weekday_holds = False
    predicated = False
    if date is None and time is None:
        return None
    if date is not None:
        if date.lunar_month is None and date.lunar_day is not None and date.festival is None:
            resolved = _lunar_day_by_gloss(date.lunar_day, expression.gloss, resolver)
        elif date.festival == "除夕" and _new_years_eve_report(
            text, expression.start, expression.end, resolver
        ):
            # 除夕夜多区举行跨年倒数, 除夕夜及元旦日, 迎接2024年: in December, 除夕 told with the turn of the
            # Gregorian year is 31 December (Hong Kong, Macau and Taiwan call it 除夕 too); 2023年除夕 in
            # such a report is that year's 31 December
            year = date.year or resolver.ref_date.year - (resolver.ref_date.month == 1)
            eve = dt.date(year, 12, 31)
            resolver.new_years_eve = eve
            resolver.step(f"除夕 told with the turn of the year: 31 December, {eve}")
            resolved = Resolved(eve.isoformat(), eve.isoformat(), day=eve)
        elif _predicated_weekday(date, expression, resolver, text):
            # 二○二六年的清明节为星期日, 当天恰逢周六: the weekday said of the date before it is that date
            day = resolver.context_day
            resolver.step(f"a weekday said of the date before it: {day}")
            resolved = Resolved(day.isoformat(), day.isoformat(), day=day)
            predicated = True
        else:
            resolved = resolve_date(date, resolver, future, quoted)
        if resolved is None:
            return None
        weekday = expression.weekday.weekday if expression.weekday is not None else None
        if (
            weekday is not None
            and resolved.day is not None
            and resolved.day.isoweekday() != weekday
            and date.year is None
            and date.year_shift is None
            and date.month is not None
            and date.day is not None
        ):
            # 1月4日（星期日）: the year in which the weekday holds, when one is near
            day = resolver.month_day(date.month, date.day, future, weekday=weekday)
            if day is not None:
                resolved = Resolved(day.isoformat(), day.isoformat(), day=day)
        if (
            weekday is not None
            and resolved.day is not None
            and resolved.day.isoweekday() != weekday
            and date.year is None
            and date.year_shift is None
            and date.month is None
            and date.month_shift is None
            and date.day is not None
            and date.day_shift is None
        ):
            # 21日(周六) read in a month whose 21st is no Saturday: the month before or after in which it is
            held = []
            for months in (-1, 1):
                try:
                    candidate = shift_date(resolved.day.replace(day=1), months=months).replace(
                        day=resolved.day.day
                    )
                except ValueError:
                    continue
                if candidate.isoweekday() == weekday:
                    held.append(candidate)
            if len(held) == 1:
                resolver.step(f"the month in which the bracketed weekday holds: {held[0]}")
                resolved = Resolved(held[0].isoformat(), held[0].isoformat(), day=held[0])
        gloss = expression.gloss
        if (
            date.weekday is not None
            and date.month is None
            and gloss is not None
            and (gloss.lunar_day is not None or gloss.festival is not None)
            and resolved.day is not None
        ):
            # 週三是年廿八: the weekday that is the lunar day, when one falls within a week of it
            lunar = resolve_date(gloss, resolver, future, quoted)
            if (
                lunar is not None
                and lunar.day is not None
                and lunar.day.isoweekday() == date.weekday
                and abs((lunar.day - resolved.day).days) <= 7
            ):
                resolver.step(f"the weekday is the lunar day it is said to be: {lunar.day}")
                resolved = Resolved(lunar.day.isoformat(), lunar.day.isoformat(), day=lunar.day)
        if date.rule == "今(<day>)日" and resolved.day is not None:
            # 昨(18)日 read on the 24th: the day written in the brackets wins over the word a few days off
            written = _BRACKET_DAY.search(text, expression.start, expression.end)
            if written is not None:
                day_of_month = int(written["d"])
                near = [resolved.day + dt.timedelta(days=k) for k in range(-3, 4)]
                month = int(written["m"]) if written["m"] else None
                same = [d for d in near if d.day == day_of_month and month in (None, d.month)]
                if same and resolved.day not in same:
                    moved = min(same, key=lambda d: abs((d - resolved.day).days))
                    resolver.step(f"the bracketed day {day_of_month} puts it on {moved}")
                    resolved = Resolved(moved.isoformat(), moved.isoformat(), day=moved)
        # a weekday that holds on the date settles its year as firmly as a written year would (a notice:
        # 4月3日(星期一)放假…和平紀念日的2月27日 are of the year the weekdays hold in)
        weekday_holds = (
            weekday is not None
            and resolved.day is not None
            and resolved.day.isoweekday() == weekday
            and date.year is None
            and date.month is not None
            and date.day is not None
        )
        gloss = expression.gloss
        if gloss is not None and resolved.day is not None and gloss.lunar_month is not None:
            # 2月2日(农历正月十一): the year in which the two agree
            moved = _agreeing_year(resolved.day, gloss, resolver)
            if moved is not None:
                resolved = Resolved(moved.isoformat(), moved.isoformat(), day=moved)
        elif (
            gloss is not None
            and resolved.day is not None
            and gloss.day is not None
            and (date.weekday is not None or date.day_shift is not None)
        ):
            # 週六(13日), 週三（1/1）, 今天(25日): the day the gloss gives, near the one the words give
            near = [resolved.day + dt.timedelta(days=k) for k in range(-10, 11)]
            same = [
                d
                for d in near
                if d.day == gloss.day
                and (gloss.month is None or d.month == gloss.month)
                and (date.weekday is None or d.isoweekday() == date.weekday)
            ]
            if date.day_shift is not None:
                # 昨(18)日 read on the 24th, 今日（10月30日）on the 31st: the day the writer wrote in the
                # brackets wins over the word when the two are a few days apart (a late or reposted page)
                same = [d for d in same if abs((d - resolved.day).days) <= 3]
            elif gloss.month is not None and date.weekday is not None and not same:
                # 星期二(4月15日) after dates of the next month: the bracketed month and day are the date
                # itself (in the year the weekday holds), however far the weekday alone would have gone
                written = resolver.month_day(gloss.month, gloss.day, future, weekday=date.weekday)
                if written is not None and written.isoweekday() == date.weekday:
                    same = [written]
            if same:
                moved = min(same, key=lambda d: abs((d - resolved.day).days))
                if moved != resolved.day:
                    resolver.step(f"the bracketed day {gloss.day} puts it on {moved}")
                    resolved = Resolved(moved.isoformat(), moved.isoformat(), day=moved)
        elif gloss is not None and resolved.day is not None and (date.lunar_month or date.festival):
            candidate = valid_date(resolved.day.year, gloss.month, gloss.day)
            if candidate is None or candidate != resolved.day:
                # the Gregorian gloss decides which year's lunar date is meant
                for year in range(resolver.ref_date.year - 30, resolver.ref_date.year + 2):
                    lunar_day = _lunar_for_gloss(date, year)
                    if (
                        lunar_day is not None
                        and lunar_day.month == gloss.month
                        and lunar_day.day == gloss.day
                    ):
                        resolved = Resolved(lunar_day.isoformat(), lunar_day.isoformat(), day=lunar_day)
                        candidate = lunar_day
    else:
        # a clock time or a part of day alone: the day in context, else the reference day
        passing = resolver.passing_day
        if (
            resolver.ref_known
            and time.hour is not None
            and _STAMP_OPEN.search(text[max(0, time.start - 7) : time.start])
            and _STAMP_CLOSE.match(text, time.end)
        ):
            # 【06:14更新】, [HKT 07:30]: a live page's stamp of when an item went up, on the page's day, not
            # on the day the story told last (投票昨日結束…【04:32更新】 is the night after); it moves no context
            day = resolver.ref_date
            resolver.step(f"a live page's update stamp: the page's day {day}")
            return Resolved(day.isoformat(), day.isoformat(), day=day), "TIME", day.isoformat() + _time_suffix(time)
        if resolver.context_day is None and resolver.day_before_month is not None and time.hour is not None:
            day = resolver.day_before_month
            resolver.step(f"the day named before a month alone, {day} (the month gives no day)")
        elif (
            passing is not None
            and resolver.clock_day is not None
            and passing[0]
            == (resolver.context_day or (resolver.last_day if resolver.context_month is None else None))
            and _SENTENCE_BREAK.search(text, passing[1], time.start) is not None
        ):
            # 馬總統7時先舉行大殮。秦厚修2日病逝…。馬總統上午約6時40分抵達: a day told in passing (an earlier
            # one, or a plan for a later one) does not take the clocks of the sentences after it; they are
            # the story's day's, whose hours the text was reading
            day = resolver.clock_day
            resolver.step(f"{passing[0]} was told in passing: the clock is on the story's day {day}")
        else:
            day = resolver.base_day(True)
        if (
            time.pod == "NI"
            and (time.hour is None or time.hour < 6)
            and time.shift is None
            # 至晚上8时封闭，有市民提早于凌晨4时许上山: small hours told as earlier are that morning's
            and _EARLIER_BEFORE.search(text, max(0, time.start - 4), time.start) is None
            and (
                (resolver.evening_day == day and "凌晨" in text[time.start : time.end])
                or (resolver.afternoon_day == day and "午夜" in text[time.start : time.end])
                or (
                    # 今午起…电车延长服务至凌晨3时: 凌晨 as the end of what ran from an afternoon
                    resolver.afternoon_day == day
                    and "凌晨" in text[time.start : time.end]
                    and _UNTIL_BEFORE.search(text, max(0, time.start - 3), time.start) is not None
                )
            )
        ):
            # 昨晚10时…延至凌晨2时, 下午5点开始直到午夜12点: the small hours after an evening, and midnight
            # after an afternoon, of a day of the story are the next day's (深夜 and 夜里 are still that
            # night; 凌晨 after an afternoon may be that morning's, told later in the day)
            day = day + dt.timedelta(days=1)
            resolver.step(
                f"the small hours after the evening of {resolver.evening_day}: {day}, not the context"
            )
            resolved = Resolved(day.isoformat(), day.isoformat(), day=day, mod=time.mod)
            return resolved, "TIME", day.isoformat() + _time_suffix(time)
        if (
            not future
            and time.shift is None
            and resolver.context_day is None
            and resolver.dateline_day is None
            and day == resolver.ref_date
            and _not_yet_come(time, text, resolver.reference)
        ):
            # 深夜，高雄市區傳出巨響 in a report published at 14:00: a night that had not come by then is
            # the night before (a notice marks what is to come: 晚上8时将举行 stays that evening)
            day = day - dt.timedelta(days=1)
            resolver.step(
                f"a time later than the reference's {resolver.reference.iso()}, told as past: {day}"
            )
            resolved = Resolved(day.isoformat(), day.isoformat(), day=day, mod=time.mod)
            return resolved, "TIME", day.isoformat() + _time_suffix(time)
        resolved = Resolved(day.isoformat(), day.isoformat(), day=day)
        if time.shift is not None:
            return None
        if resolver.context_day is None and resolver.context_explicit and resolver.context_month is not None:
            # 2024年7月…一大早…8月7日: the fallback to the reference day does not replace a month of the story
            resolver.step("no day in context: the reference day, which does not become the context")
            if time.mod:
                resolved.mod = time.mod
            return resolved, "TIME", resolved.day.isoformat() + _time_suffix(time)
    pod_from_date = date.pod if date is not None else None
    value = resolved.value
    mention_type = "DATE"
    if time is not None and resolved.day is not None:
        value = resolved.day.isoformat() + _time_suffix(time)
        mention_type = "TIME"
        if time.mod and not resolved.mod:
            resolved.mod = time.mod
    elif pod_from_date and resolved.day is not None:
        value = resolved.day.isoformat() + "T" + pod_from_date
        mention_type = "TIME"
    elif date is not None and date.hour is not None and resolved.day is not None:
        value = resolved.day.isoformat() + f"T{date.hour:02d}:{date.minute:02d}"
        mention_type = "TIME"
    if resolved.type == "TIME":
        mention_type = "TIME"
    part = time.pod if time is not None else pod_from_date
    hour = time.hour if time is not None else None
    if part is None and hour is None and date is not None and date.festival == "除夕":
        # 除夕 is an evening: the 午夜 and 凌晨 told after it are the next day's (今日大除夕，午夜倒数)
        part = "EV"
    if (
        date is not None
        and date.span is not None
        and date.span[0] == "ordinal"
        and date.span[2] == "W"
        and date.year is not None
        and resolved.anchor is not None
    ):
        resolver.week_reported = dt.date.fromisoformat(resolved.anchor[:10])
    if resolved.day is not None and not quoted:
        starts = text[expression.end - 1 : expression.end] == "起" or text.startswith("起", expression.end)
        ahead = future or starts  # 将于18日, 25日起: a plan for a later day
        clocked = part is not None or hour is not None
        opens = _opens_sentence(text, expression.start)
        _note_clock_day(resolver, resolved.day, clocked, ahead, expression.end, opens)
    if part is not None or hour is not None:
        evening = part == "EV" or (hour is not None and hour >= 18)
        resolver.evening_day = resolved.day if evening else None
        later = evening or part == "AF" or (hour is not None and hour >= 12)
        resolver.afternoon_day = resolved.day if later else None
    # 今天 or 明天 inside a quotation is the speaker's day: it does not move the story's context
    if quoted and date is not None and not date.anaphoric and date.day_shift is not None:
        return resolved, mention_type, value
    # a year-less date whose year the resolver guessed from the reference does not set an explicit context
    guessed = (
        date is not None
        and date.year is None
        and date.year_shift is None
        and date.month_shift is None
        and not date.lunar_year_names
        and (date.month is not None or date.festival is not None or date.lunar_month is not None)
        and not resolver.context_explicit
    )
    # a bare cyclic or zodiac year (辛丑牛年, 甲辰龍年) is a lunar year: it runs into the next Gregorian
    # year, so it does not pull the Gregorian year of the dates after it (辛丑牛年最後一日…年廿八)
    guessed = guessed or (date is not None and date.grain == "year" and bool(date.lunar_year_names))
    guessed = guessed and not weekday_holds
    # a date of another year named only to compare (与1976年7月28日的大地震只差10分钟) is no story of that
    # year: what follows stays with the story's day
    if (
        date is not None
        and date.year is not None
        and resolver.ref_known
        and resolver.context_day is not None
        and abs(date.year - resolver.ref_date.year) > resolver.policy.story_year_distance
        and _COMPARED.search(text, max(0, expression.start - 4), expression.start)
    ):
        resolver.step("a date of another year named to compare: the context stays")
        return resolved, mention_type, value
    # A date of a past year counted from this one (去年, 上年) may be named only to compare, and then the
    # story's context stays where it was: after a comparing word (勝過去年中秋4天連假的…, 较去年同期), or
    # as last year's same period or year end, the figure a report compares with (去年同期为负。5月又增长
    # is this year's May; 上年度末).
    if date is not None and date.year is None and date.year_shift is not None and date.year_shift < 0:
        if resolver.context_day is not None and _COMPARED_BEFORE.search(
            text, max(0, expression.start - 4), expression.start
        ):
            resolver.step("last year's date named to compare: the context stays")
            return resolved, mention_type, value
        has_context = (
            resolver.context_day is not None
            or resolver.context_month is not None
            or resolver.context_year is not None
        )
        if has_context and _SAME_PERIOD_AFTER.match(text, expression.end) is not None:
            resolver.step("last year's same period, named to compare: the context stays")
            return resolved, mention_type, value
    # 前一日 / 前一天 looks back from the story's day without moving it: 6月8日…前一日已有预警，当日上午… is the 8th
    if (
        date is not None
        and date.anaphoric
        and date.day_shift is not None
        and date.day_shift < 0
        and resolver.context_day is not None
        and time is None
    ):
        resolver.step(f"a look back from the story's day {resolver.context_day}: the context stays")
        return resolved, mention_type, value
    if (
        resolver.compared
        and date is not None
        and date.day is None
        and (
            (date.week_shift or 0) < 0
            and date.weekday is None
            or (date.month_shift or 0) < 0
            or (date.year_shift or 0) < 0
            and date.month is None
        )
    ):
        resolver.step("the period before, named to compare: the context stays")
        return resolved, mention_type, value
    if resolver.told_in_passing and resolved.day is not None and resolved.day < resolver.ref_date:
        resolver.step("told in passing before the coming days the text speaks of: the context stays")
        return resolved, mention_type, value
    if (
        date is not None
        and date.festival is not None
        and date.month is None
        and date.day is None
        and resolver.context_day is not None
        and resolved.day is not None
        and resolved.day != resolver.context_day
        and _SAID_OF_BEFORE.search(text, max(0, expression.start - 6), expression.start) is not None
    ):
        # 明日(10/4)為中秋節連假首日: the festival names the holiday the day told before belongs to, and
        # what follows (0-12時封閉) is still on that day
        resolver.step(f"a festival said of the day before it, {resolver.context_day}: the context stays")
        return resolved, mention_type, value
    if predicated:
        resolver.point_end = expression.end
        return resolved, mention_type, value  # the same day: the context (and how firm its year is) stays
    if resolved.day is not None:
        resolver.point_end = expression.end
    if not resolver.leaned_on_unknown:
        resolver.note(
            day=resolved.day,
            month=resolved.month,
            year=resolved.year,
            explicit=not guessed,
            lunar=_lunar_context(date, resolved, resolver, text, expression.start),
        )
        ahead = resolved.day is not None and resolver.ref_known and resolved.day > resolver.ref_date
        resolver.context_ahead = bool(
            ahead and future and date is not None and date.month is not None and date.day is not None
        )
        # 虎年春節將至…13日上午，記者走訪…: a festival still ahead is the story's context for 当天, 翌日 and
        # clocks, but a bare day after it that has already come this month is the reporting month's
        resolver.festival_ahead = bool(
            ahead and date is not None and date.festival and date.month is None and date.day is None
        )
    return resolved, mention_type, value


# what may stand between a date and a weekday said of it: 为, 是, 适逢, 恰逢, 正值, 落在, 亦皆为
_SAID_OF = re.compile(r"(?:亦|也|皆|均|都|又|刚好|剛好|正好)*(?:为|為|是|适逢|適逢|恰逢|正逢|正值|逢|落在)")
_SAID_OF_BEFORE = re.compile(r"(?:为|是|适逢|恰逢|正逢|正值|逢|落在)$")


def _predicated_weekday(date: Piece, expression: Expression, resolver: Resolver, text: str) -> bool:
    """A bare weekday said of the date just before it (清明节为星期日): the date's own day, when it holds."""
    day = resolver.context_day
    return (
        date.weekday is not None
        and date.week_shift is None
        and date.grain != "weekend"
        and date.month is None
        and date.day is None
        and date.day_shift is None
        and day is not None
        and day.isoweekday() == date.weekday
        and resolver.point_end is not None
        and 0 < expression.start - resolver.point_end <= 6
        and _SAID_OF.fullmatch(text, resolver.point_end, expression.start) is not None
    )


_WRITTEN_LUNAR_RULES = ("农历<month>月<day>", "农历<yyyy>年<m>月<d>日")


def _written_lunar_month_day(piece: Piece) -> bool:
    """A lunar month and day written out (农历二月二十七日, 七月十四), outside the Spring Festival season."""
    return (
        piece.rule in _WRITTEN_LUNAR_RULES
        and piece.festival is None
        and piece.lunar_day is not None
        and piece.lunar_month not in (None, 12, 1)
    )


def _lunar_context(
    date: Piece | None, resolved: Resolved, resolver: Resolver, text: str, start: int
) -> tuple[int, int, bool] | None:
    """The lunar month that the bare days after this date are days of: a lunar month and day's, or the
    context's when this was itself a bare day read in it. A lunar date in brackets glosses the Gregorian
    day before it (22日(農曆大年二十九)…22日晚): the days after it stay Gregorian."""
    if resolved.day is None or date is None:
        return None
    if resolver.lunar_day_read:
        return resolver.context_lunar
    if start > 0 and text[start - 1] in "(（":
        return None
    if _written_lunar_month_day(date):
        lunar_year, month, _, leap = calendar_cn.solar_to_lunar_safe(resolved.day)
        if lunar_year is not None and month is not None:
            return lunar_year, month, bool(leap)
    return None


def _lunar_for_gloss(date: Piece, lunar_year: int) -> dt.date | None:
    if date.festival == "除夕":
        return calendar_cn.lunar_new_year_eve(lunar_year)
    if date.festival in calendar_cn.LUNAR_FESTIVALS:
        month, day = calendar_cn.LUNAR_FESTIVALS[date.festival]
        return calendar_cn.lunar_to_solar(lunar_year, month, day)
    if date.lunar_month is not None:
        return lunar_date_computer(date.lunar_month, date.lunar_day, date.lunar_leap)(lunar_year)
    return None


def evidence(expression: Expression, fields_: dict) -> dict:
    """Typed facts beside the value, for a caller that checks one piece of evidence against another:
    `weekday` (ISO 1-7) when the words name one, with `weekday_agrees` when a day is known too; `lunar`
    (`{"month", "day", "leap"}`) for lunar dates and festivals; `year_kind` for a year named by the
    sexagenary cycle, the zodiac or a reign era."""
    found: dict = {}
    date = expression.date
    if date is None and expression.other is not None and expression.other.kind == "set":
        return found
    weekday = expression.weekday.weekday if expression.weekday is not None else date.weekday if date else None
    if weekday is not None and (date is None or date.grain != "weekend"):
        found["weekday"] = weekday
        anchor = fields_.get("anchor")
        if expression.weekday is not None and anchor and len(anchor) == 10:
            found["weekday_agrees"] = dt.date.fromisoformat(anchor).isoweekday() == weekday
    if date is not None:
        lunar = None
        if date.festival == "除夕":
            lunar = {"month": 12, "day": None, "leap": False}
        elif date.festival in calendar_cn.LUNAR_FESTIVALS:
            month, day = calendar_cn.LUNAR_FESTIVALS[date.festival]
            lunar = {"month": month, "day": day, "leap": False}
        elif date.lunar_month is not None:
            lunar = {"month": date.lunar_month, "day": date.lunar_day, "leap": date.lunar_leap}
        if lunar is not None:
            anchor = fields_.get("anchor")
            if lunar["day"] is None and date.festival == "除夕" and anchor and len(anchor) == 10:
                lunar["day"] = calendar_cn.solar_to_lunar(dt.date.fromisoformat(anchor))[2]
            found["lunar"] = lunar
        if date.year_kind is not None:
            found["year_kind"] = date.year_kind
        if date.bce and date.year is not None:
            found["bce_year"] = date.year
    return found


def _first_day(resolved: Resolved) -> dt.date | None:
    if resolved.day is not None:
        return resolved.day
    if resolved.month is not None:
        return dt.date(resolved.month[0], resolved.month[1], 1)
    return None


_DISPATCH_AFTER = re.compile(r"\s?[电讯]")
_UNTIL_BEFORE = re.compile(r"(?<!截)[至到]\s?$")
_EARLIER_BEFORE = re.compile(r"(?:提早|提前|早在|早于)\s?(?:于|在)?\s?$")
_CROSSING_THE_YEAR = re.compile(r"跨年|倒数|新年倒计时")
# beside the 除夕 itself: 除夕夜及元旦日 (the eve joined to New Year's Day), 今晚(12月31日), 31日晚
_EVE_WITH_NEW_YEARS_DAY = re.compile(r"^(?:夜|晚上?)?[及和与、至到]元旦")
_THIRTY_FIRST = re.compile(r"(?<!\d)(?:12月)?31\s?日")
_TURN_TO = re.compile(r"(?:迎接|踏入|迎来|庆祝)\s?(\d{4})\s?年")


def _new_years_eve_report(text: str, start: int, end: int, resolver: Resolver) -> bool:
    """Whether the 除夕 at `start`:`end` is 31 December's eve (Hong Kong, Macau and Taiwan call it 除夕 too): the
    reference is in December or on 1-2 January, when no lunar 除夕 can be near, and the text tells of the
    turn of the year: 跨年 or 倒数 anywhere, or beside the 除夕 元旦 joined to it, the 31st, or 迎接2024年
    (the year after the reference's December)."""
    if not resolver.ref_known:
        return False
    ref = resolver.ref_date
    if not (ref.month == 12 or (ref.month == 1 and ref.day <= 2)):
        return False
    if resolver.new_years_eve is not None:
        return True  # 除夕煙花…迎接2024年…除夕夜傍晚6時起: one eve throughout the report
    if _CROSSING_THE_YEAR.search(text) is not None:
        return True
    if _EVE_WITH_NEW_YEARS_DAY.match(text[end : end + 8]):
        return True
    near = text[max(0, start - 30) : end + 30]
    if _THIRTY_FIRST.search(near):
        return True
    coming = ref.year + (ref.month == 12)
    return any(int(m[1]) == coming for m in _TURN_TO.finditer(near))


def _agreeing_year(day: dt.date, gloss: Piece, resolver: Resolver) -> dt.date | None:
    """The same month and day in the nearest year whose lunar date is the gloss's (2月2日(农历正月十一))."""
    if calendar_cn.solar_to_lunar_safe(day)[1:3] == (gloss.lunar_month, gloss.lunar_day):
        return None
    for distance in range(1, 31):
        for year in (day.year - distance, day.year + distance):
            candidate = valid_date(year, day.month, day.day)
            if candidate is not None and calendar_cn.solar_to_lunar_safe(candidate)[1:3] == (
                gloss.lunar_month,
                gloss.lunar_day,
            ):
                resolver.step(f"the lunar gloss holds in {year}")
                return candidate
    return None


def _lunar_day_by_gloss(lunar_day: int, gloss: Piece | None, resolver: Resolver) -> Resolved | None:
    """初六（15日）: a lunar day without its month, placed by the Gregorian day beside it, near the
    context or the reference."""
    if gloss is None or gloss.day is None:
        return None
    base = resolver.base_day(True)
    for distance in range(0, 75):
        for day in (base - dt.timedelta(days=distance), base + dt.timedelta(days=distance)):
            if day.day == gloss.day and (gloss.month is None or day.month == gloss.month):
                if calendar_cn.solar_to_lunar_safe(day)[2] == lunar_day:
                    resolver.step(f"the lunar day {lunar_day} that falls on a {gloss.day}th: {day}")
                    return Resolved(day.isoformat(), day.isoformat(), day=day)
    return None
