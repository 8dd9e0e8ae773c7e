"""Lines that a site's template repeats on every page of a run are chrome, even when they carry a date.

One page cannot tell its site's template from its story; a run of many pages can: a short dated line
(`本站2019年3月1日全新改版`, `2009年1月26日 今日更新`) that recurs word for word in several documents
about different stories is the template's. Syndicated copies of one story repeat their sentences too,
but they share their headline, so only documents with different titles count.
"""

from __future__ import annotations

from collections import defaultdict

TEMPLATE_MIN_DOCUMENTS = 3  # a line in this many differently titled documents is the site's template
TEMPLATE_MAX_CHARS = 40  # a template line is short; a long shared sentence is a story told twice


def _key(sentence: str) -> str:
    return "".join(sentence.split())


def drop_recurring_lines(candidates: list[dict], titles: dict[str, str]) -> list[dict]:
    """The candidate events whose reported sentence is not a template line of the run.

    `candidates` are per-document candidate events (one report each, as `document_events` makes
    them); `titles` maps document ids to their titles."""
    documents_of: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        for report in candidate["mentions"]:
            key = _key(report["sentence"])
            if len(key) <= TEMPLATE_MAX_CHARS:
                documents_of[key].add(report["doc"])
    template = {
        key
        for key, documents in documents_of.items()
        if len(documents) >= TEMPLATE_MIN_DOCUMENTS
        and len({_key(titles.get(doc, doc)) for doc in documents}) >= TEMPLATE_MIN_DOCUMENTS
    }
    if not template:
        return candidates
    return [
        candidate
        for candidate in candidates
        if not all(_key(report["sentence"]) in template for report in candidate["mentions"])
    ]
