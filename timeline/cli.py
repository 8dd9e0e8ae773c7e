"""The command line: parse arguments, call the library, hand results to a renderer.

Data goes to standard output; progress, warnings and errors go to standard error, one line each.
Exit status: 0 on success; 2 for bad usage, or when any input could not be read (like grep, the
readable documents are still processed and printed first).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from timeline import __version__
from timeline.api import parse as parse_text
from timeline.documents import DocumentError, iter_document_paths
from timeline.extract import EXTRACT_SCHEMA, extract_path, public_document
from timeline.timex.resolver import Reference

app = typer.Typer(
    name="timeline",
    help="Turn Chinese news articles into a dated, merged timeline of events.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_USAGE = 2
_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# More files than this get a progress bar on a terminal.
PROGRESS_THRESHOLD = 5


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class EventsFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"


def fail(message: str) -> typer.Exit:
    """Print a one-line usage error and return the exit to raise."""
    typer.echo(f"timeline: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def warn(message: str) -> None:
    typer.echo(f"timeline: {message}", err=True)


def checked_ref(ref: str | None) -> str | None:
    if ref is None:
        return None
    try:
        return Reference.coerce(ref).iso()
    except ValueError as error:
        raise fail(f"--ref: {error}") from None


def checked_period(option: str, value: str | None) -> str | None:
    """`--since`/`--until`: YYYY, YYYY-MM or YYYY-MM-DD, a real date."""
    if value is None:
        return None
    if not _PERIOD.fullmatch(value):
        raise fail(f"{option}: {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(part) for part in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise fail(f"{option}: {value!r} is not a real date") from None
    return value


def write_output(text: str, output: Path | None) -> None:
    """Write to a file, or to standard output, ending with one newline."""
    if text and not text.endswith("\n"):
        text += "\n"
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            raise fail(f"cannot write {output}: {error.strerror or error}") from None
        return
    sys.stdout.write(text)
    sys.stdout.flush()


def dumps(value: object, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def read_documents(paths: list[str], encoding: str | None, ref: str | None, errors: list[str]):
    """Annotated documents in order; each unreadable one is reported on stderr and counted."""
    targets = list(iter_document_paths(paths))
    progress = _progress(len(targets))
    with progress or nullcontext():
        task = progress.add_task("reading", total=len(targets)) if progress else None
        for path, doc_id in targets:
            try:
                yield extract_path(path, doc_id, encoding=encoding, ref=ref)
            except DocumentError as error:
                errors.append(str(error))
                warn(str(error))
            if progress is not None:
                progress.advance(task)


def _progress(count: int):
    """A rich progress bar on standard error, only on a terminal and for more than a few files."""
    if count <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


@app.command()
def parse(
    text: Annotated[
        str | None, typer.Argument(help="Text to parse; standard input when omitted or '-'.")
    ] = None,
    ref: Annotated[
        str | None,
        typer.Option(help="Reference (publication) time, YYYY-MM-DD or YYYY-MM-DDTHH:MM; default today."),
    ] = None,
) -> None:
    """Find and normalize the time expressions and quantities in one text; print them as JSON."""
    reference = checked_ref(ref) or dt.date.today().isoformat()
    if text is None or text == "-":
        text = sys.stdin.read()
    write_output(dumps(parse_text(text, reference)), None)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (searched recursively) or '-' for standard input.")
    ],
    format: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="json (one document) or jsonl (a line per document)."),
    ] = ExtractFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Decode every input with this encoding instead of detecting it.")
    ] = None,
    ref: Annotated[
        str | None, typer.Option(help="Reference time for documents that carry no date of their own.")
    ] = None,
) -> None:
    """Read documents and print each with its title, publication time, time mentions and quantities."""
    ref = checked_ref(ref)
    errors: list[str] = []
    documents = (public_document(doc) for doc in read_documents(paths, encoding, ref, errors))
    if format is ExtractFormat.jsonl:
        lines = [dumps(doc, indent=None) for doc in documents]
        write_output("\n".join(lines), output)
    else:
        write_output(dumps({"schema": EXTRACT_SCHEMA, "documents": list(documents)}), output)
    if errors:
        raise typer.Exit(EXIT_USAGE)


def _overlaps(event: dict, since: str | None, until: str | None) -> bool:
    """Whether an event's span (date..until, at its own precision) meets [since, until]."""
    start = event["date"]
    end = event.get("until") or start
    if since is not None and end[: len(since)] < since[: len(end)]:
        return False
    if until is not None and start[: len(until)] > until[: len(start)]:
        return False
    return True


def filter_events(
    events: list[dict], since: str | None, until: str | None, sources: list[str], min_sources: int
) -> list[dict]:
    kept = []
    for event in events:
        if not _overlaps(event, since, until):
            continue
        if sources and not set(sources) & set(event["sources"]):
            continue
        if len(event["sources"]) < min_sources:
            continue
        kept.append(event)
    return kept


@app.command()
def events(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (searched recursively) or '-' for standard input.")
    ],
    format: Annotated[
        EventsFormat,
        typer.Option("--format", "-f", help="auto: a table on a terminal, JSON Lines in a pipe."),
    ] = EventsFormat.auto,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the HTML timeline to this file.")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Only events on or before this date.")] = None,
    source: Annotated[
        list[str] | None, typer.Option(help="Only events reported by this document id (repeatable).")
    ] = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Only events reported by at least this many documents.")
    ] = 1,
    encoding: Annotated[
        str | None, typer.Option(help="Decode every input with this encoding instead of detecting it.")
    ] = None,
    ref: Annotated[
        str | None, typer.Option(help="Reference time for documents that carry no date of their own.")
    ] = None,
    width: Annotated[
        int | None, typer.Option(min=40, help="Table width in columns (default: the terminal's).")
    ] = None,
) -> None:
    """Anchor sentences to dates, merge reports of the same event across documents, and render them."""
    from timeline.events import document_events, merge_events
    from timeline.render import RenderOptions, render

    ref = checked_ref(ref)
    since = checked_period("--since", since)
    until = checked_period("--until", until)
    if since and until and since[: len(until)] > until[: len(since)]:
        raise fail(f"--since {since} is after --until {until}")
    errors: list[str] = []
    documents: list[dict] = []
    candidates: list[dict] = []
    for document in read_documents(paths, encoding, ref, errors):
        candidates.extend(document_events(document))
        documents.append(public_document(document))  # the text is not kept: only events are
    merged = merge_events(candidates)
    shown = filter_events(merged, since, until, source or [], min_sources)

    chosen = format.value
    to_terminal = output is None and sys.stdout.isatty()
    if chosen == "auto":
        chosen = "table" if to_terminal else "jsonl"
    options = RenderOptions(
        width=width or (_terminal_width() if to_terminal else 100),
        documents=documents,
        documents_read=len(documents),
        failed_documents=len(errors),
        color=to_terminal and chosen == "table",
    )
    if html is not None:
        write_output(render(shown, options, "html"), html)
    write_output(render(shown, options, chosen), output)
    if errors:
        raise typer.Exit(EXIT_USAGE)


def _terminal_width() -> int:
    try:
        return max(60, os.get_terminal_size().columns)
    except OSError:
        return 100


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn Chinese news articles into a dated, merged timeline of events."""


def main() -> None:
    """Console entry point: a closed pipe (`| head -1`) ends quietly, never with a traceback."""
    try:
        app()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
