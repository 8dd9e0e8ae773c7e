"""The Chinese calendar: lunar dates, festivals, solar terms, cyclic years, seasons.

The festival names and dates are data in `timeline/timex/calendar_cn.py` (one entry per festival,
with all its spellings). Corpus: `timeline/timex/corpus/festival.py`.
"""

from __future__ import annotations

import re

from timeline.timex import calendar_cn
from timeline.timex.piece import Piece
from timeline.timex.rules.base import _Alias, rule
from timeline.timex.rules.common import _FESTIVAL_WORDS, _NOT_NAME, CYCLIC_YEAR_BEFORE, _num

LUNAR_MONTH = r"(?:正|一|二|三|四|五|六|七|八|九|十|十一|十二|冬|腊)"
LUNAR_DAY = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|三十)"


def _lunar_month(text: str) -> int | None:
    return calendar_cn.LUNAR_MONTH_NAMES.get(text) or _num(text)


def _lunar_day(text: str) -> int | None:
    if text.startswith("初"):
        return _num(text[1:])
    return _num(text)


# Short numeric festival names (五一, 七一, 八一...) are also ordinary numbers or road names; they count
# only when not followed by a name word (see NAME_FOLLOWERS) and not inside a longer number.
_EVE_WORDS = "|".join(sorted(calendar_cn.FESTIVAL_BY_KEY["除夕"].spellings, key=len, reverse=True))
LAST_FESTIVAL = "<the festival in context>"


# Solar terms whose names are also ordinary words (雨水 rain, 小雪 light snow, 清明 clear) count
# only with a sign that the term is meant.
AMBIGUOUS_TERMS = {"雨水", "小满", "白露", "谷雨", "小雪", "大雪", "清明", "大暑", "小暑", "小寒", "大寒"}
_TERM_WORDS = "|".join(calendar_cn.SOLAR_TERMS)


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


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
# 正月三十 is the 30th of the first month (a lunar date), never 除夕; 大年三十 is 除夕's own spelling
# 大年十二 (Hong Kong, Macau and some mainland writing): a day of the first month past its tenth; 大年三十
# stays 除夕's
@rule(
    "大年初<n>",
    pattern=r"(?:大年|正月)(?P<ld>初[一二三四五六七八九十])|大年(?P<late>十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九])",
)
def p_new_year_day(m: re.Match, s: int, e: int) -> Piece | None:
    day = _lunar_day(m["ld"] or m["late"].replace("廿", "二十"))
    if not day:
        return None
    # 大年二十九, 大年廿八 (Macau and Hong Kong): the last days of the twelfth month, as 大年三十 is its
    # last; 大年十二 and 大年二十 are days of the first
    month = 12 if m["late"] and day > 20 else 1
    return Piece(s, e, "大年初<n>", "date", lunar_month=month, lunar_day=day)


@rule("除夕", pattern=rf"(?:{_EVE_WORDS})(?P<night>夜|晚上|当晚|之夜|晚)?")
def p_new_year_eve(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "除夕", "date", festival="除夕")
    if m["night"]:
        piece.pod = "EV"
    return piece


# a year, a digit or 每/本/上/下 before a bare month and day: not a lunar date
_GREGORIAN_BEFORE = set("年〇零一二三四五六七八九十0123456789每本上下这這个個")
# a later day of the same list or range that ends in 日 after a bare month and day (六月二十二及二十三日,
# 六月二十二至二十四日): the 日 closes both, so the first is Gregorian too
_SHARED_DAY_AFTER = re.compile(r"\s?(?:及|和|与|與|、|至|到|-|—|～|~)\s?[一二三四五六七八九十廿卅]{1,3}[日号號]")


