"""The command line: parse arguments, call the library, hand results to a renderer.

Data goes to standard output; progress, warnings and errors go to standard error, one line each
(`timeline: error: ...` for bad usage, `timeline: <path>: <reason>` for a document that cannot be
read, `timeline: warning: <path>: <reason>` for one that is read with a caveat: empty, only
whitespace, a few invalid UTF-8 bytes replaced; or passed over in a folder: a symbolic link loop).
Exit status: 0 on success; 2 for bad usage, when any input could not be read (like grep, the
readable documents are still processed and printed first), or when there was no document at all.
"""

from __future__ import annotations

import datetime as dt
import errno
import math
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from timeline import __version__
from timeline.api import parse as parse_text
from timeline.documents import iter_document_paths
from timeline.engines import ENGINES, Engine, EngineError, open_engine
from timeline.extract import EXTRACT_SCHEMA
from timeline.parallel import Outcome, default_workers, process_all
from timeline.read.decode import encoding_problem, read_bytes_text
from timeline.read.errors import DocumentError
from timeline.read.paths import STDIN_PATH, display_name
from timeline.read.refs import load_refs
from timeline.render.jsonout import dumps as json_dumps
from timeline.timex.resolver import Reference

try:  # typer >= 0.20 carries its own copy of click
    from typer._click.exceptions import ClickException, UsageError
except ImportError:  # pragma: no cover - older typer on top of click
    from click.exceptions import ClickException, UsageError

EXIT_USAGE = 2
available_cores = default_workers
DEFAULT_WORKERS = available_cores()
# Fewer files than this are read in this process: starting a pool would cost more than it saves.
PARALLEL_THRESHOLD = 8


def _without_flag_placeholders(params: list) -> list:
    """Flags take no value, so their help shows none (typer would print `--help <bool>`)."""
    for param in params:
        if getattr(param, "is_flag", False) and param.metavar is None:
            param.metavar = ""
    return params


class PlainFlags(TyperCommand):
    """A command whose help shows `--no-pager`, not `--no-pager <bool>`."""

    def get_params(self, ctx: Any) -> list:
        return _without_flag_placeholders(super().get_params(ctx))


