"""What the renderers say about sources: outlets, links, syndicated copies, agreement, the page title."""

from __future__ import annotations

import io

from render_sample import EVENTS

from timeline.render import RenderOptions, render
from timeline.render.sources import (
    default_title,
    document_href,
    number_variances,
    outlet_of,
    report_groups,
    time_variances,
)

DOCS = [
    {"id": "a.html", "path": "news/a.html", "title": "东航客机坠毁", "url": "https://www.news.cn/a.html"},
    {"id": "b.html", "path": "news/b.html", "title": "東航客機墜毀", "url": "https://m.mingpao.com/b.html"},
    {"id": "c.html", "path": "news/c.html", "title": "客机坠毁", "url": "https://news.cn/c.html"},
    {"id": "d.txt", "path": "news/d.txt", "title": "客机事故", "outlet": "央视新闻"},
]


def report(doc: str, sentence: str, value: str = "2022-03-21", start: int = 0) -> dict:
    return {
        "doc": doc,
        "sentence": sentence,
        "text": "21日",
        "start": start,
        "end": start + 3,
        "value": value,
        "sentence_start": start,
    }


def test_outlet_from_field_url_host_or_file():
    assert outlet_of(DOCS[0]) == "news.cn"
    assert outlet_of(DOCS[1]) == "mingpao.com"
    assert outlet_of(DOCS[3]) == "央视新闻"
    assert outlet_of(None, "x.txt") == "x.txt"


def test_links_are_http_urls_or_quoted_relative_paths(tmp_path):
    assert document_href(DOCS[0]) == "https://www.news.cn/a.html"
    assert document_href({"path": "news/d.txt"}, base_dir="out") == "../news/d.txt"
    assert document_href({"url": "javascript:alert(1)", "path": "javascript:alert(1).txt"}) == (
        "./javascript%3Aalert%281%29.txt"
    )
    assert document_href({"path": "-"}) == ""


def test_syndicated_copies_form_one_group():
    wire = "新华社北京3月21日电 东航一架波音737客机21日14时38分在广西藤县坠毁。"
    mentions = [
        report("a.html", wire),
        report(
            "b.html", wire.replace("东航一架", "東航一架").replace("广西", "廣西")
        ),  # the same, traditional
        report("c.html", wire.replace("新华社北京3月21日电 ", "")),  # the same without the dateline
        report("d.txt", "民航局称，客机失事后已启动一级应急响应。"),
    ]
    groups = report_groups(mentions)
    assert [group.docs for group in groups] == [["a.html", "b.html", "c.html"], ["d.txt"]]


def test_numbers_and_times_that_differ_are_found():
    first = "事故造成86人死亡，3人受伤。"
    second = "事故造成113人死亡，3人受伤。"
    event = {
        "mentions": [
            report("a.html", first, "2022-03-21T23:59", start=100),
            report("b.html", second, "2022-03-22T00:00", start=200),
            report("c.html", first, "2022-03-21T23:59", start=300),
        ],
        "quantities": [
            {"doc": "a.html", "text": "86人", "start": 104, "end": 107, "value": 86, "unit": "人"},
            {"doc": "a.html", "text": "3人", "start": 110, "end": 112, "value": 3, "unit": "人"},
            {"doc": "b.html", "text": "113人", "start": 204, "end": 208, "value": 113, "unit": "人"},
            {"doc": "b.html", "text": "3人", "start": 211, "end": 213, "value": 3, "unit": "人"},
            {"doc": "c.html", "text": "86人", "start": 304, "end": 307, "value": 86, "unit": "人"},
        ],
    }
    numbers = {variance.label: variance for variance in number_variances(event)}
    assert not numbers["死亡（人）"].agrees
    assert numbers["死亡（人）"].values == [("86人", ["a.html", "c.html"]), ("113人", ["b.html"])]
    assert numbers["受伤（人）"].agrees
    (times,) = time_variances(event)
    assert times.values == [("2022-03-21 23:59", ["a.html", "c.html"]), ("2022-03-22 00:00", ["b.html"])]
    # and the card says so
    page = render([dict(EVENTS[4], **event)], RenderOptions(documents=DOCS), "html")
    assert "说法不一" in page and "86人" in page and "113人" in page and "2 家一致" in page


def test_default_title_names_the_span_and_the_most_reported():
    assert default_title(EVENTS).startswith("2019年12月—2020年")
    assert default_title([]) == "时间线"
    assert default_title([{"date": "2022-03-21", "entities": [{"text": "东航"}]}]) == "2022年3月21日：东航"


def test_table_counts_outlets_not_files():
    event = dict(EVENTS[4], sources=["a.html", "b.html", "c.html", "d.txt"])
    text = render([event], RenderOptions(documents=DOCS, width=100), "table")
    row = next(line for line in io.StringIO(text) if line.startswith("2020-01-23"))
    assert " 3 " in row  # news.cn twice is one outlet
    assert "news.cn, mingpao.com, 央视新闻" in row
    narrow = render([event], RenderOptions(documents=DOCS, width=60), "table")
    row = next(line for line in io.StringIO(narrow) if line.startswith("2020-01-23"))
    assert row.rstrip().endswith(" +2")  # the names that fit, and how many more


def test_a_year_alone_does_not_open_the_titles_span_when_events_have_days():
    # the seeds' page opened on `2020年—7月6日`: a year-only event sorted before every day of 2020
    events = [{"date": "2020"}, {"date": "2020-01-20"}, {"date": "2020-07-06"}]
    assert default_title(events) == "2020年1月20日—7月6日"
    assert default_title([{"date": "2019"}, {"date": "2021"}]) == "2019年—2021年"
