"""Corpus: Absolute dates. See `timeline/timex/corpus/__init__.py` for the form of a line."""

from __future__ import annotations

from timeline.timex.corpus.lines import REF, Entry, date, duration, time

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
    # a month-day more than two months after the reference is last year's, unless the text marks the
    # future; one within two months is the coming one (an announced event: last year's would say 去年)
    (date("2019-06-05"), REF, ["6月5日", "6月5號", "六月五日"]),
    (date("2020-04-05"), REF, ["4月5日", "4月5號", "四月五日"]),
    (
        date("2020-04-05"),
        REF,
        ["将于4月5日举行", "將於4月5日舉行", "即将在4月5日开幕", "计划4月5日复工", "計劃4月5日復工"],
    ),
    (date("2021-04-05"), REF, ["明年4月5日"]),
    # marked future but a day or two before the reference: written before it went up (or in another time
    # zone), the day just past, not next year's; a week back it is next year's again
    (time("2023-11-15TAF"), "2023-11-16", ["中方将于当地时间11月15日下午出席宴会", "中方將於當地時間11月15日下午出席宴會"]),
    (date("2024-11-09"), "2023-11-16", ["中方将于11月9日出席宴会", "中方將於11月9日出席宴會"]),
    # after a district's name, a day with 日 (復興區12日停止上班); a house number takes 号 (中区12号大楼)
    (date("2021-10-12"), "2021-10-12", ["復興區12日停止上班上課", "复兴区12日停止上班上课"]),
    ([], "2021-10-12", ["中区12号大楼", "中區12號大樓"]),
    # English order, as stamps write it: the month, the day, a comma and the year
    (date("2024-11-06"), "2024-11-08", ["11月 6, 2024 | 新加坡消息", "11月6, 2024"]),
    (date("2021-08-06"), "2021-08-06", ["疑食物中毒 Aug 6, 2021", "August 6, 2021", "Aug. 6, 2021"]),
    ([date("2019-11")], REF, ["11月5, 2000人次"]),  # a count after the comma: only the month
    ([], REF, ["In a photo taken on June 25, 2012 Chinese artist", "voting in Kiev, Sunday, Oct. 28, 2012."]),
    # the next days of a list after a date, in Chinese numerals: days of that month, not counts of days
    (
        [date("2023-09-09"), date("2023-09-16"), date("2023-09-23")],
        "2023-09-07",
        ["匯演於九月九日、十六日和二十三日舉行", "汇演于九月九日、十六日和二十三日举行"],
    ),
    ([date("2022-05-28"), date("2022-05-29")], "2022-05-14", ["原訂本月廿八日及廿九日上演", "原订本月廿八日及廿九日上演"]),
    ([date("2022-05-05"), duration("P7D")], "2022-05-14", ["5日和七日内完成", "5日和七日內完成"]),
    # a date told as done where it stands (已, 曾 right after it) is past, whatever future word opens the clause
    (date("2021-07"), "2021-09-20", ["预计开放7月已接种首剂的长者施打", "預計開放7月已接種首劑的長者施打"]),
    (date("2020-03-04"), REF, ["3月4日"]),
    # months and years; a month starting within two months after the reference is the coming one
    (date("2012-11"), "2012-09-15", ["鼓励大家参加11月份的大选投票", "鼓勵大家參加11月份的大選投票"]),
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
    (date("2018-01-29"), "2018-03-15", ["29日"]),
    # a bare day up to ten days after the reference day is in the reference's month (a coming day)
    (date("2018-03-29"), "2018-03-22", ["29日", "29號", "二十九日"]),
    (date("1990-01"), REF, ["1990年1月"]),
    # reign and era years
    (date("1664-05"), REF, ["康熙三年五月"]),
    (date("1914"), REF, ["民国三年", "民國三年"]),
    (date("0705-11"), REF, ["神龙元年十一月", "神龍元年十一月"]),
    # decades: the value names the decade, the anchor its first year
    (date("199", anchor="1990", until="1999"), REF, ["90年代", "九十年代", "上世纪90年代"]),
    (date("187", anchor="1870", until="1879"), REF, ["十九世纪七十年代"]),
    # ranges of years and months
    (date("1995", until="1997"), REF, ["1995-1997年", "1995 - 1997年", "1995年至1997年"]),
    (date("2020-03", until="2020-05"), "2020-09-18", ["三月到五月", "3月到5月", "三月和五月之间"]),
    # a year-less month is read against the reference, not against another year-less month (10月, just
    # after the reference's month, is the coming one)
    ([date("2018-10"), date("2018-05")], "2018-09-18T18:00", ["10月和5月"]),
    # a month starting within two months after the reference is the coming one, as a year-less day within
    # the look-ahead (60 days) is; a month further on, or across the new year, is the past one
    (date("2024-04", mod="MID"), "2024-03-05", ["4月中旬", "四月中旬"]),
    (date("2024-05"), "2024-03-05", ["5月", "五月"]),
    (date("2023-07"), "2024-03-05", ["7月", "七月"]),
    (date("2018-01"), "2018-12-20", ["1月", "1月份"]),
    (date("1990", until=None), REF, ["1990年"]),
]

