"""The self-contained HTML timeline page for `timeline events --format html` / `--html FILE`.

The only module of the library that imports jinja2. The page is built from `templates/timeline.html.j2`
(with its CSS and script as includes, inlined), needs no network and no server, and escapes everything
that comes from the documents: autoescaping for the markup, and `script_json` for the embedded data.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from timeline.render import RenderOptions, date_label, event_sort_key, time_label
from timeline.textprep import without_inserted_pinyin

PAGE_TEMPLATE = "timeline.html.j2"
SCRIPT_TEMPLATE = "timeline.js.j2"

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
ENTITY_TYPE_LABELS = {"person": "人物", "place": "地点", "org": "机构"}

# The chart switches from days to weeks to months so that it never has more than this many bars.
MAX_CHART_BARS = 62


def render(events: Sequence[dict], options: RenderOptions) -> str:
    environment = template_environment()
    page = page_model(events, options)
    script = environment.get_template(SCRIPT_TEMPLATE).render()
    # The Content-Security-Policy allows exactly this script, so even markup that slipped through
    # escaping could not run a script of its own.
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return environment.get_template(PAGE_TEMPLATE).render(
        page=page,
        script=Markup(script),
        script_hash=script_hash,
        data_json=Markup(script_json(page["filter_data"])),
    )


def templates_dir() -> Path:
    """`timeline/templates` in an installed wheel (pyproject force-includes it), `<repo>/templates` in a
    source checkout."""
    package_dir = Path(__file__).resolve().parent.parent
    candidates = [package_dir / "templates", package_dir.parent / "templates"]
    for candidate in candidates:
        if (candidate / PAGE_TEMPLATE).is_file():
            return candidate
    searched = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"HTML templates not found (looked for {PAGE_TEMPLATE} in: {searched})")


@lru_cache(maxsize=1)
def template_environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def script_json(value: object) -> str:
    """JSON that is safe inside `<script type="application/json">`: no `<`, `>` or `&` (so no `</script>`
    or `<!--` can end or confuse the element) and no U+2028/U+2029 (line breaks to older JavaScript)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


# ---------------------------------------------------------------------------------------------------------
# The page model: everything the template shows, worked out here so the template only lays it out.


def page_model(events: Sequence[dict], options: RenderOptions) -> dict:
    documents_by_id = {str(document.get("id")): document for document in options.documents}
    ordered = sorted(events, key=event_sort_key)
    views = [event_view(index, event, documents_by_id) for index, event in enumerate(ordered)]
    sources = sorted({source for view in views for source in view["source_ids"]} | set(documents_by_id))
    entity_counts = Counter((entity["text"], entity["type"]) for view in views for entity in view["entities"])
    spans = [(view["span_start"], view["span_end"]) for view in views if view["span_start"]]
    return {
        "title": options.title,
        "summary": options.summary(events),
        "documents": [document_view(document) for document in options.documents],
        "sections": sections(views),
        "sources": [{"id": source, "label": source_label(source, documents_by_id)} for source in sources],
        "entities": [
            {"text": text, "type": kind, "type_label": ENTITY_TYPE_LABELS.get(kind, kind), "count": count}
            for (text, kind), count in sorted(entity_counts.items(), key=lambda item: (-item[1], item[0]))
        ],
        "date_min": min((start for start, _ in spans), default=""),
        "date_max": max((end for _, end in spans), default=""),
        "chart": chart(views),
        "filter_data": {"events": [view["filter"] for view in views]},
    }


