"""Extraction: a document read from disk (or standard input) with its time mentions and quantities."""

from __future__ import annotations

from timeline.api import parse_prepared
from timeline.documents import document_from_text, load_document
from timeline.read.paths import display_name
from timeline.textprep import Prepared, prepare

EXTRACT_SCHEMA = "timeline.extract/1"
# Fields that stay in memory for the events stage but are not part of the JSON output.
PRIVATE_FIELDS = ("text", "noise_spans")


def reference_for(document: dict, ref: str | None) -> str | None:
    """The reference time of a document: the day its report's wire dateline names when the page came
    out a few days later (`dateline_day`: 今日 under `(吉隆坡3日讯)` is the 3rd), else its own date, else
    `--ref`, else unknown (None). Never the clock: an undated document keeps what needs a reference
    unresolved (`XXXX-01-22`)."""
    return document.get("dateline_day") or document.get("published") or ref or None


def add_annotations(document: dict, ref: str | None = None, prepared: Prepared | None = None) -> dict:
    """Add `mentions` and `quantities` (offsets into the decoded text) to a loaded document."""
    prepared = prepared or prepare(document["text"])
    result = parse_prepared(prepared, reference_for(document, ref))
    document["mentions"] = result["mentions"]
    document["quantities"] = result["quantities"]
    return document


def extract_text(text: str, ref: str | None = None, doc_id: str = "-", path: str = "-") -> dict:
    """A Document for text already in memory (used by benchmarks and tests)."""
    prepared = prepare(text)
    document = document_from_text(text, doc_id, path, "utf-8", ref, prepared=prepared)
    return add_annotations(document, ref, prepared)


def extract_path(
    path: str,
    doc_id: str,
    *,
    encoding: str | None = None,
    ref: str | None = None,
    max_bytes: int | None = None,
) -> dict:
    """Read, decode and annotate one document. Raises DocumentError when it cannot be read
    (DocumentTooLarge when it is over `max_bytes`)."""
    kept: list[Prepared] = []
    document = load_document(
        path, doc_id, encoding=encoding, ref=ref, prepared_hook=kept.append, max_bytes=max_bytes
    )
    return add_annotations(document, ref, kept[0])


def public_document(document: dict) -> dict:
    """The document as JSON output shows it: without the text and internal spans, its path shown as
    its id is (a byte that is not UTF-8 as `\\xff`, a control character escaped)."""
    public = {key: value for key, value in document.items() if key not in PRIVATE_FIELDS}
    if isinstance(public.get("path"), str):
        public["path"] = display_name(public["path"])
    return public
