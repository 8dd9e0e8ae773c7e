"""The library entry point: `timeline.parse(text, ref)`."""

from __future__ import annotations

import datetime as dt

from timeline.textprep import prepare
from timeline.timex.parser import find_mentions
from timeline.timex.resolver import Reference


def parse(text: str, ref: str | dt.date | dt.datetime) -> dict:
    """Find and normalize the time expressions and quantities of `text`, read at reference time `ref`."""
    reference = Reference.coerce(ref)
    prepared = prepare(text)
    mentions = find_mentions(prepared, reference)
    from timeline.quantities import find_quantities

    quantities = find_quantities(
        prepared, [(m["start"], m["end"]) for m in mentions if m["type"] != "DURATION"]
    )
    return {"ref": reference.iso(), "mentions": mentions, "quantities": quantities}
