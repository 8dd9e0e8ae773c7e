"""Absolute dates: numeric dates, years, months and days written out, decades, reign years.

Corpus: `timeline/timex/corpus/absolute.py`.
"""

from __future__ import annotations

import calendar
import re

from timeline.numerals import DIGITS, to_number
from timeline.timex.piece import Piece
from timeline.timex.rules.base import _Alias, rule
from timeline.timex.rules.common import (
    _CHINESE_DIGITS,
    _FESTIVAL_WORDS,
    CYCLIC_YEAR_BEFORE,
    DAY,
    DAY_ARABIC,
    DAY_CN,
    MONTH,
    MONTH_ARABIC,
    NAME_FOLLOWERS,
    SP,
    YEAR4,
    _month,
    _num,
    _year,
)

# A day in Chinese numerals of two or more characters (十一 to 三十一): alone (二十三日十五时, 截至三十日)
# only before a clock, a part of day or a pause; 一日 to 十日 are as often lengths of time
_DAY_CN_TWO = r"(?:二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]|三十一?|卅一?)"


def p_month(m: re.Match, s: int, e: int) -> Piece | None:
    month = _month(m["m"])
    if not month:
        return None
    return Piece(s, e, "<month>月", "date", month=month, grain="month")


# What makes a number before 号 or 日 a name: after 号 any name's word (3号楼, 2号线, 8号风球); after 日
# only a moving average (5日线, 20日線) or a day shift (日班), since 22日营业, 22日讲话, 22日班机, 22日山区
# and 22日车流量 are a day and then the news
_NAME_AFTER_DAY = rf"(?<=号)(?:{NAME_FOLLOWERS})|(?<=日)(?:线|班(?!机))"


def p_day(m: re.Match, s: int, e: int) -> Piece | None:
    day = _num(m["d"])
    if not day:
        return None
    return Piece(s, e, "<day>日", "date", day=day, anaphoric=True)


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


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
@rule(
    "<yyyy>-<mm>-<dd>",
    pattern=r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>[12]\d|3[01]|0?[1-9])(?![\d.])"
    r"(?:(?:[ T]|\s{1,3})(?P<H>[01]?\d|2[0-4]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?!\d))?",
)
def p_numeric_date(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "<yyyy>-<mm>-<dd>", "date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))
    if m["H"]:
        piece.kind = "date"
        piece.hour, piece.minute = int(m["H"]), int(m["M"])
        piece.second = int(m["S"]) if m["S"] else None
    return piece


# English month names, for stamps written in English order (Aug 6, 2021; 6 August 2021)
_ENGLISH_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_ENGLISH_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)


# 11月 6, 2024 and Aug 6, 2021: the month, the day and a comma, then the year, as English stamps put them
# (a blog's or an overseas page's date line); inside an English sentence (a photo credit's "taken on June 25,
# 2012 Chinese artist…", "Sunday, Oct. 28, 2012") it is no stamp of the Chinese text
@rule(
    "<month> <day>, <yyyy>",
    pattern=rf"(?:(?<![\d.])(?P<m>1[0-2]|0?[1-9])月|(?<![A-Za-z,])(?<![A-Za-z,]\s)(?P<mon>{_ENGLISH_MONTH})\.?)\s?"
    r"(?P<d>[12]\d|3[01]|0?[1-9]),\s?(?P<y>(?:19|20)\d\d)(?![\d年人元名个個件万萬多余餘])(?!\s?[A-Za-z])",
)
def p_english_order_date(m: re.Match, s: int, e: int) -> Piece | None:
    month = int(m["m"]) if m["m"] else _ENGLISH_MONTHS[m["mon"][:3].lower()]
    return Piece(s, e, "<month> <day>, <yyyy>", "date", year=int(m["y"]), month=month, day=int(m["d"]))


