"""Text preparation: one normalized view of a text, with a map back to the original offsets.

The rules match against `Prepared.text`, which is
- half-width (full-width digits, letters and ASCII punctuation folded; `，` kept as the ASCII `,`),
- simplified script (OpenCC `t2s`, character for character),
- free of pinyin that a bad conversion inserted after characters (`產(chǎn)` -> `產`),
- free of format characters (zero-width spaces and joiners, bidirectional controls, soft hyphens, a
  BOM inside the text) and of combining marks on digits, so `2020\u200b年1月2日` reads as a date,
- free of OCR letters inside digit runs (`45O元` -> `450元`, `2O20年` -> `2020年`),
- free of lone surrogates (each becomes U+FFFD; they cannot be encoded, and OpenCC encodes strictly).
Every character of `text` remembers where it came from, so a match maps back to the exact original
characters for `Mention.text`, `start` and `end`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import opencc

# A pinyin syllable in brackets right after a Han character, as inserted by a broken converter
# (`產(chǎn)`, `網(wǎng)`). At least one tone-marked vowel is required so that `(PCR)`, `(de)` or an
# ordinary parenthesised abbreviation is never mistaken for one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])[(（](?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")
# An OCR letter standing for a digit: O/o for 0, l/I for 1, when a digit is on one side and the other
# side is a digit or a Han character (never a Latin letter, so `IOS` or `Ol` words are left alone).
_OCR_DIGIT = re.compile(r"[OoIl](?:(?<=\d[OoIl])(?=[\d\u3400-\u9fff%])|(?<=[\d\u3400-\u9fff][OoIl])(?=\d))")
_OCR_MAP = {"O": "0", "o": "0", "I": "1", "l": "1"}
# Invisible characters that may sit inside a date or a number (Unicode format characters, category Cf:
# U+00AD soft hyphen, U+061C, U+180E, U+200B-U+200F zero-width and directional marks, U+202A-U+202E
# embeddings and overrides, U+2060-U+206F word joiner and isolates, U+FEFF), and combining marks written
# on a digit (`2\u0301`, keycaps `1\u20e3`). Matching skips them; offsets still point at the original.
_FORMAT = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Each alternative starts with a character class (the look-behinds come after the first character), so
# the search tests one class per position instead of entering a look-behind at every character.
_SKIPPED = re.compile(
    rf"[(（](?<=[\u3400-\u9fff][(（])(?=[a-zü{_TONED}]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]"
    rf"|[{_FORMAT}]+"
    # A mark after a digit, and the marks and format characters after it (a run starting with a format
    # character is taken whole by the alternative before).
    rf"|[{_MARKS}](?<=[0-9\uff10-\uff19][{_MARKS}])[{_MARKS}{_FORMAT}]*"
)
# The characters a skipped span can start with: a text without any has nothing to skip.
_SKIPPED_START = re.compile(rf"[(（{_FORMAT}{_MARKS}]")

# Full-width forms U+FF01..U+FF5E map to ASCII by a fixed offset; the ideographic space to a space.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH_CHAR = re.compile("[\uff01-\uff5e\u3000]")

# A lone surrogate (U+D800..U+DFFF alone, from a badly decoded file or a JSON string) is no character: it is
# replaced by U+FFFD one for one, which keeps every offset.
_SURROGATE = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Prepared:
    original: str
    text: str
    # offsets[i] is the original index of text[i], with one extra entry at the end: a tuple, or a range
    # when nothing was dropped (then every index maps to itself, and no list of them is built).
    offsets: Sequence[int]
    script: str  # "hans" or "hant"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` span of `text` back to the original string."""
        if end <= start:
            origin = self.offsets[start]
            return origin, origin
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        o_start, o_end = self.span(start, end)
        return self.original[o_start:o_end]


