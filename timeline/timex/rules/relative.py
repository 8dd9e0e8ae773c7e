"""Relative expressions: 昨天, 次日, 去年, 上个月, 上周五, 三天后, 前2周, 下半年, 目前.

Corpus: `timeline/timex/corpus/relative.py`.
"""

from __future__ import annotations

import re

from timeline.timex.piece import Piece
from timeline.timex.rules.base import rule
from timeline.timex.rules.common import _NUMBER, WEEKDAYS, _amount, _num
from timeline.timex.rules.duration import plausible_length

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
    "后日": (
        2,
        False,
        None,
    ),  # 明日和後日, 後日(星期六): Hong Kong's day after tomorrow (see the rule's guard)
    "大后天": (3, False, None),
    "今晨": (0, False, "MO"),
    "今早": (0, False, "MO"),
    "今晚": (0, False, "EV"),
    "今夜": (0, False, "NI"),
    "昨晚": (-1, False, "EV"),
    "昨夜": (-1, False, "NI"),
    "明早": (1, False, "MO"),
    "明晚": (1, False, "EV"),
    "明夜": (1, False, "NI"),  # 明夜起: tomorrow night (the Observatory's and the CMA's forecasts)
    "后晚": (2, False, "EV"),  # 後晚(31日): the evening of the day after tomorrow
    "次日": (1, True, None),
    "翌日": (1, True, None),
    "第二天": (1, True, None),
    "隔天": (1, True, None),
    "第三天": (2, True, None),
    "前一天": (-1, True, None),
    "前一日": (-1, True, None),
    "前一晚": (-1, True, "EV"),  # 前一晚列车一度恢复行驶: the evening before the day spoken of
    "当天": (0, True, None),
    "隔日": (1, True, None),
    "明晨": (1, False, "MO"),
    "当日": (0, True, None),
    "同日": (0, True, None),
    "同一天": (0, True, None),
    "是日": (0, True, None),
    "当晚": (0, True, "EV"),
    "当夜": (0, True, "NI"),
    "次晨": (1, True, "MO"),
    "同一日": (0, True, None),
    "翌晨": (1, True, "MO"),
    # 今下午2时30分, 昨凌晨: 今/昨/明 before a part of day (Taiwan and Hong Kong news)
    "今上午": (0, False, "MO"),
    "今下午": (0, False, "AF"),
    "今中午": (0, False, "MI"),
    "今凌晨": (0, False, "NI"),
    "昨上午": (-1, False, "MO"),
    "昨下午": (-1, False, "AF"),
    "昨中午": (-1, False, "MI"),
    "昨凌晨": (-1, False, "NI"),
    "明上午": (1, False, "MO"),
    "明下午": (1, False, "AF"),
    "明凌晨": (1, False, "NI"),
    # 昨午 / 今午 (+ clock): Hong Kong, Taiwan and Singapore papers write 午 for 下午 (昨午3时30分 = 15:30)
    "昨午": (-1, False, "AF"),
    "今午": (0, False, "AF"),
    "昨晨": (-1, False, "MO"),
    "昨早": (-1, False, "MO"),
    # the other parts of day after 今/昨 (昨深夜, 昨傍晚, 今清晨); 昨午夜 is last midnight, not 昨午 + 夜
    "昨深夜": (-1, False, "NI"),
    "今深夜": (0, False, "NI"),
    "昨午夜": (-1, False, "NI"),
    "昨傍晚": (-1, False, "EV"),
    "今傍晚": (0, False, "EV"),
    "昨黄昏": (-1, False, "EV"),
    "今黄昏": (0, False, "EV"),
    "昨清晨": (-1, False, "MO"),
    "今清晨": (0, False, "MO"),
    "昨早上": (-1, False, "MO"),
    "今早上": (0, False, "MO"),
    # 前晚, 前日: two days before (前晚9时; not 节前晚会, 前日本首相: see the rule's guards)
    "前晚": (-2, False, "EV"),
    "前日": (-2, False, None),
    # 即日起 / 即日至: from the day of the notice
    "即日": (0, False, None),
    # Cantonese (Hong Kong papers quoting speech): 噚日/琴日 yesterday, 聽日 tomorrow, and their evenings
    # (prepared text writes 噚 as 㖊)
    "㖊日": (-1, False, None),
    "寻日": (-1, False, None),
    "琴日": (-1, False, None),
    "听日": (1, False, None),
    "㖊晚": (-1, False, "EV"),
    "寻晚": (-1, False, "EV"),
    "琴晚": (-1, False, "EV"),
    "听晚": (1, False, "EV"),
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
    "今个月": (0, False),  # Cantonese: 今個月首三個周六
    "呢个月": (0, False),
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
    # 上一个周末, 下一周: 一 before the measure word (Taiwan and Hong Kong write 上一個周末)
    "上一": -1,
    "下一": 1,
    "上一个": -1,
    "下一个": 1,
    "": None,
}
# 当前位置 opens a breadcrumb (当前位置：首页 > 新闻), not a time.
PRESENT_WORDS = r"目前|至今(?![天日晚晨早夜午年朝])(?!\s?[(（]\d)|迄今|如今|现如今|当前(?!位置|所在位置|页面?|栏目)|眼下|时下|现在|此刻|现时(?![间代])"
PAST_WORDS = "近日|日前(?![一两三]?[天日]|夕)|近期|近来|最近|前不久|不久前|前些天|前些日子|此前|过去数日|过去几天|过去数天|过去几日"
FUTURE_WORDS = "今后|未来|将来|日后|不久后|马上"
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


