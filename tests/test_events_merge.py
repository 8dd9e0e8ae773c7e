"""Merging across documents, on the labelled set in tests/data/merge with hand-written mentions.

The mentions are written by hand (hand_mentions.json) so that these tests measure merging, not the
parser; benchmarks/merge_eval.py runs the same set through timeline.parse.
"""

import itertools
import json
from pathlib import Path

import pytest
from merge_set import hand_mention as _mention
from merge_set import hand_quantity as _quantity
from merge_set import load_documents

from timeline.events import build_events, document_events, merge_events

DATA = Path(__file__).parent / "data" / "merge"


def load_merge_set():
    labels = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    return labels, load_documents(DATA, hand=True)


@pytest.fixture(scope="module")
def merge_set():
    labels, documents = load_merge_set()
    return labels, documents, build_events(documents)


def event_of(events, doc, quote):
    found = [e for e in events for m in e["mentions"] if m["doc"] == doc and quote in m["sentence"]]
    assert found, f"no event for {doc}: {quote}"
    return found[0]


def test_pairwise_precision_and_recall(merge_set):
    labels, _, events = merge_set
    items = [
        (cluster, doc, quote) for cluster, info in labels["clusters"].items() for doc, quote in info["items"]
    ]
    predicted = [event_of(events, doc, quote)["id"] for _, doc, quote in items]
    tp = fp = fn = 0
    for a, b in itertools.combinations(range(len(items)), 2):
        same_gold, same_event = items[a][0] == items[b][0], predicted[a] == predicted[b]
        tp += same_gold and same_event
        fp += same_event and not same_gold
        fn += same_gold and not same_event
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.85


def test_gold_dates(merge_set):
    labels, _, events = merge_set
    for info in labels["clusters"].values():
        for doc, quote in info["items"]:
            assert event_of(events, doc, quote)["date"] == info["date"], (doc, quote)


def test_same_event_across_scripts_and_outlets(merge_set):
    _, _, events = merge_set
    lockdown = event_of(events, "d01_lockdown_xinhua.txt", "自1月23日10时起")
    assert lockdown["sources"] == [
        "d01_lockdown_xinhua.txt",
        "d02_lockdown_hk.txt",
        "d03_lockdown_cctv.txt",
        "d18_lockdown_tw.txt",
    ]
    assert lockdown["time"] == "10:00"
    # Every report is kept, each with its own sentence and offsets.
    assert len(lockdown["mentions"]) == 4
    for report in lockdown["mentions"]:
        text = (DATA / report["doc"]).read_text(encoding="utf-8")
        assert text[report["start"] : report["end"]] == report["text"]
        assert text[report["sentence_start"] :].startswith(report["sentence"])


def test_lunar_and_relative_dates_meet_the_solar_date(merge_set):
    _, _, events = merge_set
    # 大年初一 (traditional) and 1月25日 (simplified)
    politburo = event_of(events, "d07_politburo_xinhua.txt", "召开会议")
    assert "d08_politburo_tw.txt" in politburo["sources"]
    # 正月初九 and 今天 (published 2020-02-02) and 2月2日
    delivered = event_of(events, "d12_huoshenshan_cn.txt", "正式交付")
    assert delivered["sources"] == [
        "d12_huoshenshan_cn.txt",
        "d13_huoshenshan_hk.txt",
        "d20_huoshenshan_cn2.txt",
    ]
    # 除夕夜 and 1月24日晚
    medics = event_of(events, "d11_military_cn.txt", "3支医疗队")
    assert medics["sources"] == ["d10_military_tw.txt", "d11_military_cn.txt"]
    # 昨天 (published 2020-03-11) and 3月10日
    visit = event_of(events, "d19_xi_wuhan_cn2.txt", "专程赴湖北省武汉市")
    assert len(visit["sources"]) == 3


def test_same_day_traps_stay_apart(merge_set):
    _, _, events = merge_set
    apart = [
        ("d04_zhejiang.txt", "浙江省"),
        ("d05_guangdong_hunan.txt", "廣東省"),
        ("d05_guangdong_hunan.txt", "湖南省"),
        ("d06_ezhou.txt", "鄂州市"),
        ("d01_lockdown_xinhua.txt", "自1月23日10时起"),
    ]
    assert len({event_of(events, doc, quote)["id"] for doc, quote in apart}) == len(apart)
    assert event_of(events, "d14_leishenshan_progress.txt", "雷神山")["sources"] == [
        "d14_leishenshan_progress.txt"
    ]
    assert event_of(events, "d17_fangcang_closed.txt", "方舱")["sources"] == ["d17_fangcang_closed.txt"]
    assert event_of(events, "d09_leishenshan_decision.txt", "参照")["sources"] == [
        "d09_leishenshan_decision.txt"
    ]


def test_deterministic_and_order_independent():
    _, documents = load_merge_set()
    first = build_events(documents)
    again = build_events(documents)
    reversed_input = build_events(list(reversed(documents)))
    assert first == again == reversed_input
    candidates = [c for d in documents for c in document_events(d)]
    assert merge_events(reversed(candidates)) == first
    ids = [e["id"] for e in first]
    assert len(ids) == len(set(ids))
    json.dumps(first, ensure_ascii=False)
    assert all("_compare" not in e for e in first)


