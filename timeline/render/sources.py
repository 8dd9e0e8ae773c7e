"""What the renderers say about an event's sources: which outlet a document is, where a reader can open
it, which reports are copies of one another, where the reports agree and where they differ, and a
title for the whole run.

Shared by the table, HTML, CSV, TimelineJS and calendar renderers; imports neither rich nor jinja2, and
parses nothing: it reads the fields the pipeline already gave (document `url`, `path`, `title`,
`published`; report `sentence`, `value`; quantity `value`, `unit`, offsets).
"""

from __future__ import annotations

import os
import re
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "ReportGroup",
    "Variance",
    "default_title",
    "document_href",
    "event_outlets",
    "knows_outlet",
    "number_variances",
    "outlet_of",
    "report_groups",
    "time_variances",
]

# Document fields that name an outlet, when the reader found one (first present wins).
OUTLET_FIELDS = ("outlet", "site_name", "site", "publisher", "source")
# Two reports are one syndicated copy when this much of the shorter one's character trigrams are in the
# other: a copy with a different dateline or a dropped clause still counts.
NEAR_COPY = 0.8
# Sentences with fewer trigrams than this join only an exact copy: a short one is contained too easily.
MIN_NEAR_COPY_GRAMS = 8
# Characters left out when comparing sentences: spaces, punctuation, symbols.
_NOT_COMPARED = re.compile(r"[\s\W_]+", re.UNICODE)
_WWW = re.compile(r"^(?:www|m|wap)\d*\.", re.IGNORECASE)
_SAFE_SCHEMES = ("http://", "https://")


def outlet_of(document: dict | None, doc_id: str = "") -> str:
    """The outlet a document comes from: a named outlet field, else the host of its URL (`www.` cut),
    else its file name. Never empty when `doc_id` is given."""
    document = document or {}
    for name in OUTLET_FIELDS:
        value = document.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    url = document.get("url")
    if isinstance(url, str) and url.lower().startswith(_SAFE_SCHEMES):
        host = urllib.parse.urlsplit(url).hostname or ""
        if host:
            return _WWW.sub("", host)
    return str(document.get("id") or doc_id)


def knows_outlet(document: dict | None) -> bool:
    """Whether `outlet_of` names an outlet (a field or a URL) rather than falling back to the file."""
    document = document or {}
    if any(isinstance(document.get(name), str) and document[name].strip() for name in OUTLET_FIELDS):
        return True
    url = document.get("url")
    return isinstance(url, str) and url.lower().startswith(_SAFE_SCHEMES)


def document_href(document: dict | None, base_dir: str | None = None) -> str:
    """A link a reader can follow to the document: its `url` when that is http(s), else a relative link
    to its file from `base_dir` (the folder the page is written in; the working folder when None).
    Empty for standard input or a document without a path. Never a `javascript:` or other scheme: a
    file name such as `javascript:alert(1).txt` becomes `./javascript%3Aalert%281%29.txt`."""
    document = document or {}
    url = document.get("url")
    if (
        isinstance(url, str)
        and url.lower().startswith(_SAFE_SCHEMES)
        and not any(c in url for c in '"<>\n\r ')
    ):
        return url
    path = document.get("path")
    if not isinstance(path, str) or not path or path == "-":
        return ""
    try:
        relative = os.path.relpath(os.path.abspath(path), os.path.abspath(base_dir or os.curdir))
    except ValueError:  # another drive on Windows
        relative = os.path.abspath(path)
    quoted = urllib.parse.quote(relative.replace(os.sep, "/"), safe="/")
    return quoted if quoted.startswith(("../", "/")) else "./" + quoted


def _normalized(sentence: str) -> str:
    text = unicodedata.normalize("NFKC", sentence)
    try:
        from timeline.textprep import to_simplified

        text = to_simplified(text)
    except ImportError:  # compare as written
        pass
    return _NOT_COMPARED.sub("", text).lower()


def _trigrams(text: str) -> set[str]:
    if len(text) < 3:
        return {text}
    return {text[index : index + 3] for index in range(len(text) - 2)}