def event_view(index: int, event: dict, documents_by_id: dict[str, dict]) -> dict:
    date = str(event.get("date") or "")
    until = event.get("until")
    span_start, span_end = date_span(date, until)
    source_ids = [str(source) for source in event.get("sources") or []]
    mentions = [mention_view(mention, documents_by_id) for mention in event.get("mentions") or []]
    entities = [
        {"text": str(entity.get("text", "")), "type": str(entity.get("type", ""))}
        for entity in event.get("entities") or []
        if entity.get("text")
    ]
    title = str(event.get("title") or "")
    # The event's own words, not its documents' headlines: those would make every event of a document
    # match a word of its headline. The source filter is there for documents.
    searchable = [title, date, *source_ids, *(entity["text"] for entity in entities)]
    searchable += [mention["sentence"] for mention in mentions]
    return {
        "index": index,
        "id": str(event.get("id", "")),
        "date": date,
        "date_label": date_label(date, until),
        "until_label": human_date(until) if until else "",
        "time": event.get("time") or "",
        "time_label": time_label(event.get("time")),
        "title": title,
        "source_ids": source_ids,
        "sources": [{"id": source, "label": source_label(source, documents_by_id)} for source in source_ids],
        "mentions": mentions,
        "reports": len(mentions),
        "entities": entities,
        "span_start": span_start,
        "span_end": span_end,
        "filter": {
            "index": index,
            "start": span_start,
            "end": span_end,
            "sources": source_ids,
            "entities": sorted({entity["text"] for entity in entities}),
            "search": searchable_text(searchable),
        },
    }


def mention_view(mention: dict, documents_by_id: dict[str, dict]) -> dict:
    """The quoted sentence cut into the text before, at and after the time expression, so the template
    can wrap the expression in <mark> and escape all three parts."""
    sentence = str(mention.get("sentence") or "")
    expression = str(mention.get("text") or "")
    before, marked, after = sentence, "", ""
    offset = expression_offset(mention, sentence, expression)
    if offset is not None:
        before = sentence[:offset]
        marked = expression
        after = sentence[offset + len(expression) :]
    # shown without the pinyin a broken conversion inserted (產(chǎn)); each part sees the character before it
    before, marked, after = (
        without_inserted_pinyin(before),
        without_inserted_pinyin(marked, before[-1:]),
        without_inserted_pinyin(after, (before + marked)[-1:]),
    )
    doc = str(mention.get("doc", ""))
    return {
        "doc": doc,
        "doc_label": source_label(doc, documents_by_id),
        "sentence": sentence,
        "before": before,
        "marked": marked,
        "after": after,
        "value": str(mention.get("value") or ""),
    }


def expression_offset(mention: dict, sentence: str, expression: str) -> int | None:
    """Where the time expression starts inside its sentence: from the sentence's own start offset when
    the pipeline gives one, else the first place the expression's text occurs in the sentence."""
    if not expression:
        return None
    sentence_start = mention.get("sentence_start")
    start = mention.get("start")
    if isinstance(sentence_start, int) and isinstance(start, int):
        offset = start - sentence_start
        if sentence[offset : offset + len(expression)] == expression:
            return offset
    offset = sentence.find(expression)
    return offset if offset >= 0 else None


def document_view(document: dict) -> dict:
    return {
        "id": str(document.get("id", "")),
        "title": str(document.get("title") or ""),
        "published": str(document.get("published") or ""),
        "published_basis": str(document.get("published_basis") or ""),
        "encoding": str(document.get("encoding") or ""),
        "script": str(document.get("script") or ""),
    }


def source_label(source: str, documents_by_id: dict[str, dict]) -> str:
    document = documents_by_id.get(source) or {}
    return str(document.get("title") or source)


def searchable_text(parts: Sequence[str]) -> str:
    """Lower-cased text the search box matches against, with a simplified-script copy of anything
    traditional, so 武汉 finds 武漢."""
    text = "\n".join(part for part in parts if part)
    simplified = _to_simplified(text)
    if simplified != text:
        text = text + "\n" + simplified
    return text.lower()


def _to_simplified(text: str) -> str:
    try:
        from timeline.textprep import to_simplified
    except ImportError:  # the page still works, searching only as written
        return text
    return to_simplified(text)


# ---------------------------------------------------------------------------------------------------------
# Dates: spans for the date-range filter, labels, grouping by month and day.


