"""The Dask engine: documents read and anchored with `dask.bag`, the merge partitioned by date blocks.

1. `outcomes`: the targets become a bag; each partition's documents are read and anchored by
   `timeline.parallel.process_one` on the cluster's workers. With events, the bag is persisted on
   the cluster (its candidates stay there; Dask spills worker memory to disk past its limits) and
   the documents, without their candidates, come back to this process in input order.
2. `events`: each partition sends back a summary (how far each date bucket's spans reach, template
   and alias evidence: `buckets.RunEvidence`); here the summaries become the date blocks, the template
   lines and the run's aliases. Candidates are grouped by block (`groupby`), each partition merges
   its blocks (`map_partitions` over `buckets.merge_block`) and the events come back to be put in
   output order. Blocks never share a pair or a veto, so the events are those of the local engine,
   byte for byte.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from timeline.engines.base import EngineError
from timeline.engines.buckets import (
    DEFAULT_LIMIT,
    RunEvidence,
    SortedEvents,
    block_of_buckets,
    bucket_key,
    merge_block,
    range_reach,
    title_key,
)
from timeline.events.merge import DEFAULT_POLICY
from timeline.parallel import Outcome, process_one
from timeline.read.paths import STDIN_PATH

# Documents per bag partition: enough to keep a worker busy between two hand-overs.
PARTITION_DOCUMENTS = 64
CONNECT_TIMEOUT = "10s"

INSTALL_HINT = "--engine dask needs dask and distributed: pip install 'timeline[dask]'"


def _import_dask():
    try:
        import dask.bag as bag
        import distributed
    except ImportError:
        raise EngineError(INSTALL_HINT) from None
    return bag, distributed


# --- functions the workers run (module level, so that they pickle by reference)


def _read(target: tuple[str, str], settings: dict) -> Outcome:
    return process_one(target, settings)


def _without_events(outcomes: list[Outcome]) -> list[Outcome]:
    return [Outcome(o.path, o.doc_id, o.document, None, o.error, o.too_large, o.unresolved) for o in outcomes]


def _summary(outcomes: list[Outcome]) -> list[tuple[dict, RunEvidence]]:
    """How far each bucket's ranges reach (`buckets.range_reach`), and the run-wide evidence, of
    one partition."""
    reaches: dict = {}
    evidence = RunEvidence()
    for outcome in outcomes:
        if outcome.document is None or not outcome.events:
            continue
        titles = {outcome.document["id"]: title_key(outcome.document)}
        for candidate in outcome.events:
            key = bucket_key(candidate)
            _reach_into(reaches, key, range_reach([candidate]))
            evidence.add(candidate, titles)
    return [(reaches, evidence)]


def _reach_into(reaches: dict, key: tuple, furthest: str | None) -> None:
    known = reaches.get(key)
    reaches[key] = furthest if known is None else (known if furthest is None else max(known, furthest))


def _keyed(outcomes: list[Outcome], blocks: dict) -> list[tuple[tuple[int, str], dict]]:
    return [
        (blocks[bucket_key(candidate)], candidate)
        for outcome in outcomes
        if outcome.document is not None and outcome.events
        for candidate in outcome.events
    ]


def _block_key(pair: tuple) -> tuple[int, str]:
    return pair[0]


def _merge_groups(groups, templates, aliases, policy) -> list[dict]:
    events: list[dict] = []
    for _, pairs in groups:
        events.extend(merge_block([candidate for _, candidate in pairs], templates, aliases, policy))
    return events


class DaskSink:
    """The merge of the bag the engine persisted, partitioned by date blocks."""

    def __init__(self, engine: DaskEngine) -> None:
        self.engine = engine

    def add(self, outcome: Outcome) -> None:
        pass  # the candidates stay on the cluster

    def events(self) -> Iterator[dict]:
        persisted = self.engine.persisted
        if persisted is None:
            return iter(())
        client = self.engine.client
        reaches: dict = {}
        evidence = RunEvidence()
        for part_reaches, part_evidence in client.compute(persisted.map_partitions(_summary)).result():
            for key, furthest in part_reaches.items():
                _reach_into(reaches, key, furthest)
            evidence.update(part_evidence)
        if not reaches:
            return iter(())
        blocks = block_of_buckets(reaches)
        templates = evidence.templates()
        aliases = evidence.aliases(templates)
        policy = DEFAULT_POLICY
        if policy.idf != "jieba":  # run-wide IDF: one block (see `buckets`)
            first = min(blocks)
            blocks = dict.fromkeys(blocks, first)
        partitions = max(1, min(len(set(blocks.values())), self.engine.workers * 4))
        grouped = persisted.map_partitions(_keyed, blocks).groupby(
            _block_key, npartitions=partitions, shuffle="tasks"
        )
        merged = grouped.map_partitions(_merge_groups, templates, aliases, policy)
        events = SortedEvents(DEFAULT_LIMIT)
        for future in client.compute(merged.to_delayed()):
            events.extend(future.result())
            future.release()
        return self._sorted(events)

    @staticmethod
    def _sorted(events: SortedEvents) -> Iterator[dict]:
        try:
            yield from events.sorted()
        finally:
            events.close()

    def close(self) -> None:
        self.engine.persisted = None


class DaskEngine:
    name = "dask"

    def __init__(self, workers: int = 1, scheduler: str | None = None) -> None:
        self._bag, self._distributed = _import_dask()
        self.workers = max(1, workers)
        self.scheduler = scheduler
        self.client = None
        self.cluster = None
        self.persisted = None

    def __enter__(self) -> DaskEngine:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        distributed = self._distributed
        if self.scheduler is not None:
            try:
                self.client = distributed.Client(self.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError, TypeError) as error:
                reason = " ".join(str(error).split()) or type(error).__name__
                raise EngineError(
                    f"--scheduler {self.scheduler}: cannot reach the Dask scheduler: {reason}"
                ) from None
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or self.workers)
            return
        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            self.cluster = distributed.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self.client = distributed.Client(self.cluster)
        except (OSError, TimeoutError, RuntimeError) as error:
            self.close()
            raise EngineError(f"cannot start a local Dask cluster: {' '.join(str(error).split())}") from None

    def outcomes(self, targets: list[tuple[str, str]], settings: dict, workers: int) -> Iterator[Outcome]:
        if not targets:
            return iter(())
        if any(path == STDIN_PATH for path, _ in targets):
            raise EngineError("standard input ('-') cannot be read with --engine dask; give files or folders")
        partitions = max(1, -(-len(targets) // PARTITION_DOCUMENTS))
        bag = self._bag.from_sequence(targets, npartitions=partitions).map(_read, settings)
        if settings.get("with_events"):
            self.persisted = self.client.persist(bag)
            bag = self.persisted.map_partitions(_without_events)
        return self._in_order(bag)

    def _in_order(self, bag) -> Iterator[Outcome]:
        futures = self.client.compute(bag.to_delayed())
        for future in futures:
            yield from future.result()
            future.release()

    def event_sink(self) -> DaskSink:
        return DaskSink(self)

    def close(self) -> None:
        self.persisted = None
        if self.client is not None:
            try:
                self.client.close()
            except Exception:  # noqa: BLE001 - closing a client that lost its scheduler
                pass
            self.client = None
        if self.cluster is not None:
            try:
                self.cluster.close()
            except Exception:  # noqa: BLE001
                pass
            self.cluster = None
