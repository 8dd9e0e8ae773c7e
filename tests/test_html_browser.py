"""The HTML page in a real browser: headless Chromium (Debian's `chromium`) runs the page's script, then
dumps the DOM. Filters are driven through the address (`#q=...&source=...`), which the page applies by
setting its controls and dispatching the same input/change events a user's typing does.

Soundness of the "no hostile script ran" check: every payload in the fixture sets `data-pwned` on <html>
(and `alert` in a headless browser would not show anything we could see), the page's own script sets
`data-ready` last. So `data-ready` present proves scripts were allowed to run and the page's code ran to
its end; `data-pwned` absent and exactly two <script> elements in the live DOM prove no injected markup
ran or even became an element."""

from __future__ import annotations

import subprocess
import sys
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest
from render_sample import DOCUMENTS, EVENTS, HOSTILE_DOC, HOSTILE_TITLE, MINGPAO, PEOPLE

from timeline.render import RenderOptions, render

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)

ALL_IDS = [event["id"] for event in EVENTS]


@pytest.fixture(scope="module")
def page_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("page") / "timeline.html"
    path.write_text(
        render(EVENTS, RenderOptions(documents=DOCUMENTS, failed_documents=1), "html"), encoding="utf-8"
    )
    return path


def chromium(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *arguments,
    ]
    # The timeout only stops a hung browser; no assertion depends on how long it took. A blocking alert()
    # from a document that escaped both the escaping and the Content-Security-Policy would hang it.
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("Chromium did not finish within 120 s (did an alert() from a document run?)")


