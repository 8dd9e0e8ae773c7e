"""Reading documents for `timeline extract`: paths, bytes to text, HTML to text, noise, title, date.

The pipeline for one file is `load_document(path, doc_id)`:
1. the bytes are decoded (`read_bytes_text`: BOMs, UTF-16 without a BOM, UTF-8, GB18030/GBK, Big5, with
   a frequency check of common Chinese characters to choose between the CJK codecs on short files);
2. HTML is turned into plain text (`html_to_text`); the decoded (or extracted) text is then kept as is,
   because every offset reported later points into it (CR and CRLF line ends included);
3. noise lines (repeated captions, banners, spam, navigation, editor credits, datelines) are marked
   without changing the text (`clean_lines`);
4. the headline (`find_title`) and the publication time (`find_publication`) are read from the text.

Matching is done on `textprep.prepare(text).text` (simplified, half-width, pinyin removed), whose lines
correspond one to one with the lines of the original text, so every rule sees one spelling.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from timeline.read.chrome import (
    CleanText,
    NoiseLine,
    clean_lines,
    credit_prefixes,
    related_tails,
    stamp_prefixes,
)
from timeline.read.decode import read_bytes_text
from timeline.read.errors import DocumentError, DocumentTooLarge
from timeline.read.headline import find_heading, find_title, stray_headlines
from timeline.read.html import _html_charset, _parse_html, html_to_text, looks_like_html
from timeline.read.outlet import find_outlet
from timeline.read.paths import STDIN_PATH, _read_path, iter_document_paths
from timeline.read.published import find_publication
from timeline.read.refs import iso_reference
from timeline.textprep import Prepared, prepare


def _normalize_ref(ref: str | dt.date | dt.datetime | None) -> str | None:
    if ref is None or ref == "":
        return None
    if isinstance(ref, dt.datetime):
        return ref.strftime("%Y-%m-%dT%H:%M") if (ref.hour or ref.minute) else ref.date().isoformat()
    if isinstance(ref, dt.date):
        return ref.isoformat()
    iso = iso_reference(str(ref))
    if iso is None:
        raise ValueError(f"reference time {ref!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    return iso


@dataclass(frozen=True)
class PageFacts:
    """What an HTML page says of itself besides its text: headline, title, date metadata, URL."""

    headline: str = ""  # the first <h1>
    title: str = ""  # og:title, the JSON-LD headline, else <title>
    dates: tuple[tuple[str, str], ...] = ()  # (name, value), best first
    url: str | None = None  # canonical link or og:url
    site_name: str | None = None  # og:site_name


def document_from_text(
    text: str,
    doc_id: str,
    path: str,
    encoding_name: str,
    ref: str | dt.date | dt.datetime | None = None,
    *,
    source_format: str = "text",
    page: PageFacts | None = None,
    prepared: Prepared | None = None,
    warnings: list[str] | None = None,
) -> dict:
    """A Document (see CONTRACT.md) for an already decoded text, without `mentions`/`quantities`.

    `published` is the document's own date when it has one (metadata, dateline, byline, a date in
    its URL or file name, or inferred from its text), with `published_basis` and the
    `published_evidence` it rests on; `ref` is used when it has none (`given`), and to tell the year
    of its own wire dateline when that gives only a month-day or a day (`【某某1月27日讯】`). The title is
    the headline above the dateline, or the page's `<h1>`/`og:title`, and "" when the text shows no
    headline (the report's first sentence is not its title). `noise_spans` are
    `[start, end)` spans of `text` that later stages skip. `warnings` are one-line notes about
    reading it (see `load_document`)."""
    prepared = prepared or prepare(text)
    clean = clean_lines(text, prepared)
    page = page or PageFacts()
    try:
        given = _normalize_ref(ref)
    except ValueError:
        given = None  # a malformed reference is reported below, when the page has no date to stand on
    publication = find_publication(
        text,
        prepared,
        clean,
        meta=list(page.dates),
        path=None if path == STDIN_PATH else path,
        given=dt.date.fromisoformat(given[:10]) if given else None,
    )
    dateline_at = next(
        (item.start for item in publication.evidence if item.kind == "dateline" and item.start >= 0), None
    )
    hints = tuple(hint for hint in (page.headline, page.title) if hint)
    heading = find_heading(text, clean, prepared, dateline_at=dateline_at, hints=hints)
    title = heading.headline
    published, basis = publication.value, publication.basis
    evidence = [item.to_json() for item in publication.evidence]
    if published is None:
        given = _normalize_ref(ref)
        if given is not None:
            published, basis = given, "given"
    document = {
        "id": doc_id,
        "path": path,
        "title": title,
        "published": published,
        "published_basis": basis,
        "published_evidence": evidence,
        "encoding": encoding_name,
        "script": prepared.script,
        "format": source_format,
        "chars": len(text),
        "warnings": list(warnings or []),
        "noise_spans": sorted(
            clean.noise_spans
            + stamp_prefixes(text, clean)
            + credit_prefixes(text, clean)
            + related_tails(text, clean)
            + stray_headlines(text, clean, heading.top, prepared)
        ),
        "text": text,
    }
    if publication.dateline_day and basis != "given":
        document["dateline_day"] = publication.dateline_day
    if page.url:
        document["url"] = page.url
    outlet = page.site_name or find_outlet(prepared, clean.head_lines)
    if outlet:
        document["outlet"] = outlet
    return document


def load_document(
    path: str,
    doc_id: str,
    *,
    encoding: str | None = None,
    ref: str | dt.date | dt.datetime | None = None,
    prepared_hook: Callable[[Prepared], None] | None = None,
    max_bytes: int | None = None,
) -> dict:
    """Read, decode and describe one document (a path from `iter_document_paths`, or `-`).

    Raises `DocumentError` ("<path>: <reason>") when the path is missing, unreadable, binary,
    undecodable, or larger than `max_bytes` (`DocumentTooLarge`, raised before the file is read).
    An HTML document (by extension, or by its first bytes) is reduced to its text, and offsets then
    point into that text; its <meta charset> is tried before detection.
    A document that can be read but needs a word of caution (empty, only whitespace, a few invalid
    UTF-8 bytes replaced) gets one-line messages in its `warnings` list.
    `prepared_hook` receives the prepared text, so that callers can reuse it instead of preparing again."""
    data = _read_path(path, max_bytes)
    is_html = looks_like_html(data[:2000].decode("latin-1"), "" if path == STDIN_PATH else path)
    warnings: list[str] = []
    try:
        if encoding is None and is_html and (declared := _html_charset(data)):
            try:
                text, encoding_name = read_bytes_text(data, declared)
            except DocumentError:
                text, encoding_name = read_bytes_text(data, warnings=warnings)
        else:
            text, encoding_name = read_bytes_text(data, encoding, warnings=warnings)
    except DocumentError as error:
        raise DocumentError(f"{path}: {error}") from None
    page = None
    source_format = "text"
    if is_html:
        collector = _parse_html(text)
        text = collector.text()
        source_format = "html"
        page = PageFacts(
            headline=collector.headline(),
            title=collector.page_title(),
            dates=tuple(collector.publication_dates()),
            url=collector.url(),
            site_name=collector.meta.get("og:site_name"),
        )
    if not data:
        warnings.append("empty file, no text")
    elif not text.strip():
        warnings.append("no visible text" if is_html else "only whitespace, no text")
    prepared = prepare(text)
    if prepared_hook is not None:
        prepared_hook(prepared)
    return document_from_text(
        text,
        doc_id,
        path,
        encoding_name,
        ref,
        source_format=source_format,
        page=page,
        prepared=prepared,
        warnings=warnings,
    )


__all__ = [
    "CleanText",
    "DocumentError",
    "DocumentTooLarge",
    "NoiseLine",
    "clean_lines",
    "document_from_text",
    "find_publication",
    "find_title",
    "html_to_text",
    "iter_document_paths",
    "load_document",
    "read_bytes_text",
]
