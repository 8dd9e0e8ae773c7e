"""TimelineJS JSON for `timeline events --format timelinejs`: the file Knight Lab's TimelineJS opens
(`new TL.Timeline(id, "events.json")`, or the JSON pasted into its authoring tool).

One slide per event: `start_date` (and `end_date` for ranges) at the event's own precision, the time when
known, its headline, and as text each distinct report (syndicated copies once, with their outlets) and
links to its documents. TimelineJS shows `text` as HTML, so everything from the documents is escaped.
Format: https://timeline.knightlab.com/docs/json-format.html
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from timeline.render import RenderOptions, date_label, event_sort_key, time_label
from timeline.render.jsonout import dumps
from timeline.render.sources import default_title, document_href, event_outlets, outlet_of, report_groups


def render(events: Sequence[dict], options: RenderOptions) -> str:
    documents_by_id = {str(document.get("id")): document for document in options.documents}
    ordered = sorted(events, key=event_sort_key)
    title = options.title if options.title and options.title != "时间线" else default_title(ordered)
    result = {
        "title": {
            "text": {
                "headline": html.escape(title),
                "text": html.escape(f"{len(ordered)} 条事件，{options.documents_read_count()} 篇文档"),
            }
        },
        "events": [
            slide for event in ordered if (slide := event_slide(event, documents_by_id, options)) is not None
        ],
    }
    return dumps(result, indent=2) + "\n"


def timelinejs_date(anchor: str, time: str | None = None) -> dict | None:
    """`2020-01-23` + `10:00` → {"year": 2020, "month": 1, "day": 23, "hour": 10, "minute": 0};
    a month or a year alone keeps only what is known. None for an anchor that is not a date."""
    parts = anchor.split("-") if anchor else []
    if not parts or len(parts) > 3 or not all(part.isdigit() for part in parts):
        return None
    date: dict[str, int] = dict(zip(("year", "month", "day"), (int(part) for part in parts), strict=False))
    if time and ":" in time and len(parts) == 3:
        hour, _, minute = time.partition(":")
        if hour.isdigit() and minute.isdigit():
            date["hour"], date["minute"] = int(hour), int(minute)
    return date


def event_slide(event: dict, documents_by_id: dict[str, dict], options: RenderOptions) -> dict | None:
    start = timelinejs_date(str(event.get("date") or ""), event.get("time"))
    if start is None:
        return None
    slide: dict = {"unique_id": str(event.get("id", "")), "start_date": start}
    until = event.get("until")
    end = timelinejs_date(str(until)) if until else None
    if end is not None:
        slide["end_date"] = end
    label = date_label(str(event.get("date") or ""), until)
    if event.get("time"):
        label += " " + time_label(event.get("time"))
    paragraphs = []
    for group in report_groups(event.get("mentions") or []):
        first = group.first
        doc_id = str(first.get("doc", ""))
        document = documents_by_id.get(doc_id) or {}
        outlets = list(dict.fromkeys(outlet_of(documents_by_id.get(doc), doc) for doc in group.docs))
        byline = "、".join(outlets[:5]) + (f" 等 {len(outlets)} 家" if len(outlets) > 5 else "")
        paragraphs.append(
            f"<p>{html.escape(str(first.get('sentence') or ''))}"
            f" <small>— {html.escape(str(document.get('title') or doc_id))}（{html.escape(byline)}）</small></p>"
        )
    links = []
    for source in event.get("sources") or []:
        document = documents_by_id.get(str(source)) or {}
        href = document_href(document, options.link_base)
        name = html.escape(outlet_of(document, str(source)))
        links.append(f'<a href="{html.escape(href)}">{name}</a>' if href else name)
    if links:
        paragraphs.append("<p>来源：" + "、".join(links) + "</p>")
    slide["text"] = {"headline": html.escape(str(event.get("title") or "")), "text": "".join(paragraphs)}
    slide["display_date"] = label
    outlets = event_outlets(event, documents_by_id)
    if outlets:
        slide["group"] = f"{len(outlets)} 家媒体" if len(outlets) > 1 else "单一来源"
    return slide
