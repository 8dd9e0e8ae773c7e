"""The corpus beside the rules: what each rule family must read, written by hand.

An entry is `(expected, reference, [spellings...])`. `expected` is one mention (a dict) or a list of
mentions in text order (an empty list: no mention at all). A mention gives the fields that must hold
(`value`, `anchor`, `until`, `mod`, `type`; any field left out is not checked). Every spelling of an
entry must give the same mentions: simplified and traditional script (時 點 個 兩 餘 臘 週 後 節 號),
两/二, 号/日, full-width digits.

`tests/test_timex_corpus.py` runs every spelling through `timeline.parse(text, reference)`. A new behaviour
starts here as a failing line, then the rule or the resolver follows.
"""

from __future__ import annotations

Mention = dict[str, str | None]
Entry = tuple[Mention | list[Mention], str | None, list[str]]


def date(value: str, anchor: str | None = "", mod: str | None = None, until: str | None = None) -> Mention:
    """A DATE mention; the anchor defaults to the value (true for calendar dates, months and years)."""
    return {
        "type": "DATE",
        "value": value,
        "anchor": value if anchor == "" else anchor,
        "mod": mod,
        "until": until,
    }


def time(value: str, mod: str | None = None, until: str | None = None) -> Mention:
    """A TIME mention: its anchor is the day of the value."""
    return {"type": "TIME", "value": value, "anchor": value[:10], "mod": mod, "until": until}


def duration(value: str, mod: str | None = None) -> Mention:
    return {"type": "DURATION", "value": value, "anchor": None, "mod": mod, "until": None}


def each(value: str) -> Mention:
    return {"type": "SET", "value": value, "anchor": None, "mod": None, "until": None}


# The reference of seed 000 (a report of 2020-03-04, 13:56), used by most lines.
REF = "2020-03-04T13:56"

# ---------------------------------------------------------------------------------------------------
# absolute: <yyyy>-<mm>-<dd>, <year>年<month>月<day>日, <month>月<day>日, <month>月, <day>日
# ---------------------------------------------------------------------------------------------------
ABSOLUTE: list[Entry] = [
    (
        time("2020-03-04T13:56"),
        REF,
        ["2020年03月04日13:56", "２０２０年０３月０４日１３:５６", "2020年3月4日 13:56"],
    ),
    (time("2021-05-06T18:45"), REF, ["2021-05-06 18:45", "２０２１-０５-０６ １８:４５", "2021/05/06 18:45"]),
    (date("2021-05-06"), REF, ["2021.05.06", "2021-05-06", "2021/5/6", "２０２１．０５．０６"]),
    (
        date("2019-10-01"),
        REF,
        ["二〇一九年十月一日", "二零一九年十月一日", "二〇一九年十月一号", "2019年10月1日", "2019年10月1號"],
    ),
    (date("2020-03-04"), REF, ["２０２０年３月４日", "2020 年 3 月 4 日"]),
    (date("2004-08-15"), REF, ["二零零四年八月十五"]),
    # 元月 is January
    (date("2020-01-08"), REF, ["元月8日", "元月8号", "元月八日", "1月8日", "一月八日", "１月８日"]),
    # a month-day later than the reference is last year's, unless the text marks the future
    (date("2019-04-05"), REF, ["4月5日", "4月5號", "四月五日"]),
    (
        date("2020-04-05"),
        REF,
        ["将于4月5日举行", "將於4月5日舉行", "即将在4月5日开幕", "计划4月5日复工", "計劃4月5日復工"],
    ),
    (date("2021-04-05"), REF, ["明年4月5日"]),
    (date("2020-03-04"), REF, ["3月4日"]),
    # months and years
    (date("2019-12"), REF, ["12月", "12月份", "十二月份"]),
    (date("2020-02"), REF, ["2月份", "二月份"]),
    (date("2019"), REF, ["2019年", "二〇一九年"]),
    (date("2019-03"), REF, ["19年3月", "2019年3月"]),
    (date("2008"), REF, ["08年", "零八年"]),
    (date("2019-10"), REF, ["2019年10月", "二〇一九年十月"]),
    # day-only continuation: the month of the date before
    (
        [date("2020-01-26"), date("2020-01-27")],
        REF,
        ["1月26日，记者赶到现场；27日，医疗队出发", "1月26號，記者趕到現場；27號，醫療隊出發"],
    ),
    ([date("2019-12-30"), date("2019-12-31")], REF, ["12月30日发现病例，31日通报"]),
    # a range of days
    (
        date("2020-01-07", until="2020-01-21"),
        REF,
        ["1月7日至21日", "1月7日到21日", "1月7日-21日", "1月7號至21號"],
    ),
    (date("2020-01-20", until="2020-02-03"), REF, ["1月20日至2月3日", "1月20日到2月3日"]),
    (date("2017", until="2019"), REF, ["2017年至2019年", "2017年到2019年"]),
    # a weekday glossing a date
    (date("2020-02-28"), REF, ["2月28日(周五)", "2月28日（週五）", "2月28日,星期五"]),
    # a bare day takes the reference month, or the one before when it would be in the future
    (date("2020-03-01"), REF, ["1日"]),
    (date("2020-02-27"), REF, ["27日"]),
    (date("2018-01-29"), "2018-03-22", ["29日"]),
    (date("1990-01"), REF, ["1990年1月"]),
    # reign and era years
    (date("1664-05"), REF, ["康熙三年五月"]),
    (date("1914"), REF, ["民国三年", "民國三年"]),
    (date("0705-11"), REF, ["神龙元年十一月", "神龍元年十一月"]),
    # decades: the value names the decade, the anchor its first year
    (date("199", anchor="1990"), REF, ["90年代", "九十年代", "上世纪90年代"]),
    (date("187", anchor="1870"), REF, ["十九世纪七十年代"]),
    # ranges of years and months
    (date("1995", until="1997"), REF, ["1995-1997年", "1995 - 1997年", "1995年至1997年"]),
    (date("2020-03", until="2020-05"), "2020-09-18", ["三月到五月", "3月到5月", "三月和五月之间"]),
    # a year-less month is read against the reference, not against another year-less month
    ([date("2017-10"), date("2018-05")], "2018-09-18T18:00", ["10月和5月"]),
    (date("1990", until=None), REF, ["1990年"]),
]

