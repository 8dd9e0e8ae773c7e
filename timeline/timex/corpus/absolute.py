"""Corpus: Absolute dates. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, time

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
