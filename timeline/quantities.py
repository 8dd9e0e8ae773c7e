"""Quantities: a number with its unit (`6.8萬餘名`, `近8000名`, `五六个小时`, `95.55%`, `百分之九十五`).

The rules match on `Prepared.text` (half-width, simplified, OCR digits fixed) and report the original
characters and offsets. Policy, kept conservative because every false number lands in a timeline:
- A Chinese numeral counts only with a unit from `UNITS` after it, and never inside a set phrase
  (`SET_PHRASES`), a reduplication (`一个个`, `一面面`) or a distributive slogan (`一人一档`).
- An Arabic number counts with a unit from `UNITS` (`%` is one), or with a 万/亿 multiplier alone
  (`6.8万余党员` -> 68000, unit null: a multiplied figure is never a year, a date or a phone number).
- Ordinals (`第一梯队`, `第3批`), house numbers (`3号3栋`), model names (`P2`), generations (`80后`),
  clock times (`8时`) and years (`2020年`) are not quantities: they have no unit from the table, or a
  blocked character before them, or (for 年) a value of 100 or more.
- `一个上午` and its kin are not quantities: they are durations of a part of day, left to the time
  parser (listed in `SET_PHRASES`).
Not read: `几`/`数`/`上百` (no number to report), Chinese decimals (`三点五`), fractions (`三分之一`),
bare 百/千/万 without 余/多 (`百家`, `近百名`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from timeline.numerals import DIGITS, to_number
from timeline.textprep import Prepared

# ---------------------------------------------------------------------------------------------------
# Data tables, each kept once. (Laid out as tables: the formatter leaves them alone.)
# fmt: off

# Units and measure words, as written after the number. Each row: unit, who may use it, characters that
# must not follow it. "any": after Arabic or Chinese numerals; "arabic": only after Arabic digits,
# because with a Chinese 一 the pair is mostly a word (一起, 一度, 一面, 一道, 一块儿, 一头雾水).
UNITS: tuple[tuple[str, str, str], ...] = (
    # people and counts
    ("名", "any", ""), ("人", "any", ""), ("人次", "any", ""), ("位", "any", ""), ("个", "any", ""),
    ("户", "any", ""), ("家", "any", ""), ("所", "any", ""), ("座", "any", ""), ("栋", "any", ""),
    ("间", "any", ""), ("套", "any", ""), ("张", "any", ""), ("台", "any", ""), ("辆", "any", ""),
    ("架", "any", ""), ("艘", "any", ""), ("条", "any", ""), ("项", "any", ""), ("件", "any", ""),
    ("份", "any", ""), ("批", "any", ""), ("批次", "any", ""), ("支", "any", ""), ("只", "any", ""),
    ("箱", "any", ""), ("包", "any", ""), ("瓶", "any", ""), ("袋", "any", ""), ("盒", "any", ""),
    ("双", "any", ""), ("副", "any", ""), ("枚", "any", ""), ("颗", "any", ""), ("株", "any", ""),
    ("棵", "any", ""), ("次", "any", ""), ("场", "any", ""), ("场次", "any", ""), ("轮", "any", ""),
    ("例", "any", ""), ("处", "any", ""), ("类", "any", ""), ("种", "any", ""), ("组", "any", ""),
    ("篇", "any", ""), ("本", "any", ""), ("册", "any", ""), ("部", "any", ""), ("首", "any", ""),
    ("封", "any", ""), ("幅", "any", ""), ("剂", "any", ""), ("顿", "any", ""), ("餐", "any", ""),
    ("倍", "any", ""), ("架次", "any", ""), ("车次", "any", ""), ("班次", "any", ""),
    ("辆次", "any", ""), ("户次", "any", ""), ("家次", "any", ""),
    ("起", "arabic", ""), ("面", "arabic", ""), ("道", "arabic", ""), ("块", "arabic", ""),
    ("头", "arabic", ""), ("口", "arabic", ""), ("层", "arabic", ""), ("字", "arabic", ""),
    ("单", "arabic", ""), ("则", "arabic", ""), ("度", "arabic", ""), ("级", "arabic", "别数"),
    # money
    ("元", "any", ""), ("美元", "any", ""), ("欧元", "any", ""), ("港元", "any", ""), ("英镑", "any", ""),
    # measures
    ("吨", "any", ""), ("公斤", "any", ""), ("千克", "any", ""), ("克", "any", ""), ("毫克", "any", ""),
    ("斤", "any", ""), ("升", "any", ""), ("毫升", "any", ""), ("米", "any", ""), ("厘米", "any", ""),
    ("毫米", "any", ""), ("公里", "any", ""), ("千米", "any", ""), ("平方米", "any", ""),
    ("平米", "any", ""), ("平方公里", "any", ""), ("立方米", "any", ""), ("亩", "any", ""),
    ("公顷", "any", ""), ("摄氏度", "any", ""), ("℃", "any", ""),
    ("%", "any", ""), ("‰", "any", ""), ("百分点", "any", ""),
    # time spans and ages (年 only below 100, see `_year_span_ok`; 年代/年级/年底 are not spans)
    ("岁", "any", ""), ("周岁", "any", ""), ("天", "any", ""), ("小时", "any", ""), ("分钟", "any", ""),
    ("秒", "any", ""), ("秒钟", "any", ""), ("周", "any", ""), ("周年", "any", ""),
    ("工作日", "any", ""), ("昼夜", "any", ""), ("年", "any", "代级底初末度"),
)

# Nouns that take 个 before them (`3个小时`, `6个月`, `17个昼夜`); the unit reported drops the 个.
# 月 and 季度 are here only: a bare `2月` is a month and `一季度` a quarter.
UNITS_AFTER_GE: tuple[str, ...] = ("小时", "钟头", "月", "星期", "礼拜", "季度", "昼夜", "工作日", "百分点")

# Words that contain a numeral and a unit but are no quantity. A Chinese-numeral match that overlaps
# one of these is dropped.
SET_PHRASES: tuple[str, ...] = (
    "四个意识", "四个自信", "四个全面", "四个服从", "两个维护", "两个确立", "两个一百年", "两个务必",
    "三个代表", "三个必须", "三个有利于", "八个明确", "十四个坚持", "三位一体", "四位一体", "五位一体",
    "一次性", "一条心", "一条龙", "一份子", "一年一度", "一年四季", "一天到晚", "三天两头", "三番五次",
    "无一例外", "一家亲", "一个上午", "一个下午", "一个晚上", "一个早上", "一个中午", "一个白天",
    "一个夜晚", "一个通宵", "一个又一个", "最后一米", "最后一公里", "二次",
)

# `一人一档`, `一户一策`, `一家一户`: "one per person", no count. But `一名一线医生` is one doctor.
DISTRIBUTIVE_UNITS = frozenset("人户家村企")
NOT_DISTRIBUTIVE_AFTER_YI = frozenset("线起样直致切同道度")

# Approximation words: before the number, between number and unit, after the unit.
APPROX_BEFORE: dict[str, str] = {
    "不超过": "LESS_THAN", "不少于": "MORE_THAN", "超过": "MORE_THAN", "超": "MORE_THAN",
    "逾": "MORE_THAN", "至少": "MORE_THAN", "将近": "LESS_THAN", "接近": "LESS_THAN",
    "近": "LESS_THAN", "不到": "LESS_THAN", "不足": "LESS_THAN", "最多": "LESS_THAN",
    "至多": "LESS_THAN", "大约": "APPROX", "约": "APPROX", "大概": "APPROX",
}
# A one-character prefix that is really the end of a word: 最近3天 (recently), 附近4名 (nearby),
# 签约3家 (signed with).
APPROX_BEFORE_NOT_AFTER: dict[str, str] = {"近": "最附靠邻亲贴", "约": "预签合契节制公条邀相践赴违"}
APPROX_MIDDLE: dict[str, str] = {"多": "MORE_THAN", "余": "MORE_THAN"}
APPROX_AFTER: dict[str, str] = {
    "左右": "APPROX", "上下": "APPROX", "许": "APPROX", "以上": "MORE_THAN", "以下": "LESS_THAN",
    "余": "MORE_THAN",
}

# 万/亿 and friends after an Arabic number (`6.8万`, `1.2亿`, `3千万`).
MULTIPLIERS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
# Multipliers that let an Arabic number stand without a unit.
LARGE_MULTIPLIERS = "万亿"
# fmt: on

# ---------------------------------------------------------------------------------------------------
# Patterns, compiled once at import.

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_CHARS = _CN_DIGITS + "十百千万亿"
_NUMERAL_START = re.compile(rf"[0-9{_CN_CHARS}]")

# An Arabic number (thousands separated by commas, or at most 12 digits), never continuing a digit run,
# a decimal, a date (`2020-02-01`), a clock (`13:07`), a model name (`P2`), an ordinal (`第3批`) or a
# house number (`3号3栋`).
_ARABIC_NOT_AFTER = r"(?<![0-9.\-/:~+#A-Za-z第号])"
_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,12})(?:\.[0-9]{1,8})?(?![0-9])"
# A Chinese numeral never continues a word (统一, 唯一, 同一, 第一, 三分之一, 几十, 数十, 三点五), nor
# follows a determiner that makes 一 mean "a certain / every / another" (这一场, 每一个, 另一支, 又一批).
_CN_NOT_AFTER = rf"(?<![0-9.{_CN_CHARS}第同唯统逐单专点之数几好每另又这那哪某任其])"
_CN = rf"[{_CN_DIGITS}十][{_CN_CHARS}]{{0,15}}"
# 百余人, 千余名, 万多元: a bare 百/千/万 is a number only before 余/多.
_CN_ROUND = r"[百千万](?=[余多])"
_RANGE_SEPARATOR = r"(?:-|~|—|–|至|到)"
_MULTIPLIER = "(?:千万|百万|万亿|[十百千万亿])"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def _unit_alternation() -> str:
    parts = []
    for unit, _, not_before in sorted(UNITS, key=lambda row: len(row[0]), reverse=True):
        parts.append(re.escape(unit) + (f"(?![{not_before}])" if not_before else ""))
    return "|".join(parts)


@dataclass(frozen=True)
class Reading:
    """What a rule reads from a match, before prefixes, suffixes and filters."""

    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    approx: str | None
    chinese: bool  # the number is written in Chinese numerals (stricter filters apply)
    unit_is_arabic_only: bool


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # group names are unique across rules, so all rules combine into one regex
    produce: Callable[[re.Match[str], Prepared], Reading | None]


def _count_pattern() -> str:
    first = rf"(?:{_ARABIC_NOT_AFTER}(?P<a_ar>{_ARABIC})|{_CN_NOT_AFTER}(?P<a_cn>{_CN}|{_CN_ROUND}))"
    # After the range separator the first number's look-behind checks would see the separator.
    second = rf"(?:(?P<b_ar>{_ARABIC})|(?P<b_cn>{_CN}))"
    units = _unit_alternation()
    return (
        first
        + rf"(?P<amult>{_MULTIPLIER})?"
        + rf"(?:(?P<sep>{_RANGE_SEPARATOR}){second})?"
        + r"(?P<mid>[多余])?"
        + rf"(?P<mult>{_MULTIPLIER})?"
        + r"(?P<mid2>[多余])?"
        + r" ?"
        + rf"(?:个(?P<ge_extra>[多余半])?(?P<ge_unit>{_alternation(UNITS_AFTER_GE)})"
        + rf"|(?P<unit>{units}))?"
    )


_PERCENT_WORD_PATTERN = rf"百分之(?:(?P<pct_ar>{_ARABIC})|(?P<pct_cn>{_CN}))(?P<pct_mid>[多余])?"

_ARABIC_UNITS = frozenset(unit for unit, users, _ in UNITS if users == "arabic")


def _decimal(text: str) -> Decimal | None:
    digits = text.replace(",", "")
    if len(digits.split(".")[0]) > _MAX_DIGITS:
        return Decimal("Infinity")  # far past MAX_VALUE: arithmetic on it stays cheap and exact enough
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _thousands_commas_ok(match: re.Match[str], group: str, prepared: Prepared) -> bool:
    """`1,253名` is one number only when the commas were ASCII commas (a `，` is a list separator)."""
    start = match.start(group)
    for index, char in enumerate(match.group(group)):
        if char == "," and prepared.original[prepared.offsets[start + index]] != ",":
            return False
    return True


def _chinese_numeral(text: str) -> tuple[Decimal, Decimal] | Decimal | None:
    """A Chinese numeral, or a (low, high) pair for an approximate one (`五六`, `三四十`, `十五六`)."""
    if text in MULTIPLIERS:  # 百余, 千多, 万余
        return Decimal(MULTIPLIERS[text])
    for index in range(len(text) - 1):
        first, second = DIGITS.get(text[index]), DIGITS.get(text[index + 1])
        if first and second and second == first + 1:
            low = _chinese_numeral(text[: index + 1] + text[index + 2 :])
            high = _chinese_numeral(text[:index] + text[index + 1 :])
            if isinstance(low, Decimal) and isinstance(high, Decimal):
                return low, high
            return None
    if len(text) > 1 and not any(ch in "十百千万亿" for ch in text):
        return None  # 一一, 八一, 二〇二〇: digit strings, never a count
    value = to_number(text)
    return None if value is None else Decimal(str(value))


def _number(
    match: re.Match[str], prefix: str, prepared: Prepared
) -> tuple[Decimal, Decimal] | Decimal | None:
    arabic = match.group(f"{prefix}_ar")
    if arabic is not None:
        if "," in arabic and not _thousands_commas_ok(match, f"{prefix}_ar", prepared):
            return None
        return _decimal(arabic)
    chinese = match.group(f"{prefix}_cn")
    return None if chinese is None else _chinese_numeral(chinese)


@cache
def _multiplier(text: str | None) -> Decimal:
    factor = Decimal(1)
    for char in text or "":
        factor *= MULTIPLIERS[char]
    return factor


def _produce_count(match: re.Match[str], prepared: Prepared) -> Reading | None:
    # the groups every match asks for, read in one call
    ge_unit, unit, mult, amult, a_cn, sep, b_cn = match.group(
        "ge_unit", "unit", "mult", "amult", "a_cn", "sep", "b_cn"
    )
    if ge_unit is None and unit is None:
        # Without a unit only a large multiplied Arabic figure is a quantity (6.8万余党员): known
        # before any number is read.
        multiplier_text = (mult or "") + (amult or "")
        chinese = a_cn is not None or (sep is not None and b_cn is not None)
        if chinese or not any(char in LARGE_MULTIPLIERS for char in multiplier_text):
            return None
    first = _number(match, "a", prepared)
    if first is None:
        return None
    chinese = a_cn is not None
    mult_text = mult
    mult = _multiplier(mult_text)
    # `2万-3万人` carries a multiplier on each side, `2-3万人` one for both.
    first_mult = _multiplier(amult) if amult else mult
    if sep:
        second = _number(match, "b", prepared)
        if not isinstance(first, Decimal) or not isinstance(second, Decimal):
            return None
        chinese = chinese or b_cn is not None
        low, high = first * first_mult, second * mult
        if low >= high:
            return None  # 2020-02 and friends: not a range
        value = None
    else:
        factor = _multiplier(amult) * mult  # 4.45万多名, 十多万人
        if isinstance(first, tuple):
            value, low, high = None, first[0] * factor, first[1] * factor
        else:
            value, low, high = first * factor, None, None
    extra = match.group("ge_extra")
    if extra == "半" and value is not None:
        value += Decimal("0.5")
    unit = ge_unit or unit
    mid = match.group("mid") or match.group("mid2") or (extra if extra in APPROX_MIDDLE else None)
    if unit is None:
        # Without a unit only a large multiplied Arabic figure is a quantity (6.8万余党员).
        multiplier_text = (mult_text or "") + (amult or "")
        if chinese or not any(char in LARGE_MULTIPLIERS for char in multiplier_text):
            return None
    return Reading(
        value=value,
        low=low,
        high=high,
        unit=unit,
        approx=APPROX_MIDDLE.get(mid) if mid else None,
        chinese=chinese,
        unit_is_arabic_only=unit in _ARABIC_UNITS,
    )


def _produce_percent_word(match: re.Match[str], prepared: Prepared) -> Reading | None:
    if match.group("pct_ar") is not None:
        value = _decimal(match.group("pct_ar"))
    else:
        number = _chinese_numeral(match.group("pct_cn"))
        value = number if isinstance(number, Decimal) else None
    if value is None:
        return None
    mid = match.group("pct_mid")
    return Reading(
        value=value,
        low=None,
        high=None,
        unit="%",
        approx=APPROX_MIDDLE.get(mid) if mid else None,
        chinese=False,  # 百分之 makes the numeral unambiguous
        unit_is_arabic_only=False,
    )


# Order matters: at one position the first rule that matches wins.
RULES: tuple[Rule, ...] = (
    Rule("百分之<number>", _PERCENT_WORD_PATTERN, _produce_percent_word),
    Rule("<number>[-<number>][多|余][万|亿]<unit>", _count_pattern(), _produce_count),
)


def _check_rules() -> None:
    names = [rule.name for rule in RULES]
    if len(names) != len(set(names)):
        raise ValueError(f"duplicate quantity rule names: {names}")
    for rule in RULES:
        if re.compile(rule.pattern).fullmatch(""):
            raise ValueError(f"quantity rule {rule.name!r} matches the empty string")
    for table_name, words in (
        ("UNITS", [row[0] for row in UNITS]),
        ("UNITS_AFTER_GE", list(UNITS_AFTER_GE)),
        ("SET_PHRASES", list(SET_PHRASES)),
    ):
        if len(words) != len(set(words)):
            raise ValueError(f"duplicate entries in {table_name}")


_check_rules()
_RULE_GROUPS = tuple(f"rule{index}" for index in range(len(RULES)))
_RULE_BY_GROUP = dict(zip(_RULE_GROUPS, RULES, strict=True))
_MASTER = re.compile("|".join(f"(?P<{group}>{rule.pattern})" for group, rule in _RULE_BY_GROUP.items()))
_APPROX_AFTER = re.compile(r"左右|上下(?![班楼车级])|许(?![多可])|以上|以下|余")
_APPROX_BEFORE_LONGEST_FIRST = sorted(APPROX_BEFORE, key=len, reverse=True)
_APPROX_BEFORE_LAST_CHARS = frozenset(word[-1] for word in APPROX_BEFORE)
# The next position where a rule matches, found by one search: a numeral starts there and `_MASTER`
# matches (the look-ahead is zero-width, so the match is `_MASTER.match` at that position).
_MASTER_SEARCH = re.compile(f"(?={_NUMERAL_START.pattern})(?:{_MASTER.pattern})")


# ---------------------------------------------------------------------------------------------------
# Filters for Chinese numerals.


# Every place a set phrase starts (the longest one there), found once per text: a lookahead so that
# overlapping phrases (第一线 and 一线) are all seen.
# The look-ahead stands behind a class of the phrases' first characters (and a look-behind over that
# character), so the search skips every other character at C speed.
_SET_PHRASE_STARTS = re.compile(
    "["
    + "".join(sorted({re.escape(phrase[0]) for phrase in SET_PHRASES}))
    + "](?<=(?=("
    + "|".join(re.escape(phrase) for phrase in sorted(SET_PHRASES, key=len, reverse=True))
    + "))(?s:.))"
)


class _SetPhrases:
    """The set-phrase spans of one text, found lazily on the first question; answers overlap queries
    by bisection over their starts with a running maximum of their ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.max_ends: list[int] = []

    def overlap(self, start: int, end: int) -> bool:
        if self.starts is None:
            self.starts = []
            reach = 0
            for match in _SET_PHRASE_STARTS.finditer(self.text):
                reach = max(reach, match.start() + len(match.group(1)))
                self.starts.append(match.start())
                self.max_ends.append(reach)
        index = bisect_left(self.starts, end) - 1  # the last phrase starting before `end`
        return index >= 0 and self.max_ends[index] > start


