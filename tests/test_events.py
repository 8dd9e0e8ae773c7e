"""Anchoring and titles, on documents with hand-written mentions (independent of the parser)."""

import re

from timeline.events import TITLE_LIMIT, cut_title, document_events


def mention(text, quote, value, kind="DATE", until=None, occurrence=0, anchor="auto"):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    if anchor == "auto":
        anchor = value.split("T")[0] if kind in ("DATE", "TIME") and value[:1].isdigit() else None
    return {
        "text": quote,
        "start": start,
        "end": start + len(quote),
        "type": kind,
        "value": value,
        "mod": None,
        "anchor": anchor,
        "until": until,
    }


def document(text, mentions, quantities=(), noise_spans=(), title=None, doc_id="a.txt"):
    return {
        "id": doc_id,
        "path": doc_id,
        "title": title,
        "published": "2020-03-04",
        "published_basis": "given",
        "script": "hans",
        "text": text,
        "noise_spans": list(noise_spans),
        "mentions": list(mentions),
        "quantities": list(quantities),
    }


def test_caption_date_dates_only_the_caption():
    text = (
        "一个党员一面旗。(2月23日,湖北省黄冈市英山县人民医院,65岁的李新中仔细查看患者的CT检查结果。"
        "他是湖南援助黄冈医疗队中年龄最大的队员。湖南日报记者 辜鹏博 摄影报道)以白衣作战袍,以生命护佑生命。\n"
    )
    events = document_events(document(text, [mention(text, "2月23日", "2020-02-23")]))
    assert len(events) == 1
    report = events[0]["mentions"][0]
    assert report["sentence"].startswith("2月23日,湖北省黄冈市英山县人民医院")
    assert "白衣" not in report["sentence"] and "一个党员" not in report["sentence"]
    assert text[report["sentence_start"] :].startswith(report["sentence"])


def test_caption_with_nested_brackets():
    text = "(1月23日,省卫生计生综合监督局局长张辉(左一)在湖南省脑科医院查看登记表。黄栋 摄)战大疫,迎大考。"
    events = document_events(document(text, [mention(text, "1月23日", "2020-01-23")]))
    assert [e["mentions"][0]["sentence"] for e in events] == [
        "1月23日,省卫生计生综合监督局局长张辉(左一)在湖南省脑科医院查看登记表。"
    ]


def test_two_dates_in_one_sentence_make_two_events():
    text = (
        "浙江省微生物研究所党员专家牵头,加班加点进行样本检测,1月24日在全国省疾控层面分离出首株新型冠状病毒毒株;"
        "1月26日广东省疾控中心火速成立医疗科研攻关党支部,27日成功分离一株新型冠状病毒,取得科研攻关重要进展。"
    )
    mentions = [
        mention(text, "1月24日", "2020-01-24"),
        mention(text, "1月26日", "2020-01-26"),
        mention(text, "27日", "2020-01-27"),
    ]
    events = document_events(document(text, mentions))
    assert [e["date"] for e in events] == ["2020-01-24", "2020-01-26", "2020-01-27"]
    # The clause before the first date stays with it.
    assert events[0]["mentions"][0]["sentence"].startswith("浙江省微生物研究所")
    assert events[2]["title"] == "成功分离一株新型冠状病毒,取得科研攻关重要进展"


def test_date_then_clock_time_is_one_event():
    text = "1月28日晚8时,接县防疫指挥部通知,民寨村村民被确定为疑似病例。"
    mentions = [mention(text, "1月28日", "2020-01-28"), mention(text, "晚8时", "2020-01-28T20:00", "TIME")]
    events = document_events(document(text, mentions))
    assert len(events) == 1
    assert events[0]["time"] == "20:00"
    assert events[0]["title"].startswith("接县防疫指挥部通知")


def test_time_from_the_value():
    text = "2月24日晚,一场特殊的入党宣誓仪式在黄冈举行。2月28日下午4时许,我省又一批援助湖北医疗队启程。"
    mentions = [
        mention(text, "2月24日晚", "2020-02-24TEV", "TIME"),
        mention(text, "2月28日下午4时许", "2020-02-28T16:00", "TIME"),
    ]
    events = document_events(document(text, mentions))
    assert [(e["date"], e["time"]) for e in events] == [("2020-02-24", "EV"), ("2020-02-28", "16:00")]


