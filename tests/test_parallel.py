"""Parallel workers give the same output as one, for extract and events."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from timeline.cli import PARALLEL_THRESHOLD, app
from timeline.documents import iter_document_paths
from timeline.parallel import process_all

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def corpus(tmp_path: Path) -> Path:
    """Enough documents to start a pool: the seeds twice, plus one unreadable file in the middle."""
    folder = tmp_path / "corpus"
    for copy in ("a", "b"):
        (folder / copy).mkdir(parents=True)
        for seed in SEEDS:
            shutil.copy(seed, folder / copy / seed.name)
    (folder / "a" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert len(list(folder.rglob("*.txt"))) >= PARALLEL_THRESHOLD
    return folder


def run(arguments: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, arguments)
    return result.exit_code, result.stdout, result.stderr


def test_events_are_identical_with_one_and_two_workers(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    one = run(["events", str(folder), "--format", "json", "--workers", "1"])
    two = run(["events", str(folder), "--format", "json", "--workers", "2"])
    assert one == two
    assert one[0] == 2  # the broken file is reported, the rest processed
    assert one[2].count("broken.txt") == 1
    assert '"events"' in one[1]


def test_extract_is_identical_with_one_and_two_workers(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    one = run(["extract", str(folder), "--format", "jsonl", "--workers", "1"])
    two = run(["extract", str(folder), "--format", "jsonl", "--workers", "2"])
    assert one == two
    assert len(one[1].splitlines()) == 2 * len(SEEDS)


def test_outcomes_keep_input_order_and_drop_the_text(tmp_path: Path) -> None:
    targets = list(iter_document_paths([str(corpus(tmp_path))]))
    outcomes = list(process_all(targets, workers=2, with_events=True))
    assert [outcome.doc_id for outcome in outcomes] == [doc_id for _, doc_id in targets]
    readable = [outcome for outcome in outcomes if outcome.error is None]
    assert all("text" not in outcome.document for outcome in readable)
    assert all(outcome.events is not None for outcome in readable)
