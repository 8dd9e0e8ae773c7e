"""Reference dates handed in per file (`--refs FILE`): for corpora whose files carry no date of their own.

The file is CSV (`path,date` rows, a header row allowed) or JSON (an object `{"path": "date"}` or a list
of `{"path": ..., "date": ...}`). A path matches a document by the path as given on the command line,
its id, its file name, or its absolute path.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os

from timeline.read.errors import DocumentError


def iso_reference(text: str) -> str | None:
    """`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` for a reference time written in ISO form, else None."""
    text = text.strip()
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.date().isoformat() if len(text) <= 10 else parsed.strftime("%Y-%m-%dT%H:%M")


def _date_text(value: object, where: str) -> str:
    text = str(value).strip()
    iso = iso_reference(text)
    if iso is None:
        raise DocumentError(f"{where}: {text[:40]!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    return iso


def load_refs(path: str) -> dict[str, str]:
    """`{path: date}` from a CSV or JSON file; raises `DocumentError` with one line saying what is wrong."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            content = handle.read()
    except OSError as error:
        raise DocumentError(f"--refs {path}: {(error.strerror or str(error)).lower()}") from None
    except UnicodeDecodeError:
        raise DocumentError(f"--refs {path}: not UTF-8 text") from None
    stripped = content.lstrip()
    pairs: list[tuple[object, object, str]] = []
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(content)
        except ValueError as error:
            raise DocumentError(f"--refs {path}: not valid JSON ({error.msg}, line {error.lineno})") from None
        if isinstance(data, dict):
            pairs = [(key, value, f"--refs {path}: {key}") for key, value in data.items()]
        elif isinstance(data, list) and all(isinstance(item, dict) for item in data):
            for number, item in enumerate(data, 1):
                if "path" not in item or "date" not in item:
                    raise DocumentError(f"--refs {path}: item {number} needs 'path' and 'date'")
                pairs.append((item["path"], item["date"], f"--refs {path}: item {number}"))
        else:
            raise DocumentError(f"--refs {path}: JSON must be an object of path: date, or a list of them")
    else:
        for number, row in enumerate(csv.reader(io.StringIO(content)), 1):
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if len(cells) < 2:
                raise DocumentError(f"--refs {path}: line {number} needs a path and a date")
            if number == 1 and cells[1].lower() in ("date", "ref", "published"):
                continue  # a header row
            pairs.append((cells[0], cells[1], f"--refs {path}: line {number}"))
    return {str(key): _date_text(value, where) for key, value, where in pairs}


def ref_for(refs: dict[str, str], path: str, doc_id: str) -> str | None:
    """The date `refs` gives the document at `path` (id `doc_id`), or None."""
    if not refs:
        return None
    for key in (path, doc_id, os.path.basename(path), os.path.abspath(path)):
        if key in refs:
            return refs[key]
    absolute = {os.path.abspath(key): value for key, value in refs.items()}
    return absolute.get(os.path.abspath(path))
