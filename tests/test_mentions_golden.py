"""Golden time mentions for the demo corpus: `seeds/<stem>.txt` + `tests/golden/mentions/<stem>.json`.

Each golden file lists every time expression of its seed with its normalized value, checked by hand
(notes in tests/golden/mentions/NOTES.md). A new seed with a golden file is a new test. To regenerate
after a deliberate change: `UPDATE_GOLDEN=1 python -m pytest tests/test_mentions_golden.py`, then read
the diff line by line before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from timeline.extract import extract_path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "mentions"
FIELDS = ("text", "start", "end", "type", "value", "mod", "anchor", "until")
SEEDS = sorted(ROOT.glob("seeds/*.txt"))


def projection(path: Path) -> dict:
    document = extract_path(str(path), path.name)
    return {
        "published": document["published"],
        "published_basis": document["published_basis"],
        "mentions": [{field: mention.get(field) for field in FIELDS} for mention in document["mentions"]],
    }


@pytest.mark.parametrize("seed", SEEDS, ids=[seed.stem for seed in SEEDS])
def test_seed_mentions_match_golden(seed: Path) -> None:
    golden_path = GOLDEN / f"{seed.stem}.json"
    actual = projection(seed)
    if os.environ.get("UPDATE_GOLDEN"):
        golden_path.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not golden_path.exists():
        pytest.skip(f"no golden file {golden_path.name}")
    expected = json.loads(golden_path.read_text(encoding="utf-8"))
    assert actual["published"] == expected["published"]
    assert actual["published_basis"] == expected["published_basis"]
    for index, (got, want) in enumerate(zip(actual["mentions"], expected["mentions"], strict=False)):
        assert got == want, f"mention {index} of {seed.name} differs"
    assert len(actual["mentions"]) == len(expected["mentions"])


def test_every_seed_has_a_golden_file() -> None:
    assert SEEDS, "no seeds found"
    missing = [seed.name for seed in SEEDS if not (GOLDEN / f"{seed.stem}.json").exists()]
    assert not missing
