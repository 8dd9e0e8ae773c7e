"""Corpus: Lengths of time. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, duration

# ---------------------------------------------------------------------------------------------------
# duration: <n><unit>, <n>月余, 半<unit>
# ---------------------------------------------------------------------------------------------------
DURATION: list[Entry] = [
    (duration("P40D", mod="MORE_THAN"), REF, ["40多天", "四十多天", "40余天", "40餘天"]),
    (duration("P16D"), REF, ["连续16天", "連續16天", "连续十六天"]),
    (duration("PT5H", mod="APPROX"), REF, ["五六个小时", "五六個小時"]),
    (duration("P0.5M", mod="MORE_THAN"), REF, ["半个多月", "半個多月"]),
    (duration("P2M", mod="MORE_THAN"), REF, ["两月余", "兩月餘", "两个多月", "兩個多月"]),
    (duration("P163D"), REF, ["163天", "１６３天"]),
    (duration("P12Y"), REF, ["12年党龄", "12年黨齡"]),
    (duration("PT2H"), REF, ["两个小时", "兩個小時", "2小时", "二个小时"]),
    (duration("P3.5Y"), REF, ["三年半"]),
    (duration("P1.5Y"), REF, ["一年半"]),
    (duration("P6D"), REF, ["6 天"]),
    (duration("PT5H"), REF, ["5 小时"]),
    (duration("P8DT20H"), REF, ["8天20小时", "8天又二十个小时"]),
]