def test_durations_sets_vague_and_unanchored_make_no_events():
    text = "她已经在一线连续奋战了18天。每天组织相关部门开展专题研讨。如今北京的疫情防控趋稳向好。那天大家都很忙碌。"
    mentions = [
        mention(text, "18天", "P18D", "DURATION"),
        mention(text, "每天", "P1D", "SET"),
        mention(text, "如今", "PRESENT_REF", anchor="2020-03-04"),
        mention(text, "那天", "XXXX-XX-XX", anchor=None),
    ]
    assert document_events(document(text, mentions)) == []


def test_month_precision():
    text = "今年1月份武汉鄂州两地人员往来超30万人次。"
    events = document_events(document(text, [mention(text, "今年1月份", "2020-01")]))
    assert len(events) == 1
    assert events[0]["date"] == "2020-01"
    assert events[0]["time"] is None


def test_range_gives_until():
    text = "1月20日至23日,全省各地开展拉网式排查。"
    events = document_events(
        document(text, [mention(text, "1月20日至23日", "2020-01-20", until="2020-01-23")])
    )
    assert (events[0]["date"], events[0]["until"]) == ("2020-01-20", "2020-01-23")


def test_noise_headline_and_byline_are_skipped():
    text = (
        "安阳：党员干部1月28日勇担当\n\n2020-02-01 13:07 来源:安阳日报\n\n"
        "横幅广告 2月1日特价\n1月29日一大早,林州市东姚镇洪河村的老党员刘明贵走进村委会捐款。\n"
    )
    noise_start = text.index("横幅广告")
    noise_end = text.index("\n", noise_start)
    mentions = [
        mention(text, "1月28日", "2020-01-28"),
        mention(text, "2020-02-01 13:07", "2020-02-01T13:07", "TIME"),
        mention(text, "2月1日", "2020-02-01"),
        mention(text, "1月29日一大早", "2020-01-29TMO", "TIME"),
    ]
    doc = document(
        text, mentions, noise_spans=[[noise_start, noise_end]], title="安阳：党员干部1月28日勇担当"
    )
    events = document_events(doc)
    assert [e["date"] for e in events] == ["2020-01-29"]
    assert events[0]["title"].startswith("林州市东姚镇洪河村")


def test_report_fields_and_quantities():
    text = "前言。\n截至1月27日下午3时,共征集志愿者317名,其中党员256名。另有200名。"
    quantities = [
        {
            "text": q,
            "start": text.index(q),
            "end": text.index(q) + len(q),
            "value": int(q[:-1]),
            "min": None,
            "max": None,
            "unit": "名",
            "approx": None,
        }
        for q in ("317名", "256名", "200名")
    ]
    governing = mention(text, "截至1月27日下午3时", "2020-01-27T15:00", "TIME")
    events = document_events(document(text, [governing], quantities=quantities))
    (event,) = events
    report = event["mentions"][0]
    assert report == {
        "doc": "a.txt",
        "sentence": "截至1月27日下午3时,共征集志愿者317名,其中党员256名。",
        "sentence_display": "截至1月27日下午3时,共征集志愿者317名,其中党员256名。",
        "sentence_start": text.index("截至"),
        "text": "截至1月27日下午3时",
        "start": governing["start"],
        "end": governing["end"],
        "value": "2020-01-27T15:00",
    }
    assert [q["value"] for q in event["quantities"]] == [317, 256]
    assert all(q["doc"] == "a.txt" for q in event["quantities"])
    assert event["sources"] == ["a.txt"]
    assert re.fullmatch(r"[0-9a-f]{12}", event["id"])