# ---------------------------------------------------------------------------------------------------
# clock: <pod><hour>时<minute>分, <hh>:<mm>, <part of day>
# ---------------------------------------------------------------------------------------------------
CLOCK: list[Entry] = [
    (
        time("2020-01-28T20:00"),
        REF,
        [
            "1月28日晚8时",
            "1月28日晚8時",
            "1月28日晚上8点",
            "1月28日晚上8點",
            "1月28日晚８时",
            "1月28日20时",
            "1月28日20:00",
        ],
    ),
    (
        time("2020-03-04T16:30"),
        REF,
        ["下午4点半", "下午4點半", "下午四点半", "下午4:30", "下午4时30分", "下午４点半"],
    ),
    (time("2020-03-04T01:10"), REF, ["凌晨1时10分", "凌晨1時10分", "凌晨一时十分", "凌晨1点10分"]),
    (time("2020-03-04T22:00"), REF, ["晚上10點", "晚上10点", "晚上十点", "夜里10点", "夜裡10點", "晚上22时"]),
    (time("2020-03-04TMO"), REF, ["清晨"]),
    (time("2020-03-04TMI"), REF, ["中午"]),
    (time("2020-03-04T12:30"), REF, ["中午12点30分", "中午12時30分", "十二點半"]),
    (time("2020-03-01T24:00"), REF, ["3月1日24时", "3月1日24時"]),
    (time("2020-03-04T04:00", mod="APPROX"), REF, ["4时许", "4時許", "四时许", "4点左右", "4點左右"]),
    (time("2020-03-04T14:00"), REF, ["下午两点", "下午兩點", "下午二点", "下午2点"]),
    (time("2020-03-04T13:00"), REF, ["13点", "13點", "13时"]),
    (time("2020-03-04T00:00"), REF, ["零点", "零點"]),
    (time("2020-03-04T14:00"), REF, ["2:00pm", "2:00 p.m.", "14:00"]),
    (time("2020-03-04T18:00"), REF, ["今晚6点", "今晚6點", "今晚六点"]),
    (time("2020-03-04T12:00", mod="AFTER"), REF, ["十二点之后", "十二點之後", "12点以后"]),
    (time("2020-01-28TMO"), REF, ["1月28日早"]),
    # a bare clock time takes its day from the date before it
    (
        [time("2019-06-27T01:10"), time("2019-06-27T02:31")],
        REF,
        [
            "6月27日凌晨1时10分，货车进入隧道；凌晨2时31分，救援开始",
            "6月27日凌晨1時10分，貨車進入隧道；凌晨2時31分，救援開始",
        ],
    ),
    ([date("2020-01-26"), time("2020-01-26T15:00")], REF, ["1月26日，专家组抵达，下午3时召开会议"]),
    (time("2020-01-28TEV"), REF, ["1月28日晚，"]),
    (time("2020-03-04T09:00", until="2020-03-04"), REF, ["上午9点至11点半", "上午9點至11點半"]),
]

