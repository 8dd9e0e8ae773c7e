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
from timeline.render.overview import chart_model, overview_model, precision_of
from timeline.render.sources import (
    default_title,
    document_href,
    event_outlets,
    knows_outlet,
    number_variances,
    outlet_of,
    report_groups,
    time_variances,
)
from timeline.textprep import without_inserted_pinyin

PAGE_TEMPLATE = "timeline.html.j2"
SCRIPT_TEMPLATE = "timeline.js.j2"

WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
ENTITY_TYPE_LABELS = {"person": "人物", "place": "地点", "org": "机构"}
# How a document's publication date was found, as the document list says it.
BASIS_LABELS = {
    "dateline": "电头/日期行",
    "byline": "署名行",
    "meta": "网页元数据",
    "inferred": "据正文推断",
    "filename": "文件名",
    "given": "命令行指定",
    "none": "不详",
}
SCRIPT_LABELS = {"hans": "简体", "hant": "繁体"}
# The title RenderOptions carries when nobody gave one: the page then derives its own from the corpus.
DEFAULT_TITLE = "时间线"
# Outlets named on a card before the rest are left to the expandable list.
OUTLETS_SHOWN = 4


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
    link_base = options.link_base
    ordered = sorted(events, key=event_sort_key)
    cards = {
        doc_id: document_card(doc_id, documents_by_id.get(doc_id), link_base) for doc_id in documents_by_id
    }
    views = [
        event_view(index, event, documents_by_id, cards, link_base) for index, event in enumerate(ordered)
    ]
    page_sections = sections(views)
    doc_cards = list(cards.values())
    doc_index = {card["id"]: index for index, card in enumerate(doc_cards)}
    drawn = chart_model([view["filter"] for view in views])
    title = options.title if options.title and options.title != DEFAULT_TITLE else default_title(ordered)
    sources = sorted({source for view in views for source in view["source_ids"]} | set(documents_by_id))
    entity_counts = Counter((entity["text"], entity["type"]) for view in views for entity in view["entities"])
    spans = [(view["span_start"], view["span_end"]) for view in views if view["span_start"]]
    return {
        "title": title,
        "summary": options.summary(events),
        "outlets": len({card["outlet"] for card in cards.values() if card["known_outlet"]}),
        "documents": [document_view(document, link_base) for document in options.documents],
        "sections": page_sections,
        "doc_index": doc_index,
        "overview": overview_model(page_sections),
        "sources": [{"id": source, "label": source_label(source, documents_by_id)} for source in sources],
        "entities": [
            {"text": text, "type": kind, "type_label": ENTITY_TYPE_LABELS.get(kind, kind), "count": count}
            for (text, kind), count in sorted(entity_counts.items(), key=lambda item: (-item[1], item[0]))
        ],
        "date_min": min((start for start, _ in spans), default=""),
        "date_min_label": human_date(min((start for start, _ in spans), default="")),
        "date_max_label": human_date(max((end for _, end in spans), default="")),
        "date_max": max((end for _, end in spans), default=""),
        "chart": drawn,
        "filter_data": {
            "events": [
                dict(view["filter"], sources=[doc_index[doc] for doc in view["filter"]["sources"]])
                for view in views
            ],
            # [id, outlet, link, publication date, headline] per document; events name them by position
            "docs": [
                [card["id"], card["outlet"], card["href"], card["published_label"], card["title"]]
                for card in doc_cards
            ],
            "bins": [[bar["start"], bar["end"], bar["label"]] for bar in drawn["bars"]] if drawn else [],
        },
    }


def document_card(doc_id: str, document: dict | None, link_base: str | None) -> dict:
    """What a report says about its document: headline, outlet, publication date, and a link."""
    document = document or {}
    published = str(document.get("published") or "")
    return {
        "id": doc_id,
        "title": str(document.get("title") or doc_id),
        "outlet": outlet_of(document, doc_id),
        "known_outlet": knows_outlet(document),
        "published": published,
        "published_label": human_published(published),
        "href": document_href(document, link_base) if document else "",
        "external": str(document.get("url") or "").lower().startswith(("http://", "https://")),
    }


