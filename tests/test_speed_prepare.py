"""The fast paths of `textprep.prepare` give what the plain per-character definition gives.

The reference below is the definition written out plainly (one pass per step, every offset listed);
`prepare` must agree with it on every text, whatever shortcut it takes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import textprep
from timeline.textprep import _FORMAT, _MARKS, _OCR_MAP, _PINYIN, _changes_under_t2s, prepare, to_simplified

_REFERENCE_SKIPPED = re.compile(
    rf"{_PINYIN.pattern}|[{_FORMAT}]+|(?<=[0-9\uff10-\uff19])[{_MARKS}{_FORMAT}]*[{_MARKS}][{_MARKS}{_FORMAT}]*"
)
_REFERENCE_OCR = re.compile(r"(?<=\d)[OoIl](?=[\d\u3400-\u9fff%])|(?<=[\d\u3400-\u9fff])[OoIl](?=\d)")
_REFERENCE_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def reference_prepare(original: str) -> tuple[str, tuple[int, ...], str]:
    kept, offsets, position = [], [], 0
    for match in _REFERENCE_SKIPPED.finditer(original):
        kept.append(original[position : match.start()])
        offsets.extend(range(position, match.start()))
        position = match.end()
    kept.append(original[position:])
    offsets.extend(range(position, len(original)))
    text = "".join(kept).translate(_REFERENCE_FULLWIDTH)
    simplified = _REFERENCE_OCR.sub(lambda m: _OCR_MAP[m.group()], to_simplified(text))
    han = {char for char in text if "\u3400" <= char <= "\u9fff"}
    changed = sum(1 for char in han if _changes_under_t2s(char))
    script = "hant" if han and changed >= 3 and changed / len(han) >= 0.05 else "hans"
    return simplified, (*offsets, len(original)), script


# Characters every step cares about: Han (simplified and traditional), digits of both widths, OCR
# letters, brackets and toned vowels of inserted pinyin, format characters, combining marks,
# full-width punctuation, the ideographic space, line breaks and a lone surrogate.
_ALPHABET = list(
    "年月日时点產网網們这這国國的2019０１９OoIlx%％(（)）chǎnwǎng.,，：　\n\r"
    "\u200b\u200d\u202e\u2066\u00ad\ufeff\u0301\u20e3\ufe20\udc80"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_prepare_agrees_with_the_plain_definition(original: str) -> None:
    prepared = prepare(original)
    text, offsets, script = reference_prepare(original)
    assert prepared.text == text
    assert tuple(prepared.offsets) == offsets
    assert prepared.script == script


def test_prepare_agrees_on_pinyin_marks_and_format_runs() -> None:
    for original in (
        "產(chǎn)品網（wǎng）站",
        "2\u0301\u200b0\u20e3年1\u200b月",
        "\u200b\u0301 2\u200b\u0301x 3\u0301\u0301\u200b\u0302y",
        "2O2O年1l月",
        "ＡＢＣ　１２３，。",
        "",
    ):
        prepared = prepare(original)
        assert (prepared.text, tuple(prepared.offsets), prepared.script) == reference_prepare(original)


def test_nothing_dropped_keeps_the_identity_offsets() -> None:
    prepared = prepare("2020年1月2日，全国")
    assert list(prepared.offsets) == list(range(len("2020年1月2日，全国") + 1))
    assert textprep.detect_script("這個國家的網絡") == "hant"


def test_the_traditional_class_is_the_per_character_definition() -> None:
    # one conversion of the whole block, a line per character, gives what converting each one gives
    traditional = textprep._traditional()
    for code in range(0x3400, 0xA000):
        char = chr(code)
        assert (traditional.fullmatch(char) is not None) == _changes_under_t2s(char), char


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("這個國家的網絡这个国家的网络年月日發展发展") + ["a", " "]), max_size=80
    )
)
def test_detect_script_agrees_with_the_count_of_distinct_characters(original: str) -> None:
    assert textprep.detect_script(original) == textprep._script_of(set(original))


def test_prepare_and_to_simplified_remember_without_changing_answers() -> None:
    long = "這個國家的網絡發展很快。" * 40
    assert prepare(long) is prepare(long)
    assert prepare(long) == textprep._prepare(long)
    assert prepare("網（wǎng）站") == textprep._prepare("網（wǎng）站")
    assert to_simplified(long) == textprep._to_simplified(long)
    assert to_simplified("網絡") == textprep._to_simplified("網絡") == "网络"