def without_inserted_pinyin(text: str, context: str = "") -> str:
    """`text` with pinyin inserted by a broken conversion removed; `context` is the text just before it
    (the Han character a bracket of pinyin follows may end the previous piece)."""
    return _PINYIN.sub("", context + text)[len(context) :]


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length (character by character where phrases would not).

    Lone surrogates come back as U+FFFD. Short strings (clauses, words, titles: the events stage
    converts the same ones many times) are remembered; a pure function, so the result is the same."""
    if len(text) <= _SHORT:
        return _to_simplified_short(text)
    return _to_simplified(text)


# Strings up to this length are remembered by `to_simplified` and `prepare` (bounded caches: at most
# a few MB whatever the corpus).
_SHORT = 256


def _to_simplified(text: str) -> str:
    text = _SURROGATE.sub("\ufffd", text)
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(ch if len(c := converter.convert(ch)) != 1 else c for ch in text)


_to_simplified_short = lru_cache(maxsize=8192)(_to_simplified)


@lru_cache(maxsize=65536)
def _changes_under_t2s(char: str) -> bool:
    return _converter().convert(char) != char


def detect_script(original: str) -> str:
    """`hant` when a noticeable share of the distinct Han characters are traditional forms.

    Counting distinct characters rather than every position keeps this cheap on long texts and is
    just as telling: traditional text has dozens of distinct forms that t2s changes, simplified text
    almost none."""
    changed = len(set(_traditional().findall(original)))
    if changed < 3:
        return "hans"
    # The distinct Han characters are at most the text's length (and the block's size): when the
    # traditional ones are 5% of that bound already, they are 5% of the exact count. Otherwise count.
    if changed >= 0.05 * min(len(original), _HAN_BLOCK):
        return "hant"
    return _script_of(set(original))


_HAN_BLOCK = 0xA000 - 0x3400  # U+3400..U+9FFF, the characters `_script_of` counts as Han


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    """A class of the Han characters (U+3400..U+9FFF) that t2s changes on their own, i.e. those for
    which `_changes_under_t2s` holds: one conversion of the whole block, a line per character (no
    phrase of the dictionaries holds a line break, so each character is converted alone)."""
    block = [chr(code) for code in range(0x3400, 0xA000)]
    converted = _converter().convert("\n".join(block)).split("\n")
    if len(converted) != len(block):  # not expected; fall back to one conversion per character
        converted = [_converter().convert(char) for char in block]
    changed = "".join(char for char, simplified in zip(block, converted, strict=True) if simplified != char)
    return re.compile(f"[{changed}]" if changed else "[^\\s\\S]")


def _script_of(chars: set[str]) -> str:
    """`detect_script` for the set of distinct characters of a text (the definition, counted plainly)."""
    han = [char for char in chars if "\u3400" <= char <= "\u9fff"]
    if not han:
        return "hans"
    changed = sum(1 for char in han if _changes_under_t2s(char))
    return "hant" if changed >= 3 and changed / len(han) >= 0.05 else "hans"


def _without_skipped(original: str) -> tuple[str, Sequence[int]]:
    """Inserted pinyin, format characters and marks on digits dropped, with the offsets of what stays."""
    # `_SKIPPED.finditer`, found as: the next character a skipped span can start with (a class, which
    # the search skips to at C speed; `_SKIPPED` itself is an alternation, searched position by
    # position), then `_SKIPPED` tried there. The same spans: none is empty, and each starts with one
    # of those characters.
    matches = []
    search, match = _SKIPPED_START.search, _SKIPPED.match
    position = 0
    while (start := search(original, position)) is not None:
        found = match(original, start.start())
        if found is None:
            position = start.start() + 1
        else:
            matches.append(found)
            position = found.end()
    if not matches:
        return original, range(len(original) + 1)
    kept: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in matches:
        kept.append(original[position : match.start()])
        offsets.extend(range(position, match.start()))
        position = match.end()
    kept.append(original[position:])
    offsets.extend(range(position, len(original) + 1))
    return "".join(kept), tuple(offsets)


def _half_width(text: str) -> str:
    """Full-width forms to ASCII and the ideographic space to a space (`str.translate` with
    `_FULLWIDTH`, done as one replace per distinct full-width character the text holds)."""
    for char in set(_FULLWIDTH_CHAR.findall(text)):
        text = text.replace(char, chr(_FULLWIDTH[ord(char)]))
    return text


def prepare(original: str) -> Prepared:
    """The prepared view of `original`. Prepared is immutable and depends on the text alone, so a text
    prepared again (the events stage prepares the document extraction prepared, and the same short
    clauses many times) is answered from a small memory: the last two long texts, and short ones."""
    if len(original) <= _SHORT:
        return _prepare_short(original)
    for text, prepared in _RECENT:
        if text is original or text == original:
            return prepared
    prepared = _prepare(original)
    _RECENT.insert(0, (original, prepared))
    del _RECENT[2:]
    return prepared


_RECENT: list[tuple[str, Prepared]] = []


def _prepare(original: str) -> Prepared:
    # 1. Drop inserted pinyin, format characters and marks on digits, keeping the offsets of what stays.
    text, offsets = _without_skipped(original)
    # 2. Full-width to half-width (length preserving), then simplified script (length preserving).
    # The script is read from the distinct Han characters, which steps 1 and 2 never change.
    text = _half_width(text)
    simplified = to_simplified(text)
    script = detect_script(original)
    # 3. OCR letters inside digit runs (length preserving).
    simplified = _OCR_DIGIT.sub(lambda m: _OCR_MAP[m.group()], simplified)
    return Prepared(original=original, text=simplified, offsets=offsets, script=script)


_prepare_short = lru_cache(maxsize=4096)(_prepare)