# ---------------------------------------------------------------------------------------------------
# relative: <relative day>, <relative year>, <relative month>, <week shift>周<weekday>, <n><unit>前/后,
# 年初/年底, 月初/月底, 第<n>季度, <reference word>
# ---------------------------------------------------------------------------------------------------
RELATIVE: list[Entry] = [
    # years before 1000 keep four digits
    (date("0520"), REF, ["1500年前", "1500年之前"]),
    (date("2020-03-04"), REF, ["今天", "今日"]),
    (date("2020-03-03"), REF, ["昨天", "昨日"]),
    (date("2020-03-02"), REF, ["前天"]),
    (date("2020-03-05"), REF, ["明天", "明日"]),
    # 次日, 翌日, 当天 count from the date in context
    (
        [date("2020-03-01"), date("2020-03-02")],
        REF,
        ["3月1日发病，次日就医", "3月1日發病，次日就醫", "3月1日发病，翌日就医", "3月1日发病，第二天就医"],
    ),
    (
        [date("2020-01-23"), date("2020-01-23")],
        REF,
        [
            "1月23日，武汉封城，当天下发通知",
            "1月23日，武漢封城，當天下發通知",
            "1月23日，武汉封城，当日下发通知",
        ],
    ),
    (
        [date("2020-01-23"), time("2020-01-23TAF")],
        REF,
        ["1月23日，武汉封城，当日下午", "1月23日，武漢封城，當日下午"],
    ),
    (date("2020-03-04"), REF, ["当天"]),
    (date("2020-03-05"), REF, ["次日", "翌日"]),
    (date("2020-02-26"), REF, ["一周前", "一週前", "1周前", "七天前"]),
    (date("2020-03-07"), REF, ["三天后", "三天後", "3天后"]),
    (
        [date("2020-01-26"), date("2020-01-29")],
        REF,
        ["1月26日，他发病；三天后，他住院", "1月26日，他發病；三天後，他住院"],
    ),
    (date("2020-02-28"), REF, ["上周五", "上週五", "上星期五", "上个星期五"]),
    (date("2020-03-06"), REF, ["本周五", "这周五"]),
    (date("2020-04", mod="MID"), REF, ["下月中旬", "下个月中旬"]),
    (date("2019-11", mod="END"), REF, ["去年11月底", "去年十一月底"]),
    (date("2020-Q2", anchor="2020-04"), REF, ["今年二季度", "今年第二季度", "今年第2季度"]),
    (date("2020-Q4", anchor="2020-10"), REF, ["第四季度"]),
    (date("2020", mod="START"), REF, ["年初"]),
    (date("2020", mod="END"), REF, ["年底", "年末"]),
    (date("2019", mod="END"), REF, ["去年年底", "去年底"]),
    (date("2020-01", mod="START"), REF, ["1月上旬", "一月上旬", "1月初"]),
    (date("2020-02", mod="MID"), REF, ["2月中旬", "二月中旬"]),
    (date("2020-02", mod="END"), REF, ["2月下旬", "2月底", "二月底"]),
    (date("2019"), REF, ["去年"]),
    (date("2020"), REF, ["今年"]),
    (date("2021"), REF, ["明年"]),
    (date("2020-02"), REF, ["上月", "上个月", "上個月"]),
    (date("PAST_REF", anchor=None), REF, ["近日", "日前", "近期"]),
    (date("PRESENT_REF", anchor="2020-03-04"), REF, ["目前", "至今", "当前"]),
    (date("FUTURE_REF", anchor=None), REF, ["今后", "今後", "未来"]),
    (date("2020-02", mod="APPROX"), REF, ["一个多月前", "一個多月前"]),
    (date("2018"), REF, ["两年前", "兩年前", "2年前"]),
    (time("2020-03-04T13:46"), REF, ["10分钟前", "10分鐘前", "10分钟之前"]),
    (time("2020-03-04T15:56"), REF, ["2小时后", "2小時後", "两个小时后"]),
    # halves, and stretches inside a period or against the reference
    (date("2020-H2", anchor="2020-07"), REF, ["下半年", "后半年", "今年下半年", "今年後半年"]),
    (date("2019-H1", anchor="2019-01"), REF, ["去年上半年", "2019年上半年"]),
    (date("2020-01", until="2020-02"), REF, ["今年前两个月", "今年前兩個月", "2020年前2个月"]),
    (date("2020-01", until="2020-09"), REF, ["今年前三季度"]),
    (date("2021-W01", anchor="2021-01-04"), REF, ["2021年的第一周", "2021年第一週"]),
    (date("2010-03-04", until="2020-03-04"), REF, ["过去十年", "過去十年", "过去10年"]),
    # a stretch of days before 后 is a duration, not a date (seed 002)
    (duration("P27D"), REF, ["在连续抗疫27天后", "在連續抗疫27天後"]),
    (date("2020-01-20", until="2020-03-04"), REF, ["1月20日至今", "1月20日到现在"]),
]

