"""The command line through typer's CliRunner (and a few real processes): commands, formats, options."""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from timeline import __version__
from timeline.cli import app
from timeline.documents import read_bytes_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

DOCUMENT_FIELDS = {
    "id",
    "path",
    "title",
    "published",
    "published_basis",
    "encoding",
    "script",
    "mentions",
    "quantities",
}
EVENT_FIELDS = {"id", "date", "time", "title", "sources", "mentions", "entities", "quantities"}

# Two outlets reporting the same day, and an unrelated third story: enough for merging and filters.
REPORT = "武汉关闭离汉通道\n新华社武汉1月23日电 武汉市23日10时起关闭离汉通道，全市城市公交暂停运营。\n"
OTHER = "火神山医院交付\n2月2日上午，武汉火神山医院正式交付，一千四百名医护人员进驻。\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def assert_clean_stderr(result) -> None:
    assert "Traceback" not in result.stderr and "╭" not in result.stderr


@pytest.fixture(scope="module")
def seeds_extract() -> dict:
    result = run("extract", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seeds_events() -> dict:
    result = run("events", str(SEEDS), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def two_outlets(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "xinhua.txt").write_text(REPORT, encoding="utf-8")
    (folder / "cctv.txt").write_text(REPORT, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    return folder


# --- help


def registered_commands() -> list:
    group = typer.main.get_command(app)
    return sorted(group.commands.items())


def test_the_commands_of_the_contract_are_registered():
    assert {name for name, _ in registered_commands()} >= {"parse", "extract", "events"}


@pytest.mark.parametrize(("name", "command"), registered_commands())
def test_every_command_has_help_text(name, command):
    assert (command.help or "").strip(), f"{name} has no help text"
    for parameter in command.params:
        assert (getattr(parameter, "help", None) or "").strip(), f"{name} {parameter.name} has no help"
    result = run(name, "--help")
    assert result.exit_code == 0
    assert command.help.split()[0] in result.stdout


def test_top_level_help_lists_the_commands():
    result = run("--help")
    assert result.exit_code == 0
    for name, _ in registered_commands():
        assert name in result.stdout


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"timeline {__version__}"


# --- parse


def test_parse_text_argument():
    result = run("parse", "2020年1月23日上午10时，武汉关闭离汉通道", "--ref", "2020-01-24")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"ref", "mentions", "quantities"}
    assert data["ref"] == "2020-01-24"
    assert data["mentions"][0]["anchor"] == "2020-01-23"


def test_parse_reads_standard_input_when_text_is_omitted_or_dash():
    text = "1月26日，27日"
    by_argument = json.loads(run("parse", text, "--ref", "2020-02-01").stdout)
    for args in (("parse", "--ref", "2020-02-01"), ("parse", "-", "--ref", "2020-02-01")):
        result = run(*args, input=text)
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout) == by_argument
    assert [m["anchor"] for m in by_argument["mentions"]] == ["2020-01-26", "2020-01-27"]


@pytest.mark.parametrize(
    ("ref", "shown"),
    [
        ("2024-02-20", "2024-02-20"),
        ("2024-02-20T08:30", "2024-02-20T08:30"),
        # dates as people type them
        ("2024-2-20", "2024-02-20"),
        ("2024/2/20", "2024-02-20"),
        ("2024年2月20日", "2024-02-20"),
        ("20240220", "2024-02-20"),
        ("2024/2/20 08:30", "2024-02-20T08:30"),
        # and what is not a date, or not a real one
        ("2024-02-30", None),
        ("next blue moon", None),
    ],
)
def test_parse_ref_forms(ref, shown):
    result = run("parse", "昨天", "--ref", ref)
    if shown is None:
        assert result.exit_code == 2 and "--ref" in result.stderr
        assert len(lines_of(result.stderr)) == 1
        return
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ref"] == shown
    assert data["mentions"][0]["anchor"] == "2024-02-19"


def test_parse_without_ref_never_uses_the_clock():
    result = run("parse", "今天，2012年1月22日")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["ref"] is None
    today, explicit = data["mentions"]
    assert today["anchor"] is None and today["value"].startswith("XXXX")
    assert explicit["anchor"] == "2012-01-22"  # a full date needs no reference


def test_parse_output_keeps_chinese_as_is():
    result = run("parse", "武汉1月23日", "--ref", "2020-02-01")
    assert "1月23日" in result.stdout and "\\u" not in result.stdout


# --- extract


def test_extract_json_schema(seeds_extract):
    assert seeds_extract["schema"] == "timeline.extract/1"
    documents = seeds_extract["documents"]
    assert [doc["id"] for doc in documents] == [path.name for path in SEED_FILES]
    for document in documents:
        assert DOCUMENT_FIELDS <= set(document)
        assert "text" not in document and "noise_spans" not in document
        assert document["published_basis"] in ("dateline", "byline", "inferred", "given", "none")
        assert document["script"] in ("hans", "hant")
        assert isinstance(document["title"], str) and document["title"]
        assert document["published"] is None or document["published"][:4].isdigit()


def test_extract_offsets_slice_the_decoded_file_text(seeds_extract):
    for document, path in zip(seeds_extract["documents"], SEED_FILES, strict=True):
        decoded, _ = read_bytes_text(path.read_bytes())
        for item in document["mentions"] + document["quantities"]:
            assert decoded[item["start"] : item["end"]] == item["text"]


def test_extract_jsonl_is_one_document_per_line(seeds_extract):
    result = run("extract", str(SEEDS), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(SEED_FILES)
    assert [json.loads(line) for line in lines] == seeds_extract["documents"]


def test_extract_standard_input():
    result = run("extract", "-", "--format", "jsonl", input="标题\n2020-02-01 13:07\n武汉1月23日封城。\n")
    assert result.exit_code == 0, result.stderr
    (document,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (document["id"], document["path"]) == ("stdin", "-")
    assert (document["published"], document["published_basis"]) == ("2020-02-01T13:07", "dateline")


def test_extract_standard_input_in_gbk_bytes():
    data = "武汉关闭离汉通道\n2020-02-01 13:07\n武汉市1月23日起关闭离汉通道。\n".encode("gbk")
    result = run("extract", "-", "--format", "jsonl", input=data)
    document = json.loads(result.stdout)
    assert document["encoding"] == "gbk" and document["title"] == "武汉关闭离汉通道"


def test_extract_ids_are_unique_for_two_files_of_the_same_name(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(REPORT, encoding="utf-8")
    result = run("extract", str(tmp_path / "one"), str(tmp_path / "two"), "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["a.txt", "two/a.txt"]
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["one/a.txt", "two/a.txt"]


def test_extract_encoding_override(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("武漢封城\n1月23日10時起，武漢關閉離漢通道。\n".encode("big5"))
    result = run("extract", str(path), "--encoding", "big5", "--ref", "2020-02-01", "--format", "jsonl")
    document = json.loads(result.stdout)
    assert document["encoding"] == "big5" and document["script"] == "hant"
    assert document["title"] == "武漢封城"
    wrong = run("extract", str(path), "--encoding", "utf-8")
    assert wrong.exit_code == 2
    assert lines_of(wrong.stderr) == [f"timeline: {path}: not valid utf-8: invalid start byte at byte 0"]


def test_extract_unknown_encoding_is_a_usage_error():
    result = run("extract", str(SEEDS), "--encoding", "klingon")
    assert result.exit_code == 2
    assert lines_of(result.stderr) == ["timeline: error: --encoding: unknown encoding 'klingon'"]
    assert result.stdout == ""


def test_extract_ref_is_used_only_for_documents_without_a_date(tmp_path):
    dated = tmp_path / "dated.txt"
    dated.write_text("标题\n2020-02-01 13:07\n正文。\n", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("标题\n今天上午，武汉召开发布会。\n", encoding="utf-8")
    result = run("extract", str(dated), str(undated), "--ref", "2021-05-06", "--format", "jsonl")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["published"], first["published_basis"]) == ("2020-02-01T13:07", "dateline")
    assert (second["published"], second["published_basis"]) == ("2021-05-06", "given")
    assert second["mentions"][0]["anchor"] == "2021-05-06"  # 今天 read at the given reference


def test_extract_output_file(tmp_path):
    target = tmp_path / "out.json"
    result = run("extract", str(SEED_FILES[0]), "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["documents"][0]["id"] == SEED_FILES[0].name


# --- events


def test_events_json_schema(seeds_events):
    assert seeds_events["schema"] == "timeline.events/1"
    assert [doc["id"] for doc in seeds_events["documents"]] == [path.name for path in SEED_FILES]
    assert all("text" not in doc for doc in seeds_events["documents"])
    assert seeds_events["events"]
    for event in seeds_events["events"]:
        assert EVENT_FIELDS <= set(event)
        assert event["sources"] and all(isinstance(source, str) for source in event["sources"])
        for mention in event["mentions"]:
            assert {"doc", "sentence", "text", "start", "end", "value"} <= set(mention)


def test_events_jsonl_and_auto_in_a_pipe(seeds_events):
    for args in (("--format", "jsonl"), ("--format", "auto"), ()):
        result = run("events", str(SEEDS), *args)
        assert result.exit_code == 0
        assert [json.loads(line) for line in result.stdout.splitlines()] == seeds_events["events"]


def test_events_table():
    result = run("events", str(SEEDS), "--format", "table", "--width", "100")
    assert result.exit_code == 0
    assert "2020-06-30" in result.stdout
    assert "5 documents read" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when not on a terminal


def test_events_html_to_standard_output_and_to_files(tmp_path):
    result = run("events", str(SEEDS), "--format", "html")
    assert result.exit_code == 0
    assert result.stdout.lstrip().lower().startswith("<!doctype html")
    assert 'lang="zh' in result.stdout
    page, data = tmp_path / "page.html", tmp_path / "events.jsonl"
    result = run("events", str(SEEDS), "--html", str(page), "-o", str(data), "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert all(json.loads(line)["date"] for line in data.read_text(encoding="utf-8").splitlines())


def test_events_html_alongside_json_on_standard_output(tmp_path):
    page = tmp_path / "page.html"
    result = run("events", str(SEEDS), "--html", str(page), "--format", "json")
    assert json.loads(result.stdout)["schema"] == "timeline.events/1"
    assert page.stat().st_size > 0


def first_day(period: str) -> dt.date:
    year, month, day = (int(part) for part in (period + "-01-01").split("-")[:3])
    return dt.date(year, month, day)


def last_day(period: str) -> dt.date:
    parts = [int(part) for part in period.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


def test_events_since_until(seeds_events):
    since, until = "2020-02", "2020-03-15"
    result = run("events", str(SEEDS), "--format", "json", "--since", since, "--until", until)
    events = json.loads(result.stdout)["events"]
    assert events and len(events) < len(seeds_events["events"])

    def meets(event: dict) -> bool:  # the event's span, at its own precision, meets the window
        end = event.get("until") or event["date"]
        return last_day(end) >= first_day(since) and first_day(event["date"]) <= last_day(until)

    assert events == [event for event in seeds_events["events"] if meets(event)]
    assert not any(event["date"].startswith(("2020-06", "2020-07")) for event in events)


def test_events_source_filter(seeds_events):
    chosen = SEED_FILES[3].name
    result = run("events", str(SEEDS), "--format", "json", "--source", chosen)
    events = json.loads(result.stdout)["events"]
    expected = [event for event in seeds_events["events"] if chosen in event["sources"]]
    assert events == expected and events


def test_events_min_sources_keeps_merged_reports(two_outlets):
    # The reports carry no year: --ref dates them (nothing is dated from the clock).
    everything = json.loads(
        run("events", str(two_outlets), "--format", "json", "--ref", "2020-01-23").stdout
    )["events"]
    result = run("events", str(two_outlets), "--format", "json", "--min-sources", "2", "--ref", "2020-01-23")
    merged = json.loads(result.stdout)["events"]
    assert merged and len(merged) < len(everything)
    assert all(sorted(event["sources"]) == ["cctv.txt", "xinhua.txt"] for event in merged)


@pytest.mark.parametrize(
    ("window", "dates"),
    [
        (("--since", "2020-02-10"), ["2020-02"]),  # a month-precision event meets a window inside it
        (("--until", "2020-02-01"), ["2020-02"]),
        (("--until", "2020-01-31"), []),
        (("--since", "2020-03"), []),
    ],
)
def test_events_filters_compare_at_the_event_precision(window, dates):
    text = "方舱医院\n2月，武汉陆续建成16家方舱医院，收治轻症患者。\n"
    result = run("events", "-", "--format", "json", "--ref", "2020-03-01", *window, input=text)
    assert [event["date"] for event in json.loads(result.stdout)["events"]] == dates


# --- real processes


def timeline_process(*args: str, input: bytes | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE if input is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.parametrize(
    "args",
    [
        ("events", "seeds/"),
        ("events", "seeds/", "--format", "json"),  # larger than a pipe's buffer
        ("extract", "seeds/", "--format", "json"),
        ("parse", "--ref", "2020-05-01"),
    ],
)
def test_closed_pipe_after_one_line_is_quiet(args):
    """`timeline events seeds/ | head -1`: no traceback, no BrokenPipeError."""
    feed = ("2020年1月1日，" * 5000).encode("utf-8") if args[0] == "parse" else None
    process = timeline_process(*args, input=feed)
    if feed is not None:
        process.stdin.write(feed)
        process.stdin.close()
    first = process.stdout.readline()
    process.stdout.close()  # what `head -1` does after its line
    stderr = process.stderr.read().decode("utf-8", errors="replace")
    process.stderr.close()
    status = process.wait(timeout=120)
    assert first.strip()
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and "Exception ignored" not in stderr
    assert status in (0, 1), stderr  # 1: the pipe closed early, as click reports it; never 120 or a crash


def test_python_dash_m_version():
    completed = subprocess.run(
        [sys.executable, "-m", "timeline", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"timeline {__version__}"


def test_events_output_is_byte_identical_across_processes():
    """Two runs (two processes, two hash seeds) print the same bytes: ids and order are stable."""
    outputs = []
    for seed in ("1", "2"):
        completed = subprocess.run(
            [sys.executable, "-m", "timeline", "events", "seeds/", "--format", "json"],
            cwd=ROOT,
            capture_output=True,
            timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)},
        )
        assert completed.returncode == 0, completed.stderr
        outputs.append(completed.stdout)
    assert outputs[0] == outputs[1]


def test_relative_user_dates_count_from_today_and_say_so():
    """`yesterday` is the user's own request to count from today: computed from the real date, told on
    stderr. The documents' own dates never come from the clock."""
    import datetime as dt

    result = run("parse", "昨天", "--ref", "yesterday")
    assert result.exit_code == 0, result.stderr
    expected = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    assert json.loads(result.stdout)["ref"] in (
        expected,
        (dt.date.today() - dt.timedelta(days=2)).isoformat(),
    )
    assert "counted from today" in result.stderr


@pytest.mark.parametrize(
    ("since", "kept"),
    [
        ("2020/1/23", True),
        ("2020年1月24日", False),
        ("20200123", True),
        ("2020年1月", True),
        ("3 days ago", False),
    ],
)
def test_since_accepts_typed_dates(tmp_path, since, kept):
    (tmp_path / "a.txt").write_text("2020年1月23日，武汉市宣布全市公交停运。\n", encoding="utf-8")
    result = run("events", str(tmp_path), "--since", since, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert bool(result.stdout.strip()) is kept


def test_unreadable_since_is_one_clear_line(tmp_path):
    (tmp_path / "a.txt").write_text("2020年1月23日，武汉市宣布全市公交停运。\n", encoding="utf-8")
    result = run("events", str(tmp_path), "--since", "the day after")
    assert result.exit_code == 2
    assert lines_of(result.stderr) == [
        "timeline: error: --since: cannot read 'the day after' as a date; try 2020-03-04, 2020/3/4, "
        "2020年3月4日, 20200304, 'yesterday' or '3 days ago'"
    ]


@pytest.mark.parametrize("fmt", ["csv", "timelinejs", "ics"])
def test_export_formats_from_the_command_line(tmp_path, fmt):
    (tmp_path / "a.txt").write_text("2020年1月23日，武汉市宣布全市公交停运。\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = run("events", str(tmp_path / "a.txt"), "-f", fmt, "-o", str(out))
    assert result.exit_code == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "武汉市宣布全市公交停运" in text
    if fmt == "timelinejs":
        assert json.loads(text)["events"][0]["start_date"] == {"year": 2020, "month": 1, "day": 23}


def test_help_has_examples_and_no_flag_placeholders():
    for command in ("parse", "extract", "events"):
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout
        assert "Examples:" in result.stdout and f"timeline {command} " in result.stdout
    assert "timelinejs" in run("events", "--help").stdout


def test_title_option_names_the_page(tmp_path):
    (tmp_path / "a.txt").write_text("2020年1月23日，武汉市宣布全市公交停运。\n", encoding="utf-8")
    page = tmp_path / "page.html"
    result = run("events", str(tmp_path / "a.txt"), "--html", str(page), "--title", "武汉封城", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert "<title>武汉封城</title>" in page.read_text(encoding="utf-8")
    result = run("events", str(tmp_path / "a.txt"), "--html", str(page), "-f", "jsonl")
    # without --title the page is named from its corpus: the span and what it is about
    assert "<title>2020年1月23日：武汉" in page.read_text(encoding="utf-8")


def test_a_named_month_keeps_month_precision():
    from timeline.userdates import read_user_date

    today = __import__("datetime").date(2026, 12, 1)
    assert read_user_date("March", today).value == "2026-03"
    assert read_user_date("last year", today).value == "2025"
    assert read_user_date("March 4, 2020", today).relative is False


def test_long_table_goes_through_the_pager(tmp_path, monkeypatch):
    import os

    from timeline import cli

    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("TIMELINE_PAGER", f"sh -c 'cat > {paged}'")
    monkeypatch.delenv("LESS", raising=False)
    monkeypatch.setattr(cli.os, "get_terminal_size", lambda *args: os.terminal_size((100, 5)))
    text = "".join(f"row {n}\n" for n in range(20))
    assert cli._page(text) is True
    assert paged.read_text(encoding="utf-8") == text
    # what fits on one screen is printed straight, and so it is when no pager can start
    assert cli._page("one\ntwo\n") is False
    monkeypatch.setenv("TIMELINE_PAGER", "no-such-pager-here")
    assert cli._page(text) is False
