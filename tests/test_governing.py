"""Which date governs a clause on real multi-outlet news (timeline/events/governing.py): the corpus.

Each line is (reference date, text, expected events): every event as (date, time of day, a piece of
its report sentence), in text order. Lines come in both scripts.
"""

from __future__ import annotations

import pytest

from timeline.events import document_events
from timeline.extract import extract_text

# One rule per block, named as in timeline/events/governing.py.
CORPUS = [
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
    # governing_mention: a bare part of day does not govern a clause whose date comes later in it
    ("2024-04-09", "夜裏，台北8日發生規模4.1地震，市區有明顯搖晃。", [("2024-04-08", "NI", "台北8日")]),
    ("2024-04-09", "夜里，台北8日发生规模4.1地震，市区有明显摇晃。", [("2024-04-08", "NI", "台北8日")]),
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
        # the publication date dates the undated lead only; the later paragraph has no date to take
        [("2024-04-03", None, "對出海域發生"), ("1999", None, "這是1999年以來")],
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
    # Context: a bridge that breaks or a road cut off tells a happening
    (
        "2022-09-18",
        "某县今日下午发生6.8级地震，全台有感，多地传出灾情。\n\n某某大桥断裂，3人跌落桥下。",
        [("2022-09-18", "AF", "6.8级地震"), ("2022-09-18", None, "大桥断裂")],
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
