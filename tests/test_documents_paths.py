"""Finding documents: files, folders, standard input; ids unique within a run; missing paths."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from timeline.documents import DocumentError, iter_document_paths, load_document

ROOT = Path(__file__).resolve().parents[1]


def write(path: Path, text: str = "标题\n正文。") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ids(paths: list[str]) -> list[str]:
    return [doc_id for _, doc_id in iter_document_paths(paths)]


def test_folder_is_walked_recursively_sorted_and_filtered(tmp_path):
    for name in ("b.txt", "a.html", "sub/c.htm", "sub/deeper/d.TXT", "notes.md", "image.png", ".hidden.txt"):
        write(tmp_path / name)
    write(tmp_path / ".git" / "x.txt")
    assert ids([str(tmp_path)]) == ["a.html", "b.txt", "sub/c.htm", "sub/deeper/d.TXT"]
    paths = [path for path, _ in iter_document_paths([str(tmp_path)])]
    assert paths[2] == os.path.join(str(tmp_path), "sub", "c.htm")


def test_file_given_directly_is_taken_whatever_its_extension(tmp_path):
    notes = write(tmp_path / "notes.md")
    assert list(iter_document_paths([str(notes)])) == [(str(notes), "notes.md")]


def test_seed_folder_ids_are_file_names():
    assert ids([str(ROOT / "seeds")]) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))


def test_two_a_txt_in_different_folders_get_different_ids(tmp_path):
    one = write(tmp_path / "one" / "a.txt")
    two = write(tmp_path / "two" / "a.txt")
    assert ids([str(tmp_path / "one"), str(tmp_path / "two")]) == ["a.txt", "two/a.txt"]
    assert ids([str(one), str(two)]) == ["a.txt", "two/a.txt"]
    # Deterministic: the same input gives the same ids.
    assert ids([str(one), str(two)]) == ids([str(one), str(two)])


def test_ids_stay_unique_when_the_prefixed_id_is_taken_too(tmp_path):
    write(tmp_path / "x" / "two" / "a.txt")
    write(tmp_path / "x" / "a.txt")
    write(tmp_path / "two" / "a.txt")
    got = ids([str(tmp_path / "x"), str(tmp_path / "two")])
    assert got == ["a.txt", "two/a.txt", "two/a.txt~2"]
    assert len(set(got)) == len(got)


def test_same_file_reached_twice_is_yielded_once(tmp_path):
    a = write(tmp_path / "a.txt")
    assert ids([str(tmp_path), str(a)]) == ["a.txt"]


def test_stdin(monkeypatch):
    assert list(iter_document_paths(["-", "-"])) == [("-", "stdin")]
    data = "标题\n2020-02-01 13:07\n正文。".encode("gbk")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    document = load_document("-", "stdin")
    assert document["id"] == "stdin" and document["path"] == "-"
    assert document["encoding"] == "gbk" and document["published"] == "2020-02-01T13:07"


def test_missing_paths_are_yielded_and_fail_one_by_one_when_loaded(tmp_path):
    good = write(tmp_path / "good.txt")
    missing = tmp_path / "missing.txt"
    missing_folder = tmp_path / "gone"
    found = list(iter_document_paths([str(missing), str(good), str(missing_folder)]))
    assert [doc_id for _, doc_id in found] == ["missing.txt", "good.txt", "gone"]
    loaded, errors = [], []
    for path, doc_id in found:  # the caller's loop: report and carry on
        try:
            loaded.append(load_document(path, doc_id)["id"])
        except DocumentError as error:
            errors.append(str(error))
    assert loaded == ["good.txt"]
    assert errors == [f"{missing}: no such file or directory", f"{missing_folder}: no such file or directory"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loops_do_not_hang(tmp_path):
    root = tmp_path / "root"
    write(root / "a.txt")
    write(root / "sub" / "b.txt")
    os.symlink(root, root / "sub" / "loop")  # sub/loop -> root -> sub -> loop ...
    os.symlink(root / "sub", root / "again")  # the same folder reached by a second name
    # Sorted walk: `again` (= sub) comes before `sub`, which is then already visited; `loop` leads
    # back to root, which is too.
    assert ids([str(root)]) == ["a.txt", "again/b.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_broken_symlink_in_folder_is_skipped(tmp_path):
    write(tmp_path / "a.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    assert ids([str(tmp_path)]) == ["a.txt"]