# 於1582年, 建于1702年: a year before 1800 only after a word that places a happening in it, since a
# bare 1500年 is as often a length (已有1500年历史, 距今1500年) and a count of years is no year
@rule(
    "<placed early year>年",
    pattern=r"(?<=[于於在至到自从從])(?P<y>1[0-7]\d\d)年(?!代|前|后|後|来|來|间|間|历史|歷史|之久|多|左右|的历史|的歷史)",
)
def p_placed_early_year(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<placed early year>年", "date", year=int(m["y"]), grain="year")


@rule(
    "<year>年<month>月<day>日",
    pattern=rf"(?P<y>{YEAR4}){SP}年(?:度)?(?!代)(?:{SP}(?P<m>{MONTH}){SP}月(?:份)?(?:{SP}(?P<d>{DAY}){SP}[日号](?!{_NAME_AFTER_DAY})|(?P<dcn>{DAY_CN})(?![\u3400-\u9fff\d]))?)?",
)
def p_year_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    year = _year(m["y"])
    if year is None:
        return None
    month = _month(m["m"]) if m["m"] else None
    day_text = m["d"] or m["dcn"]
    day = _num(day_text) if day_text else None
    grain = "day" if day else "month" if month else "year"
    return Piece(s, e, "<year>年<month>月<day>日", "date", year=year, month=month, day=day, grain=grain)


@rule(
    "<yyyy>年 out of range",
    pattern=rf"(?<!\d)\d{{4,}}{SP}年{SP}(?:\d{{1,2}}|{MONTH}){SP}月(?:{SP}(?:\d{{1,2}}|{DAY}){SP}[日号])?",
)
def p_unsupported_year(m: re.Match, s: int, e: int) -> Piece | None:
    # 9999年1月1日, 12020年3月5日: a calendar date in a year we do not read. Nothing is reported, and
    # the piece keeps its month and day (1月1日) from being read as a date of the reference year.
    return Piece(s, e, "<yyyy>年 out of range", "void")


# Words a year of the Republic of China stands before (a count of years never does: 100年老店, 120年历史)
_ROC_EVENTS = (
    "全国|国中|高中|大学|预算|会考|学测|统测|指考|大选|选举|总统|立委|县市长|九合一|元旦|春节|中秋|国庆|双十|跨年|"
    "运动会|全运会|全大运|博览会|社团|灯会|灯节|校庆|毕业典礼|新生|寒假|暑假|上学期|下学期"
)


# 108年1月1日: a year of the Republic of China (Taiwan's official dates), 1911 plus the number; three
# digits and a month after them (years 100 to 139), which no other reading has; or 年度 after them
# (104年度下半年, a fiscal or programme year: a count of years never takes 年度)
@rule(
    "<roc>年<month>月",
    pattern=rf"(?<![\d.])(?P<y>1[0-3]\d){SP}年(?:{SP}(?P<m>{MONTH}){SP}月(?:份)?(?:{SP}(?P<d>{DAY}){SP}[日号])?|度"
    # a court's case number (108年度訴字第3413號, 109年度易字第113號) is a docket, not a fiscal year
    r"(?![\u4e00-\u9fff]{1,4}字第?\d)"
    # 113年社团博览会, 112年国中会考, 113年上半年: before a word of Taiwan's calendar of events
    rf"|(?=上半年|下半年|第[一二三四1-4]季|{_ROC_EVENTS}))"
    # 106學年度 (Taiwan's school year; the mainland writes 学年 after a four-digit year) and 98年度, a fiscal
    # year of two digits (1991 to 2010), neither of which a count of years takes
    r"|(?<![\d.])(?P<ys>1[0-3]\d|[5-9]\d)学年度|(?<![\d.])(?P<yf>[89]\d)年度(?![\u4e00-\u9fff]{1,4}字第?\d)",
)
def p_roc_year(m: re.Match, s: int, e: int) -> Piece | None:
    if m["ys"] or m["yf"]:
        year = int(m["ys"] or m["yf"]) + 1911
        return Piece(s, e, "<roc>年<month>月", "date", year=year, grain="year", year_kind="roc")
    month = _month(m["m"]) if m["m"] else None
    day = _num(m["d"]) if m["d"] else None
    grain = "day" if day else "month" if month else "year"
    return Piece(
        s,
        e,
        "<roc>年<month>月",
        "date",
        year=int(m["y"]) + 1911,
        month=month,
        day=day,
        grain=grain,
        year_kind="roc",
    )


@rule(
    "<yy>年<month>月",
    pattern=rf"(?<![\d\.])(?P<y>\d\d|[零〇一二三四五六七八九]{{2}}){SP}年{SP}(?P<m>{MONTH}){SP}月(?:份)?(?:{SP}(?P<d>{DAY}){SP}[日号])?",
)
def p_short_year(m: re.Match, s: int, e: int) -> Piece | None:
    year = _year(m["y"])
    month = _month(m["m"]) if m["m"] else None
    day = _num(m["d"]) if m["d"] else None
    grain = "day" if day else "month" if month else "year"
    return Piece(s, e, "<yy>年<month>月", "date", year=year, month=month, day=day, grain=grain)


rule(
    "<0y>年",
    pattern=r"(?<![\d\.])(?P<y>0\d|零[〇零一二三四五六七八九]){SP}年(?!代|龄|级)".replace("{SP}", SP),
)(p_short_year)


@rule(
    "<yy>年代",
    pattern=r"(?:(?P<c>[一二]?十[一二三四五六七八九]?|(?<!\d)[12]\d)世纪)?"
    r"(?:(?P<y>(?<!\d)\d\d|[零〇一二三四五六七八九]{2}|(?:19|20)\d0)|(?P<tens>[一二三四五六七八九]十))年代",
)
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


# A month-day never follows a digit, except the minutes of a stamp a scraper glued to the lede
# (`2015-06-05 09:076月1日晚,…`): two digits after a colon end the clock (the clock rule stops there).
@rule(
    "<month>月<day>日",
    pattern=rf"(?:(?<![\d.])|(?<=\d:\d\d))(?P<m>{MONTH}){SP}月{SP}(?P<d>{DAY}){SP}[日号](?!{_NAME_AFTER_DAY})",
)
def p_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    month, day = _month(m["m"]), _num(m["d"])
    if not month or not day:
        return None
    return Piece(s, e, "<month>月<day>日", "date", month=month, day=day)


@rule(
    "<month>月",
    pattern=rf"(?<![\d.])(?:(?P<m>{MONTH_ARABIC}){SP}月(?:份)?(?![饼亮光球刊薪嫂子经票台])|"
    # (五月初五 is a lunar date: its own rule reads it)
    # (…or before two days under one 日: 六月二十二及二十三日, 八月十五至十七日)
    rf"(?P<m2>十[一二]?|[一二三四五六七八九]|元)月(?=份|初(?![一二三四五六七八九十])|底|末|中旬|上旬|下旬|以来|中下旬|上中旬|{DAY_CN}[、及和与至到]{DAY_CN}日)|"
    # after a year (康熙三年五月), or before a range word or the end of a clause; never 一月 alone,
    # which is as often "one month" (一月未回家)
    rf"(?<=年)(?P<m3>十[一二]?|[一二三四五六七八九]|元)月(?![\u3400-\u9fff\d]{{0,2}}[日号]|初[一二三四五六七八九十])|"
    rf"(?P<m4>十[一二]?|[二三四五六七八九])月(?=到|至|和|与|或|、|-|~|的|之间|以前|之前|以后|之后|[,.;!?]|$))",
)
def p_month_any(m: re.Match, s: int, e: int) -> Piece | None:
    if (
        m["m3"]
        and CYCLIC_YEAR_BEFORE.search(m.string, max(0, s - 4), s)
        and _LUNAR_DAY_AFTER.match(m.string, e)
    ):
        return None  # 甲辰年二月廿六: a lunar month and day of a sexagenary year (the lunar rule reads it)
    return p_month(_Alias(m, {"m": m["m"] or m["m2"] or m["m3"] or m["m4"]}), s, e)


_LUNAR_DAY_AFTER = re.compile(
    r"(?:初|廿|二十|三十|十)[一二三四五六七八九十]?(?![日号])|[一二三四五六七八九](?![日号十])"
)


rule("<yyyy>-<yyyy>年", pattern=r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?=\s?[-–~至到]\s?(?:19|20)\d\d\s?年)")(
    p_year_month_day
)


