"""Speed of `timeline extract` against JioNLP's `extract_time`: whole processes, CPU time, one core.

Run on demand, never by the test suite, with an interpreter that has JioNLP (a benchmark-only extra):

    python3 -m venv /work/bench-venv && /work/bench-venv/bin/pip install -e '.[bench]'   # once
    /work/bench-venv/bin/python benchmarks/speed.py [--size-mb 5] [--jionlp-sample N] [--in-process]

What it does, in one run:

1. Builds a corpus of at least `--size-mb` MB (UTF-8 bytes) from `seeds/*.txt` and writes it to
   `benchmarks/out/speed-corpus/{hans,hant}/` (git-ignored), one folder per script. Each copy of a seed has
   its dates moved by a deterministic RNG (years, months, days and clock hours in Arabic digits, each by its
   own offset) and, for about half the copies, its script flipped: simplified seeds to traditional (OpenCC
   `s2t`), traditional seeds to simplified (`t2s`). The same `--seed` always gives the same corpus.
2. For each script folder, runs two child processes, each pinned to one CPU (the affinity of this process,
   set with sched_setaffinity where the system allows it, is inherited):
   - ours: `python -m timeline extract --workers 1 --format jsonl <folder> -o <file>`, the whole command
     (start-up, reading and decoding, title, noise lines, publication time, mentions, quantities, JSON);
   - JioNLP: this script as a driver (`--jionlp-driver`), which imports JioNLP, reads the same files and calls
     `jionlp.ner.extract_time(text, time_base=<reference as a Unix timestamp>)` per document, the reference
     being the document's first full date (else 2020-03-01); with `--jionlp-sample N`, only on the first
     documents of the folder totalling at least N characters.
   The CPU time of a child is its user + system time from `os.wait4`. Each side is also run once on a single
   short document, to show what start-up alone costs (imports, compiled patterns, dictionaries).
3. Prints, per script and for the whole corpus (one process per side, so one start-up): characters per CPU-second for each side, their ratio, CPU and
   wall seconds, and mentions found. `--in-process` adds the old figure: `timeline.extract.extract_text` called
   per document in this process (reading, start-up and JSON left out).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
OUT = REPO_ROOT / "benchmarks" / "out"
CORPUS_DIR = OUT / "speed-corpus"
SCRIPTS = ("hans", "hant")
FALLBACK_REFERENCE = dt.date(2020, 3, 1)
TARGET_RATIO = 10.0  # issue 11: at least 10x JioNLP per core, as CPU time of whole processes

# Arabic-digit dates and clock times in the seeds; each part is moved by its own offset.
ISO_LIKE_DATE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)([-./])(\d{1,2})\2(\d{1,2})(?!\d)")
YEAR_BEFORE_NIAN = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=\s*年)")
MONTH_BEFORE_YUE = re.compile(r"(?<![\d.])(\d{1,2})(?=\s*月)")
DAY_BEFORE_RI = re.compile(r"(?<![\d.])(\d{1,2})(?=\s*[日号號])")
CLOCK = re.compile(r"(?<![\d.])(\d{1,2}):(\d{2})(?!\d)")
FIRST_FULL_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})")
SHORT_TEXT = "新华社北京2020年3月4日电 3日上午10时，记者从会上获悉，去年共有12万人参加。\n"


# ---------------------------------------------------------------- building the corpus


def keep_padding(original: str, number: int) -> str:
    """`03` stays two digits, `3` and `28` are written plainly."""
    return str(number).zfill(len(original)) if original.startswith("0") else str(number)


@dataclass(frozen=True)
class DateShift:
    years: int
    months: int
    days: int
    hours: int

    def year(self, text: str) -> str:
        return str(int(text) + self.years)

    def month(self, text: str) -> str:
        month = int(text)
        if not 1 <= month <= 12:
            return text
        return keep_padding(text, (month - 1 + self.months) % 12 + 1)

    def day(self, text: str) -> str:
        day = int(text)
        if not 1 <= day <= 31:
            return text
        # Days 1..28 exist in every month, so the shifted date stays valid.
        return keep_padding(text, (day - 1 + self.days) % 28 + 1)

    def hour(self, text: str) -> str:
        hour = int(text)
        if hour > 23:
            return text
        return str((hour + self.hours) % 24).zfill(len(text))

    def apply(self, text: str) -> str:
        text = ISO_LIKE_DATE.sub(
            lambda m: f"{self.year(m[1])}{m[2]}{self.month(m[3])}{m[2]}{self.day(m[4])}", text
        )
        text = YEAR_BEFORE_NIAN.sub(lambda m: self.year(m[1]), text)
        text = MONTH_BEFORE_YUE.sub(lambda m: self.month(m[1]), text)
        text = DAY_BEFORE_RI.sub(lambda m: self.day(m[1]), text)
        return CLOCK.sub(lambda m: f"{self.hour(m[1])}:{m[2]}", text)


def is_traditional(text: str, to_simplified: Callable[[str], str]) -> bool:
    """A seed is traditional when converting it to simplified changes more than 2% of its characters."""
    changed = sum(1 for a, b in zip(text, to_simplified(text), strict=False) if a != b)
    return changed > 0.02 * len(text)


def build_corpus(size_bytes: int, seed: int, directory: Path) -> dict[str, list[Path]]:
    """Write shifted, script-varied copies of the seeds until they total `size_bytes` of UTF-8, into one
    folder per script; returns the paths of each script in the order written."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    to_simplified = opencc.OpenCC("t2s").convert
    seeds = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"speed: no seeds found in {SEEDS}")
    traditional = {name: is_traditional(text, to_simplified) for name, text in seeds}

    if directory.exists():
        shutil.rmtree(directory)
    for script in SCRIPTS:
        (directory / script).mkdir(parents=True)
    rng = random.Random(seed)
    written: dict[str, list[Path]] = {script: [] for script in SCRIPTS}
    total = 0
    copy = 0
    while total < size_bytes:
        for name, text in seeds:
            shift = DateShift(
                years=rng.randint(-8, 5),
                months=rng.randint(0, 11),
                days=rng.randint(0, 27),
                hours=rng.randint(0, 23),
            )
            varied = shift.apply(text)
            flip = rng.random() < 0.5
            if flip:
                varied = to_simplified(varied) if traditional[name] else to_traditional(varied)
            script = "hant" if traditional[name] != flip else "hans"
            path = directory / script / f"{copy:04d}_{name[:3]}_{script}.txt"
            path.write_text(varied, encoding="utf-8")
            written[script].append(path)
            total += len(varied.encode("utf-8"))
            copy += 1
    return written


