"""When a page was published, and the evidence: datelines, bylines, metadata, or the text itself."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from timeline.read.chrome import _LINE_BREAK, CleanText, _normalized_lines, clean_lines
from timeline.read.datelines import (
    _CLOCK,
    _DATE,
    _DATELINE,
    _DATELINE_REST,
    _LABELLED_DATE,
    _date_of,
    _iso_of,
)
from timeline.textprep import Prepared, prepare

# Publication time

_HEAD_SEARCH_LINES = 20  # a dateline sits near the top
_TAIL_SEARCH_CHARS = 1500  # a byline or footer sits near the end
_BYLINE = re.compile(rf"[(\[【](?P<source>[^()\[\]【】\n。]{{0,60}}?)\s*{_DATE}{_CLOCK}\s*[)\]】][\s。.]*$")
_MONTH_DAY = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s*年\s*)?(?<![\d.])(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"
)
_ISO_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"
)
# A year that starts a calendar position (`2020年2月`), not a target (`到2035年`) or an age (`2012年党龄`).
_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*年\s*(?=\d{1,2}\s*月)")
_OUTLIER_DAYS = 366  # an inferred date this far after the median date stated is a plan, not the news
_FUTURE_MARKERS = ("将", "计划", "预计", "拟", "定于", "预定", "明年", "下月")


def find_publication(
    text: str, prepared: Prepared | None = None, clean: CleanText | None = None
) -> tuple[str | None, str]:
    """`(iso_or_None, basis)`: when the document was published, and how we know.

    - `dateline`: a line near the top that is a date (and time) with at most source or author
      metadata after it (`2020年03月04日13:56 来源:…`, `2020-02-01 13:07`), or a labelled date
      anywhere (`发布时间:2020-03-04`). A date followed by a sentence (`——2020年2月23日,习近平…强调`)
      is not a dateline.
    - `byline`: a date closing a bracketed credit near the end (`(…黨員生活網2020-03-27)`,
      `(某某网 2020-04-09)`), or a date alone on one of the last lines.
    - `inferred`: the latest date the text states, from full dates (`2020年2月23日`, `2020-02-23`) and
      month-days (`2月28日`) that take the year of the year-month most recently stated before them
      (else of the first one stated; years over a year away from the most stated one are not used); dates announced as future (`将于3月1日`) and, among three or
      more, dates over a year after the median (`2035年12月31日`) are skipped, as are noise lines.
    - `none`: nothing found.
    Every date is validated (`2020-02-30` is not a date).
    """
    prepared = prepared or prepare(text)
    clean = clean or clean_lines(text, prepared)
    lines = _normalized_lines(text, prepared)

    # The top of the page: the lines before the first body paragraph, and at most the first 20.
    for line in lines[: min(clean.head_lines, _HEAD_SEARCH_LINES)]:
        match = _DATELINE.match(line)
        if match and _DATELINE_REST.match(match.group("rest")):
            iso = _iso_of(match)
            if iso:
                return iso, "dateline"
    for match in _LABELLED_DATE.finditer(prepared.text):
        iso = _iso_of(match)
        if iso:
            return iso, "dateline"

    byline = _find_byline(prepared.text, lines)
    if byline:
        return byline, "byline"

    inferred = _infer_date(prepared, clean)
    if inferred:
        return inferred, "inferred"
    return None, "none"


def _find_byline(normalized_text: str, lines: list[str]) -> str | None:
    tail_start = max(0, len(normalized_text) - _TAIL_SEARCH_CHARS)
    found = None
    for line in _LINE_BREAK.split(normalized_text[tail_start:]):
        match = _BYLINE.search(line.strip())
        if match and _iso_of(match):
            found = _iso_of(match)
    if found:
        return found
    for line in reversed([line for line in lines if line][-6:]):
        match = _DATELINE.match(line)
        if match and not match.group("rest").strip() and _iso_of(match):
            return _iso_of(match)
    return None


def _infer_date(prepared: Prepared, clean: CleanText) -> str | None:
    text = prepared.text
    explicit: list[tuple[int, dt.date]] = []  # (position, date) of dates that state their year
    year_marks: list[tuple[int, int]] = []  # (position, year) of every stated year-month
    undated: list[tuple[int, int, int]] = []  # (position, month, day) of month-days without a year

    def usable(position: int) -> bool:
        if clean.is_noise(prepared.span(position, position + 1)[0]):
            return False
        before = text[max(0, position - 4) : position]
        return not any(marker in before for marker in _FUTURE_MARKERS)

    for match in _ISO_DATE.finditer(text):
        date = _date_of(match)
        if date and usable(match.start()):
            explicit.append((match.start(), date))
            year_marks.append((match.start(), date.year))
    for match in _YEAR.finditer(text):
        year_marks.append((match.start(), int(match.group("year"))))
    for match in _MONTH_DAY.finditer(text):
        if not usable(match.start()):
            continue
        if match.group("year"):
            date = _date_of(match)
            if date:
                explicit.append((match.start(), date))
        else:
            month, day = int(match.group("month")), int(match.group("day"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                undated.append((match.start(), month, day))

    # The year the story is told in is the one stated most; years far from it are plans or history
    # and do not give their year to the month-days after them.
    if year_marks:
        main_year = Counter(year for _, year in year_marks).most_common(1)[0][0]
        year_marks = sorted(mark for mark in year_marks if abs(mark[1] - main_year) <= 1)
    candidates = [date for _, date in explicit]
    if year_marks:
        positions = [position for position, _ in year_marks]
        for position, month, day in undated:
            index = bisect.bisect_right(positions, position) - 1
            year = year_marks[index][1] if index >= 0 else year_marks[0][1]
            try:
                candidates.append(dt.date(year, month, day))
            except ValueError:
                continue
    if not candidates:
        return None
    if len(candidates) >= 3:
        median = sorted(candidates)[len(candidates) // 2]
        candidates = [date for date in candidates if (date - median).days <= _OUTLIER_DAYS]
    return max(candidates).isoformat()
