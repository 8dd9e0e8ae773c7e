"""Every line of the time-expression corpus (timeline/timex/corpus/), in every spelling."""

from __future__ import annotations

import pytest

import timeline
from timeline.timex.corpus import CORPUS

CASES = [
    pytest.param(expected, reference, text, id=f"{family}-{index}.{number}")
    for family, entries in CORPUS.items()
    for index, (expected, reference, spellings) in enumerate(entries)
    for number, text in enumerate(spellings)
]


def _shown(mentions: list[dict]) -> list[dict]:
    keys = ("text", "type", "value", "anchor", "until", "mod")
    return [{key: mention.get(key) for key in keys} for mention in mentions]


@pytest.mark.parametrize(("expected", "reference", "text"), CASES)
def test_corpus_line(expected, reference: str, text: str) -> None:
    wanted = expected if isinstance(expected, list) else [expected]
    mentions = timeline.parse(text, reference)["mentions"]
    assert len(mentions) == len(wanted), (text, _shown(mentions))
    for mention, fields in zip(mentions, wanted, strict=True):
        got = {key: mention.get(key) for key in fields}
        assert got == fields, (text, _shown(mentions))


@pytest.mark.parametrize(("expected", "reference", "text"), CASES)
def test_mention_text_is_the_input_slice(expected, reference: str, text: str) -> None:
    for mention in timeline.parse(text, reference)["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
