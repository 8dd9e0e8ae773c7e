"""Time expression rules: each a name, a pattern and a production.

Patterns run on prepared text (half-width, simplified). A production reads the match and returns a
`Piece`: what the words say (month 1, day 28, "the day after", "除夕"), never which calendar date
that is; the resolver decides that. The parser joins adjacent pieces (a date and a clock time, two
ends of a range) and applies prefixes and suffixes (截至, 以来, 前后, 初, 下旬).

Families, each covered by the corpus of the same name in `timeline/timex/corpus.py`:
absolute (with reign years and decades), clock, relative (with halves and stretches such as 前2周),
festival (lunar, solar festivals, solar terms, cyclic years), duration, set; the corpus adds `ranges`
(what the parser's joins and prefixes/suffixes make of them) and `negative` (never a time). Rules are tried in the order listed at the bottom (`RULES`): at one position the
first that matches wins, so longer and more specific forms come first.

Numbers in the patterns are bounded (at most 6 Arabic digits, 8 Chinese numerals: no time expression
needs more), and a length of time beyond `MAX_DURATION_YEARS` is refused. A rule never starts inside a
number (the parser's scan sees to that), and a written date in a year the rules do not read
(`9999年1月1日`) is consumed as a "void" piece that reports nothing.
"""

from __future__ import annotations

import math
import re
import re._constants as sre_constants
import re._parser as sre_parse
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from timeline.numerals import CN_DIGIT, DIGITS, small_int, to_number
from timeline.timex import calendar_cn


@dataclass
class Piece:
    """What one matched expression says, before resolution."""

    start: int
    end: int
    rule: str
    kind: str  # date, time, duration, set, ref; "void": words that are no time and hide their parts
    year: int | None = None
    month: int | None = None
    day: int | None = None
    year_shift: int | None = None  # 去年 = -1, relative to the base year
    month_shift: int | None = None  # 上个月 = -1
    day_shift: int | None = None  # 昨天 = -1, 次日 = +1
    week_shift: int | None = None
    weekday: int | None = None  # ISO 1..7
    anaphoric: bool = False  # counts from the context (次日) rather than the reference (明天)
    grain: str = "day"  # day, month, year, quarter, half, week, season, decade
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    year_part: str | None = None  # START/MID/END for 年初/年中/年底
    month_part: str | None = None  # START/MID/END for 月初/月中/月底, 上旬/中旬/下旬
    lunar_month: int | None = None
    lunar_day: int | None = None
    lunar_leap: bool = False
    lunar_year_names: list[int] | None = None  # candidate lunar years from 庚子年 / 鼠年
    year_kind: str | None = None  # how a year is named when not in digits: sexagenary, zodiac, era
    festival: str | None = None  # a key of calendar_cn tables, or "除夕"
    solar_term: str | None = None
    shift: tuple[float, str] | None = None  # (amount, unit) for 三天后 / 一周前
    shift_vague: bool = False  # 一个多月前: only month precision is known
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    pod: str | None = None  # part of day: MO, MI, AF, EV, NI
    weak: bool = False  # only a time when attached to a date (三点, 一时)
    value: str | None = None  # durations, sets, *_REF
    mod: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def has_date(self) -> bool:
        return self.kind == "date"


Production = Callable[[re.Match, int, int], "Piece | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    produce: Production
    family: str


# ---------------------------------------------------------------------------------------------------
# Shared fragments
# ---------------------------------------------------------------------------------------------------
_CHINESE_DIGITS = "零〇○一二两三四五六七八九十廿卅"
YEAR4 = rf"(?:(?<!\d)(?:1[89]|20)\d\d(?!\d)|{CN_DIGIT}{{4}})"
MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)"
MONTH_ARABIC = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:[12]\d|3[01]|0?[1-9]|[二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
DAY_ARABIC = r"(?:[12]\d|3[01]|0?[1-9])"
DAY_CN = r"(?:[二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
HOUR = r"(?:[01]?\d|2[0-4]|二十[一二三四]?|十[一二]?|[零一二两三四五六七八九])"
MINUTE = r"(?:[0-5]?\d|[二三四五]?十[一二三四五六七八九]?|[零一二三四五六七八九])"
SP = r"[ \t]?"  # news text sometimes spaces 2008 年 or 3 月

PART_OF_DAY = {
    "凌晨": "NI",
    "清晨": "MO",
    "早晨": "MO",
    "早上": "MO",
    "一大早": "MO",
    "一早": "MO",
    "上午": "MO",
    "早间": "MO",
    "中午": "MI",
    "正午": "MI",
    "午间": "MI",
    "午后": "AF",
    "下午": "AF",
    "傍晚": "EV",
    "晚上": "EV",
    "晚间": "EV",
    "夜间": "NI",
    "夜里": "NI",
    "深夜": "NI",
    "半夜": "NI",
    "午夜": "NI",
    "夜晚": "EV",
    "早": "MO",
    "晚": "EV",
    "夜": "NI",
}
_POD_WORDS = sorted((w for w in PART_OF_DAY if len(w) > 1), key=len, reverse=True)
POD = "(?:" + "|".join(_POD_WORDS) + ")"
POD_CLOCK = "(?:" + "|".join(_POD_WORDS) + "|早|晚|夜)"  # single characters only right before a clock
# Hours that a part of day moves into the afternoon (晚8时 = 20:00); NI keeps small hours (凌晨1时).
_AFTERNOON_PODS = {"AF", "EV"}

WEEKDAYS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "日": 7,
    "天": 7,
    "末": 6,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
}

# Words after a number or festival name that make it a name, not a date: 八一路, 3号楼, 七一勋章.
NAME_FOLLOWERS = (
    "路|街|大道|大街|巷|弄|广场|桥|大桥|村|小区|社区|中学|小学|学校|大学|厂|勋章|奖章|剧场|剧院|大厦|商场|"
    "公园|农场|站|楼|栋|院|线|床|病房|房|车厢|车|号|宾馆|酒店|医院|电影院|西路|东路|南路|北路|中路|口号|文件|讲话|"
    "精神|队|班|营|连|团|杯|奖|卡|湖|山|镇|乡|里"
)


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    return small_int(text)


def _month(text: str) -> int | None:
    return 1 if text == "元" else _num(text)


def _year(text: str) -> int | None:
    digits = "".join(str(DIGITS[ch]) if ch in DIGITS else ch for ch in text)
    if not digits.isdigit():
        return None
    if len(digits) == 2:  # 08年, 零八年: 1950..2049 window
        value = int(digits)
        return 2000 + value if value < 50 else 1900 + value
    return int(digits)


