"""Large-corpus benchmark: the real command line on up to 100,000 generated documents.

The corpus is made from the repository's own articles (seeds/, tests/data/coverage, tests/data/merge):
each generated document is a slice of one of them (its head and about 1,300 characters, about 4 kB),
told as a news story is: stories start on days spread as in real news (most in recent years, some
days busy), each story is reported by several outlets over its first days, every date in the text
(2020年1月23日, 1月23日, 2020-01-23) moved to the story's days and a dated source line put under the
headline; some copies are in traditional script, and each copy gets a few words of its own, so
copies of one story are near-duplicates, not twins. `--crowded` puts every story into one month.

Each run is a child process (`python -m timeline ...`); reported are documents/s, characters/s, and
peak memory two ways: the largest resident set of any one process of the run (the main one or a
worker), polled from /proc every 50 ms, and the largest `ru_maxrss` of the waited-for children
(resource.RUSAGE_CHILDREN, the same quantity measured by the kernel). Outputs of every engine are
compared byte for byte.

    python benchmarks/large.py --documents 2000                       # events, workers 1 and 2, dask
    python benchmarks/large.py --documents 2000 --crowded             # stories crowded into one month
    python benchmarks/large.py --documents 100000 --runs events:2     # the full corpus, 2 workers
    python benchmarks/large.py --memory                               # peak memory: 5 MB against 20 MB
    python benchmarks/large.py --documents 2000 --runs extract:1 events:1   # the events/extract cost

A run is `COMMAND:WORKERS` or `COMMAND:dask` (a local Dask cluster of 2 workers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "coverage", ROOT / "tests" / "data" / "merge"]

_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_YEAR_IN_NAME = re.compile(r"(?:19|20)\d{2}")
OUTLETS = (
    "新华网",
    "人民网",
    "中国新闻网",
    "澎湃新闻",
    "央视新闻",
    "环球网",
    "香港01",
    "联合新闻网",
    "中央社",
    "南方都市报",
)


def _sources() -> list[tuple[str, dt.date]]:
    """Each source article with the date its text is told from (its first full date, else its
    folder's year and first month-day)."""
    found = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            base = None
            match = _FULL_DATE.search(text)
            if match:
                base = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if base is None:
                years = _YEAR_IN_NAME.findall(str(path.relative_to(folder)))
                month_day = _MONTH_DAY.search(text)
                if years and month_day:
                    base = _date(int(years[-1]), int(month_day.group(1)), int(month_day.group(2)))
            if base is not None and len(text) > 800:
                found.append((text, base))
    return found


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _moved(text: str, base: dt.date, day: dt.date) -> str:
    """Every date of `text` moved by as many days as `day` is after `base`."""
    delta = day - base

    def full(match: re.Match) -> str:
        found = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if found is None:
            return match.group()
        new = found + delta
        return f"{new.year}年{new.month}月{new.day}日"

    def iso(match: re.Match) -> str:
        found = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return match.group() if found is None else (found + delta).isoformat()

    def month_day(match: re.Match) -> str:
        found = _date(base.year, int(match.group(1)), int(match.group(2)))
        if found is None:
            return match.group()
        new = found + delta
        return f"{new.month}月{new.day}日"

    return _MONTH_DAY.sub(month_day, _ISO_DATE.sub(iso, _FULL_DATE.sub(full, text)))


def _story_days(rng: random.Random, crowded: bool) -> dt.date:
    """A story's first day: in one month when crowded; otherwise years weighted towards recent
    ones (news archives grow), and within a year some weeks far busier than others."""
    if crowded:
        return dt.date(2020, 2, 1) + dt.timedelta(days=rng.randrange(29))
    year = rng.choices(range(2010, 2025), weights=[1 + (y - 2010) for y in range(2010, 2025)])[0]
    if rng.random() < 0.4:  # a busy week (a disaster, an election): a fifth of the year's weeks
        week = rng.randrange(0, 52, 5)
        return dt.date(year, 1, 1) + dt.timedelta(days=week * 7 + rng.randrange(7))
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


def build_corpus(folder: Path, documents: int, seed: int, crowded: bool) -> tuple[int, int, int]:
    """Write `documents` files under `folder` (rebuilt); return (files, characters, bytes)."""
    import jieba
    import opencc

    rng = random.Random(seed)
    sources = _sources()
    with open(jieba.get_dict_file().name, encoding="utf-8") as handle:
        words = [line.split()[0] for line in handle if 2 <= len(line.split()[0]) <= 3]
    words = rng.sample(words, 20_000)
    to_traditional = opencc.OpenCC("s2t")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    characters = size = written = 0
    while written < documents:
        text, base = rng.choice(sources)
        story_day = _story_days(rng, crowded)
        story_words = rng.sample(words, 2)
        for _ in range(min(documents - written, rng.choice((1, 2, 3, 5, 8, 12)))):
            published = story_day + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2, 3)))
            body = _moved(text, base, story_day)
            head, rest = body[:400], body[400:]
            start = rng.randrange(0, max(1, len(rest) - 1300))
            rest = rest[start : start + 1300]
            # a few words of this copy's own, after some commas
            rest = re.sub(
                "，",
                lambda m: "，" + (rng.choice(words) if rng.random() < 0.15 else ""),
                rest,
            )
            title, _, tail = head.partition("\n")
            stamp = f"{published.year}年{published.month:02d}月{published.day:02d}日{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"
            outlet = rng.choice(OUTLETS)
            document = f"{title}{''.join(story_words)}\n\n{stamp} 来源：{outlet}\n{tail}{rest}\n"
            if rng.random() < 0.3:
                document = to_traditional.convert(document)
            path = folder / f"doc{written:06d}.txt"
            path.write_text(document, encoding="utf-8")
            characters += len(document)
            size += path.stat().st_size
            written += 1
    return written, characters, size


