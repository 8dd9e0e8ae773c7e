"""What the page reader makes of a text, for the reading tests: its headline and a line's chrome reason."""

from __future__ import annotations

from timeline.read.chrome import clean_lines
from timeline.read.headline import find_title
from timeline.textprep import prepare


def title(text: str) -> str:
    prepared = prepare(text)
    return find_title(text, clean_lines(text, prepared), prepared)


def reason(text: str, line: int) -> str | None:
    return clean_lines(text, prepare(text)).reason(line)
