"""Helpers of the merge tests: candidate events of hand-written reports, and lookups in them."""

from __future__ import annotations

from timeline.events import document_events
from timeline.extract import extract_text


def candidates(*reports: tuple[str, str, str]) -> list[dict]:
    """(document id, reference date, text) -> the candidate events of each report."""
    found = []
    for doc_id, ref, text in reports:
        found.extend(document_events(extract_text(text, ref, doc_id=doc_id)))
    return found


def sources_of(events: list[dict]) -> list[list[str]]:
    return sorted(event["sources"] for event in events)


def one(found: list[dict], words: str) -> dict:
    """The candidate whose sentence holds `words`."""
    return next(c for c in found if words in c["mentions"][0]["sentence"])
