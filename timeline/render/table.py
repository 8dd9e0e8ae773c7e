"""The terminal table for `timeline events`: date, time, title, how many outlets report it, and which.

The only module of the library that imports rich. It returns a string; the CLI prints it.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from timeline.render import RenderOptions, date_label, event_sort_key, time_label
from timeline.render.sources import event_outlets

# Source names shown in a row before the rest are counted as "+N".
MAX_SOURCE_NAMES = 3
# The source names column gives way to the title beyond this many cells.
SOURCES_MAX_WIDTH = 30
MIN_TITLE_WIDTH = 16
MIN_SOURCES_WIDTH = 8


def render(events: Sequence[dict], options: RenderOptions) -> str:
    console = Console(
        width=options.width,
        file=io.StringIO(),
        color_system="auto" if options.color else None,
        force_terminal=options.color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(build_table(events, options))
    console.print(Text(summary_line(events, options)), soft_wrap=True)  # the terminal wraps it if need be
    return console.file.getvalue()


def build_table(events: Sequence[dict], options: RenderOptions) -> Table:
    documents_by_id = {str(document.get("id")): document for document in options.documents}
    rows = []
    outlet_lists = []
    for event in sorted(events, key=event_sort_key):
        # Outlets, not files: 300 copies of one wire story from 40 papers read "40" and the first names.
        outlets = [one_line(name) for name in event_outlets(event, documents_by_id)]
        outlet_lists.append(outlets)
        rows.append(
            (
                date_label(event.get("date") or "", event.get("until")),
                time_label(event.get("time")),
                one_line(event.get("title") or ""),
                str(len(outlets)),
                ", ".join(outlets),
            )
        )
    headers = ("date", "time", "title", "n", "sources")
    widths = column_widths(headers, rows, options.width)
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", show_edge=False, pad_edge=False, expand=False)
    for header, width in zip(headers, widths, strict=True):
        # Every column has a computed width and nothing wraps: the title and the source names end in an
        # ellipsis instead, so each event stays on one line and the table stays readable at 100 columns.
        table.add_column(
            header,
            width=width,
            no_wrap=True,
            overflow="ellipsis",
            justify="right" if header == "n" else "left",
            style="dim" if header == "sources" else "",
        )
    for row, outlets in zip(rows, outlet_lists, strict=True):
        # The names that fit, and how many more: never a cut name and "…" that hides how many there are.
        row = (*row[:4], fit_names(outlets, widths[4]))
        # Text(...) rather than str: a title such as "[bold]" from a document is not rich markup.
        table.add_row(*(Text(cell) for cell in row))
    return table


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], total: int) -> list[int]:
    """Date, time and count at their full width; source names up to SOURCES_MAX_WIDTH; the title gets
    the rest (at least MIN_TITLE_WIDTH). Widths are terminal cells, so a Chinese character counts 2."""
    natural = [
        max([cell_len(header)] + [cell_len(row[column]) for row in rows])
        for column, header in enumerate(headers)
    ]
    date_width, time_width, title_natural, count_width, sources_natural = natural
    fixed = 3 * (len(headers) - 1) + date_width + time_width + count_width  # 3: padding, rule, padding
    # On a narrow terminal the source names give way first, so the title keeps about 30 cells.
    sources_width = min(
        sources_natural, SOURCES_MAX_WIDTH, max(MIN_SOURCES_WIDTH, total - fixed - min(title_natural, 30))
    )
    title_width = max(MIN_TITLE_WIDTH, min(title_natural, total - fixed - sources_width))
    return [date_width, time_width, title_width, count_width, sources_width]


def one_line(text: str) -> str:
    """Text from documents shown safely on a terminal: control characters (escape sequences), line and
    paragraph separators and invisible format characters (bidi overrides) become spaces."""
    cleaned = "".join(
        " " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in text
    )
    return " ".join(cleaned.split())


def fit_names(names: Sequence[str], width: int) -> str:
    """As many names as fit in `width` cells with `+N` for the rest (`新华社, 明报 +3`); the first name
    cut with an ellipsis only when not even it fits beside its `+N`."""
    for shown in range(len(names), 0, -1):
        text = ", ".join(names[:shown]) + (f" +{len(names) - shown}" if shown < len(names) else "")
        if cell_len(text) <= width:
            return text
    if not names:
        return ""
    rest = f" +{len(names) - 1}" if len(names) > 1 else ""
    room = max(1, width - cell_len(rest) - 1)
    first = names[0]
    while first and cell_len(first) > room:
        first = first[:-1]
    return first + "…" + rest


def source_names(sources: Sequence[str]) -> str:
    shown = ", ".join(sources[:MAX_SOURCE_NAMES])
    hidden = len(sources) - MAX_SOURCE_NAMES
    return f"{shown} +{hidden}" if hidden > 0 else shown


def summary_line(events: Sequence[dict], options: RenderOptions) -> str:
    counts = options.summary(events)
    return ", ".join(
        [
            counted(counts["documents_read"], "document") + " read",
            counted(counts["events"], "event"),
            counted(counts["merged_reports"], "merged report"),
            counted(counts["failed_documents"], "document") + " failed",
        ]
    )


def counted(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