def _is_word_not_count(text: str, start: int, end: int, unit: str) -> bool:
    """一个个, 一座座 (reduplication: "every one"), 一人一档, 一户一策 (distributive slogans)."""
    following = text[end : end + 2]
    if following[:1] == unit[-1]:
        return True
    if unit == "个" and following[:1] == "一" and following[1:] != "线":
        return True  # 五个一, 三个一批, 一个一个: slogans and "one by one"
    return (
        unit in DISTRIBUTIVE_UNITS
        and text[start:end].startswith("一")
        and following[:1] == "一"
        and following[1:] not in NOT_DISTRIBUTIVE_AFTER_YI
    )


def _year_span_ok(reading: Reading, number_text: str) -> bool:
    """年 is a span (`12年党龄`, `两年`) only below 100; `2020年` and `03年` are years."""
    if reading.unit != "年":
        return True
    value = reading.value if reading.value is not None else reading.high
    return value is not None and value < 100 and not number_text.startswith("0")


# ---------------------------------------------------------------------------------------------------


# Larger values are no count a report gives (a comma-grouped run of hundreds of digits): they have no
# JSON number a reader could hold, so `value` is null and the exact figure stays in `text`.
MAX_VALUE = Decimal(10) ** 18
_MAX_DIGITS = 40


