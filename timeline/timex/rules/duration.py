"""Lengths of time: 16天, 五六个小时, 一年又一个月, 半个月.

Corpus: `timeline/timex/corpus/duration.py`.
"""

from __future__ import annotations

import math
import re

from timeline.numerals import DIGITS, to_number
from timeline.timex.piece import Piece
from timeline.timex.rules.base import _Alias, rule
from timeline.timex.rules.common import NAME_FOLLOWERS, SP, _amount

DURATION_UNITS = {
    "年": "Y",
    "个月": "M",
    "月": "M",
    "周": "W",
    "星期": "W",
    "个星期": "W",
    "天": "D",
    "日": "D",
    "个昼夜": "D",
    "昼夜": "D",
    "小时": "H",
    "个小时": "H",
    "个钟头": "H",
    "钟头": "H",
    "个钟": "H",  # Cantonese: 三個鐘 (three hours), 一個半鐘
    "钟": "H",
    "分钟": "MIN",
    "秒": "S",
    "秒钟": "S",
    "个工作日": "D",
    "工作日": "D",
}


# Years per unit, to refuse absurd lengths of time: no stretch a text measures is longer than this many
# years (`1001000年半`, a run of digits before 年 are numbers gone wrong, not durations).
_YEARS_PER_UNIT = {"Y": 1, "M": 1 / 12, "W": 7 / 365.25, "D": 1 / 365.25, "H": 1 / 8766, "MIN": 1 / 525960}
_YEARS_PER_UNIT["S"] = _YEARS_PER_UNIT["MIN"] / 60
MAX_DURATION_YEARS = 10_000


def plausible_length(amount: float, unit: str) -> bool:
    """Whether `amount` of `unit` (Y, M, W, D, H, MIN, S) is a length of time a text can mean."""
    return math.isfinite(amount) and 0 <= amount * _YEARS_PER_UNIT[unit] <= MAX_DURATION_YEARS


def iso_duration(amount: float | str, unit: str) -> str:
    """`amount` of `unit` (Y, M, W, D, H, MIN, S; X for an unknown amount) as ISO 8601 writes it: P3D,
    PT6H, PT30M, P0.5Y. The one place lengths of time are spelt, for the rules and the policy alike."""
    if isinstance(amount, str):
        number = amount
    elif float(amount).is_integer():
        number = str(int(amount))
    else:  # plain decimals, never an exponent (1.5, 0.25)
        number = f"{amount:.6f}".rstrip("0").rstrip(".")
    if unit in ("H", "S"):
        return f"PT{number}{unit}"
    if unit == "MIN":
        return f"PT{number}M"
    return f"P{number}{unit}"


def _range_numbers(text: str) -> tuple[int, int] | None:
    """五六 -> (5, 6), 七八 -> (7, 8), 2-3 -> (2, 3): two adjacent numbers read as a range."""
    if len(text) == 2 and all(ch in DIGITS for ch in text):
        low, high = DIGITS[text[0]], DIGITS[text[1]]
        if high == low + 1 and low > 0:
            return low, high
    if "-" in text or "~" in text or "到" in text or "至" in text:
        parts = re.split(r"[-~到至]", text)
        if len(parts) == 2:
            low, high = to_number(parts[0]), to_number(parts[1])
            if low is not None and high is not None and low < high:
                return int(low), int(high)
    return None


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
# Words right before N日 that make it a number of days (放假3日, 补假1日), not the N-th of a month
_DAY_COUNTERS = (
    "放假", "休假", "补假", "补休", "调休", "停课", "停工", "共", "为期",
    # 展期10日, 休息1日, 首3日, 停业3日, 隔离14日, 延长3日 (Hong Kong's 日 for days)
    "展期", "休息", "首", "停业", "停市", "隔离", "延长", "延期", "歇业", "休市", "暂停", "关闭",
    # ，计6日 (共计, 合计; not 预计11日), 这5日, 头3日: a count of the days just named
    "，计", ",计", "共计", "合计", "总计", "累计", "这", "头",
)  # fmt: skip
# (after N日, 为限 makes it a length too: 寒假以21日为限)
_WEEKDAY_DIGITS = set("一二三四五六日天")


