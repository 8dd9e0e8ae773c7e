"""Which files a run reads: paths given, folders walked, ids unique within the run; reading their bytes."""

import errno
import os
import re
import sys
from collections.abc import Callable, Iterator

from timeline.read.errors import DocumentError, DocumentTooLarge

FOLDER_EXTENSIONS = (".txt", ".html", ".htm")
STDIN_PATH = "-"
STDIN_ID = "stdin"

# What a name may hold that must not reach a terminal, a one-line message or a UTF-8 file raw: bytes
# that are not UTF-8 (decoded by the OS layer as lone surrogates U+DC80..U+DCFF), other lone
# surrogates, control characters (line ends, ESC), and the bidirectional controls that reorder a line.
_UNSAFE_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_one(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # the byte the file name really has
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def display_name(text: str) -> str:
    """`text` (a path, an id, a message naming one) safe to print: a byte that is not UTF-8 becomes
    `\\xff`, a control character `\\n`, `\\x1b`, a bidirectional control `\\u202e`, as `ls -b`
    shows them. The same name always gives the same text; ordinary names are unchanged."""
    return _UNSAFE_IN_NAMES.sub(_escape_one, text) if _UNSAFE_IN_NAMES.search(text) else text


def iter_document_paths(
    paths: list[str], on_skip: Callable[[str, str], None] | None = None
) -> Iterator[tuple[str, str]]:
    """Yield `(path, doc_id)` for every document named by `paths`, in order.

    A file given directly is taken whatever its extension, with its file name as id. A folder is
    walked recursively (sorted, hidden entries skipped, symlinked folders followed once) for `.txt`,
    `.html` and `.htm` files, with ids relative to that folder. `-` is standard input (id `stdin`).

    Nothing is checked here: a missing or unreadable path is still yielded, and `load_document` raises
    `DocumentError` for it, so a caller reports that one path and carries on with the others.
    The same file reached twice is yielded once. Ids are unique within the run: a later id that is
    already taken gets the name of the folder it was found in as a prefix (`other/a.txt`), then `~2`,
    `~3`, ... if still taken.

    `on_skip(path, reason)` hears about what a folder walk passes over that a user would want to
    know: a folder given with no documents in it, a symbolic link loop, a broken symbolic link.
    """
    report = on_skip or (lambda path, reason: None)
    used_ids: set[str] = set()
    seen_files: set[tuple[int, int]] = set()
    stdin_done = False
    for given in paths:
        if given == STDIN_PATH:
            if not stdin_done:
                stdin_done = True
                yield STDIN_PATH, _unique_id(STDIN_ID, "", used_ids)
            continue
        if os.path.isdir(given):
            root_name = display_name(_folder_name(given))
            found_any = False
            for path, relative in _walk_folder(given, report):
                found_any = True
                if _already_seen(path, seen_files):
                    continue
                yield path, _unique_id(display_name(relative), root_name, used_ids)
            if not found_any:
                report(given, "no .txt, .html or .htm files in this folder")
        else:
            # A file, or something missing or unreadable: load_document reports the latter.
            if os.path.exists(given) and _already_seen(given, seen_files):
                continue
            parent_name = display_name(_folder_name(os.path.dirname(given) or "."))
            name = display_name(os.path.basename(given.rstrip("/\\")) or given)
            yield given, _unique_id(name, parent_name, used_ids)


def _folder_name(folder: str) -> str:
    return os.path.basename(os.path.abspath(folder)) or "root"


def _already_seen(path: str, seen: set[tuple[int, int]]) -> bool:
    try:
        status = os.stat(path)
    except OSError:
        return False
    key = (status.st_dev, status.st_ino)
    if key in seen:
        return True
    seen.add(key)
    return False


def _unique_id(candidate: str, prefix: str, used: set[str]) -> str:
    doc_id = candidate
    if doc_id in used and prefix:
        doc_id = f"{prefix}/{candidate}"
    base, number = doc_id, 2
    while doc_id in used:
        doc_id = f"{base}~{number}"
        number += 1
    used.add(doc_id)
    return doc_id


def _walk_folder(root: str, report: Callable[[str, str], None]) -> Iterator[tuple[str, str]]:
    """(path, id relative to root) for the readable documents under root, sorted by relative path.

    An unreadable sub-folder is yielded itself, so that `load_document` reports it. Symbolic link
    loops and broken links are passed to `report` and skipped; a folder reached a second time by
    another name is skipped quietly (its documents are read once).
    """
    found: list[tuple[tuple[str, ...], str]] = []
    visited: set[tuple[int, int]] = set()

    def enter(folder: str, parts: tuple[str, ...], ancestors: frozenset[tuple[int, int]]):
        """The frame of a folder to walk: its entries and what a sub-folder inherits; None to skip it."""
        try:
            status = os.stat(folder)
        except OSError:
            return None
        key = (status.st_dev, status.st_ino)
        if key in ancestors:
            report(folder, "symbolic link loop (leads back to a folder above it), skipped")
            return None
        if key in visited:  # the same folder linked twice
            return None
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:
            found.append((parts, folder))
            return None
        return iter(entries), parts, ancestors | {key}

    # Depth first in name order, with a stack of frames instead of recursion: a tree nested a
    # thousand folders deep is walked like a flat one.
    stack = [frame] if (frame := enter(root, (), frozenset())) else []
    while stack:
        entries, parts, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()  # follows symlinks; a broken link is neither dir nor file
            is_file = entry.is_file()
        except OSError:  # a link loop, or a target we may not look at
            if entry.is_symlink():
                report(entry.path, _broken_link_reason(entry.path))
            continue
        if is_dir:
            if frame := enter(entry.path, parts + (entry.name,), ancestors):
                stack.append(frame)
        elif is_file and entry.name.lower().endswith(FOLDER_EXTENSIONS):
            found.append((parts + (entry.name,), entry.path))
        elif not is_file and entry.is_symlink() and entry.name.lower().endswith(FOLDER_EXTENSIONS):
            report(entry.path, _broken_link_reason(entry.path))
    found.sort()
    for parts, path in found:
        yield path, "/".join(parts) or _folder_name(path)


def _broken_link_reason(path: str) -> str:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop, skipped"
        if error.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist), skipped"
        return f"{error.strerror or error}, skipped"
    return "not a regular file, skipped"