def _json_number(number: Decimal | None) -> int | float | None:
    if number is None or not number.is_finite() or abs(number) >= MAX_VALUE:
        return None
    if number == number.to_integral_value():
        return int(number)
    return float(number)


def _approx_before(text: str, start: int) -> tuple[str | None, int]:
    if start == 0 or text[start - 1] not in _APPROX_BEFORE_LAST_CHARS:
        return None, start
    for word in _APPROX_BEFORE_LONGEST_FIRST:
        word_start = start - len(word)
        if word_start >= 0 and text.startswith(word, word_start):
            blocked = APPROX_BEFORE_NOT_AFTER.get(word, "")
            if blocked and word_start > 0 and text[word_start - 1] in blocked:
                continue
            return APPROX_BEFORE[word], word_start
    return None, start


class _Excluded:
    """Sorted original-offset spans; answers "does [start, end) overlap any of them?" by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [span[0] for span in merged]
        self.ends = [span[1] for span in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1  # last span starting before `end`
        return index >= 0 and self.ends[index] > start


def find_quantities(prepared: Prepared, exclude: list[tuple[int, int]]) -> list[dict]:
    """Numbers with their units in `prepared.text`, reported in original offsets.

    `exclude` lists original-offset spans (dates and clock times) that a quantity must not overlap.
    """
    text = prepared.text
    excluded = _Excluded(exclude)
    set_phrases = _SetPhrases(text)
    quantities: list[dict] = []
    # One search finds the next place where a rule matches (at a numeral character).
    search = _MASTER_SEARCH.search
    position = 0
    while (match := search(text, position)) is not None:
        position = match.start() + 1
        start, end = match.start(), match.end()
        if end > start and text[end - 1] == " ":  # the optional space before a unit that was not there
            end -= 1
        # A quantity only grows from the match (approximation words on either side), so a match
        # that already overlaps a date or a clock time is dropped before it is read.
        if excluded.overlaps(*prepared.span(start, end)):
            continue
        # Each rule's group encloses all of its inner groups, so it is the last one to close.
        reading = _RULE_BY_GROUP[match.lastgroup].produce(match, prepared)
        if reading is None:
            continue
        if reading.chinese and (
            reading.unit_is_arabic_only
            or reading.unit is None
            or set_phrases.overlap(start, end)
            or _is_word_not_count(text, start, end, reading.unit)
        ):
            continue
        if not _year_span_ok(reading, match.group(0)):
            continue
        approx_before, start = _approx_before(text, start)
        approx_after = None
        if reading.unit is not None:
            after = _APPROX_AFTER.match(text, end)
            if after and not (after.group() == "余" and reading.approx):
                approx_after, end = APPROX_AFTER[after.group()], after.end()
        original_start, original_end = prepared.span(start, end)
        if excluded.overlaps(original_start, original_end):
            continue
        position = end
        quantities.append(
            {
                "text": prepared.original[original_start:original_end],
                "start": original_start,
                "end": original_end,
                "value": _json_number(reading.value),
                "min": _json_number(reading.low),
                "max": _json_number(reading.high),
                "unit": reading.unit,
                "approx": approx_before or reading.approx or approx_after,
            }
        )
    return quantities
