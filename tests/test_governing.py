"""Which date governs a clause on real multi-outlet news (timeline/events/governing.py): the corpus.

Each line is (reference date, text, expected events): every event as (date, time of day, a piece of
its report sentence), in text order. Lines come in both scripts.
"""

from __future__ import annotations

import pytest

from timeline.events import document_events
from timeline.extract import extract_text
from timeline.textprep import to_simplified

# One rule per block, named as in timeline/events/governing.py.
CORPUS = [
    # without_stamps: a page's stamp a scraper glued to the lede is the page's time, not the happening's
    (
        "2015-06-05",
        "某江客船翻沉\n2015-06-05 09:076月1日晚,载有数百人的客船在某江某段翻沉,各方连夜搜救。",
        [("2015-06-01", "EV", "载有数百人的客船在某江某段翻沉")],
    ),
    (
        "2015-06-05",
        "某江客船翻沉\n2015-06-05 09:076月1日晚,載有數百人的客船在某江某段翻沉,各方連夜搜救。",
        [("2015-06-01", "EV", "載有數百人的客船在某江某段翻沉")],
    ),
    # without_stamps: a dateline or update stamp at the head of a sentence never governs a later date
    (
        "2022-03-09",
        "某某网3月9日讯 四川某县2022年3月8日21时12分发生4.5级地震，震源深度10千米。",
        [("2022-03-08", "21:12", "发生4.5级地震")],
    ),
    (
        "2022-03-09",
        "某某網3月9日訊 四川某縣2022年3月8日21時12分發生4.5級地震，震源深度10千米。",
        [("2022-03-08", "21:12", "發生4.5級地震")],
    ),
    (
        "2017-08-09",
        "（中央社記者陳某某台北9日電）中國大陸四川省九寨溝昨天發生規模7.0強震，造成多人死亡。",
        [("2017-08-08", None, "九寨溝昨天發生"), ("2017-08-08", None, "造成多人死亡")],
    ),
    (
        "2017-08-09",
        "（中央社记者陈某某台北9日电）中国大陆四川省九寨沟昨天发生规模7.0强震，造成多人死亡。",
        [("2017-08-08", None, "九寨沟昨天发生"), ("2017-08-08", None, "造成多人死亡")],
    ),
    (
        "2025-04-09",
        "【09:15更新】花蓮縣外海週二（8日）晚間發生規模6.1地震，全台有感。",
        [("2025-04-08", "EV", "發生規模6.1地震")],
    ),
    (
        "2025-04-09",
        "【09:15更新】花莲县外海周二（8日）晚间发生规模6.1地震，全台有感。",
        [("2025-04-08", "EV", "发生规模6.1地震")],
    ),
    (
        "2022-03-21",
        "【环球时报报道 记者 赵某】据央视新闻21日报道，一架波音737客机在广西梧州藤县发生事故。",
        [("2022-03-21", None, "藤县发生事故")],
    ),
    (
        "2018-10-28",
        "某網重慶10月28日電 重慶市公安局萬州區分局28日通報，當日10時許，一輛大巴車墜入江中。",
        [("2018-10-28", "10:00", "28日通報，當日10時許")],
    ),
    (
        "2018-10-28",
        "某网重庆10月28日电 重庆市公安局万州区分局28日通报，当日10时许，一辆大巴车坠入江中。",
        [("2018-10-28", "10:00", "28日通报，当日10时许")],
    ),
    # repair_mentions: 今凌晨, 今早, 今晨, 昨晚, 昨（8）日 keep their 今/昨; 昨午, 昨晨, 前晚, 前日
    ("2024-04-04", "花蓮縣秀林鄉今凌晨發生規模5.4餘震，暫無災情傳出。", [("2024-04-04", "NI", "今凌晨")]),
    ("2024-04-04", "花莲县秀林乡今早发生规模5.4余震，暂无灾情传出。", [("2024-04-04", "MO", "今早")]),
    ("2024-04-04", "花蓮縣秀林鄉今晨發生規模5.4餘震，暫無災情傳出。", [("2024-04-04", "MO", "今晨")]),
    ("2024-04-04", "花莲县秀林乡昨晚发生规模5.4余震，暂无灾情传出。", [("2024-04-03", "EV", "昨晚")]),
    (
        "2017-08-09",
        "四川九寨溝昨（8）日晚間發生7.0級地震，當地多處房屋受損。",
        [("2017-08-08", "EV", "昨（8）日")],
    ),
    (
        "2017-08-09",
        "四川九寨沟昨（8）日晚间发生7.0级地震，当地多处房屋受损。",
        [("2017-08-08", "EV", "昨（8）日")],
    ),
    (
        "2022-03-22",
        "中國東方航空一架客機昨午在廣西梧州藤縣墜毀，機上有132人。出事航班昨午1時10分由昆明起飛，"
        "下午2時19分突然急降，2時21分在雷達上消失。",
        [
            ("2022-03-21", "AF", "昨午在廣西"),
            ("2022-03-21", "13:10", "由昆明起飛"),
            ("2022-03-21", "14:19", "突然急降"),
            ("2022-03-21", "14:21", "在雷達上消失"),
        ],
    ),
    ("2024-04-04", "台湾花莲以东海域昨晨发生7.2级地震，多栋大楼倾斜。", [("2024-04-03", "MO", "昨晨发生")]),
    (
        "2017-08-10",
        "世界自然遺產四川九寨溝前晚發生7級大地震，逾4.5萬名遊客已疏散。",
        [("2017-08-08", "EV", "前晚")],
    ),
    (
        "2018-11-01",
        "武侠小说作家金庸前日下午在香港养和医院逝世，享年94岁。",
        [("2018-10-30", "AF", "前日下午")],
    ),
    (
        "2018-10-31",
        "香港行政长官今日（10月30日）对查良镛教授辞世深表哀悼。",
        [("2018-10-30", None, "深表哀悼")],
    ),
    (
        "2018-10-31",
        "香港行政長官今日（10月30日）對查良鏞教授辭世深表哀悼。",
        [("2018-10-30", None, "深表哀悼")],
    ),
    # ... and a happening named by its date, after its year, is dated to that day
    ("2024-04-03", "當局指這是1999年921大地震以來台灣最強的地震。", [("1999-09-21", None, "921大地震")]),
    ("2024-04-03", "这是1999年「921大地震」以来台湾最强烈的地震。", [("1999-09-21", None, "921大地震")]),
    # ... without a year, a day of the last two weeks names the story's happening; an older one
    # dates nothing
    (
        "2016-02-11",
        "台南市16層的某住宅大樓在206地震中倒塌，救援持續。",
        [("2016-02-06", None, "206地震中倒塌")],
    ),
    (
        "2016-02-11",
        "台南市16层的某住宅大楼在206地震中倒塌，救援持续。",
        [("2016-02-06", None, "206地震中倒塌")],
    ),
    ("2024-04-04", "氣象署表示，這是921大地震以來規模最大的地震。", []),
    # ... early in January, a day of the last two weeks may be of the year before
    ("2016-01-05", "某市一幢舊樓在1231地震中倒塌，救援持續。", [("2015-12-31", None, "1231地震中倒塌")]),
    # governing_mention: a bare part of day does not govern a clause whose date comes later in it
    ("2024-04-09", "夜裏，台北8日發生規模4.1地震，市區有明顯搖晃。", [("2024-04-08", "NI", "台北8日")]),
    ("2024-04-09", "夜里，台北8日发生规模4.1地震，市区有明显摇晃。", [("2024-04-08", "NI", "台北8日")]),
    # ... but a year after it is no day to take its clock: the clause keeps its own day (korea-martial-2024)
    (
        "2024-12-04",
        "韩国当地时间凌晨5时左右戒严令正式解除，是1980年以来首次。",
        [("2024-12-04", "05:00", "正式解除")],
    ),
    ("2024-12-04", "凌晨5時左右，戒嚴令正式解除，為1980年以來首次。", [("2024-12-04", "05:00", "正式解除")]),
    # ... nor does a month, or a festival eve setting the scene
    (
        "2018-11-13",
        "上月底離世的武俠小說作家金庸週一下午在香港殯儀館設靈，不設公祭。",
        [("2018-11-12", None, "殯儀館設靈")],
    ),
    (
        "2024-04-04",
        "清明前夕，台湾花莲以东海域昨晨发生7.2级地震，多栋大楼倾斜。",
        [("2024-04-03", "MO", "昨晨发生")],
    ),
    # join_stamp_lines: a live-blog stamp alone on its line dates the line after it
    (
        "2024-05-03",
        "花蓮地震最新消息\n\n花蓮縣外海昨晚發生規模6.1地震，各地陸續傳出災情。\n\n●5月3日08時15分\n"
        "花蓮縣政府宣布全縣停班停課，請民眾留意安全。\n\n●5月3日09時30分\n台鐵北迴線恢復通車，部分班次仍有延誤。",
        [
            ("2024-05-02", "EV", "昨晚發生"),
            ("2024-05-03", "08:15", "全縣停班停課"),
            ("2024-05-03", "09:30", "恢復通車"),
        ],
    ),
    (
        "2024-05-03",
        "花莲地震最新消息\n\n花莲县外海昨晚发生规模6.1地震，各地陆续传出灾情。\n\n●5月3日08时15分\n"
        "花莲县政府宣布全县停班停课，请民众留意安全。",
        [("2024-05-02", "EV", "昨晚发生"), ("2024-05-03", "08:15", "全县停班停课")],
    ),
    # clause_cut and split_happenings: a sentence with two happenings splits
    (
        "2024-04-04",
        "花蓮昨天發生規模7.2地震，截至今凌晨3時已致9人死亡。",
        [("2024-04-03", None, "花蓮昨天發生"), ("2024-04-04", "03:00", "截至今凌晨3時已致9人死亡")],
    ),
    (
        "2024-04-04",
        "花莲昨天发生规模7.2地震，截至今凌晨3时已致9人死亡。",
        [("2024-04-03", None, "花莲昨天发生"), ("2024-04-04", "03:00", "截至今凌晨3时已致9人死亡")],
    ),
    (
        "2024-04-04",
        "台湾花莲以东海域昨晨发生7.2级地震，至少造成9死、1011伤。",
        [("2024-04-03", "MO", "昨晨发生"), ("2024-04-03", None, "至少造成9死")],
    ),
    (
        "2017-08-09",
        "中國大陸四川省九寨溝昨晚發生規模7.0強震，中央氣象局長今天接受訪問時表示與台灣無關。",
        [("2017-08-08", "EV", "昨晚發生"), ("2017-08-09", None, "今天接受訪問")],
    ),
    # repair_mentions: a bare clock time opening the paragraph after an evening one counts on from it
    (
        "2017-08-08",
        "8月8日21時19分，四川某縣發生7.0級地震，震源深度20公里。\n\n9時41分，當地又發生規模3.3的餘震，震源深度9公里。",
        [("2017-08-08", "21:19", "發生7.0級地震"), ("2017-08-08", "21:41", "又發生規模3.3")],
    ),
    (
        "2017-08-08",
        "8月8日21时19分，四川某县发生7.0级地震，震源深度20千米。\n\n9时41分，当地又发生3.3级余震，震源深度9千米。",
        [("2017-08-08", "21:19", "发生7.0级地震"), ("2017-08-08", "21:41", "又发生3.3级")],
    ),
    # repair_mentions: twelve o'clock in an evening or the night is that day's midnight, not noon
    (
        "2014-08-01",
        "某市某區昨天深夜近12時疑因地下管線氣體外洩發生大爆炸，多條道路被炸開。",
        [("2014-07-31", "24:00", "昨天深夜近12時")],
    ),
    (
        "2014-08-01",
        "某市某区昨天深夜近12时疑因地下管线气体外泄发生大爆炸，多条道路被炸开。",
        [("2014-07-31", "24:00", "昨天深夜近12时")],
    ),
    (
        "2014-08-01",
        "某市某區昨天中午12時發生大爆炸，多條道路被炸開。",
        [("2014-07-31", "12:00", "昨天中午12時")],
    ),
    # ... and a midnight told after an evening clock of the day before ends that evening's day
    (
        "2014-08-01",
        "某市某區星期四晚八時半左右懷疑有氣體洩漏，消防接報到場。\n\n午夜十二時左右，多處接連爆炸。",
        [("2014-07-31", "20:30", "晚八時半"), ("2014-07-31", "24:00", "午夜十二時左右")],
    ),
    (
        "2014-08-01",
        "某市某区星期四晚八时半左右怀疑有气体泄漏，消防接报到场。\n\n午夜十二时左右，多处接连爆炸。",
        [("2014-07-31", "20:30", "晚八时半"), ("2014-07-31", "24:00", "午夜十二时左右")],
    ),
    (
        "2014-08-01",
        "某市某區午夜十二時左右多處接連爆炸，至少五個爆炸點。",
        [("2014-08-01", "00:00", "午夜十二時左右")],
    ),
    # repair_mentions: a bare day before a part of day or a clock time (31日晚, 4日0時) is a day of
    # the reference's month, or of the month before when it has not come
    (
        "2018-11-01",
        "某網11月1日報道 某出版公司31日晚代表家人發出訃告，喪禮以私人形式舉行。",
        [("2018-10-31", "EV", "31日晚代表家人")],
    ),
    (
        "2018-11-01",
        "某网11月1日报道 某出版公司31日晚代表家人发出讣告，丧礼以私人形式举行。",
        [("2018-10-31", "EV", "31日晚代表家人")],
    ),
    (
        "2024-04-03",
        "氣象署統計，4日0時至4時30分又有46起餘震，其中2時29分的規模5.4最大。",
        [("2024-04-04", "00:00", "4日0時至4時30分")],
    ),
    (
        "2024-04-03",
        "气象署统计，4日0时至4时30分又有46起余震，其中2时29分的规模5.4最大。",
        [("2024-04-04", "00:00", "4日0时至4时30分")],
    ),
    # split_happenings: a sequence word opening a comma clause (隨後, 此前, 同时) and a second subject
    # doing likewise (……也/亦/又/再……) start happenings of their own; a time that opens the sentence
    # stays with the clause after it, and a name in short quotes (「某某大樓」) is no quotation
    (
        "2024-12-04",
        "某國總統3日晚間宣布緊急戒嚴，隨後國會宣布戒嚴無效。",
        [("2024-12-03", "EV", "3日晚間宣布"), ("2024-12-03", None, "隨後國會宣布")],
    ),
    (
        "2024-12-04",
        "某国总统3日晚间宣布紧急戒严，随后国会宣布戒严无效。",
        [("2024-12-03", "EV", "3日晚间宣布"), ("2024-12-03", None, "随后国会宣布")],
    ),
    (
        "2025-02-09",
        "某省應急廳8日已啟動三級應急響應，省減災委亦啟動四級救災響應。",
        [("2025-02-08", None, "已啟動三級"), ("2025-02-08", None, "省減災委亦啟動")],
    ),
    (
        "2016-02-07",
        "某市6日下午地震後，「某某大樓」倒塌，另一區「某某路」也有民房倒塌。",
        [("2016-02-06", "AF", "「某某大樓」倒塌"), ("2016-02-06", None, "「某某路」也有民房倒塌")],
    ),
    (
        "2017-08-08",
        "8月8日21時41分，當地再錄得一次3.3級餘震，震源深度9公里。",
        [("2017-08-08", "21:41", "當地再錄得")],
    ),
    # split_happenings: a comma clause that its own time opens after a few words is a happening of its
    # own; not a forecast (……就會……), a source that frames the time (據……測定，), a gloss in brackets
    # (當地時間……，台灣時間……); words before the time that their context cannot date go with it
    (
        "2023-09-04",
        "「某颱」今日凌晨4點二度登陸某市，沿海岸線北上，再於7至8點從某地出海。",
        [("2023-09-04", "04:00", "二度登陸"), ("2023-09-04", "07:00", "再於7至8點")],
    ),
    (
        "2023-09-04",
        "「某台」今日凌晨4点二度登陆某市，沿海岸线北上，再于7至8点从某地出海。",
        [("2023-09-04", "04:00", "二度登陆"), ("2023-09-04", "07:00", "再于7至8点")],
    ),
    (
        "2023-09-04",
        "颱風中心明天早上8點左右位在某島近海，本島明天上午就會脫離暴風圈。",
        [("2023-09-05", "08:00", "就會脫離")],
    ),
    (
        "2023-09-04",
        "據某台網正式測定，9月3日21時19分，某縣發生7.0級地震。",
        [("2023-09-03", "21:19", "據某台網")],
    ),
    (
        "2023-09-04",
        "某機構說，某海域3日（當地時間3日下午6時23分，台灣時間4日早上7時23分）發生規模7.6地震。",
        [("2023-09-03", None, "台灣時間4日早上")],
    ),
    (
        "2023-09-04",
        "某客機起飛後不久，機組人員發現起落架有問題，決定折返，上午7時25分重新降落某機場。",
        [("2023-09-04", "07:25", "起落架有問題")],
    ),
    # split_happenings: a time of its own after a colon opens a happening too (……會商研判：颱風已於15時30分
    # 登陸), not after a source that a colon ends (某台網正式測定：9月3日14時44分……)
    (
        "2023-09-03",
        "记者从某省防指获悉，3日17时，防汛、气象会商研判：第11号台风“某某”已于3日15时30分前后在某市沿海登陆。",
        [("2023-09-03", "17:00", "会商研判"), ("2023-09-03", "15:30", "沿海登陆")],
    ),
    (
        "2023-09-03",
        "某地震台网正式测定：9月3日14时44分在某县发生6.9级地震，震源深度10千米。",
        [("2023-09-03", "14:44", "正式测定：9月3日")],
    ),
    # split_happenings: the people aboard and their fate a few words on (機上181人中只有2人獲救) are a
    # toll of their own after the crash; a fear (恐造成數千人罹難) is not
    (
        "2024-12-29",
        "某航空客機29日在某國際機場墜毀，機上181人中只有2人獲救。",
        [("2024-12-29", None, "在某國際機場墜毀"), ("2024-12-29", None, "只有2人獲救")],
    ),
    (
        "2024-12-29",
        "某航空客机29日在某国际机场坠毁，机上181人仅2人生还。",
        [("2024-12-29", None, "在某国际机场坠毁"), ("2024-12-29", None, "仅2人生还")],
    ),
    (
        "2024-12-29",
        "某機構29日警告，這次強震屬大規模災難，恐造成數千人罹難。",
        [("2024-12-29", None, "恐造成數千人罹難")],
    ),
    # split_happenings: the missing after a landslide are a toll of their own
    (
        "2025-02-08",
        "四川省某市某縣某鎮某村一處山體8日中午突然滑坡，30餘人失去聯繫。",
        [("2025-02-08", "MI", "突然滑坡"), ("2025-02-08", None, "30餘人失去聯繫")],
    ),
    (
        "2025-02-08",
        "四川省某市某县某镇某村一处山体8日中午突然滑坡，30余人失去联系。",
        [("2025-02-08", "MI", "突然滑坡"), ("2025-02-08", None, "30余人失去联系")],
    ),
    # split_happenings: a call to the responders and the happening the caller told are two
    (
        "2025-02-13",
        "某市消防局13日上午11時33分接到報案，稱某百貨疑似發生爆炸。",
        [("2025-02-13", "11:33", "接到報案"), ("2025-02-13", None, "疑似發生爆炸")],
    ),
    (
        "2025-02-13",
        "某市消防局13日上午11时33分接获报警，称某百货疑似发生爆炸。",
        [("2025-02-13", "11:33", "接获报警"), ("2025-02-13", None, "疑似发生爆炸")],
    ),
    # split_happenings: a toll after a derailment is its own happening; a topic phrase
    # (對21日發生的……事故，) reports the happening it names, the rest is the statement about it
    (
        "2021-04-02",
        "台鐵一列列車今早途經花蓮一條隧道時出軌，最少50人死亡，逾100人受傷。",
        [("2021-04-02", "MO", "今早途經"), ("2021-04-02", None, "最少50人死亡")],
    ),
    (
        "2021-04-02",
        "台铁一列列车今早途经花莲一条隧道时出轨，最少50人死亡，逾100人受伤。",
        [("2021-04-02", "MO", "今早途经"), ("2021-04-02", None, "最少50人死亡")],
    ),
    (
        "2022-03-22",
        "記者22日從某公司了解到，對21日發生的客機墜毀事故，該公司表示正與航空公司合作。",
        [("2022-03-22", None, "記者22日"), ("2022-03-21", None, "對21日發生的客機墜毀事故")],
    ),
    (
        "2022-03-22",
        "记者22日从某公司了解到，对21日发生的客机坠毁事故，该公司表示正与航空公司合作。",
        [("2022-03-22", None, "记者22日"), ("2022-03-21", None, "对21日发生的客机坠毁事故")],
    ),
    # split_happenings: a toll at the scene (現場361人燒燙傷) after the happening is its own happening
    (
        "2015-06-28",
        "6月27日晚8時30分許，某樂園的派對突然發生塵爆並引發火災，現場361人燒燙傷，其中229人送醫。",
        [("2015-06-27", "20:30", "發生塵爆並引發火災"), ("2015-06-27", None, "現場361人燒燙傷")],
    ),
    (
        "2015-06-28",
        "6月27日晚8时30分许，某乐园的派对突然发生尘爆并引发火灾，现场361人烧烫伤，其中229人送医。",
        [("2015-06-27", "20:30", "发生尘爆并引发火灾"), ("2015-06-27", None, "现场361人烧烫伤")],
    ),
    # split_happenings: an agency's act after the happening, and a happening of another kind it set
    # off, told with a subject of its own; a bare 並引發 (no subject) stays with the happening
    (
        "2024-01-02",
        "某縣周一（1日）下午4時許發生7.6級大地震，最大震度7級，日本氣象廳對沿海等地發布「大海嘯警報」。",
        [("2024-01-01", "16:00", "發生7.6級大地震"), ("2024-01-01", None, "日本氣象廳對沿海")],
    ),
    (
        "2024-01-02",
        "某县周一（1日）下午4时许发生7.6级大地震，最大震度7级，日本气象厅对沿海等地发布“大海啸警报”。",
        [("2024-01-01", "16:00", "发生7.6级大地震"), ("2024-01-01", None, "日本气象厅对沿海")],
    ),
    (
        "2024-01-02",
        "某縣1日下午發生7.6級地震，某市觀測到1.2米以上的海嘯。",
        [("2024-01-01", "AF", "發生7.6級地震"), ("2024-01-01", None, "觀測到1.2米以上的海嘯")],
    ),
    (
        "2024-01-02",
        "某县1日下午发生7.6级地震，某市观测到1.2米以上的海啸。",
        [("2024-01-01", "AF", "发生7.6级地震"), ("2024-01-01", None, "观测到1.2米以上的海啸")],
    ),
    (
        "2022-03-22",
        "一架客機21日在廣西梧州墜毀，並引發山火，機上共有132人。",
        [("2022-03-21", None, "墜毀，並引發山火")],
    ),
    (
        "2022-03-22",
        "一架客机21日在广西梧州坠毁，并引发山火，机上共有132人。",
        [("2022-03-21", None, "坠毁，并引发山火")],
    ),
    # split_happenings: a second act by a subject of its own at a clock of its own is its own
    # happening; another time of the day with no act of its own stays in the clause
    (
        "2014-08-01",
        "「內政部」凌晨1時成立災害應變中心，指揮官張某某清晨6時召開記者會，稱原以為是瓦斯。",
        [("2014-08-01", "01:00", "成立災害應變中心"), ("2014-08-01", "06:00", "清晨6時召開記者會")],
    ),
    (
        "2014-08-01",
        "“内政部”凌晨1时成立灾害应变中心，指挥官张某某清晨6时召开记者会，称原以为是瓦斯。",
        [("2014-08-01", "01:00", "成立灾害应变中心"), ("2014-08-01", "06:00", "清晨6时召开记者会")],
    ),
    (
        "2014-08-01",
        "“内政部”凌晨1时成立灾害应变中心，人员清晨6时全部到位。",
        [("2014-08-01", "01:00", "人员清晨6时全部到位")],
    ),
    # split_happenings: an announcement's time is not the time of what it tells
    (
        "2018-10-31",
        "《明報》30日（周二）傍晚7時28分在網站發布消息，稱創辦人查良鏞逝世，享年94歲。",
        [("2018-10-30", "19:28", "在網站發布消息"), ("2018-10-30", None, "稱創辦人查良鏞逝世")],
    ),
    (
        "2018-10-31",
        "《明报》30日（周二）傍晚7时28分在网站发布消息，称创办人查良镛逝世，享年94岁。",
        [("2018-10-30", "19:28", "在网站发布消息"), ("2018-10-30", None, "称创办人查良镛逝世")],
    ),
    (
        "2021-04-02",
        "國台辦下午發出新聞稿，稱高度關切事故，關注後續救援。",
        [("2021-04-02", "AF", "發出新聞稿，稱高度關切事故")],
    ),
    (
        "2021-04-02",
        "国台办下午发出新闻稿，称高度关切事故，关注后续救援。",
        [("2021-04-02", "AF", "发出新闻稿，称高度关切事故")],
    ),
    # Context: an undated clause that tells a happening takes its paragraph's date, else the lead's,
    # else the publication date; background years are never inherited, commentary never dated
    (
        "2022-03-22",
        "【明報專訊】中國東方航空一架客機，昨午在廣西梧州藤縣墜毀，機上有132人。\n\n"
        "事發後，國家主席作出指示，要求全力組織搜救。",
        [("2022-03-21", "AF", "昨午在廣西"), ("2022-03-21", None, "國家主席作出指示")],
    ),
    (
        "2024-04-03",
        "【有線新聞】台灣花蓮對出海域發生黎克特制7.2級地震，多棟大廈倒塌。\n\n"
        "這是1999年以來台灣最強的地震，專家預料未來數日或有強烈餘震。\n\n台北捷運全線停駛一小時，乘客需要徒步離開車站。",
        # the undated lead is the news of the publication day, and so is the later undated happening
        # (as under a dated lead, below); the 1999 background is not inherited
        [
            ("2024-04-03", None, "對出海域發生"),
            ("1999", None, "這是1999年以來"),
            ("2024-04-03", None, "台北捷運"),
        ],
    ),
    (
        "2024-04-04",
        "台湾花莲以东海域昨晨发生7.2级地震，多栋大楼倾斜。\n\n"
        "这是1999年以来台湾最强烈的地震，专家预计未来几日仍有强烈余震。\n\n台北捷运全线停驶一小时，乘客徒步离开车站。",
        # a dated lead dates the story's later undated happenings; the 1999 background does not
        [
            ("2024-04-03", "MO", "昨晨发生"),
            ("1999", None, "这是1999年以来"),
            ("2024-04-03", None, "台北捷运"),
        ],
    ),
    # Context: a running toll (已造成……死亡) or a statement opening its sentence (入境處表示，) is told
    # as of the publication day, not the day of the happening before it; a toll of the happening's
    # own day is not
    (
        "2024-01-02",
        "某县1月1日下午发生7.6级地震。据某社报道，某町又确认4人死亡，地震已造成至少24人死亡。",
        [("2024-01-01", "AF", "发生7.6级地震"), ("2024-01-02", None, "已造成至少24人死亡")],
    ),
    (
        "2024-01-02",
        "某縣1月1日下午發生7.6級地震。據某社報道，某町又確認4人死亡，地震已造成至少24人死亡。",
        [("2024-01-01", "AF", "發生7.6級地震"), ("2024-01-02", None, "已造成至少24人死亡")],
    ),
    (
        "2015-06-28",
        "某樂園昨晚（27日）舉行派對時發生爆炸，傷者多達數百人。\n\n入境處表示，5名受傷港人都是女性，已派員到當地協助。",
        [("2015-06-27", "EV", "發生爆炸"), ("2015-06-28", None, "入境處表示")],
    ),
    (
        "2015-06-28",
        "某乐园昨晚（27日）举行派对时发生爆炸，伤者多达数百人。\n\n入境处表示，5名受伤港人都是女性，已派员到当地协助。",
        [("2015-06-27", "EV", "发生爆炸"), ("2015-06-28", None, "入境处表示")],
    ),
    (
        "2015-06-28",
        "某乐园昨晚（27日）举行彩色派对时发生粉尘爆炸，伤者多达数百人。\n\n现场有数十人被困，消防员随后救出多人。",
        [("2015-06-27", "EV", "发生粉尘爆炸"), ("2015-06-27", None, "数十人被困")],
    ),
    # Context: recoveries, arrests and police findings tell a happening too
    (
        "2018-10-28",
        "重慶萬州區今早有一輛公車與對向來車擦撞，衝破長江二橋護欄墜入長江。\n\n搜救人員目前已撈起2具遺體，其餘乘客仍下落不明。鄺姓女駕駛已被警方帶回調查。",
        [("2018-10-28", "MO", "今早"), ("2018-10-28", None, "撈起2具遺體"), ("2018-10-28", None, "帶回調查")],
    ),
    (
        "2018-10-28",
        "重庆万州区今早有一辆公车与对向来车擦撞，冲破长江二桥护栏坠入长江。\n\n搜救人员目前已捞起2具遗体，其余乘客仍下落不明。邝姓女驾驶已被警方带回调查。",
        [("2018-10-28", "MO", "今早"), ("2018-10-28", None, "捞起2具遗体"), ("2018-10-28", None, "带回调查")],
    ),
    # Context: a lead that opens on what came before (…地震後，; 自…起) tells its story on the later date
    (
        "2022-09-18",
        "某縣17日晚間規模6.4地震後，今天下午2時44分又發生規模6.8地震。\n\n此外某鎮一棟大樓倒塌，車站月台屋頂也塌落。",
        [
            ("2022-09-17", "EV", "17日晚間"),
            ("2022-09-18", "14:44", "又發生"),
            ("2022-09-18", None, "大樓倒塌"),
            # a second subject that does likewise (……屋頂也塌落) tells a happening of its own
            ("2022-09-18", None, "屋頂也塌落"),
        ],
    ),
    (
        "2022-09-18",
        "某县自17日晚间9时许起接连地震，18日下午2时44分再发生规模6.8地震。\n\n某镇一栋楼房倒塌，屋内仍有人。",
        [
            ("2022-09-17", "21:00", "接连地震"),
            ("2022-09-18", "14:44", "再发生"),
            ("2022-09-18", None, "楼房倒塌"),
        ],
    ),
    # split_happenings: what responders did after the happening, in the same sentence, is its own
    (
        "2022-09-18",
        "某鎮今日下午發生規模6.8地震，全台有感，多地傳出災情。\n\n一幢建築物倒塌，4人被困，救援人員其後救出一對夫婦，另一對母女仍待救援。",
        [
            ("2022-09-18", "AF", "傳出災情"),
            ("2022-09-18", None, "4人被困"),
            ("2022-09-18", None, "救出一對夫婦"),
        ],
    ),
    (
        "2022-09-18",
        "某镇今日下午发生规模6.8地震，全台有感，多地传出灾情。\n\n一幢商住楼倒塌，消防员在瓦砾中找到房东夫妇，先后将两人救出送院。",
        [
            ("2022-09-18", "AF", "传出灾情"),
            ("2022-09-18", None, "商住楼倒塌"),
            ("2022-09-18", None, "救出送院"),
        ],
    ),
    # split_happenings: a death at its own clock time after the fall that led to it is its own
    # happening; a clock that opens a clause telling no death, or a death with no happening before, is not
    (
        "2025-12-19",
        "台北市今日傍晚發生隨機攻擊。嫌犯遭警方包圍後從某百貨頂樓墜落，晚間7點42分確認死亡。",
        [
            ("2025-12-19", "EV", "發生隨機攻擊"),
            ("2025-12-19", None, "頂樓墜落"),
            ("2025-12-19", "19:42", "確認死亡"),
        ],
    ),
    (
        "2025-12-19",
        "台北市今日傍晚发生随机攻击。嫌犯遭警方包围后从某百货顶楼坠落，晚间7点42分确认死亡。",
        [
            ("2025-12-19", "EV", "发生随机攻击"),
            ("2025-12-19", None, "顶楼坠落"),
            ("2025-12-19", "19:42", "确认死亡"),
        ],
    ),
    (
        "2025-12-19",
        "某男從6樓後方墜落，送往某醫院，晚間7點48分急救無效。",
        [("2025-12-19", None, "6樓後方墜落"), ("2025-12-19", "19:48", "急救無效")],
    ),
    (
        "2025-12-19",
        "某男从6楼后方坠落，送往某医院，晚间7点48分抢救无效。",
        [("2025-12-19", None, "6楼后方坠落"), ("2025-12-19", "19:48", "抢救无效")],
    ),
    (
        "2025-12-19",
        "某男從6樓後方墜落，晚間7點42分送抵醫院。",
        [("2025-12-19", "19:42", "送抵醫院")],
    ),
    (
        "2025-12-19",
        "市長到場視察，晚間7點42分宣布確認死亡人數。",
        [("2025-12-19", "19:42", "宣布確認死亡人數")],
    ),
    # Context: arson, a thrown smoke bomb, a fall and a centre set up tell a happening
    (
        "2025-12-19",
        "【某某新聞】台北車站今（19日）傍晚有人擲煙霧彈，一人重傷，另一人吸入煙霧不適。疑犯其後從約6樓高處墮下。\n\n"
        "警方表示，已在警察局本部成立反恐應變中心。某男先在租屋處縱火，再前往車站。嫌犯先在車站出口丟擲煙霧彈，濃煙四起。",
        [
            ("2025-12-19", "EV", "擲煙霧彈"),
            ("2025-12-19", None, "6樓高處墮下"),
            ("2025-12-19", None, "成立反恐應變中心"),
            ("2025-12-19", None, "租屋處縱火"),
            ("2025-12-19", None, "丟擲煙霧彈"),
        ],
    ),
    (
        "2025-12-19",
        "【某某新闻】台北车站今（19日）傍晚有人掷烟雾弹，一人重伤，另一人吸入烟雾不适。疑犯其后从约6楼高处堕下。\n\n"
        "警方表示，已在警察局本部成立反恐应变中心。某男先在租屋处纵火，再前往车站。嫌犯先在车站出口丢掷烟雾弹，浓烟四起。",
        [
            ("2025-12-19", "EV", "掷烟雾弹"),
            ("2025-12-19", None, "6楼高处堕下"),
            ("2025-12-19", None, "成立反恐应变中心"),
            ("2025-12-19", None, "租屋处纵火"),
            ("2025-12-19", None, "丢掷烟雾弹"),
        ],
    ),
    # Context: damage by fire, an apology and a post tell a happening too
    (
        "2024-01-02",
        "【某某新聞】某市中心1月1日晚間發生大火，消防人員持續灌救。\n\n大火已燒毀住宅、商鋪等約200棟建築。局長向民眾致歉，並承諾徹查。台灣領導人某某某發文，呼籲民眾冷靜。",
        [
            ("2024-01-01", "EV", "發生大火"),
            ("2024-01-01", None, "燒毀住宅"),
            ("2024-01-01", None, "向民眾致歉"),
            ("2024-01-01", None, "發文"),
        ],
    ),
    (
        "2024-01-02",
        "【某某新闻】某市中心1月1日晚间发生大火，消防人员持续灌救。\n\n大火已烧毁住宅、商铺等约200栋建筑。局长向民众致歉，并承诺彻查。台湾领导人某某某发文，呼吁民众冷静。",
        [
            ("2024-01-01", "EV", "发生大火"),
            ("2024-01-01", None, "烧毁住宅"),
            ("2024-01-01", None, "向民众致歉"),
            ("2024-01-01", None, "发文"),
        ],
    ),
    # Context: a bridge that breaks or a road cut off tells a happening
    (
        "2022-09-18",
        "某县今日下午发生6.8级地震，全台有感，多地传出灾情。\n\n某某大桥断裂，3人跌落桥下。",
        [("2022-09-18", "AF", "6.8级地震"), ("2022-09-18", None, "大桥断裂")],
    ),
    # Damage told after a quake by a subject of its own is another happening
    (
        "2016-02-06",
        "高雄美濃6日凌晨3時57分發生規模6.4強烈地震，台南多棟樓房傾斜倒塌。",
        [("2016-02-06", "03:57", "6.4強烈地震"), ("2016-02-06", None, "傾斜倒塌")],
    ),
    (
        "2016-02-06",
        "高雄美浓6日凌晨3时57分发生规模6.4强烈地震，台南多栋楼房倾斜倒塌。",
        [("2016-02-06", "03:57", "6.4强烈地震"), ("2016-02-06", None, "倾斜倒塌")],
    ),
    # A count since a happening (28日強震後已監測到12次餘震) is dated when it was told, not by the day it
    # counts from
    (
        "2025-03-29",
        "某國氣象局29日凌晨發布消息稱，28日強震後已監測到12次餘震，其中最高7.5級。",
        [("2025-03-29", "NI", "12次餘震")],
    ),
    (
        "2025-03-29",
        "某国气象局29日凌晨发布消息称，28日强震后已监测到12次余震，其中最高7.5级。",
        [("2025-03-29", "NI", "12次余震")],
    ),
]


