"""A run the size of the one in issue 12 (1,500 documents, wire stories copied by 300 papers) writes a
page of a few MB, with each copied quote once per card."""

from __future__ import annotations

from timeline.render import RenderOptions, render

DOCUMENTS = 1500
EVENTS = 60
COPIES = 300


def big_run() -> tuple[list[dict], list[dict]]:
    documents = [
        {
            "id": f"site{n % 500}/{n:04d}.html",
            "path": f"corpus/site{n % 500}/{n:04d}.html",
            "title": f"青海玛多县发生7.4级地震 第{n}篇",
            "published": "2021-05-22T08:00",
            "published_basis": "meta",
            "url": f"https://news{n % 500}.example.com/2021/05/22/{n}.html",
            "encoding": "utf-8",
            "script": "hans",
        }
        for n in range(DOCUMENTS)
    ]
    events = []
    for e in range(EVENTS):
        day = e % 28 + 1
        sentence = f"5月{day}日凌晨2时4分，青海玛多县发生7.4级地震，当地立即启动应急响应并派出救援队伍赶赴现场（{e}）。"
        docs = [documents[(e * 37 + c * 5) % DOCUMENTS]["id"] for c in range(COPIES)]
        mentions = [
            {
                "doc": doc,
                "sentence": sentence,
                "text": f"5月{day}日",
                "start": 10,
                "end": 15,
                "value": f"2021-05-{day:02d}",
                "sentence_start": 10,
            }
            for doc in docs
        ]
        events.append(
            {
                "id": f"ev{e}",
                "date": f"2021-05-{day:02d}",
                "until": None,
                "time": "02:04",
                "title": sentence[:20],
                "sources": sorted(set(docs)),
                "mentions": mentions,
                "entities": [{"text": "玛多县", "type": "place"}],
                "quantities": [],
            }
        )
    return documents, events


def test_syndicated_run_stays_a_few_megabytes():
    documents, events = big_run()
    page = render(events, RenderOptions(documents=documents), "html")
    assert len(page.encode("utf-8")) < 3_000_000
    # one quote per card, each with its 300 copies counted
    assert page.count('<blockquote class="quote">') == EVENTS
    assert page.count("篇相同报道") == EVENTS
    assert "300 篇相同报道" in page
    # and every document is still listed and linked once in the document table
    assert page.count('<td class="doc-title"><a href="https://') == DOCUMENTS