# ---------------------------------------------------------------------------------------------------
# festival: 除夕, 大年初<n>, 农历<month>月<day>, <festival>, <solar term>, <干支>年
# ---------------------------------------------------------------------------------------------------
FESTIVAL: list[Entry] = [
    # a leap lunar month is the whole month, never the solar month of the same number
    (
        date("2020-05-23", until="2020-06-20"),
        REF,
        ["2020年闰四月", "2020年閏四月", "２０２０年闰四月", "农历2020年闰四月"],
    ),
    (date("2020-05-30"), REF, ["2020年闰四月初八", "2020年閏四月初八"]),
    (date("2020-06-06"), "2020-12-01", ["闰四月十五", "閏四月十五"]),
    (date("2020-01-24"), REF, ["除夕", "大年夜", "大年三十", "腊月三十", "臘月三十"]),
    (date("2020-01-25"), REF, ["大年初一", "正月初一", "春节", "春節", "农历新年", "農曆新年"]),
    (date("2020-01-29"), REF, ["大年初五"]),
    (date("2020-02-03"), REF, ["大年初十", "正月初十"]),
    (date("2020-01-30"), REF, ["正月初六"]),
    (date("2020-02-08"), REF, ["正月十五", "元宵节", "元宵節", "元宵"]),
    (date("2020-02-24"), REF, ["龙抬头", "龍抬頭", "二月二"]),
    (date("2019-06-07"), REF, ["端午", "端午节", "端午節"]),
    (date("2019-08-07"), REF, ["七夕", "七夕节"]),
    (date("2019-09-13"), REF, ["中秋", "中秋节", "中秋節", "农历八月十五", "農曆八月十五"]),
    (date("2019-10-07"), REF, ["重阳", "重阳节", "重陽節"]),
    (date("2020-01-02"), REF, ["腊八", "腊八节", "臘八節"]),
    (date("2020-01-17"), REF, ["小年", "腊月二十三", "臘月二十三", "农历腊月二十三"]),
    (date("2020-01-01"), REF, ["元旦"]),
    (date("2019-05-01"), REF, ["五一", "五一劳动节", "劳动节"]),
    (date("2019-07-01"), REF, ["七一", "建党节", "建黨節"]),
    (date("2019-08-01"), REF, ["八一", "建军节", "八一建军节"]),
    (date("2019-10-01"), REF, ["国庆", "国庆节", "國慶節"]),
    (date("2020-10-01"), REF, ["今年国庆", "今年國慶"]),
    (date("2020-01-24", until="2020-01-31"), REF, ["春节假期", "春節假期", "春节期间", "春节长假"]),
    (
        [date("2020-01-25"), date("2020-01-25", mod="AFTER")],
        REF,
        ["春节临近，节后返程", "春節臨近，節後返程"],
    ),
    (date("2020-01-25", mod="AFTER"), REF, ["节后复工", "節後復工"]),
    # future marked: the next occurrence
    (date("2020-06-25"), REF, ["端午节将至", "即将迎来端午节"]),
    # years other than 2020
    (date("2024-02-10"), "2024-02-20", ["春节", "大年初一"]),
    (date("2024-02-14"), "2024-02-20", ["大年初五"]),
    (date("2024-02-09"), "2024-02-20", ["除夕", "大年夜"]),
    (date("2023-09-29"), "2023-10-10", ["中秋节", "中秋"]),
    (date("2021-06-14"), "2021-07-01", ["端午节"]),
    (date("2022-08-04"), "2022-09-01", ["七夕"]),
    (date("2008-09-14"), REF, ["2008年中秋节", "2008年的中秋"]),
    (date("1950-02-17"), REF, ["1950年春节"]),
    (date("2049-02-02"), REF, ["2049年春节"]),
    (date("2050-01-23"), REF, ["2050年春节", "2050年正月初一"]),
    (date("1985-09-29"), REF, ["1985年中秋节"]),
    (date("2016-02-07"), REF, ["2016年的除夕"]),
    (time("2016-02-07TEV"), REF, ["2016年的除夕夜", "2016年除夕夜"]),
    # cyclic years: the one nearest the reference
    (date("2020"), REF, ["庚子年"]),
    (date("2023"), REF, ["癸卯年"]),
    (date("2022"), REF, ["壬寅虎年", "壬寅年"]),
    (date("2021"), REF, ["辛丑牛年"]),
    (date("2024-02-17"), REF, ["甲辰年正月初八"]),
    # combinations
    (date("2019-09-12"), REF, ["中秋节前一天", "中秋節前一天"]),
    (date("2019-10-07", anchor="2019-10-06", mod="BEFORE"), REF, ["重阳节前夕", "重陽節前夕"]),
    (date("2019-07-01", anchor="2019-06-30", mod="BEFORE"), REF, ["七一前夕"]),
    (date("2016-02-06"), REF, ["臘月二十八(2月6日)", "腊月二十八(2月6日)", "腊月二十八（2月6日）"]),
    (date("2020-01-25", mod="APPROX"), REF, ["春节前后", "春節前後"]),
    # solar terms
    (date("2020-02-04"), REF, ["立春"]),
    (date("2019-04-05"), REF, ["清明节", "清明節"]),
    (date("2020-04-04"), "2020-04-10", ["清明节"]),
    (date("2021-04-04"), REF, ["2021年清明节"]),
    (date("2019-12-22"), REF, ["冬至"]),
    (date("2021-12-21"), REF, ["2021年冬至"]),
    (date("2021-02-03"), REF, ["2021年立春"]),
]
# all 24 solar terms of 2020, each with the year that signs it
SOLAR_TERMS_2020 = {
    "小寒": "01-06", "大寒": "01-20", "立春": "02-04", "雨水": "02-19", "惊蛰": "03-05", "春分": "03-20",
    "清明": "04-04", "谷雨": "04-19", "立夏": "05-05", "小满": "05-20", "芒种": "06-05", "夏至": "06-21",
    "小暑": "07-06", "大暑": "07-22", "立秋": "08-07", "处暑": "08-22", "白露": "09-07", "秋分": "09-22",
    "寒露": "10-08", "霜降": "10-23", "立冬": "11-07", "小雪": "11-22", "大雪": "12-07", "冬至": "12-21",
}  # fmt: skip
FESTIVAL += [
    (date(f"2020-{day}"), "2020-12-25", [f"2020年{term}", f"2020年的{term}", f"{term}节气"])
    for term, day in SOLAR_TERMS_2020.items()
]
# a festival, lunar date or solar term within a week after the reference is the coming one
FESTIVAL += [
    (date("2020-01-25"), "2020-01-22", ["春节", "春節"]),
    (date("2023-09-29"), "2023-09-25", ["中秋节", "中秋節"]),
    (date("2021-01-05"), "2020-12-31", ["小寒节气"]),
    (date("2022-02-01"), "2023-01-14", ["大年初一"]),  # 8 days ahead: last year's
]