@pytest.mark.parametrize(("ref", "text", "expected"), CORPUS, ids=[line[1][:18] for line in CORPUS])
def test_governing_date(ref, text, expected):
    document = extract_text(text, ref, doc_id="x.txt")
    found = [
        (event["date"], event["time"], event["mentions"][0]["sentence"])
        for event in document_events(document)
    ]
    assert len(found) == len(expected), found
    for (date, time_of_day, sentence), (want_date, want_time, piece) in zip(found, expected, strict=True):
        assert piece in sentence, (piece, sentence)
        assert (date, time_of_day) == (want_date, want_time), sentence


def test_an_inherited_report_says_so_and_points_at_what_dates_it():
    text = "【明報專訊】中國東方航空一架客機，昨午在廣西梧州藤縣墜毀。\n\n事發後，國家主席作出指示，要求全力搜救。"
    events = document_events(extract_text(text, "2022-03-22", doc_id="x.txt"))
    inherited = events[1]["mentions"][0]
    assert inherited["dated_by"] == "context"
    assert text[inherited["start"] : inherited["end"]] == inherited["text"] == "昨午"
    assert "dated_by" not in events[0]["mentions"][0]


def test_an_undated_lead_takes_the_publication_date_and_commentary_takes_none():
    text = "台灣花蓮對出海域發生規模7.2地震，多棟大廈倒塌。\n\n這是台灣廿五年來最強的地震，影響深遠。"
    events = document_events(extract_text(text, "2024-04-03", doc_id="x.txt"))
    assert [(e["date"], e["mentions"][0]["text"]) for e in events] == [("2024-04-03", "")]


