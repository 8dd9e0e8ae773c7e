"""Renderers for `timeline events`: the dispatcher, the terminal table (against a golden file at 100
columns) and JSON / JSON Lines."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from render_sample import DOCUMENTS, EVENTS, HOSTILE_TITLE
from rich.cells import cell_len

from timeline.render import RenderOptions, date_label, event_sort_key, merged_report_count, render, time_label

GOLDEN_TABLE = Path(__file__).parent / "render_golden" / "table_width100.txt"


def options(**overrides) -> RenderOptions:
    return RenderOptions(documents=DOCUMENTS, failed_documents=1, **overrides)


# --- shared helpers --------------------------------------------------------------------------------------


def test_unknown_format_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown output format 'yaml'"):
        render(EVENTS, options(), "yaml")


def test_labels():
    assert date_label("2020-01-24", "2020-01-30") == "2020-01-24~01-30"
    assert date_label("2020-01-30", "2020-02-02") == "2020-01-30~02-02"
    assert date_label("2019-12-30", "2020-01-02") == "2019-12-30~2020-01-02"
    assert date_label("2020-01", None) == "2020-01"
    assert time_label("EV") == "傍晚"
    assert time_label("10:00") == "10:00"
    assert time_label(None) == ""


def test_month_and_year_precision_sort_before_their_days():
    dates = [event["date"] for event in sorted(EVENTS, key=event_sort_key)]
    assert dates.index("2019-12") < dates.index("2019-12-30")
    assert dates.index("2020") < dates.index("2020-01-20")


def test_summary_counts():
    assert merged_report_count(EVENTS) == 1  # one event merges two reports
    assert options().summary(EVENTS) == {
        "documents_read": 4,
        "events": len(EVENTS),
        "merged_reports": 1,
        "failed_documents": 1,
    }


# --- table -----------------------------------------------------------------------------------------------


def test_table_matches_golden_at_100_columns():
    text = render(EVENTS, options(width=100), "table")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN_TABLE.parent.mkdir(exist_ok=True)
        GOLDEN_TABLE.write_text(text, encoding="utf-8")
    assert text == GOLDEN_TABLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_table_fits_the_width(width):
    text = render(EVENTS, options(width=width), "table")
    table_lines = text.splitlines()[:-1]  # the summary line may wrap on its own
    assert all(cell_len(line) <= width for line in table_lines)
    assert len(table_lines) == 2 + len(EVENTS)  # header, rule, one line per event


def test_table_summary_line():
    last_line = render(EVENTS, options(), "table").splitlines()[-1]
    assert last_line == "4 documents read, 8 events, 1 merged report, 1 document failed"


def test_table_shows_document_text_literally_and_strips_control_characters():
    event = dict(EVENTS[0], title="[bold red]不是标记[/] \x1b[31m红\u2028字", sources=["a\x1b]0;x\x07.txt"])
    text = render([event], RenderOptions(width=100), "table")
    assert "[bold red]不是标记[/]" in text
    assert "\x1b" not in text and "\x07" not in text and "\u2028" not in text
    assert HOSTILE_TITLE[:20] in render(EVENTS, options(), "table")


def test_table_colours_only_when_asked():
    assert "\x1b[" not in render(EVENTS, options(), "table")
    assert "\x1b[" in render(EVENTS, options(color=True), "table")


def test_table_without_events():
    text = render([], RenderOptions(), "table")
    assert text.splitlines()[-1] == "0 documents read, 0 events, 0 merged reports, 0 documents failed"


# --- json and jsonl --------------------------------------------------------------------------------------


def test_json_schema_documents_and_events():
    text = render(EVENTS, options(), "json")
    result = json.loads(text)
    assert list(result)[:3] == ["schema", "documents", "events"]
    assert result["schema"] == "timeline.events/1"
    assert [document["id"] for document in result["documents"]] == [document["id"] for document in DOCUMENTS]
    for document in result["documents"]:
        assert "text" not in document and "noise_spans" not in document
        assert list(document)[:7] == [
            "id",
            "path",
            "title",
            "published",
            "published_basis",
            "encoding",
            "script",
        ]
    assert len(result["events"]) == len(EVENTS)
    for event in result["events"]:
        assert list(event)[:9] == [
            "id",
            "date",
            "until",
            "time",
            "title",
            "sources",
            "mentions",
            "entities",
            "quantities",
        ]
        for mention in event["mentions"]:
            assert list(mention)[:6] == ["doc", "sentence", "text", "start", "end", "value"]
            assert mention["text"] in mention["sentence"]
    assert result["summary"]["merged_reports"] == 1
    assert "武汉" in text  # Chinese kept as is


def test_json_keeps_event_order_and_extra_fields():
    shuffled = [dict(reversed(list(event.items())), extra_field=1) for event in EVENTS]
    result = json.loads(render(shuffled, options(), "json"))
    assert [event["id"] for event in result["events"]] == [event["id"] for event in EVENTS]
    assert list(result["events"][0])[0] == "id" and list(result["events"][0])[-1] == "extra_field"


def test_jsonl_one_event_per_line():
    text = render(EVENTS, options(), "jsonl")
    lines = text.splitlines()
    assert text.endswith("\n") and len(lines) == len(EVENTS)
    parsed = [json.loads(line) for line in lines]
    assert [event["date"] for event in parsed] == [event["date"] for event in EVENTS]
    assert parsed[-1]["title"] == HOSTILE_TITLE
    assert "\u2028" not in text  # escaped, so no line reader splits a record
    assert "\u2028" in parsed[-1]["mentions"][0]["sentence"]  # and it survives the round trip
    assert render([], options(), "jsonl") == ""


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "html"])
def test_output_is_identical_across_runs(fmt):
    assert render(EVENTS, options(), fmt) == render([dict(event) for event in EVENTS], options(), fmt)
