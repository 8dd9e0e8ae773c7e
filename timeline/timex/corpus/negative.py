"""Corpus: Strings that are never a time. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date

# ---------------------------------------------------------------------------------------------------
# negative: strings that are never a time
# ---------------------------------------------------------------------------------------------------
NEGATIVE: list[Entry] = [
    ([], REF, ["第一时间", "第一時間", "第一时间赶到现场"]),
    # a show's season after a year word that is no written year (去年 第一季 of a drama series)
    ([], REF, ["這部劇 第一季", "这部剧 第一季好看"]),
    # ordinals: the first day, the third day in a row; the 228 massacre of 1947 is no holiday
    ([], REF, ["开学第一天", "開學第一天", "股市连续第三天下跌", "股市連續第三天下跌", "二二八事件"]),
    # every day as it comes
    ([], REF, ["希望大家珍惜每一个今天", "希望大家珍惜每一個今天", "过好每个今天"]),
    # honours named after a festival
    ([], REF, ["荣获三八红旗手称号", "榮獲三八紅旗手稱號", "五一劳动奖章获得者", "五四青年奖章"]),
    # names: a paper's column, a channel
    ([], REF, ["第N17版:体育热点/今日时评", "第N17版:體育熱點/今日時評", "今日俄罗斯电视台报道", "今日俄羅斯電視台報道"]),
    # 这一天 / 那一天: the day spoken of, not a length of one day (no date of its own either)
    ([], REF, ["我的这一天", "民間從這一天開始數九", "那一天我永远记得", "哪一天"]),
    ([], REF, ["一线", "一線", "奋战在一线", "一线医护人员"]),
    ([], REF, ["一时间", "一時間", "一时之间", "一時之間", "一时难以判断", "一时半会儿"]),
    ([], REF, ["84岁", "84歲", "八十四岁"]),
    ([], REF, ["80后", "80後", "90后", "90後", "00后"]),
    ([], REF, ["3号楼", "3號樓", "5号病房"]),
    ([], REF, ["2-4名", "2046个", "2046個"]),
    ([], REF, ["光明日报", "光明日報", "人民日报"]),
    ([], REF, ["八一路", "国庆西路", "國慶西路", "五一广场", "七一勋章", "八一中学"]),
    # a relative day that opens the name of a programme or a book is that name
    ([], REF, ["央视《今日观察》节目说", "央視《今日觀察》節目說", "《明日之子》总决赛", "《今日说法》栏目"]),
    # a document's number after its bracketed year (国办发明电〔2015〕18号) is no day
    ([], "2015-12-10", ["国办发明电〔2015〕18号", "國辦發明電〔2015〕18號"]),
    # nor is a Taiwan court's case number, though its docket year is a year of the Republic
    ([], "2020-09-10", ["本院108年度訴字第3413號判決", "本院108年度诉字第3413号判决", "109年度易字第113號"]),
    ([], "2009-09-10", ["98年度上易字第1502號", "98年度上易字第1502号"]),
    # a festival's name a place away from an uprising or an incident names the event
    ([], REF, ["为纪念八一南昌起义", "為紀念八一南昌起義", "七七卢沟桥事变", "七七盧溝橋事變"]),
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
    # out of range is no date: minutes no clock has, a month after 9999, a festival before the calendar's start
    ([], REF, ["24时60分", "24時60分", "24时30分", "13时75分"]),
    ([], "9999-12-15", ["下个月", "下個月"]),
    ([], "1901-01-01", ["除夕", "春节"]),
    # 前晚 and 前日 inside other words: an evening before an event, a former Japanese premier, a date field
    ([], "2018-08-01", ["赛前晚宴", "賽前晚宴", "前日本首相", "提前日期"]),
    # a craft's or a ship's number is no day of the month
    ([], "2015-02-22", ["海星6号渔船失联", "海星6號漁船失聯", "长征5号"]),
    ([], "2015-02-22", ["长征5号发射升空", "長征5號發射升空"]),
    # a number before an exit, a pier, a gate or a signal names it
    ([], "2025-09-08", ["3號出口", "3号出口", "7號碼頭", "5号门", "八號風球"]),
    # a span of numbers right after a street is a run of house numbers (船街1至7號), not days of a month
    ([], "2014-09-02", ["灣仔船街1至7號地下", "湾仔船街1至7号地下", "皇后大道中1至3號", "中山路12-14号"]),
]
