"""The parser's one-search scan finds the same pieces as a walk that tries the rules at every trigger.

The reference below is that walk written out plainly: at each character the rules could start with,
skip the rest of a number run it stands inside (unless the previous piece ended there), else try the
rules that start with that character in priority order. `scan` must agree with it on every text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.textprep import prepare
from timeline.timex.parser import _number_run, scan
from timeline.timex.rules import TRIGGER, produce, rules_starting_with

ROOT = Path(__file__).resolve().parent.parent


def reference_scan(text: str) -> list:
    pieces: list = []
    position, last_end = 0, 0
    while position < len(text):
        trigger = TRIGGER.search(text, position)
        if trigger is None:
            break
        start = trigger.start()
        if start != last_end and (run := _number_run(text, start)) is not None:
            position = run.match(text, start).end()
            continue
        candidates, _ = rules_starting_with(text[start])
        piece = None
        for index in candidates:
            piece = produce(index, text, start)
            if piece is not None:
                break
        if piece is None:
            position = start + 1
            continue
        pieces.append(piece)
        position = max(piece.end, start + 1)
        last_end = piece.end
    return pieces


def _spans(pieces: list) -> list:
    return [(p.start, p.end, p.rule, p.kind) for p in pieces]


# Digits (ASCII and other decimal digits, which a digit run also covers), Chinese numerals (neighbours
# such as 七八 among them), the characters around dates and clock times, and ordinary text.
_ALPHABET = list(
    "0123456789١٢５一二三七八九十百千两零〇年月日号点时分半周星期初春节除夕今明昨天前后上下午晚的在是, -/.:至"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=30))
def test_scan_agrees_with_the_trigger_walk(text: str) -> None:
    assert _spans(scan(text)) == _spans(reference_scan(text))


def test_scan_agrees_on_number_runs() -> None:
    for text in (
        "13月1日",
        "十三月一日",
        "9999年",
        "七八月份",
        "十七八月",
        "1١5日",
        "2020年1月2日3时",
        "五一三天",
        "123456789012345678901234567890年",
        "一二三四五六七八九十月",
        "2020年1月1日12时30分",
        "第1季度12月",
        "12:3045日",
        "1月12日至15日",
    ):
        assert _spans(scan(text)) == _spans(reference_scan(text)), text


def test_scan_agrees_on_the_seeds_and_pages() -> None:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "pages").glob("*/*.txt")
    )
    assert paths
    for path in paths:
        text = prepare(path.read_text(encoding="utf-8", errors="replace")).text
        assert _spans(scan(text)) == _spans(reference_scan(text)), path.name


def test_an_alternative_matches_only_spellings_holding_one_of_its_first_characters() -> None:
    # What the load check's shortcut relies on: it looks for an alternative only in the corpus
    # spellings that hold a character the alternative can start with.
    import re

    from timeline.timex import rules as house
    from timeline.timex.rules.pattern import Unbounded, alternatives, first_chars

    everything = [text for texts in house._corpus_spellings().values() for text in texts]
    for r in house.RULES:
        for alternative, _ in alternatives(r.pattern):
            try:
                starts = first_chars(alternative)
            except Unbounded:
                continue
            pattern = re.compile(alternative, re.ASCII)
            for text in everything:
                if not set(text) & starts:
                    assert not any(m.end() > m.start() for m in pattern.finditer(text)), (r.name, text)
