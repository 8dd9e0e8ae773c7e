"""Candidate blocking: which pairs of a large same-day bucket are worth scoring, so that merging
stays near-linear in the reports of one day."""

from __future__ import annotations

from bisect import bisect_left

# Candidate blocking for same-day buckets larger than BLOCKING_MIN_BUCKET (see `_bucket_pairs`).
BLOCKING_MIN_BUCKET = 256
BLOCKING_PROBES = 24
BLOCKING_NEIGHBOURS = 8
BLOCKING_CANDIDATES = 32


def bucket_pairs(bucket: list[int], features: list[dict], grams) -> list[tuple[int, int]]:
    """The pairs `(i, j)` of a same-day bucket (in bucket order) worth scoring.

    Every pair while the bucket is small (up to `BLOCKING_MIN_BUCKET` reports, which covers real
    timelines: the result is then exactly that of scoring all pairs). A larger bucket is blocked:
    each report looks up `BLOCKING_PROBES` of its n-grams in an inverted index (taken evenly from its
    n-grams ordered rarest first, rarity within the bucket: its own rare words and some of the
    topic's), takes from each posting list the `BLOCKING_NEIGHBOURS` reports nearest to it on either
    side, and scores the `BLOCKING_CANDIDATES` of them that share most of those n-grams. Reports of
    one event share their words, so they find each other directly or through a chain; the work per
    report is bounded, so a bucket of thousands of reports stays linear. Identical reports never get
    here (they are compared once, as twins). On the benchmark's buckets of 1,000 to 4,000 reports the
    clusters are those of scoring every pair (`benchmarks/scaling.py`)."""
    if len(bucket) <= BLOCKING_MIN_BUCKET:
        return [(i, j) for position, i in enumerate(bucket) for j in bucket[position + 1 :]]
    sized = [(i, found) for i in bucket if (found := grams(i))]
    frequency: dict[str, int] = {}
    postings: dict[str, list[int]] = {}
    for position, (_, found) in enumerate(sized):
        for gram in found:
            frequency[gram] = frequency.get(gram, 0) + 1
            postings.setdefault(gram, []).append(position)
    found_pairs: set[tuple[int, int]] = set()
    for position, (_, found) in enumerate(sized):
        shared: dict[int, int] = {}
        ranked = sorted(found, key=lambda gram: (frequency[gram], gram))
        step = max(1, len(ranked) // BLOCKING_PROBES)
        for gram in ranked[::step][:BLOCKING_PROBES]:
            posting = postings[gram]
            at = bisect_left(posting, position)
            for other in posting[max(0, at - BLOCKING_NEIGHBOURS) : at + 1 + BLOCKING_NEIGHBOURS]:
                if other != position:
                    shared[other] = shared.get(other, 0) + 1
        best = sorted(shared, key=lambda other: (-shared[other], abs(other - position), other))
        for other in best[:BLOCKING_CANDIDATES]:
            found_pairs.add((min(position, other), max(position, other)))
    return [(sized[a][0], sized[b][0]) for a, b in sorted(found_pairs)]