@rule(
    "<era>年",
    pattern=rf"(?P<era>{_ERA_WORDS})(?P<n>元|[一二三四五六七八九十]{{1,3}}|(?<=民国)[一二三四五六七八九十百零〇]{{3,6}}|\d{{1,2}}|(?<=民国)\d{{3}})年",
)
def p_era_year(m: re.Match, s: int, e: int) -> Piece | None:
    # 民国108年, 中华民国一百零八年: Taiwan's years run past a hundred
    number = 1 if m["n"] == "元" else _num(m["n"]) if len(m["n"]) <= 3 else to_number(m["n"])
    if not number or number != int(number):
        return None
    year = ERA_FIRST_YEARS[m["era"]] + int(number) - 1
    return Piece(s, e, "<era>年", "date", year=year, grain="year", year_kind="era")


# 公元前221年: a year before the common era (never a length of time); 公元221年 is year 221
@rule("公元前<n>年", pattern=r"公元(?P<bc>前)?(?P<y>\d{1,4}|[零〇一二三四五六七八九十百千]{1,6})年")
def p_era_common(m: re.Match, s: int, e: int) -> Piece | None:
    year = int(m["y"]) if m["y"].isdigit() else to_number(m["y"])
    if not year or year != int(year) or not 1 <= year <= 9999:
        return None
    return Piece(s, e, "公元前<n>年", "date", year=int(year), grain="year", bce=bool(m["bc"]))


