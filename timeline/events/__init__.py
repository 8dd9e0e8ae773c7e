"""Dated events: anchor each clause to the date that governs it, then merge reports across documents.

Two steps, so that a caller can stream documents and keep only candidate events in memory:
- `document_events(document)` (`anchor`) cuts one extracted document into sentences and clauses and
  makes one candidate event per clause that has a governing date (`governing` decides which date);
- `merge_events(candidates)` (`merge`, its knobs in `MergePolicy`, large buckets blocked by
  `blocking`) joins candidates from all documents that report the same happening on the same date.
`build_events(documents)` does both. Clause titles are `titles`, names and places `entities`.
"""

from __future__ import annotations

from timeline.events.anchor import PARTS_OF_DAY, document_events
from timeline.events.blocking import BLOCKING_CANDIDATES, BLOCKING_MIN_BUCKET
from timeline.events.merge import DEFAULT_POLICY, MergePolicy, merge_candidates, merge_events
from timeline.events.titles import TITLE_LIMIT, cut_title, title_of_clause

__all__ = [
    "BLOCKING_CANDIDATES",
    "BLOCKING_MIN_BUCKET",
    "DEFAULT_POLICY",
    "PARTS_OF_DAY",
    "TITLE_LIMIT",
    "MergePolicy",
    "build_events",
    "cut_title",
    "document_events",
    "merge_candidates",
    "merge_events",
    "title_of_clause",
]


def build_events(documents: list[dict], policy: MergePolicy | None = None) -> list[dict]:
    """Anchor and merge: the timeline of a set of extracted documents."""
    candidates: list[dict] = []
    for document in documents:
        candidates.extend(document_events(document))
    return merge_events(candidates, policy)