def _group(match: re.Match, name: str) -> str | None:
    try:
        return match.group(name)
    except IndexError:
        return None


# ---------------------------------------------------------------------------------------------------
# absolute
# ---------------------------------------------------------------------------------------------------
def p_numeric_date(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "<yyyy>-<mm>-<dd>", "date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    if m["H"]:
        piece.kind = "date"
        piece.hour, piece.minute = int(m["H"]), int(m["M"])
        piece.second = int(m["S"]) if m["S"] else None
    return piece


def p_year_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    year = _year(m["y"])
    if year is None:
        return None
    month = _month(m["m"]) if m["m"] else None
    day_text = m["d"] or m["dcn"]
    day = _num(day_text) if day_text else None
    grain = "day" if day else "month" if month else "year"
    return Piece(s, e, "<year>年<month>月<day>日", "date", year=year, month=month, day=day, grain=grain)


def p_unsupported_year(m: re.Match, s: int, e: int) -> Piece | None:
    # 9999年1月1日, 12020年3月5日: a calendar date in a year we do not read. Nothing is reported, and
    # the piece keeps its month and day (1月1日) from being read as a date of the reference year.
    return Piece(s, e, "<yyyy>年 out of range", "void")


def p_short_year(m: re.Match, s: int, e: int) -> Piece | None:
    year = _year(m["y"])
    month = _month(m["m"]) if m["m"] else None
    day = _num(m["d"]) if m["d"] else None
    grain = "day" if day else "month" if month else "year"
    return Piece(s, e, "<yy>年<month>月", "date", year=year, month=month, day=day, grain=grain)


def p_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    month, day = _month(m["m"]), _num(m["d"])
    if not month or not day:
        return None
    return Piece(s, e, "<month>月<day>日", "date", month=month, day=day)


def p_month(m: re.Match, s: int, e: int) -> Piece | None:
    month = _month(m["m"])
    if not month:
        return None
    return Piece(s, e, "<month>月", "date", month=month, grain="month")


def p_day(m: re.Match, s: int, e: int) -> Piece | None:
    day = _num(m["d"])
    if not day:
        return None
    return Piece(s, e, "<day>日", "date", day=day, anaphoric=True)


def p_decade(m: re.Match, s: int, e: int) -> Piece | None:
    if m["tens"]:
        digits = f"{DIGITS[m['tens'][0]]}0"  # 九十年代
    else:
        digits = "".join(str(DIGITS.get(ch, ch)) for ch in m["y"])
    if m["c"]:  # 十九世纪七十年代: the 19th century is the 1800s
        century = _num(m["c"])
        if not century or len(digits) != 2:
            return None
        digits = f"{century - 1}{digits}"
    elif len(digits) == 2:
        digits = ("20" if digits in ("00", "10") else "19") + digits
    return Piece(s, e, "<yy>年代", "date", grain="decade", value=digits[:3], year=int(digits))


# ---------------------------------------------------------------------------------------------------
# clock
# ---------------------------------------------------------------------------------------------------
def _clock_piece(m: re.Match, s: int, e: int, name: str) -> Piece | None:
    hour = _num(m["h"])
    if hour is None or hour > 24:
        return None
    minute = 0
    if _group(m, "half"):
        minute = 30
    elif _group(m, "q"):
        minute = 15 * _num(m["q"])
    elif _group(m, "mi"):
        minute = _num(m["mi"])
        if minute is None or minute > 59:
            return None
    second = _num(_group(m, "sec")) if _group(m, "sec") else None
    pod = PART_OF_DAY.get(m["pod"]) if _group(m, "pod") else None
    if pod in _AFTERNOON_PODS and hour < 12:
        hour += 12
    elif pod == "NI" and 6 <= hour < 12 and m["pod"] in ("夜间", "夜里", "夜", "深夜"):
        hour += 12  # 夜里10点 is 22:00; 凌晨/半夜 keep small hours
    elif pod == "MI" and hour < 6:
        hour += 12  # 中午1点
    piece = Piece(s, e, name, "time", hour=hour, minute=minute, second=second, pod=pod)
    approx = _group(m, "approx")
    if approx in ("许", "左右", "前后", "多"):
        piece.mod = "APPROX"
    explicit = pod or m["mi"] or m["half"] or m["q"] or approx or m["zh"] or m["h"] == "零"
    if not explicit:
        before, after = m.string[max(0, s - 2) : s], m.string[e : e + 2]
        if _CLOCK_AFTER.match(after) or before.endswith(_CLOCK_BEFORE):
            explicit = True  # 十二点之后, 大约十点: words that only go with a clock time
    if not explicit:
        if not m["h"].isdigit() or (m["unit"] == "点" and _COUNTED.match(m.string, e)):
            piece.weak = True  # 三点要求, 2点建议: points of a list; a time only right after a date
        elif m.string[max(0, s - 1) : s] == "第":
            return None
    return piece


# Words after a bare hour that make it a clock time (十二点之后), words before it (大约十点), and nouns
# that make 3点 a count of points (3点建议).
_CLOCK_AFTER = re.compile(r"之前|之后|以前|以后|前后|左右|钟|整")
_CLOCK_BEFORE = ("大约", "约", "到", "至", "于", "在")
_COUNTED = re.compile(
    r"要求|意见|建议|措施|举措|做法|共识|看法|内容|原则|希望|体会|经验|启示|理由|原因|不足|问题|任务|部署|"
    r"指示|思考|考虑|说明|注意|规定|办法|意义|特点|优势|目标|方面|作用|变化|改进|提示|倡议|承诺|保障|"
    r"疑问|结论|想法|心得|感受|收获|区别|差异|成效|成果|贡献|教训|主张|观点|建言|对策"
)


def p_clock(m: re.Match, s: int, e: int) -> Piece | None:
    return _clock_piece(m, s, e, "<pod><hour>时<minute>分")


def p_colon_clock(m: re.Match, s: int, e: int) -> Piece | None:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 24:
        return None
    pod = PART_OF_DAY.get(m["pod"]) if m["pod"] else None
    if (pod in _AFTERNOON_PODS or (m["ap"] or "").lower().startswith("p")) and hour < 12:
        hour += 12
    elif (m["ap"] or "").lower().startswith("a") and hour == 12:
        hour = 0
    second = int(m["sec"]) if m["sec"] else None
    return Piece(s, e, "<hh>:<mm>", "time", hour=hour, minute=minute, second=second, pod=pod)


def p_part_of_day(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<part of day>", "time", pod=PART_OF_DAY[m["pod"]], anaphoric=True)


# ---------------------------------------------------------------------------------------------------
# relative
# ---------------------------------------------------------------------------------------------------
RELATIVE_DAYS: dict[str, tuple[int, bool, str | None]] = {
    # word: (day shift, anaphoric, part of day)
    "今天": (0, False, None),
    "今日": (0, False, None),
    "昨天": (-1, False, None),
    "昨日": (-1, False, None),
    "前天": (-2, False, None),
    "大前天": (-3, False, None),
    "明天": (1, False, None),
    "明日": (1, False, None),
    "后天": (2, False, None),
    "大后天": (3, False, None),
    "今晨": (0, False, "MO"),
    "今早": (0, False, "MO"),
    "今晚": (0, False, "EV"),
    "今夜": (0, False, "NI"),
    "昨晚": (-1, False, "EV"),
    "昨夜": (-1, False, "NI"),
    "明早": (1, False, "MO"),
    "明晚": (1, False, "EV"),
    "次日": (1, True, None),
    "翌日": (1, True, None),
    "第二天": (1, True, None),
    "隔天": (1, True, None),
    "第三天": (2, True, None),
    "前一天": (-1, True, None),
    "前一日": (-1, True, None),
    "当天": (0, True, None),
    "当日": (0, True, None),
    "同日": (0, True, None),
    "同一天": (0, True, None),
    "是日": (0, True, None),
    "当晚": (0, True, "EV"),
    "当夜": (0, True, "NI"),
    "次晨": (1, True, "MO"),
}
_RELATIVE_DAY_WORDS = "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True))

RELATIVE_YEARS: dict[str, tuple[int, bool]] = {
    "今年": (0, False),
    "去年": (-1, False),
    "前年": (-2, False),
    "大前年": (-3, False),
    "明年": (1, False),
    "后年": (2, False),
    "上年": (-1, False),
    "本年": (0, False),
    "当年": (0, True),
    "同年": (0, True),
    "该年": (0, True),
    "次年": (1, True),
    "翌年": (1, True),
}
_RELATIVE_YEAR_WORDS = "|".join(sorted(RELATIVE_YEARS, key=len, reverse=True))

RELATIVE_MONTHS: dict[str, tuple[int, bool]] = {
    "本月": (0, False),
    "这个月": (0, False),
    "这月": (0, False),
    "上月": (-1, False),
    "上个月": (-1, False),
    "上上个月": (-2, False),
    "下月": (1, False),
    "下个月": (1, False),
    "下下个月": (2, False),
    "当月": (0, True),
    "同月": (0, True),
    "该月": (0, True),
    "次月": (1, True),
}
_RELATIVE_MONTH_WORDS = "|".join(sorted(RELATIVE_MONTHS, key=len, reverse=True))

WEEK_SHIFTS = {
    "上上": -2,
    "上": -1,
    "下下": 2,
    "下": 1,
    "本": 0,
    "这": 0,
    "这个": 0,
    "上个": -1,
    "下个": 1,
    "上上个": -2,
    "下下个": 2,
    "": None,
}

PRESENT_WORDS = "目前|至今|迄今|如今|现如今|当前|眼下|时下|现在|此刻"
PAST_WORDS = "近日|日前|近期|近来|最近|前不久|不久前|前些天|前些日子|此前"
FUTURE_WORDS = "今后|未来|将来|日后|不久后|马上"


def p_relative_day(m: re.Match, s: int, e: int) -> Piece | None:
    shift, anaphoric, pod = RELATIVE_DAYS[m["w"]]
    piece = Piece(s, e, "<relative day>", "date", day_shift=shift, anaphoric=anaphoric)
    if pod:
        piece.kind = "date"
        piece.pod = pod
    return piece


def p_relative_year(m: re.Match, s: int, e: int) -> Piece | None:
    shift, anaphoric = RELATIVE_YEARS[m["w"]]
    return Piece(s, e, "<relative year>", "date", year_shift=shift, anaphoric=anaphoric, grain="year")


def p_relative_month(m: re.Match, s: int, e: int) -> Piece | None:
    shift, anaphoric = RELATIVE_MONTHS[m["w"]]
    return Piece(s, e, "<relative month>", "date", month_shift=shift, anaphoric=anaphoric, grain="month")


def p_weekday(m: re.Match, s: int, e: int) -> Piece | None:
    shift = WEEK_SHIFTS[m["shift"] or ""]
    day = WEEKDAYS[m["wd"]]
    piece = Piece(s, e, "<week shift>周<weekday>", "date", week_shift=shift, weekday=day)
    if m["wd"] == "末":
        piece.grain = "weekend"
    return piece


def p_week(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<week shift>周", "date", week_shift=WEEK_SHIFTS[m["shift"]], grain="week")


def p_quarter(m: re.Match, s: int, e: int) -> Piece | None:
    quarter = _num(m["q"])
    if not quarter or quarter > 4:
        return None
    return Piece(s, e, "第<n>季度", "date", quarter=quarter, grain="quarter")


def p_half_year(m: re.Match, s: int, e: int) -> Piece | None:
    """上半年 / 后半年 (a half of the year), 上个半年 (the half-year before this one), 上半月, 下半周."""
    half = 1 if m["h"] in ("上", "前") else 2
    unit = m["u"]
    if m["ge"]:
        if unit != "年":
            return None
        piece = Piece(s, e, "上/下半年", "date", grain="half")
        piece.extra = {"half_shift": -1 if half == 1 else 1}
        return piece
    if unit == "年":
        return Piece(s, e, "上/下半年", "date", half=half, grain="half")
    grain = "month" if unit == "月" else "week"
    piece = Piece(s, e, "上/下半年", "date", grain=grain, anaphoric=True)
    piece.extra = {"half_of": grain, "half": half}
    return piece


def p_year_part(m: re.Match, s: int, e: int) -> Piece | None:
    part = {"初": "START", "头": "START", "中": "MID", "底": "END", "末": "END", "尾": "END"}[m["p"]]
    return Piece(s, e, "年初/年底", "date", grain="year", year_part=part, anaphoric=True)


def p_month_part(m: re.Match, s: int, e: int) -> Piece | None:
    part = {"初": "START", "中": "MID", "底": "END", "末": "END"}[m["p"]]
    return Piece(s, e, "月初/月底", "date", grain="month", month_part=part, anaphoric=True)


_UNIT_NAMES = {
    "年": "Y",
    "月": "M",
    "周": "W",
    "星期": "W",
    "礼拜": "W",
    "天": "D",
    "日": "D",
    "小时": "H",
    "钟头": "H",
    "分钟": "MIN",
    "分": "MIN",
    "秒": "S",
    "秒钟": "S",
    "昼夜": "D",
}


def _amount(text: str) -> float | None:
    if text in ("半",):
        return 0.5
    if text in ("几", "数", "若干"):
        return None
    value = to_number(text)
    return value


# A stretch of time after an activity (连续抗疫27天后, 封城76天之后) measures that activity: a duration.
_DURATION_LEADS = re.compile(
    r"连续|持续|历时|坚守|奋战|工作|值守|封城|抗疫|隔离|战斗|住院|治疗|施工|建设|停工|停课|封闭|昏迷|失联|居家|坚持"
)


def p_shift(m: re.Match, s: int, e: int) -> Piece | None:
    if _DURATION_LEADS.search(m.string, max(0, s - 6), s):
        return None  # 连续抗疫27天后: after a stretch of 27 days, a duration, not a date
    if m["n"] in ("几", "数"):
        value = "PAST_REF" if m["dir"] in ("前", "以前", "之前") else "FUTURE_REF"
        return Piece(s, e, "几天前", "ref", value=value)
    amount = _amount(m["n"]) if m["n"] else 1.0
    if m["half"]:
        amount = (amount or 0) + 0.5 if m["n"] else 0.5
    if amount is None:
        return None
    unit = _UNIT_NAMES[m["u"]]
    if not plausible_length(amount, unit):
        return None  # 100000年前: no date
    sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
    vague = bool(m["more"] or m["more2"])
    piece = Piece(s, e, "<n><unit>前/后", "date", shift=(sign * amount, unit), shift_vague=vague)
    # "三天后" in a narrative counts from the story's day; "三天前" from the report's, unless the
    # story has a day of its own (the resolver falls back to the reference when there is none).
    piece.anaphoric = True
    return piece


SPAN_UNITS = {
    "天": "D", "日": "D", "周": "W", "星期": "W", "个星期": "W", "个月": "M", "月": "M", "年": "Y",
    "季度": "Q", "个季度": "Q", "小时": "H", "个小时": "H", "分钟": "MIN",
}  # fmt: skip
# 第 (the n-th), 前/头 (the first n, or the past n), 最后 (the last n), 过去 (the past n), 未来 (the next n)
SPAN_POSITIONS = {
    "第": "ordinal", "前": "first", "头": "first", "最后": "last", "末": "last",
    "过去": "past", "过去的": "past", "最近": "past", "最近的": "past", "之前": "past", "之前的": "past",
    "未来": "next", "未来的": "next", "今后": "next", "之后": "next", "后": "next", "接下来": "next",
    "接下来的": "next",
}  # fmt: skip


def p_span(m: re.Match, s: int, e: int) -> Piece | None:
    """前2周, 最后3个月, 第一周, 过去十年, 之后5分钟: a stretch placed in a period or against the reference.

    What the stretch is measured from (a year or month written before it, else the reference) is the
    resolver's business; the piece only says the position, the count and the unit.
    """
    count = _num(m["n"])
    position = SPAN_POSITIONS[m["pos"]]
    unit = SPAN_UNITS[m["u"]]
    if not count or (position == "ordinal" and unit not in ("W", "M")):
        return None
    grain = {"D": "day", "W": "week", "M": "month", "Y": "year", "Q": "quarter"}.get(unit, "day")
    piece = Piece(s, e, "<position><n><unit>", "date", grain=grain)
    piece.extra = {"span": (position, count, unit)}
    return piece


def p_ref(m: re.Match, s: int, e: int) -> Piece | None:
    word = m["w"]
    if re.fullmatch(PRESENT_WORDS, word):
        value = "PRESENT_REF"
    elif re.fullmatch(PAST_WORDS, word):
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return Piece(s, e, "<reference word>", "ref", value=value)


# ---------------------------------------------------------------------------------------------------
# festival: lunar dates, festivals, solar terms, cyclic years, seasons
# ---------------------------------------------------------------------------------------------------
LUNAR_MONTH = r"(?:正|一|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊)"
LUNAR_DAY = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"


def _lunar_month(text: str) -> int | None:
    return calendar_cn.LUNAR_MONTH_NAMES.get(text) or _num(text)


def _lunar_day(text: str) -> int | None:
    if text.startswith("初"):
        return _num(text[1:])
    return _num(text)


def p_lunar_date(m: re.Match, s: int, e: int) -> Piece | None:
    month, day = _lunar_month(m["lm"]), _lunar_day(m["ld"])
    if not month or not day:
        return None
    # A lunar reading needs a sign: 农历, 闰, a lunar month name (正, 冬, 腊) or a day written 初X / 廿X.
    if not (m["nl"] or m["leap"] or m["lm"] in ("正", "冬", "腊") or m["ld"][0] in "初廿"):
        return None
    return Piece(
        s, e, "农历<month>月<day>", "date", lunar_month=month, lunar_day=day, lunar_leap=bool(m["leap"])
    )


def p_leap_month(m: re.Match, s: int, e: int) -> Piece | None:
    # 闰四月: a whole leap lunar month, never the solar month 四月 (the resolver finds whether it exists)
    month = _lunar_month(m["lm"])
    if not month:
        return None
    return Piece(s, e, "闰<month>月", "date", lunar_month=month, lunar_leap=True, grain="month")


def p_new_year_day(m: re.Match, s: int, e: int) -> Piece | None:
    day = _lunar_day(m["ld"])
    if not day:
        return None
    if m["ld"] == "三十":
        return Piece(s, e, "大年三十", "date", festival="除夕")
    return Piece(s, e, "大年初<n>", "date", lunar_month=1, lunar_day=day)


def p_new_year_eve(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "除夕", "date", festival="除夕")
    if m["night"]:
        piece.pod = "EV"
    return piece


FESTIVAL_NAMES = {
    # spelling -> table key in calendar_cn
    "春节": "春节",
    "元宵节": "元宵",
    "元宵": "元宵",
    "龙抬头": "龙抬头",
    "二月二": "龙抬头",
    "端午节": "端午",
    "端午": "端午",
    "端阳节": "端午",
    "七夕节": "七夕",
    "七夕": "七夕",
    "中元节": "中元",
    "中秋节": "中秋",
    "中秋": "中秋",
    "重阳节": "重阳",
    "重阳": "重阳",
    "腊八节": "腊八",
    "腊八": "腊八",
    "小年夜": "小年",
    "小年": "小年",
    "寒衣节": "寒衣",
    "农历新年": "春节",
    "元旦": "元旦",
    "情人节": "情人节",
    "妇女节": "妇女节",
    "三八节": "三八",
    "三八妇女节": "妇女节",
    "植树节": "植树节",
    "愚人节": "愚人节",
    "劳动节": "劳动节",
    "五一劳动节": "劳动节",
    "五一": "五一",
    "青年节": "青年节",
    "五四青年节": "青年节",
    "五四": "五四",
    "护士节": "护士节",
    "儿童节": "儿童节",
    "六一儿童节": "儿童节",
    "六一": "六一",
    "建党节": "建党节",
    "七一": "七一",
    "建军节": "建军节",
    "八一建军节": "建军节",
    "八一": "八一",
    "教师节": "教师节",
    "国庆节": "国庆",
    "国庆": "国庆",
    "平安夜": "平安夜",
    "圣诞节": "圣诞",
    "圣诞": "圣诞",
    "十一黄金周": "十一",
    "十一长假": "十一",
    "十一假期": "十一",
    "国庆假期": "国庆",
    "国庆长假": "国庆",
    "国庆黄金周": "国庆",
}
# Short numeric festival names (五一, 七一, 八一...) are also ordinary numbers or road names; they count
# only when not followed by a name word (see NAME_FOLLOWERS) and not inside a longer number.
_FESTIVAL_WORDS = "|".join(sorted(FESTIVAL_NAMES, key=len, reverse=True))
LAST_FESTIVAL = "<the festival in context>"


def p_after_festival(m: re.Match, s: int, e: int) -> Piece | None:
    # 节后 / 节前: the festival the text spoke of last (the resolver knows which), else 春节
    piece = Piece(s, e, "节后", "date", festival=LAST_FESTIVAL)
    piece.mod = "AFTER" if m["dir"] == "后" else "BEFORE"
    return piece


def p_festival(m: re.Match, s: int, e: int) -> Piece | None:
    key = FESTIVAL_NAMES[m["f"]]
    return Piece(s, e, "<festival>", "date", festival=key)


# Solar terms whose names are also ordinary words (雨水 rain, 小雪 light snow, 清明 clear) count
# only with a sign that the term is meant.
AMBIGUOUS_TERMS = {"雨水", "小满", "白露", "谷雨", "小雪", "大雪", "清明", "大暑", "小暑", "小寒", "大寒"}
_TERM_WORDS = "|".join(calendar_cn.SOLAR_TERMS)


def p_solar_term(m: re.Match, s: int, e: int) -> Piece | None:
    name = m["t"]
    signed = m["sfx"] or m["pre"] or m.string[max(0, s - 2) : s].endswith(("年", "年的"))
    if name in AMBIGUOUS_TERMS and not signed:
        return None
    return Piece(s, e, "<solar term>", "date", solar_term=name)


# Reign and era names: name -> the Gregorian year of its first year (元年). Only a numbered year after the
# name counts (康熙三年), so words like 正统 or 开元 alone stay words.
ERA_FIRST_YEARS = {
    "民国": 1912,
    "宣统": 1909, "光绪": 1875, "同治": 1862, "咸丰": 1851, "道光": 1821, "嘉庆": 1796, "乾隆": 1736,
    "雍正": 1723, "康熙": 1662, "顺治": 1644,
    "崇祯": 1628, "天启": 1621, "万历": 1573, "隆庆": 1567, "嘉靖": 1522, "正德": 1506, "弘治": 1488,
    "成化": 1465, "天顺": 1457, "景泰": 1450, "正统": 1436, "宣德": 1426, "永乐": 1403, "洪武": 1368,
    "天宝": 742, "开元": 713, "神龙": 705, "永徽": 650, "贞观": 627, "武德": 618,
}  # fmt: skip
_ERA_WORDS = "|".join(ERA_FIRST_YEARS)


def p_era_year(m: re.Match, s: int, e: int) -> Piece | None:
    number = 1 if m["n"] == "元" else _num(m["n"])
    if not number:
        return None
    year = ERA_FIRST_YEARS[m["era"]] + number - 1
    return Piece(s, e, "<era>年", "date", year=year, grain="year", year_kind="era")


def p_cyclic_year(m: re.Match, s: int, e: int) -> Piece | None:
    years: list[int] = []
    if m["gz"]:
        years = calendar_cn.sexagenary_years(m["gz"])
        if m["z"]:
            animal_years = set(calendar_cn.zodiac_years(m["z"]))
            years = [y for y in years if y in animal_years]
    elif m["z"]:
        years = calendar_cn.zodiac_years(m["z"])
    if not years:
        return None
    kind = "sexagenary" if m["gz"] else "zodiac"
    return Piece(s, e, "<干支>年", "date", grain="year", lunar_year_names=years, year_kind=kind)


SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}


def p_season(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<season>", "date", grain="season", season=SEASONS[m["se"]])


# ---------------------------------------------------------------------------------------------------
# duration and set
# ---------------------------------------------------------------------------------------------------
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


def _iso_duration(amount: float | str, unit: str) -> str:
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
    if unit_text == "日" and not (m["lead"] or m["tail"] or m["more"] or m["more2"]):
        return None  # 16日 is a day of the month; only 连续16日 / 16日来 is a duration
    piece = Piece(s, e, "<n><unit>", "duration", mod=mod)
    span = _range_numbers(number) if number else None
    if span and not plausible_length(span[1], unit):
        return None
    if span:
        piece.value = _iso_duration(span[0], unit)
        piece.extra = {"min": _iso_duration(span[0], unit), "max": _iso_duration(span[1], unit)}
        piece.mod = piece.mod or "APPROX"
        return piece
    if number in ("几", "数", "若干"):
        piece.value = _iso_duration("X", unit)
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
    piece.value = _iso_duration(amount, unit)
    return piece


def p_half_duration(m: re.Match, s: int, e: int) -> Piece | None:
    unit = DURATION_UNITS[m["u"]]
    mod = "MORE_THAN" if m["more"] else None
    return Piece(s, e, "半<unit>", "duration", value=_iso_duration(0.5, unit), mod=mod)


SET_UNITS = {
    "天": "P1D",
    "日": "P1D",
    "晚": "P1D",
    "周": "P1W",
    "星期": "P1W",
    "个星期": "P1W",
    "月": "P1M",
    "个月": "P1M",
    "年": "P1Y",
    "季度": "P3M",
    "小时": "PT1H",
    "个工作日": "P1D",
}


def p_set(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "每<unit>", "set", value=SET_UNITS[m["u"]])
    if m["u"] == "晚":
        piece.pod = "EV"
    return piece


def p_set_weekday(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(
        s, e, "每周<weekday>", "set", value=f"XXXX-WXX-{WEEKDAYS[m['wd']]}", weekday=WEEKDAYS[m["wd"]]
    )


# ---------------------------------------------------------------------------------------------------
# The rule table, in priority order
# ---------------------------------------------------------------------------------------------------
_NOT_NAME = rf"(?!{NAME_FOLLOWERS})"
_NUMBER = r"(?:\d{1,6}(?:\.\d{1,3})?|[零〇一二两三四五六七八九十廿卅百千]{1,8})"

RULES: tuple[Rule, ...] = (
    # absolute
    Rule(
        "<yyyy>-<mm>-<dd>",
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>[12]\d|3[01]|0?[1-9])(?![\d.])"
        r"(?:(?:[ T]|\s{1,3})(?P<H>[01]?\d|2[0-4]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d))?",
        p_numeric_date,
        "absolute",
    ),
    Rule(
        "<year>年<month>月<day>日",
        rf"(?P<y>{YEAR4}){SP}年(?:度)?(?!代)(?:{SP}(?P<m>{MONTH}){SP}月(?:份)?(?:{SP}(?P<d>{DAY}){SP}[日号](?!{NAME_FOLLOWERS})|(?P<dcn>{DAY_CN})(?![\u3400-\u9fff\d]))?)?",
        p_year_month_day,
        "absolute",
    ),
    Rule(
        "<yyyy>年 out of range",  # after <year>年..., which takes the years it reads
        rf"(?<!\d)\d{{4,}}{SP}年{SP}(?:\d{{1,2}}|{MONTH}){SP}月(?:{SP}(?:\d{{1,2}}|{DAY}){SP}[日号])?",
        p_unsupported_year,
        "absolute",
    ),
    Rule(
        "<yy>年<month>月",
        rf"(?<![\d\.])(?P<y>\d\d|[零〇一二三四五六七八九]{{2}}){SP}年{SP}(?P<m>{MONTH}){SP}月(?:份)?(?:{SP}(?P<d>{DAY}){SP}[日号])?",
        p_short_year,
        "absolute",
    ),
    Rule(
        "<0y>年",
        r"(?<![\d\.])(?P<y>0\d|零[〇零一二三四五六七八九]){SP}年(?!代|龄|级)".replace("{SP}", SP),
        p_short_year,
        "absolute",
    ),
    Rule(
        "<yy>年代",
        r"(?:(?P<c>[一二]?十[一二三四五六七八九]?|(?<!\d)[12]\d)世纪)?"
        r"(?:(?P<y>(?<!\d)\d\d|[零〇一二三四五六七八九]{2}|(?:19|20)\d0)|(?P<tens>[一二三四五六七八九]十))年代",
        p_decade,
        "absolute",
    ),
    Rule(
        "<month>月<day>日",
        rf"(?<![\d.])(?P<m>{MONTH}){SP}月{SP}(?P<d>{DAY}){SP}[日号](?!{NAME_FOLLOWERS})",
        p_month_day,
        "absolute",
    ),
    Rule(
        "<month>月",
        rf"(?<![\d.])(?:(?P<m>{MONTH_ARABIC}){SP}月(?:份)?(?![饼亮光球刊薪嫂子经票台])|"
        rf"(?P<m2>十[一二]?|[一二三四五六七八九]|元)月(?=份|初|底|末|中旬|上旬|下旬|以来|中下旬|上中旬)|"
        # after a year (康熙三年五月), or before a range word or the end of a clause; never 一月 alone,
        # which is as often "one month" (一月未回家)
        rf"(?<=年)(?P<m3>十[一二]?|[一二三四五六七八九]|元)月(?![\u3400-\u9fff\d]{{0,2}}[日号])|"
        rf"(?P<m4>十[一二]?|[二三四五六七八九])月(?=到|至|和|与|或|、|-|~|的|之间|以前|之前|以后|之后|[,.;!?]|$))",
        lambda m, s, e: p_month(_Alias(m, {"m": m["m"] or m["m2"] or m["m3"] or m["m4"]}), s, e),
        "absolute",
    ),
    Rule(
        "<yyyy>-<yyyy>年",  # the first year of 1995-1997年; the parser joins the range
        r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?=\s?[-–~至到]\s?(?:19|20)\d\d\s?年)",
        p_year_month_day,
        "absolute",
    ),
    Rule(
        "<era>年",
        rf"(?P<era>{_ERA_WORDS})(?P<n>元|[一二三四五六七八九十]{{1,3}}|\d{{1,2}})年",
        p_era_year,
        "absolute",
    ),
    # festival (before clock and duration: 大年初三 must not read as 年 + 初三)
    Rule("大年初<n>", r"(?:大年|正月)(?P<ld>初[一二三四五六七八九十]|三十)", p_new_year_day, "festival"),
    Rule("除夕", r"(?:除夕|大年夜|大年三十|年三十)(?P<night>夜|晚上|当晚|之夜)?", p_new_year_eve, "festival"),
    Rule(
        "农历<month>月<day>",
        rf"(?P<nl>农历|阴历|夏历)?(?P<leap>闰)?(?P<lm>{LUNAR_MONTH})月(?P<ld>{LUNAR_DAY})(?:日)?",
        p_lunar_date,
        "festival",
    ),
    Rule("闰<month>月", rf"(?:农历|阴历|夏历)?闰(?P<lm>{LUNAR_MONTH})月", p_leap_month, "festival"),
    Rule(
        "<干支>年",
        r"(?:(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])(?P<z>[鼠牛虎兔龙蛇马羊猴鸡狗猪])?|"
        r"(?P<z2>[鼠牛虎兔龙蛇马羊猴鸡狗猪]))年",
        lambda m, s, e: p_cyclic_year(_Alias(m, {"z": m["z"] or m["z2"]}), s, e),
        "festival",
    ),
    Rule(
        "<festival>",
        rf"(?<![\d一二三四五六七八九十])(?P<f>{_FESTIVAL_WORDS})(?:节)?{_NOT_NAME}",
        p_festival,
        "festival",
    ),
    Rule(
        "节后",
        r"(?:(?<![\u3400-\u9fff])|(?<=[在于从到至是等]))节(?P<dir>后|前)(?![辈面进])",
        p_after_festival,
        "festival",
    ),
    Rule(
        "<solar term>",
        rf"(?P<pre>(?:今年|去年|明年|\d{{4}}年)的?)?(?P<t>{_TERM_WORDS})(?P<sfx>节气|时节|节|当天|这天|之日|前后|前夕|时分|到了|已至|来临|将至)?",
        p_solar_term,
        "festival",
    ),
    Rule("<season>", r"(?<=年)的?(?P<se>[春夏秋冬])(?:天|季)", p_season, "festival"),
    # clock
    Rule(
        "<hh>:<mm>",
        rf"(?P<pod>{POD_CLOCK})?(?<![\d:])(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?![\d:])(?:\s?(?P<ap>[aApP]\.?[mM]\.?)(?![a-zA-Z]))?",
        p_colon_clock,
        "clock",
    ),
    Rule(
        "<hour>到<hour>点",
        rf"(?P<pod>{POD_CLOCK})?(?<![\d.])(?P<h>{HOUR})(?=[到至~-](?:{HOUR})[点时])",
        lambda m, s, e: p_clock(_Alias(m, {"unit": "点", "zh": "range"}), s, e),
        "clock",
    ),
    Rule(
        "<pod><hour>时<minute>分",
        rf"(?P<pod>{POD_CLOCK})?(?<![\d.])(?P<h>{HOUR}){SP}(?P<unit>[时点])(?!间|期|候|代|刻|段|空|速|差|尚|髦|装|事|政|令|光|机|局|效|钟头|评|滞|数|子|几)"
        rf"(?:(?P<half>半)(?!会|刻|晌)|(?P<q>[一三])刻|(?P<mi>{MINUTE}){SP}分(?!之)(?:(?P<sec>{MINUTE})秒)?|(?P<mi_bare>(?<=\d[时点])[0-5]\d)(?!\d))?"
        rf"(?P<zh>钟|整)?(?P<approx>许|左右|前后|多)?",
        lambda m, s, e: p_clock(_Alias(m, {"mi": m["mi"] or m["mi_bare"]}), s, e),
        "clock",
    ),
    # relative
    Rule(
        "<relative day>",
        rf"(?<![光聪黎])(?P<w>{_RELATIVE_DAY_WORDS})(?!之星|头条|说法)",
        p_relative_day,
        "relative",
    ),
    Rule("<relative year>", rf"(?P<w>{_RELATIVE_YEAR_WORDS})(?!轻|纪|级|龄|代)", p_relative_year, "relative"),
    Rule("<relative month>", rf"(?P<w>{_RELATIVE_MONTH_WORDS})", p_relative_month, "relative"),
    Rule(
        "<week shift>周<weekday>",
        r"(?P<shift>上上个?|下下个?|上个?|下个?|本|这个?)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7末])",
        p_weekday,
        "relative",
    ),
    Rule(
        "<week shift>周",
        r"(?P<shift>上上个?|下下个?|上个?|下个?|本|这个?)(?:周|星期|礼拜)(?![年岁一二三四五六日天1-7末])",
        p_week,
        "relative",
    ),
    Rule("第<n>季度", r"(?:第)?(?P<q>[一二三四1-4])季度", p_quarter, "relative"),
    Rule(
        "上/下半年",
        r"(?<![此之以然其过往最随])(?P<h>[上下前后])(?P<ge>个)?半(?P<u>年|月|周)(?![前后内里])",
        p_half_year,
        "relative",
    ),
    Rule(
        "年初/年底", r"(?<![\d一二三四五六七八九十])年(?P<p>[初中底末尾])(?![级期])", p_year_part, "relative"
    ),
    Rule("月初/月底", r"(?<![\d一二三四五六七八九十])月(?P<p>[初中底末])(?!旬)", p_month_part, "relative"),
    Rule(
        "<n><unit>前/后",
        rf"(?P<n>{_NUMBER}|半|几|数)(?P<half>个半)?个?(?P<more>多)?个?(?P<u>年|(?<=[个多])月|周|星期|礼拜|天|(?<=[几数一二两三四五六七八九十])日|小时|钟头|分钟)(?P<more2>多|余)?"
        r"(?P<dir>以前|之前|以后|之后|前|后)(?![者台方线端排期续果备勤来])",
        p_shift,
        "relative",
    ),
    Rule(
        "<position><n><unit>",
        r"(?P<pos>第|(?:(?<![\u3400-\u9fff])|(?<=[年月的]))[前头]|最后|(?<=的)末|过去的?|最近的?|之前的?|未来的?|今后|之后的?|"
        r"(?<![\u3400-\u9fff])后|接下来的?)\s?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s?"
        r"(?P<u>个星期|星期|周|个月|(?<=第[一二三四五六七八九十])月|天|(?<![一二两三四五六七八九十\d]\s)(?<!第\d)年|个季度|季度|个小时|小时|分钟)"
        r"(?![前后内里以来多余半])(?!(?<=[周期])[一二三四五六日天1-7])",
        p_span,
        "relative",
    ),
    Rule(
        "<reference word>",
        # 出现在 (appears at), 体现在 (shows in): 现在 there is not "now"
        rf"(?<![出体表实发呈展浮涌闪再重])(?P<w>{PRESENT_WORDS}|{PAST_WORDS}|{FUTURE_WORDS})",
        p_ref,
        "relative",
    ),
    # set
    Rule("每周<weekday>", r"每(?:个)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])", p_set_weekday, "set"),
    Rule(
        "每<unit>",
        r"每(?:一)?(?P<u>个工作日|个星期|个月|天|日|晚|周|星期|月|年|季度|小时)(?!子|份)",
        p_set,
        "set",
    ),
    # duration
    Rule(
        "<n><unit>",
        rf"(?P<lead>连续|持续|历时|为期|长达|整整|共|近|约|大约|超过|逾|不到|不足)?"
        rf"(?P<n>\d{{1,6}}(?:\.\d{{1,3}})?(?:[-~到至]\d{{1,6}})?|[一二两三四五六七八九十百千零]{{1,8}}|几|数|若干){SP}(?P<half>个半|半)?"
        rf"(?:个(?=[多余]月))?(?P<more>多|余)?(?P<u>个工作日|工作日|个昼夜|昼夜|个小时|个钟头|小时|钟头|个星期|星期|个月|(?<=[多余])月|分钟|秒钟|秒|年|周|天|日)"
        rf"(?P<half2>半(?!夜|天|年|月|小时|个|场|价|会|山|岛|导|边|数|径|决|程|期))?(?P<more2>多|余|有余)?(?P<tail>左右|来|以来|之久|内|之内|时间)?(?!{NAME_FOLLOWERS}|岁|度|级|龄以上|代)",
        p_duration,
        "duration",
    ),
    Rule(
        "<n>月余",
        r"(?P<n>[一二两三四五六七八九十]{1,8})(?P<u>月)(?P<more2>余|多|有余)",
        lambda m, s, e: p_duration(_Alias(m, {"lead": None, "half": None, "more": None, "tail": None}), s, e),
        "duration",
    ),
    Rule(
        "半<unit>", r"半(?:个)?(?P<more>多)?(?P<u>小时|钟头|月|年|天)(?!前|后)", p_half_duration, "duration"
    ),
    # clock: a part of day on its own (last: 上午 inside 上午10时 is taken by the clock rule)
    Rule(
        "<part of day>",
        rf"(?<![一整个每最提较更很太])(?P<pod>{POD})(?<!早上(?=[报班市岗门]))",
        p_part_of_day,
        "clock",
    ),
    Rule(
        "<day>日",
        rf"(?:(?<![\d.月\-/巷路街道弄村楼区栋室院门第])(?P<d>{DAY_ARABIC})|(?<=[日号][-~])(?P<d3>{DAY_ARABIC})|(?<=月)(?<![\d{_CHINESE_DIGITS}]月)(?P<d2>{DAY})){SP}[日号](?![\d-]|{NAME_FOLLOWERS}|报|元|币|军|本|语|文|期|方|产|均|常|益|程)",
        lambda m, s, e: p_day(_Alias(m, {"d": m["d"] or m["d2"] or m["d3"]}), s, e),
        "absolute",
    ),
)


class _Alias:
    """A match whose named groups can be overridden (two spellings feeding one production).

    A group the pattern does not have reads as None, so a production shared by several rules may ask
    for groups that only some of them define (`<0y>年` has no month).
    """

    def __init__(self, match: re.Match | _Alias, overrides: dict[str, str | None] | None = None) -> None:
        self._match = match
        self._overrides = overrides or {}
        self.string = match.string

    def __getitem__(self, name: str) -> str | None:
        if name in self._overrides:
            return self._overrides[name]
        try:
            return self._match[name]
        except IndexError:
            return None

    def group(self, name: str) -> str | None:
        return self[name]


def _strip_names(pattern: str) -> str:
    """Turn named groups into non-capturing ones so that rules combine into one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", re.sub(r"\(\?P=(\w+)\)", r"[-/.]", pattern))


def _check(rules: tuple[Rule, ...]) -> None:
    names = [rule.name for rule in rules]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule names: {sorted(duplicates)}")
    for rule in rules:
        if re.compile(rule.pattern).fullmatch(""):
            raise ValueError(f"rule {rule.name!r} matches the empty string")


def _first_chars_of_sequence(sequence) -> tuple[set[str], bool]:
    """The characters a parsed pattern can start with, and whether it can match empty."""
    chars: set[str] = set()
    for item in sequence:
        first, nullable = _first_chars_of_item(item)
        chars |= first
        if not nullable:
            return chars, False
    return chars, True


_DIGIT_CHARS = set("0123456789")
_SPACE_CHARS = set(" \t\n\r\f\v")


def _first_chars_of_item(item) -> tuple[set[str], bool]:
    op, argument = item
    c = sre_constants
    if op is c.LITERAL:
        return {chr(argument)}, False
    if op is c.IN:
        chars: set[str] = set()
        for inner_op, inner in argument:
            if inner_op is c.LITERAL:
                chars.add(chr(inner))
            elif inner_op is c.RANGE and inner[1] - inner[0] < 5000:
                chars |= {chr(code) for code in range(inner[0], inner[1] + 1)}
            elif inner_op is c.CATEGORY and inner is c.CATEGORY_DIGIT:
                chars |= _DIGIT_CHARS
            elif inner_op is c.CATEGORY and inner is c.CATEGORY_SPACE:
                chars |= _SPACE_CHARS
            else:
                raise ValueError(f"cannot bound the first characters of {item}")
        return chars, False
    if op is c.SUBPATTERN:
        return _first_chars_of_sequence(argument[3])
    if op is c.BRANCH:
        chars, nullable = set(), False
        for branch in argument[1]:
            first, branch_nullable = _first_chars_of_sequence(branch)
            chars |= first
            nullable = nullable or branch_nullable
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        first, nullable = _first_chars_of_sequence(argument[2])
        return first, argument[0] == 0 or nullable
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True
    if op is c.CATEGORY and argument is c.CATEGORY_DIGIT:
        return set(_DIGIT_CHARS), False
    raise ValueError(f"cannot bound the first characters of {item}")


def _first_chars(rule: Rule) -> frozenset[str]:
    first, nullable = _first_chars_of_sequence(sre_parse.parse(rule.pattern, re.ASCII))
    if nullable:
        raise ValueError(f"rule {rule.name!r} can start with an empty match")
    return frozenset(first)


_check(RULES)
# \d and \s mean ASCII digits and spaces here (prepared text is half-width), so the trigger is exact.
COMPILED = tuple(re.compile(rule.pattern, re.ASCII) for rule in RULES)
FIRST_CHARS = tuple(_first_chars(rule) for rule in RULES)
# A character class of every character a rule can start with, to skip the rest of the text quickly.
TRIGGER = re.compile("[" + "".join(re.escape(ch) for ch in sorted(frozenset().union(*FIRST_CHARS))) + "]")


@cache
def _scanner(indexes: tuple[int, ...]) -> re.Pattern:
    """One alternation of the given rules, each an outer capturing group, in priority order."""
    return re.compile("|".join(f"({_strip_names(RULES[i].pattern)})" for i in indexes), re.ASCII)


@cache
def rules_starting_with(char: str) -> tuple[tuple[int, ...], re.Pattern]:
    """The rules that can start with `char` (indexes in priority order) and their combined scanner:
    at a position only these are tried, not all rules."""
    indexes = tuple(i for i, first in enumerate(FIRST_CHARS) if char in first)
    return indexes, _scanner(indexes)
