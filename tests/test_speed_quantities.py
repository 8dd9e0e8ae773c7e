"""`find_quantities` with one search and its early checks finds what the plain walk over every numeral
character finds. The reference below is that walk: try the rules at each numeral character not inside
a quantity already taken, read the match, then apply every filter in turn."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import quantities as q
from timeline.textprep import prepare

ROOT = Path(__file__).resolve().parent.parent


def reference_set_phrase_starts(text: str) -> list[tuple[int, str]]:
    phrases = sorted(q.SET_PHRASES, key=len, reverse=True)
    pattern = re.compile("(?=(" + "|".join(re.escape(phrase) for phrase in phrases) + "))")
    return [(match.start(), match.group(1)) for match in pattern.finditer(text)]


# The count rule's production as it reads before its early "no unit" check: every number read first.
def reference_produce_count(match, prepared):
    first = q._number(match, "a", prepared)
    if first is None:
        return None
    chinese = match.group("a_cn") is not None
    mult = q._multiplier(match.group("mult"))
    # `2万-3万人` carries a multiplier on each side, `2-3万人` one for both.
    first_mult = q._multiplier(match.group("amult")) if match.group("amult") else mult
    if match.group("sep"):
        second = q._number(match, "b", prepared)
        if not isinstance(first, Decimal) or not isinstance(second, Decimal):
            return None
        chinese = chinese or match.group("b_cn") is not None
        low, high = first * first_mult, second * mult
        if low >= high:
            return None  # 2020-02 and friends: not a range
        value = None
    else:
        factor = q._multiplier(match.group("amult")) * mult  # 4.45万多名, 十多万人
        if isinstance(first, tuple):
            value, low, high = None, first[0] * factor, first[1] * factor
        else:
            value, low, high = first * factor, None, None
    extra = match.group("ge_extra")
    if extra == "半" and value is not None:
        value += Decimal("0.5")
    unit = match.group("ge_unit") or match.group("unit")
    mid = match.group("mid") or match.group("mid2") or (extra if extra in q.APPROX_MIDDLE else None)
    if unit is None:
        # Without a unit only a large multiplied Arabic figure is a quantity (6.8万余党员).
        multiplier_text = (match.group("mult") or "") + (match.group("amult") or "")
        if chinese or not any(char in q.LARGE_MULTIPLIERS for char in multiplier_text):
            return None
    return q.Reading(
        value=value,
        low=low,
        high=high,
        unit=unit,
        approx=q.APPROX_MIDDLE.get(mid) if mid else None,
        chinese=chinese,
        unit_is_arabic_only=unit in q._ARABIC_UNITS,
    )


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
    st.lists(
        st.sampled_from(_ALPHABET + ["一线", "第一", "一个上午", "一度", "6.8万余", "2万-3万人"]), max_size=15
    )
)
def test_set_phrases_and_the_count_rule_agree_with_their_plain_forms(words: list[str]) -> None:
    text = "".join(words)
    found = [(m.start(), m.group(1)) for m in q._SET_PHRASE_STARTS.finditer(text)]
    assert found == reference_set_phrase_starts(text)
    prepared = prepare(text)
    for position in range(len(prepared.text)):
        match = q._MASTER.match(prepared.text, position)
        if match is not None and match.lastgroup == "rule1":
            assert q._produce_count(match, prepared) == reference_produce_count(match, prepared)


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