# A stretch of time after an activity (连续抗疫27天后, 封城76天之后) measures that activity: a duration.
_DURATION_LEADS = re.compile(
    r"连续|持续|历时|坚守|奋战|工作|值守|封城|抗疫|隔离|战斗|住院|治疗|施工|建设|停工|停课|封闭|昏迷|失联|居家|坚持|"
    r"休息|休整|等待|训练|调整|观察|"
    # 救治一个月后, 扣押5个多小时后, 休市一天后, 响钟十五分钟后: after so long of it (Hong Kong, Taiwan)
    r"救治|抢救|扣押|拘留|羁押|扣留|留医|休市|停市|响钟|搜救|等候|排队|停电|监测|"
    # 停办4年后再度举办, 停赛两年后复赛, 停刊十年后复刊: after so long without it
    r"停办|停赛|停摆|停刊|停演|停航|停运|停驶|中断|"
    # 被判5年半之後, 服刑两年后: after a prison term (the sentence's length), not years after the report
    r"被判|判处|判刑|获刑|服刑|坐牢|入狱|徒刑|监禁"
)
SPAN_UNITS = {
    "天": "D", "日": "D", "周": "W", "星期": "W", "个星期": "W", "个月": "M", "月": "M", "年": "Y",
    "季度": "Q", "个季度": "Q", "小时": "H", "个小时": "H", "分钟": "MIN",
}  # fmt: skip


# 第 (the n-th), 前/头 (the first n, or the past n), 最后 (the last n), 过去 (the past n), 后 (the next n),
# 未来 (a window of n ahead)
SPAN_POSITIONS = {
    "第": "ordinal", "前": "first", "头": "first", "首": "first", "最后": "last", "末": "last",
    "过去": "past", "过去的": "past", "最近": "past", "最近的": "past", "之前": "past", "之前的": "past",
    "未来": "ahead", "未来的": "ahead", "今后": "ahead", "之后": "next", "后": "next", "接下来": "ahead",
    "接下来的": "ahead",
}  # fmt: skip
# 未来三天, 接下来一个月, 今后五年 name a window ahead (a forecast's or a plan's): the length of time, where
# 后1年 / 之后5分钟 place a stretch that starts from the reference (SPAN_POSITIONS "ahead" vs "next").


# ---------------------------------------------------------------------------------------------------
# The rules of this family, in priority order
# ---------------------------------------------------------------------------------------------------
# 今(2024)年, 本(108)年, 去（112）年, 上(11)月, 本（12）月: Taiwan's written form, the year or month in brackets
_BRACKET_YEAR_SHIFTS = {"今": 0, "本": 0, "去": -1, "明": 1, "前": -2}
_BRACKET_MONTH_SHIFTS = {"本": 0, "上": -1, "下": 1, "今": 0}


