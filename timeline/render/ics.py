"""An iCalendar file (RFC 5545) for `timeline events --format ics`: one VEVENT per event, to open the
timeline in a calendar program.

A day event is an all-day event; with a clock time it starts then (floating local time: the documents'
own time, no zone is invented) and lasts no time; a month or a year alone, or a range, spans its days.
DTSTAMP, which the format requires, is the event's own start, not the clock, so the file is the same on
every run. Text is escaped (`\\`, `;`, `,`, line ends) and lines are folded at 75 octets.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from timeline.render import RenderOptions, event_sort_key
from timeline.render.sources import event_outlets

PRODID = "-//timeline//Chinese news timeline//ZH"


def render(events: Sequence[dict], options: RenderOptions) -> str:
    documents_by_id = {str(document.get("id")): document for document in options.documents}
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if options.title:
        lines.append("X-WR-CALNAME:" + escape(options.title))
    for event in sorted(events, key=event_sort_key):
        lines.extend(vevent(event, documents_by_id))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def span(anchor: str) -> tuple[dt.date, dt.date] | None:
    parts = anchor.split("-") if anchor else []
    try:
        numbers = [int(part) for part in parts]
        if len(numbers) == 3:
            day = dt.date(*numbers)
            return day, day
        if len(numbers) == 2:
            year, month = numbers
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 1:
            return dt.date(numbers[0], 1, 1), dt.date(numbers[0], 12, 31)
    except ValueError:
        return None
    return None


def vevent(event: dict, documents_by_id: dict[str, dict]) -> list[str]:
    start = span(str(event.get("date") or ""))
    if start is None or start[0].year < 1:
        return []
    until = span(str(event.get("until") or "")) if event.get("until") else None
    first, last = start[0], max(start[1], until[1]) if until else start[1]
    lines = ["BEGIN:VEVENT", f"UID:{event.get('id', '')}@timeline", f"DTSTAMP:{first:%Y%m%d}T000000Z"]
    time = str(event.get("time") or "")
    if first == last and len(time) == 5 and time[2] == ":" and time.replace(":", "").isdigit():
        lines.append(f"DTSTART:{first:%Y%m%d}T{time.replace(':', '')}00")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{first:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}")  # the day after: exclusive
    lines.append("SUMMARY:" + escape(str(event.get("title") or "")))
    outlets = event_outlets(event, documents_by_id)
    sentences = list(
        dict.fromkeys(str(mention.get("sentence") or "") for mention in event.get("mentions") or [])
    )
    description = "\n\n".join(sentences[:5])
    if outlets:
        description += "\n\n来源：" + "、".join(outlets)
    lines.append("DESCRIPTION:" + escape(description))
    urls = [
        str((documents_by_id.get(str(source)) or {}).get("url") or "")
        for source in event.get("sources") or []
    ]
    urls = [url for url in urls if url.lower().startswith(("http://", "https://"))]
    if urls:
        lines.append("URL:" + urls[0])
    lines.append("END:VEVENT")
    return lines


def escape(text: str) -> str:
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # control characters are not allowed in a text value
    text = "".join(char if char == "\n" or ord(char) >= 0x20 and ord(char) != 0x7F else " " for char in text)
    return text.replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold at 75 octets of UTF-8 without splitting a character; continuation lines begin with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    pieces: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # the leading space counts
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)
