"""CSV for `timeline events --format csv`: one row per event, followed by one row per report of it.

The `row` column says which (`event` or `report`); both kinds share the event's columns, so a sheet
filtered on `row = event` is the timeline and one filtered on `row = report` is every report with its
event beside it. The text starts with a UTF-8 byte order mark, which spreadsheet programs need to read
Chinese as UTF-8 (Python's `utf-8-sig`, pandas and LibreOffice skip it). Cells that a spreadsheet would
run as a formula (starting `=`, `+`, `-`, `@`) are prefixed with `'`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from timeline.render import RenderOptions, event_sort_key
from timeline.render.sources import event_outlets, outlet_of

COLUMNS = (
    "row",
    "event_id",
    "date",
    "until",
    "time",
    "title",
    "sources",
    "outlets",
    "entities",
    "quantities",
    "doc",
    "outlet",
    "doc_title",
    "published",
    "url",
    "sentence",
    "expression",
    "value",
)
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(events: Sequence[dict], options: RenderOptions) -> str:
    documents_by_id = {str(document.get("id")): document for document in options.documents}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in sorted(events, key=event_sort_key):
        outlets = event_outlets(event, documents_by_id)
        shared = {
            "event_id": event.get("id", ""),
            "date": event.get("date") or "",
            "until": event.get("until") or "",
            "time": event.get("time") or "",
            "title": event.get("title") or "",
            "sources": len(event.get("sources") or []),
            "outlets": "、".join(outlets),
            "entities": "、".join(str(entity.get("text", "")) for entity in event.get("entities") or []),
            "quantities": "、".join(
                str(quantity.get("text", "")) for quantity in event.get("quantities") or []
            ),
        }
        writer.writerow(_row(dict(shared, row="event")))
        for mention in event.get("mentions") or []:
            doc_id = str(mention.get("doc", ""))
            document = documents_by_id.get(doc_id) or {}
            writer.writerow(
                _row(
                    dict(
                        shared,
                        row="report",
                        doc=doc_id,
                        outlet=outlet_of(document, doc_id),
                        doc_title=document.get("title") or "",
                        published=document.get("published") or "",
                        url=document.get("url") or "",
                        sentence=mention.get("sentence") or "",
                        expression=mention.get("text") or "",
                        value=mention.get("value") or "",
                    )
                )
            )
    return BOM + buffer.getvalue()


def _row(values: dict) -> list[str]:
    return [_cell(values.get(column, "")) for column in COLUMNS]


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    # A negative number stays a number; any other text a spreadsheet would evaluate is quoted.
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
