"""Why this date: the rules and policy steps behind each mention (`timeline parse TEXT --explain`)."""

from __future__ import annotations

import datetime as dt

from timeline.textprep import prepare
from timeline.timex.parser import find_mentions
from timeline.timex.policy import Reference


def explain(text: str, ref: str | dt.date | dt.datetime | None) -> list[dict]:
    """The mentions of `text` read at `ref`, each with `explain` ({"rules": [...], "policy": [...]})."""
    return find_mentions(prepare(text), Reference.coerce(ref), explain=True)


def render_explanation(mentions: list[dict]) -> str:
    """One block per mention: what it says, the rules that read it, the steps that chose its date."""
    lines: list[str] = []
    for mention in mentions:
        head = (
            f"{mention['text']}  [{mention['start']}:{mention['end']}]  {mention['type']} {mention['value']}"
        )
        if mention.get("anchor") is not None:
            head += f"  anchor {mention['anchor']}"
        if mention.get("until"):
            head += f"  until {mention['until']}"
        if mention.get("mod"):
            head += f"  mod {mention['mod']}"
        lines.append(head)
        for item in mention["explain"]["rules"]:
            lines.append(f"  rule   {item['rule']}: {item['text']}")
        for step in mention["explain"]["policy"]:
            lines.append(f"  policy {step}")
    return "\n".join(lines) + ("\n" if lines else "")