@pytest.mark.parametrize(
    "text",
    [
        "内蒙古某旗一处露天煤矿发生大面积坍塌，多名作业人员被埋。\n\n"
        "国家矿山安监局已启动事故救援一级响应，多支救援队正赶赴现场。",
        "內蒙古某旗一處露天煤礦發生大面積坍塌，多名作業人員被埋。\n\n"
        "國家礦山安監局已啟動事故救援一級響應，多支救援隊正趕赴現場。",
    ],
)
def test_happenings_after_an_undated_lead_take_the_publication_date_too(text):
    # An undated lead that tells the news dates it at publication: that is the story's date, and a
    # later undated happening (the rescue response) takes it, as it would take a dated lead's date.
    events = document_events(extract_text(text, "2023-02-22", doc_id="x.txt"))
    assert [e["date"] for e in events] == ["2023-02-22", "2023-02-22"]
    assert "一级响应" in to_simplified(events[1]["mentions"][0]["sentence"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a contest's result told by an undated lead: the news of the publication day
        ("奥运网球女单决赛，选手林某直落两盘击败对手夺金，成为首位夺得该项金牌的本国选手。", ["2024-08-04"]),
        ("奧運網球女單決賽，選手林某直落兩盤擊敗對手奪金，成為首位奪得該項金牌的本國選手。", ["2024-08-04"]),
        # a court's result after a dated lead takes the lead's date
        (
            "某地中级人民法院昨日上午开庭审理一宗造成三人死亡的纵火案。\n\n法院最终判处被告人有期徒刑十二年，并赔偿损失。",
            ["2024-08-03", "2024-08-03"],
        ),
    ],
)
def test_results_of_a_contest_or_a_court_are_happenings(text, expected):
    events = document_events(extract_text(text, "2024-08-04", doc_id="x.txt"))
    assert [e["date"] for e in events] == expected