@rule(
    "今(<year>)年",
    pattern=r"(?P<w>[今本去明前])\s?[(（](?P<y>\d{2,4})[)）]\s?年(?!代|龄|级)"
    r"|(?P<w2>[本上下今])\s?[(（](?P<m>1[0-2]|0?[1-9])[)）]\s?月",
)
def p_bracketed_year(m: re.Match, s: int, e: int) -> Piece | None:
    if m["w"]:
        # the year in brackets is kept as what the writer stated (`stated_year`, ROC years converted):
        # the shift still dates it from the reference, and a page without one is placed by it
        written = int(m["y"])
        stated = written + 1911 if written < 1000 else written
        return Piece(
            s,
            e,
            "今(<year>)年",
            "date",
            year_shift=_BRACKET_YEAR_SHIFTS[m["w"]],
            grain="year",
            stated_year=stated,
        )
    return Piece(s, e, "今(<year>)年", "date", month_shift=_BRACKET_MONTH_SHIFTS[m["w2"]], grain="month")


# 昨 alone before a report's verb (气象署昨预估, 警方昨表示, 法院昨宣判): yesterday, as Taiwan and Hong Kong papers
# write it
@rule(
    "昨<verb>",
    pattern=r"(?<![\u3400-\u9fff](?=昨[是非日天晚夜]))昨(?=(?:预估|预测|预计|表示|指出|宣布|宣判|公布|发布|发表|召开|举行|举办|出席|称|说|透露|证实|回应|再度|再次|正式|晚间|起|到|抵达|接获|接到|获|被|遭|在|于|又|也|已|再|亦|去信|去函|致函|致信|致电|发文|发信|会见|接见|会晤|视察|出访|到访|访问|以(?![前后来上下内外及])))",
)
def p_yesterday_before_verb(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "昨<verb>", "date", day_shift=-1)


# 今 alone before a report's verb (縣府今首度宣布, 警方今表示, 法院今宣判): today, as Taiwan's papers write it
# (如今, 至今, 迄今, 从今 and 当今 are other words)
@rule(
    "今<verb>",
    pattern=r"(?<![如至迄从古当现而自距于截])今(?=(?:首度|首次|表示|指出|宣布|宣判|公布|发布|发表|召开|举行|举办|出席|受访|透露|证实|回应|再度|再次|发文|致函|会见|视察|抵达|"
    # 新制今起实施, 今正式上路, 市府今立即盘点, 今全面启动: today, from today
    r"立即|正式|全面|启动|上路|开始|公告|截止|起(?![床来身飞跑草诉])))",
)
def p_today_before_verb(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "今<verb>", "date", day_shift=0)


# 明 alone before a notice of work and school (宜蘭、花蓮明照常上班上課, 復興區明停止上班上課, 明停課) or before
# 起 (明起实施): tomorrow, as Taiwan's and Hong Kong's notices write it
@rule(
    "明<notice>",
    pattern=r"(?<![\u3400-\u9fff](?=明[天日晚早晨年]))(?<![说光文清聪英证发表声阐标透分天黎鲜])明(?=(?:照常|停止|停班|停课|上班|上课|放假|复课|复工|起停|起放假|"
    # 新制明起实施, 明起安排退票: from tomorrow, as 今起 is from today
    r"起(?![床来身飞跑草诉码见色])))",
)
def p_tomorrow_before_notice(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "明<notice>", "date", day_shift=1)


# 新的一年, 新一年: the year about to begin when said in its last weeks, else the year under way
@rule("新的一年", pattern=r"(?<![重全])新(?:的)?一年(?![级度来里内中多半以之的])")
def p_new_year_ahead(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "新的一年", "date", year_shift=0, grain="year")


# 今明两天: today and tomorrow (weather reports); 明、后天, 昨、今两天, 明後兩天: two days in a row
_PAIR_SHIFTS = {"前": -2, "昨": -1, "今": 0, "明": 1}