def reference_of(text: str) -> dt.date:
    """The first full Arabic-digit date in the document (its dateline in the seeds), else a fixed date."""
    for found in FIRST_FULL_DATE.finditer(text):
        try:
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            continue
    return FALLBACK_REFERENCE


def sample(paths: list[Path], characters: int | None) -> list[Path]:
    """The first paths whose texts together hold at least `characters` characters (all when None)."""
    if characters is None:
        return paths
    chosen, total = [], 0
    for path in paths:
        if total >= characters:
            break
        chosen.append(path)
        total += len(path.read_text(encoding="utf-8"))
    return chosen


# ---------------------------------------------------------------- the JioNLP driver (a child process)


def jionlp_driver(list_file: Path, result_file: Path) -> int:
    """Run JioNLP on every file listed in `list_file` (one path a line) and write counts as JSON."""
    # One thread for the numeric libraries JioNLP pulls in (numpy); they read this when first imported.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    import jionlp

    extract_time = jionlp.ner.extract_time
    # JioNLP logs a traceback for every string it fails to parse; time the extraction, not the terminal.
    logging.disable(logging.ERROR)
    counts = {"documents": 0, "characters": 0, "mentions": 0, "errors": 0, "first_error": None}
    for line in list_file.read_text(encoding="utf-8").splitlines():
        text = Path(line).read_text(encoding="utf-8")
        ref = reference_of(text)
        base = dt.datetime(ref.year, ref.month, ref.day, 12, 0).timestamp()
        counts["documents"] += 1
        counts["characters"] += len(text)
        try:
            counts["mentions"] += len(extract_time(text, time_base=base))
        except Exception as error:  # count failures instead of stopping the benchmark
            counts["errors"] += 1
            counts["first_error"] = counts["first_error"] or f"{type(error).__name__}: {error}"
    result_file.write_text(json.dumps(counts), encoding="utf-8")
    return 0


# ---------------------------------------------------------------- running and timing children