@dataclass
class ReportGroup:
    """Reports of one event that say the same thing (identical or near-identical sentences), shown once.
    `first` is the report shown; `mentions` are all of them in event order."""

    first: dict
    mentions: list[dict] = field(default_factory=list)

    @property
    def docs(self) -> list[str]:
        return list(dict.fromkeys(str(mention.get("doc", "")) for mention in self.mentions))


def report_groups(mentions: Sequence[dict]) -> list[ReportGroup]:
    """The event's reports with syndicated copies together, in the order of their first report.

    Exact copies (after normalizing script, width, spaces and punctuation) join at once; the rest join
    the first group whose first sentence shares NEAR_COPY of the shorter one's trigrams. Linear in the reports for
    exact copies, so a card with 300 copies of one wire story costs 300 dictionary look-ups."""
    groups: list[ReportGroup] = []
    by_text: dict[str, ReportGroup] = {}
    grams: list[set[str]] = []
    for mention in mentions:
        key = _normalized(str(mention.get("sentence") or ""))
        group = by_text.get(key)
        if group is None:
            mine = _trigrams(key)
            for index, other in enumerate(grams):
                smaller = min(len(mine), len(other))
                if smaller >= MIN_NEAR_COPY_GRAMS and len(mine & other) / smaller >= NEAR_COPY:
                    group = groups[index]
                    break
            if group is None:
                group = ReportGroup(first=mention)
                groups.append(group)
                grams.append(mine)
            by_text[key] = group
        group.mentions.append(mention)
    return groups


def event_outlets(event: dict, documents_by_id: dict[str, dict]) -> list[str]:
    """The distinct outlets of an event's sources, most reports first, then by name."""
    counts = Counter(
        outlet_of(documents_by_id.get(str(source)), str(source)) for source in event.get("sources") or []
    )
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


@dataclass
class Variance:
    """One thing the reports of an event state: a number of a unit (what it counts, e.g. `死亡`) or a
    time, with each value and the documents that give it. `agrees` when every document gives one value."""

    kind: str  # "number" or "time"
    label: str  # what is counted (`人 死亡`), or `时间`
    values: list[tuple[str, list[str]]]  # (value as shown, document ids), most documents first

    @property
    def agrees(self) -> bool:
        return len(self.values) == 1

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "label": self.label,
            "agrees": self.agrees,
            "values": [{"value": value, "docs": docs} for value, docs in self.values],
        }


_HAN = re.compile(r"[\u3400-\u9fff]")


def _context_word(sentence: str, start: int, end: int) -> str:
    """What a number counts, from the two Han characters after it (`86人死亡` → 死亡), else before it
    (`死亡人数86人` → 人数)."""
    after = sentence[end : end + 2]
    if len(after) == 2 and all(_HAN.match(char) for char in after):
        return after
    before = sentence[max(0, start - 2) : start]
    if len(before) == 2 and all(_HAN.match(char) for char in before):
        return before
    return ""


def _number_text(quantity: dict) -> str:
    value = quantity.get("value")
    if value is None and quantity.get("min") is not None:
        value = f"{_plain(quantity['min'])}–{_plain(quantity.get('max'))}"
    else:
        value = _plain(value)
    prefix = {"MORE_THAN": "逾", "LESS_THAN": "近", "APPROX": "约"}.get(str(quantity.get("approx") or ""), "")
    return f"{prefix}{value}{quantity.get('unit') or ''}"


def _plain(number: object) -> str:
    if isinstance(number, float) and number.is_integer():
        return str(int(number))
    return str(number)


