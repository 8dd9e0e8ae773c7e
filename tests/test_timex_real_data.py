"""The real-text tuning files are well formed, and no page serves two files (tests/data/timex_real/).

Only the tuning files' items are read; of the held-out files, only each line's `source_url`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "timex_real"
TUNING = sorted(DATA.glob("tune*.jsonl"))
HELD_OUT = sorted(DATA.glob("heldout*.jsonl"))
FIELDS = {"id", "text", "ref", "script", "region", "year", "form", "needs_context", "expect", "negatives"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", TUNING, ids=lambda p: p.name)
def test_tuning_items_are_well_formed(path: Path) -> None:
    ids = set()
    for row in _rows(path):
        assert FIELDS <= set(row), row["id"]
        assert row["id"] not in ids
        ids.add(row["id"])
        digest = hashlib.md5(row["source_url"].encode("utf-8")).hexdigest()
        assert row["source_md5"] == digest, row["id"]
        assert digest[0] in "0123456789a", f"{row['id']}: a held-out page"
        assert row["script"] in ("hans", "hant") and row["year"] == int(row["ref"][:4])
        # every label is found in text order (searching on from the previous one, then inside it)
        previous = (-1, 0)
        for label in row["expect"]:
            for start in (previous[1], previous[0] + 1, 0):
                at = row["text"].find(label["text"], start)
                if at >= 0:
                    previous = (at, at + len(label["text"]))
                    break
            else:
                pytest.fail(f"{row['id']}: label {label['text']!r} not in the passage")
            assert ("until" not in label) or label["anchor"] is not None
        for negative in row["negatives"]:
            assert negative in row["text"], row["id"]


def test_no_page_serves_two_files() -> None:
    seen: dict[str, str] = {}
    for path in TUNING + HELD_OUT:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            url = json.loads(line)["source_url"]
            assert url not in seen, f"{url} in {seen.get(url)} and {path.name}"
            seen[url] = path.name
