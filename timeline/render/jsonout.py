"""JSON and JSON Lines output for `timeline events` (schema `timeline.events/1`, see CONTRACT.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from timeline.render import RenderOptions

SCHEMA = "timeline.events/1"

# Contract fields come first, in the contract's order; any extra fields follow in sorted order.
# That keeps output stable whatever order the pipeline happened to build its dicts in.
EVENT_KEYS = ("id", "date", "until", "time", "title", "sources", "mentions", "entities", "quantities")
MENTION_KEYS = ("doc", "sentence", "text", "start", "end", "value")
DOCUMENT_KEYS = ("id", "path", "title", "published", "published_basis", "encoding", "script")

# Document fields too bulky or too internal for the events output.
DOCUMENT_FIELDS_LEFT_OUT = frozenset({"text", "noise_spans", "prepared"})


def render(events: Sequence[dict], options: RenderOptions) -> str:
    """The whole result: `{"schema", "documents", "events", "summary"}`, indented, ending in a newline."""
    result = {
        "schema": SCHEMA,
        "documents": [document_for_output(document) for document in options.documents],
        "events": [event_for_output(event) for event in events],
        "summary": options.summary(events),
    }
    return dumps(result, indent=2) + "\n"


def render_lines(events: Sequence[dict], options: RenderOptions) -> str:
    """One event per line (JSON Lines), so `| head -1` and `| jq -r .date` work."""
    return "".join(dumps(event_for_output(event)) + "\n" for event in events)


def dumps(value: object, indent: int | None = None) -> str:
    """JSON with Chinese kept as is, except U+2028 and U+2029: many line readers (Python's splitlines,
    some editors) take those for line ends, which would break a JSON Lines record in two."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def event_for_output(event: dict) -> dict:
    ordered = _ordered(event, EVENT_KEYS)
    if isinstance(ordered.get("mentions"), list):
        ordered["mentions"] = [
            _ordered(mention, MENTION_KEYS) if isinstance(mention, dict) else mention
            for mention in ordered["mentions"]
        ]
    return ordered


def document_for_output(document: dict) -> dict:
    kept = {key: value for key, value in document.items() if key not in DOCUMENT_FIELDS_LEFT_OUT}
    return _ordered(kept, DOCUMENT_KEYS)


def _ordered(record: dict, leading_keys: Sequence[str]) -> dict:
    ordered = {key: record[key] for key in leading_keys if key in record}
    for key in sorted(record.keys() - set(leading_keys), key=str):
        ordered[key] = record[key]
    return ordered