def test_traditional_text_events():
    text = "1月23日，廣東省決定啟動重大突發公共衛生事件一級響應。同日，湖南省亦宣佈啟動一級響應機制。"
    mentions = [mention(text, "1月23日", "2020-01-23"), mention(text, "同日", "2020-01-23")]
    events = document_events(document(text, mentions))
    assert [e["title"] for e in events] == [
        "廣東省決定啟動重大突發公共衛生事件一級響應",
        "湖南省亦宣佈啟動一級響應機制",
    ]
    assert {"text": "广东省", "type": "place"} in events[0]["entities"]


# -- titles ---------------------------------------------------------------------------------------


def title_of(clause, quote):
    start = clause.index(quote)
    return cut_title(clause, start, start + len(quote))


def test_title_strips_leading_date_and_punctuation():
    assert title_of("——2020年2月23日,习近平在部署会议上强调", "2020年2月23日") == "习近平在部署会议上强调"
    assert (
        title_of("●1月28日晚,上海医疗队临时党总支正式建立。", "1月28日晚") == "上海医疗队临时党总支正式建立"
    )


def test_title_skips_an_opening_quotation():
    clause = "“勇敢地与病人并肩战斗,不抛弃,不放弃!”1月28日晚,上海第一批援鄂医疗队临时党总支在驻地正式建立。"
    assert title_of(clause, "1月28日晚") == "上海第一批援鄂医疗队临时党总支在驻地正式建立"


def test_title_keeps_date_in_the_middle():
    title = title_of("56年的生命历程永远定格在2月1日凌晨;", "2月1日凌晨")
    assert title == "56年的生命历程永远定格在2月1日凌晨"


def test_title_strips_wire_dateline():
    clause = "新华社武汉1月23日电 武汉市疫情防控指挥部23日凌晨发布第1号通告"
    assert title_of(clause, "1月23日") == "武汉市疫情防控指挥部23日凌晨发布第1号通告"


def test_title_strips_an_outlets_lead_that_a_broken_converter_filled_with_pinyin():
    clause = "某某天氣網(wǎng)訊 今年第9號颱風16日17時登陸某市沿海。"
    assert title_of(clause, "16日17時") == "今年第9號颱風16日17時登陸某市沿海"
    # pinyin elsewhere in the clause leaves a clause without a lead as it was
    plain = "今年第9號臺風(fēng)16日17時登陸某市沿海。"
    assert title_of(plain, "16日17時") == "今年第9號臺風16日17時登陸某市沿海"


def test_title_with_leading_preposition():
    assert title_of("自1月23日10时起，全市城市公交暂停运营。", "1月23日10时起") == "全市城市公交暂停运营"


def test_long_title_is_cut_at_a_clause_boundary():
    clause = (
        "2月22日,在娄底市中心医院,一个新冠肺炎治疗省级专家组临时党支部成立,临时党支部书记、湖南省人民医院急诊科主任"
        "韩小彤带领坚守在娄底抗疫一线的省级专家组党员干部高举右手,重温入党誓词。"
    )
    title = title_of(clause, "2月22日")
    assert title == "在娄底市中心医院,一个新冠肺炎治疗省级专家组临时党支部成立"
    assert len(title) <= TITLE_LIMIT


def test_title_never_ends_with_punctuation_or_unbalanced_quotes():
    clause = "2月14日,韩小彤携带被誉为“魔肺”的ECMO设备抵达,带领省市医护专家夜以继日抢救危重病人并最终从“鬼门关”抢回了一条宝贵的生命。"
    title = title_of(clause, "2月14日")
    assert len(title) <= TITLE_LIMIT
    assert title[-1] not in "，,。、;；:：“”"
    assert title.count("“") == title.count("”")


def test_title_when_only_the_date_is_left():
    assert title_of("1月23日。", "1月23日") == "1月23日"


def test_sentence_display_drops_inserted_pinyin():
    text = "6月23日,北京電信成立“支援首都疫情防控黨員先鋒隊(duì)”。"
    (event,) = document_events(document(text, [mention(text, "6月23日", "2020-06-23")]))
    report = event["mentions"][0]
    assert report["sentence"] == text  # the original, as the contract says
    assert report["sentence_display"] == "6月23日,北京電信成立“支援首都疫情防控黨員先鋒隊”。"