@dataclass
class Run:
    characters: int
    documents: int
    cpu_seconds: float
    wall_seconds: float
    mentions: int
    errors: int = 0
    first_error: str | None = None

    @property
    def per_cpu_second(self) -> float:
        return self.characters / self.cpu_seconds if self.cpu_seconds else 0.0

    def __add__(self, other: Run) -> Run:
        return Run(
            self.characters + other.characters,
            self.documents + other.documents,
            self.cpu_seconds + other.cpu_seconds,
            self.wall_seconds + other.wall_seconds,
            self.mentions + other.mentions,
            self.errors + other.errors,
            self.first_error or other.first_error,
        )


def run_child(command: list[str], stdout_path: Path) -> tuple[float, float]:
    """Run `command` to completion; its (CPU seconds as user + system, wall seconds)."""
    wall = time.perf_counter()
    with open(stdout_path, "wb") as stdout:
        child = subprocess.Popen(command, cwd=REPO_ROOT, stdout=stdout, stderr=subprocess.PIPE)
        # stderr is a pipe: read it before reaping, so a chatty child never blocks on a full pipe
        assert child.stderr is not None
        stderr = child.stderr.read()
        child.stderr.close()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - wall
    if child.returncode != 0:
        sys.exit(
            f"speed: {' '.join(command)} failed ({child.returncode}):\n{stderr.decode(errors='replace')}"
        )
    return usage.ru_utime + usage.ru_stime, wall


def run_ours(folder: Path, characters: int, documents: int) -> Run:
    output = OUT / f"speed-ours-{folder.name}.jsonl"
    command = [
        sys.executable,
        "-m",
        "timeline",
        "extract",
        "--workers",
        "1",
        "--format",
        "jsonl",
        str(folder),
    ]
    cpu, wall = run_child(command, output)
    mentions = 0
    with open(output, encoding="utf-8") as lines:
        for line in lines:
            mentions += len(json.loads(line)["mentions"])
    return Run(characters, documents, cpu, wall, mentions)


def run_jionlp(paths: list[Path], name: str) -> Run:
    list_file = OUT / f"speed-jionlp-{name}.list"
    result_file = OUT / f"speed-jionlp-{name}.json"
    list_file.write_text("".join(f"{path}\n" for path in paths), encoding="utf-8")
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--jionlp-driver",
        str(list_file),
        str(result_file),
    ]
    cpu, wall = run_child(command, OUT / f"speed-jionlp-{name}.out")
    counts = json.loads(result_file.read_text(encoding="utf-8"))
    return Run(
        counts["characters"],
        counts["documents"],
        cpu,
        wall,
        counts["mentions"],
        counts["errors"],
        counts["first_error"],
    )


def jionlp_available() -> bool:
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import importlib.util, sys; sys.exit(importlib.util.find_spec('jionlp') is None)",
        ],
        capture_output=True,
    )
    return probe.returncode == 0


def in_process(paths: list[Path]) -> Run:
    """The old figure: `extract_text` per document in this process, texts already in memory."""
    sys.path.insert(0, str(REPO_ROOT))
    from timeline.extract import extract_text

    documents = [path.read_text(encoding="utf-8") for path in paths]
    extract_text(SHORT_TEXT)  # warm up: compiled patterns, dictionaries
    mentions = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text in documents:
        mentions += len(extract_text(text)["mentions"])
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Run(sum(len(text) for text in documents), len(documents), cpu, wall, mentions)


def pin_to_one_cpu(cpu: int | None) -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[0]
    os.sched_setaffinity(0, {chosen})
    return f"children pinned to CPU {chosen} (of {len(allowed)} available)"


