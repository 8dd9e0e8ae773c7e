"""Date buckets: candidate events held by date, spilled to disk past a limit, merged block by block.

Merging compares two candidates only when their dates can meet (`merge._comparable`: one
precision, and the same start date, or two ranges that overlap), so a run splits into **date
blocks** (`date_blocks`): a bucket of single dates is one, and buckets that hold ranges chain into
one block through ranges that overlap. No pair is scored and no veto holds across two blocks, and
average linkage inside one block never looks at another, so merging block by block gives exactly
the events of merging everything at once. Two things are run-wide, and are found in a streaming pass before any block is
merged:

- **template lines** (`timeline.read.recurring`): a short dated line that recurs in three or more
  differently titled documents is a site's chrome; its candidates are dropped before merging;
- **name aliases** (`merge.run_aliases`, 金庸（原名查良镛）): found in the sentences of every kept
  candidate, applied in every block.

With the default policy word weights come from jieba's shipped IDF table, one candidate at a time.
The run's own IDF (`MergePolicy(idf="run")` or `"mix"`) counts words over the whole run: such a
policy is merged as one block (exact, not bounded).

Memory in the process that merges holds the buckets up to `limit` candidates, then sorted runs are
written to a temporary folder (pickles) and read back merged in date order; merged events past the
limit are spilled the same way and read back in output order.
"""

from __future__ import annotations

import heapq
import itertools
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from timeline.events.merge import (
    DEFAULT_POLICY,
    MergePolicy,
    compare_text,
    jieba_idf,
    merge_candidates,
    run_aliases,
)
from timeline.events.merge import _event_sort_key as event_sort_key
from timeline.read.recurring import TEMPLATE_MAX_CHARS, TEMPLATE_MIN_DOCUMENTS

# Candidates (and merged events) held in memory before a sorted run is written to disk.
DEFAULT_LIMIT = 5_000

BucketKey = tuple[int, str]  # (precision, start date)


def sentence_key(sentence: str) -> str:
    """A report's sentence as `timeline.read.recurring` compares it (no white space)."""
    return "".join(sentence.split())


def title_key(document: dict) -> str:
    return sentence_key(document.get("title") or "")


def bucket_key(candidate: dict) -> BucketKey:
    return (len(candidate["date"]), candidate["date"])


def span_end(candidate: dict) -> str:
    """The last date a candidate's span reaches, as the merge reads it (`merge.features_of`)."""
    date, until = candidate["date"], candidate.get("until") or ""
    return max(date, until) if len(until) == len(date) else date


def short_keys(candidate: dict) -> tuple[str, ...] | None:
    """The sentence keys of a candidate that a template line could drop (every report short), or None."""
    keys = tuple(sentence_key(report["sentence"]) for report in candidate["mentions"])
    return keys if all(len(key) <= TEMPLATE_MAX_CHARS for key in keys) else None


def _alias_text(candidate: dict) -> str | None:
    text = compare_text(candidate)
    return text if ("(" in text or "（" in text) else None


@dataclass
class RunEvidence:
    """What is run-wide, gathered one candidate at a time: template-line evidence, people named and
    sentences that may state an alias. Bounded by the run's events (short lines, distinct names)."""

    # short sentence key -> {document id: title key}
    lines: dict[str, dict[str, str]] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    alias_texts: list[str] = field(default_factory=list)
    # what a candidate that may be a template line adds, kept until the templates are known
    pending: list[tuple[tuple[str, ...], tuple[str, ...], str | None]] = field(default_factory=list)

    def add(self, candidate: dict, titles: dict[str, str]) -> None:
        for report in candidate["mentions"]:
            key = sentence_key(report["sentence"])
            if len(key) <= TEMPLATE_MAX_CHARS:
                doc = report["doc"]
                self.lines.setdefault(key, {})[doc] = titles[doc] if doc in titles else sentence_key(doc)
        keys = short_keys(candidate)
        people = tuple(e["text"] for e in candidate["entities"] if e["type"] == "person")
        alias = _alias_text(candidate)
        if keys is None:
            self.people.update(people)
            if alias is not None:
                self.alias_texts.append(alias)
        elif people or alias is not None:
            self.pending.append((keys, people, alias))

    def update(self, other: RunEvidence) -> None:
        """Join the evidence of another part of the run (a Dask partition)."""
        for key, documents in other.lines.items():
            self.lines.setdefault(key, {}).update(documents)
        self.people |= other.people
        self.alias_texts.extend(other.alias_texts)
        self.pending.extend(other.pending)

    def templates(self) -> frozenset[str]:
        """The template lines of the run, as `drop_recurring_lines` finds them."""
        return frozenset(
            key
            for key, documents in self.lines.items()
            if len(documents) >= TEMPLATE_MIN_DOCUMENTS
            and len(set(documents.values())) >= TEMPLATE_MIN_DOCUMENTS
        )

    def aliases(self, templates: frozenset[str]) -> dict[str, str]:
        """The run's aliases, from the candidates that are not template lines."""
        people, texts = set(self.people), list(self.alias_texts)
        for keys, names, alias in self.pending:
            if all(key in templates for key in keys):
                continue
            people.update(names)
            if alias is not None:
                texts.append(alias)
        return run_aliases(texts, people)


