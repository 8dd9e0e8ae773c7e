"""Speed of our time extraction against JioNLP's `extract_time`, on one core, in the same run.

Run on demand, never by the test suite, with an interpreter that has JioNLP (a benchmark-only extra):

    python3 -m venv /work/bench-venv && /work/bench-venv/bin/pip install jionlp   # once
    /work/bench-venv/bin/pip install typer rich jinja2 dateparser cn2an opencc lunar-python \
        charset-normalizer jieba                                                   # our runtime deps
    /work/bench-venv/bin/python benchmarks/speed.py [--jionlp-sample N] [--size-mb 5]

What it does:

1. Builds a corpus of at least `--size-mb` MB (UTF-8 bytes) from `seeds/*.txt` and writes it to
   `benchmarks/out/speed-corpus/` (git-ignored). Each copy of a seed has its dates moved by a deterministic
   RNG (years, months, days and clock hours in Arabic digits, each by its own offset) and, for about half
   the copies, its script flipped: simplified seeds to traditional (OpenCC `s2t`), traditional seeds to
   simplified (`t2s`). The same `--seed` always gives the same corpus.
2. Reads every document into memory, takes its reference date from its first full date (else 2020-03-01),
   and then times, on one CPU (the process is pinned with sched_setaffinity where the system allows it):
   - ours: one call per document of `timeline.extract.extract_text` when that exists, else
     `timeline.parse(text, ref)`; `--ours MODULE:FUNCTION` picks another callable;
   - JioNLP: `jionlp.ner.extract_time(text, time_base=<reference as a Unix timestamp>)` per document, over the
     whole corpus or, with `--jionlp-sample N`, over the first documents totalling at least N characters.
   Each side is warmed up once on a short text first (JioNLP compiles its patterns on its first call).
3. Prints characters per second for each, their ratio, mentions found, and our peak memory (the process's
   peak resident set size after our pass, before JioNLP is imported; `--tracemalloc` adds a separate,
   untimed pass that reports the peak of Python allocations).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import inspect
import logging
import os
import random
import re
import resource
import shutil
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
CORPUS_DIR = REPO_ROOT / "benchmarks" / "out" / "speed-corpus"
FALLBACK_REFERENCE = dt.date(2020, 3, 1)
JIONLP_REPORTED_SPEED = 80_000  # characters per second on one core here, as stated in issue 2
TARGET_RATIO = 3.0

# Arabic-digit dates and clock times in the seeds; each part is moved by its own offset.
ISO_LIKE_DATE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)([-./])(\d{1,2})\2(\d{1,2})(?!\d)")
YEAR_BEFORE_NIAN = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?=\s*年)")
MONTH_BEFORE_YUE = re.compile(r"(?<![\d.])(\d{1,2})(?=\s*月)")
DAY_BEFORE_RI = re.compile(r"(?<![\d.])(\d{1,2})(?=\s*[日号號])")
CLOCK = re.compile(r"(?<![\d.])(\d{1,2}):(\d{2})(?!\d)")
FIRST_FULL_DATE = re.compile(r"(?<!\d)(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})")


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


def build_corpus(size_bytes: int, seed: int, directory: Path) -> list[Path]:
    """Write shifted, script-varied copies of the seeds until they total `size_bytes` of UTF-8."""
    import opencc

    to_traditional = opencc.OpenCC("s2t").convert
    to_simplified = opencc.OpenCC("t2s").convert
    seeds = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    if not seeds:
        sys.exit(f"speed: no seeds found in {SEEDS}")
    traditional = {name: is_traditional(text, to_simplified) for name, text in seeds}

    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    rng = random.Random(seed)
    written: list[Path] = []
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
            path = directory / f"{copy:04d}_{name[:3]}_{script}.txt"
            path.write_text(varied, encoding="utf-8")
            written.append(path)
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


# ---------------------------------------------------------------- the two extractors


def count_mentions(result: object) -> int:
    """Mentions in whatever our callable returns: a parse() dict, a document dict or object, or a list."""
    if isinstance(result, dict):
        return len(result.get("mentions", []))
    if isinstance(result, list):
        return len(result)
    return len(getattr(result, "mentions", []) or [])


def load_ours(spec: str | None) -> tuple[str, Callable[[str, dt.date], object]]:
    """Our callable as `fn(text, ref)`: `--ours`, else `timeline.extract.extract_text`, else `timeline.parse`."""
    sys.path.insert(0, str(REPO_ROOT))
    if spec:
        module_name, _, function_name = spec.partition(":")
        function = getattr(importlib.import_module(module_name), function_name)
        name = spec
    else:
        try:
            from timeline.extract import extract_text as function  # the document pipeline, once it exists

            name = "timeline.extract.extract_text"
        except ImportError:
            from timeline import parse as function

            name = "timeline.parse"
    parameters = inspect.signature(function).parameters
    if "ref" in parameters or len(parameters) >= 2:
        return name, lambda text, ref: function(text, ref.isoformat())
    return name, lambda text, ref: function(text)


def load_jionlp() -> Callable[[str, dt.date], object]:
    # One thread for the numeric libraries JioNLP pulls in (numpy); they read this when first imported.
    for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    import jionlp

    extract_time = jionlp.ner.extract_time

    def run(text: str, ref: dt.date) -> list:
        base = dt.datetime(ref.year, ref.month, ref.day, 12, 0).timestamp()
        return extract_time(text, time_base=base)

    return run


# ---------------------------------------------------------------- timing


@dataclass
class Timing:
    characters: int
    documents: int
    seconds: float
    cpu_seconds: float
    mentions: int
    errors: int
    first_error: str | None

    @property
    def per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


def time_extraction(
    function: Callable[[str, dt.date], object], documents: list[tuple[str, dt.date]]
) -> Timing:
    mentions = errors = 0
    first_error = None
    wall_start, cpu_start = time.perf_counter(), time.process_time()
    for text, ref in documents:
        try:
            mentions += count_mentions(function(text, ref))
        except Exception as error:  # count failures instead of stopping the benchmark
            errors += 1
            first_error = first_error or f"{type(error).__name__}: {error}"
    wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
    return Timing(
        sum(len(text) for text, _ in documents), len(documents), wall, cpu, mentions, errors, first_error
    )


def sample(documents: list[tuple[str, dt.date]], characters: int | None) -> list[tuple[str, dt.date]]:
    """The first documents that together hold at least `characters` characters (all when None)."""
    if characters is None:
        return documents
    chosen, total = [], 0
    for document in documents:
        if total >= characters:
            break
        chosen.append(document)
        total += len(document[0])
    return chosen


def pin_to_one_cpu(cpu: int | None) -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here); both run in this one process, one thread each"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[0]
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} (of {len(allowed)} available)"


def print_timing(label: str, timing: Timing, note: str = "") -> None:
    print(
        f"{label:<8} {timing.per_second:>12,.0f} chars/s   {timing.characters:>10,} chars in {timing.documents} docs,"
        f" {timing.seconds:.2f} s wall, {timing.cpu_seconds:.2f} s CPU, {timing.mentions:,} mentions{note}"
    )
    if timing.errors:
        print(f"         {timing.errors} documents raised (first: {timing.first_error})")


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


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
        help="time JioNLP on the first documents holding at least N characters only",
    )
    options.add_argument("--no-jionlp", action="store_true", help="time ours only")
    options.add_argument("--ours", metavar="MODULE:FUNCTION", help="our callable, taking (text[, ref])")
    options.add_argument("--cpu", type=int, help="CPU to pin to (default: the first one allowed)")
    options.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also run ours once more under tracemalloc (untimed) and report its peak",
    )
    args = options.parse_args(argv)

    pinned = pin_to_one_cpu(args.cpu)
    paths = build_corpus(int(args.size_mb * 1024 * 1024), args.seed, CORPUS_DIR)
    documents = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        documents.append((text, reference_of(text)))
    corpus_bytes = sum(path.stat().st_size for path in paths)
    scripts = sum(1 for path in paths if path.stem.endswith("hant"))
    print(
        f"corpus: {len(paths)} documents, {corpus_bytes / 1024 / 1024:.2f} MiB, "
        f"{sum(len(text) for text, _ in documents):,} characters, {scripts} traditional / "
        f"{len(paths) - scripts} simplified, in {CORPUS_DIR.relative_to(REPO_ROOT)}/"
    )
    print(f"python {sys.version.split()[0]}, {pinned}")

    try:
        our_name, ours = load_ours(args.ours)
    except Exception as error:  # report any import failure plainly
        sys.exit(f"speed: cannot load our extractor: {type(error).__name__}: {error}")
    warm_up = documents[0][0][:300]
    try:
        ours(warm_up, documents[0][1])
    except Exception as error:  # the timed pass reports failures per document
        print(f"warning: our warm-up call raised {type(error).__name__}: {error}")
    rss_before = peak_rss_mib()
    our_timing = time_extraction(ours, documents)
    rss_after = peak_rss_mib()
    print()
    print(f"ours     = {our_name}")
    print_timing("ours", our_timing)
    print(
        f"         peak RSS {rss_after:.0f} MiB after our pass (was {rss_before:.0f} MiB with the corpus loaded)"
    )

    if our_timing.mentions == 0:
        print(
            "         WARNING: ours found no mentions at all; the parser is incomplete, so the ratio means little"
        )

    if args.tracemalloc:
        tracemalloc.start()
        time_extraction(ours, documents)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"         tracemalloc peak of Python allocations during a pass: {peak / 1024 / 1024:.1f} MiB")

    if args.no_jionlp:
        return 0
    try:
        jionlp_extract = load_jionlp()
    except ImportError as error:
        print(
            f"\nJioNLP not importable here ({error}); run with /work/bench-venv/bin/python (see the docstring)."
        )
        return 1
    jionlp_extract(warm_up, documents[0][1])
    jionlp_documents = sample(documents, args.jionlp_sample)
    # JioNLP logs a traceback for every string it fails to parse; time the extraction, not the terminal.
    logging.disable(logging.ERROR)
    jionlp_timing = time_extraction(jionlp_extract, jionlp_documents)
    logging.disable(logging.NOTSET)
    note = ""
    if len(jionlp_documents) < len(documents):
        note = f"  [SAMPLE: first {len(jionlp_documents)} of {len(documents)} documents, --jionlp-sample]"
    print("jionlp   = jionlp.ner.extract_time(text, time_base=ref timestamp), its error logging silenced")
    print_timing("jionlp", jionlp_timing, note)

    print()
    if jionlp_timing.per_second:
        ratio = our_timing.per_second / jionlp_timing.per_second
        print(
            f"ratio ours / JioNLP: {ratio:.2f}x   (target >= {TARGET_RATIO:.0f}x; issue 2 quotes JioNLP at "
            f"~{JIONLP_REPORTED_SPEED:,} chars/s on one core)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
