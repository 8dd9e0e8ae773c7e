"""The scan's search with `scanfilter`'s test of the second character finds what it finds without it.

The test only turns away positions where no rule can match (it asks what every match of every rule
has), so the filtered search and the plain one must agree on every text: same positions, same rule."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.textprep import prepare
from timeline.timex import rules as house
from timeline.timex import scanfilter
from timeline.timex.corpus import CORPUS

ROOT = Path(__file__).resolve().parent.parent
PLAIN, PLAIN_GROUPS = house._search_pattern(filtered=False)


def hits(search: re.Pattern, text: str) -> list[tuple[int, int]]:
    found, position = [], 0
    while (match := search.search(text, position)) is not None:
        found.append((match.start(), match.lastindex))
        position = match.start() + 1
    return found


def test_the_search_is_filtered_and_numbers_its_groups_as_before() -> None:
    assert house.SEARCH_OUTSIDE_DIGITS.pattern != PLAIN.pattern
    assert house.SEARCH_OUTSIDE_DIGITS.groups == PLAIN.groups
    assert house.RULE_OF_GROUP == PLAIN_GROUPS


def test_filtered_and_plain_agree_on_the_seeds_and_the_corpus() -> None:
    texts = [
        prepare(path.read_text(encoding="utf-8")).text for path in sorted((ROOT / "seeds").glob("*.txt"))
    ]
    texts += [
        prepare(text).text for entries in CORPUS.values() for _, _, spellings in entries for text in spellings
    ]
    for text in texts:
        assert hits(house.SEARCH_OUTSIDE_DIGITS, text) == hits(PLAIN, text), text[:40]


# trigger characters, what follows them in rules, and ordinary characters
_ALPHABET = list(
    "0123456789一二三十两年月日号时点分今明昨前后上下中午晚的大是和为情春节农历初周星期天半多余第季度至到-/.:"
)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=30))
def test_filtered_and_plain_agree_on_any_text(text: str) -> None:
    assert hits(house.SEARCH_OUTSIDE_DIGITS, text) == hits(PLAIN, text)


def test_second_characters_of_small_patterns() -> None:
    assert scanfilter.second_chars("ab|ac") == {"a": frozenset("bc")}
    assert scanfilter.second_chars(r"\d{1,2}月") == {c: frozenset("0123456789月") for c in "0123456789"}
    # a match of one character allows anything after it; a look-ahead after it narrows that
    assert scanfilter.second_chars("昨(?:天)?") == {"昨": None}
    assert scanfilter.second_chars("昨(?=天|日)") == {"昨": frozenset("天日")}
    assert scanfilter.second_chars("(?:上|下)?午") == {
        "上": frozenset("午"),
        "下": frozenset("午"),
        "午": None,
    }