class DomReport(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict[str, str | None] = {}
        self.events: dict[str, bool] = {}  # event id -> hidden
        self.sections: dict[str, bool] = {}  # month key -> hidden
        self.scripts = 0
        self.status = ""
        self.text: list[str] = []
        self._in_status = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.root = attributes
        elif tag == "script":
            self.scripts += 1
        elif tag == "article" and "event" in (attributes.get("class") or "").split():
            self.events[attributes["data-id"]] = "hidden" in attributes
        elif tag == "section" and "month" in (attributes.get("class") or "").split():
            self.sections[attributes["data-key"]] = "hidden" in attributes
        elif tag == "p" and attributes.get("id") == "filter-status":
            self._in_status = True

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_status = False

    def handle_data(self, data):
        self.text.append(data)
        if self._in_status:
            self.status += data


def dom_after_scripts(page_path: Path, tmp_path: Path, fragment: str = "") -> DomReport:
    url = page_path.as_uri() + (f"#{fragment}" if fragment else "")
    result = chromium(tmp_path, "--dump-dom", url)
    report = DomReport()
    report.feed(result.stdout)
    assert report.root.get("data-ready") == "1", "the page's script did not run to its end"
    assert "data-pwned" not in report.root, "a script from the documents ran"
    assert report.scripts == 2, "markup from the documents became a <script> element"
    return report


def visible(report: DomReport) -> list[str]:
    return [event_id for event_id in ALL_IDS if report.events.get(event_id) is False]


def fragment(**filters: str) -> str:
    return urllib.parse.urlencode(filters, quote_via=urllib.parse.quote)


def test_all_events_render_and_no_document_script_runs(page_path, tmp_path):
    report = dom_after_scripts(page_path, tmp_path)
    assert set(report.events) == set(ALL_IDS)
    assert visible(report) == ALL_IDS
    assert report.status.strip() == f"共 {len(EVENTS)} 条事件"
    assert HOSTILE_TITLE in "".join(report.text)  # shown as text


def test_typing_in_the_search_box_hides_other_events(page_path, tmp_path):
    report = dom_after_scripts(page_path, tmp_path, fragment(q="火神山"))
    assert visible(report) == ["ev-2020-02-02-huoshenshan"]
    assert report.status.strip() == f"显示 1 / {len(EVENTS)} 条事件"
    assert report.sections == {"2019-12": True, "2020": True, "2020-01": True, "2020-02": False}


def test_search_terms_all_have_to_match(page_path, tmp_path):
    report = dom_after_scripts(page_path, tmp_path, fragment(q="武汉 通知"))
    assert visible(report) == ["ev-2019-12-30-notice"]


def test_choosing_a_source_hides_other_events(page_path, tmp_path):
    report = dom_after_scripts(page_path, tmp_path, fragment(source=MINGPAO))
    assert visible(report) == ["ev-2020-01-23-lockdown"]


def test_hostile_file_name_works_as_a_filter_value(page_path, tmp_path):
    report = dom_after_scripts(page_path, tmp_path, fragment(source=HOSTILE_DOC))
    assert visible(report) == ["ev-2020-02-05-hostile"]


def test_source_date_range_and_entity_filters_combine(page_path, tmp_path):
    report = dom_after_scripts(
        page_path, tmp_path, fragment(source=PEOPLE, **{"from": "2020-01-01", "to": "2020-01-31"})
    )
    # The year-precision 2020 event overlaps January; the December events do not.
    assert visible(report) == ["ev-2020-two-sessions", "ev-2020-01-20-zhong"]
    report = dom_after_scripts(page_path, tmp_path, fragment(entity="钟南山"))
    assert visible(report) == ["ev-2020-01-20-zhong"]


def test_screenshot(page_path, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "timeline.png"
    screenshot.unlink(missing_ok=True)
    chromium(tmp_path, f"--screenshot={screenshot}", "--window-size=1200,1600", page_path.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hostile_documents_through_the_whole_pipeline(tmp_path):
    """Real files through `timeline events --html`: a hostile file name, title and body text never run."""
    folder = tmp_path / "docs"
    folder.mkdir()
    payload = "<script>document.documentElement.setAttribute('data-pwned','1')</script>"
    image = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\">"
    # a file name cannot hold "/", so its payload is the opening tag and an image handler
    (folder / f"<script>{image}&'\"\u2028.txt").write_text(
        f"{payload}标题</script>\n\n2020年2月5日 10:00 来源:某某网\n\n"
        f"2月4日，{payload}武汉火神山医院开始收治患者{image}。\n\n2月5日晚，\u2028“javascript:alert(1)”测试&amp;。\n",
        encoding="utf-8",
    )
    (folder / "plain.txt").write_text(
        "2020年2月5日 09:00\n\n2月4日，武汉火神山医院开始收治首批患者。\n", encoding="utf-8"
    )
    page = tmp_path / "timeline.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline",
            "events",
            str(folder),
            "--html",
            str(page),
            "-o",
            str(tmp_path / "e.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = dom_after_scripts(page, tmp_path)
    assert sum(1 for hidden in report.events.values() if not hidden) >= 1
    assert "火神山" in "".join(report.text)


# ---------------------------------------------------------------------------------------------------------
# Driven by input events: clicks, drags and typing through the DevTools protocol (tests/cdp.py), the way a
# reader uses the page, not only the address.


@pytest.fixture
def browser(tmp_path):
    from cdp import Browser

    opened = Browser(tmp_path / "cdp-profile", width=1280, height=900)
    yield opened
    opened.close()


def shown_ids(browser) -> list[str]:
    return browser.js(
        "Array.from(document.querySelectorAll('article.event')).filter(a => !a.hidden).map(a => a.dataset.id)"
    )


def bin_of(browser, day: str) -> int:
    return browser.js(
        "JSON.parse(document.getElementById('timeline-data').textContent).bins"
        f".findIndex(b => b[0] <= '{day}' && '{day}' <= b[1])"
    )


@pytest.fixture
def short_browser(tmp_path):
    """A short window, so that the sample page scrolls even when a filter leaves one event."""
    from cdp import Browser

    opened = Browser(tmp_path / "cdp-profile-short", width=1000, height=420)
    yield opened
    opened.close()


def test_clicking_the_overview_strip_jumps_to_the_period(short_browser, page_path):
    browser = short_browser
    browser.open(page_path.as_uri() + "#q=" + urllib.parse.quote("火神山"))
    before = shown_ids(browser)
    browser.click('.ov-years a[data-year="2020"]')
    browser.click('.ov-months a[data-month="2020-02"]')
    # the month's days are offered, and a day jumps to its heading, just under the sticky strip
    assert browser.js("document.querySelector('.ov-days a[data-day=\"2020-02-02\"]').offsetParent !== null")
    assert not browser.js(
        "document.querySelector('.ov-days a[data-day=\"2020-01-23\"]').offsetParent !== null"
    )
    browser.click('.ov-days a[data-day="2020-02-02"]')
    top = browser.js("document.getElementById('d-2020-02-02').getBoundingClientRect().top")
    strip_bottom = browser.js("document.getElementById('overview').getBoundingClientRect().bottom")
    at_the_end = browser.js("Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight")
    assert strip_bottom - 1 <= top and (top <= strip_bottom + 80 or at_the_end)
    assert browser.js("window.scrollY") > 0
    assert browser.js("document.getElementById('overview').getBoundingClientRect().top") == 0  # it stays
    assert browser.js(
        "document.querySelector('.ov-days a[data-day=\"2020-02-02\"]').classList.contains('current')"
    )
    # jumping keeps the filters, in the page and in the address
    assert shown_ids(browser) == before
    assert "q=" in browser.js("location.hash")
    # the strip counts what the filters leave
    assert (
        browser.js("document.querySelector('.ov-months a[data-month=\"2020-02\"] .ov-count').textContent")
        == "1"
    )


def test_clicking_a_chart_bar_sets_the_date_range(browser, page_path):
    browser.open(page_path.as_uri())
    index = bin_of(browser, "2020-01-23")
    browser.click(f'rect.slot[data-bin="{index}"]')
    assert browser.js("document.getElementById('filter-from').value") == "2020年1月23日"
    assert browser.js("document.getElementById('filter-to').value") == "2020年1月23日"
    # the year-only 2020 event overlaps the day and stays; the December and February events go
    assert shown_ids(browser) == ["ev-2020-two-sessions", "ev-2020-01-23-lockdown"]
    assert "from=2020-01-23" in browser.js("location.hash")
    assert browser.js(
        f"document.querySelector('rect.bar[data-bin=\"{index}\"]').classList.contains('chosen')"
    )
    # a second click on the chosen bar lets it go
    browser.click(f'rect.slot[data-bin="{index}"]')
    assert len(shown_ids(browser)) == len(ALL_IDS)


def test_dragging_across_the_chart_picks_a_run_of_days(browser, page_path):
    browser.open(page_path.as_uri())
    start = browser.center(f'rect.slot[data-bin="{bin_of(browser, "2020-01-20")}"]')
    end = browser.center(f'rect.slot[data-bin="{bin_of(browser, "2020-01-24")}"]')
    browser.drag(start, end)
    assert browser.js("document.getElementById('filter-from').value") == "2020年1月20日"
    assert browser.js("document.getElementById('filter-to').value") == "2020年1月24日"
    assert shown_ids(browser) == [
        "ev-2020-two-sessions",
        "ev-2020-01-20-zhong",
        "ev-2020-01-23-lockdown",
        "ev-2020-01-24-holiday",
    ]


def test_the_chart_follows_the_other_filters(browser, page_path):
    browser.open(page_path.as_uri())
    index = bin_of(browser, "2020-02-02")
    height = f"Number(document.querySelector('rect.bar[data-bin=\"{index}\"]').getAttribute('height'))"
    assert browser.js(height) > 0
    browser.type_into("#filter-q", "人传人")
    assert shown_ids(browser) == ["ev-2020-01-20-zhong"]
    assert browser.js(height) == 0
    assert (
        browser.js(
            f"Number(document.querySelector('rect.bar[data-bin=\"{bin_of(browser, '2020-01-20')}\"]').getAttribute('height'))"
        )
        > 0
    )


def test_typing_chinese_dates_filters_and_keeps_coarse_events_only_where_they_overlap(browser, page_path):
    browser.open(page_path.as_uri())
    browser.type_into("#filter-from", "2020/1/20")
    browser.type_into("#filter-to", "2020年1月23日")
    assert browser.js("document.getElementById('filter-from').value") == "2020年1月20日"
    assert browser.js("location.hash") == "#from=2020-01-20&to=2020-01-23"
    # 2019-12 (month only) does not overlap; 2020 (year only) does
    assert shown_ids(browser) == ["ev-2020-two-sessions", "ev-2020-01-20-zhong", "ev-2020-01-23-lockdown"]
    browser.type_into("#filter-to", "不是日期")
    assert browser.js("document.getElementById('filter-to').getAttribute('aria-invalid')") == "true"
    # the date fields are text in Chinese, never the browser's mm/dd/yyyy picker
    assert browser.js("document.getElementById('filter-from').type") == "text"


def syndicated_page(tmp_path) -> Path:
    documents = [
        {
            "id": f"{n:02d}.html",
            "path": f"news/{n:02d}.html",
            "title": f"东航客机坠毁（{n}）",
            "published": "2022-03-21T16:00",
            "url": f"https://www.outlet{n}.cn/{n}.html",
        }
        for n in range(12)
    ]
    wire = "新华社北京3月21日电 东航一架波音737客机21日14时38分在广西藤县坠毁，机上132人。"
    mentions = [
        {
            "doc": document["id"],
            "sentence": wire,
            "text": "21日14时38分",
            "start": 30,
            "end": 39,
            "value": "2022-03-21T14:38",
            "sentence_start": 10,
        }
        for document in documents
    ]
    event = {
        "id": "ev-crash",
        "date": "2022-03-21",
        "until": None,
        "time": "14:38",
        "title": "东航一架波音737客机在广西藤县坠毁",
        "sources": [document["id"] for document in documents],
        "mentions": mentions,
        "entities": [{"text": "东航", "type": "org"}],
        "quantities": [],
    }
    path = tmp_path / "syndicated.html"
    path.write_text(render([event], RenderOptions(documents=documents), "html"), encoding="utf-8")
    return path


def test_syndicated_copies_show_once_and_open_into_links(browser, tmp_path):
    browser.open(syndicated_page(tmp_path).as_uri())
    assert browser.js("document.querySelectorAll('article.event blockquote').length") == 1
    assert browser.js("document.querySelector('details.copies summary').textContent").startswith("12 家媒体")
    browser.click("details.copies summary")
    links = browser.js("Array.from(document.querySelectorAll('details.copies li a')).map(a => a.href)")
    assert len(links) == 12 and links[0] == "https://www.outlet0.cn/0.html"
    assert (
        browser.js("document.querySelector('.quote a.doc-link').getAttribute('href')")
        == "https://www.outlet0.cn/0.html"
    )
    # searching an outlet's name finds its events
    browser.type_into("#filter-q", "outlet7")
    assert shown_ids(browser) == ["ev-crash"]


@pytest.mark.parametrize(
    ("name", "width", "height", "mobile"), [("desktop", 1280, 900, False), ("mobile", 390, 844, True)]
)
def test_screenshots_after_navigating(tmp_path, page_path, name, width, height, mobile):
    """Screenshots for a person to look at (tests/artifacts/), taken after a click on the strip."""
    from cdp import Browser

    browser = Browser(tmp_path / "shot-profile", width=width, height=height, mobile=mobile)
    try:
        browser.open(page_path.as_uri())
        ARTIFACTS.mkdir(exist_ok=True)
        top = ARTIFACTS / f"timeline-{name}.png"
        browser.screenshot(top, full_page=False)
        browser.click('.ov-years a[data-year="2020"]')
        scrolled = ARTIFACTS / f"timeline-{name}-jumped.png"
        browser.screenshot(scrolled, full_page=False)
        for shot in (top, scrolled):
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        # nothing is wider than the screen: no sideways scrolling on a phone
        assert browser.js("document.documentElement.scrollWidth") <= width
    finally:
        browser.close()