class OneLineErrors(TyperGroup):
    """The command group, with usage errors as one line on standard error.

    Click would print a usage block and typer a framed box; a script reading our standard error
    gets `timeline: error: <what is wrong>; see 'timeline events --help'` instead. Running with
    no arguments at all still shows the help. Typer's CliRunner calls this too, so tests see what
    users see."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":  # bare `timeline`: the help is the answer
                error.show()
                sys.exit(error.exit_code)
            sys.exit(_usage_error(error))
        except ClickException as error:
            typer.echo(f"timeline: error: {_one_line(error.format_message())}", err=True)
            sys.exit(error.exit_code)
        except typer.Abort as error:
            if isinstance(error.__cause__, KeyboardInterrupt):  # Ctrl-C: one line, the shell's status
                typer.echo("timeline: interrupted", err=True)
                sys.exit(EXIT_INTERRUPTED)
            typer.echo("timeline: aborted", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            typer.echo("timeline: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except StandardOutputError as error:
            _silence_standard_output()
            if error.errno == errno.EPIPE:  # `| head`: the reader has all it wanted
                sys.exit(0)
            typer.echo(f"timeline: error: cannot write standard output: {error.reason}", err=True)
            sys.exit(EXIT_USAGE)
        if status == EXIT_INTERRUPTED:  # typer's click returns 130 for Ctrl-C instead of raising
            typer.echo("timeline: interrupted", err=True)
        sys.exit(status if isinstance(status, int) else 0)

    def get_params(self, ctx: Any) -> list:
        return _without_flag_placeholders(super().get_params(ctx))


EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a command ended by Ctrl-C


class StandardOutputError(Exception):
    """Writing to standard output failed (a closed pipe, a full disk); raised instead of the OSError
    so that it is told apart from every other error, and reported once by `OneLineErrors`."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.errno = error.errno
        self.reason = _reason(error)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def _silence_standard_output() -> None:
    """Point standard output at /dev/null, so that the flush at exit cannot fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # no real file descriptor (a test runner's buffer)
        pass


class _StandardOutput:
    """Standard output for our writes, with its OSError turned into `StandardOutputError`."""

    def write(self, text: str) -> int:
        try:
            return sys.stdout.write(text)
        except OSError as error:
            raise StandardOutputError(error) from None

    def flush(self) -> None:
        try:
            sys.stdout.flush()
        except OSError as error:
            raise StandardOutputError(error) from None


def _one_line(message: str) -> str:
    # typer words a failed choice as "Value error, 'xml' is not one of ..."
    return " ".join(message.replace("Value error, ", "").split())


def _usage_error(error: UsageError) -> int:
    message = _one_line(error.format_message()).rstrip(".")
    if error.ctx is not None:
        message += f"; see '{error.ctx.command_path} --help'"
    typer.echo(f"timeline: error: {message}", err=True)
    return EXIT_USAGE


app = typer.Typer(
    name="timeline",
    help="Turn Chinese news articles into a dated, merged timeline of events.",
    cls=OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

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
    csv = "csv"
    timelinejs = "timelinejs"
    ics = "ics"


def fail(message: str) -> typer.Exit:
    """Print a one-line usage error and return the exit to raise."""
    typer.echo(f"timeline: error: {display_name(message)}", err=True)
    return typer.Exit(EXIT_USAGE)


def warn(message: str) -> None:
    """One line on standard error; names with line ends, escapes or bytes that are not UTF-8 are
    shown escaped (`\\n`, `\\x1b`, `\\xff`), never raw."""
    typer.echo(f"timeline: {display_name(message)}", err=True)


# An option value longer than this is shown cut in a message: a 100,000-character --ref is not echoed.
SHOWN_VALUE = 40


def shown(value: str) -> str:
    return value if len(value) <= SHOWN_VALUE else value[:SHOWN_VALUE] + "…"


def checked_refs(refs: str | None) -> dict[str, str]:
    """`--refs FILE` read into `{path: date}`, or a one-line usage error."""
    if refs is None:
        return {}
    try:
        return load_refs(refs)
    except DocumentError as error:
        raise fail(str(error)) from None


def checked_ref(ref: str | None) -> str | None:
    if ref is None:
        return None
    try:
        return Reference.coerce(ref).iso()
    except ValueError as error:
        message = str(error).replace(repr(ref), repr(shown(ref)))
    # Not ISO: a date as people type it (2020/3/4, 2020年3月4日, yesterday). A relative one counts from
    # today, which is what the user asked for; stderr says which day it became.
    typed = user_date("--ref", ref, allow_time=True, problem=message)
    try:
        return Reference.coerce(typed).iso()
    except ValueError:
        raise fail(f"--ref: {shown(message) if len(message) > 3 * SHOWN_VALUE else message}") from None


def user_date(option: str, value: str, allow_time: bool = False, problem: str | None = None) -> str:
    """A date from the command line in any form `timeline.userdates` reads, as ISO; a usage error
    otherwise. Relative dates (`yesterday`, `3 days ago`) count from today, and stderr says the day."""
    from timeline.userdates import UserDateError, read_user_date

    try:
        typed = read_user_date(value, dt.date.today(), allow_time=allow_time)
    except UserDateError as error:
        message = str(error).replace(repr(value), repr(shown(value)))
        if problem and "cannot read" not in message:
            message = problem
        raise fail(f"{option}: {message}") from None
    if typed.relative:
        warn(f"note: {option} {shown(value)!r} is {typed.value} (counted from today)")
    return typed.value


def checked_period(option: str, value: str | None) -> str | None:
    """`--since`/`--until`: YYYY, YYYY-MM or YYYY-MM-DD, a real date; or a date as people type it
    (2020/3/4, 2020年3月, 20200304, yesterday, 3 days ago), read into one of those."""
    if value is None:
        return None
    if not _PERIOD.fullmatch(value):
        value = user_date(option, value)
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
    with output_stream(output) as stream:
        stream.write(text)


def dumps(value: object, indent: int | None = 2) -> str:
    """JSON as the events renderers write it: Chinese as is, U+2028/U+2029 and lone surrogates escaped."""
    return json_dumps(value, indent=indent)


@contextmanager
def output_stream(output: Path | None) -> Iterator[TextIO]:
    """Standard output, or the file `-o` names, for writing piece by piece.

    A file is written whole or not at all: into a hidden temporary file in the same folder, renamed
    over the target only once everything is written, so an interrupted or failed run (Ctrl-C, a full
    disk, a crash) leaves the previous file as it was. The new file keeps the old one's permissions.
    A target that is not a regular file (/dev/null, a named pipe) is written in place."""
    if output is None:
        stream = _StandardOutput()
        yield stream  # type: ignore[misc]
        stream.flush()
        return
    target = os.path.realpath(output)
    try:
        existing = os.stat(target)
    except OSError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        try:
            handle = open(target, "w", encoding="utf-8")
        except OSError as error:
            raise fail(f"cannot write {output}: {_reason(error)}") from None
        try:
            with handle:
                yield handle
        except OSError as error:
            raise fail(f"cannot write {output}: {_reason(error)}") from None
        return
    folder, name = os.path.split(target)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise fail(f"cannot write {output}: {_reason(error)}") from None
    try:
        os.fchmod(descriptor, stat.S_IMODE(existing.st_mode) if existing else _default_file_mode())
        with open(descriptor, "w", encoding="utf-8") as handle:
            yield handle
        os.replace(temporary, target)
    except BaseException as error:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise fail(f"cannot write {output}: {_reason(error)}") from None
        raise


def _default_file_mode() -> int:
    """What `open(path, "w")` would give a new file: 0o666 less the umask."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def input_guard(paths: list[str], outputs: list[tuple[str, Path | None]]) -> set[tuple[int, int]]:
    """Refuse an output that is one of the inputs given (`extract a.txt -o a.txt` would empty it), and
    return the outputs' file identities, so that a folder walk never reads the run's own output
    (`events . --html timeline.html` run twice, `extract d -o d/out.txt`)."""
    own: set[tuple[int, int]] = set()
    for option, output in outputs:
        if output is None:
            continue
        try:
            status = os.stat(output)
        except OSError:
            continue  # not there yet: no input can be it
        if not stat.S_ISREG(status.st_mode):
            continue
        key = (status.st_dev, status.st_ino)
        for given in paths:
            if given == STDIN_PATH:
                continue
            try:
                given_status = os.stat(given)
            except OSError:
                continue
            if (given_status.st_dev, given_status.st_ino) == key:
                raise fail(f"{option} {output}: is an input of this run; not writing over it")
        own.add(key)
    return own


