"""Renderers for `timeline events`: one module per output format, each `render(events, options) -> str`.

rich is imported only by `table`, jinja2 only by `html`; this module imports neither, and loads a renderer
only when its format is asked for, so `--format jsonl` never pays for rich or jinja2.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "FORMATS",
    "RenderOptions",
    "date_label",
    "event_sort_key",
    "merged_report_count",
    "render",
    "time_label",
]

# Format name -> (module under timeline.render, function in it).
FORMATS: dict[str, tuple[str, str]] = {
    "table": ("table", "render"),
    "json": ("jsonout", "render"),
    "jsonl": ("jsonout", "render_lines"),
    "html": ("html", "render"),
    "csv": ("csv", "render"),
    "timelinejs": ("timelinejs", "render"),
    "ics": ("ics", "render"),
}

# TIMEX3 parts of day, as a reader of the timeline would say them.
PART_OF_DAY_LABELS: dict[str, str] = {
    "MO": "上午",
    "MI": "中午",
    "AF": "下午",
    "EV": "傍晚",
    "NI": "夜间",
}

# Where a part of day sorts among clock times of the same date.
PART_OF_DAY_SORT: dict[str, str] = {"MO": "09:00", "MI": "12:00", "AF": "15:00", "EV": "18:00", "NI": "22:00"}


@dataclass
class RenderOptions:
    """What a renderer needs besides the events. Nothing here depends on the clock, so output is
    byte-identical across runs on the same input."""

    width: int = 100
    documents: list[dict] = field(default_factory=list)
    # Summary counts; None means "work it out from documents / events".
    documents_read: int | None = None
    merged_reports: int | None = None
    failed_documents: int = 0
    title: str = "时间线"
    # Terminal colours for the table renderer (the CLI sets this when standard output is a terminal).
    color: bool = False
    # The folder the output will be written in, so that links to documents' files are relative to it
    # (None: the working folder).
    link_base: str | None = None

    def documents_read_count(self) -> int:
        return self.documents_read if self.documents_read is not None else len(self.documents)

    def merged_reports_count(self, events: Sequence[dict]) -> int:
        return self.merged_reports if self.merged_reports is not None else merged_report_count(events)

    def summary(self, events: Sequence[dict]) -> dict[str, int]:
        return {
            "documents_read": self.documents_read_count(),
            "events": len(events),
            "merged_reports": self.merged_reports_count(events),
            "failed_documents": self.failed_documents,
        }


def merged_report_count(events: Sequence[dict]) -> int:
    """Reports folded into an event that another report already gave: every mention after an event's first."""
    return sum(max(0, len(event.get("mentions") or []) - 1) for event in events)


def time_label(time: str | None) -> str:
    """`HH:MM` stays as is, a part-of-day code becomes its Chinese word, no time becomes ``."""
    if not time:
        return ""
    return PART_OF_DAY_LABELS.get(time, time)


def date_label(date: str, until: str | None = None) -> str:
    """`2020-01-23`, `2020-01`, `2020`, or a range `2020-01-20~01-23` (the end without what it shares)."""
    if not until or until == date:
        return date
    if len(until) == len(date) == 10 and until[:5] == date[:5]:
        return f"{date}~{until[5:]}"
    return f"{date}~{until}"


def event_sort_key(event: dict) -> tuple[str, str, str, str]:
    """Chronological order, the one order of every format (merging sorts its events by it, so JSON
    keeps it too). A bare `2020-01` sorts before `2020-01-01` (a prefix sorts first), so events known
    only to the month come before the days of that month; undated times come first within a day; a
    part of day sorts at its hour in `PART_OF_DAY_SORT` (08:30, MO, EV, 18:30); a range ends the tie."""
    time = event.get("time") or ""
    return (
        event.get("date") or "",
        PART_OF_DAY_SORT.get(time, time),
        event.get("until") or "",
        str(event.get("id", "")),
    )


def render(events: Sequence[dict], options: RenderOptions, fmt: str) -> str:
    """Render `events` in format `fmt` (`table`, `json`, `jsonl`, `html`, `csv`, `timelinejs` or `ics`)."""
    return renderer(fmt)(events, options)


def renderer(fmt: str) -> Callable[[Sequence[dict], RenderOptions], str]:
    try:
        module_name, function_name = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r}; expected one of: {', '.join(FORMATS)}") from None
    module = importlib.import_module(f"{__name__}.{module_name}")
    return getattr(module, function_name)