def print_run(label: str, run: Run, note: str = "") -> None:
    print(
        f"  {label:<10} {run.per_cpu_second:>11,.0f} chars/CPU-s  {run.characters:>10,} chars, {run.documents:>4} docs,"
        f" {run.cpu_seconds:6.2f} s CPU, {run.wall_seconds:6.2f} s wall, {run.mentions:>6,} mentions{note}"
    )
    if run.errors:
        print(f"             {run.errors} documents raised (first: {run.first_error})")


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--size-mb", type=float, default=5.0, help="corpus size in MB of UTF-8 (default 5)")
    options.add_argument(
        "--seed", type=int, default=20200304, help="RNG seed for the corpus (default 20200304)"
    )
    options.add_argument(
        "--jionlp-sample",
        type=int,
        metavar="N",
        help="run JioNLP only on the first documents of each script holding at least N characters",
    )
    options.add_argument("--no-jionlp", action="store_true", help="run ours only")
    options.add_argument(
        "--in-process", action="store_true", help="also time extract_text per document in this process"
    )
    options.add_argument("--cpu", type=int, help="CPU to pin to (default: the first one allowed)")
    options.add_argument("--jionlp-driver", nargs=2, metavar=("LIST", "RESULT"), help=argparse.SUPPRESS)
    args = options.parse_args(argv)
    if args.jionlp_driver:
        return jionlp_driver(Path(args.jionlp_driver[0]), Path(args.jionlp_driver[1]))

    pinned = pin_to_one_cpu(args.cpu)
    corpus = build_corpus(int(args.size_mb * 1024 * 1024), args.seed, CORPUS_DIR)
    texts = {script: [path.read_text(encoding="utf-8") for path in paths] for script, paths in corpus.items()}
    corpus_bytes = sum(path.stat().st_size for paths in corpus.values() for path in paths)
    print(
        f"corpus: {sum(len(p) for p in corpus.values())} documents, {corpus_bytes / 1024 / 1024:.2f} MiB, "
        f"{sum(len(t) for ts in texts.values() for t in ts):,} characters "
        f"({len(corpus['hans'])} simplified / {len(corpus['hant'])} traditional documents), "
        f"in {CORPUS_DIR.relative_to(REPO_ROOT)}/{{hans,hant}}/"
    )
    print(f"python {sys.version.split()[0]}, {pinned}")
    with_jionlp = not args.no_jionlp and jionlp_available()
    if not args.no_jionlp and not with_jionlp:
        print("JioNLP is not importable here; run with /work/bench-venv/bin/python (see the docstring).")

    # start-up alone: one short document
    startup = OUT / "speed-startup"
    if startup.exists():
        shutil.rmtree(startup)
    startup.mkdir(parents=True)
    (startup / "short.txt").write_text(SHORT_TEXT, encoding="utf-8")
    print("\nstart-up, one short document:")
    print_run("ours", run_ours(startup, len(SHORT_TEXT), 1))
    if with_jionlp:
        print_run("jionlp", run_jionlp([startup / "short.txt"], "startup"))

    totals: dict[str, Run] = {}
    for script in SCRIPTS:
        characters = sum(len(text) for text in texts[script])
        label = {"hans": "simplified", "hant": "traditional"}[script]
        print(f"\n{label} ({CORPUS_DIR.name}/{script}/):")
        ours = run_ours(CORPUS_DIR / script, characters, len(texts[script]))
        print_run("ours", ours)
        totals["ours"] = totals["ours"] + ours if "ours" in totals else ours
        if with_jionlp:
            chosen = sample(corpus[script], args.jionlp_sample)
            jionlp = run_jionlp(chosen, script)
            note = ""
            if len(chosen) < len(corpus[script]):
                note = f"  [first {len(chosen)} of {len(corpus[script])} documents, --jionlp-sample]"
            print_run("jionlp", jionlp, note)
            print(f"  ratio      {ours.per_cpu_second / jionlp.per_cpu_second:.2f}x")
            totals["jionlp"] = totals["jionlp"] + jionlp if "jionlp" in totals else jionlp

    # Both scripts in one process each, as a user would run it (one start-up, not two).
    print(f"\nboth scripts ({CORPUS_DIR.name}/, one process each):")
    ours = run_ours(CORPUS_DIR, totals["ours"].characters, totals["ours"].documents)
    print_run("ours", ours)
    if with_jionlp:
        chosen = [path for script in SCRIPTS for path in sample(corpus[script], args.jionlp_sample)]
        jionlp = run_jionlp(chosen, "both")
        print_run("jionlp", jionlp)
        ratio = ours.per_cpu_second / jionlp.per_cpu_second
        print(
            f"  ratio      {ratio:.2f}x ours / JioNLP in characters per CPU-second of whole processes"
            f" (target >= {TARGET_RATIO:.0f}x)"
        )
    print(
        "  ours: python -m timeline extract --workers 1 --format jsonl <folder>;"
        " jionlp: jionlp.ner.extract_time per document"
    )

    if args.in_process:
        run = in_process(corpus["hans"] + corpus["hant"])
        print("\nin process (timeline.extract.extract_text per document; no start-up, reading or JSON):")
        print_run("ours", run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