def stream_documents(documents: Iterable[dict], format: str, stream: TextIO) -> int:
    """Write documents as they come, so extraction never holds the whole corpus: one JSON Lines record
    each, or the JSON document `{"schema", "documents"}` laid out exactly as `json.dumps(indent=2)`
    would. Returns how many were written."""
    count = 0
    if format == "jsonl":
        for document in documents:
            stream.write(dumps(document, indent=None) + "\n")
            count += 1
        return count
    stream.write('{\n  "schema": ' + dumps(EXTRACT_SCHEMA) + ',\n  "documents": [')
    for document in documents:
        # split at "\n" only: JSON escapes the line feeds of strings, not U+0085 or U+001C, which
        # str.splitlines would also cut at (and so indent the inside of a string)
        body = "\n".join("    " + line for line in dumps(document).split("\n"))
        stream.write(("," if count else "") + "\n" + body)
        count += 1
    stream.write("\n  ]\n}\n" if count else "]\n}\n")
    return count


def checked_encoding(encoding: str | None) -> str | None:
    if encoding is None:
        return None
    problem = encoding_problem(encoding)
    if problem is not None:
        raise fail(f"--encoding: {problem}")
    return encoding


def max_bytes_of(max_size: float) -> int | None:
    """`--max-size` in MB (0 or inf: no limit) as a byte count."""
    return None if max_size == 0 or math.isinf(max_size) else int(max_size * 1_000_000)


