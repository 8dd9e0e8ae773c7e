"""Corpus: which date the policy chooses (no reference, evidence fields, the weekday check, real forms).

See `timeline/timex/corpus/__init__.py` for the form of a line.
"""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, duration, time, unknown

# ---------------------------------------------------------------------------------------------------
# no reference: `parse(text, None)`. What needs the reference keeps `anchor: null` and an X value with
# the digits the words give; written dates, and what counts from them, still resolve. Never the clock.
# ---------------------------------------------------------------------------------------------------
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

# ---------------------------------------------------------------------------------------------------
# the date policy on forms read on real pages (in our own words), years other than 2020
# ---------------------------------------------------------------------------------------------------
REAL: list[Entry] = [
    # a lunar month and day is a year-less month and day: within the look-ahead after the reference it is
    # the coming one (a pilgrimage announced on 元宵 for 农历二月二十七日, six weeks on), and a bare day after
    # it is a day of that lunar month (二十九日晚 is the 29th of the second lunar month)
    (date("2024-04-05"), "2024-02-25", ["媽祖指示農曆二月二十七日出巡", "妈祖指示农历二月二十七日出巡"]),
    (
        [date("2024-04-05"), time("2024-04-07TEV"), time("2024-04-08TAF")],
        "2024-02-25",
        [
            "农历二月二十七日出巡，二十九日晚驻驾西螺，三十日下午抵新港",
            "農曆二月二十七日出巡，二十九日晚駐駕西螺，三十日下午抵新港",
        ],
    ),
    (date("2023-03-18"), "2024-02-25", ["去年农历二月二十七日出巡", "去年農曆二月二十七日出巡"]),
    # 去年同期, 上年度末: the figure of last year a report compares with leaves the story's year alone
    (
        [date("2016-03"), date("2015"), date("2016-05")],
        "2016-08-24",
        ["今年3月销量增长，去年同期为负。5月又增长", "今年3月銷量增長，去年同期為負。5月又增長"],
    ),
    (
        [date("2016-H1", anchor="2016-01", until="2016-06"), date("2015"), date("2016-01", until="2016-06")],
        "2016-08-24",
        ["2016年半年度报告：上年度末总资产约653亿元；1-6月营收约63亿元", "2016年半年度報告：上年度末總資產約653億元；1-6月營收約63億元"],
    ),
    # a weekday said of the date before it (为星期日, 恰逢周六) is that date's day and leaves the context, and
    # how firm its year is, where it was: the festivals after it keep the year written before them
    (
        [
            date("2026-04-05"),
            date("2026-04-05"),
            date("2026-04-06"),
            date("2026-05-24"),
            date("2026-10-18"),
            date("2026-10-18"),
        ],
        "2025-05-16",
        [
            "由于二○二六年的清明节为星期日，翌日订为补假；佛诞及重阳节亦皆为星期日",
            "由於二○二六年的清明節為星期日，翌日訂為補假；佛誕及重陽節亦皆為星期日",
        ],
    ),
    # after a future date of the reference's year, a year-less day just before the reference is the one
    # reported, not next year's nearer the context; a context in the coming year leaves a past day alone
    (
        [date("2023-09-21"), date("2023-02-22")],
        "2023-02-23",
        [
            "歌手将于2023年9月21日开唱。另据消息，2月22日演唱会门票开售",
            "歌手將於2023年9月21日開唱。另據消息，2月22日演唱會門票開售",
        ],
    ),
    (
        [date("2012"), date("2012-01-08", mod="ON_OR_AFTER"), date("2011-12-06")],
        "2011-12-07",
        ["2012年春运将于1月8日开始，这是12月6日召开的会议上传出的消息"],
    ),
    # the night alone in a report of the day is the night before; an evening clock may be a schedule
    (
        time("2014-07-31TNI"),
        "2014-08-01T14:00",
        ["深夜，市区传出巨响", "深夜，市區傳出巨響", "半夜，传出巨响"],
    ),
    (time("2014-08-01T20:00"), "2014-08-01T14:00", ["晚上8时举行晚会", "晚上8時舉行晚會"]),
    # 将 before a noun marks the object, not the future; before a verb or a time it is the future
    (
        date("2019-09-13"),
        "2019-09-20",
        ["中秋节，工作人员将月饼送到老人家中", "中秋節，工作人員將月餅送到老人家中"],
    ),
    (date("2020-10-01"), "2019-10-10", ["国庆节将至", "國慶節將至"]),
    # a weekday named after a day of the story is in that day's week
    (
        [date("2014-03-28"), date("2014-03-28")],
        "2014-04-02",
        ["3月28日，会议召开。星期五，代表参观工厂", "3月28日，會議召開。星期五，代表參觀工廠"],
    ),
    # a weekday before a bracketed month and day is that date, even after dates of the next month
    (
        [date("2025-05-03"), date("2025-05-04"), time("2025-04-15TEV")],
        "2025-04-23",
        [
            "原定5月3日和4日举行，主办方星期二(4月15日)晚间表示",
            "原定5月3日和4日舉行，主辦方星期二(4月15日)晚間表示",
        ],
    ),
    # a part of day alone after a month of the story falls back to the reference day without replacing it
    (
        [date("2024-07"), time("2025-11-08TMO"), date("2024-08-07"), date("2024-08-07")],
        "2025-11-08",
        [
            "2024年7月决堤，他一大早赶到；8月7日立秋，他又回到村里",
            "2024年7月決堤，他一大早趕到；8月7日立秋，他又回到村裡",
        ],
    ),
    # a coming day within a month of the story's day is this year's, though the story's day is past
    (
        [date("2025-10-01"), duration("P3D"), date("2025-10-10")],
        "2025-10-04",
        ["今年国庆有3天连假；10月10日当天订房率逾6成", "今年國慶有3天連假；10月10日當天訂房率逾6成"],
    ),
    # a look back while the story's day is still to come counts from the reference
    (
        [time("2019-02-04TEV"), date("2018-10-25", anchor="2018-10")],
        "2019-01-25",
        ["大年三十晚上的年夜饭，饭店三个月前就开始预订", "大年三十晚上的年夜飯，飯店三個月前就開始預訂"],
    ),
    # the small hours after an evening of the story are the next day's; 凌晨12时 is midnight
    # but small hours told as earlier (提早於凌晨) are that morning's
    (
        [time("2022-10-04T05:30", until="2022-10-04"), time("2022-10-04T04:00", mod="APPROX")],
        "2022-10-04",
        [
            "墳場通道今日清晨5時30分至晚上8時封閉，有市民提早於凌晨4時許上山",
            "坟场通道今日清晨5时30分至晚上8时封闭，有市民提早于凌晨4时许上山",
        ],
    ),
    # and 至/到 凌晨 after an afternoon ends what ran from it (截至凌晨 and 凌晨 after 凌晨 stay that day)
    (
        [time("2018-12-31TAF", mod="ON_OR_AFTER"), time("2019-01-01T03:00")],
        "2018-12-31",
        ["今日下午起封路，電車延長服務至凌晨3時", "今日下午起封路，电车延长服务至凌晨3时"],
    ),
    (
        [time("2018-12-31T01:00", mod="ON_OR_AFTER"), time("2018-12-31T05:00")],
        "2018-12-31",
        ["今日凌晨1时起下雨，一直下到凌晨5时", "今日凌晨1時起下雨，一直下到凌晨5時"],
    ),
    (
        [time("2018-12-31TAF", mod="ON_OR_AFTER"), time("2018-12-31T03:00", mod="ON_OR_BEFORE")],
        "2018-12-31",
        ["今日下午起封路，截至凌晨3时", "今日下午起封路，截至凌晨3時"],
    ),
    (
        [time("2021-04-06T22:00"), time("2021-04-07T00:00", mod="APPROX")],
        "2021-04-07T16:53",
        ["昨晚10时情况转为危殆，延至凌晨12时许不治", "昨晚10時情況轉為危殆，延至凌晨12時許不治"],
    ),
    (
        [time("2006-07-03T22:00", mod="APPROX"), time("2006-07-04T02:37")],
        "2006-07-04",
        ["昨晚约十时警方接报，伤者于凌晨二时三十七分不治", "昨晚約十時警方接報，傷者於凌晨二時三十七分不治"],
    ),
    # midnight after an afternoon of the story is the next day's, and the story's day stays
    (
        [
            time("2013-05-25T17:00", mod="ON_OR_AFTER"),
            time("2013-05-26T00:00", mod="ON_OR_BEFORE"),
            date("2013-05-26"),
        ],
        "2013-05-25T16:51",
        ["集会从下午5点开始直到午夜12点前结束，明日再办", "集會從下午5點開始直到午夜12點前結束，明日再辦"],
    ),
    # ... but 凌晨 after an afternoon may be that morning's, told later in the day
    (
        [time("2024-03-18T14:00"), time("2024-03-18T03:00")],
        "2024-03-18",
        ["警方下午2时召开记者会，指案件于凌晨3时发生", "警方下午2時召開記者會，指案件於凌晨3時發生"],
    ),
    # a date moved to (移至, 延至, 改期至) comes after the one it had
    (
        [date("2024-06-07"), date("2025-04-18")],
        "2025-01-17",
        ["原2024/6/7场次移至4/18", "原2024/6/7場次移至4/18"],
    ),
    # last year's date named to compare leaves the story's day where it was
    (
        [date("2014-09-08"), date("2013-09-19"), time("2014-09-08TAF")],
        "2014-09-08",
        [
            "中秋连假游客胜过去年中秋的人次。8日下午车站人潮",
            "中秋連假遊客勝過去年中秋的人次。8日下午車站人潮",
        ],
    ),
    # a wire dateline a day before the reference is the story's own day (a report published after midnight)
    (
        [date("2022-12-09"), date("2022-12-09"), date("2022-12-10")],
        "2022-12-10T00:30",
        [
            "（中央社記者台北9日電）發言人今天表示，總統明天出訪",
            "（中央社记者台北9日电）发言人今天表示，总统明天出访",
        ],
    ),
    (
        [date("2022-12-09"), date("2022-12-09")],
        "2022-12-09T19:30",
        ["（中央社記者台北9日電）發言人今天表示", "（中央社记者台北9日电）发言人今天表示"],
    ),
    # a bare day just before the reference under a future word, when the next month lacks that day
    # (29日 on 30 January): this month's, not March's two months ahead
    (
        time("2025-01-29T21:00", mod="APPROX"),
        "2025-01-30T10:00",
        ["美東時間29日晚間9時左右準備進場", "美东时间29日晚间9时左右准备进场"],
    ),
    # after a dateline of the reference day, a bare day far past it in a report is the month before
    (
        [date("2014-08-01"), time("2014-07-31T20:46"), date("2014-08-12")],
        "2014-08-01T10:00",
        [
            "中評社高雄8月1日電 官方報告指出，31日20時46分消防局接獲報案。市府將於12日公布調查",
            "中评社高雄8月1日电 官方报告指出，31日20时46分消防局接获报案。市府将于12日公布调查",
        ],
    ),
    (
        [date("2016-05-03"), date("2016-04-28")],
        "2016-05-03",
        ["5月3日消息，28日他抵達", "5月3日消息，28日他抵达"],
    ),
    # a context day in the reference's month does not put a year-less month after the reference
    (
        [date("2018-10", mod="END"), date("2018-11-12"), date("2018-10", mod="END")],
        "2018-11-12",
        ["上月底離世的作家週一下午設靈，10月底在醫院逝世", "上月底离世的作家周一下午设灵，10月底在医院逝世"],
    ),
    # minutes after count from the clock the story told last, not from the publication's time
    (
        [time("2025-03-28T13:20"), time("2025-03-28T13:32")],
        "2025-03-28T18:10",
        [
            "下午1時20分發生強烈地震。12分鐘後，當地再發生一次6.4級地震",
            "下午1时20分发生强烈地震。12分钟后，当地再发生一次6.4级地震",
        ],
    ),
    # after a day told without a clock, what happened minutes later is on that day, at no clock
    (
        [time("2025-03-28TAF"), date("2025-03-28")],
        "2025-03-28T17:26",
        [
            "緬甸今（28日）下午發生強震。約10分鐘後，當地又發生餘震",
            "缅甸今（28日）下午发生强震。约10分钟后，当地又发生余震",
        ],
    ),
    # …but a forecast counts from when it was said
    (
        [time("2015-06-27T20:40"), time("2015-06-27T21:40")],
        "2015-06-27T21:10",
        [
            "晚間8時40分發生爆炸。市長正趕往現場，約30分鐘後抵達",
            "晚间8时40分发生爆炸。市长正赶往现场，约30分钟后抵达",
        ],
    ),
    # a future marker after the expression and its subject; after a comma too for a weekday (the next
    # clause speaks of it)
    (
        date("2019-03-13", until="2019-03-14"),
        "2019-03-11",
        ["周三到周四，台湾将迎来降雨", "週三到週四，台灣將迎來降雨"],
    ),
    (
        date("2019-03-13", until="2019-03-14"),
        "2019-03-11",
        ["周三到周四台湾将迎来降雨", "週三到週四台灣將迎來降雨"],
    ),
    # a weekday ending a short clause, then the future past the comma (the rest of its sentence)
    (
        [date("2009-12-05"), time("2009-12-05TEV")],
        "2009-12-01",
        ["開幕禮星期六在維港舉行，警方傍晚將實施交通管制", "开幕礼星期六在维港举行，警方傍晚将实施交通管制"],
    ),
    (
        date("2009-11-28"),
        "2009-12-01",
        ["周六在维港举行的开幕礼，警方已将疑犯拘捕", "週六在維港舉行的開幕禮，警方已將疑犯拘捕"],
    ),
    # in a notice late in the year that names the coming year, 今年 is that year; without the year named,
    # 今年 stays the reference's
    (
        [date("2015-01-01"), date("2015-02-19"), date("2015-02-18")],
        "2014-12-16",
        [
            "国务院批准2015年元旦、春节的放假调休安排，今年除夕也放假",
            "國務院批准2015年元旦、春節的放假調休安排，今年除夕也放假",
        ],
    ),
    (
        [date("2014-12-16"), date("2014-01-31")],
        "2014-12-16",
        ["12月16日公布放假调休安排，今年春节不变", "12月16日公布放假調休安排，今年春節不變"],
    ),
    # a notice for the coming year: the year it names holds the dates after it
    (
        [date("2016-02-08"), date("2016-02-07", until="2016-02-13")],
        "2015-12-10",
        ["2016年春节放假安排：2月7日至13日放假", "2016年春節放假安排：2月7日至13日放假"],
    ),
    # ... and a notice late in the year that names no year is of the year to come
    (
        [
            date("2015-12-09"),
            date("2016-02-08"),
            date("2016-02-07", until="2016-02-13"),
            duration("P7D"),
            date("2016-02-06"),
        ],
        "2015-12-10",
        [
            "12月9日印发放假安排通知。春节：2月7日至13日放假调休，共7天。2月6日(星期六)上班",
            "12月9日印發放假安排通知。春節：2月7日至13日放假調休，共7天。2月6日(星期六)上班",
        ],
    ),
    (
        [date("2017-10-04"), date("2017-10-04")],
        "2017-09-20",
        ["今年中秋节对应的阳历日期是10月4日", "今年中秋節對應的陽曆日期是10月4日"],
    ),
    # 当日 after 前一日 is that day; 当晚 after a festival is its evening
    (
        [date("2019-09-12"), time("2019-09-12TAF")],
        "2019-09-20",
        ["中秋节前一日，居民包月饼。当日下午，举行晚会", "中秋節前一日，居民包月餅。當日下午，舉行晚會"],
    ),
    (time("2019-09-13TEV"), "2019-09-20", ["中秋节当晚", "中秋節當晚"]),
    (
        [date("2019-09-13"), time("2019-09-13TEV")],
        "2019-09-30",
        ["2019年中秋节，居民赏月。当晚，社区举办晚会", "2019年中秋節，居民賞月。當晚，社區舉辦晚會"],
    ),
    # a story told in another year keeps it, and a future marker looks ahead of the story
    (
        [date("2012-02-06"), date("2012-02-02", until="2012-02-06")],
        "2017-11-07",
        ["2012年元宵灯会定在2月2日至2月6日", "2012年元宵燈會定在2月2日至2月6日"],
    ),
    # a bare year near the reference holds later year-less dates; one far from it is background
    (
        [date("2025"), date("2025-11-05"), date("2025-12-05")],
        "2025-10-06",
        ["2025年另有两次满月，分别在11月5日和12月5日", "2025年另有兩次滿月，分別在11月5日和12月5日"],
    ),
    (
        [date("2006"), date("2023-04-13")],
        "2023-04-15",
        ["2006年列为重点文物。照片摄于4月13日", "2006年列為重點文物。照片攝於4月13日"],
    ),
    # a weekday said to be a lunar day (週三是年廿八) is that day, when it falls within a week
    (date("2017-01-25"), "2017-01-23", ["週三是年廿八", "周三是年廿八"]),
    (date("2024-02-10"), "2024-02-05", ["周六是大年初一", "週六即大年初一"]),
    # a two-digit year in Taiwan's text is of the Republic when that is nearer the reference (99年 = 2010);
    # elsewhere it stays 1999
    (
        [date("2010-11-04"), date("2008-12-03")],
        "2010-11-05",
        ["行政院99年11月4日函，台北市97年12月3日修正", "行政院99年11月4日函，臺北市97年12月3日修正"],
    ),
    (date("1999-11-04"), "2010-11-05", ["北京99年11月4日", "北京99年11月4日"]),
    # a dispatch's day (…日电) is never one to come, whatever 将 follows; 1月15日将举行 a week back is next
    # year's, while 1月21日将举行 a day back was written before it went up (DatePolicy.future_lookbehind_days)
    (
        [date("2012-01-21"), date("2012-01-23")],
        "2012-01-22",
        ["【新華社1月21日電】農曆新春將至", "【新华社1月21日电】农历新春将至"],
    ),
    (date("2013-01-15"), "2012-01-22", ["1月15日将举行", "1月15日將舉行"]),
    (date("2012-01-21"), "2012-01-22", ["1月21日将举行", "1月21日將舉行"]),
    # at the turn of the year, 除夕 beside 跨年 is 31 December (Hong Kong, Macau, Taiwan)
    (time("2023-12-31TEV"), "2023-12-31", ["除夕夜多区举行跨年倒数", "除夕夜多區舉行跨年倒數"]),
    (date("2024-02-09"), "2023-12-31", ["市民将迎来除夕", "市民將迎來除夕"]),
    # in December, 除夕 joined to 元旦, beside the 31st or 迎接 the next year, or after 倒数 anywhere, is 31
    # December too, and so is every later 除夕 of the report; 2023年除夕 in such a report is that year's
    (
        [time("2021-12-31TEV"), date("2022-01-01")],
        "2021-12-27",
        ["除夕夜及元旦日都天晴乾燥", "除夕夜及元旦日都天晴干燥"],
    ),
    (
        [time("2017-12-31TEV"), date("2017-12-31")],
        "2017-12-11",
        ["旅遊發展局將於31日晚舉行除夕倒數活動", "旅游发展局将于31日晚举行除夕倒数活动"],
    ),
    (
        [date("2024"), time("2023-12-31T18:00", mod="ON_OR_AFTER")],
        "2023-12-31",
        ["煙花迎接2024年。博物館道除夕夜傍晚6時起封閉", "烟花迎接2024年。博物馆道除夕夜傍晚6时起封闭"],
    ),
    (date("2023-12-31"), "2025-01-01", ["維港跨年煙花在2023年除夕復辦", "维港跨年烟花在2023年除夕复办"]),
    # 除夕 is an evening: 午夜 after it is the next day's
    (
        [date("2018-12-31"), date("2018-12-31"), time("2019-01-01TNI"), date("2018")],
        "2018-12-31",
        ["今日大除夕，午夜倒数送走2018年", "今日大除夕，午夜倒數送走2018年"],
    ),
    # a date just ahead of the reference is the coming one
    (
        [date("2025-10-06"), date("2025-10-06"), date("2025-10-07")],
        "2025-10-06",
        ["今天是中秋节，月亮最圆在10月7日", "今天是中秋節，月亮最圓在10月7日"],
    ),
    # 前一日 looks back without moving the story's day: 当日 after it is the story's day
    (
        [date("2016-06-08"), date("2016-06-07"), time("2016-06-08TMO")],
        "2016-06-10",
        [
            "6月8日，暴雨来袭。前一日已有预警，当日上午救援队赶到。",
            "6月8日，暴雨來襲。前一日已有預警，當日上午救援隊趕到。",
        ],
    ),
    # a weekday that holds on a year-less date settles the year of the notice (和平紀念日的2月27日 after it)
    (
        [date("2017-04-03"), date("2017-02-27")],
        "2017-02-13",
        ["於4月3日(星期一)放假。2月27日調整放假", "于4月3日(星期一)放假。2月27日调整放假"],
    ),
    # a forecast verb marks the weekday as the coming one
    (date("2025-08-13"), "2025-08-11", ["预估周三登陆", "預估週三登陸", "气象署预测周三登陆"]),
    # a festival named with its holiday a fortnight ahead is the coming one
    (
        [date("2019-10-01"), date("2019-10-01", until="2019-10-07")],
        "2019-09-20",
        ["国庆节10月1日~10月7日放假", "國慶節10月1日~10月7日放假"],
    ),
    # the day written in brackets wins over 今/昨 a few days off (a late or reposted page)
    (time("2015-02-22TMO"), "2015-02-24", ["今(22)日上午", "今（22）日上午"]),
    (date("2015-10-30"), "2015-10-31", ["今日（10月30日）开会", "今日（10月30日）開會"]),
    # a date of another year named only to compare does not become the story's day
    (
        [date("2013-10-27"), time("1976-07-28T03:42"), date("2013-10-27")],
        "2013-10-27",
        [
            "27日发生地震，与1976年7月28日3时42分的地震相近。当日震源8千米",
            "27日發生地震，與1976年7月28日3時42分的地震相近。當日震源8千米",
        ],
    ),
    # a bare clock time after a month alone stays on the day named before the month (the month gives it
    # no day): 7日 … 3月將在高雄開唱 … 下午4時30分 is the 7th's afternoon, not the reference day's
    (
        [date("2024-01-07"), date("2024-03"), time("2024-01-07T16:30")],
        "2024-01-08T09:14",
        ["樂團7日台中場結束後，宣布3月將在高雄開唱。該場原定下午4時30分入場", "乐团7日台中场结束后，宣布3月将在高雄开唱。该场原定下午4时30分入场"],
    ),
    # a bare weekday with 起 runs from the coming one (聖誕市集周六起舉行, read on a Thursday); a start
    # already past is told with 已, 了, 以来 after it
    (date("2022-12-17", mod="ON_OR_AFTER"), "2022-12-15T17:27", ["市集周六起於塔石廣場舉行", "市集周六起于塔石广场举行"]),
    (date("2022-12-10", mod="ON_OR_AFTER"), "2022-12-15T17:27", ["周六起已有逾千人入場", "周六起已有逾千人入场"]),
    # a festival still ahead gives 当天 and 翌日 their day, but a bare day after it that has already come
    # this month is the reporting month's (虎年春節將至…13日上午，記者走訪…, read on 15 January)
    (
        [date("2022-02-01"), time("2022-01-13TMO")],
        "2022-01-15",
        ["虎年春節將至，年貨市場熱鬧起來。13日上午，記者走訪市場。", "虎年春节将至，年货市场热闹起来。13日上午，记者走访市场。"],
    ),
    # in a text about coming days, a year-less month nearer the context on its past side is a fact told
    # in passing (an earlier booking, the previous quarter's figures), not next year's
    (
        [date("2026-02-17"), duration("P1M", mod="MORE_THAN"), date("2026-02-16"), date("2025-10", mod="END")],
        "2025-12-25",
        [
            "距马年春节还有一个多月，大年三十的年夜饭早已订满，这家店从10月底就开始接受预订",
            "距馬年春節還有一個多月，大年三十的年夜飯早已訂滿，這家店從10月底就開始接受預訂",
        ],
    ),
    (
        [date("2019-09-02"), date("2019-04", until="2019-06")],
        "2019-08-28",
        ["下月2日将公布新数据；4月至6月的失业率为1.7%", "下月2日將公布新數據；4月至6月的失業率為1.7%"],
    ),
    # a bare weekday one or two days after the reference is the coming one (a Thursday's headline 周五拉開戰幔);
    # three or more days on, with no future word, it is the one just past
    (date("2021-11-19"), "2021-11-18", ["大賽車周五拉開戰幔", "大赛车周五拉开战幔", "大賽車週五拉開戰幔"]),
    (date("2021-11-20"), "2021-11-18", ["市集周六開鑼", "市集周六开锣"]),
    (date("2021-11-14"), "2021-11-18", ["市集周日開鑼", "市集周日开锣"]),
    # a festival in a holiday notice (Taiwan's 補假, 補行上班 too) is the coming one, months ahead
    (
        [date("2017-04-04"), date("2017-04-04"), date("2017-04-04"), date("2017-04-03"), date("2017-02-28"), date("2017-02-27")],
        "2017-02-13",
        [
            "兒童節與民族掃墓節同一天，因此4月3日補假。和平紀念日2月27日補行上班",
            "儿童节与民族扫墓节同一天，因此4月3日补假。和平纪念日2月27日补行上班",
        ],
    ),
    # after a day just ahead of the reference, a later year-less date of the same itinerary stays ahead,
    # with no future word (a tour: 7月5日 in Shanghai, then 10月31日起 in Taipei, read in June)
    (
        [date("2024-07-05"), date("2024-10-31", mod="ON_OR_AFTER"), duration("P4D")],
        "2024-06-20",
        ["巡演7月5日在上海開唱，10月31日起在台北連唱4天", "巡演7月5日在上海开唱，10月31日起在台北连唱4天"],
    ),
    # a year-less month named again after a record of a distant year is the one named first (a figure of
    # 2000 told to compare does not move this September and August back to 2000)
    (
        [date("2015-09"), date("2000-09"), date("2015-09"), date("2015-08")],
        "2015-11-23",
        [
            "9月失业率为3.89%，民国89年9月为3.10%；9月失业率较8月微降",
            "9月失業率為3.89%，民國89年9月為3.10%；9月失業率較8月微降",
        ],
    ),
    # a year-less day named bare in a headline, and glossed with its weekday further on, is in the year
    # where that weekday holds (a repost of 2021 about an election of 2020)
    (
        [date("2020-06-30"), date("2021-04-14"), date("2020-06-30"), date("2020-07-10")],
        "2021-04-14",
        [
            "提名日定于6月30日 | 2021年4月14日 | 提名日定於6月30日(星期二)，投票日為7月10日(星期五)",
            "提名日定于6月30日 | 2021年4月14日 | 提名日定于6月30日（周二），投票日为7月10日（周五）",
        ],
    ),
    # a festival said of the day just told (明日為中秋節連假首日) names its holiday; the hours after it are
    # still on that day
    (
        [date("2025-10-04"), date("2025-10-06"), time("2025-10-04T00:00", until="2025-10-04")],
        "2025-10-03",
        ["明日(10/4)為中秋節連假首日，國道匝道0-12時封閉", "明日(10/4)为中秋节连假首日，国道匝道0-12时封闭"],
    ),
    # a day told in passing (an earlier day, or a plan for a later one: 2日病逝, 25日起) does not take the
    # clocks of the sentences after it: they are the story's day's, whose hours the text was reading; the
    # next day of a story (6日，…下午3时) takes its own
    (
        [date("2014-05-05"), time("2014-05-05T07:00"), date("2014-05-02"), time("2014-05-05T06:40")],
        "2014-05-05",
        ["遺體今天火化，7時先舉行大殮。秦厚修2日病逝。總統6時40分抵達", "遗体今天火化，7时先举行大殓。秦厚修2日病逝。总统6时40分抵达"],
    ),
    (
        [time("2022-04-15TAF"), date("2022-04-25", mod="ON_OR_AFTER"), time("2022-04-15T14:00")],
        "2022-04-15",
        ["今天下午開記者會，25日起降為二級。指揮中心下午2時說明", "今天下午开记者会，25日起降为二级。指挥中心下午2时说明"],
    ),
    # a day opening its sentence is where the story goes, even an earlier one: its clocks follow it
    (
        [time("2020-06-27T10:00"), date("2020-06-23"), time("2020-06-23T07:00")],
        "2020-06-28",
        ["27日上午10時通報疫情。6月23日，先鋒隊奔赴檢測點。他們從清晨7點忙個不停", "27日上午10时通报疫情。6月23日，先锋队奔赴检测点。他们从清晨7点忙个不停"],
    ),
    (
        [time("2022-04-05T09:00"), date("2022-04-06"), time("2022-04-06T15:00")],
        "2022-04-08",
        ["5日上午9時開幕。6日，代表參觀工廠，下午3時返回", "5日上午9时开幕。6日，代表参观工厂，下午3时返回"],
    ),
    # the year before, named to compare (比上年, 较上年), counts from the year reported, not the publication's
    (
        [date("2011"), date("2010"), date("2011", mod="END")],
        "2012-04-27",
        ["2011年营业收入133亿元，比上年增长44%；2011年末资产", "2011年營業收入133億元，比上年增長44%；2011年末資產"],
    ),
    # a live page's update stamp (【06:14更新】, 【HKT 07:30】) is on the page's day, not the day told last
    (
        [date("2025-12-07"), time("2025-12-08T06:14"), time("2025-12-08T05:40")],
        "2025-12-08",
        ["投票昨日結束。【06:14更新】旅遊界由她勝出。【05:40更新】新界北", "投票昨日结束。【06:14更新】旅游界由她胜出。【05:40更新】新界北"],
    ),
    # a month or week before, after a comparing word (比上月, 较上周), counts from the period reported, and
    # does not become the context: both 较上周 of a report on 24 October are the week before its week
    (
        [date("2015-10"), date("2015-09")],
        "2015-11-23",
        ["10月失业率为3.9%，比上月升0.01个百分点", "10月失業率為3.9%，比上月升0.01個百分點"],
    ),
    (
        [
            date("2015-10-24"),
            date("2015-W42", anchor="2015-10-12", until="2015-10-18"),
            date("2015-W42", anchor="2015-10-12", until="2015-10-18"),
        ],
        "2015-11-23",
        ["10月24日猪肉每斤30元，较上周涨5元；生猪较上周涨1元", "10月24日豬肉每斤30元，較上週漲5元；生豬較上週漲1元"],
    ),
]