@rule(
    "农历<month>月<day>",
    pattern=rf"(?P<nl>农历|阴历|夏历)?(?:(?<=历)(?P<y>(?:1[89]|20)\d\d)年)?(?P<leap>闰)?(?P<lm>{LUNAR_MONTH})月(?P<ld>{LUNAR_DAY}|[一二三四五六七八九](?=日))(?:日)?",
)
def p_lunar_date(m: re.Match, s: int, e: int) -> Piece | None:
    month, day = _lunar_month(m["lm"]), _lunar_day(m["ld"])
    if not month or not day:
        return None
    if len(m["ld"]) == 1 and not m["nl"]:
        return None  # 三月二日 is Gregorian; 农历三月二日 (one numeral, with 日) is the lunar 2nd
    # A lunar reading needs a sign: 农历, 闰, a lunar month name (正, 冬, 腊), a day written 初X / 廿X, or
    # a two-character day with no 日 after it (今天是八月十五, 昨晚八月十四, 七月十四): a Gregorian date in
    # Chinese numerals ends in 日 or 号 (八月十五日), and a year before it makes it Gregorian
    # a sexagenary or zodiac year before it makes it lunar (甲辰年二月廿六; prepared text writes 廿 as 二十)
    lunar_year_before = CYCLIC_YEAR_BEFORE.search(m.string, max(0, s - 4), s)
    if not (
        m["nl"] or m["leap"] or m["lm"] in ("正", "冬", "腊") or m["ld"][0] in "初廿" or lunar_year_before
    ):
        before = m.string[s - 1 : s] if s else ""
        bare = (
            not m.group(0).endswith("日")
            and len(m["ld"]) >= 2
            and m.string[e : e + 1] not in ("日", "号", "號", "月")
            and before not in _GREGORIAN_BEFORE
            and _SHARED_DAY_AFTER.match(m.string, e) is None
        )
        if not bare:
            return None
    piece = Piece(
        s, e, "农历<month>月<day>", "date", lunar_month=month, lunar_day=day, lunar_leap=bool(m["leap"])
    )
    if m["y"]:  # 農曆2024年十二月二十三: in that lunar year
        piece.lunar_year_names = [int(m["y"])]
        piece.year_kind = "lunar"
    return piece


# 农历5月15日, 农历1998年2月2日, 農曆08月16日: a lunar date in digits, only with the word 农历 before it (in a
# lunar year when one is written)
@rule(
    "农历<yyyy>年<m>月<d>日",
    pattern=r"(?P<nl>农历|阴历|夏历)(?:(?P<y>(?:1[89]|20)\d\d)年)?(?P<lm>1[0-2]|0?[1-9])月(?P<ld>30|[12]\d|0?[1-9])(?![\d月])日?",
)
def p_lunar_digits(m: re.Match, s: int, e: int) -> Piece | None:
    piece = Piece(s, e, "农历<yyyy>年<m>月<d>日", "date", lunar_month=int(m["lm"]), lunar_day=int(m["ld"]))
    if m["y"]:
        piece.lunar_year_names = [int(m["y"])]
        piece.year_kind = "lunar"
    return piece


@rule("闰<month>月", pattern=rf"(?:农历|阴历|夏历)?闰(?P<lm>{LUNAR_MONTH})月")
def p_leap_month(m: re.Match, s: int, e: int) -> Piece | None:
    # 闰四月: a whole leap lunar month, never the solar month 四月 (the resolver finds whether it exists)
    month = _lunar_month(m["lm"])
    if not month:
        return None
    return Piece(s, e, "闰<month>月", "date", lunar_month=month, lunar_leap=True, grain="month")


# 年初六, 年廿四, 年廿七至三十, 廿九晚: the days around the lunar new year without a month word (Hong Kong,
# Macau and Taiwan); 初N is of the first month, 廿N of the twelfth. 年初一些 is "early in the year, some"
# (but 年廿四起 is from the 24th); 年廿八洗邋遢 is a saying about every year's 28th, no date.
_NEW_YEAR_DAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]"