# ---------------------------------------------------------------------------------------------------
# ranges and modifiers: 截至, 自…以来/起, 从…到/至, 前夕, 前后, 左右, 许, 初/底
# ---------------------------------------------------------------------------------------------------
RANGES: list[Entry] = [
    (date("2020-03-03", mod="ON_OR_BEFORE"), REF, ["截至3月3日", "截止3月3日", "截至3月3號"]),
    (time("2020-03-03T24:00", mod="ON_OR_BEFORE"), REF, ["截至3月3日24时", "截至3月3日24時"]),
    (
        date("2020-01-20", mod="ON_OR_AFTER", until="2020-03-04"),
        REF,
        ["自1月20日以来", "1月20日以来", "自1月20日以來"],
    ),
    (date("2020-01-20", mod="ON_OR_AFTER"), REF, ["自1月20日起", "从1月20日起", "從1月20日起"]),
    (
        date("2020-01-20", until="2020-02-03"),
        REF,
        ["从1月20日到2月3日", "从1月20日至2月3日", "從1月20日到2月3日"],
    ),
    (date("2020-03", mod="START"), REF, ["3月初"]),
    (date("2020-03", mod="END"), REF, ["3月底"]),
    (date("2019-12", mod="END"), REF, ["12月底", "去年12月底", "2019年12月底"]),
    (time("2020-03-04T10:00", mod="APPROX"), REF, ["10时左右", "10時左右", "10点前后", "10时许"]),
    (date("2020-01-23", mod="APPROX"), REF, ["1月23日前后", "1月23日前後"]),
    (date("2020-01-23", mod="BEFORE"), REF, ["1月23日前", "1月23日之前"]),
    (date("2020-01-23", mod="AFTER"), REF, ["1月23日后", "1月23日以后", "1月23日之後"]),
    # a range never ends before it starts: "since the next day", read on the reference day, has no end yet
    (date("2020-03-05", mod="ON_OR_AFTER", until=None), REF, ["次日以来", "次日以來", "自次日以来"]),
    # a range has two ends: a chain of 至 is read two dates at a time
    (
        [date("2020-01-01", until="2020-01-05"), date("2020-01-09")],
        REF,
        ["1月1日至1月5日至1月9日", "1月1日至1月5日至1月9號"],
    ),
    # a weekday glossing a date at the very end of the text
    (date("2020-03-06"), "2020-03-06", ["3月6日星期五", "3月6日周五", "3月6日週五", "3月6日(周五)"]),
]