class PeakMemory:
    """The largest resident set of a process tree, polled from /proc."""

    def __init__(self, root: int, interval: float = 0.05) -> None:
        self.root, self.interval = root, interval
        self.main_kib = self.largest_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    @staticmethod
    def _rss_kib(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
        found, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    def _poll(self) -> None:
        while not self._stop.is_set():
            for pid in self._tree():
                rss = self._rss_kib(pid)
                self.largest_kib = max(self.largest_kib, rss)
                if pid == self.root:
                    self.main_kib = max(self.main_kib, rss)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def run(command: str, engine: str, corpus: Path, output: Path) -> dict:
    """One child run of `timeline COMMAND corpus -f jsonl` with `engine` ("1", "2" or "dask")."""
    argv = [sys.executable, "-m", "timeline", command, str(corpus), "--format", "jsonl", "-o", str(output)]
    argv += ["--workers", "2", "--engine", "dask"] if engine == "dask" else ["--workers", engine]
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = subprocess.Popen(argv, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(child.pid)
    _, stderr = child.communicate()
    elapsed = time.perf_counter() - started
    memory.stop()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode not in (0,):
        sys.exit(f"{' '.join(argv)} failed ({child.returncode}): {stderr.strip()[-500:]}")
    return {
        "seconds": elapsed,
        "cpu": (usage.ru_utime + usage.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime),
        "largest_mib": memory.largest_kib / 1024,
        "main_mib": memory.main_kib / 1024,
        "maxrss_mib": usage.ru_maxrss / 1024,  # the largest child so far, over the whole benchmark
        "digest": hashlib.sha256(output.read_bytes()).hexdigest(),
        "lines": sum(1 for _ in output.open(encoding="utf-8")),
    }


def report(label: str, files: int, characters: int, result: dict) -> None:
    seconds = result["seconds"]
    print(
        f"{label:>12}: {seconds:7.1f} s wall, {result['cpu']:7.1f} s CPU, {files / seconds:7.1f} documents/s, "
        f"{characters / seconds:11,.0f} characters/s, {result['lines']:,} lines; peak RSS of the largest "
        f"process {result['largest_mib']:.0f} MiB (main {result['main_mib']:.0f} MiB; "
        f"ru_maxrss so far {result['maxrss_mib']:.0f} MiB)",
        flush=True,
    )


def memory_figure(seed: int) -> None:
    """Peak memory of `events --workers 1` on a 20 MB corpus against a 5 MB one."""
    peaks = {}
    for megabytes in (5, 20):
        folder = OUT / f"large-{megabytes}mb"
        documents = int(megabytes * 1_000_000 / 4_100)
        files, characters, size = build_corpus(folder, documents, seed, crowded=False)
        print(f"corpus {megabytes} MB: {files:,} documents, {characters:,} characters, {size / 1e6:.1f} MB")
        result = run("events", "1", folder, OUT / f"large-{megabytes}mb.jsonl")
        report(f"{megabytes} MB", files, characters, result)
        peaks[megabytes] = result["largest_mib"]
    print(f"peak memory 20 MB / 5 MB: {peaks[20] / peaks[5]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--crowded", action="store_true", help="every story in one month (February 2020)")
    parser.add_argument("--runs", nargs="+", default=["events:1", "events:2", "events:dask"])
    parser.add_argument("--reuse", action="store_true", help="use the corpus already built, if any")
    parser.add_argument("--memory", action="store_true", help="only the 5 MB against 20 MB memory figure")
    args = parser.parse_args()
    if args.memory:
        memory_figure(args.seed)
        return
    folder = OUT / ("large-crowded" if args.crowded else "large-corpus")
    if args.reuse and len(list(folder.glob("*.txt"))) == args.documents:
        files = args.documents
        characters = sum(len(path.read_text(encoding="utf-8")) for path in folder.glob("*.txt"))
        size = sum(path.stat().st_size for path in folder.glob("*.txt"))
    else:
        files, characters, size = build_corpus(folder, args.documents, args.seed, args.crowded)
    print(
        f"corpus: {files:,} documents, {characters:,} characters, {size / 1e6:.1f} MB in {folder}", flush=True
    )
    digests: dict[str, dict[str, str]] = {}
    for spec in args.runs:
        command, _, engine = spec.partition(":")
        output = OUT / f"{folder.name}-{command}-{engine}.jsonl"
        result = run(command, engine or "1", folder, output)
        report(spec, files, characters, result)
        digests.setdefault(command, {})[engine] = result["digest"]
    for command, by_engine in digests.items():
        if len(by_engine) > 1:
            same = len(set(by_engine.values())) == 1
            print(f"{command}: output {'identical' if same else 'DIFFERS'} across {', '.join(by_engine)}")
            if not same:
                sys.exit(1)


if __name__ == "__main__":
    main()
