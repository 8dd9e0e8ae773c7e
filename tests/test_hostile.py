"""Bad input and bad options (issue 4): one clear line on standard error per problem, naming the file
and the reason; the other files are still processed; exit status as CONTRACT.md says (2 when any input
could not be read or there was nothing to read, 0 when every document was read, warnings or not)."""

from __future__ import annotations

import builtins
import json
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.documents import DocumentError, read_bytes_text

GOOD = "武汉关闭离汉通道\n2020年1月23日10时起，武汉关闭离汉通道。\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def stderr_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert "╭" not in result.stderr  # no framed box from typer
    assert result.exception is None or isinstance(result.exception, SystemExit)


def extracted_ids(result) -> list[str]:
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def check_one_failure(result, path: Path, reason: str, processed: list[str]) -> None:
    """Exit 2, exactly one stderr line naming `path` and the reason, the other documents printed."""
    assert_no_traceback(result)
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"timeline: {path}: {reason}"]
    assert extracted_ids(result) == processed


def check_one_warning(result, path: Path, reason: str, processed: list[str]) -> None:
    """Exit 0, exactly one warning line naming `path`, every document printed."""
    assert_no_traceback(result)
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == [f"timeline: warning: {path}: {reason}"]
    assert extracted_ids(result) == processed


# --- paths


def test_missing_path(tmp_path, good):
    missing = tmp_path / "missing.txt"
    result = run("extract", str(missing), str(good), "--format", "jsonl")
    check_one_failure(result, missing, "no such file or directory", ["good.txt"])


def test_missing_path_in_events(tmp_path, good):
    missing = tmp_path / "missing.txt"
    result = run("events", str(missing), str(good), "--format", "jsonl")
    assert result.exit_code == 2
    assert stderr_lines(result) == [f"timeline: {missing}: no such file or directory"]
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["2020-01-23"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading (the simulated test covers it)",
)
def test_unreadable_file_by_permissions(tmp_path, good):
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        result = run("extract", str(locked), str(good), "--format", "jsonl")
    finally:
        locked.chmod(0o644)
    check_one_failure(result, locked, "permission denied", ["good.txt"])


def test_unreadable_file_simulated(tmp_path, good, monkeypatch):
    """The same case for root (as in CI): opening the file raises PermissionError."""
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    result = run("extract", str(locked), str(good), "--format", "jsonl")
    check_one_failure(result, locked, "permission denied", ["good.txt"])


def test_folder_without_text_files(tmp_path):
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.md").write_text("# notes", encoding="utf-8")
    result = run("extract", str(folder), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        f"timeline: warning: {folder}: no .txt, .html or .htm files in this folder",
        "timeline: error: no documents to read (folders are searched for .txt, .html and .htm files)",
    ]
    assert result.stdout == ""


def test_empty_folder_with_other_documents_is_a_warning(tmp_path, good):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("extract", str(empty), str(good), "--format", "jsonl")
    check_one_warning(result, empty, "no .txt, .html or .htm files in this folder", ["good.txt"])


