"""`lunar_table` holds what lunar-python computes: the months of each lunar year, the lunar date of
each Gregorian day (through the months) and the day of each solar term.

To write the table anew (after a lunar-python upgrade that moves a date, which this test would show):
`python tests/test_speed_lunar.py > timeline/timex/lunar_table.py`."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

from lunar_python import LunarYear, Solar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.timex import calendar_cn, lunar_table  # noqa: E402

SAMPLED_YEARS = sorted({*range(1901, 2100, 9), *range(2016, 2027), 2099})


def months_computed(lunar_year: int) -> list[tuple[int, int, int]]:
    """(month, ordinal of its first day, days) of the months of `lunar_year`, from lunar-python."""
    months = []
    for lunar_month in LunarYear.fromYear(lunar_year).getMonthsInYear():
        if lunar_month.getYear() != lunar_year:
            continue
        solar = Solar.fromJulianDay(lunar_month.getFirstJulianDay())
        first = dt.date(solar.getYear(), solar.getMonth(), solar.getDay()).toordinal()
        months.append((lunar_month.getMonth(), first, lunar_month.getDayCount()))
    return months


def lunar_computed(day: dt.date) -> tuple[int, int, int, bool]:
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    return lunar.getYear(), abs(lunar.getMonth()), lunar.getDay(), lunar.getMonth() < 0


def test_the_months_of_every_lunar_year_are_lunar_pythons() -> None:
    assert sorted(lunar_table.MONTHS) == list(range(1900, 2101))
    for lunar_year in lunar_table.MONTHS:
        assert calendar_cn._table_months(lunar_year) == months_computed(lunar_year), lunar_year


def test_the_months_follow_each_other() -> None:
    starts, months, _ = calendar_cn._month_starts()
    for (_, _, first, days), (_, _, following, _) in zip(months, months[1:], strict=False):
        assert first + days == following


def test_lunar_dates_are_lunar_pythons_at_every_month_edge_and_at_random() -> None:
    days = []
    for lunar_year in SAMPLED_YEARS:
        for _, first, count in calendar_cn._table_months(lunar_year):
            days += [first - 1, first, first + 1, first + count - 1]
    rng = random.Random(1)
    days += [
        rng.randrange(dt.date(1901, 1, 1).toordinal(), dt.date(2100, 12, 31).toordinal()) for _ in range(300)
    ]
    days += [
        dt.date(1900, 1, 30).toordinal(),
        dt.date(1900, 1, 31).toordinal(),
        dt.date(1899, 6, 1).toordinal(),
    ]
    for ordinal in days:
        day = dt.date.fromordinal(ordinal)
        assert calendar_cn.solar_to_lunar.__wrapped__(day) == lunar_computed(day), day


def test_solar_terms_are_lunar_pythons() -> None:
    for year in SAMPLED_YEARS:
        for name in calendar_cn.SOLAR_TERMS:
            assert calendar_cn.solar_term.__wrapped__(year, name) == calendar_cn._solar_term_computed(
                year, name
            ), (year, name)


def test_the_table_is_what_the_generator_writes_for_its_first_and_last_years() -> None:
    # the generator below, on a few years, gives the lines the table holds
    lines = table_from_lunar_python(months_only=True).splitlines()
    for year in (1900, 1901, 2020, 2100):
        expected = next(line for line in lines if line.startswith(f"    {year}: "))
        assert expected == f'    {year}: "{lunar_table.MONTHS[year]}",'


def table_from_lunar_python(months_only: bool = False) -> str:
    """The text of timeline/timex/lunar_table.py, computed from lunar-python (about 10 s)."""
    source = Path(lunar_table.__file__).read_text(encoding="utf-8")
    head = source[: source.index("MONTHS: dict[int, str] = {")]
    out = [head + "MONTHS: dict[int, str] = {"]
    years = (1900, 1901, 2020, 2100) if months_only else range(1900, 2101)
    for lunar_year in years:
        months = months_computed(lunar_year)
        out.append(f'    {lunar_year}: "{months[0][1]} ' + " ".join(f"{m}:{d}" for m, _, d in months) + '",')
    out.append("}")
    if months_only:
        return "\n".join(out) + "\n"
    out += ["", "TERMS: dict[int, str] = {"]
    for year in calendar_cn.SUPPORTED_YEARS:
        jan1 = dt.date(year, 1, 1).toordinal()
        terms = [calendar_cn._solar_term_computed(year, name) for name in calendar_cn.SOLAR_TERMS]
        out.append(
            f'    {year}: "' + " ".join(str(d.toordinal() - jan1 + 1) if d else "0" for d in terms) + '",'
        )
    out.append("}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(table_from_lunar_python())