@rule(
    "年初<n>",
    pattern=rf"(?P<nl>农历)?(?<![\d一二三四五六七八九十])年(?P<ld>{_NEW_YEAR_DAY})(?!(?<=初[一二三四五六七八九十])[些直批起])"
    r"(?![，,]?洗邋遢)"
    rf"(?:[至到~-](?P<ld2>{_NEW_YEAR_DAY}|三十|卅))?(?P<night>晚|夜)?"
    r"|(?<![\d一二三四五六七八九十月年])(?P<ld3>廿[一二三四五六七八九])(?P<night3>晚)",
)
def p_new_year_days(m: re.Match, s: int, e: int) -> Piece | None:
    text = m["ld"] or m["ld3"]
    month = 1 if text.startswith("初") else 12
    piece = Piece(
        s, e, "年初<n>", "date", lunar_month=month, lunar_day=_lunar_day(text.replace("廿", "二十"))
    )
    if m["ld2"]:
        end = m["ld2"]
        end_month = 1 if end.startswith("初") else 12
        end_day = 30 if end in ("三十", "卅") else _lunar_day(end.replace("廿", "二十"))
        piece.lunar_until = (end_month, end_day)
    if m["night"] or m["night3"]:
        piece.pod = "EV"
    return piece


# 初六（15日）: a lunar day without its month, dated by the Gregorian day in brackets after it
@rule(
    "初<n>(<day>日)",
    pattern=r"(?<![\d一二三四五六七八九十月年历])初(?P<ld>[一二三四五六七八九十])(?=\s?[(（]\d{1,2}\s?[日号][)）])",
)
def p_bare_lunar_day(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "初<n>(<day>日)", "date", lunar_day=_num(m["ld"]))


# 初三過後, 初七晚上: a lunar day alone, in a text that speaks of the new year near it (初一 to 初三
# alone are also school years: 初三学生, 初二年级)
_SPRING_FESTIVAL_WORDS = re.compile(
    r"春节|农历新年|农历年|新春|过年|大年初|年初[一二三四五六七八九十]|除夕|年三十|年廿|破五"
)
_SCHOOL_FOLLOWERS = (
    "年级|学生|学年|学期|班|级|生|毕业|阶段|男生|女生|时|那年|化学|数学|物理|英语|语文|上学期|下学期"
)


@rule(
    "初<n>",
    pattern=rf"(?<![\d一二三四五六七八九十月年历最当起])初(?P<ld>[一二三四五六七八九十])(?![一二三四五六七八九十]|{_SCHOOL_FOLLOWERS}|至初|到初|[~-]初)",
    tier=1,
)
def p_lone_lunar_day(m: re.Match, s: int, e: int) -> Piece | None:
    # the new year may be named before or just after: a headline's 初五北返 is followed by its lead's 春節
    if not _SPRING_FESTIVAL_WORDS.search(m.string, max(0, s - 300), e + 300):
        return None
    return Piece(s, e, "初<n>", "date", lunar_month=1, lunar_day=_num(m["ld"]))


# 初一至初七: a range of lunar days of the first month, the words alone (初一 alone is also a school year)
@rule(
    "初<n>至初<n>",
    pattern=r"(?<![\d一二三四五六七八九十月年历])初(?P<ld>[一二三四五六七八九十])(?=[至到~-]初[一二三四五六七八九十])"
    r"|(?<=初[一二三四五六七八九十][至到~-])初(?P<ld2>[一二三四五六七八九十])",
)
def p_new_year_range(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "初<n>至初<n>", "date", lunar_month=1, lunar_day=_num(m["ld"] or m["ld2"]))


@rule(
    "<干支>年",
    pattern=r"(?:(?P<gz>[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])(?P<z>[鼠牛虎兔龙蛇马羊猴鸡狗猪])?|"
    r"(?P<z2>[鼠牛虎兔龙蛇马羊猴鸡狗猪]))年",
)
def p_cyclic(m: re.Match, s: int, e: int) -> Piece | None:
    return p_cyclic_year(_Alias(m, {"z": m["z"] or m["z2"]}), s, e)


