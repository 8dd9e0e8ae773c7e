"""Chinese and Arabic numerals to numbers.

Works on simplified, half-width text (see `textprep`): 兩 has already become 两 and full-width
digits ASCII. Small whole numbers (days, months, hours) take the fast path `small_int`; larger and
decimal numerals go through `to_number`, which leans on cn2an for the general case.
"""

from __future__ import annotations

import re

DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "O": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
# 廿 and 卅 are the old single characters for twenty and thirty, still used in day numbers.
TENS_SHORTHAND = {"廿": 20, "卅": 30}

# One regex fragment for a small Chinese numeral (0..99), used by the time rules.
CN_SMALL = "[零〇一二两三四五六七八九十廿卅]{1,3}"
CN_DIGIT = "[零〇○一二三四五六七八九]"

_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def small_int(text: str) -> int | None:
    """`27`, `二十七`, `廿七`, `十`, `两` -> int; None when it is not a numeral below 100."""
    if not text:
        return None
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) > 1 and all(ch in DIGITS for ch in text):  # 二〇二〇 style: digit by digit
        return int("".join(str(DIGITS[ch]) for ch in text))
    head = text[0]
    if head in TENS_SHORTHAND:
        rest = text[1:]
        if not rest:
            return TENS_SHORTHAND[head]
        return TENS_SHORTHAND[head] + DIGITS[rest] if len(rest) == 1 and rest in DIGITS else None
    if "十" in text:
        tens_part, _, ones_part = text.partition("十")
        if len(tens_part) > 1 or len(ones_part) > 1:
            return None
        tens = DIGITS.get(tens_part, None) if tens_part else 1
        ones = DIGITS.get(ones_part, None) if ones_part else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(text) == 1 and text in DIGITS:
        return DIGITS[text]
    return None


def digit_string(text: str) -> str | None:
    """Digit-by-digit numerals (`二〇二〇`, `2020`) to an ASCII digit string, else None."""
    if text.isdigit() and text.isascii():
        return text
    if all(ch in DIGITS for ch in text):
        return "".join(str(DIGITS[ch]) for ch in text)
    return None


def to_number(text: str) -> float | None:
    """Any numeral, Arabic, Chinese or mixed (`6.8万`, `三千二百零五`, `1179.65万`) -> number."""
    text = text.strip()
    if not text:
        return None
    if _ARABIC.fullmatch(text):
        return float(text)
    small = small_int(text)
    if small is not None:
        return float(small)
    import cn2an  # only here, for the general case: importing it takes a tenth of a second

    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError, OverflowError):
        return None
    try:
        return float(value)
    except OverflowError:  # 万万万…: past any float; callers treat inf as too large to report
        return float("inf")
