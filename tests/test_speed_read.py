"""Shortcuts in reading a document give what the plain per-character definitions give: the line
spans of a text and the share of control characters in a decoding."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.read import chrome, decode


def reference_line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def reference_control_share(text: str) -> float:
    sample = text[: decode._SAMPLE_CHARS]
    controls = sum(1 for ch in sample if ord(ch) < 0x20 and ch not in "\t\n\r\f\v\x1b")
    return controls / len(sample) if sample else 0.0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab年\n\r\u2028 ")), max_size=30))
def test_line_spans_agree_with_the_line_breaks(text: str) -> None:
    assert chrome._line_spans(text) == reference_line_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100), max_size=60))
def test_control_share_counts_the_same_characters(text: str) -> None:
    assert decode._control_share(text) == reference_control_share(text)
