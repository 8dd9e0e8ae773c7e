"""Dates as people type them on the command line (`--ref`, `--since`, `--until`).

`2020-03-04`, `2020/3/4`, `2020.3.4`, `2020年3月4日`, `20200304`, a month or a year alone (`2020-03`,
`2020年3月`, `2020`), and relative dates that dateparser reads (`yesterday`, `3 days ago`, `昨天`,
`3天前`). A relative date needs a day to count from: the caller passes `today` explicitly (the CLI passes
the real today, because that is what a user typing `yesterday` means); nothing here reads the clock,
and document dates never do (see `timeline.timex.policy`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["UserDate", "UserDateError", "read_user_date"]

_ABSOLUTE = re.compile(
    r"""^\s*(?P<year>\d{4})
        (?:\s*(?:[-/.]|年)\s*(?P<month>\d{1,2})
           (?:\s*(?:[-/.]|月)\s*(?P<day>\d{1,2})\s*[日号]?
              (?:[ T]\s*(?P<hour>\d{1,2})\s*[:：时]\s*(?P<minute>\d{2})\s*分?)?
           |\s*月)?
        |\s*年)?\s*$""",
    re.VERBOSE,
)
_COMPACT = re.compile(r"^\s*(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})?\s*$")


class UserDateError(ValueError):
    """A date the user typed that cannot be read; the message says what forms work."""


@dataclass(frozen=True)
class UserDate:
    """A date the user gave: `value` in ISO form at its own precision (`2020`, `2020-03`, `2020-03-04`,
    `2020-03-04T13:56`), and whether it was counted from today (`relative`)."""

    value: str
    relative: bool = False


HINT = "try 2020-03-04, 2020/3/4, 2020年3月4日, 20200304, 'yesterday' or '3 days ago'"


def read_user_date(text: str, today: dt.date, allow_time: bool = False) -> UserDate:
    """Read what the user typed; `UserDateError` when it is not a date (or not a real one)."""
    match = _ABSOLUTE.match(text) or _COMPACT.match(text)
    if match:
        return UserDate(_absolute(match, text, allow_time))
    return UserDate(_relative(text, today), relative=counts_from_today(text, today))


def _absolute(match: re.Match, text: str, allow_time: bool) -> str:
    groups = match.groupdict()
    year = int(groups["year"])
    month = int(groups["month"]) if groups.get("month") else None
    day = int(groups["day"]) if groups.get("day") else None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        raise UserDateError(f"{text!r} is not a real date") from None
    value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    if groups.get("hour"):
        if not allow_time:
            raise UserDateError(f"{text!r}: give a date without a time here")
        hour, minute = int(groups["hour"]), int(groups["minute"])
        if hour > 23 or minute > 59:
            raise UserDateError(f"{text!r} is not a real time")
        value += f"T{hour:02d}:{minute:02d}"
    return value


def _relative(text: str, today: dt.date) -> str:
    stripped = text.strip()
    if not stripped or len(stripped) > 40:
        raise UserDateError(f"cannot read {stripped[:40]!r} as a date; {HINT}")
    import dateparser.date  # imported here: it takes a while to load, and most runs never need it

    base = dt.datetime.combine(today, dt.time(12, 0))
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "YMD",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    try:
        found = dateparser.date.DateDataParser(languages=["en", "zh"], settings=settings).get_date_data(
            stripped
        )
    except Exception:  # dateparser raises a variety of errors on odd input
        found = None
    parsed = found.date_obj if found is not None else None
    if parsed is None:
        raise UserDateError(f"cannot read {stripped!r} as a date; {HINT}")
    # what was named keeps its precision: `March` is a month, `last year` a year, `yesterday` a day
    period = getattr(found, "period", "day")
    if period == "year":
        return f"{parsed.year:04d}"
    if period == "month":
        return f"{parsed.year:04d}-{parsed.month:02d}"
    return parsed.date().isoformat()


def counts_from_today(text: str, today: dt.date) -> bool:
    """Whether what dateparser reads in `text` depends on the day it counts from (`yesterday` does,
    `March 4, 2020` does not): read from two days a year apart and compare."""
    try:
        return _relative(text, today) != _relative(text, today + dt.timedelta(days=400))
    except UserDateError:
        return False