def read_documents(
    paths: list[str],
    encoding: str | None,
    ref: str | None,
    errors: list[str],
    max_bytes: int | None = None,
    workers: int = 1,
    with_events: bool = False,
    own_outputs: set[tuple[int, int]] | None = None,
    refs: dict[str, str] | None = None,
    engine: Engine | None = None,
) -> Iterator[Outcome]:
    """Annotated documents (and, `with_events`, their candidate events) in input order, read by
    `workers` processes of `engine` (default: a local pool); each unreadable one is reported on
    stderr and counted in `errors`, each one read with a caveat gets a warning line. Files that are
    `own_outputs` (`input_guard`) are passed over."""

    def skipped(path: str, reason: str) -> None:
        warn(f"warning: {path}: {reason}")

    targets = []
    for target in iter_document_paths(paths, on_skip=skipped):
        if own_outputs and _file_key(target[0]) in own_outputs:
            # The output file found in a folder being read: the page or JSON an earlier run wrote is
            # passed over (and replaced); anything else there is a document, not ours to overwrite.
            if not is_timeline_output(target[0]):
                raise fail(f"{display_name(target[0])}: is an input of this run; not writing over it")
            continue
        targets.append(target)
    cores = available_cores()
    if workers > cores:
        # More processes than cores only add start-up time and memory (each loads the dictionaries).
        warn(
            f"note: --workers {workers}: {cores} {'core' if cores == 1 else 'cores'} available, using {cores}"
        )
        workers = cores
    # a pool costs more than it saves on a handful of files
    workers = 1 if len(targets) < PARALLEL_THRESHOLD else min(workers, len(targets))
    settings = {
        "encoding": encoding,
        "ref": ref,
        "refs": refs,
        "max_bytes": max_bytes,
        "with_events": with_events,
    }
    if engine is None:
        outcomes = process_all(targets, workers=workers, **settings)
    else:
        outcomes = engine.outcomes(targets, settings, workers)
    undated = 0
    progress = _progress(len(targets))
    with progress or nullcontext():
        task = progress.add_task("reading and anchoring", total=len(targets), rate="") if progress else None
        for outcome in outcomes:
            if outcome.error is not None:
                errors.append(outcome.error)
                warn(f"{outcome.error}; raise --max-size to read it" if outcome.too_large else outcome.error)
            else:
                for message in outcome.document.get("warnings", []):
                    warn(f"warning: {outcome.path}: {message}")
                undated += outcome.unresolved > 0
                yield outcome
            if progress is not None:
                progress.advance(task)
                speed = progress.tasks[0].speed
                progress.update(task, rate=f"{speed:.0f} docs/s" if speed else "")
    if undated:
        # Nothing is dated from the clock: say so once, and how to give undated documents a date.
        plural = "document has no date of its own" if undated == 1 else "documents have no date of their own"
        warn(
            f"note: {undated} {plural}, so expressions that need one (昨天, 1月22日) "
            "stay unresolved; date them with --ref DATE or --refs FILE"
        )


_OUTPUT_SIGNS = (
    re.compile(r'<meta name="generator" content="timeline">'),  # the HTML page
    re.compile(r'\A\{\s*"schema": "timeline\.'),  # extract and events JSON
    re.compile(r'\A\{"id": "(?:[^"\\]|\\.)*", "(?:path|date)": '),  # their JSON Lines
)


