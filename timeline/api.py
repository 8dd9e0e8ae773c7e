"""The library entry point: `timeline.parse(text, ref)`."""

from __future__ import annotations

import datetime as dt

from timeline.quantities import find_quantities
from timeline.textprep import Prepared, prepare
from timeline.timex.parser import find_mentions
from timeline.timex.resolver import Reference


def parse(text: str, ref: str | dt.date | dt.datetime | None) -> dict:
    """Find and normalize the time expressions and quantities of `text`, read at reference time `ref`
    (None when unknown: what needs it keeps `anchor: null` and an `X` value)."""
    if not isinstance(text, str):
        hint = " (decode the bytes first)" if isinstance(text, (bytes, bytearray)) else ""
        raise TypeError(f"timeline.parse: text must be a str, not {type(text).__name__}{hint}")
    return parse_prepared(prepare(text), ref)


def parse_prepared(prepared: Prepared, ref: str | dt.date | dt.datetime | None) -> dict:
    """`parse` for text already prepared (extraction prepares each document once)."""
    reference = Reference.coerce(ref)
    mentions = find_mentions(prepared, reference)
    # durations are quantities too (40多天); dates and clock times are not
    dated_spans = [(m["start"], m["end"]) for m in mentions if m["type"] != "DURATION"]
    quantities = find_quantities(prepared, dated_spans)
    return {"ref": reference.iso(), "mentions": mentions, "quantities": quantities}