# 昨、今 with no 天 after it (昨、今相验案中, 昨、今36个小时): the same pair, unless a year, a month or a part
# of day follows (今、明年 is this year and the next)
@rule(
    "今明两天",
    pattern=r"今明(?:两|二)?[天日]|(?P<a>[前昨今明])(?:、|(?=[昨今明后](?:两|二)[天日]))(?P<b>[昨今明后])"
    r"(?:(?:两|二)?[天日]|(?![年月晚早夜晨午天日两二]))",
)
def p_today_and_tomorrow(m: re.Match, s: int, e: int) -> Piece | None:
    if m["a"] is None:
        return Piece(s, e, "今明两天", "date", day_shift=0, days_after=1)
    first = _PAIR_SHIFTS[m["a"]]
    if {"前": -2, "昨": -1, "今": 0, "明": 1, "后": 2}[m["b"]] != first + 1:
        return None
    return Piece(s, e, "今明两天", "date", day_shift=first, days_after=1)


# 今(22)日, 昨（18）日, 今（11/12）日: Taiwan's written form, the day of the month in brackets
_BRACKET_DAY_SHIFTS = {"今": 0, "昨": -1, "明": 1, "前": -2, "后": 2, "後": 2}


@rule(
    "今(<day>)日",
    pattern=r"(?P<w>[今昨明前后後])\s?[(（](?:(?P<m>1[0-2]|0?[1-9])/)?(?P<d>[12]\d|3[01]|0?[1-9])\s?(?:[)）]\s?[日号天]|[日号][)）]"
    # 昨(17)晚間, 今(18)早, 明(19)凌晨: the bracketed day before a part of day (Taiwan's press)
    r"|[)）](?=\s?(?:晚|早|晨|午|夜|凌晨|上午|下午|中午|傍晚|深夜)))",
)
def p_bracketed_day(m: re.Match, s: int, e: int) -> Piece | None:
    before = m.string[s - 1] if s > 0 else ""
    if m["w"] in "后後" and "\u4e00" <= before <= "\u9fff" and before not in "和及与與跟同至到于於料":
        return None  # 战后(19)日: 后 ends a word; 後(19)日 opens a clause or follows 明日和
    return Piece(s, e, "今(<day>)日", "date", day_shift=_BRACKET_DAY_SHIFTS[m["w"]])


# 前晚 and 前日 are also the tail of other words: 节前晚会, 赛前晚宴 (an evening before an event), 提前日期,
# 前日本首相 (a former Japanese premier), 日前 (recently) and 年前日记.
_TWO_DAYS_BEFORE_GUARD = re.compile(
    r"[节赛会婚考战饭假期年月周天日提当此之目以]前|前晚[会宴餐饭报自]|前日[本韩军方籍商企产系语元圆文期子记志]"
)


