"""The HTML page, read as text: self-contained, escaped, grouped, highlighted. The browser test is
tests/test_html_browser.py."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from render_sample import DOCUMENTS, EVENTS, HOSTILE_DOC

from timeline.render import RenderOptions, render
from timeline.render.html import chart, date_span, script_json, templates_dir


@pytest.fixture(scope="module")
def page() -> str:
    return render(EVENTS, RenderOptions(documents=DOCUMENTS, failed_documents=1), "html")


class PageParser(HTMLParser):
    """Collects tags with their attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parsed(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    return parser


def test_page_basics(page):
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh">')
    assert '<meta charset="utf-8">' in page
    assert "Noto Sans CJK SC" in page and "PingFang SC" in page
    assert "prefers-color-scheme: dark" in page and "@media print" in page


def test_no_network_references(page):
    tags = parsed(page).tags
    for tag, attrs in tags:
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
    assert not any(tag in ("link", "iframe", "object", "embed", "img") for tag, _ in tags)
    assert "http://" not in page and "https://" not in page
    assert "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page  # the Content-Security-Policy forbids loading anything


def test_hostile_document_is_escaped(page):
    page_parser = parsed(page)
    # Exactly the page's own two scripts: the data block and the code.
    assert page.count("<script") == 2
    assert [attrs.get("type") for tag, attrs in page_parser.tags if tag == "script"] == [
        "application/json",
        None,
    ]
    assert "<script>alert" not in page and "<img" not in page and "</title><script" not in page
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;“引号” &amp; &#34;quotes&#34; &#39;x&#39; javascript:alert(1)"
        in page
    )
    # Nothing from the documents lands in a URL attribute as a scheme, where javascript: would run: a
    # link is a fragment of the page itself or a relative, percent-quoted link to a document's file.
    hrefs = [attrs["href"] for _, attrs in page_parser.tags if "href" in attrs]
    assert hrefs and all(href.startswith(("#", "./", "../")) for href in hrefs), hrefs
    assert not any(":" in href for href in hrefs)
    assert (
        "./corpus/javascript%3Aalert%281%29/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E.txt" in hrefs
    )
    # Attributes hold the hostile file name as an escaped value, not as new attributes.
    assert any(attrs.get("value") == HOSTILE_DOC for tag, attrs in page_parser.tags if tag == "option")
    assert not any("onerror" in attrs for _, attrs in page_parser.tags)


def test_embedded_data_cannot_break_out(page):
    data_text = parsed(page).scripts[0]
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in data_text
    data = json.loads(data_text)
    assert len(data["events"]) == len(EVENTS)
    hostile = data["events"][-1]
    assert [data["docs"][index][0] for index in hostile["sources"]] == [HOSTILE_DOC]
    assert "</script>" in hostile["search"]  # decoded back to the original text


def test_script_json_escapes():
    assert (
        script_json({"a": "</script>&\u2028\u2029"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}'
    )


def test_content_security_policy_allows_exactly_the_page_script(page):
    import base64
    import hashlib

    code = parsed(page).scripts[1]
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}'" in page


def test_grouped_by_month_and_day_with_month_precision_first(page):
    section_keys = re.findall(r'<section class="month"[^>]* data-key="([^"]+)"', page)
    assert section_keys == ["2019-12", "2020", "2020-01", "2020-02"]
    december = page[page.index('data-key="2019-12"') : page.index('data-key="2020"')]
    assert december.index("日期不详（仅知月份）") < december.index("12月30日 周一")
    assert "1月23日 周四" in page


def test_time_expression_highlighted_in_each_report(page):
    assert '<mark title="2020-01-23T10:00">2020年1月23日10时</mark>起，全市城市公交' in page
    assert '武漢市政府宣佈，<mark title="2020-01-23T10:00">1月23日上午10時</mark>起' in page
    assert '<mark title="2020-02-05T21:30">2月5日晚9时30分</mark>' in page
    assert "合并 2 篇报道" in page
    assert page.count('class="badge merged"') == 1


def test_highlight_uses_the_sentence_offset_when_given():
    sentence = "3月1日发布，3月1日生效。"
    event = dict(
        EVENTS[1],
        mentions=[
            {
                "doc": "a.txt",
                "sentence": sentence,
                "text": "3月1日",
                "start": 17,
                "end": 21,
                "value": "2020-03-01",
            }
            | {"sentence_start": 10}
        ],
    )
    html = render([event], RenderOptions(), "html")
    assert "3月1日发布，<mark" in html


def test_entities_sources_and_controls(page):
    assert 'data-entity="钟南山"' in page and "chip chip-person" in page
    for control in ("filter-q", "filter-source", "filter-entity", "filter-from", "filter-to"):
        assert f'<label for="{control}">' in page
    assert 'min="2019-12-01" max="2020-12-31"' in page
    assert (
        '<option value="mingpao_0123.txt">武漢今起「封城」 公交地鐵停運（mingpao_0123.txt）</option>' in page
    )


def test_chart_counts_events_per_day():
    views = [{"date": "2020-01-01"}, {"date": "2020-01-01"}, {"date": "2020-01-03"}, {"date": "2020-01"}]
    drawn = chart(views)
    assert drawn["unit"] == "日"
    # a short run is drawn on at least a week of bars
    assert [bar["count"] for bar in drawn["bars"]] == [2, 0, 1, 0, 0, 0, 0]
    weekly = chart([{"date": "2020-01-01"}, {"date": "2020-05-01"}])
    assert weekly["unit"] == "周"
    monthly = chart([{"date": "2019-01-01"}, {"date": "2020-05-01"}])
    assert monthly["unit"] == "月" and len(monthly["bars"]) == 17
    # month-only events cannot be counted by day; with nothing finer they are counted by month
    assert chart([{"date": "2020-01"}])["unit"] == "月"
    assert chart([{"date": "2020"}, {"date": "2021"}])["unit"] == "年"
    assert chart([]) is None
    # a long span is binned by quarter, then by year, never in hairlines
    assert chart([{"date": "2008-05-12"}, {"date": "2020-01-23"}])["unit"] == "季"
    long = chart([{"date": "2008-05-12"}, {"date": "2026-01-23"}])
    assert long["unit"] == "年" and len(long["bars"]) == 19
    assert [tick["label"] for tick in long["ticks"]][:2] == ["2008", "2011"]
    # a stray year 25 among 2008-2026 is left out of the drawing (and said so), not drawn as 2,000 bars
    strays = [{"date": "0025"}, {"date": "2045"}]
    run = [{"date": f"{year}-05-01"} for year in range(2008, 2027) for _ in range(6)]
    drawn = chart(strays + run)
    assert drawn["unit"] == "年" and len(drawn["bars"]) == 19 and drawn["outside"] == 2
    # and a span of centuries with nothing to leave out is drawn in bars of many years
    centuries = chart([{"date": "0025-01-01"}, {"date": "2026-01-01"}])
    assert centuries["unit"] == "50年" and len(centuries["bars"]) <= 62


def test_date_spans():
    assert date_span("2020-02", None) == ("2020-02-01", "2020-02-29")
    assert date_span("2020", None) == ("2020-01-01", "2020-12-31")
    assert date_span("2020-01-24", "2020-01-30") == ("2020-01-24", "2020-01-30")
    assert date_span("XXXX-01", None) == ("", "")


def test_templates_found_in_the_checkout():
    assert (templates_dir() / "timeline.html.j2").is_file()


def test_empty_result_renders():
    html = render([], RenderOptions(), "html")
    assert "没有找到带日期的事件" in html
