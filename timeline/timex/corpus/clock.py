"""Corpus: Clock times and parts of day. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, time

# ---------------------------------------------------------------------------------------------------
# clock: <pod><hour>时<minute>分, <hh>:<mm>, <part of day>
# ---------------------------------------------------------------------------------------------------
CLOCK: list[Entry] = [
    # a stamp's clock a scraper glued to the lede's month-day (`2020-03-04 09:073月1日晚,…`): the clock
    # ends after two minute digits, and the month-day is read after it
    (
        [time("2020-03-04T09:07"), {"value": "2020-03-01TEV", "anchor": "2020-03-01"}],
        REF,
        ["09:073月1日晚", "09:073月1日晚上"],
    ),
    # a clock before a month's end keeps its two minute digits (not 10:1 and then 5月底)
    ([time("2020-03-04T10:15")], REF, ["10:15月底"]),
    # a zone's name between the day and its clock is part of one expression
    (
        time("2020-01-28T13:20"),
        REF,
        [
            "1月28日當地時間下午1時20分",
            "1月28日当地时间下午1时20分",
            "1月28日北京时间13时20分",
            "1月28日 當地時間 13:20",
        ],
    ),
    # <hour>到<hour>点: the start of a clock range; the parser joins its end
    ({"type": "TIME", "value": "2020-03-04T09:00"}, REF, ["上午9到11点", "上午9到11點", "上午九到十一点"]),
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
    # 午夜 / 半夜 before a late hour: the minutes before midnight (a Singapore order to leave by 午夜11时50分)
    (time("2020-03-04T23:50"), REF, ["今日午夜11时50分", "今日午夜11時50分", "半夜11点50分"]),
    (time("2020-03-04T01:00"), REF, ["午夜1时", "午夜1時"]),
    # 近 (close to) between the day and its clock: one expression (今晨近4時左右)
    (time("2020-03-04T04:00", mod="APPROX"), REF, ["今晨近4時左右", "今晨近4时左右"]),
    # a zero before minutes under ten: 7时零4分 is 07:04
    (time("2020-03-04T07:04"), REF, ["清晨7时零4分", "清晨7時零4分", "早上七点零四分", "早上七點零四分"]),
    (time("2020-03-04T22:05"), REF, ["晚上十时零五分", "晚上十時零五分", "22时〇5分"]),
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
    # two hours in a row told together (晚上8、9點): about the first; 第2、3点建议 are points of a list
    (
        time("2020-03-04T20:00", mod="APPROX"),
        REF,
        ["預計晚上8、9點最大", "预计晚上8、9点最大", "晚上八、九点"],
    ),
    (time("2020-03-04T02:00", mod="APPROX"), REF, ["凌晨兩、三點", "凌晨两、三点"]),
    ([], REF, ["第2、3点建议", "2、3點建議"]),
    # an hour range with a dash after a date (the mainland's daily reports: 11月24日0—24时)
    (
        time("2021-11-24T00:00", until="2021-11-24"),
        "2021-11-25",
        ["11月24日0—24时，新增确诊病例", "11月24日0—24時，新增確診病例", "11月24日0–24时"],
    ),
    # spaced part of day, hour and minutes (傍晚 6 時 35 分): one clock time, not 6:00
    (time("2020-03-04T18:35"), REF, ["傍晚 6 時 35 分表示", "傍晚 6 时 35 分表示", "傍晚6時 35 分表示"]),
]