# 后日 is the day after tomorrow only at the start of a clause or after 明日和/及/、 (明日和後日, 今明後日,
# 後日(星期六), 持續至後日, 預料後日); after any other character 后 ends a word (战后日本, 此后日军, 今后日子, 日后), and 后日本/后日军
# are 后 + a name
def _day_after_tomorrow(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else ""
    if before and "\u4e00" <= before <= "\u9fff" and before not in "和及与跟同明至到于料":
        return False
    return text[e : e + 1] not in ("本", "军", "子", "期", "常", "后", "里", "语", "报")


# characters before 明夜 that make 明 the end of a word (说明, 光明, 文明, 证明, 声明…), not tomorrow
_MING_WORD_ENDS = frozenset("说光文清聪英证发表声阐标透分鲜昌黎神贤开精简高申失")


@rule(
    "<relative day>",
    # 钢琴日, 聽日本人說, 寻日本: the Cantonese words only where they are no other word's part; 今日头条,
    # 今日说法, 今日时评, 今日俄罗斯: names of a company, programmes, a paper's column and a channel
    pattern=rf"(?<![光聪黎钢提古竖])(?P<w>{_RELATIVE_DAY_WORDS})(?!之星|头条|说法|时评|视点|俄罗斯)(?!(?<=[听寻]日)本)",
)
def p_relative_day(m: re.Match, s: int, e: int) -> Piece | None:
    if m.string[max(0, s - 3) : s].endswith(("每一个", "每个", "每一")):
        return None  # 珍惜每一个今天: every day as it comes, no date
    if m["w"] in ("前晚", "前日"):
        around = m.string[max(0, s - 1) : e + 1]
        if _TWO_DAYS_BEFORE_GUARD.search(around):
            return None
    if m["w"] == "明夜" and m.string[max(0, s - 1) : s] in _MING_WORD_ENDS:
        return None  # 说明夜间施工, 文明夜: 明 ends another word
    if m["w"] == "后日" and not _day_after_tomorrow(m.string, s, e):
        return None  # 战后日本, 此后日军, 今后日子: 后 ends another word
    if m["w"] in ("第二天", "第三天") and m.string[max(0, s - 2) : s].endswith(("连续", "连")):
        return None  # 连续第三天下跌: the third day in a row, counted to the day spoken of, not two after it
    shift, anaphoric, pod = RELATIVE_DAYS[m["w"]]
    piece = Piece(s, e, "<relative day>", "date", day_shift=shift, anaphoric=anaphoric)
    if pod:
        piece.kind = "date"
        piece.pod = pod
    return piece


# 昨售出, 昨宣布, 昨在立法會: Hong Kong and Taiwan papers write yesterday as a bare 昨 before the verb;
# 今是昨非 and the longer words (昨天, 昨晚, 昨(22)日) are read elsewhere
@rule("昨", pattern=r"(?<![今是])昨(?![非天日晚夜晨早午宵夕儿兒(（\s])")
def p_bare_yesterday(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "昨", "date", day_shift=-1, anaphoric=False)


# 去年的今天, 去年今日, 上个月的今天: that very day of the year or month before (or after)
_SAME_DAY = r"(?P<today>的?(?:今天|今日|这一天|这天|同一天))?"


def _same_day(m: re.Match, s: int, e: int, amount: int, unit: str) -> Piece:
    piece = Piece(s, e, "<n><unit>前/后", "date", shift=(amount, unit), grain="day")
    piece.year_part = "SAME_DAY"
    return piece


@rule("<relative year>", pattern=rf"(?P<w>{_RELATIVE_YEAR_WORDS})(?!轻|纪|级|龄|代){_SAME_DAY}")
def p_relative_year(m: re.Match, s: int, e: int) -> Piece | None:
    shift, anaphoric = RELATIVE_YEARS[m["w"]]
    if m["today"] and not anaphoric:
        return _same_day(m, s, e, shift, "Y")
    if m["today"]:
        e -= len(m["today"])  # 当年的今天: that year of the story; the day word reads itself
    return Piece(s, e, "<relative year>", "date", year_shift=shift, anaphoric=anaphoric, grain="year")


# 下次月亮 holds no 次月: 次月 only where 次 is not the end of another word
@rule(
    "<relative month>",
    pattern=rf"(?![次]月(?:亮|球|饼|光))(?<![下上这每首多几数一二两三四五六七八九十层])(?P<w>{_RELATIVE_MONTH_WORDS}){_SAME_DAY}",
)
def p_relative_month(m: re.Match, s: int, e: int) -> Piece | None:
    shift, anaphoric = RELATIVE_MONTHS[m["w"]]
    if m["today"] and not anaphoric:
        return _same_day(m, s, e, shift, "M")
    if m["today"]:
        e -= len(m["today"])
    return Piece(s, e, "<relative month>", "date", month_shift=shift, anaphoric=anaphoric, grain="month")


# A weekday digit after 周 (周5, 星期3), unless a measure word follows it: 下周5条新线 counts lines
_WEEKDAY_DIGIT = r"[1-7](?![\d.%条个名项家座位辆台只人次所间部届架趟种件份批块])"


@rule(
    "<week shift>周<weekday>",
    pattern=rf"(?:(?P<shift>上上个?|下下个?|上一个?|下一个?|上个?|下个?|本|这个?)|(?P<past>(?:刚)?过去的?)(?=周末)|(?<![几数每个多些]))(?:周|星期|礼拜)(?P<wd>[一二三四五六日天末]|{_WEEKDAY_DIGIT})"
    # 下周5条新线: a digit before a measure word counts things, it names no weekday
    # 星期六日, 周六、日: Saturday and Sunday (not 周六日前往, 周六日本)
    r"(?P<sun>(?<=六)、?[日天](?![间前后内本报子]))?",
)
def p_weekday(m: re.Match, s: int, e: int) -> Piece | None:
    # 过去周末, 刚过去的周末: the weekend just past, as 上周末
    shift = -1 if m["past"] else WEEK_SHIFTS[m["shift"] or ""]
    day = WEEKDAYS[m["wd"]]
    piece = Piece(s, e, "<week shift>周<weekday>", "date", week_shift=shift, weekday=day)
    if m["wd"] == "末":
        piece.grain = "weekend"
    if m["sun"]:
        piece.days_after = 1
    return piece


# 双休日 (the two days off, Saturday and Sunday: the mainland's word for the weekend), 上个双休日, 本周双休日;
# after a date (3月29日双休日) it only says the date is a day off, and glosses no weekday
@rule("<week shift>双休日", pattern=r"(?<![日号])(?:(?P<shift>上个?|下个?|本周|这个?))?双休日")
def p_two_days_off(m: re.Match, s: int, e: int) -> Piece | None:
    shift = WEEK_SHIFTS[(m["shift"] or "").replace("周", "")]
    return Piece(s, e, "<week shift>双休日", "date", week_shift=shift, weekday=6, grain="weekend")


# 7/20(六), 20日(六), 7/20 (六): a bare weekday in brackets after a date glosses it, as Taiwan's listings
# write it, so that 7/20(六)-8/11(日) and 7月20日(六)至8月11日(日) are one range each (only after a slash date
# or a day: 附件1(一) holds none)
@rule(
    "(<weekday>)",
    pattern=r"(?:(?<=/\d[(（])|(?<=/\d\d[(（])|(?<=[日号][(（])|(?<=/\d\s[(（])|(?<=/\d\d\s[(（])|(?<=[日号]\s[(（]))"
    r"(?P<wd>[一二三四五六日天])(?=[)）])",
)
def p_bracketed_weekday(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "(<weekday>)", "date", weekday=WEEKDAYS[m["wd"]])


@rule(
    "<week shift>周",
    pattern=rf"(?P<shift>上上个?|下下个?|上一个?|下一个?|上个?|下个?|本|这个?)(?:周|星期|礼拜)(?![年岁一二三四五六日天末边围刊]|期(?!间)|{_WEEKDAY_DIGIT})",
    # 上周期, 这周边, 本周刊: 周 begins another word (a cycle, the vicinity, a weekly), no week
)
def p_week(m: re.Match, s: int, e: int) -> Piece | None:
    return Piece(s, e, "<week shift>周", "date", week_shift=WEEK_SHIFTS[m["shift"]], grain="week")


# 第一季度, 三季度, 首季, 第一季 (not 第一季度's 度 alone: 第一季 of a show is a season, so only after a year)
# 首季 alone, and 第3季 after a year (Taiwan's 今年第3季經濟成長率), are quarters too
@rule(
    "第<n>季度",
    pattern=r"(?:第)?(?P<q>[一二三四1-4])季度|(?:(?<=年)|(?<=[\d〇○零一二三四五六七八九]年\s))第(?P<q2>[一二三四1-4])季(?!度)|(?<![第一二三四五六七八九十\d])首季(?!度|赛|賽|节目)",
)
def p_quarter(m: re.Match, s: int, e: int) -> Piece | None:
    quarter = _num(m["q"] or m["q2"] or "一")
    if not quarter or quarter > 4:
        return None
    return Piece(s, e, "第<n>季度", "date", quarter=quarter, grain="quarter")


@rule(
    "上/下半年",
    pattern=r"(?<![此之以然其过往最随])(?P<h>[上下前后])(?P<ge>个)?半(?P<u>年|月|周)(?![前后内里])"
    # 2016年半年度报告, 二零二五年中期业绩: a company's report of the first half of a year
    r"|(?<=年)(?P<report>半年度|中期)(?=报告|业绩|财报|报|摘要|股息|派息)",
)
def p_half_year(m: re.Match, s: int, e: int) -> Piece | None:
    """上半年 / 后半年 (a half of the year), 上个半年 (the half-year before this one), 上半月, 下半周."""
    if m["report"]:
        return Piece(s, e, "上/下半年", "date", half=1, grain="half")
    half = 1 if m["h"] in ("上", "前") else 2
    unit = m["u"]
    if m["ge"]:
        if unit != "年":
            return None
        piece = Piece(s, e, "上/下半年", "date", grain="half")
        piece.half_shift = -1 if half == 1 else 1
        return piece
    if unit == "年":
        return Piece(s, e, "上/下半年", "date", half=half, grain="half")
    grain = "month" if unit == "月" else "week"
    piece = Piece(s, e, "上/下半年", "date", grain=grain, anaphoric=True)
    piece.half_of, piece.half_part = grain, half
    return piece


@rule("年初/年底", pattern=r"(?<![\d一二三四五六七八九十])年(?P<p>[初中底末尾])(?![级期])")
def p_year_part(m: re.Match, s: int, e: int) -> Piece | None:
    part = {"初": "START", "头": "START", "中": "MID", "底": "END", "末": "END", "尾": "END"}[m["p"]]
    return Piece(s, e, "年初/年底", "date", grain="year", year_part=part, anaphoric=True)


@rule("月初/月底", pattern=r"(?<![\d一二三四五六七八九十])月(?P<p>[初中底末])(?!旬)")
def p_month_part(m: re.Match, s: int, e: int) -> Piece | None:
    part = {"初": "START", "中": "MID", "底": "END", "末": "END"}[m["p"]]
    return Piece(s, e, "月初/月底", "date", grain="month", month_part=part, anaphoric=True)


@rule(
    "<n><unit>前/后",
    pattern=rf"(?P<n>{_NUMBER}|半|几|数)(?P<half>个半)?个?(?P<more>多)?个?(?P<u>年|(?<=[个多])月|周|星期|礼拜|天|(?<=[几数一二两三四五六七八九十])日|小时|钟头|分钟)(?P<more2>多|余)?(?P<half2>(?<=年)半)?"
    r"(?P<dir>以前|之前|以后|之后|前|后)(?![者台方线端排期续果备勤来])"
    r"(?P<today>的(?:今天|今日|这一天|这天|同一天))?",
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
    if m["half2"] and amount is not None:
        amount += 0.5  # 一年半后
    if amount is None:
        return None
    unit = _UNIT_NAMES[m["u"]]
    if unit == "Y" and not float(amount).is_integer():
        amount, unit = amount * 12, "M"  # 半年前, 一年半后: counted in months, to the month
    if not plausible_length(amount, unit):
        return None  # 100000年前: no date
    sign = -1 if m["dir"] in ("前", "以前", "之前") else 1
    vague = bool(m["more"] or m["more2"])
    piece = Piece(s, e, "<n><unit>前/后", "date", shift=(sign * amount, unit), shift_vague=vague)
    if m["today"] and unit in ("Y", "M") and not vague and float(amount).is_integer():
        # 26年前的今天, 九年前的这一天, 一个月前的今天: that very day of the year or month, not only the year
        piece.grain = "day"
        piece.year_part = "SAME_DAY"
    # "三天后" in a narrative counts from the story's day; "三天前" from the report's, unless the
    # story has a day of its own (the resolver falls back to the reference when there is none).
    piece.anaphoric = True
    return piece


@rule(
    "<position><n><unit>",
    pattern=r"(?P<pos>第|(?:(?<![\u3400-\u9fff])|(?<=[年月的]))[前头]|(?<=年)首|最后|(?<=的)末|过去的?|最近的?|之前的?|未来的?|今后|之后的?|"
    r"(?<![\u3400-\u9fff])后|接下来的?)\s?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})\s?"
    r"(?P<u>个星期|星期|周|个月|(?<=第[一二三四五六七八九十])月|天|(?<![一二两三四五六七八九十\d]\s)(?<!第\d)年|个季度|季度|个小时|小时|分钟)"
    r"(?![前后内里以来多余半])(?!(?<=[周期])[一二三四五六日天1-7])",
)
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
    piece.span = (position, count, unit)
    return piece


@rule(
    "<reference word>",
    pattern=rf"(?<![出体表实发呈展浮涌闪再重])(?P<w>{PRESENT_WORDS}|{PAST_WORDS}|{FUTURE_WORDS})",
)
def p_ref(m: re.Match, s: int, e: int) -> Piece | None:
    word = m["w"]
    if re.fullmatch(PRESENT_WORDS, word):
        value = "PRESENT_REF"
    elif re.fullmatch(PAST_WORDS, word):
        value = "PAST_REF"
    else:
        value = "FUTURE_REF"
    return Piece(s, e, "<reference word>", "ref", value=value)