def human_published(value: str) -> str:
    """`2020-01-23T02:00` → `2020年1月23日 02:00`; a date alone without the time."""
    if not value:
        return ""
    date, _, clock = value.partition("T")
    label = human_date(date) if parse_anchor(date) else date
    return f"{label} {clock[:5]}" if clock else label


def event_view(
    index: int,
    event: dict,
    documents_by_id: dict[str, dict],
    cards: dict[str, dict] | None = None,
    link_base: str | None = None,
) -> dict:
    date = str(event.get("date") or "")
    until = event.get("until")
    span_start, span_end = date_span(date, until)
    source_ids = [str(source) for source in event.get("sources") or []]
    cards = cards if cards is not None else {}

    def card(doc_id: str) -> dict:
        if doc_id not in cards:
            cards[doc_id] = document_card(doc_id, documents_by_id.get(doc_id), link_base)
        return cards[doc_id]

    # Syndicated copies are shown once, with the outlets that carry them; only the shown sentence is
    # escaped into the page, so 300 copies of a wire story cost one quote and 300 names.
    groups = []
    for group in report_groups(event.get("mentions") or []):
        shown = mention_view(group.first, documents_by_id)
        shown["doc_card"] = card(shown["doc"])
        copies = [card(doc) for doc in group.docs]
        groups.append(
            {
                "mention": shown,
                "copies": copies,
                "outlets": list(dict.fromkeys(copy["outlet"] for copy in copies)),
                "doc_ids": [copy["id"] for copy in copies],
            }
        )
    mentions = [group["mention"] for group in groups]
    for source in source_ids:
        card(source)  # every source is in the page's document table, reported or not
    outlets = event_outlets(event, documents_by_id)
    variances = [variance.to_json() for variance in number_variances(event) + time_variances(event)]
    for variance in variances:
        for value in variance["values"]:
            value["outlets"] = list(dict.fromkeys(card(doc)["outlet"] for doc in value["docs"]))
    entities = [
        {"text": str(entity.get("text", "")), "type": str(entity.get("type", ""))}
        for entity in event.get("entities") or []
        if entity.get("text")
    ]
    title = str(event.get("title") or "")
    # The event's own words, not its documents' headlines: those would make every event of a document
    # match a word of its headline. The source filter is there for documents.
    # Source ids and outlet names are matched by the page's script from its document table, not
    # copied into every event: a wire story in 300 papers would repeat 300 names per card.
    searchable = [title, date, *(entity["text"] for entity in entities)]
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
        "groups": groups,
        "reports": len(event.get("mentions") or []),
        "outlets": outlets,
        # "家媒体" when every source's outlet is known; "个来源" when some are only files
        "outlet_word": "家媒体" if all(card(source)["known_outlet"] for source in source_ids) else "个来源",
        "outlets_shown": outlets[:OUTLETS_SHOWN],
        "outlets_more": max(0, len(outlets) - OUTLETS_SHOWN),
        "variances": variances,
        "disagrees": any(not variance["agrees"] for variance in variances),
        "precision": precision_of(date),
        "entities": entities,
        "span_start": span_start,
        "span_end": span_end,
        "filter": {
            "index": index,
            "date": date,
            "precision": precision_of(date),
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


def document_view(document: dict, link_base: str | None = None) -> dict:
    basis = str(document.get("published_basis") or "")
    script = str(document.get("script") or "")
    doc_id = str(document.get("id", ""))
    return {
        "id": doc_id,
        "title": str(document.get("title") or ""),
        "outlet": outlet_of(document, doc_id) if knows_outlet(document) else "",
        "href": document_href(document, link_base),
        "external": str(document.get("url") or "").lower().startswith(("http://", "https://")),
        "published": str(document.get("published") or ""),
        "published_label": human_published(str(document.get("published") or "")) or "不详",
        "published_basis": basis,
        "basis_label": BASIS_LABELS.get(basis, basis),
        "encoding": str(document.get("encoding") or ""),
        "script": script,
        "script_label": SCRIPT_LABELS.get(script, script),
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
# The chart of events per period (day, week, month, quarter or year), drawn as inline SVG by the template.


def chart(views: Sequence[dict]) -> dict | None:
    """The events-per-period chart for `views` (each with `date`); see `overview.chart_model`."""
    return chart_model([{"date": str(view.get("date") or "")} for view in views])
