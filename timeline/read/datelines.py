"""Date lines of page metadata: a full date with an optional clock time, on normalized text."""

from __future__ import annotations

import datetime as dt
import re

# A full date with an optional clock time, on normalized (half-width, simplified) text.
_DATE = (
    r"(?P<year>(?:19|20)\d\d)\s*(?:年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"|(?P<sep>[-/.])(?P<month2>\d{1,2})(?P=sep)(?P<day2>\d{1,2})(?!\d))"
)
_CLOCK = r"(?:\s*(?P<hour>\d{1,2})\s*[:时]\s*(?P<minute>\d{2})(?:\s*:\s*\d{2})?\s*分?)?"
_DATE_LABEL = r"(?:(?:发布|发表|更新|出版|发稿|刊发)?(?:时间|日期)\s*:?\s*|(?:来源|稿源|作者)\s*:\s*[^\s,。;]{1,20}\s+)?"
_DATELINE = re.compile(rf"^{_DATE_LABEL}{_DATE}{_CLOCK}(?P<rest>.*)$")
_LABELLED_DATE = re.compile(rf"(?:发布|发表|更新|出版|发稿|刊发)(?:时间|日期)\s*:?\s*{_DATE}{_CLOCK}")
# What may follow the date on a dateline: nothing, a weekday, a separator, a metadata label, or a
# bare source name (`2020-03-04 13:56 人民网`). Never a sentence (`2020年2月23日,习近平…强调`).
_DATELINE_REST = re.compile(
    r"^\s*(?:星期.|周[一二三四五六日天])?\s*(?:$|[|丨/\[【(]"
    r"|(?:来源|来自|稿源|作者|编辑|责任编辑|记者|通讯员|字号|浏览|阅读|点击|发布|出处)"
    r"|[^,。;!?\d\s]{1,16}(?:网|报|社|台|刊|频道|客户端|新闻|在线)$)"
)


def _date_of(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    month = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    try:
        return dt.date(int(groups["year"]), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _iso_of(match: re.Match) -> str | None:
    date = _date_of(match)
    if date is None:
        return None
    hour, minute = match.groupdict().get("hour"), match.groupdict().get("minute")
    if hour is not None and minute is not None and int(hour) < 24 and int(minute) < 60:
        return f"{date.isoformat()}T{int(hour):02d}:{int(minute):02d}"
    return date.isoformat()


def is_dateline(line: str) -> bool:
    match = _DATELINE.match(line)
    return bool(match and _DATELINE_REST.match(match.group("rest")) and _date_of(match) is not None)