# right after the lunar date it falls on (正月十五元宵节, 五月初五端午节, 八月十五中秋节)
_AFTER_LUNAR_DATE = (
    "(?<=初[一二三四五六七八九十])|(?<=月[一二三四五六七八九十])|(?<=月十[一二三四五六七八九])"
    "|(?<=月二十[一二三四五六七八九])|(?<=月廿[一二三四五六七八九])"
)


# A festival's name a place away from an uprising or an incident names that event (八一南昌起义, 七七卢沟桥事变)
_NOT_EVENT = r"(?![\u3400-\u9fff]{1,3}(?:起义|暴动|事变|惨案))"
# 圣诞老人, 圣诞树, 圣诞市集, 中秋月饼, 端午粽子: a festival's figure, tree, market or food is a thing of
# the season, no day (the market runs for weeks, the tree stands for a month)
_NOT_A_THING = r"(?!老人|老公公|树|卡|礼物|装饰|灯饰|饰物|市集|歌|帽|袜|月饼|粽)"


# The National Day holiday's words (国庆长假, 十一黄金周) name its seven days, not only the first
_NATIONAL_HOLIDAY_WORDS = ("假期", "长假", "黄金周")


# never inside a number (十五一, 3八), but right after a year (2018农历新年); 儿童节目 is a programme
@rule(
    "<festival>",
    pattern=rf"(?:(?<![一二三四五六七八九十])|{_AFTER_LUNAR_DATE})(?<!\d(?=[一二三四五六七八九十]))(?P<f>{_FESTIVAL_WORDS})(?:节)?(?<!节(?=目))(?!目){_NOT_NAME}{_NOT_EVENT}{_NOT_A_THING}",
)
def p_festival(m: re.Match, s: int, e: int) -> Piece | None:
    key = calendar_cn.FESTIVAL_SPELLINGS[m["f"]]
    piece = Piece(s, e, "<festival>", "date", festival=key)
    if key == "国庆" and m["f"].endswith(_NATIONAL_HOLIDAY_WORDS):
        piece.days_after = 6
    return piece


@rule("节后", pattern=r"(?:(?<![\u3400-\u9fff])|(?<=[在于从到至是等]))节(?P<dir>后|前)(?![辈面进])")
def p_after_festival(m: re.Match, s: int, e: int) -> Piece | None:
    # 节后 / 节前: the festival the text spoke of last (the resolver knows which), else 春节
    piece = Piece(s, e, "节后", "date", festival=LAST_FESTIVAL)
    piece.mod = "AFTER" if m["dir"] == "后" else "BEFORE"
    return piece


@rule(
    "<solar term>",
    pattern=rf"(?P<pre>(?:今年|去年|明年|\d{{4}}年)的?)?(?P<t>{_TERM_WORDS})(?P<sfx>节气|时节|节|当天|这天|之日|前后|前夕|时分|到了|已至|来临|将至|假期|小长假|长假|连假|期间)?",
)
def p_solar_term(m: re.Match, s: int, e: int) -> Piece | None:
    name = m["t"]
    signed = m["sfx"] or m["pre"] or m.string[max(0, s - 2) : s].endswith(("年", "年的"))
    if name in AMBIGUOUS_TERMS and not signed:
        return None
    return Piece(s, e, "<solar term>", "date", solar_term=name)


# after a year (2019年夏天, 今年夏天), or 这个夏天: the season of the reference's year
@rule(
    "<season>",
    pattern=r"(?<=年)的?(?P<se>[春夏秋冬])(?:天|季)|(?<=这个)(?P<se2>[春夏秋冬])天|今(?P<se3>[春夏秋冬])(?![天季装])",
)
def p_season(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<season>", "date", grain="season", season=SEASONS[m["se"] or m["se2"] or m["se3"]])