def test_a_subtitle_line_inherits_nothing():
    text = "132人客機墜廣西\n8800米高空驟降 習指示全力搜救\n\n【明報專訊】一架客機昨午在廣西梧州藤縣墜毀，機上有132人。"
    events = document_events(extract_text(text, "2022-03-22", doc_id="x.txt"))
    assert [e["date"] for e in events] == ["2022-03-21"]


def test_a_heading_or_link_line_inherits_nothing():
    text = "台灣花蓮昨晚發生規模6.1地震，多處房屋受損。\n\n地震晃到地裂?\n\n延伸閱讀：花蓮地震災情一覽\n"
    events = document_events(extract_text(text, "2024-04-04", doc_id="x.txt"))
    assert [e["mentions"][0]["sentence"] for e in events] == ["台灣花蓮昨晚發生規模6.1地震，多處房屋受損。"]


def test_a_format_character_between_comma_and_date_does_not_block_the_clause_cut():
    from timeline.events.governing import clause_cut

    for invisible in ("\u2066", "\u200b", "\u200f"):
        text = f"武汉封城，{invisible}1月26日，新规施行"
        assert clause_cut(text, 0, text.index("1月")) == text.index("1月")
    text = "武汉封城1月26日新规施行"  # no comma: the date does not open a clause
    assert clause_cut(text, 0, text.index("1月")) is None