@rule(
    "<n><unit>",
    # 连三日, 连两天: in a row (a Chinese numeral after 连; 大连3日 is a dateline)
    pattern=rf"(?P<lead>连续|一连|(?<!大)连(?=[一二两三四五六七八九十])|持续|历时|为期|长达|整整|共|近|约|大约|超过|逾|不到|不足)?"
    rf"(?P<n>\d{{1,6}}(?:\.\d{{1,3}})?(?:[-~到至]\d{{1,6}})?|[一二两三四五六七八九十百千零]{{1,8}}|几|数|若干){SP}(?P<half>个半|半)?"
    rf"(?:个(?=[多余](?:月|小时|钟头|星期)))?(?P<more>多|余)?(?P<u>个工作日|工作日|个昼夜|昼夜|个小时|个钟头|小时|钟头|个钟(?![头表楼点声])|(?<=个半)钟(?![头表楼点声])|个星期|星期|个月|(?<=[多余])月|分钟|秒钟|秒|年|周|天|日)"
    rf"(?P<half2>半(?!夜|天|年|月|小时|个|场|价|会|山|岛|导|边|数|径|决|程|期))?(?P<more2>多(?![云雨风变少数])|余|有余)?(?P<tail>左右|来|以来|之久|内|之内|时间)?(?!{NAME_FOLLOWERS}|岁|度|级|龄以上|代)",
)
def p_duration(m: re.Match, s: int, e: int) -> Piece | None:
    unit_text = m["u"]
    unit = DURATION_UNITS[unit_text]
    number = m["n"]
    mod = None
    if m["more"] or m["more2"]:
        mod = "MORE_THAN"
    elif m["lead"] in ("近", "不到", "不足"):
        mod = "LESS_THAN"
    elif m["lead"] in ("超过", "逾"):
        mod = "MORE_THAN"
    elif m["tail"] in ("左右",) or m["lead"] in ("约", "大约"):
        mod = "APPROX"
    before = m.string[max(0, s - 3) : s]
    if unit_text == "星期" and m.string[e : e + 1] in _WEEKDAY_DIGITS and not m["lead"]:
        return None  # 4. 4. 2024 星期四: a date's weekday, not 2024 weeks
    if not m["lead"] and before.endswith("第") and unit_text in ("天", "日", "周", "年", "个月", "星期"):
        return None  # 第一天, 第三周: an ordinal day or week, not a length
    if number == "一" and not m["lead"] and before.endswith(("这", "那", "哪")) and unit_text in ("天", "日"):
        return None  # 这一天, 那一日: the day spoken of, not a length of one day
    if m["lead"] == "近" and before.endswith("附") and unit_text == "日":
        return None  # 台灣附近19日: 近 ends the word 附近 (nearby), and 19日 is a day of the month
    if unit_text == "日" and before.endswith(("到", "至", "于", "在", "截至", "迄")) and not m["lead"]:
        return None  # 持续到16日左右: a day of the month
    if unit_text == "日" and not (
        m["lead"]
        or m["tail"]
        or m["more"]
        or m["more2"]
        or before.endswith(_DAY_COUNTERS)
        or m.string.startswith("为限", e)
    ):
        return None  # 16日 is a day of the month; only 连续16日 / 16日来 / 放假3日 is a duration
    if m["lead"] in ("约", "大约", "近") and m.string.startswith(
        ("前", "后", "以前", "以后", "之前", "之后"), e
    ):
        return None  # 大约两周前: a date two weeks back (the shift rule reads it), not a length
    piece = Piece(s, e, "<n><unit>", "duration", mod=mod)
    span = _range_numbers(number) if number else None
    if span and not plausible_length(span[1], unit):
        return None
    if span:
        piece.value = iso_duration(span[0], unit)
        piece.range_min, piece.range_max = iso_duration(span[0], unit), iso_duration(span[1], unit)
        piece.mod = piece.mod or "APPROX"
        return piece
    if number in ("几", "数", "若干"):
        piece.value = iso_duration("X", unit)
        return piece
    amount = _amount(number) if number else 1.0
    if amount is None:
        return None
    if m["half"] or m["half2"]:
        amount = amount + 0.5 if number else 0.5
    if unit == "Y" and m["n"] and m["n"].isdigit() and len(m["n"]) == 4:
        return None
    if not plausible_length(amount, unit):
        return None
    piece.value = iso_duration(amount, unit)
    return piece


# 多天, 多日 with no number (舉辦多天以來, 持續多天, 連續多日): some days, a length; 差不多天黑 is no count,
# 多天前 is a time back, and 多日 only before what a length takes (来, 以来, 内, a stop), never 许多日本人
@rule(
    "多天",
    pattern=r"(?<!差不)多(?:天(?![天空气色下津涯前后])|日(?=[来以内间，。、；,.;的未不都才]))",
)
def p_some_days(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "多天", "duration", value="PXD")


# 多年, 多年来, 近年来 with no number: some years up to now, a length (流浪多年, 多年來堅持, 近年来); 多年前
# and 多年后 are times back or ahead, and 许多年轻人, 多年生, 差不多年底 hold no length at all
@rule(
    "多年",
    pattern=r"(?:(?<!附)近|(?<!差不)多)年(?:以来|以來|来|來|(?![轻輕级級纪紀度货貨画畫夜初底终終末份生前后後以之]))",
)
def p_some_years(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "多年", "duration", value="PXY")


@rule("<n>月余", pattern=r"(?P<n>[一二两三四五六七八九十]{1,8})(?P<u>月)(?P<more2>余|多|有余)")
def p_months_more(m: re.Match, s: int, e: int) -> Piece | None:
    return p_duration(_Alias(m, {"lead": None, "half": None, "more": None, "tail": None}), s, e)


# 個半鐘 (Cantonese): an hour and a half, the 一 left out
@rule("个半钟", pattern=r"(?<![\d一二两三四五六七八九十几])个半钟(?![头表楼点声])")
def p_hour_and_a_half(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "个半钟", "duration", value="PT1H30M")


@rule("半<unit>", pattern=r"半(?:个)?(?P<more>多)?(?P<u>小时|钟头|月|年|天)(?!前|后)")
def p_half_duration(m: re.Match, s: int, e: int) -> Piece | None:
    unit = DURATION_UNITS[m["u"]]
    mod = "MORE_THAN" if m["more"] else None
    return Piece(s, e, "半<unit>", "duration", value=iso_duration(0.5, unit), mod=mod)