def parse_anchor(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` anchor; None for anything else."""
    if not value:
        return None
    try:
        parts = [int(part) for part in value.split("-")]
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
        if len(parts) == 2:
            year, month = parts
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def date_span(date: str, until: str | None) -> tuple[str, str]:
    start = parse_anchor(date)
    if start is None:
        return "", ""
    end = parse_anchor(until) or start
    return start[0].isoformat(), max(start[1], end[1]).isoformat()


def human_date(value: str | None) -> str:
    parsed = parse_anchor(value)
    if parsed is None or not value:
        return value or ""
    first = parsed[0]
    precision = value.count("-")
    if precision == 2:
        return f"{first.year}年{first.month}月{first.day}日"
    if precision == 1:
        return f"{first.year}年{first.month}月"
    return f"{first.year}年"


def sections(views: Sequence[dict]) -> list[dict]:
    """Month sections (a year section for year-precision events), each with its month-precision events
    first and then its days, in the order of `views` (already chronological)."""
    result: list[dict] = []
    by_key: dict[str, dict] = {}
    for view in views:
        date = view["date"]
        section_key = date[:7] if len(date) >= 7 else date
        section = by_key.get(section_key)
        if section is None:
            section = {"key": section_key, "label": section_label(section_key), "loose": [], "days": []}
            by_key[section_key] = section
            result.append(section)
        if len(date) == 10:
            if not section["days"] or section["days"][-1]["key"] != date:
                section["days"].append({"key": date, "label": day_label(date), "events": []})
            section["days"][-1]["events"].append(view)
        else:
            section["loose"].append(view)
    for section in result:
        section["count"] = len(section["loose"]) + sum(len(day["events"]) for day in section["days"])
        section["loose_label"] = (
            "日期不详（仅知月份）" if len(section["key"]) == 7 else "日期不详（仅知年份）"
        )
    return result


def section_label(key: str) -> str:
    return human_date(key) if parse_anchor(key) else (key or "日期不详")


def day_label(date: str) -> str:
    parsed = parse_anchor(date)
    if parsed is None:
        return date
    day = parsed[0]
    return f"{day.month}月{day.day}日 {WEEKDAYS[day.weekday()]}"


# ---------------------------------------------------------------------------------------------------------
# The chart of events per day (or week, or month, for long spans), drawn as inline SVG by the template.


def chart(views: Sequence[dict]) -> dict | None:
    spans = [parse_anchor(view["date"]) for view in views if len(view["date"]) == 10]
    days = [span[0] for span in spans if span]
    if not days:
        return None
    first, last = min(days), max(days)
    span = (last - first).days + 1
    if span <= MAX_CHART_BARS:
        unit, bucket_of = "日", (lambda day: day)
    elif span <= MAX_CHART_BARS * 7:
        unit, bucket_of = "周", (lambda day: day - dt.timedelta(days=day.weekday()))
    else:
        unit, bucket_of = "月", (lambda day: day.replace(day=1))
    counts = Counter(bucket_of(day) for day in days)
    buckets = []
    bucket = bucket_of(first)
    while bucket <= last:
        buckets.append(bucket)
        bucket = next_bucket(bucket, unit)
    peak = max(counts.values())
    width, height, gap = 600, 100, 1
    bar_width = width / len(buckets)
    bars = []
    for position, bucket in enumerate(buckets):
        count = counts.get(bucket, 0)
        bar_height = round(height * count / peak, 2)
        bars.append(
            {
                "x": round(position * bar_width, 2),
                "y": round(height - bar_height, 2),
                "width": round(max(bar_width - gap, 0.5), 2),
                "height": bar_height,
                "label": f"{bucket_label(bucket, unit)}：{count} 条",
                "count": count,
            }
        )
    return {
        "unit": unit,
        "width": width,
        "height": height,
        "bars": bars,
        "peak": peak,
        "first_label": bucket_label(buckets[0], unit),
        "last_label": bucket_label(buckets[-1], unit),
        "total": len(days),
    }


def next_bucket(bucket: dt.date, unit: str) -> dt.date:
    if unit == "日":
        return bucket + dt.timedelta(days=1)
    if unit == "周":
        return bucket + dt.timedelta(days=7)
    return (bucket.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def bucket_label(bucket: dt.date, unit: str) -> str:
    if unit == "日":
        return f"{bucket.year}年{bucket.month}月{bucket.day}日"
    if unit == "周":
        return f"{bucket.year}年{bucket.month}月{bucket.day}日起一周"
    return f"{bucket.year}年{bucket.month}月"
