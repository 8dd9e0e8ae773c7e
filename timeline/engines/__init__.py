"""Engines: where documents are read and anchored, and where their candidate events are merged.

- `local` (the default): a process pool on this machine (`timeline.parallel`); the main process
  streams each document's candidate events into date buckets (`buckets.DateBuckets`, spilled to
  disk past a limit) and merges them block by block, so its memory is bounded by the events of one
  date block, not by the input.
- `dask`: documents read and anchored with `dask.bag` on a Dask cluster (a `distributed.LocalCluster`
  started for the run, or the scheduler at `--scheduler ADDRESS`), the merge partitioned by date
  blocks and run with `map_partitions`. Needs the `[dask]` extra.

Both give byte-identical output: the blocks are the same and each is merged by
`timeline.events.merge.merge_candidates` with the run's aliases (see `buckets`).
"""

from __future__ import annotations

from timeline.engines.base import Engine, EngineError, EventSink

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "Engine", "EngineError", "EventSink", "open_engine"]


def open_engine(name: str, workers: int = 1, scheduler: str | None = None, reader=None) -> Engine:
    """The engine called `name`; raises `EngineError` (a one-line reason) when it cannot start.
    `reader` replaces `timeline.parallel.process_all` for the local engine (the CLI passes its own)."""
    if name == "local":
        if scheduler is not None:
            raise EngineError("--scheduler needs --engine dask")
        from timeline.engines.local import LocalEngine

        return LocalEngine(workers, reader=reader)
    if name == "dask":
        from timeline.engines.dask import DaskEngine

        return DaskEngine(workers, scheduler)
    raise EngineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