# ---------------------------------------------------------------------------------------------------
# forms read on real pages (in our own words), years other than 2020
# ---------------------------------------------------------------------------------------------------
REAL: list[Entry] = [
    # 公元前<n>年: a year before the common era, never a length of time
    (
        {"type": "DATE", "value": "XXXX", "anchor": None, "bce_year": 221},
        "2019-09-25",
        ["统一完成于公元前221年", "統一完成於公元前221年", "公元前二百二十一年"],
    ),
    (date("0618"), "2019-09-25", ["公元618年", "公元六一八年"]),
    # <yyyy><name>: a bare year before an event or festival name
    (date("2011"), "2011-10-28", ["2011中国国际工业博览会", "2011中國國際工業博覽會"]),
    (date("2018-02-16"), "2018-02-04", ["为迎接2018农历新年", "為迎接2018農曆新年"]),
    # <yyyy>—<yyyy>: years of a résumé without 年
    (
        date("1961", until="1965"),
        "2008-01-21",
        ["在1961—1965期间任翻译", "在1961—1965期間任翻譯", "1961-1965期间"],
    ),
    (date("1991", until="1994"), "2008-01-21", ["1991——1994任司长", "1991——1994任司長"]),
    # <yyyy>.<m>—: a year and month a stretch starts at
    (date("2003-07"), "2008-01-21", ["2003.7—任院长", "2003.7—任院長"]),
    # <roc>年<month>月: a year of the Republic of China
    ({"anchor": "2019-01-01", "year_kind": "roc"}, "2019-05-01", ["108年1月1日起施行", "108年1月1日起施行"]),
    # ... and before 年度 (a fiscal or programme year), not a count of years
    ({"anchor": "2015", "year_kind": "roc"}, "2015-12-05", ["104年度預算", "104年度预算"]),
    # Taiwan's school year (106學年度) and a two-digit fiscal year (98年度) are ROC years too
    ({"anchor": "2017", "year_kind": "roc"}, "2016-06-01", ["106學年度大學學測", "106学年度大学学测"]),
    ({"anchor": "2009", "year_kind": "roc"}, "2009-05-04", ["98年度預算", "98年度预算"]),
    (
        date("2015-H2", anchor="2015-07", until="2015-12"),
        "2015-12-05",
        ["104年度下半年評選", "104年度下半年评选"],
    ),
    (duration("P100Y"), "2015-12-05", ["100年的歷史", "100年的历史"]),
    # a bare year before a city, as events are named (2026台北燈節, 2024北京马拉松)
    (date("2026"), "2025-11-04", ["「2026台北燈節」花燈競賽", "「2026台北灯节」花灯竞赛", "2026北京马拉松"]),
    # ... and before a word of Taiwan's calendar of events (113年社團博覽會); a count of years never is one
    (
        {"anchor": "2024", "year_kind": "roc"},
        "2024-03-18",
        ["113年社團博覽會", "113年社团博览会", "113年國中會考"],
    ),
    (date("2024-H1", anchor="2024-01", until="2024-06"), "2024-03-18", ["113年上半年", "113年上半年"]),
    (duration("P100Y"), "2024-03-18", ["100年老店", "100年老店"]),
    (date("2011-03"), "2019-05-01", ["100年3月", "100年3月份"]),
    # <mm>/<dd>: in brackets, or as the ends of a range
    (
        [date("2025-12-31"), date("2025", mod="END")],
        "2025-12-31",
        ["今天（12/31）已是年底", "今天(12/31)已是年底"],
    ),
    (
        date("2025-10-21", until="2025-10-23"),
        "2025-09-19",
        ["将于10/21-10/23举行五金展", "將於10/21-10/23舉行五金展"],
    ),
    # the day's 日 after a slash date (決定11/11日全市停班)
    (date("2025-11-11"), "2025-11-10", ["決定11/11日全市停班", "决定11/11日全市停班"]),
    ([], "2025-09-19", ["约1/3的人", "約1/3的人", "比分3/5"]),
    # <mm>.<dd>(<weekday>): a dotted month and day before a bracketed weekday (Taiwan's listings)
    (date("2024-02-02"), "2024-01-25", ["亮燈02.02(五)", "亮灯02.02(五)"]),
    ([], "2024-01-25", ["股價漲了2.05(一)", "指数2.05"]),
    # <dd>/<mm>/<yyyy>: the day first
    (date("2017-02-01"), "2018-10-24", ["1/2/2017", "01/02/2017"]),
    (date("2017-01-10", until="2017-02-11"), "2018-10-24", ["10/1/2017-11/2/2017", "10/1/2017至11/2/2017"]),
    # the month first when the second number is past 12 (American Chinese papers); 31/4/2020 is no date
    (date("2021-10-16"), "2021-10-16", ["美國新聞中心10/16/2021報道", "美国新闻中心10/16/2021报道"]),
    ([], "2020-05-01", ["31/4/2020", "13/13/2020"]),
    # <roc>/<mm>/<dd>: a Republic-era year with slashes or dots (Taiwan)
    (date("2024-01-13"), "2024-01-20", ["公告日期:113/01/13", "公告日期：113.01.13"]),
    ([], "2024-01-20", ["版本1.113.01.13", "編號1.113.01.13"]),
    # <dd>.<mm>.<yyyy>: the same with dots (a Hong Kong mirror's 01.01.2020 17:44); a version is no date
    (time("2020-01-02T17:44"), "2020-05-01", ["02.01.2020 17:44", "2.1.2020 17:44"]),
    (date("2020-08-20"), "2020-09-01", ["發佈於 20.8.2020", "发布于 20.08.2020"]),
    # an e-paper's masthead spaces its dots; the weekday after it is the date's, not a count of weeks
    (date("2024-04-04"), "2024-04-10", ["4. 4. 2024 星期四", "4. 4. 2024"]),
    ([], "2020-05-01", ["版本v1.2.2020", "编号1.2.2020.3", "31.4.2020"]),
    # a bare year opening an event's name (2025粵港澳大灣區低空經濟大會); a count before its measure word is none
    (date("2025"), "2025-12-26", ["2025粵港澳大灣區低空經濟大會", "2025粤港澳大湾区低空经济大会"]),
    (date("2024"), "2025-12-26", ["2024巴黎奥运会", "2024巴黎奧運會"]),
    ([], "2025-12-26", ["2025名代表出席大会", "2025名代表出席大會", "全市2025家企业参加博览会"]),
    # a day running to the end of its month (报名3月1日至月底截止; 今天至月底)
    (date("2024-03-01", until="2024-03"), "2024-05-20", ["报名3月1日至月底", "報名3月1日至月底"]),
    # ... or of another month, named with its part (活动5月21日至6月底; 展期至6月下旬)
    (date("2023-05-21", until="2023-06"), "2023-05-10", ["活动5月21日至6月底", "活動5月21日至6月底", "5月21日至6月下旬"]),
    # <month>-<month>月: a range of months written with one 月
    (date("2019-01", until="2019-11"), "2019-12-11", ["1-11月", "1至11月", "1~11月份", "一至十一月"]),
    ({"anchor": "2018-01", "until": "2018-03"}, "2019-12-11", ["2018年1至3月", "2018年1-3月"]),
    # <day>-<day>日: a range or pair of days written with one 日
    (
        date("2014-09-11", until="2014-09-13"),
        "2014-09-11",
        ["11-13日有大雨", "11~13日有大雨", "11至13日有大雨", "11－13日有大雨", "11至13號有大雨"],
    ),
    (
        [date("2017-10-01"), date("2017-10-05", until="2017-10-06")],
        "2017-10-08",
        ["10月1日，5、6日", "10月1日，5、6號"],
    ),
    (date("2018-07-02", until="2018-07-04"), "2018-07-10", ["7月2-4日", "7月2~4日", "7月2至4號", "7月2—4日"]),
    # 11月19及20日: two days under one 日 joined by 及 or 和 are a pair like 5、6日 (Macau's notices)
    (
        date("2025-11-19", until="2025-11-20"),
        "2025-11-17",
        ["巴士路线于11月19及20日改道", "巴士路線於11月19及20日改道", "巴士路线于11月19和20日改道"],
    ),
    (date("2019-05-25", until="2019-05-27"), "2019-05-20", ["25—27日举行", "25——27日舉行", "25–27日举行"]),
    (
        date("2019-05-16", until="2019-05-22"),
        "2019-05-10",
        ["5月16日至廿二日举行", "五月十六日至廿二日舉行", "5月16日至二十二日"],
    ),
    # <day>日 in Chinese numerals, alone before a clock time or a pause
    (time("2016-03-23T15:00"), "2016-03-25", ["二十三日十五时", "二十三日十五時"]),
    (date("2016-03-30", mod="ON_OR_BEFORE"), "2016-04-02", ["截至三十日，", "截至三十日,"]),
    # a bare day right before a clock keeps the day (北京时间21日19时)
    (time("2015-02-21T19:00"), "2015-02-22", ["北京时间21日19时", "北京時間21日19時", "２１日１９时"]),
    (time("2015-02-05T10:30"), "2015-02-22", ["5日10:30开会", "5日10:30開會"]),
    # a bare 12/1 is a date only with a word of time next to it (12/1起, 于12/3, 12/5(周四)); 1/3 is a fraction
    (date("2019-12-05"), "2019-11-20", ["12/5(周四)截止", "12/5(週四)截止", "12/5（周四）截止"]),
    (date("2019-11-03"), "2019-11-20", ["于11/3举行", "於11/3舉行"]),
    (date("2022-09-30"), "2022-09-30", ["确诊9/30增43280本土", "確診9/30增43280本土", "9/30公布"]),
    ([], "2019-11-20", ["占1/3的人", "2/3以上"]),
    # a pair of days in Chinese numerals sharing one 日
    (
        date("2024-03-30", until="2024-03-31"),
        "2024-03-23",
        ["将在本月卅、卅一日举办", "將在本月卅、卅一日舉辦"],
    ),
    # a slash date and a later day of its month
    (
        date("2025-04-18", until="2025-04-20"),
        "2025-03-01",
        ["决定4/18至20日补办", "決定4/18至20日補辦", "4/18-20日补办"],
    ),
    # 五六月份, 三四月间: two months in a row with one 月; 十一月 is one month
    (date("2025-05", until="2025-06"), "2025-12-25", ["今年的五六月份", "今年的五六月份就订满"]),
    (date("2025-03", until="2025-04"), "2025-12-25", ["三四月间", "三四月間"]),
    (date("2025-11"), "2025-12-25", ["十一月份"]),
    # a day in Chinese numerals before a report's verb is a day of the month; before 内 a count of days
    (date("2024-10-20"), "2024-10-12", ["保育季二十日登场", "保育季二十日登場"]),
    # 一日 to 十日 after a word that schedules or moves an event: a day of the month (原订六日…延至十三日)
    (
        [date("2024-10-06"), date("2024-10-13")],
        "2024-10-04",
        ["原订六日开行，延至十三日", "原訂六日開行，延至十三日", "原定六日开行，延至十三号"],
    ),
    (date("2024-10-05"), "2024-10-04", ["原订五日在巴陵举办", "原訂五日在巴陵舉辦", "订于五日举办"]),
    # ... but not before a word of length (原定五日内完成)
    (duration("P5D"), "2024-10-04", ["原定五日内完成", "原定五日內完成"]),
    (date("2022-12-16"), "2022-12-17", ["陈秀熙十六日表示", "陳秀熙十六日表示", "教授十六日指出"]),
    # 1日-3日, each day with its 日; 日期间 is "during the days", not a 日期 (a date field)
    (date("2019-09-01", until="2019-09-03"), "2019-09-20", ["江西1日-3日接待游客", "江西1日～3日接待遊客"]),
    (
        date("2021-03-05", until="2021-03-12"),
        "2021-02-05",
        ["三月五日至十二日期间照常开放", "三月五日至十二日期間照常開放"],
    ),
    # a day before 报道 is the day of the report (据央视新闻21日报道); 日报 alone is a newspaper
    (date("2019-09-21"), "2019-09-22", ["据央视新闻21日报道", "據央視新聞21日報道", "21日报导"]),
    # Taiwan's years past a hundred, in Chinese numerals too
    (date("2019"), REF, ["中華民國一百零八年", "中华民国一百零八年", "民國一百零八年"]),
    # N号 after a word is a craft's or ship's number (海星6号), but the day of the month before a part of day
    (
        time("2025-11-26T14:51"),
        "2025-11-27",
        ["香港消防處26號下午兩點51分接報", "香港消防处26号下午两点51分接报"],
    ),
    # a slash date with its 日 written after it (2/6日) is one date: a range with another, a clock after it
    (date("2025-02-06", until="2025-02-12"), "2025-02-05", ["遶境自2/6日至2/12日", "绕境自2/6日至2/12日"]),
    (time("2025-02-06T07:30"), "2025-02-05", ["2/6日上午7時30分點燃頭號炮", "2/6日上午7时30分点燃头号炮"]),
    # 翌(15)日, 次（8）日: the next day with its day of the month in brackets, a clock after it
    (time("2025-04-15T15:00"), "2025-04-13", ["翌(15)日下午3時列席會議", "翌(15)日下午3时列席会议"]),
    (date("2025-02-08"), "2025-02-05", ["次（8）日", "隔(8)日"]),
    # a day in one Chinese numeral before a part of day, a clock or a festival is a day of the month
    # (四日清明節, 六日晚上八時); 第四日 and 每三日 count days, and 一日上午 stays "one morning"
    ([date("2021-04-04"), date("2021-04-04", anchor="2021-04-04")], "2021-04-05", ["四日清明節，人潮分散", "四日清明节，人潮分散"]),
    (time("2021-04-06T20:00"), "2021-04-05", ["六日晚上八時", "六日晚上八时"]),
    ([time("2021-04-05TMO")], "2021-04-05", ["第四日上午", "每三日上午", "有一日上午"]),
    # a year before 1800 after a word that places a happening in it (於1582年); a bare 1500年 is a length
    (date("1582"), "2025-12-26", ["利瑪竇於1582年經澳門進入中國", "利玛窦于1582年经澳门进入中国"]),
    ([], "2025-12-26", ["這座廟已有1500年歷史", "这座庙已有1500年历史", "距今1500年"]),
    # a day before 台风 is the day, then the storm (22日台风安比); a number before 号台风 names the typhoon
    (date("2018-07-22"), "2018-07-23", ["22日台风安比带来风雨", "22日颱風安比帶來風雨"]),
    (date("2017-08-03"), "2018-07-23", ["2017年8月3日台风登陆", "2017年8月3日颱風登陸"]),
    ([], "2018-07-23", ["第8号台风", "第8號颱風", "8号台风"]),
    # a day of the month before a word that would end a name after 号 (营业, 讲话, 班机, 山区, 车流量) is
    # the day and then the news; after 日 only a moving average (20日线) is a name
    (date("2018-07-22"), "2018-07-23", ["超市22日營業額上升", "超市22日营业额上升", "他22日講話時說", "他22日讲话时说", "22日班機取消", "22日山區有雨"]),
    (date("2018-07-22"), "2018-07-23", ["7月22日講話時說", "7月22日讲话时说"]),
    ([], "2018-07-23", ["股價跌破20日線", "股价跌破20日线", "3號樓", "2号线"]),
]