# ---------------------------------------------------------------------------------------------------
# duration: <n><unit>, <n>月余, 半<unit>
# ---------------------------------------------------------------------------------------------------
DURATION: list[Entry] = [
    (duration("P40D", mod="MORE_THAN"), REF, ["40多天", "四十多天", "40余天", "40餘天"]),
    (duration("P16D"), REF, ["连续16天", "連續16天", "连续十六天"]),
    (duration("PT5H", mod="APPROX"), REF, ["五六个小时", "五六個小時"]),
    (duration("P0.5M", mod="MORE_THAN"), REF, ["半个多月", "半個多月"]),
    (duration("P2M", mod="MORE_THAN"), REF, ["两月余", "兩月餘", "两个多月", "兩個多月"]),
    (duration("P163D"), REF, ["163天", "１６３天"]),
    (duration("P12Y"), REF, ["12年党龄", "12年黨齡"]),
    (duration("PT2H"), REF, ["两个小时", "兩個小時", "2小时", "二个小时"]),
    (duration("P3.5Y"), REF, ["三年半"]),
    (duration("P1.5Y"), REF, ["一年半"]),
    (duration("P6D"), REF, ["6 天"]),
    (duration("PT5H"), REF, ["5 小时"]),
    (duration("P8DT20H"), REF, ["8天20小时", "8天又二十个小时"]),
]

