"""Corpus: Recurring times. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, each

# ---------------------------------------------------------------------------------------------------
# set: 每<unit>, 每周<weekday>
# ---------------------------------------------------------------------------------------------------
SET: list[Entry] = [
    (each("P1D"), REF, ["每天", "每日"]),
    (each("XXXX-WXX-5TAF"), REF, ["每周五下午", "每週五下午", "每星期五下午"]),
    (each("P1W"), REF, ["每周", "每週"]),
    (each("P1Y"), REF, ["每年春节", "每年春節"]),
    # 每年(的) before a month and day: that day of every year, no one date (nor the day told with it by 或)
    (
        each("XXXX-12-21"),
        "2022-12-21",
        ["通常在公曆每年的12月21日或22日", "通常在公历每年的12月21日或22日"],
    ),
    (each("XXXX-02-14TEV"), REF, ["每年2月14日晚上", "每年2月14日晚上"]),
    # 逢周五: every Friday, as 每周五
    (each("XXXX-WXX-5"), REF, ["逢周五休息", "逢週五休息", "逢星期五休息"]),
    # ... but 适逢周五 is the one day it falls on
    ([date("2023-09-29"), date("2023-09-29")], "2023-09-25", ["今年中秋节适逢周五", "今年中秋節適逢週五"]),
]