# Words a bare four-digit year may stand before and name (2018农历新年, 2011中国国际工业博览会, 2025台湾设计展).
_YEAR_BEFORE = (
    "中国|全国|世界|国际|亚洲|全球|台湾|香港|澳门|两岸|春晚|年度|赛季|农历新年|"
    # an event named with its year and its city (2026台北灯节, 2024北京马拉松)
    "台北|新北|桃园|台中|台南|高雄|北京|上海|广州|深圳|天津|重庆|杭州|南京|成都|武汉|西安"
)


# ... or the name of an event it opens (2025粵港澳大灣區低空經濟大會, 2024巴黎奥运会); never a count before
# its measure word (2025名代表出席大会)
_EVENT_NAME_END = (
    "大会|博览会|交易会|展览会|论坛|峰会|奥运会|冬奥会|亚运会|运动会|世博会|马拉松|音乐节|电影节|艺术节|文化节|年会|"
    "锦标赛|世界杯|嘉年华"
)


@rule(
    "<yyyy><name>",
    pattern=rf"(?<![\d.:/-])(?P<y>(?:19|20)\d\d)(?=(?:{_YEAR_BEFORE}|{_FESTIVAL_WORDS})"
    rf"|(?![名个人家位项件次场届条只元万亿吨米号年月日款型期版])[\u4e00-\u9fff]{{1,14}}?(?:{_EVENT_NAME_END}))",
)
def p_year_before_name(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<yyyy><name>", "date", year=int(m["y"]), grain="year")


# 1961—1965, 1991-1994: a range of years without 年; the end year is its own piece, joined by the parser
@rule(
    "<yyyy>—<yyyy>",
    pattern=r"(?<![\d.:/-])(?P<y>(?:19|20)\d\d)(?=\s?(?:—{1,2}|–|-|~)\s?(?:19|20)\d\d(?![\d.:/-]))"
    r"|(?<=(?:19|20)\d\d[—–~-])(?P<y2>(?:19|20)\d\d)(?![\d.:/-]|年)|(?<=(?:19|20)\d\d——)(?P<y3>(?:19|20)\d\d)(?![\d.:/-]|年)",
)
def p_year_range_end(m: re.Match, s: int, e: int) -> Piece | None:
    year = int(m["y"] or m["y2"] or m["y3"])
    if m["y"]:
        end = re.match(r"\s?(?:—{1,2}|–|-|~)\s?(\d{4})", m.string[e:])
        if end is None or not 0 < int(end.group(1)) - year <= 100:
            return None
    return Piece(s, e, "<yyyy>—<yyyy>", "date", year=year, grain="year")


# 2003.7—: a year and month a stretch starts at (a résumé's form)
@rule("<yyyy>.<m>—", pattern=r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.(?P<m>1[0-2]|0?[1-9])(?=—|-|至今)")
def p_year_dot_month(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<yyyy>.<m>—", "date", year=int(m["y"]), month=int(m["m"]), grain="month")


# 12/31, 10/21-10/23: a month and day with a slash, only where nothing else is meant (in brackets, or
# the ends of a range): 1/3 alone is a fraction
# 1/2/2020, 10/1/2017: day, month and year with slashes, the day first; 10/16/2021 (American Chinese
# papers): the month first when the second number cannot be a month
@rule(
    "<dd>/<mm>/<yyyy>",
    pattern=r"(?<![\d/.])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])",
)
def p_slash_date(m: re.Match, s: int, e: int) -> Piece | None:
    day, month = int(m["d"]), int(m["m"])
    if month > 12:
        if day > 12:
            return None
        day, month = month, day
    if day > calendar.monthrange(int(m["y"]), month)[1]:
        return None  # 31/4/2020: no such day
    return Piece(s, e, "<dd>/<mm>/<yyyy>", "date", year=int(m["y"]), month=month, day=day)


# 113/01/13, 113.01.13: a Republic-era year (1912 is year 1) with two-digit month and day, as Taiwan's
# notices and listings write them
@rule(
    "<roc>/<mm>/<dd>",
    pattern=r"(?<![\d/.\-])(?P<y>1[0-3]\d)/(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])(?![\d/])"
    r"|(?<![\d/.\-])(?P<y2>1[0-3]\d)\.(?P<m2>0[1-9]|1[0-2])\.(?P<d2>0[1-9]|[12]\d|3[01])(?![\d.])",
)
def p_roc_numeric_date(m: re.Match, s: int, e: int) -> Piece | None:
    year = int(m["y"] or m["y2"]) + 1911
    month, day = int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    if day > calendar.monthrange(year, month)[1]:
        return None
    return Piece(s, e, "<roc>/<mm>/<dd>", "date", year=year, month=month, day=day)


# 01.01.2020 17:44, 20.8.2020, 4. 4. 2024 (an e-paper's masthead): the day, month and year with dots, day first as on Hong Kong, Macau and
# European pages (the month first when the second number cannot be a month); a version number or an
# address before or after (v1.2.2020, 1.2.2020.3) is no date
@rule(
    "<dd>.<mm>.<yyyy>",
    pattern=r"(?<![A-Za-z\d./\-])(?P<d>[12]\d|3[01]|0?[1-9])\. ?(?P<m>[12]\d|3[01]|0?[1-9])\. ?(?P<y>(?:19|20)\d\d)(?!\.?\d)",
)
def p_dotted_day_first(m: re.Match, s: int, e: int) -> Piece | None:
    return p_slash_date(m, s, e)


# Words that make a bare 12/1 a date (12/1起, 12/1(周日), 12/1晚上, 于12/1): a fraction takes none of them.
_SLASH_DATE_AFTER = (
    "起|开始|前|止|截止|当天|当日|举行|开幕|开跑|上午|下午|晚上|晚间|凌晨|中午|早上|[(（]?(?:周|星期|礼拜)[一二三四五六日天]|"
    # a bare weekday in brackets, as Taiwan's listings write it: 7/20 (六), 5/24（六）
    "[(（][一二三四五六日天][)）]|"
    # a headline's day and its figure or act (确诊9/30增43280本土, 10/5公布, 12/1登场)
    r"新增|增(?=\d)|公布|宣布|登场|开放|出炉"
)


def _slash(n: str) -> str:
    return rf"(?P<m{n}>1[0-2]|0?[1-9])/(?P<d{n}>[12]\d|3[01]|0?[1-9])(?![\d/])"


@rule(
    "<mm>/<dd>",
    # 2/6日, 2/12日: the slash date with its 日 written after it (Taiwan's notices), the 日 part of it
    pattern=rf"(?<![\d/.]){_slash(6)}[日号]"
    rf"|(?<=[(（]){_slash('')}(?=\s?[)）,，、])|(?<![\d/.]){_slash(2)}(?=\s?[-~至到]\s?(?:1[0-2]|0?[1-9])/)"
    rf"|(?<=\d[-~至到])(?<!\d{{4}}[-~]){_slash(3)}"
    rf"|(?<![\d/.]){_slash(4)}(?=\s?(?:{_SLASH_DATE_AFTER}))|(?<=[于於在从從由自截至到])(?<![\d/.]){_slash(5)}",
)
def p_slash_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    ends = ("", "2", "3", "4", "5", "6")
    month, day = (m[f"m{n}"] for n in ends), (m[f"d{n}"] for n in ends)
    return Piece(
        s, e, "<mm>/<dd>", "date", month=int(next(x for x in month if x)), day=int(next(x for x in day if x))
    )


# 翌(15)日, 次（8）日: the next day with its day of the month in brackets; the bracket states the day
@rule("翌(<day>)日", pattern=r"[翌次隔]\s?[(（](?P<d>[12]\d|3[01]|0?[1-9])\s?[)）]\s?[日号]")
def p_next_day_bracketed(m: re.Match, s: int, e: int) -> Piece | None:
    return p_day(m, s, e)


# 02.02(五), 02.17(六): a month and day with a dot, as Taiwan's listings write them; the weekday in
# brackets after it is what makes it a date (2.5 alone is a number), and it belongs to the date, so that
# 02.02(五) - 02.16(五) is one range
@rule(
    "<mm>.<dd>(<weekday>)",
    pattern=r"(?<![\d.])(?P<m>1[0-2]|0[1-9])\.(?P<d>[12]\d|3[01]|0[1-9])(?![\d.])"
    r"\s?[(（](?:周|週|星期|礼拜|禮拜)?[一二三四五六日天][)）]",
)
def p_dotted_month_day(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<mm>.<dd>(<weekday>)", "date", month=int(m["m"]), day=int(m["d"]))


# 1-11月, 1至3月, 一至三月: a range of months written with one 月
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"


@rule(
    "<month>-<month>月",
    pattern=rf"(?<![\d.\-/~])(?P<m>{_MONTH_NUMBER}){SP}(?:[-~至到–]|—{{1,2}}){SP}(?P<m2>{_MONTH_NUMBER}){SP}月(?:份)?(?![\d日号]|{DAY}[日号])"
    # 五六月份, 三四月间: two months in a row written with one 月 (never 十一月, which is one month)
    r"|(?<![\d一二三四五六七八九十])(?P<a>[一二三四五六七八])(?P<b>[二三四五六七八九])月(?:份|间)?(?![\d日号初]|[一二三四五六七八九十廿卅]{1,3}[日号])",
)
def p_month_range(m: re.Match, s: int, e: int) -> Piece | None:
    if m["a"]:
        first, last = _month(m["a"]), _month(m["b"])
        if not first or last != first + 1:
            return None
        return Piece(s, e, "<month>-<month>月", "date", month=first, month_until=last, grain="month")
    first, last = _month(m["m"]), _month(m["m2"])
    if not first or not last or first == last:
        return None
    return Piece(s, e, "<month>-<month>月", "date", month=first, month_until=last, grain="month")


# A Han character right before 6号 that is not a word of time or place (于, 在, 是, 今, 到, 至, 、) makes the
# number a name's: 海星6号, 长征5号, 天宫2号.
_NAME_BEFORE_NUMBER = re.compile(
    r"(?![于於在是今本到至从從自截止和及与與或的即当當及每前后後初、])[\u3400-\u9fff]"
)
# 消防处26号下午两点51分: a part of day after N号 makes it the day of the month after any word (Taiwan's
# television writes the day so)
_PART_OF_DAY_AFTER = re.compile(r"\s?(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜)")


# A report's verbs after a day in Chinese numerals make it a day of the month (陈秀熙十六日表示), not a count
_CN_DAY_VERBS = "表示|指出|分析|说|称|宣布|发布|公布|召开|举行|举办|出席|发表|接受|抵达|到访|晚间|电|讯|报道|报导|在|于|起|至|到|凌晨|登场|开幕|闭幕|开跑|开行|开始|结束|上演"

# 原订六日, 延至五日, 订于九日: a word that schedules or moves an event makes a day in one Chinese numeral
# (一日 to 十日, as often a length of time) a day of the month, unless a word of length follows (延至五日内)
_SCHEDULED = "|".join(
    f"(?<={word})" for word in ("原订", "原定", "订于", "定于", "延至", "顺延至", "改至", "改期至", "截至")
)
_DAY_CN_ONE = rf"(?:{_SCHEDULED})(?P<d6>[一二三四五六七八九十])(?=日(?!内|內|以内|以內|之内|之內|后|後|来|來|之久|游|遊|左右|前|间|間|[一二三四五六七八九十]))"

# 四日上午, 六日晚, 四日清明節: a day in one Chinese numeral (二日 to 十日) before a part of day, a clock or a
# festival is a day of the month, as a length never is (一日 stays "one day"; 第四日, 每三日 count days)
_DAY_CN_ONE_TIMED = (
    r"(?<![一二两三四五六七八九十百千零廿卅\d第有某那这每同隔连逐])(?P<d7>[二三四五六七八九十])"
    r"(?=日(?:[零一二两三四五六七八九十]{1,3}[时時点]|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|深夜|"
    r"清明|元旦|端午|中秋|国庆|冬至|除夕|元宵|春节|圣诞|七夕|重阳))"
)
# the next day of a list after a date (九月九日、十六日和二十三日; 十月一日和七日; 本月廿八日及廿九日): a day in
# Chinese numerals right after 日、, 日和, 日及, never a count of days (七日内, 三日后)
_DAY_CN_LISTED = (
    r"(?<=[日号][、和及与與])(?P<d8>" + _DAY_CN_TWO + r"|[一二三四五六七八九十])"
    r"(?=\s?日(?!内|內|以内|以內|之内|之內|后|後|来|來|之久|左右|前|间|間))"
)

# A digit right after 日 makes it no day (3日2次) unless it starts a clock: 21日19时, 5日10:30.
_NOT_CLOCK_DIGIT = r"(?!\d{1,2}(?:[时時点]|[:：]\d\d))\d"


# 4/18至20日, 4/18-20日: a slash date and a later day of its month
@rule(
    "<mm>/<dd>至<dd>日",
    pattern=r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])\s?[-~至到]\s?(?P<d2>[12]\d|3[01]|0?[1-9])[日号]",
)
def p_slash_day_range(m: re.Match, s: int, e: int) -> Piece | None:
    first, last = int(m["d"]), int(m["d2"])
    if last <= first:
        return None
    return Piece(s, e, "<mm>/<dd>至<dd>日", "date", month=int(m["m"]), day=first, day_until=last)


# A street word (or a street's 中/东/西/南/北/段 after it) right before a span of numbers: an address
_STREET_WORD = r"(?:[巷路街道弄里村楼栋]|[路街道][中东西南北段])"
_ADDRESS_BEFORE_NUMBERS = re.compile(rf"{_STREET_WORD}$")
_ADDRESS_SPAN_BEFORE = re.compile(rf"{_STREET_WORD}\d{{1,4}}[至到\-~、]$")


# 11-13日, 11~13日, 11至13日, 5、6日: a range (or pair) of days of one month written with one 日
@rule(
    "<day>-<day>日",
    pattern=rf"(?<![\d.\-/~])(?P<d>{DAY_ARABIC}){SP}(?:[-~至到、–]|—{{1,2}}){SP}(?P<d2>{DAY_ARABIC}){SP}[日号](?![\d-]|{_NAME_AFTER_DAY})"
    rf"|(?<=月)(?P<c>{DAY_CN})[、及和与至到](?P<c2>{DAY_CN})日"
    rf"|(?<![\d.\-/~月])(?P<a>{DAY_ARABIC})[日号]\s?[-~–]\s?(?P<a2>{DAY_ARABIC})[日号](?![\d-]|{_NAME_AFTER_DAY})"
    # 11月19及20日: two days after a month joined by 及/和/与 under one 日 (each with its 日, 3日和4日, stay two)
    rf"|(?<=月)(?P<j>{DAY_ARABIC})[及和与](?P<j2>{DAY_ARABIC})[日号](?![\d-]|{_NAME_AFTER_DAY})",
)
def p_day_range(m: re.Match, s: int, e: int) -> Piece | None:
    # 本月卅、卅一日, 二十九、三十日: a pair of days in Chinese numerals after a month word; 1日-3日: each
    # day with its 日
    first = _num(m["d"] or m["c"] or m["a"] or m["j"])
    last = _num(m["d2"] or m["c2"] or m["a2"] or m["j2"])
    if first is None or last is None:
        return None
    if last <= first:
        return None
    if _ADDRESS_BEFORE_NUMBERS.search(m.string, max(0, s - 2), s):
        return None  # 船街1至7號, 大道中1至3號: house numbers of a street, no days
    return Piece(s, e, "<day>-<day>日", "date", day=first, day_until=last, anaphoric=True)


@rule(
    "<day>日",
    pattern=rf"(?:(?<![\d.月\-/巷路街道弄村楼区栋室院门第〕])(?P<d>{DAY_ARABIC})|(?<=[日号][-~])(?P<d3>{DAY_ARABIC})|(?<=月)(?<![\d{_CHINESE_DIGITS}]月)(?P<d2>{DAY})|(?<=[至到])(?P<d5>{DAY})(?=[日号])|(?<![{_CHINESE_DIGITS}\d])(?P<d4>{_DAY_CN_TWO})(?=日(?:[零一二两三四五六七八九十]{{1,3}}[时時点]|凌晨|上午|中午|下午|晚|早|夜|[,，。、]|起|止|前后|左右|$|{_CN_DAY_VERBS}))|{_DAY_CN_ONE}|{_DAY_CN_ONE_TIMED}|{_DAY_CN_LISTED}|(?<=区)(?P<d9>{DAY_ARABIC})(?=日)){SP}[日号](?!{_NOT_CLOCK_DIGIT}|-|{_NAME_AFTER_DAY}|报(?!道|导)|元|币|军|本|语|文|期(?!间)|方|产|均|常|益|程)",
    tier=2,
)
def p_day_any(m: re.Match, s: int, e: int) -> Piece | None:
    if (
        m["d"]
        and m.string[e - 1] == "号"
        and s > 0
        and _NAME_BEFORE_NUMBER.match(m.string, s - 1)
        and not _PART_OF_DAY_AFTER.match(m.string, e)
    ):
        return None  # 海星6号, 神舟5号: a ship's, a craft's or a product's number, no day
    if _ADDRESS_SPAN_BEFORE.search(m.string, max(0, s - 8), s):
        return None  # 船街1至7號: the last of a street's run of house numbers, no day
    # 復興區12日停止上班: after a district's name a day with 日 is a day (a house number takes 号)
    day = m["d"] or m["d2"] or m["d3"] or m["d4"] or m["d5"] or m["d6"] or m["d7"] or m["d8"] or m["d9"]
    return p_day(_Alias(m, {"d": day}), s, e)