# ---------------------------------------------------------------------------------------------------
# set: 每<unit>, 每周<weekday>
# ---------------------------------------------------------------------------------------------------
SET: list[Entry] = [
    (each("P1D"), REF, ["每天", "每日"]),
    (each("XXXX-WXX-5TAF"), REF, ["每周五下午", "每週五下午", "每星期五下午"]),
    (each("P1W"), REF, ["每周", "每週"]),
    (each("P1Y"), REF, ["每年春节", "每年春節"]),
]

# ---------------------------------------------------------------------------------------------------
# negative: strings that are never a time
# ---------------------------------------------------------------------------------------------------
NEGATIVE: list[Entry] = [
    ([], REF, ["第一时间", "第一時間", "第一时间赶到现场"]),
    ([], REF, ["一线", "一線", "奋战在一线", "一线医护人员"]),
    ([], REF, ["一时间", "一時間", "一时之间", "一時之間", "一时难以判断", "一时半会儿"]),
    ([], REF, ["84岁", "84歲", "八十四岁"]),
    ([], REF, ["80后", "80後", "90后", "90後", "00后"]),
    ([], REF, ["3号楼", "3號樓", "5号病房"]),
    ([], REF, ["2-4名", "2046个", "2046個"]),
    ([], REF, ["光明日报", "光明日報", "人民日报"]),
    ([], REF, ["八一路", "国庆西路", "國慶西路", "五一广场", "七一勋章", "八一中学"]),
    (
        [],
        REF,
        ["没有一个冬天不会被逾越，没有一个春天不会到来", "沒有一個冬天不會被逾越，沒有一個春天不會到來"],
    ),
    ([], REF, ["一月未回家", "一月未回過家"]),
    (
        [],
        REF,
        [
            "身影就出现在哪里",
            "同样的场景出现在小元",
            "體現在行動上",
            "寒冬腊月",
            "一个上午就帮我们解决了问题",
        ],
    ),
    ([], REF, ["三点要求", "三點要求", "这一点", "這一點", "两点意见"]),
    ([], REF, ["十一个", "十一個"]),
    ([], REF, ["3点建议", "第3点", "一时半会儿"]),
    ([], REF, ["前10名", "第一周"]),
    # impossible dates are no dates, and no part of them is read as one (not 3月1日 of 十三月一日)
    ([], REF, ["2月30日", "2020年2月30日", "2019年2月29日", "4月31日", "0月32日", "32日"]),
    ([], REF, ["二〇二〇年二月三十日", "2020/04/31", "2020.02.30", "2020-13-45", "２０２０．０２．３０"]),
    ([], REF, ["13月1日", "13月1號", "十三月一日", "十三月一號", "１３月１日"]),
    ([], REF, ["9999年1月1日", "12020年3月5日", "9999年", "９９９９年１月１日"]),
    ([], REF, ["2021年闰二月", "2021年閏二月", "2021年闰二月初一"]),
    # a number too large for a length of time, or inside a longer number
    ([], REF, ["1001000年半", "100000年", "20000年前", "1234567天", "一二三四五六七八九十一二"]),
    ([date("2020")], REF, ["2020年13月1日", "2020年13月1號"]),
]


# ---------------------------------------------------------------------------------------------------
# no reference: `parse(text, None)`. What needs the reference keeps `anchor: null` and an X value with
# the digits the words give; written dates, and what counts from them, still resolve. Never the clock.
# ---------------------------------------------------------------------------------------------------
def unknown(value: str, type_: str = "DATE") -> Mention:
    return {"type": type_, "value": value, "anchor": None, "until": None}