def test_title_skips_attribution_and_source():
    clause = (
        "据湖南省卫生健康委直属机关党委统计,截至2月28日,超过300名湖南驰援湖北医疗队员在前线递交入党申请书。"
    )
    assert title_of(clause, "截至2月28日") == "超过300名湖南驰援湖北医疗队员在前线递交入党申请书"
    assert (
        title_of("数据显示,2月24日,湖北以外新增确诊病例降至个位数。", "2月24日")
        == "湖北以外新增确诊病例降至个位数"
    )


def test_title_when_the_date_opens_a_later_clause():
    # background with a verb before the date: the headline is the date's clause
    clause = "有着12年党龄的郭猛是北京丰台蓝天救援队防疫消杀组组长,6月29日,郭猛在丰台区丰台街道进行消杀工作。"
    assert title_of(clause, "6月29日") == "郭猛在丰台区丰台街道进行消杀工作"
    # a subject without a verb before the date: kept, shortened to its last listed part
    clause = (
        "益阳市赫山区龙光桥街道天成村村委委员、民兵营长姜志鹏,2月10日夜晚冒雨赶赴防疫工作途中不幸遭遇车祸。"
    )
    assert title_of(clause, "2月10日夜晚") == "民兵营长姜志鹏冒雨赶赴防疫工作途中不幸遭遇车祸"
    # a date inside the clause before it stays where it is
    clause = "全省逾100家景区承诺,今年内全国医务人员免费入园,并配套提供系列优惠贴心服务;"
    assert title_of(clause, "今年").startswith("全省逾100家景区承诺")


def test_title_drops_a_leading_time_adverbial():
    clause = "今年年初的疫情防控工作开始后,石景山区八角街道八角中里社区门口一直活跃着一群年轻人的身影,“99后”大学生组建了志愿服务队。"
    assert title_of(clause, "今年年初") == "石景山区八角街道八角中里社区门口一直活跃着一群年轻人的身影"
    assert title_of("庚子年冬春之交,严重危及人民生命健康的新冠肺炎疫情骤然而至。", "庚子年") == (
        "严重危及人民生命健康的新冠肺炎疫情骤然而至"
    )


def test_title_drops_a_verbless_setting_when_too_long():
    clause = "2月27日,长沙市开福区湘江世纪城小区,金泰路社区党员志愿者给湘江世纪城居家隔离人员送方便面。"
    assert title_of(clause, "2月27日") == "金泰路社区党员志愿者给湘江世纪城居家隔离人员送方便面"


def test_title_never_ends_on_a_detail():
    clause = "2月26日,长沙开福区3名干部在抗疫“火线”上获提拔,其中,开福区疾控中心副主任任敏,拟任开福区疾控中心党支部书记。"
    assert title_of(clause, "2月26日") == "长沙开福区3名干部在抗疫“火线”上获提拔"


def test_title_keeps_clause_words_after_the_date():
    clause = "主动包联武汉返乡人员,早上六点起床巡逻排查,忙到天黑,这是57岁的党支部副书记贾立军的每日工作……"
    assert "起床" in title_of(clause, "早上六点")
    assert (
        title_of("当地时间3月11日，世卫组织宣布疫情具有大流行特征。", "3月11日")
        == "世卫组织宣布疫情具有大流行特征"
    )


def test_a_date_in_a_works_title_dates_nothing():
    text = "3月2日，市政府印发《关于2月8日春节期间安全生产情况的通报》，要求各区加强督查。"
    mentions = [mention(text, "3月2日", "2020-03-02"), mention(text, "2月8日", "2020-02-08")]
    events = document_events(document(text, mentions))
    assert [event["date"] for event in events] == ["2020-03-02"]


def test_a_decorated_headline_line_is_the_headline_and_makes_no_report():
    text = "【不斷更新】9月3日8縣市停班課 海葵撲台\n\n花蓮縣9月2日晚間率先宣布明天放颱風假。\n"
    mentions = [mention(text, "9月3日", "2023-09-03"), mention(text, "9月2日", "2023-09-02")]
    events = document_events(document(text, mentions, title="9月3日8縣市停班課 海葵撲台"))
    assert [event["date"] for event in events] == ["2023-09-02"]
