"""Sentence units: what the anchoring step cuts a document into, checked as properties."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.anchor import _sentence_units

TEXT = st.text(alphabet=list("我们在北京开会。！？!?”」)）(（ \n\r\t　"), max_size=80)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 12)), max_size=3))
def test_units_cover_the_text_outside_noise_and_never_cross_a_break(text, raw_noise):
    noise = [(start, min(len(text), start + length)) for start, length in raw_noise if start < len(text)]
    units = _sentence_units(text, noise, [])
    covered = set()
    for start, end in units:
        assert start < end and not text[start].isspace() and not text[end - 1].isspace()
        piece = text[start:end]
        assert "\n" not in piece and "\r" not in piece
        assert not any(a < b and start < b and a < end for a, b in noise), "a unit crosses noise"
        # a unit ends at its first end mark (and the closers after it), never holds a second sentence
        marks = [i for i, char in enumerate(piece) if char in "。！？!?"]
        if marks:
            assert all(char in "。！？!?”」)）" for char in piece[marks[0] :])
        covered.update(range(start, end))
    in_noise = {i for a, b in noise for i in range(a, b)}
    for i, char in enumerate(text):
        if not char.isspace() and i not in in_noise:
            assert i in covered, f"character {i} ({char!r}) is in no unit"


def test_a_list_of_clock_times_stays_one_clause_dated_by_its_first_time():
    from timeline.events import build_events
    from timeline.extract import extract_text

    document = extract_text("昨晚7时20分、7时45分和8时，城东接连传出三声爆炸。", ref="2024-05-02", doc_id="list.txt")
    events = build_events([document])
    assert [(e["date"], e["time"]) for e in events] == [("2024-05-01", "19:20")]
    assert events[0]["mentions"][0]["sentence"].startswith("昨晚7时20分、")


def test_a_clause_with_its_own_words_is_still_cut_at_a_later_date():
    from timeline.events import build_events
    from timeline.extract import extract_text

    text = "5月1日晚，城东一座仓库起火，消防员连夜扑救；5月2日上午，调查组进驻现场查找起火原因。"
    events = build_events([extract_text(text, ref="2024-05-03", doc_id="two.txt")])
    assert sorted(e["date"] for e in events) == ["2024-05-01", "2024-05-02"]


def test_a_papers_own_lead_never_opens_an_event_title():
    from timeline.events.titles import title_of_clause

    for lead in ("本报讯 ", "本報訊（記者王明）", "某某晚报讯 ", "中国青年网4月12日讯（记者 张三）"):
        clause = f"{lead}4月12日凌晨，城西一座仓库突然起火，浓烟滚滚。"
        start = len(lead)
        title, _ = title_of_clause(clause, start, start + 8)
        assert title == "城西一座仓库突然起火，浓烟滚滚", lead


def test_words_that_only_contain_xun_are_not_a_lead():
    from timeline.events.titles import title_of_clause

    clause = "通讯员李明介绍，4月12日凌晨城西一座仓库起火。"
    title, _ = title_of_clause(clause, 8, 16)
    assert title.startswith("通讯员李明介绍")


def test_a_merged_event_is_titled_by_a_reports_lead_before_a_longer_later_clause():
    from timeline.events import document_events
    from timeline.events.merge import _combine
    from timeline.extract import extract_text

    # a live report: its lead tells the verdict, a longer clause further down the morning's wait
    live = extract_text(
        "今天上午,足坛反赌案首批宣判在某市中院进行。\n\n"
        "原定上午九点十五分开庭,不少记者七点半就赶到某市中级人民法院门口守候\n",
        ref="2012-02-16",
        doc_id="live.txt",
    )
    lead, later = document_events(live)[:2]
    assert lead["title"].startswith("足坛反赌案") and later["title"].startswith("原定")
    # merged (as the merge would when another outlet's report joins them), the lead heads the event
    assert _combine([later, lead])["title"] == lead["title"]