def number_variances(event: dict) -> list[Variance]:
    """Numbers that two or more documents of the event state about the same thing, with what each says.

    A quantity belongs to the report of its document whose sentence holds it; what it counts is its unit
    and the word beside it, so `86人死亡` and `113人死亡` are one thing and `3人受伤` another. Kept only
    where at least two documents speak, and for a document only its first value of that thing."""
    by_doc: dict[str, list[dict]] = {}
    for mention in event.get("mentions") or []:
        by_doc.setdefault(str(mention.get("doc", "")), []).append(mention)
    stated: dict[tuple[str, str], dict[str, str]] = {}
    for quantity in event.get("quantities") or []:
        doc = str(quantity.get("doc", ""))
        unit = str(quantity.get("unit") or "")
        if not unit or unit == "%" and quantity.get("value") is None:
            continue
        start, end = quantity.get("start"), quantity.get("end")
        word = ""
        for mention in by_doc.get(doc, []):
            sentence_start = mention.get("sentence_start")
            sentence = str(mention.get("sentence") or "")
            if isinstance(sentence_start, int) and isinstance(start, int) and isinstance(end, int):
                if sentence_start <= start and end <= sentence_start + len(sentence):
                    word = _context_word(sentence, start - sentence_start, end - sentence_start)
                    break
        if not word:
            continue  # a number whose subject we cannot see is not compared
        stated.setdefault((unit, word), {}).setdefault(doc, _number_text(quantity))
    variances = []
    for (unit, word), per_doc in stated.items():
        if len(per_doc) < 2:
            continue
        variances.append(Variance("number", f"{word}（{unit}）", _grouped(per_doc)))
    return sorted(variances, key=lambda variance: (variance.agrees, variance.label))


def time_variances(event: dict) -> list[Variance]:
    """The dates and clock times the documents give the event, when two or more documents give one
    (a report's `value`: `2022-03-21T14:38`). One entry, `时间`, when they differ or agree."""
    per_doc: dict[str, str] = {}
    for mention in event.get("mentions") or []:
        value = str(mention.get("value") or "")
        if "T" in value and ":" in value:
            per_doc.setdefault(str(mention.get("doc", "")), value.replace("T", " "))
    if len(per_doc) < 2:
        return []
    return [Variance("time", "时间", _grouped(per_doc))]


def _grouped(per_doc: dict[str, str]) -> list[tuple[str, list[str]]]:
    by_value: dict[str, list[str]] = {}
    for doc, value in per_doc.items():
        by_value.setdefault(value, []).append(doc)
    return sorted(
        ((value, sorted(docs)) for value, docs in by_value.items()), key=lambda item: (-len(item[1]), item[0])
    )


# From this many events on, the title's span leaves out the earliest and latest 5%.
TRIM_FROM = 20


def default_title(events: Sequence[dict], top: int = 3) -> str:
    """A page title from the run itself: its span and its most reported entities,
    e.g. `2022年3月21日—3月26日：东航、藤县、MU5735`; `时间线` when there is nothing to go on."""
    # A year alone (2020) sorts before every month and day of it and would open the span on a date no
    # event has (2020年—7月6日): years span the title only when no event has more than a year.
    dated = [event for event in events if event.get("date")]
    finer = [event for event in dated if len(str(event["date"])) > 4]
    dates = sorted(str(event["date"]) for event in finer or dated)
    ends = sorted(str(event.get("until") or event["date"]) for event in finer or dated)
    if len(dates) >= TRIM_FROM:
        # a stray date read from a page (a founding year, a typo) should not stretch the title's span
        cut = len(dates) // 20
        dates, ends = dates[cut:], ends[: len(ends) - cut]
    counts: Counter[str] = Counter()
    for event in events:
        weight = len(event.get("sources") or []) or 1
        for entity in {str(entity.get("text") or "") for entity in event.get("entities") or []}:
            if entity:
                counts[entity] += weight
    names = [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]]
    span = _span_label(dates[0], ends[-1]) if dates else ""
    if span and names:
        return f"{span}：{'、'.join(names)}"
    return span or ("、".join(names) if names else "时间线")


def _human(value: str) -> tuple[str, str, str]:
    parts = value.split("-")
    year = parts[0]
    month = str(int(parts[1])) if len(parts) > 1 and parts[1].isdigit() else ""
    day = str(int(parts[2])) if len(parts) > 2 and parts[2].isdigit() else ""
    return year, month, day


def _span_label(first: str, last: str) -> str:
    (y1, m1, d1), (y2, m2, d2) = _human(first), _human(last)

    def full(year: str, month: str, day: str) -> str:
        return year + "年" + (month + "月" if month else "") + (day + "日" if day else "")

    start = full(y1, m1, d1)
    if (y1, m1, d1) == (y2, m2, d2):
        return start
    if y1 != y2:
        return f"{start}—{full(y2, m2, d2)}"
    if m1 != m2 or not d2:
        return f"{start}—" + (m2 + "月" if m2 else "") + (d2 + "日" if d2 else "")
    return f"{start}—{d2}日"
