"""Navigating a timeline by time: the overview strip (years, months and days that have events) and the
events-per-period chart, binned by a period that suits the span (day, week, month, quarter, year or
several years).

Pure data for the HTML renderer (which lays it out with jinja2, and whose script recounts the bars as
the filters change); no rich, no jinja2, no clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Sequence

__all__ = ["MAX_BARS", "chart_model", "choose_unit_for", "overview_model", "precision_of"]

# The chart never has more bars than this: the unit grows (日 → 周 → 月 → 季 → 年) until it fits.
MAX_BARS = 62
MIN_BARS = 7
# At most this many labels on the chart's time axis.
MAX_TICKS = 9
# Nor two labels closer than this, in percent of the axis.
MIN_TICK_GAP = 9
# Beyond years, bars of several years: "10年" is a decade, "100年" a century.
YEAR_STEPS = (2, 5, 10, 20, 50, 100, 200, 500, 1000)
UNITS = ("日", "周", "月", "季", "年", *(f"{step}年" for step in YEAR_STEPS))
# A chart spans the middle of the events (leaving out this share at each end) when the whole span is
# more than SPREAD times as long: one stray year 25 then does not squeeze 2008-2026 into a hairline.
TAIL = 0.01
SPREAD = 3
# Which event precisions a bar of each unit can hold: a month-only event has no day to be counted on.
COUNTED = {
    "日": {"day"},
    "周": {"day"},
    "月": {"day", "month"},
    "季": {"day", "month"},
    "年": {"day", "month", "year"},
    **{f"{step}年": {"day", "month", "year"} for step in YEAR_STEPS},
}


def _years(unit: str) -> int:
    """How many years a bar of `unit` holds (0 for units under a year)."""
    return int(unit[:-1]) if unit[:-1].isdigit() else (1 if unit == "年" else 0)


def precision_of(date: str) -> str:
    """`day`, `month` or `year` for `YYYY-MM-DD`, `YYYY-MM`, `YYYY`; `` for anything else."""
    parts = date.split("-") if date else []
    if not parts or not all(part.isdigit() for part in parts):
        return ""
    return {1: "year", 2: "month", 3: "day"}.get(len(parts), "")


def _first_day(date: str) -> dt.date | None:
    parts = date.split("-")
    try:
        numbers = [int(part) for part in parts]
        return dt.date(
            numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1
        )
    except (ValueError, IndexError):
        return None


def bucket_start(day: dt.date, unit: str) -> dt.date:
    if unit == "日":
        return day
    if unit == "周":
        return day - dt.timedelta(days=day.weekday())
    if unit == "月":
        return day.replace(day=1)
    if unit == "季":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    step = _years(unit)
    return dt.date(max(1, day.year - day.year % step), 1, 1)


def bucket_end(start: dt.date, unit: str) -> dt.date:
    """The last day of the bucket that begins on `start`."""
    if unit == "日":
        return start
    if unit == "周":
        return start + dt.timedelta(days=6)
    if _years(unit):
        step = _years(unit)
        return dt.date(min(9999, start.year - start.year % step + step - 1), 12, 31)
    months = 1 if unit == "月" else 3
    month = start.month + months - 1
    return dt.date(start.year, month, calendar.monthrange(start.year, month)[1])


def _bucket_count(first: dt.date, last: dt.date, unit: str) -> int:
    if unit == "日":
        return (last - first).days + 1
    if unit == "周":
        return (bucket_start(last, unit) - bucket_start(first, unit)).days // 7 + 1
    months = (last.year - first.year) * 12 + last.month - first.month
    if unit == "月":
        return months + 1
    if unit == "季":
        return (last.year - first.year) * 4 + (last.month - 1) // 3 - (first.month - 1) // 3 + 1
    step = _years(unit)
    return last.year // step - first.year // step + 1


def choose_unit_for(dated: Sequence[tuple[dict, dt.date, str]]) -> str:
    """The finest unit whose bars, over the span of the events it can count, number at most MAX_BARS:
    a month-only event widens a chart by month, never a chart by day (it is not counted there)."""
    for unit in UNITS:
        days = [day for _, day, precision in dated if precision in COUNTED[unit]]
        if days and _bucket_count(min(days), max(days), unit) <= MAX_BARS:
            return unit
    return UNITS[-1]


def _middle(counted: list[tuple[dict, dt.date]]) -> tuple[dt.date, dt.date]:
    """The span the chart draws: all of it, or the middle when a few strays stretch it SPREAD-fold."""
    days = sorted(day for _, day in counted)
    cut = int(len(days) * TAIL)
    if cut == 0:
        return days[0], days[-1]
    low, high = days[cut], days[-1 - cut]
    if (days[-1] - days[0]).days > SPREAD * max((high - low).days, 1):
        return low, high
    return days[0], days[-1]


def bucket_label(start: dt.date, unit: str) -> str:
    if unit == "日":
        return f"{start.year}年{start.month}月{start.day}日"
    if unit == "周":
        return f"{start.year}年{start.month}月{start.day}日起一周"
    if unit == "月":
        return f"{start.year}年{start.month}月"
    if unit == "季":
        return f"{start.year}年第{(start.month - 1) // 3 + 1}季度"
    if _years(unit) > 1:
        return f"{start.year}—{bucket_end(start, unit).year}年"
    return f"{start.year}年"


def _tick_label(start: dt.date, unit: str, previous: dt.date | None) -> str:
    new_year = previous is None or previous.year != start.year
    if unit in ("日", "周"):
        return f"{start.year}年{start.month}月{start.day}日" if new_year else f"{start.month}月{start.day}日"
    if unit == "月":
        return f"{start.year}年{start.month}月" if new_year else f"{start.month}月"
    if unit == "季":
        return (
            f"{start.year}年Q{(start.month - 1) // 3 + 1}" if new_year else f"Q{(start.month - 1) // 3 + 1}"
        )
    return f"{start.year}"


def chart_model(records: Sequence[dict]) -> dict | None:
    """Bins over the span of the events that can be counted, and each record's bin (`record["bin"]`,
    -1 when it is too coarse for the unit, set in place). `records` carry `date` (the event's anchor).

    The page's script recounts the bars from the records that pass the filters; the counts here are the
    unfiltered ones, for a page read without script."""
    dated = [(record, _first_day(record["date"]), precision_of(record["date"])) for record in records]
    dated = [(record, day, precision) for record, day, precision in dated if day is not None and precision]
    for record in records:
        record["bin"] = -1
    if not dated:
        return None
    low, high = _middle([(record, day) for record, day, _ in dated])
    inside = [(record, day, precision) for record, day, precision in dated if low <= day <= high]
    unit = choose_unit_for(inside)
    counted = [(record, day) for record, day, precision in inside if precision in COUNTED[unit]]
    first = bucket_start(min(day for _, day in counted), unit)
    last = max(day for _, day in counted)
    starts: list[dt.date] = []
    bucket = first
    # at least MIN_BARS bars, so a one-day run is a bar on an axis, not a block across the chart
    while bucket <= last or len(starts) < MIN_BARS:
        starts.append(bucket)
        end = bucket_end(bucket, unit)
        if end >= dt.date.max - dt.timedelta(days=1):
            break  # the calendar ends here
        bucket = end + dt.timedelta(days=1)
    index_of = {start: index for index, start in enumerate(starts)}
    counts: Counter[int] = Counter()
    for record, day in counted:
        record["bin"] = index_of[bucket_start(day, unit)]
        counts[record["bin"]] += 1
    peak = max(counts.values())
    width, height = 600, 100
    bar_width = width / len(starts)
    bars = []
    for index, start in enumerate(starts):
        count = counts.get(index, 0)
        bar_height = round(height * count / peak, 2)
        bars.append(
            {
                "index": index,
                "start": start.isoformat(),
                "end": bucket_end(start, unit).isoformat(),
                "x": round(index * bar_width, 2),
                "y": round(height - bar_height, 2),
                "width": round(max(bar_width * 0.86, 0.5), 2),
                "slot": round(bar_width, 2),
                "height": bar_height,
                "count": count,
                "label": bucket_label(start, unit),
            }
        )
    return {
        "unit": unit,
        "width": width,
        "height": height,
        "bars": bars,
        "peak": peak,
        "ticks": ticks(starts, unit),
        "first_label": f"{starts[0].year}年" if _years(unit) > 1 else bucket_label(starts[0], unit),
        "last_label": (
            f"{bucket_end(starts[-1], unit).year}年" if _years(unit) > 1 else bucket_label(starts[-1], unit)
        ),
        "total": len(counted),
        # too coarse for the unit (a month-only event on a chart by day)
        "left_out": len(inside) - len(counted) + len(records) - len(dated),
        # dated outside the drawn span (a stray year 25 in a run of 2008-2026)
        "outside": len(dated) - len(inside),
        "outside_label": f"{low.year}年至{high.year}年" if low.year != high.year else f"{low.year}年",
    }


def ticks(starts: Sequence[dt.date], unit: str) -> list[dict]:
    """Axis labels at the bins where a larger period begins (a month for days and weeks, a year for
    months and quarters, every year for years), thinned to MAX_TICKS; evenly spaced bins when the span
    holds fewer than three such beginnings. `left` is the label's position in percent."""

    def major(index: int) -> bool:
        if index == 0:
            return True
        previous, current = starts[index - 1], starts[index]
        if unit in ("日", "周"):
            return (previous.year, previous.month) != (current.year, current.month)
        return previous.year != current.year

    def spaced(indices: list[int]) -> list[int]:
        step = -(-len(indices) // MAX_TICKS)
        kept: list[int] = []
        # labels closer than MIN_TICK_GAP percent would run into each other: the later one goes
        for index in indices[::step]:
            if not kept or 100 * (index - kept[-1]) / len(starts) >= MIN_TICK_GAP:
                kept.append(index)
        return kept

    chosen = spaced([index for index in range(len(starts)) if major(index)])
    if len(chosen) < 3:
        chosen = spaced(list(range(0, len(starts), max(1, len(starts) // (MAX_TICKS - 3)))))
    result = []
    previous: dt.date | None = None
    for index in chosen:
        result.append(
            {
                "left": round(100 * (index + 0.5) / len(starts), 2),
                "label": _tick_label(starts[index], unit, previous),
            }
        )
        previous = starts[index]
    return result


def overview_model(sections: Sequence[dict]) -> list[dict]:
    """Years, their months and the months' days that have events, for the sticky strip: each with its
    label, its count and the id of the place on the page it jumps to. `sections` are the renderer's
    month (or year) sections, each with `key`, `count` and `days` (`key`, `events`)."""
    years: list[dict] = []
    by_year: dict[str, dict] = {}
    for section in sections:
        key = str(section["key"])
        year_key = key[:4] if precision_of(key) else key
        year = by_year.get(year_key)
        if year is None:
            label = f"{int(year_key)}年" if precision_of(year_key) else "日期不详"
            year = {"key": year_key, "label": label, "count": 0, "target": f"s-{key}", "months": []}
            by_year[year_key] = year
            years.append(year)
        year["count"] += section["count"]
        if precision_of(key) != "month":
            continue
        month = {
            "key": key,
            "label": f"{int(key[5:7])}月",
            "count": section["count"],
            "target": f"s-{key}",
            "days": [
                {
                    "key": day["key"],
                    "label": str(int(day["key"][8:10])),
                    "count": len(day["events"]),
                    "target": f"d-{day['key']}",
                }
                for day in section["days"]
            ],
        }
        year["months"].append(month)
    return years
