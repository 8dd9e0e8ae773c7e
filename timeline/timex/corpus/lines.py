"""The shape of a corpus line and helpers to write the expected mentions."""

from __future__ import annotations

Mention = dict[str, str | None]
Entry = tuple[Mention | list[Mention], str | None, list[str]]


def date(value: str, anchor: str | None = "", mod: str | None = None, until: str | None = None) -> Mention:
    """A DATE mention; the anchor defaults to the value (true for calendar dates, months and years)."""
    return {
        "type": "DATE",
        "value": value,
        "anchor": value if anchor == "" else anchor,
        "mod": mod,
        "until": until,
    }


def time(value: str, mod: str | None = None, until: str | None = None) -> Mention:
    """A TIME mention: its anchor is the day of the value."""
    return {"type": "TIME", "value": value, "anchor": value[:10], "mod": mod, "until": until}


def duration(value: str, mod: str | None = None) -> Mention:
    return {"type": "DURATION", "value": value, "anchor": None, "mod": mod, "until": None}


def each(value: str) -> Mention:
    return {"type": "SET", "value": value, "anchor": None, "mod": None, "until": None}


# The reference of seed 000 (a report of 2020-03-04, 13:56), used by most lines.
REF = "2020-03-04T13:56"


def unknown(value: str, type_: str = "DATE") -> Mention:
    return {"type": type_, "value": value, "anchor": None, "until": None}