def is_timeline_output(path: str) -> bool:
    """Whether a file is one that this program writes (or an empty one), judged by its first bytes."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192).decode("utf-8", errors="ignore")
    except OSError:
        return False
    return not head.strip() or any(sign.search(head) for sign in _OUTPUT_SIGNS)


def _file_key(path: str) -> tuple[int, int] | None:
    if path == STDIN_PATH:
        return None
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def finish(documents_read: int, errors: list[str]) -> None:
    """Exit 2 when a document could not be read, or when there was none to read at all."""
    if errors:
        raise typer.Exit(EXIT_USAGE)
    if documents_read == 0:
        raise fail("no documents to read (folders are searched for .txt, .html and .htm files)")


def _progress(count: int):
    """A rich progress bar on standard error, only on a terminal and for more than a few files."""
    if count <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )


# Arguments and options shared by `extract` and `events`.
PathsArgument = Annotated[
    list[str], typer.Argument(help="Files, folders (searched recursively) or '-' for standard input.")
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of standard output.")
]
EncodingOption = Annotated[
    str | None, typer.Option(help="Decode every input with this encoding instead of detecting it.")
]
WorkersOption = Annotated[
    int, typer.Option(min=1, help="Read documents in this many processes (default: the number of cores).")
]
MaxSizeOption = Annotated[
    float, typer.Option(min=0, help="Skip files larger than this many MB (0: no limit).")
]
DocumentRefOption = Annotated[
    str | None,
    typer.Option(
        metavar="DATE",
        help="Reference time (2020-03-04, 2020-03-04T13:56, 2020/3/4, 2020年3月4日, yesterday) for documents"
        " that carry no date of their own.",
    ),
]
DocumentRefsOption = Annotated[
    str | None,
    typer.Option(
        "--refs",
        metavar="FILE",
        help="CSV (path,date) or JSON ({path: date}) giving each undated document its own reference time.",
    ),
]
DEFAULT_MAX_SIZE_MB = 20


class EngineName(str, Enum):
    local = "local"
    dask = "dask"


assert tuple(name.value for name in EngineName) == ENGINES
EngineOption = Annotated[
    EngineName,
    typer.Option(
        help="local: processes on this machine; dask: a Dask cluster (needs the [dask] extra; a local"
        " cluster unless --scheduler is given)."
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(metavar="ADDRESS", help="With --engine dask: the scheduler to use (tcp://host:8786)."),
]


@contextmanager
def running_engine(name: EngineName, workers: int, scheduler: str | None) -> Iterator[Engine]:
    """The engine for a run, started and closed around it; a one-line error when it cannot start."""
    try:
        engine = open_engine(
            name.value,
            min(workers, available_cores()) if scheduler is None else workers,
            scheduler,
            reader=process_all,  # this module's, so that a test can stand in for the pool
        )
        engine.__enter__()
    except EngineError as error:
        raise fail(str(error)) from None
    try:
        yield engine
    except EngineError as error:
        raise fail(str(error)) from None
    finally:
        engine.__exit__(None, None, None)


PARSE_EXAMPLES = """Examples:

  timeline parse '1月23日10时起，武汉全市公交停运' --ref 2020-01-23

  echo '昨天下午' | timeline parse --ref 2020/3/4 --explain

Prints {"ref", "mentions", "quantities"} as JSON (see docs/CONTRACT.md)."""

EXTRACT_EXAMPLES = """Examples:

  timeline extract news/ -o documents.json

  timeline extract a.html b.txt -f jsonl --ref 2020年1月23日 | jq .published

Formats: json (one document, {"schema", "documents"}) or jsonl (a document per line)."""


@app.command(cls=PlainFlags, epilog=PARSE_EXAMPLES)
def parse(
    text: Annotated[
        str | None, typer.Argument(help="Text to parse; standard input when omitted or '-'.")
    ] = None,
    ref: Annotated[
        str | None,
        typer.Option(
            help="Reference (publication) time, YYYY-MM-DD or YYYY-MM-DDTHH:MM; without it, what needs one"
            " stays unresolved (XXXX-01-22)."
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print, per time expression, the rules that read it and the steps that chose its date.",
        ),
    ] = False,
) -> None:
    """Find and normalize the time expressions and quantities in one text; print them as JSON."""
    reference = checked_ref(ref)  # None: unknown; never the clock
    if text is None or text == "-":
        text = _standard_input_text()
    if explain:
        from timeline.timex.explain import explain as explain_mentions
        from timeline.timex.explain import render_explanation

        write_output(render_explanation(explain_mentions(text, reference)), None)
        return
    write_output(dumps(parse_text(text, reference)), None)


def _standard_input_text() -> str:
    """Standard input decoded like a document (UTF-8, GBK, Big5, UTF-16 are detected)."""
    if sys.stdin is None or sys.stdin.closed:
        raise fail("standard input is closed")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        return sys.stdin.read()
    warnings: list[str] = []
    try:
        text, _ = read_bytes_text(stream.read(), warnings=warnings)
    except DocumentError as error:
        raise fail(f"standard input: {error}") from None
    for message in warnings:
        warn(f"warning: standard input: {message}")
    return text


@app.command(cls=PlainFlags, epilog=EXTRACT_EXAMPLES)
def extract(
    paths: PathsArgument,
    format: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="json (one document) or jsonl (a line per document)."),
    ] = ExtractFormat.json,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    workers: WorkersOption = DEFAULT_WORKERS,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
    ref: DocumentRefOption = None,
    refs: DocumentRefsOption = None,
    engine: EngineOption = EngineName.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Read documents and print each with its title, publication time, time mentions and quantities."""
    ref = checked_ref(ref)
    ref_map = checked_refs(refs)
    encoding = checked_encoding(encoding)
    max_bytes = max_bytes_of(max_size)
    own = input_guard(paths, [("-o", output)])
    errors: list[str] = []
    with running_engine(engine, workers, scheduler) as running:
        outcomes = read_documents(
            paths, encoding, ref, errors, max_bytes, workers, own_outputs=own, refs=ref_map, engine=running
        )
        with output_stream(output) as stream:
            count = stream_documents((outcome.document for outcome in outcomes), format.value, stream)
    finish(count, errors)


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
    events: Iterable[dict], since: str | None, until: str | None, sources: list[str], min_sources: int
) -> list[dict]:
    return list(iter_filtered(events, since, until, sources, min_sources))