def test_no_documents_at_all_in_events(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("events", str(empty), "--format", "jsonl")
    assert result.exit_code == 2
    assert stderr_lines(result)[-1].startswith("timeline: error: no documents to read")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symlink_loops_in_a_folder(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder, folder / "loop")  # news/loop -> news
    os.symlink(folder / "y.txt", folder / "x.txt")  # x.txt -> y.txt -> x.txt
    os.symlink(folder / "x.txt", folder / "y.txt")
    result = run("extract", str(folder), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 0
    assert extracted_ids(result) == ["a.txt"]
    assert stderr_lines(result) == [
        f"timeline: warning: {folder / 'loop'}: symbolic link loop (leads back to a folder above it), skipped",
        f"timeline: warning: {folder / 'x.txt'}: symbolic link loop, skipped",
        f"timeline: warning: {folder / 'y.txt'}: symbolic link loop, skipped",
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_symlink_loop_given_directly(tmp_path, good):
    loop = tmp_path / "self.txt"
    os.symlink(loop, loop)
    result = run("extract", str(loop), str(good), "--format", "jsonl")
    assert result.exit_code == 2
    check_one_failure(result, loop, "symbolic link loop", ["good.txt"])


# --- contents


def test_empty_file(tmp_path, good):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("extract", str(empty), str(good), "--format", "jsonl")
    check_one_warning(result, empty, "empty file, no text", ["empty.txt", "good.txt"])
    document = json.loads(result.stdout.splitlines()[0])
    assert document["mentions"] == [] and document["warnings"] == ["empty file, no text"]


def test_file_of_only_whitespace(tmp_path, good):
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\r\n\u3000\n", encoding="utf-8")
    result = run("extract", str(blank), str(good), "--format", "jsonl")
    check_one_warning(result, blank, "only whitespace, no text", ["blank.txt", "good.txt"])


def test_html_without_visible_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    result = run("extract", str(page), "--format", "jsonl")
    check_one_warning(result, page, "no visible text", ["page.html"])


def zip_bytes(tmp_path: Path) -> bytes:
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("a.txt", GOOD)
    return archive.read_bytes()


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        (
            "image.png",
            lambda tmp: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
            "binary data (a PNG image), not text",
        ),
        ("photo.txt", lambda tmp: b"\xff\xd8\xff\xe0" + bytes(512), "binary data (a JPEG image), not text"),
        ("archive.txt", zip_bytes, "binary data (a ZIP archive (or Office document)), not text"),
        ("nul.txt", lambda tmp: b"abc\x00\x00\x01\x02def" * 50, "binary data (NUL bytes), not text"),
        ("random.txt", lambda tmp: bytes((i * 37 + 11) % 256 for i in range(4096)), None),
    ],
)
def test_binary_files(tmp_path, good, name, make, reason):
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    result = run("extract", str(path), str(good), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith(f"timeline: {path}: ")
    if reason is not None:
        assert line == f"timeline: {path}: {reason}"
    assert extracted_ids(result) == ["good.txt"]


def test_invalid_utf8_in_a_utf8_file_is_read_with_replacement_and_a_warning(tmp_path, good):
    """Policy: a UTF-8 file with a few bad bytes is decoded with U+FFFD in their place (offsets point
    into that decoded text) and a warning names the file; it is not refused."""
    damaged = tmp_path / "damaged.txt"
    data = "武汉封城\n2020年1月23日，武汉".encode() + b"\xff\xfe" + "关闭离汉通道。\n".encode()
    damaged.write_bytes(data)
    result = run("extract", str(damaged), str(good), "--format", "jsonl")
    bad_at = len("武汉封城\n2020年1月23日，武汉".encode())
    check_one_warning(
        result,
        damaged,
        f"2 invalid UTF-8 bytes (first at byte {bad_at}) read as U+FFFD",
        ["damaged.txt", "good.txt"],
    )
    document = json.loads(result.stdout.splitlines()[0])
    assert document["encoding"] == "utf-8" and document["title"] == "武汉封城"
    text, _ = read_bytes_text(data)
    assert "\ufffd" in text
    for mention in document["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
    assert [m["anchor"] for m in document["mentions"]][0] == "2020-01-23"


def test_gbk_and_big5_are_still_detected_not_read_as_damaged_utf8():
    text = "武汉市新冠肺炎疫情防控指挥部发布通告，2020年1月23日10时起，全市城市公交暂停运营。"
    assert read_bytes_text(text.encode("gbk")) == (text, "gbk")
    traditional = "武漢市新冠肺炎疫情防控指揮部發布通告，2020年1月23日10時起，全市城市公交暫停運營。"
    assert read_bytes_text(traditional.encode("big5"))[1] in ("big5", "cp950")


def test_mostly_invalid_utf8_is_not_read_as_damaged_utf8():
    data = "武汉".encode() + bytes(range(0x80, 0xA0)) * 3  # more bad bytes than good characters
    try:
        _, name = read_bytes_text(data)
    except DocumentError:
        return
    assert name != "utf-8"


def test_file_over_the_size_limit(tmp_path, good):
    """A 50 MB file is refused before it is read (the default limit is 20 MB); the others go on."""
    huge = tmp_path / "huge.txt"
    chunk = (GOOD * 1000).encode("utf-8")
    with huge.open("wb") as handle:
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    size_mb = f"{huge.stat().st_size / 1_000_000:.1f}"
    result = run("extract", str(huge), str(good), "--format", "jsonl")
    check_one_failure(
        result,
        huge,
        f"too large ({size_mb} MB, over the limit of 20.0 MB); raise --max-size to read it",
        ["good.txt"],
    )


def test_max_size_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD + "封城。" * 120_000, encoding="utf-8")  # about 1.1 MB
    refused = run("extract", str(path), "--max-size", "1", "--format", "jsonl")
    assert refused.exit_code == 2 and "too large" in refused.stderr
    for limit in ("2", "0"):  # 0: no limit
        accepted = run("extract", str(path), "--max-size", limit, "--format", "jsonl")
        assert accepted.exit_code == 0, accepted.stderr
    negative = run("extract", str(path), "--max-size", "-1")
    assert negative.exit_code == 2 and len(stderr_lines(negative)) == 1


def test_standard_input_over_the_size_limit():
    result = run("extract", "-", "--max-size", "0.001", input="武汉" * 1000)
    assert result.exit_code == 2
    assert stderr_lines(result) == [
        "timeline: -: too large (over the limit of 0.0 MB); raise --max-size to read it"
    ]


def test_one_line_of_5_mb(tmp_path):
    line = ("2020年1月23日，武汉关闭离汉通道，" + "封城" * 25_000) * 100
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    assert path.stat().st_size > 5_000_000 and "\n" not in line
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    extracted = json.loads(result.stdout)
    assert extracted["title"] == ""  # a body on one line shows no headline
    assert len(extracted["mentions"]) == 100
    for mention in extracted["mentions"]:
        assert line[mention["start"] : mention["end"]] == mention["text"]


def test_one_line_of_5_mb_with_10000_dates(tmp_path):
    line = ("2020年1月23日，武汉关闭离汉通道，" + "x" * 500) * 10_000
    path = tmp_path / "one-line.txt"
    path.write_text(line, encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl")
    assert len(json.loads(result.stdout)["mentions"]) == 10_000


def test_mixed_line_ends_keep_offsets_into_the_decoded_text(tmp_path):
    data = "标题\r\n2020年1月23日，武汉封城。\r1月24日，除夕。\n1月25日10时，大年初一。\r\n".encode()
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    result = run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    decoded, _ = read_bytes_text(data)
    assert "\r\n" in decoded and "\r1" in decoded  # line ends are kept as they are
    anchors = []
    for item in document["mentions"] + document["quantities"]:
        assert decoded[item["start"] : item["end"]] == item["text"]
    for mention in document["mentions"]:
        anchors.append(mention["anchor"])
    assert anchors[:3] == ["2020-01-23", "2020-01-24", "2020-01-24"]
    assert "2020-01-25" in anchors


# --- bad options


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("parse", "今天", "--ref", "2020-13-45"), "--ref: invalid reference time '2020-13-45'"),
        (("extract", "seeds", "--ref", "2020-13-45"), "--ref: invalid reference time '2020-13-45'"),
        (("events", "seeds", "--ref", "2020-02-30"), "--ref: invalid reference time '2020-02-30'"),
        # `tomorrow` and `March` are dates people type (issue 12), read by dateparser; these are not
        (
            ("events", "seeds", "--ref", "the day after the flood"),
            "--ref: cannot read 'the day after the flood'",
        ),
        (
            ("events", "seeds", "--since", "2020-03", "--until", "2020-02"),
            "--since 2020-03 is after --until 2020-02",
        ),
        (("events", "seeds", "--since", "2020-02-30"), "--since: '2020-02-30' is not a real date"),
        (("events", "seeds", "--until", "sometime"), "--until: cannot read 'sometime' as a date"),
        (("events", "seeds", "--format", "xml"), "Invalid value for '--format' / '-f': 'xml' is not one of"),
        (
            ("extract", "seeds", "--format", "table"),
            "Invalid value for '--format' / '-f': 'table' is not one of",
        ),
        (("events", "seeds", "--min-sources", "0"), "Invalid value for '--min-sources'"),
        (("events", "seeds", "--bogus"), "No such option: --bogus"),
        (("extract",), "Missing argument"),
        (("frobnicate",), "No such command 'frobnicate'"),
    ],
)
def test_bad_options_are_one_line_usage_errors(args, message):
    result = run(*args)
    assert_no_traceback(result)
    assert result.exit_code == 2
    (line,) = stderr_lines(result)
    assert line.startswith("timeline: error: ")
    assert message in line
    assert result.stdout == ""


def test_usage_error_names_the_help_of_its_command():
    (line,) = stderr_lines(run("events", "seeds", "--format", "xml"))
    assert line.endswith("; see 'timeline events --help'")


def test_no_arguments_shows_the_help():
    result = run()
    assert "Usage" in result.output and "events" in result.output
    assert "Traceback" not in result.output
