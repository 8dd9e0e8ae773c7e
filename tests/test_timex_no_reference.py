"""`timeline.parse(text, None)`: no reference, and never the machine's clock in its place."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import timeline

TIMEX = Path(__file__).resolve().parent.parent / "timeline" / "timex"


def test_an_unknown_reference_is_null_in_the_result() -> None:
    result = timeline.parse("昨天下午3时，2012年1月22日", None)
    assert result["ref"] is None
    first, second = result["mentions"]
    assert (first["anchor"], first["value"]) == (None, "XXXX-XX-XXT15:00")
    assert (second["anchor"], second["value"]) == ("2012-01-22", "2012-01-22")


def test_the_normalizer_never_reads_the_clock() -> None:
    clock = re.compile(r"\b(?:today|now|utcnow)\s*\(|\btime\.time\s*\(")
    for path in sorted(TIMEX.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not clock.search(line), f"{path.name}:{number}: {line.strip()}"


def test_results_without_a_reference_do_not_depend_on_the_day_they_run(monkeypatch) -> None:
    text = "1月22日，除夕，今年，27日，上周五，2012年1月22日，次日"
    before = timeline.parse(text, None)

    class Later(dt.date):
        @classmethod
        def today(cls):  # pragma: no cover - only called if something reads the clock
            return dt.date(2031, 7, 9)

    monkeypatch.setattr(dt, "date", Later)
    assert timeline.parse(text, None) == before