NO_REFERENCE: list[Entry] = [
    (unknown("XXXX-01-22"), None, ["1月22日", "一月二十二日", "1月22號", "１月２２日"]),
    (unknown("XXXX-XX-XXTAF", "TIME"), None, ["昨天下午", "昨天下午", "昨日下午"]),
    (unknown("XXXX-XX-XX"), None, ["除夕", "大年三十", "正月初二", "中秋节", "中秋節", "清明节"]),
    (unknown("XXXX-10-01"), None, ["国庆节", "國慶節"]),
    (unknown("XXXX"), None, ["今年", "去年", "庚子年"]),
    (unknown("XXXX-XX-27"), None, ["27日", "27號"]),
    (unknown("XXXX-WXX-5"), None, ["上周五", "上週五", "星期五"]),
    (unknown("XXXX-XX-XXT15:00", "TIME"), None, ["下午3点", "下午3點", "15:00"]),
    ([unknown("XXXX-01-22"), unknown("XXXX-01-27")], None, ["1月22日，27日", "1月22日，27號"]),
    (
        [date("2011-01-22"), date("2011-01-27"), date("2011-01-28")],
        None,
        ["2011年1月22日，27日，次日", "2011年1月22日，27號，翌日"],
    ),
    (
        [date("2012-01-22"), date("2012-01-25")],
        None,
        ["2012年1月22日开会，1月25日闭幕", "2012年1月22日開會，1月25日閉幕"],
    ),
    (date("2012-01-22"), None, ["2012年除夕", "2012年除夕", "2012年大年三十"]),
    (
        [date("2013-05-04"), time("2013-05-05T02:31")],
        None,
        ["2013年5月4日。次日凌晨2时31分", "2013年5月4日。翌日凌晨2時31分"],
    ),
    # after an expression that could not be dated, what counts from it cannot be dated either
    ([date("2011-01-22"), unknown("XXXX-XX-XX"), unknown("XXXX-XX-XX")], None, ["2011年1月22日，昨天，次日"]),
    (date("2014", mod="ON_OR_AFTER"), None, ["自2014年以来", "自2014年以來"]),
    (unknown("PRESENT_REF"), None, ["目前", "至今"]),
]

# ---------------------------------------------------------------------------------------------------
# evidence: typed facts beside the value (weekday, lunar, year_kind), and the weekday check
# ---------------------------------------------------------------------------------------------------
EVIDENCE: list[Entry] = [
    # a weekday beside a year-less date picks the year in which it holds
    (
        {"anchor": "2015-01-04", "weekday": 7, "weekday_agrees": True},
        "2016-01-10",
        ["1月4日（星期日）", "1月4日(星期日)", "1月4號（星期日）", "1月4日（週日）"],
    ),
    (
        {"anchor": "2017-01-23", "weekday": 1, "weekday_agrees": True},
        "2017-02-01",
        ["1月23日星期一", "1月23日，星期一"],
    ),
    # a written year whose weekday disagrees keeps its date, flagged
    (
        {"anchor": "2012-01-23", "weekday": 2, "weekday_agrees": False},
        REF,
        ["2012年1月23日（星期二）", "2012年1月23日（週二）"],
    ),
    ({"weekday": 5, "anchor": None}, None, ["星期五", "週五", "礼拜五"]),
    ({"lunar": {"month": 1, "day": 2, "leap": False}, "anchor": None}, None, ["正月初二", "大年初二"]),
    ({"lunar": {"month": 12, "day": 29, "leap": False}, "anchor": "2012-01-22"}, None, ["2012年除夕"]),
    (
        {"lunar": {"month": 8, "day": 15, "leap": False}, "anchor": "2013-09-19"},
        None,
        ["2013年中秋节", "2013年中秋節"],
    ),
    (
        {"lunar": {"month": 4, "day": None, "leap": True}, "anchor": "2020-05-23"},
        REF,
        ["2020年闰四月", "2020年閏四月"],
    ),
    (
        {"year_kind": "sexagenary", "lunar": {"month": 1, "day": 1, "leap": False}},
        REF,
        ["庚子年春节", "庚子年春節"],
    ),
    ({"year_kind": "zodiac", "anchor": "2019"}, REF, ["猪年", "豬年"]),
    ({"year_kind": "era", "anchor": "1664"}, REF, ["康熙三年"]),
]

CORPUS: dict[str, list[Entry]] = {
    "absolute": ABSOLUTE,
    "clock": CLOCK,
    "relative": RELATIVE,
    "festival": FESTIVAL,
    "ranges": RANGES,
    "duration": DURATION,
    "set": SET,
    "negative": NEGATIVE,
    "no_reference": NO_REFERENCE,
    "evidence": EVIDENCE,
}
