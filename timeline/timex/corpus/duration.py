"""Corpus: Lengths of time. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, duration, time

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
# forms read on real pages (in our own words), years other than 2020
# ---------------------------------------------------------------------------------------------------
REAL: list[Entry] = [
    # N日 after words that count days is a length; after 到 it is a day of the month
    (duration("P3D"), "2017-02-13", ["放假3日", "放假3日"]),
    # Hong Kong's 日 for days after a word of closing, resting or extending (展期10日, 首3日)
    (duration("P10D"), "2024-03-18", ["活动展期10日", "活動展期10日"]),
    (duration("P3D"), "2024-03-18", ["首3日免费", "首3日免費", "停业3日", "停業3日", "延长3日", "延長3日"]),
    (duration("P1D"), "2024-03-18", ["休息1日", "休息1日再战"]),
    (duration("P10D"), "2020-01-19", ["一连10日共上演17出节目", "一連10日共上演17齣節目"]),
    (date("2014-09-16", mod="APPROX"), "2014-09-11", ["降雨将持续到16日左右", "降雨將持續到16日左右"]),
    # 休息两天后: after a rest of two days, a length and not a date
    (duration("P2D"), "2012-08-01", ["他将在休息两天后冲击决赛", "他將在休息兩天後衝擊決賽"]),
    # 大约两周前: a date two weeks back, not a length of about two weeks
    ({"anchor": "2019-05-20", "type": "DATE"}, "2019-06-03", ["大约两周前", "大約兩週前"]),
    # 8天20时: eight days and twenty hours
    (duration("P8DT20H"), "2019-06-03", ["历时8天20小时", "还剩8天20时", "還剩8天20時"]),
    # 多云 after a day is the weather (28日多云), not "more than 28 days"
    (date("2021-02-28"), "2021-02-26", ["28日多云转小雨", "28日多雲轉小雨"]),
    # ，计6日, 这5日, 以21日为限: a count of days (预计11日 and 以21日为准 stay days of the month)
    (duration("P6D"), "2017-12-20", ["放假，計6日", "放假，计6日"]),
    (duration("P5D"), "2025-09-06", ["這5日", "这5日"]),
    (duration("P21D"), "2017-12-20", ["寒假以21日為限", "寒假以21日为限"]),
    (time("2018-07-11T20:00"), "2018-07-11", ["預計11日20時", "预计11日20时"]),
    (date("2017-12-21"), "2017-12-20", ["以21日為準", "以21日为准"]),
    # 连 before a Chinese-numeral count: in a row (連三日召開, 连两天)
    (duration("P3D"), "2022-04-05", ["指揮中心已連三日召開記者會", "指挥中心已连三日召开记者会"]),
    (duration("P2D"), "2022-04-05", ["連兩天下雨", "连两天下雨"]),
    # Cantonese 個鐘 for hours: 三個鐘, 一個半鐘, and 個半鐘 (an hour and a half, the 一 left out)
    (duration("PT3H"), "2014-09-16", ["排了三個鐘", "排了三个钟"]),
    (duration("PT1.5H"), "2014-09-16", ["一個半鐘", "一个半钟"]),
    (duration("PT1H30M"), "2014-09-16", ["前後歷時個半鐘", "前后历时个半钟"]),
    ([], "2014-09-16", ["這個鐘錶很準", "这个钟表很准"]),
    # 未来24小时, 过去三小时 read on a day with no time to count from: the length they name (with a time
    # of day, 之后5分钟 is the stretch from then)
    (duration("PT24H"), "2025-06-08", ["未來24小時天氣變化大", "未来24小时天气变化大"]),
    # a window ahead (未来, 接下来, 今后) is the length a forecast or a plan looks over, with a time of day
    # or without: 未来三天, 未來一周, 接下来一个月, 未來6小時 (后1年 still places a stretch; relative.py)
    (duration("P3D"), "2014-09-11", ["未來三天天氣炎熱", "未来三天天气炎热"]),
    (duration("P1W"), "2022-11-04T08:00", ["預計未來一周氣溫偏高", "预计未来一周气温偏高"]),
    (duration("P1M"), "2022-12-27", ["接下來一個月都有表演", "接下来一个月都有表演"]),
    (duration("PT6H"), "2023-09-02T10:00", ["未來6小時有大雨", "未来6小时有大雨"]),
    # 多天, 多日 with no number: some days (舉辦多天以來, 持續多天); 差不多天黑 and 許多日本人 hold none
    (duration("PXD"), REF, ["市集舉辦多天以來", "市集举办多天以来", "雨勢持續多天", "連續多日，"]),
    ([], REF, ["差不多天黑了", "許多日本人", "许多日本人"]),
    # 多年, 多年来, 近年来 with no number: some years up to now, a length, never a point in time; 多年前 is a
    # time back, not a length (left unread), and 许多年轻人, 多年生植物 hold no length
    (duration("PXY"), "2018-07-24", ["他在街頭流浪多年", "他在街头流浪多年", "多年來堅持做義工", "多年来坚持做义工"]),
    (duration("PXY"), "2011-08-17", ["近年來生活水準提高", "近年来生活水准提高", "近年以來"]),
    ([], REF, ["許多年輕人", "许多年轻人", "多年生植物", "多年前的事"]),
    (duration("PT3H"), "2008-09-27", ["過去三小時錄得大雨", "过去三小时录得大雨"]),
    (time("2016-11-07T16:12", until="2016-11-07"), "2016-11-07T16:12", ["之后5分钟", "之後5分鐘"]),
    # 个多 before an hour, as before a month (一個多小時, 5個多小時): more than that many hours
    (duration("PT1H", mod="MORE_THAN"), REF, ["排了一个多小时", "排了一個多小時"]),
    (duration("PT5H", mod="MORE_THAN"), REF, ["塞車5個多小時", "塞车5个多小时"]),
    # a length before 营业 or 营运 is opening hours, not a battalion's number (第3营 is no length)
    (duration("PT42H"), REF, ["連續42小時營運不收班", "连续42小时营运不收班"]),
    (duration("PT24H"), REF, ["便利店24小時營業", "便利店24小时营业"]),
]
