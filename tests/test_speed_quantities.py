"""`find_quantities` with one search and its early checks finds what the plain walk over every numeral
character finds. The reference below is that walk: try the rules at each numeral character not inside
a quantity already taken, read the match, then apply every filter in turn."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import quantities as q
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent


def _approx_before(text: str, start: int) -> tuple[str | None, int]:
    for word in q._APPROX_BEFORE_LONGEST_FIRST:
        word_start = start - len(word)
        if word_start >= 0 and text.startswith(word, word_start):
            blocked = q.APPROX_BEFORE_NOT_AFTER.get(word, "")
            if blocked and word_start > 0 and text[word_start - 1] in blocked:
                continue
            return q.APPROX_BEFORE[word], word_start
    return None, start


def reference_quantities(prepared, exclude: list[tuple[int, int]]) -> list[dict]:
    text = prepared.text
    excluded = q._Excluded(exclude)
    set_phrases = q._SetPhrases(text)
    found: list[dict] = []
    taken_until = 0
    for hit in q._NUMERAL_START.finditer(text):
        position = hit.start()
        if position < taken_until:
            continue
        match = q._MASTER.match(text, position)
        if match is None:
            continue
        reading = q._RULE_BY_GROUP[match.lastgroup].produce(match, prepared)
        if reading is None:
            continue
        start, end = match.start(), match.end()
        if end > start and text[end - 1] == " ":
            end -= 1
        if reading.chinese and (
            reading.unit_is_arabic_only
            or reading.unit is None
            or set_phrases.overlap(start, end)
            or q._is_word_not_count(text, start, end, reading.unit)
        ):
            continue
        if not q._year_span_ok(reading, match.group(0)):
            continue
        approx_before, start = _approx_before(text, start)
        approx_after = None
        if reading.unit is not None:
            after = q._APPROX_AFTER.match(text, end)
            if after and not (after.group() == "余" and reading.approx):
                approx_after, end = q.APPROX_AFTER[after.group()], after.end()
        original_start, original_end = prepared.span(start, end)
        if excluded.overlaps(original_start, original_end):
            continue
        taken_until = end
        found.append(
            {
                "text": prepared.original[original_start:original_end],
                "start": original_start,
                "end": original_end,
                "value": q._json_number(reading.value),
                "min": q._json_number(reading.low),
                "max": q._json_number(reading.high),
                "unit": reading.unit,
                "approx": approx_before or reading.approx or approx_after,
            }
        )
    return found


_ALPHABET = list("0123456789.,，-~一二两三五六七八九十百千万亿余多近约超过逾名人个元%年月日天次起 第号的在")


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(_ALPHABET), max_size=30),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=3),
)
def test_quantities_agree_with_the_plain_walk(text: str, spans: list[tuple[int, int]]) -> None:
    exclude = [(start, start + length) for start, length in spans]
    prepared = prepare(text)
    assert q.find_quantities(prepared, exclude) == reference_quantities(prepared, exclude)


def test_quantities_agree_on_the_seeds_and_pages() -> None:
    from timeline.timex.parser import find_mentions
    from timeline.timex.resolver import Reference

    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "pages").glob("*/*.txt")
    )
    for path in paths:
        prepared = prepare(path.read_text(encoding="utf-8", errors="replace"))
        mentions = find_mentions(prepared, Reference.coerce("2020-03-01"))
        exclude = [(m["start"], m["end"]) for m in mentions if m["type"] != "DURATION"]
        assert q.find_quantities(prepared, exclude) == reference_quantities(prepared, exclude), path.name
