"""Golden events for the seeds: the real pipeline (extract, then anchor) against checked files.

For each `seeds/<stem>.txt` that has `tests/golden/events/<stem>.json`, the events of that document
are compared with the file on a stable projection (date, until, time, title and the dating mention).
The dates in the files were checked by hand against the seed sentences; see NOTES.md next to them.

Regenerate after a deliberate change to the parser or the anchoring, then re-check the diff by hand:

    UPDATE_GOLDEN=1 /work/venv/bin/python -m pytest tests/test_events_golden.py

With UPDATE_GOLDEN=1 every seed gets a file, including seeds that had none.
"""

import json
import os
from pathlib import Path

import pytest

from timeline.events import document_events
from timeline.extract import extract_path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).parent / "golden" / "events"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def project(events: list[dict]) -> list[dict]:
    """The parts of each event that a reader checks: when, what, and which expression dated it."""
    projected = []
    for event in events:
        projected.append(
            {
                "date": event["date"],
                "until": event["until"],
                "time": event["time"],
                "title": event["title"],
                "mentions": [
                    {key: report[key] for key in ("doc", "text", "start", "end", "value")}
                    for report in event["mentions"]
                ],
            }
        )
    return projected


def seed_events(path: Path) -> list[dict]:
    document = extract_path(str(path), path.name)
    return project(document_events(document))


def _seeds() -> list[Path]:
    seeds = sorted(SEEDS.glob("*.txt"))
    return seeds if UPDATE else [seed for seed in seeds if (GOLDEN / f"{seed.stem}.json").exists()]


@pytest.mark.parametrize("seed", _seeds(), ids=lambda path: path.stem)
def test_seed_events_match_golden(seed: Path):
    golden_path = GOLDEN / f"{seed.stem}.json"
    events = seed_events(seed)
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden_path.write_text(json.dumps(events, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    expected = json.loads(golden_path.read_text(encoding="utf-8"))
    assert [(e["date"], e["title"]) for e in events] == [(e["date"], e["title"]) for e in expected]
    assert events == expected


def test_golden_files_have_seeds():
    for golden_path in GOLDEN.glob("*.json"):
        assert (SEEDS / f"{golden_path.stem}.txt").exists(), golden_path.name
