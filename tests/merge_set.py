"""The labelled merge sets in tests/data/merge (and heldout/), as documents ready for events.

Shared by the merge tests and benchmarks/merge_eval.py. With `hand=True` the mentions and
quantities come from hand_mentions.json, so that merging is measured apart from the parser; otherwise
`timeline.parse` annotates each report at its labelled reference time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import timeline
from timeline.textprep import prepare


def load_documents(data: Path, hand: bool = False) -> list[dict]:
    """The reports of one labelled set, sorted by name, each with its labelled reference time."""
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    hand_path = data / "hand_mentions.json"
    if hand and not hand_path.exists():
        raise FileNotFoundError(f"{data} has no hand_mentions.json")
    hand_data = json.loads(hand_path.read_text(encoding="utf-8")) if hand else None
    documents = []
    for name, ref in sorted(labels["documents"].items()):
        text = (data / name).read_text(encoding="utf-8")
        if hand_data is not None:
            mentions = place(text, hand_data["mentions"].get(name, []), hand_mention)
            quantities = place(text, hand_data["quantities"].get(name, []), hand_quantity)
        else:
            parsed = timeline.parse(text, ref)
            mentions, quantities = parsed["mentions"], parsed["quantities"]
        documents.append(
            {
                "id": name,
                "path": str(data / name),
                "title": text.splitlines()[0].strip(),
                "published": ref,
                "published_basis": "given",
                "script": prepare(text).script,
                "text": text,
                "noise_spans": [],
                "mentions": mentions,
                "quantities": quantities,
            }
        )
    return documents


def place(text: str, rows: list[list], make: Callable[..., dict]) -> list[dict]:
    """Every occurrence of each quote, longest quotes first, never overlapping: what a parser marks."""
    placed: list[dict] = []
    for row in sorted(rows, key=lambda row: -len(row[0])):
        start = text.find(row[0])
        while start >= 0:
            end = start + len(row[0])
            if all(end <= other["start"] or other["end"] <= start for other in placed):
                placed.append(make(start, *row))
            start = text.find(row[0], start + 1)
    return sorted(placed, key=lambda item: item["start"])


def hand_mention(start: int, quote: str, value: str, kind: str) -> dict:
    anchor = value.split("T")[0] if kind in ("DATE", "TIME") else None
    return {
        "text": quote,
        "start": start,
        "end": start + len(quote),
        "type": kind,
        "value": value,
        "mod": None,
        "anchor": anchor,
        "until": None,
    }


def hand_quantity(start: int, quote: str, value: float, unit: str) -> dict:
    return {
        "text": quote,
        "start": start,
        "end": start + len(quote),
        "value": value,
        "min": None,
        "max": None,
        "unit": unit,
        "approx": None,
    }
