"""The coverage sets' labels hold together (tests/data/coverage, measured by benchmarks/coverage_eval.py):
every report file is labelled and every labelled report exists, each happening has a day and items,
and each item's quote occurs in its report. The check reads the labels and the files only, never the
tool's output, so it says nothing about how well the held-out stories are merged."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

COVERAGE = Path(__file__).resolve().parent / "data" / "coverage"
SETS = ["tune", "heldout"]


def labels_of(name: str) -> dict:
    return json.loads((COVERAGE / name / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SETS)
def test_every_report_file_is_labelled_and_every_label_has_its_file(name):
    root = COVERAGE / name
    files = {path.relative_to(root).as_posix() for path in root.glob("*/*.txt")}
    assert set(labels_of(name)["documents"]) == files


@pytest.mark.parametrize("name", SETS)
def test_each_document_label_gives_publication_time_script_region_and_address_hash(name):
    for document, info in labels_of(name)["documents"].items():
        datetime.datetime.fromisoformat(info["published"])  # a day, or a day and a clock time
        assert info["script"] in {"hans", "hant"}, document
        assert info["region"] in {"cn", "hk", "mo", "tw", "us", "overseas"}, document
        assert info["outlet"], document
        # one tune report came without its address: its hash is null rather than made up
        assert info["url_md5"] is None or re.fullmatch(r"[0-9a-f]{32}", info["url_md5"]), document


def missing_quotes(root: Path, labels: dict) -> list[str]:
    """Each item whose quote does not occur in its report, as `happening: document quote`."""
    missing = []
    for happening, info in labels["happenings"].items():
        for document, quote in info["items"]:
            path = root / document
            if document not in labels["documents"] or not path.exists():
                missing.append(f"{happening}: {document} (no such report)")
            elif quote not in path.read_text(encoding="utf-8"):
                missing.append(f"{happening}: {document} {quote}")
    return missing


@pytest.mark.parametrize("name", SETS)
def test_each_happening_has_a_day_and_quotes_found_in_their_reports(name):
    labels = labels_of(name)
    for happening, info in labels["happenings"].items():
        datetime.date.fromisoformat(info["date"])
        assert info["what"] and info["items"], happening
    assert missing_quotes(COVERAGE / name, labels) == []


def test_a_quote_not_in_its_report_and_a_report_that_is_not_there_are_both_named(tmp_path):
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "01_a.txt").write_text("某地今天上午发生地震。", encoding="utf-8")
    labels = {
        "documents": {"story/01_a.txt": {}},
        "happenings": {
            "quake": {
                "items": [["story/01_a.txt", "今天上午发生地震"], ["story/01_a.txt", "昨天下午发生地震"]]
            },
            "aftershock": {"items": [["story/02_b.txt", "余震"]]},
        },
    }
    assert missing_quotes(tmp_path, labels) == [
        "quake: story/01_a.txt 昨天下午发生地震",
        "aftershock: story/02_b.txt (no such report)",
    ]
