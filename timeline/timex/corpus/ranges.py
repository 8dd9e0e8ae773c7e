"""Corpus: Ranges and modifiers (the parser's joins, prefixes and suffixes). See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, time

# ---------------------------------------------------------------------------------------------------
# ranges and modifiers: 截至, 自…以来/起, 从…到/至, 前夕, 前后, 左右, 许, 初/底
# ---------------------------------------------------------------------------------------------------
RANGES: list[Entry] = [
    (date("2020-03-03", mod="ON_OR_BEFORE"), REF, ["截至3月3日", "截止3月3日", "截至3月3號"]),
    # the colloquial 截至到 (截至到 7 月 21 日 03 时 10 分, a forum repost) is 截至
    (time("2020-03-03T03:10", mod="ON_OR_BEFORE"), REF, ["截至到3月3日3时10分", "截至到 3 月 3 日 03 时 10 分"]),
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
# forms read on real pages (in our own words), years other than 2020
# ---------------------------------------------------------------------------------------------------
REAL: list[Entry] = [
    # from now to a date: 由現時至2月28日 (Hong Kong's 現時), 现在到3月底
    (
        date("2022-01-20", until="2022-02-28"),
        "2022-01-20",
        ["酒店由現時至2月28日推出套餐", "酒店由现时至2月28日推出套餐"],
    ),
    (date("2022-01-20", until="2022-03"), "2022-01-20", ["現在到3月底", "现在到3月底"]),
    # two days named by word and glossed in one bracket: the range between them
    (
        date("2024-02-10", until="2024-02-11"),
        "2024-02-01",
        ["年初一及年初二(2月10日及11日)另有巡演", "年初一及年初二(2月10日及11日)另有巡遊"],
    ),
    (
        date("2025-12-14", until="2025-12-15"),
        "2025-12-11",
        ["週日、下週一(14、15日)有雨", "周日、下周一(14、15日)有雨"],
    ),
    # the weekday and the lunar name of a day in one bracket, at both ends of a range (a holiday notice)
    (
        date("2023-01-21", until="2023-01-27"),
        "2023-01-04",
        [
            "2023年1月21日(星期六,除夕)至27日(星期五,初六)放假调休",
            "2023年1月21日(星期六，除夕)至27日(星期五，初六)放假調休",
        ],
    ),
    # dotted month-days with their weekdays, joined by a dash (Taiwan's listings)
    (
        [date("2024-02-02", until="2024-02-16"), date("2024-02-17", until="2024-03-03")],
        "2024-01-25",
        [
            "亮燈02.02(五) - 02.16(五)，開展02.17(六) - 03.03(日)",
            "亮灯02.02(五) - 02.16(五)，开展02.17(六) - 03.03(日)",
        ],
    ),
    # 年三十 in brackets glosses the date it is (Macau's notices), and so does a weekday in 【】
    (
        time("2014-01-30T15:00"),
        "2014-01-20",
        ["1月30日(年三十)下午三时", "1月30日(年三十)下午三時", "一月三十日(年三十)下午三时"],
    ),
    (date("2014-01-31"), "2014-01-20", ["1月31日【星期五】", "1月31日【週五】"]),
    (
        time("2014-01-30T09:00", until="2014-01-31"),
        "2014-01-20",
        ["1月30日(年三十)早上九时起至1月31日(年初一)", "1月30日(年三十)早上九時起至1月31日(年初一)"],
    ),
    # 开始至 as 起至
    (
        [time("2022-02-14TEV", until="2022-02-15"), date("2022-02-18", until="2022-02-20")],
        "2022-02-14",
        ["今日晚上到明日清晨有雨，周五开始至周日又转冷", "今日晚上到明日清晨有雨，週五開始至週日又轉冷"],
    ),
    # the Observatory's 稍后 and 初时 (later in the day, early in the day) before 至
    (
        date("2024-11-12", until="2024-11-13"),
        "2024-11-11",
        ["考虑在明日稍后至星期三初时改发三号信号", "考慮在明日稍後至星期三初時改發三號信號"],
    ),
    # 起至 joins a range like 至 (11/5起至11/11, 早上九时起至…凌晨二时)
    (
        date("2024-11-05", until="2024-11-11"),
        "2024-10-20",
        ["11/5起至11/11可现场领取", "11/5起至11/11可現場領取"],
    ),
    # two days each with its 日 joined by 和/及/、 stay two days (5、6日, one 日, is a range)
    (
        [date("2025-05-03"), date("2025-05-04")],
        "2025-04-23",
        ["原定5月3日和4日举行", "原定5月3日和4日舉行", "原定5月3日及4日举行", "原定5月3号、4号举行"],
    ),
    # 黄金周前五天: the first five days of the holiday
    (
        date("2017-10-01", until="2017-10-05"),
        "2017-10-06",
        ["黄金周前五天", "黃金周前五天", "国庆黄金周前五天"],
    ),
    (date("2024-03-31"), "2024-04-07", ["本港复活节连串假期", "本港復活節連串假期"]),
    # 过去数日: a stretch before the reference, no day
    ({"value": "PAST_REF", "anchor": None}, "2023-01-20", ["过去数日是返乡高峰", "過去數日是返鄉高峰"]),
    # 这个夏天: the season of the reference's year
    (date("2012-SU", anchor="2012"), "2012-08-13", ["这个夏天的伦敦", "這個夏天的倫敦"]),
    # a bare weekday in brackets glosses the date before it (Taiwan's listings), so the range is one
    (
        date("2020-03-21", until="2020-04-12"),
        REF,
        ["3/21(六)-4/12(日)展出", "3月21日(六)至4月12日(日)展出", "3月21日（六）至4月12日（日）展出"],
    ),
    (date("2020-03-21"), REF, ["3/21 (六)開幕", "3/21（六）开幕"]),
    # a bare day whose bracketed weekday fails in the month it was read in is the next or last month's day
    # where it holds (21日(周六) on 4 March 2020: 21 February was a Friday)
    (date("2020-03-21"), REF, ["21日(周六)開幕", "21日(六)开幕", "21日（星期六）開幕"]),
    # …and is nothing without one
    ([], REF, ["第3日(一)", "附件1(一)"]),
    # a time of day alone runs to a time of a relative day (forecasts): 夜間至後天清晨 after 明(10)日 starts
    # that night; to a day alone (下午至明天) it stays two mentions
    (
        [date("2021-11-10"), {"anchor": "2021-11-10", "until": "2021-11-11"}],
        "2021-11-09",
        ["明(10)日北部回暖，夜間至後天清晨風弱", "明(10)日北部回暖，夜间至后天清晨风弱"],
    ),
    ({"anchor": "2021-11-09", "until": "2021-11-10"}, "2021-11-09", ["晚上8時至明天清晨", "晚上8时至明天清晨"]),
    ([{"anchor": "2021-11-09", "until": None}, date("2021-11-10")], "2021-11-09", ["下午至明天", "下午至明天"]),
    # two days in Chinese numerals under one 日 after a month in Chinese numerals: a Gregorian range, not a
    # lunar date and a stray day (八月十五 alone, no 日, stays the lunar 15th)
    (
        [date("2023-06-22", until="2023-06-23"), date("2023-06-22")],
        "2023-05-29",
        ["賽事訂於六月二十二及二十三日舉行，市賽在端午節", "赛事订于六月二十二及二十三日举行，市赛在端午节"],
    ),
    (date("2023-08-15", until="2023-08-17"), "2023-08-01", ["八月十五至十七日放假", "八月十五至十七日放假"]),
]
