"""Engines: merging through date buckets (spilled to disk or not) gives exactly the events of merging
every candidate at once; the CLI's engine options fail with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.engines.buckets import DateBuckets, block_of_buckets, bucket_key, date_blocks, range_reach
from timeline.events import document_events, merge_events
from timeline.extract import extract_path, public_document
from timeline.read.recurring import drop_recurring_lines

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "seeds", ROOT / "tests" / "data" / "merge", ROOT / "tests" / "data" / "coverage" / "tune"]


def _documents(folder: Path) -> list[tuple[dict, list[dict]]]:
    found = []
    for number, path in enumerate(sorted(folder.rglob("*.txt"))):
        document = extract_path(str(path), f"d{number:03d}")
        found.append((public_document(document), document_events(document)))
    return found


@pytest.fixture(scope="module", params=CORPORA, ids=lambda path: path.name)
def corpus(request) -> list[tuple[dict, list[dict]]]:
    documents = _documents(request.param)
    if not documents:
        pytest.skip(f"no documents in {request.param}")
    return documents


def _at_once(documents: list[tuple[dict, list[dict]]]) -> list[dict]:
    """What `timeline events` did before the engines: every candidate in memory, merged at once."""
    candidates = [candidate for _, events in documents for candidate in events]
    titles = {document["id"]: document.get("title") or "" for document, _ in documents}
    return merge_events(drop_recurring_lines(candidates, titles))


def _bucketed(
    documents: list[tuple[dict, list[dict]]], limit: int, folder: str | None = None, workers: int = 1
) -> list[dict]:
    buckets = DateBuckets(limit=limit, folder=folder)
    for document, events in documents:
        buckets.add_document(document, events)
    return list(buckets.merged_events(workers=workers))


@pytest.mark.parametrize("limit", [1, 7, 100_000])
def test_buckets_give_the_events_of_one_merge(corpus, limit, tmp_path):
    expected = json.dumps(_at_once(corpus), ensure_ascii=False)
    assert json.dumps(_bucketed(corpus, limit, str(tmp_path)), ensure_ascii=False) == expected
    assert list(tmp_path.iterdir()) == []  # spill files are removed


@pytest.mark.parametrize("limit", [7, 100_000])
def test_blocks_merged_by_a_pool_give_the_same_events(corpus, limit, tmp_path):
    # two processes merge the date blocks, with about `limit` candidates sent and not given back
    # (a few blocks at a time at 7, every block at once at 100 000): the events and their order are
    # those of one process
    expected = json.dumps(_at_once(corpus), ensure_ascii=False)
    assert json.dumps(_bucketed(corpus, limit, str(tmp_path), workers=2), ensure_ascii=False) == expected
    assert list(tmp_path.iterdir()) == []


def test_blocks_merged_by_a_spawned_pool_give_the_same_events(monkeypatch, tmp_path):
    # where fork is missing (Windows, macOS's default) the workers start empty and are given the
    # run's templates, aliases and policy once
    import multiprocessing

    documents = _documents(ROOT / "seeds")
    expected = json.dumps(_at_once(documents), ensure_ascii=False)
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert json.dumps(_bucketed(documents, 7, str(tmp_path), workers=2), ensure_ascii=False) == expected


def _candidate(doc: str, date: str, sentence: str, until: str | None = None, people=()) -> dict:
    return {
        "date": date,
        "until": until,
        "time": None,
        "title": sentence[:20],
        "sources": [doc],
        "mentions": [
            {
                "doc": doc,
                "sentence": sentence,
                "sentence_display": sentence,
                "sentence_start": 0,
                "text": date,
                "start": 0,
                "end": 2,
                "value": date,
            }
        ],
        "entities": [{"text": name, "type": "person"} for name in people],
        "quantities": [],
    }


def test_template_lines_and_aliases_are_run_wide():
    template = "本站2019年3月1日全新改版"
    documents = []
    for number in range(4):
        doc = f"site{number}"
        events = [_candidate(doc, "2019-03-01", template)]
        # the alias is stated on one day, used on another: the blocks must share it
        if number == 0:
            events.append(
                _candidate(doc, "2018-10-30", "作家金庸（原名查良镛）在香港逝世。", people=["金庸"])
            )
        if number == 1:
            events.append(_candidate(doc, "2018-10-31", "查良镛逝世，享年94岁。", people=["查良镛"]))
            events.append(_candidate(doc, "2018-10-31", "金庸辞世，享年94岁。", people=["金庸"]))
        documents.append(({"id": doc, "title": f"新闻{number}"}, events))
    expected = _at_once(documents)
    assert not any(event["date"] == "2019-03-01" for event in expected)
    assert _bucketed(documents, 1) == expected
    assert _bucketed(documents, 1000) == expected


def test_ranges_join_the_blocks_of_ranges_they_overlap():
    candidates = [
        _candidate("a", "2020-01-01", "一", until="2020-01-04"),
        _candidate("b", "2020-01-02", "二"),  # inside a's span, but a single date: its own block
        _candidate("c", "2020-01-03", "三", until="2020-01-09"),  # overlaps a: joins
        _candidate("e", "2020-01-03", "五"),  # starts with c: joins with it
        _candidate("f", "2020-01-10", "六", until="2020-01-11"),  # after c's reach
        _candidate("d", "2020-01", "四"),
    ]
    buckets: dict = {}
    for candidate in candidates:
        buckets.setdefault(bucket_key(candidate), []).append(candidate)
    blocks = list(date_blocks(sorted(buckets.items())))
    names = sorted(sorted(c["mentions"][0]["doc"] for c in block) for block in blocks)
    assert names == [["a", "c", "e"], ["b"], ["d"], ["f"]]
    reaches = {key: range_reach(part) for key, part in buckets.items()}
    assigned = block_of_buckets(reaches)
    grouped: dict = {}
    for key, block in assigned.items():
        grouped.setdefault(block, []).extend(c["mentions"][0]["doc"] for c in buckets[key])
    assert sorted(sorted(group) for group in grouped.values()) == names


def _run(arguments: list[str]):
    return CliRunner().invoke(app, arguments)


def test_scheduler_needs_the_dask_engine(tmp_path):
    (tmp_path / "a.txt").write_text("2020年1月2日，武汉发生了一件大事。", encoding="utf-8")
    result = _run(["events", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == ["timeline: error: --scheduler needs --engine dask"]


def test_missing_dask_is_one_line(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def without_dask(name, *args, **kwargs):
        if name == "dask" or name.startswith(("dask.", "distributed")):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_dask)
    (tmp_path / "a.txt").write_text("2020年1月2日，武汉发生了一件大事。", encoding="utf-8")
    result = _run(["events", str(tmp_path), "--engine", "dask"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert lines == [
        "timeline: error: --engine dask needs dask and distributed: pip install 'timeline[dask]'"
    ]


def _dask_available() -> bool:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


needs_dask = pytest.mark.skipif(not _dask_available(), reason="dask[bag] and distributed are not installed")


@needs_dask
@pytest.mark.parametrize("command", ["events", "extract"])
def test_dask_engine_on_a_local_cluster_gives_the_local_bytes(command, tmp_path):
    corpus = ROOT / "tests" / "data" / "coverage" / "tune"
    outputs = {}
    for engine in ("local", "dask"):
        target = tmp_path / f"{engine}.jsonl"
        result = _run(
            [command, str(corpus), "-f", "jsonl", "--workers", "2", "--engine", engine, "-o", str(target)]
        )
        assert result.exit_code == 0, result.output
        outputs[engine] = target.read_bytes()
    assert outputs["local"] and outputs["dask"] == outputs["local"]


@needs_dask
def test_unreachable_scheduler_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("2020年1月2日，武汉发生了一件大事。", encoding="utf-8")
    result = _run(["events", str(tmp_path), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "timeline: error: --scheduler tcp://127.0.0.1:9: cannot reach the Dask scheduler"
    ), lines