def test_events_are_sorted_month_before_its_days():
    text = "今年1月份，武汉鄂州两地人员往来频繁。1月23日，鄂州市暂停城市公交运营。"
    doc = {
        "id": "a.txt",
        "text": text,
        "noise_spans": [],
        "quantities": [],
        "mentions": [
            _mention(text.index("1月23日"), "1月23日", "2020-01-23", "DATE"),
            dict(_mention(text.index("今年1月份"), "今年1月份", "2020-01", "DATE"), anchor="2020-01"),
        ],
    }
    assert [e["date"] for e in build_events([doc])] == ["2020-01", "2020-01-23"]


# -- vetoes, on two hand-made reports of the same wording ------------------------------------------


def two_reports(first, second, quantities=((), ())):
    documents = []
    for index, (text, rows) in enumerate(zip((first, second), quantities, strict=True)):
        documents.append(
            {
                "id": f"r{index}.txt",
                "text": text,
                "noise_spans": [],
                "mentions": [_mention(0, "2月2日", "2020-02-02", "DATE")],
                "quantities": [_quantity(text.index(q), q, value, unit) for q, value, unit in rows],
            }
        )
    return build_events(documents)


def test_same_wording_merges():
    text = "2月2日，武汉火神山医院正式交付，军队抽组医护人员承担医疗救治任务。"
    events = two_reports(text, text.replace("正式交付", "交付使用"))
    assert len(events) == 1 and events[0]["sources"] == ["r0.txt", "r1.txt"]


def test_numbers_that_disagree_veto():
    first = "2月2日，武汉火神山医院正式交付，军队抽组1400名医护人员承担医疗救治任务。"
    second = first.replace("1400名", "950名")
    events = two_reports(first, second, ([("1400名", 1400, "名")], [("950名", 950, "名")]))
    assert len(events) == 2


def test_approximate_numbers_agree_within_a_tenth():
    first = "2月2日，武汉火神山医院正式交付，军队抽组1400名医护人员承担医疗救治任务。"
    second = first.replace("1400名", "近1400名")
    rows = ([("1400名", 1400, "名")], [("近1400名", 1400, "名")])
    assert len(two_reports(first, second, rows)) == 1


def test_people_that_disagree_veto():
    first = "2月2日，院士钟南山在广州召开新闻发布会，介绍新冠肺炎救治进展。"
    second = first.replace("钟南山", "李兰娟")
    assert len(two_reports(first, second)) == 2


def test_places_that_disagree_veto():
    first = "2月2日，浙江省启动重大突发公共卫生事件一级响应。"
    second = first.replace("浙江省", "湖南省")
    assert len(two_reports(first, second)) == 2


def test_hospitals_that_disagree_veto():
    first = "2月2日，火神山医院建设工地上，数千名建设者昼夜施工。"
    second = first.replace("火神山", "雷神山")
    assert len(two_reports(first, second)) == 2


def test_different_dates_never_merge():
    text = "2月2日，武汉火神山医院正式交付。"
    documents = [
        {
            "id": "r0.txt",
            "text": text,
            "noise_spans": [],
            "quantities": [],
            "mentions": [_mention(0, "2月2日", "2020-02-02", "DATE")],
        },
        {
            "id": "r1.txt",
            "text": text,
            "noise_spans": [],
            "quantities": [],
            "mentions": [_mention(0, "2月2日", "2021-02-02", "DATE")],
        },
    ]
    assert len(build_events(documents)) == 2


def test_every_format_orders_events_as_merging_does():
    """One sort key: JSON keeps the merged order, and the table, HTML and CSV order events the same
    way (08:30 before MO, EV before 18:30)."""
    from timeline.render import RenderOptions, event_sort_key, render

    text = "4月3日18时30分，甲地发生爆炸。4月3日上午，乙地发生火灾。4月3日傍晚，丙地发生塌方。4月3日8时30分，丁地发生地震。"
    doc = {"id": "a.txt", "text": text, "noise_spans": [], "quantities": [], "mentions": []}
    for piece, value in (
        ("4月3日18时30分", "2024-04-03T18:30"),
        ("4月3日上午", "2024-04-03TMO"),
        ("4月3日傍晚", "2024-04-03TEV"),
        ("4月3日8时30分", "2024-04-03T08:30"),
    ):
        doc["mentions"].append(dict(_mention(text.index(piece), piece, value, "TIME"), anchor="2024-04-03"))
    events = build_events([doc])
    assert [e["time"] for e in events] == ["08:30", "MO", "EV", "18:30"]
    assert events == sorted(events, key=event_sort_key)
    places = ["丁地", "乙地", "丙地", "甲地"]
    options = RenderOptions(width=200, documents=[doc])
    for fmt in ("json", "table", "html", "csv"):
        output = render(events, options, fmt)
        positions = [output.find(place) for place in places]
        assert -1 not in positions and positions == sorted(positions), (fmt, positions)