def is_template(candidate: dict, templates: frozenset[str]) -> bool:
    return bool(templates) and all(
        sentence_key(report["sentence"]) in templates for report in candidate["mentions"]
    )


class _Spill:
    """Sorted runs of pickled records in a temporary folder, read back merged in order."""

    def __init__(self, folder: str | None) -> None:
        self._folder = folder
        self._made: tempfile.TemporaryDirectory | None = None
        self.runs: list[str] = []

    def write(self, records: Iterable) -> None:
        if self._made is None:
            self._made = tempfile.TemporaryDirectory(prefix="timeline-", dir=self._folder)
        path = os.path.join(self._made.name, f"run{len(self.runs):05d}.pickle")
        with open(path, "wb") as handle:
            for record in records:
                pickle.dump(record, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.runs.append(path)

    @staticmethod
    def _read(path: str) -> Iterator:
        with open(path, "rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return

    def merged(self, key: Callable | None = None) -> Iterator:
        return heapq.merge(*(self._read(path) for path in self.runs), key=key)

    def close(self) -> None:
        if self._made is not None:
            self._made.cleanup()
            self._made = None
        self.runs = []


def _first(record: tuple) -> object:
    return record[0]


class DateBuckets:
    """Candidate events by date bucket, for merging block by block (see the module's text)."""

    def __init__(
        self, limit: int = DEFAULT_LIMIT, folder: str | None = None, policy: MergePolicy = DEFAULT_POLICY
    ) -> None:
        self.limit = max(1, limit)
        self.policy = policy
        self.evidence = RunEvidence()
        self._titles: dict[str, str] = {}
        self._buckets: dict[BucketKey, list[dict]] = {}
        self._held = 0
        self._spill = _Spill(folder)
        self._folder = folder
        self.candidates = 0

    def add_document(self, document: dict, candidates: Iterable[dict]) -> None:
        """One document's candidate events (its `title` decides which lines are templates)."""
        titles = {document["id"]: title_key(document)}
        for candidate in candidates:
            self.add(candidate, titles)

    def add(self, candidate: dict, titles: dict[str, str]) -> None:
        self.evidence.add(candidate, titles)
        self._buckets.setdefault(bucket_key(candidate), []).append(candidate)
        self._held += 1
        self.candidates += 1
        if self._held >= self.limit:
            self._write_run()

    def _write_run(self) -> None:
        buckets, self._buckets, self._held = self._buckets, {}, 0
        self._spill.write((key, buckets[key]) for key in sorted(buckets))

    def _sorted_buckets(self) -> Iterator[tuple[BucketKey, list[dict]]]:
        """Every bucket once, in (precision, date) order."""
        if not self._spill.runs:
            buckets, self._buckets, self._held = self._buckets, {}, 0
            for key in sorted(buckets):
                yield key, buckets.pop(key)
            return
        if self._buckets:
            self._write_run()
        for key, group in itertools.groupby(self._spill.merged(key=_first), key=_first):
            yield key, [candidate for _, part in group for candidate in part]

    def blocks(self) -> Iterator[list[dict]]:
        """The candidates of each date block, in date order."""
        if self.policy.idf != "jieba":  # run-wide IDF: one block, exact
            everything = [c for _, part in self._sorted_buckets() for c in part]
            if everything:
                yield everything
            return
        yield from date_blocks(self._sorted_buckets())

    def merged_events(self, workers: int = 1) -> Iterator[dict]:
        """Every merged event of the run, in output order (`merge_events`'s order); with `workers`
        above 1 the blocks are merged by a pool of that many processes (the same events: blocks
        never meet, and each is merged whole by one process)."""
        templates = self.evidence.templates()
        aliases = self.evidence.aliases(templates)
        events = SortedEvents(self.limit, self._folder)
        try:
            for merged in _merge_blocks(self.blocks(), templates, aliases, self.policy, workers, self.limit):
                events.extend(merged)
            self._spill.close()
            yield from events.sorted()
        finally:
            events.close()
            self._spill.close()

    def close(self) -> None:
        self._spill.close()


def range_reach(part: Iterable[dict]) -> str | None:
    """The last date the ranges of a bucket reach (None: the bucket holds single dates only)."""
    ends = [end for candidate in part if (end := span_end(candidate)) != candidate["date"]]
    return max(ends) if ends else None


def date_blocks(buckets: Iterable[tuple[BucketKey, list[dict]]]) -> Iterator[list[dict]]:
    """Buckets (in key order) joined into date blocks, each block given whole.

    Two candidates can be compared (`merge._comparable`) when they have one precision and either
    start on the same date (a single date, or a range starting there) or are two ranges that
    overlap. So a bucket of single dates is a block of its own, even inside a range's span; a bucket
    that holds a range joins the open block when one of the open block's ranges reaches its date,
    and every candidate of the bucket comes along (they all start with its range)."""
    block: list[dict] = []
    precision, reach = -1, ""
    for (size, start), part in buckets:
        furthest = range_reach(part)
        if block and (size != precision or start > reach):
            yield block
            block = []
        if furthest is None:
            yield part
            continue
        if not block:
            precision, reach = size, furthest
        block.extend(part)
        reach = max(reach, furthest)
    if block:
        yield block


def block_of_buckets(reaches: dict[BucketKey, str | None]) -> dict[BucketKey, BucketKey]:
    """Each bucket's block (named by its first bucket) from each bucket's `range_reach`: the
    blocks `date_blocks` would make, for an engine that keeps the candidates elsewhere."""
    blocks: dict[BucketKey, BucketKey] = {}
    first: BucketKey | None = None
    reach = ""
    for key in sorted(reaches):
        furthest = reaches[key]
        if first is not None and (key[0] != first[0] or key[1] > reach):
            first = None
        if furthest is None:
            blocks[key] = key
            continue
        if first is None:
            first, reach = key, furthest
        blocks[key] = first
        reach = max(reach, furthest)
    return blocks


def merge_block(
    block: list[dict], templates: frozenset[str], aliases: dict[str, str], policy: MergePolicy
) -> list[dict]:
    """The merged events of one date block, template lines left out."""
    kept = [candidate for candidate in block if not is_template(candidate, templates)]
    if not kept:
        return []
    return merge_candidates(kept, policy, aliases=aliases)


def _merge_blocks(
    blocks: Iterator[list[dict]],
    templates: frozenset[str],
    aliases: dict[str, str],
    policy: MergePolicy,
    workers: int,
    limit: int,
) -> Iterator[list[dict]]:
    """Each block's merged events, in block order. With several workers the blocks go to a process
    pool while the blocks sent and not yet given back hold under `limit` candidates, so memory stays
    bounded as the buckets keep it (a pool fed the whole iterator would read every block off disk at
    once); a worker done with its block takes the next one while another still merges a busy day."""
    if workers <= 1:
        for block in blocks:
            yield merge_block(block, templates, aliases, policy)
        return
    import multiprocessing
    from collections import deque

    # Fork shares the loaded merge with the workers, as the reading pool does: jieba's IDF table is
    # read here once, not once per worker, and the run's templates and aliases are not sent with
    # every block.
    if policy.idf in ("jieba", "mix"):
        jieba_idf()
    _POOL_RUN.update(templates=templates, aliases=aliases, policy=policy)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    initializer, run = (None, ()) if method == "fork" else (_set_pool_run, (dict(_POOL_RUN),))
    try:
        with multiprocessing.get_context(method).Pool(workers, initializer, run) as pool:
            sent: deque = deque()
            held = 0
            for block in blocks:
                sent.append((pool.apply_async(_merge_pool_block, (block,)), len(block)))
                held += len(block)
                while held >= limit and len(sent) > workers:
                    merged, size = sent.popleft()
                    held -= size
                    yield merged.get()
            while sent:
                yield sent.popleft()[0].get()
    finally:
        _POOL_RUN.clear()


# The run-wide inputs of a merge pool's blocks (`_merge_blocks`), set in each worker.
_POOL_RUN: dict = {}


def _set_pool_run(run: dict) -> None:
    _POOL_RUN.update(run)


def _merge_pool_block(block: list[dict]) -> list[dict]:
    return merge_block(block, _POOL_RUN["templates"], _POOL_RUN["aliases"], _POOL_RUN["policy"])


class SortedEvents:
    """Merged events gathered block by block, given back in output order; past `limit` events,
    sorted runs go to disk."""

    def __init__(self, limit: int = DEFAULT_LIMIT, folder: str | None = None) -> None:
        self.limit = max(1, limit)
        self._held: list[dict] = []
        self._spill = _Spill(folder)

    def extend(self, events: Iterable[dict]) -> None:
        self._held.extend(events)
        if len(self._held) >= self.limit:
            self._write_run()

    def _write_run(self) -> None:
        held, self._held = self._held, []
        held.sort(key=event_sort_key)
        self._spill.write(held)

    def sorted(self) -> Iterator[dict]:
        if not self._spill.runs:
            held, self._held = self._held, []
            held.sort(key=event_sort_key)
            yield from held
            return
        if self._held:
            self._write_run()
        yield from self._spill.merged(key=event_sort_key)

    def close(self) -> None:
        self._spill.close()