def _size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _read_path(path: str, max_bytes: int | None = None) -> bytes:
    """The bytes of a file or of standard input; at most `max_bytes` (None: no limit)."""
    limit = -1 if max_bytes is None else max_bytes + 1  # one byte more tells that it is over
    if path == STDIN_PATH:
        if sys.stdin is None or sys.stdin.closed:  # started with standard input closed (`<&-`)
            raise DocumentError(f"{path}: standard input is closed")
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read(limit) if stream is not None else sys.stdin.read(limit).encode("utf-8")
        if max_bytes is not None and len(data) > max_bytes:
            raise DocumentTooLarge(f"{path}: too large (over the limit of {_size_text(max_bytes)})")
        return data
    try:
        with open(path, "rb") as handle:
            if max_bytes is not None:
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes:  # checked before reading: a huge file is not loaded at all
                    raise DocumentTooLarge(
                        f"{path}: too large ({_size_text(size)}, over the limit of {_size_text(max_bytes)})"
                    )
            data = handle.read(limit)
            if max_bytes is not None and len(data) > max_bytes:  # a pipe or device with no size
                raise DocumentTooLarge(f"{path}: too large (over the limit of {_size_text(max_bytes)})")
            return data
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        try:
            os.scandir(path).close()
        except PermissionError:
            raise DocumentError(f"{path}: permission denied (folder)") from None
        raise DocumentError(f"{path}: is a folder, not a document") from None
    except PermissionError:
        raise DocumentError(f"{path}: permission denied") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DocumentError(f"{path}: symbolic link loop") from None
        reason = (error.strerror or str(error)).lower()
        raise DocumentError(f"{path}: {reason}") from None