def iter_filtered(
    events: Iterable[dict], since: str | None, until: str | None, sources: list[str], min_sources: int
) -> Iterator[dict]:
    """The events that pass `--since`, `--until`, `--source` and `--min-sources`, as they come."""
    wanted = set(sources)
    for event in events:
        if not _overlaps(event, since, until):
            continue
        if wanted and not wanted & set(event["sources"]):
            continue
        if len(event["sources"]) < min_sources:
            continue
        yield event


EVENTS_EXAMPLES = """Examples:

  timeline events news/ --html timeline.html    # a page to read and filter in a browser

  timeline events news/ --since 2020/1/20 --until '3 days ago' -f csv -o events.csv

Formats: table (a terminal table), json (one document: documents, events, summary), jsonl (an event
per line), csv (a row per event and per report, for spreadsheets), timelinejs (Knight Lab TimelineJS
JSON), ics (a calendar), html (the page). Dates: 2020-03-04, 2020/3/4, 2020年3月4日, 20200304,
yesterday, 3 days ago."""


@app.command(cls=PlainFlags, epilog=EVENTS_EXAMPLES)
def events(
    paths: PathsArgument,
    format: Annotated[
        EventsFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto: a table on a terminal, JSON Lines in a pipe; or table, json, jsonl, csv, timelinejs,"
            " ics, html (see below).",
        ),
    ] = EventsFormat.auto,
    output: OutputOption = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the HTML timeline to this file.")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE", help="Only events on or after this date (2020, 2020-03, 2020/3/4, 3 days ago)."
        ),
    ] = None,
    until: Annotated[
        str | None, typer.Option(metavar="DATE", help="Only events on or before this date.")
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option(help="Only events reported by this document id (repeatable).")
    ] = None,
    min_sources: Annotated[
        int, typer.Option(min=1, help="Only events reported by at least this many documents.")
    ] = 1,
    encoding: EncodingOption = None,
    workers: WorkersOption = DEFAULT_WORKERS,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
    ref: DocumentRefOption = None,
    refs: DocumentRefsOption = None,
    width: Annotated[
        int | None, typer.Option(min=40, help="Table width in columns (default: the terminal's).")
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            metavar="TEXT",
            help="Title of the HTML page, TimelineJS file or calendar (default: from the corpus, its span"
            " and its most reported names).",
        ),
    ] = None,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager", help="Print the table straight to the terminal, not through a pager ($PAGER, less)."
        ),
    ] = False,
    engine: EngineOption = EngineName.local,
    scheduler: SchedulerOption = None,
) -> None:
    """Anchor sentences to dates, merge reports of the same event across documents, and render them."""
    from timeline.render import RenderOptions, render

    ref = checked_ref(ref)
    ref_map = checked_refs(refs)
    encoding = checked_encoding(encoding)
    since = checked_period("--since", since)
    until = checked_period("--until", until)
    if since and until and since[: len(until)] > until[: len(since)]:
        raise fail(f"--since {since} is after --until {until}")
    max_bytes = max_bytes_of(max_size)
    own = input_guard(paths, [("-o", output), ("--html", html)])
    chosen = format.value
    to_terminal = output is None and sys.stdout.isatty()
    if chosen == "auto":
        chosen = "table" if to_terminal else "jsonl"
    # JSON Lines alone is written event by event: the documents' list is kept only for the others
    streaming = chosen == "jsonl" and html is None
    errors: list[str] = []
    documents: list[dict] = []
    documents_read = 0
    with running_engine(engine, workers, scheduler) as running:
        # workers send back each document without its text, and its candidate events, which go
        # into date buckets (a template line dated on every page of a site is dropped there)
        sink = running.event_sink()
        try:
            for outcome in read_documents(
                paths,
                encoding,
                ref,
                errors,
                max_bytes,
                workers,
                with_events=True,
                own_outputs=own,
                refs=ref_map,
                engine=running,
            ):
                sink.add(outcome)
                documents_read += 1
                if not streaming:
                    documents.append(outcome.document)
            with _phase("merging"):
                merged = iter_filtered(sink.events(), since, until, source or [], min_sources)
                if streaming:
                    shown_count = _write_lines(merged, output)
                else:
                    shown = list(merged)
        finally:
            sink.close()
    if streaming:
        if output is not None:
            warn(
                f"wrote {display_name(str(output))}: {_counted(shown_count, 'event')} "
                f"from {_counted(documents_read, 'document')}"
            )
        finish(documents_read, errors)
        return

    options = RenderOptions(
        width=width or (_terminal_width() if to_terminal else 100),
        documents=documents,
        documents_read=documents_read,
        failed_documents=len(errors),
        color=to_terminal and chosen == "table",
    )
    if title:
        options.title = title
    if html is not None:
        with _phase("rendering"):
            page = render(shown, replace(options, link_base=os.path.dirname(os.path.abspath(html))), "html")
        write_output(page, html)
        warn(
            f"wrote {display_name(str(html))}: {_counted(len(shown), 'event')} from {_counted(len(documents), 'document')}"
        )
    with _phase("rendering"):
        text = render(
            shown,
            replace(options, link_base=os.path.dirname(os.path.abspath(output)) if output else None),
            chosen,
        )
    if to_terminal and chosen == "table" and not no_pager and _page(text):
        pass  # shown through the pager
    else:
        write_output(text, output)
        if output is not None:
            warn(
                f"wrote {display_name(str(output))}: {_counted(len(shown), 'event')} "
                f"from {_counted(len(documents), 'document')}"
            )
    finish(len(documents), errors)


