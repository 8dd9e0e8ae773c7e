"""Reading many documents in parallel worker processes, with the same output as one worker.

Each worker reads, decodes and annotates one document and sends back only what the caller keeps:
for `extract`, the public document; for `events`, the public document and its candidate events.
The decoded text stays in the worker, so memory in the main process holds events, not documents.
Results come back in input order (`imap`), so the output does not depend on the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from timeline.documents import DocumentError, DocumentTooLarge
from timeline.extract import extract_path, public_document
from timeline.read.refs import ref_for

SOURCE_LEFT_OUT = ("mentions", "quantities")
# Worker settings, set once per process by `_init_worker` (a pool cannot pass them per task cheaply).
_settings: dict = {}


@dataclass
class Outcome:
    """One document's result: `document` (public, without text) and `events`, or `error`."""

    path: str
    doc_id: str
    document: dict | None = None
    events: list[dict] | None = None
    error: str | None = None
    too_large: bool = False
    unresolved: int = 0  # expressions left unresolved because the document has no date and no --ref


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(targets: Iterable, workers: int) -> int:
    """How many documents a worker is handed at a time: up to 16, so that the main process does not
    pay a hand-over per document, yet at least 8 chunks per worker, so that the work stays spread
    evenly (one at a time when the number of documents is not known). The order of the results
    does not depend on it."""
    try:
        count = len(targets)  # type: ignore[arg-type]
    except TypeError:
        return 1
    return max(1, min(16, count // (workers * 8)))


def _init_worker(settings: dict) -> None:
    # Ctrl-C is the main process's to handle (one line, exit 130); a worker that took it too would
    # print its own traceback for each process of the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _settings.clear()
    _settings.update(settings)


def process_one(target: tuple[str, str], settings: dict | None = None) -> Outcome:
    """Read one `(path, doc_id)` and annotate it; with `with_events`, cut it into candidate events."""
    settings = _settings if settings is None else settings
    path, doc_id = target
    try:
        document = extract_path(
            path,
            doc_id,
            encoding=settings.get("encoding"),
            ref=ref_for(settings.get("refs") or {}, path, doc_id) or settings.get("ref"),
            max_bytes=settings.get("max_bytes"),
        )
    except DocumentTooLarge as error:
        return Outcome(path, doc_id, error=str(error), too_large=True)
    except DocumentError as error:
        return Outcome(path, doc_id, error=str(error))
    unresolved = 0
    if document.get("published") is None:
        unresolved = sum(
            1 for m in document["mentions"] if m["anchor"] is None and m["type"] in ("DATE", "TIME")
        )
    if not settings.get("with_events"):
        return Outcome(path, doc_id, document=public_document(document), unresolved=unresolved)
    from timeline.events import document_events

    events = document_events(document)
    # The events output lists its sources; their mentions and quantities are extract's job, and
    # keeping them for every document would hold the whole corpus's annotations in memory.
    source = {key: value for key, value in public_document(document).items() if key not in SOURCE_LEFT_OUT}
    source["mention_count"] = len(document["mentions"])
    source["quantity_count"] = len(document["quantities"])
    return Outcome(path, doc_id, document=source, events=events, unresolved=unresolved)


def process_all(
    targets: Iterable[tuple[str, str]],
    *,
    workers: int = 1,
    encoding: str | None = None,
    ref: str | None = None,
    refs: dict[str, str] | None = None,
    max_bytes: int | None = None,
    with_events: bool = False,
) -> Iterator[Outcome]:
    """Outcomes in the order of `targets`, computed by `workers` processes (1: in this process).
    `refs` maps paths to the reference date of documents that carry none (`--refs`), `ref` is the one
    for the others (`--ref`)."""
    settings = {
        "encoding": encoding,
        "ref": ref,
        "refs": refs or {},
        "max_bytes": max_bytes,
        "with_events": with_events,
    }
    if workers <= 1:
        for target in targets:
            yield process_one(target, settings)
        return
    # fork shares the loaded modules (jieba's dictionary, the compiled rules) with the workers
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(process_one, targets, chunksize=chunk_size(targets, workers))
