"""Hostile input, second pass (issue 10): what still crashed the batch, lost a file or gave wrong output.

Each case: one line on standard error naming the file and the reason, never a traceback, the other
documents still processed; outputs written whole or not at all; inputs never overwritten or re-read.
Scaling cases are measured by `benchmarks/scaling.py`, not timed here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import timeline
from timeline import cli
from timeline.cli import app
from timeline.read.decode import read_bytes_text

GOOD = "武汉关闭离汉通道\n2020年1月23日10时起，武汉关闭离汉通道。\n"
# The package the tests import, so that a subprocess runs the same code.
PACKAGE_ROOT = Path(timeline.__file__).resolve().parents[1]


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    options = {"capture_output": True, "timeout": 120, **kwargs}
    return subprocess.run([sys.executable, "-m", "timeline", *args], env=env, **options)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


# --- crashes: huge numbers

HUGE = "1" + ",000" * 120  # 361 digits: more than a float holds
HUGER = "1" + ",000" * 1_500  # 4,501 digits: more than int() may print


@pytest.mark.parametrize("number", [HUGE, HUGER], ids=["361 digits", "4501 digits"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "table", "html"])
def test_a_huge_comma_grouped_number_is_kept_as_text(tmp_path, good, number, fmt):
    text = f"新冠疫情\n2020年1月2日，全市共有{number}人参加了核酸检测。\n"
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    twin = tmp_path / "twin.txt"  # a second report of the same day, so the merge compares numbers
    twin.write_text(text.replace("全市", "全省"), encoding="utf-8")
    result = run("events", str(path), str(twin), str(good), "--format", fmt)
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        events = json.loads(result.stdout)["events"]
        quantities = [q for event in events for q in event["quantities"]]
        huge = [q for q in quantities if q["text"].startswith("1,000")]
        assert huge and all(q["text"] == number + "人" for q in huge)
        assert all(q["value"] is None or abs(q["value"]) < 10**18 for q in quantities)


@pytest.mark.parametrize("number", [HUGE, HUGER], ids=["361 digits", "4501 digits"])
def test_extract_writes_whole_json_for_a_huge_number(tmp_path, good, number):
    path = tmp_path / "huge.txt"
    path.write_text(f"2020年1月2日，共有{number}人参加。\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("extract", str(path), str(good), "-o", str(out))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    documents = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert [d["id"] for d in documents] == ["huge.txt", "good.txt"]
    (quantity,) = documents[0]["quantities"]
    assert quantity["text"] == number + "人" and quantity["value"] is None


def test_parse_keeps_ordinary_large_numbers():
    result = timeline.parse("全年GDP达1,015,986亿元，增长2.3%。", "2021-01-18")
    assert [q["value"] for q in result["quantities"]] == [101598600000000, 2.3]


# --- crashes: codecs that are not text encodings


@pytest.mark.parametrize("name", ["rot13", "zlib", "base64", "hex", "uu", "bz2", "quopri"])
def test_a_meta_charset_that_is_not_a_text_encoding_is_ignored(tmp_path, good, name):
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><meta charset="{name}"></head><body><p>2020年1月2日，武汉发生了大事情。</p></body></html>',
        encoding="utf-8",
    )
    result = run("extract", str(page), str(good), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout.splitlines()[0])
    assert document["encoding"] == "utf-8"
    assert [m["value"] for m in document["mentions"]] == ["2020-01-02"]


@pytest.mark.parametrize("name", ["rot13", "zlib", "base64", "hex", "uu"])
def test_encoding_option_refuses_codecs_that_are_not_text_encodings(good, name):
    result = run("extract", str(good), "--encoding", name)
    assert_no_traceback(result)
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"timeline: error: --encoding: {name!r} is not a text encoding"]


def test_read_bytes_text_refuses_codecs_that_are_not_text_encodings():
    with pytest.raises(timeline.documents.DocumentError, match="not a text encoding"):
        read_bytes_text(b"abc", "rot13")


def test_a_page_whose_declared_charset_is_wrong_is_detected(tmp_path, good):
    page = tmp_path / "page.html"
    body = "<p>武汉关闭离汉通道</p><p>2020年1月23日10时起，武汉关闭离汉通道。</p>"
    page.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'.encode())
    result = run("extract", str(page), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["encoding"] == "utf-8"
    assert document["title"] == "武汉关闭离汉通道"


def test_a_true_latin1_page_keeps_its_declared_charset(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café, 2020-01-02.</p></body></html>'.encode(
            "latin-1"
        )
    )
    result = run("extract", str(page), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["encoding"] == "iso8859-1"


# --- crashes: file names that are not UTF-8, or hold line ends and escapes

BAD_NAME = os.fsdecode(b"a\xff.txt")


@pytest.fixture
def badly_named(tmp_path: Path) -> Path:
    path = tmp_path / BAD_NAME
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_a_name_that_is_not_utf8_is_escaped_in_extract(badly_named, good):
    result = run("extract", str(badly_named), str(good), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    result.stdout_bytes.decode("utf-8")  # strictly UTF-8: no raw 0xFF byte
    first = json.loads(result.stdout.splitlines()[0])
    assert first["id"] == "a\\xff.txt"
    assert first["path"].endswith("a\\xff.txt")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table", "html"])
def test_a_name_that_is_not_utf8_is_escaped_in_events(tmp_path, badly_named, good, fmt):
    out, page = tmp_path / "out.txt", tmp_path / "page.html"
    result = run("events", str(badly_named), str(good), "--format", fmt, "-o", str(out), "--html", str(page))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    written = out.read_bytes().decode("utf-8")
    assert "a\\xff.txt" in written or "a\\\\xff.txt" in written
    page.read_bytes().decode("utf-8")


def test_an_unreadable_file_with_a_bad_name_is_one_escaped_line(tmp_path, good):
    path = tmp_path / os.fsdecode(b"bad\nname\x1b[31m\xff.txt")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run("extract", str(path), str(good), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line == f"timeline: {tmp_path}/bad\\nname\\x1b[31m\\xff.txt: binary data (a PNG image), not text"


# --- crashes: standard streams and options


def test_closed_standard_input_is_one_line():
    completed = process("extract", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    stderr = completed.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr
    assert completed.returncode == 2
    assert stderr.splitlines() == ["timeline: -: standard input is closed"]


def test_parse_with_closed_standard_input_is_one_line():
    completed = process(
        "parse", "--ref", "2020-01-01", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0)
    )
    stderr = completed.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr
    assert completed.returncode == 2
    assert stderr.splitlines() == ["timeline: error: standard input is closed"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("command", ["extract", "events", "parse"])
def test_standard_output_on_a_full_disk_is_one_line(good, command):
    args = ["parse", "2020年1月2日", "--ref", "2020-01-01"] if command == "parse" else [command, str(good)]
    with open("/dev/full", "w") as full:
        completed = process(*args, stdout=full, stderr=subprocess.PIPE, capture_output=False)
    stderr = completed.stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert completed.returncode == 2
    assert stderr.splitlines() == ["timeline: error: cannot write standard output: no space left on device"]


def test_max_size_inf_means_no_limit(good):
    result = run("extract", str(good), "--max-size", "inf", "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "good.txt"


def test_max_size_nan_is_a_usage_error(good):
    result = run("extract", str(good), "--max-size", "nan")
    assert_no_traceback(result)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith("timeline: error: Invalid value for '--max-size'")


def test_deeply_nested_folders(tmp_path):
    folder = tmp_path / "deep"
    deepest = folder
    folder.mkdir()
    for _ in range(979):  # one by one: os.makedirs itself recurses
        deepest = deepest / "d"
        deepest.mkdir()
    (deepest / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    try:
        result = run("extract", str(folder), "--format", "jsonl")
    finally:  # removed bottom up here: shutil.rmtree (pytest's clean-up) recurses as deep as the tree
        (deepest / "a.txt").unlink()
        while deepest != folder:
            deepest.rmdir()
            deepest = deepest.parent
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["b.txt", "d/" * 979 + "a.txt"]


def test_parse_reads_gbk_bytes_on_standard_input():
    result = run("parse", "--ref", "2020-01-01", input="2020年1月23日，武汉关闭离汉通道。".encode("gbk"))
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert [m["value"] for m in json.loads(result.stdout)["mentions"]] == ["2020-01-23"]


# --- data loss: outputs over inputs, the run's own output read back, half-written files


def test_output_over_an_input_is_refused(good):
    before = good.read_bytes()
    result = run("extract", str(good), "-o", str(good))
    assert_no_traceback(result)
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"timeline: error: -o {good}: is an input of this run; not writing over it"
    ]
    assert good.read_bytes() == before


def test_html_over_an_input_is_refused(good):
    before = good.read_bytes()
    result = run("events", str(good), "--html", str(good), "--format", "jsonl")
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"timeline: error: --html {good}: is an input of this run; not writing over it"
    ]
    assert good.read_bytes() == before


def test_the_html_page_of_a_run_is_not_read_by_the_next_run(tmp_path, monkeypatch):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("武汉", "黄冈"), encoding="utf-8")
    monkeypatch.chdir(folder)
    first = run("events", ".", "--html", "timeline.html", "--format", "json")
    second = run("events", ".", "--html", "timeline.html", "--format", "json")
    assert first.exit_code == second.exit_code == 0, second.stderr
    assert first.stdout == second.stdout
    assert [d["id"] for d in json.loads(second.stdout)["documents"]] == ["a.txt", "b.txt"]


def test_extract_never_reads_its_own_output_file(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    out = folder / "out.txt"
    for _ in range(2):
        result = run("extract", str(folder), "-o", str(out), "--format", "jsonl")
        assert result.exit_code == 0, result.stderr
        assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a.txt"]


def test_output_over_a_document_found_in_a_folder_is_refused(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(folder), "-o", str(article))
    assert_no_traceback(result)
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"timeline: error: {article}: is an input of this run; not writing over it"
    ]
    assert article.read_text(encoding="utf-8") == GOOD
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]  # no temporary file left


def test_an_interrupted_run_leaves_the_previous_output(tmp_path, good, monkeypatch):
    out = tmp_path / "out.json"
    assert run("extract", str(good), "-o", str(out)).exit_code == 0
    before = out.read_bytes()
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    real = cli.process_all

    def interrupted(targets, **kwargs):
        outcomes = real(targets, **kwargs)
        yield next(outcomes)
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "process_all", interrupted)
    result = run("extract", str(good), str(other), "-o", str(out))
    assert result.exit_code != 0
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "other.txt", "out.json"]


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path, good):
    out = tmp_path / "out.json"
    out.write_text("old")
    out.chmod(0o640)
    assert run("extract", str(good), "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o640
    json.loads(out.read_text(encoding="utf-8"))


def test_output_to_a_device_is_written_in_place(good):
    assert run("extract", str(good), "-o", os.devnull).exit_code == 0
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


# --- data loss: damaged files read with a warning


def test_one_nul_byte_in_an_article_is_read_with_a_warning(tmp_path, good):
    sentence = "2020年1月23日，武汉关闭离汉通道。"
    head = (sentence * 30).encode()
    path = tmp_path / "nul.txt"
    path.write_bytes(head + b"\x00" + (sentence * 30).encode())
    result = run("extract", str(path), str(good), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == [
        f"timeline: warning: {path}: 1 NUL byte (first at byte {len(head)}) read as U+FFFD"
    ]
    document = json.loads(result.stdout.splitlines()[0])
    assert len(document["mentions"]) == 60


def test_nul_bytes_in_binary_data_are_still_refused():
    with pytest.raises(timeline.documents.DocumentError, match="NUL bytes"):
        read_bytes_text(b"abc\x00\x00\x01\x02def" * 50)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_a_utf16_file_one_byte_short_is_read_with_a_warning(codec):
    data = "武汉关闭离汉通道\n2020年1月23日10时起，武汉关闭离汉通道。\n".encode(codec)[:-1]
    warnings: list[str] = []
    text, name = read_bytes_text(data, warnings=warnings)
    assert name.startswith("utf-16")
    assert text.startswith("武汉关闭离汉通道\n2020年1月23日")
    assert warnings == ["ends in the middle of a character: the last byte read as U+FFFD"]


# --- wrong output


@pytest.mark.parametrize(
    "text",
    [
        "2020\u200b年1月2日，武汉",
        "2020年1\u200b月2日，武汉",
        "2020年1月\u200d2日，武汉",
        "2020\u202e年1月2\u202c日，武汉",
        "2020\u2066年1月2日\u2069，武汉",
        "2\u03010\u030120年1月2日，武汉",
        "2020年\ufeff1月2日，武汉",
        "２０２０\u00ad年１月２日，武汉",
    ],
)
def test_format_characters_inside_a_date_do_not_move_it(text):
    result = timeline.parse(text, "2021-06-01")
    (mention,) = result["mentions"]
    assert mention["value"] == "2020-01-02"
    assert text[mention["start"] : mention["end"]] == mention["text"]
    assert mention["text"].startswith(text[0]) and mention["text"].endswith("日")


def test_extract_jsonl_escapes_line_separators():
    result = run("extract", "-", "--format", "jsonl", input="2020年1月2日，武汉\u2028发生了\u2029大事。")
    assert result.exit_code == 0, result.stderr
    assert "\u2028" not in result.stdout and "\u2029" not in result.stdout
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["mentions"][0]["value"] == "2020-01-02"


@pytest.mark.parametrize("command", ["extract", "events", "parse"])
def test_a_pipe_closed_early_is_success(command):
    args = [command, "-", "--format", "json"] if command != "parse" else ["parse", "--ref", "2020-01-01"]
    feed = ("2020年1月2日，武汉关闭离汉通道。\n" * 20_000).encode()
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdin.write(feed)
    child.stdin.close()
    assert child.stdout.read(10)  # what `head -c 10` reads before it closes the pipe
    child.stdout.close()
    stderr = child.stderr.read().decode("utf-8", errors="replace")
    child.stderr.close()
    assert child.wait(timeout=120) == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


def test_a_long_ref_is_not_echoed_whole(good):
    ref = "9" * 100_000
    result = run("extract", str(good), "--ref", ref)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith("timeline: error: --ref: ") and len(line) < 200


@pytest.mark.parametrize("text", [None, b"2020\xe5\xb9\xb41\xe6\x9c\x882\xe6\x97\xa5", 42])
def test_parse_refuses_text_that_is_not_a_string(text):
    with pytest.raises(TypeError, match=r"^timeline.parse: text must be a str, not "):
        timeline.parse(text, "2020-01-01")


# --- workers


def test_workers_are_capped_at_the_cores_available(tmp_path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(10):
        (folder / f"{number}.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(cli, "available_cores", lambda: 2)
    result = run("extract", str(folder), "--workers", "200", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == ["timeline: note: --workers 200: 2 cores available, using 2"]
    assert len(result.stdout.splitlines()) == 10


# --- merge blocking and per-clause lookups (the scaling cases; their times are in benchmarks/scaling.py)

SEED_FILES = sorted((PACKAGE_ROOT / "seeds").glob("*.txt"))
OWN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def one_day_candidates(reports: int) -> list[dict]:
    """`reports` candidate events of one day: the seeds' clauses, each told by 8 outlets, each copy
    with two characters of its own (so none are identical twins)."""
    from timeline.events import document_events
    from timeline.extract import extract_text

    pool = []
    for number, seed in enumerate(SEED_FILES):
        document = extract_text(seed.read_text(encoding="utf-8"), "2020-02-01", doc_id=f"seed{number}")
        pool.extend(event for event in document_events(document) if len(event["date"]) == 10)
    candidates = []
    for index in range(reports):
        event = json.loads(json.dumps(pool[(index // 8) % len(pool)]))
        event["date"], event["until"] = "2020-02-01", None
        event["_compare"] += OWN[index % len(OWN)] + OWN[(index // len(OWN)) % len(OWN)]
        event["_title_rank"] = tuple(event["_title_rank"])
        event["mentions"][0]["doc"] = event["sources"][0] = f"outlet{index % 8}-{index // 64}"
        candidates.append(event)
    return candidates


def clusters(events: list[dict]) -> list[list[tuple]]:
    return sorted(sorted((m["doc"], m["start"]) for m in event["mentions"]) for event in events)


def test_a_large_bucket_is_blocked_and_never_joins_what_scoring_every_pair_keeps_apart(monkeypatch):
    from timeline import events
    from timeline.events import blocking, merge

    candidates = one_day_candidates(1_200)
    scored: list[int] = []
    # every pair the merge model looks at goes through its veto check first (timeline/events/merge.py)
    vetoed = merge.vetoed
    monkeypatch.setattr(merge, "vetoed", lambda *args: scored.append(1) or vetoed(*args))
    blocked = events.merge_events(candidates)
    # bounded: each report scores at most its own candidates and those that chose it
    assert len(scored) <= 2 * events.BLOCKING_CANDIDATES * len(candidates)
    monkeypatch.setattr(blocking, "BLOCKING_MIN_BUCKET", 10**9)  # every pair, as before blocking
    scored.clear()
    exhaustive = events.merge_events(candidates)
    assert len(scored) > 2 * events.BLOCKING_CANDIDATES * len(candidates)
    # Average linkage counts a pair blocking never offered as 0, so a blocked bucket may stay finer
    # than scoring every pair; it never joins what exhaustive scoring keeps apart, and never splits
    # the eight outlets of one report. (Buckets of real size are scored exhaustively: equal.)
    exhaustive_of = {report: index for index, event in enumerate(clusters(exhaustive)) for report in event}
    assert all(len({exhaustive_of[report] for report in event}) == 1 for event in clusters(blocked))
    copies: dict[str, set] = {}
    for candidate in candidates:
        report = candidate["mentions"][0]
        copies.setdefault(candidate["_compare"][:-2], set()).add((report["doc"], report["start"]))
    blocked_of = {report: index for index, event in enumerate(clusters(blocked)) for report in event}
    assert all(len({blocked_of[report] for report in group}) == 1 for group in copies.values())


class CountingDict(dict):
    """A mention that counts how often its fields are read."""

    reads = 0

    def __getitem__(self, key):
        CountingDict.reads += 1
        return super().__getitem__(key)


def test_clause_lookups_do_not_scan_every_mention():
    """Each clause finds its mentions by bisection: no per-clause pass over the document's mentions
    (600 dated sentences on one line read each mention's fields a few dozen times, not 600 times)."""
    from timeline import events
    from timeline.extract import extract_text

    text = "新闻标题\n" + "".join(
        f"\u2066{n % 12 + 1}月{n % 28 + 1}日\u2069，武汉发生大事。" for n in range(600)
    )
    document = extract_text(text, "2020-02-01")
    document["mentions"] = [CountingDict(mention) for mention in document["mentions"]]
    CountingDict.reads = 0
    candidates = events.document_events(document)
    assert len(candidates) == 600
    assert [c["date"][5:] for c in candidates[:3]] == ["01-01", "02-02", "03-03"]
    assert CountingDict.reads <= 50 * len(document["mentions"])
