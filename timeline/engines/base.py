"""What every engine offers the command line: outcomes in input order, and a sink for events."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from timeline.parallel import Outcome


class EngineError(Exception):
    """An engine cannot run (not installed, its scheduler unreachable): a one-line reason."""


class EventSink(Protocol):
    def add(self, outcome: Outcome) -> None:
        """One document's outcome (its candidate events, when the engine sends them here)."""

    def events(self) -> Iterator[dict]:
        """Every merged event of the run, in output order."""

    def close(self) -> None: ...


class Engine(Protocol):
    name: str

    def outcomes(self, targets: list[tuple[str, str]], settings: dict, workers: int) -> Iterator[Outcome]:
        """One outcome per `(path, doc_id)` target, in the order of `targets`, read by `workers`
        processes. `settings` are `timeline.parallel.process_all`'s keywords (encoding, ref, refs,
        max_bytes, with_events)."""

    def event_sink(self) -> EventSink: ...

    def close(self) -> None: ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...
