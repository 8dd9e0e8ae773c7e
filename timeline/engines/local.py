"""The local engine: a process pool on this machine, the merge streamed through date buckets."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.parallel import Outcome, process_all

# Candidates held in memory before a sorted run is written to disk (`buckets.DEFAULT_LIMIT`; the
# buckets, and the merge they import, are loaded only by a run that merges: `extract` never does).
DEFAULT_LIMIT = 5_000


class BucketSink:
    """Each document's candidates into date buckets as its outcome arrives; merged at the end."""

    def __init__(self, limit: int = DEFAULT_LIMIT, folder: str | None = None, workers: int = 1) -> None:
        from timeline.engines.buckets import DateBuckets

        self.buckets = DateBuckets(limit=limit, folder=folder)
        self.workers = workers

    def add(self, outcome: Outcome) -> None:
        if outcome.document is not None and outcome.events:
            self.buckets.add_document(outcome.document, outcome.events)

    def events(self) -> Iterator[dict]:
        return self.buckets.merged_events(workers=self.workers)

    def close(self) -> None:
        self.buckets.close()


class LocalEngine:
    name = "local"

    def __init__(self, workers: int = 1, limit: int = DEFAULT_LIMIT, reader=None) -> None:
        self.workers = workers
        self.limit = limit
        self.reader = reader or process_all

    def outcomes(self, targets: list[tuple[str, str]], settings: dict, workers: int) -> Iterator[Outcome]:
        if settings.get("with_events") and workers > 1:
            # Load jieba's dictionary once, here, before the pool forks: the workers share it, and
            # this process needs it to merge anyway. `extract` never loads it.
            from timeline.events.entities import _tagger

            _tagger()
        return self.reader(targets, workers=workers, **settings)

    def event_sink(self) -> BucketSink:
        # the date blocks are merged by as many processes as read the documents
        return BucketSink(self.limit, workers=self.workers)

    def close(self) -> None:
        pass

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