@pytest.mark.parametrize(
    "text",
    [
        "某國客機在海邊機場附近與直升機相撞後墜河，搜救人員已展開打撈。\n\n"
        "有關部門表示，事故發生在當地時間29日晚間，機上共有60多人。",
        "某国客机在海边机场附近与直升机相撞后坠河，搜救人员已展开打捞。\n\n"
        "有关部门表示，事故发生在当地时间29日晚间，机上共有60多人。",
    ],
)
def test_an_undated_lead_takes_the_day_a_later_sentence_restates_it_on(text):
    # A page of the morning after: the lead tells the crash without a day, a later sentence says when
    # it took place; the lead is of that day, not the publication day.
    events = document_events(extract_text(text, "2025-01-30", doc_id="x.txt"))
    assert [(e["date"], e["mentions"][0].get("dated_by")) for e in events] == [
        ("2025-01-29", "context"),
        ("2025-01-29", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lead that gives a toll counts as of publication, whatever day a later sentence restates
        (
            "廣東某地高速公路往福建方向的路面塌陷事故，23輛車陷落，36人死亡。\n\n事發在周三凌晨，某路段路面塌陷。",
            "2024-05-02",
        ),
        # the restated day must lie a day or two before publication: a week back is background
        (
            "某省某市工業園區內一處化工廠發生爆炸，附近多棟民房受損。\n\n事發在4月24日凌晨，廠房倒塌。",
            "2024-05-02",
        ),
    ],
)
def test_a_restated_day_does_not_date_a_toll_or_a_day_far_back(text, expected):
    events = document_events(extract_text(text, "2024-05-02", doc_id="x.txt"))
    assert events[0]["mentions"][0]["sentence"] == text.split("\n")[0]
    assert events[0]["date"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "四川某縣某村日前發生山體滑坡，官方稱截至2月9日11時，1人遇難，28人失聯。\n\n"
        "2月8日11時50分許，某縣某鎮某村2組突發山體滑坡。",
        "四川某县某村日前发生山体滑坡，官方称截至2月9日11时，1人遇难，28人失联。\n\n"
        "2月8日11时50分许，某县某镇某村2组突发山体滑坡。",
    ],
)
def test_a_tally_time_does_not_date_the_happening_told_before_it(text):
    # The 截至 time dates the count; the landslide told before it without a day is the lead's
    # happening, which the later sentence dates.
    events = document_events(extract_text(text, "2025-02-09", doc_id="x.txt"))
    assert [(e["date"], to_simplified(e["mentions"][0]["sentence"])[:6]) for e in events] == [
        ("2025-02-08", "四川某县某村"),
        ("2025-02-09", "官方称截至2"),
        ("2025-02-08", "2月8日11"),
    ]
