"""The export renderers: CSV (a row per event and per report), TimelineJS JSON and iCalendar."""

from __future__ import annotations

import csv
import io
import json

from render_sample import DOCUMENTS, EVENTS, HOSTILE_TITLE, MINGPAO, XINHUA

from timeline.render import FORMATS, RenderOptions, render
from timeline.render.ics import fold
from timeline.render.timelinejs import timelinejs_date

OPTIONS = RenderOptions(documents=DOCUMENTS)
BY_ID = {event["id"]: event for event in EVENTS}


def csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")  # spreadsheets read Chinese as UTF-8 only with the mark
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_every_format_is_registered():
    assert {"csv", "timelinejs", "ics"} <= set(FORMATS)


def test_csv_has_a_row_per_event_and_per_report():
    rows = csv_rows(render(EVENTS, OPTIONS, "csv"))
    events = [row for row in rows if row["row"] == "event"]
    reports = [row for row in rows if row["row"] == "report"]
    assert len(events) == len(EVENTS)
    assert len(reports) == sum(len(event["mentions"]) for event in EVENTS)
    lockdown = [row for row in reports if row["event_id"] == "ev-2020-01-23-lockdown"]
    assert {row["doc"] for row in lockdown} == {XINHUA, MINGPAO}
    mingpao = next(row for row in lockdown if row["doc"] == MINGPAO)
    assert mingpao["doc_title"] == "武漢今起「封城」 公交地鐵停運"
    assert mingpao["published"] == "2020-01-23" and mingpao["time"] == "10:00"
    assert "1月23日上午10時" in mingpao["sentence"] and mingpao["expression"] == "1月23日上午10時"
    # the event row carries the event, not a report
    event_row = next(row for row in events if row["event_id"] == "ev-2020-01-23-lockdown")
    assert event_row["doc"] == "" and event_row["sources"] == "2"
    # chronological, with the month-only December event first
    assert events[0]["date"] == "2019-12"


def test_csv_cells_never_become_formulas():
    event = dict(EVENTS[0], title='=HYPERLINK("http://x")', id="-1")
    rows = csv_rows(render([event], RenderOptions(), "csv"))
    assert rows[0]["title"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["event_id"] == "-1"  # a number stays a number


def test_timelinejs_slides():
    result = json.loads(render(EVENTS, OPTIONS, "timelinejs"))
    assert result["title"]["text"]["headline"]
    slides = {slide["unique_id"]: slide for slide in result["events"]}
    assert set(slides) == set(BY_ID)
    assert slides["ev-2019-12-pneumonia"]["start_date"] == {"year": 2019, "month": 12}
    assert slides["ev-2020-two-sessions"]["start_date"] == {"year": 2020}
    assert slides["ev-2020-01-23-lockdown"]["start_date"] == {
        "year": 2020,
        "month": 1,
        "day": 23,
        "hour": 10,
        "minute": 0,
    }
    holiday = slides["ev-2020-01-24-holiday"]
    assert holiday["end_date"] == {"year": 2020, "month": 1, "day": 30}
    assert holiday["display_date"] == "2020-01-24~01-30"
    # TimelineJS shows text as HTML: the hostile title is escaped, never markup
    hostile = slides["ev-2020-02-05-hostile"]
    assert "<script" not in json.dumps(result)
    assert "&lt;script&gt;" in hostile["text"]["text"] or "&lt;script&gt;" in hostile["text"]["headline"]
    assert HOSTILE_TITLE not in hostile["text"]["headline"]


def test_timelinejs_dates():
    assert timelinejs_date("2020-01-23", "NI") == {"year": 2020, "month": 1, "day": 23}
    assert timelinejs_date("XXXX-01-23") is None
    assert timelinejs_date("") is None


def test_ics_calendar():
    text = render(EVENTS, OPTIONS, "ics")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == len(EVENTS)
    unfolded = text.replace("\r\n ", "")
    lockdown = unfolded[unfolded.index("UID:ev-2020-01-23-lockdown@timeline") :].split("END:VEVENT")[0]
    assert "DTSTART:20200123T100000" in lockdown
    holiday = unfolded[unfolded.index("UID:ev-2020-01-24-holiday@timeline") :].split("END:VEVENT")[0]
    assert "DTSTART;VALUE=DATE:20200124" in holiday and "DTEND;VALUE=DATE:20200131" in holiday
    month = unfolded[unfolded.index("UID:ev-2019-12-pneumonia@timeline") :].split("END:VEVENT")[0]
    assert "DTSTART;VALUE=DATE:20191201" in month and "DTEND;VALUE=DATE:20200101" in month
    # the same input gives the same file: DTSTAMP is the event's own date, not the clock
    assert render(EVENTS, OPTIONS, "ics") == text


def test_ics_escapes_and_folds():
    event = dict(EVENTS[4], title="封城,公交; 地铁\\停运\n" + "长" * 40)
    text = render([event], RenderOptions(), "ics").replace("\r\n ", "")
    assert "SUMMARY:封城\\,公交\\; 地铁\\\\停运\\n" in text
    folded = fold("DESCRIPTION:" + "武汉" * 40)
    assert all(len(line.encode("utf-8")) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + "武汉" * 40