def _write_lines(events: Iterable[dict], output: Path | None) -> int:
    """Events as JSON Lines, written as they come (what `render(events, options, "jsonl")` gives, one
    event at a time); their count."""
    from timeline.render import RenderOptions
    from timeline.render.jsonout import render_lines

    options = RenderOptions()
    count = 0
    with output_stream(output) as stream:
        for event in events:
            stream.write(render_lines([event], options))
            count += 1
    return count


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@contextmanager
def _phase(name: str) -> Iterator[None]:
    """A spinner with the phase's name on standard error while it runs, on a terminal only."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(file=sys.stderr).status(f"{name}…", spinner="dots"):
        yield


def _page(text: str) -> bool:
    """Show `text` through a pager as `git log` does: $TIMELINE_PAGER, $PAGER or `less`, with LESS=FRX
    when unset (quit when it fits one screen, keep colours, leave the text on the screen). Only when the
    text is longer than the terminal; False when it fits or no pager could start (the caller prints)."""
    import shlex
    import shutil
    import subprocess

    try:
        rows = os.get_terminal_size().lines
    except OSError:
        return False
    if text.count("\n") < rows:
        return False
    command = os.environ.get("TIMELINE_PAGER") or os.environ.get("PAGER") or "less"
    if command.strip() in ("", "cat"):
        return False
    try:
        argv = shlex.split(command)
    except ValueError:
        return False
    if not argv or shutil.which(argv[0]) is None:
        return False
    environment = dict(os.environ)
    environment.setdefault("LESS", "FRX")
    environment.setdefault("LV", "-c")
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, env=environment)
    except OSError:
        return False
    try:
        assert process.stdin is not None
        process.stdin.write(text.encode("utf-8"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    while True:
        try:
            process.wait()
            break
        except KeyboardInterrupt:  # Ctrl-C belongs to the pager while it runs, as with git
            continue
    return True


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
        app(prog_name="timeline")
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
