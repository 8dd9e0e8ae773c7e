"""Large-corpus benchmark: `timeline events` over ~10,000 generated documents with 1 and 2 workers.

Builds a corpus from the seeds (dates shifted, some copies converted to traditional script, each
document a few kilobytes), then runs the real command line in a child process for each worker count
and reports documents per second, characters per second and the peak resident memory of the run
(the largest process: the main one, which holds the events, or a worker). Also checks that 1 and 2
workers give byte-identical output.

    python benchmarks/large.py                       # 10,000 documents, about 50 MB
    python benchmarks/large.py --documents 2000      # a quicker run
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "large-corpus"
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")


def build_corpus(documents: int, seed: int) -> tuple[int, int]:
    """Write `documents` files under OUT (rebuilt each run); return (files, characters)."""
    rng = random.Random(seed)
    seeds = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    to_traditional = opencc.OpenCC("s2t")
    if OUT.exists():
        for old in OUT.glob("*.txt"):
            old.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    characters = 0
    for index in range(documents):
        text = seeds[index % len(seeds)]
        shift = rng.randint(-3, 3)

        def moved(match: re.Match, shift: int = shift) -> str:
            month = (int(match.group(1)) - 1 + shift) % 12 + 1
            return f"{month}月{match.group(2)}日"

        text = _MONTH_DAY.sub(moved, text)
        text = text.replace("2020", str(rng.randint(2016, 2024)))
        if rng.random() < 0.3:
            text = to_traditional.convert(text)
        # about 5 kB per document: a slice of the article with its head (dateline, title)
        head, body = text[:400], text[400:]
        start = rng.randrange(0, max(1, len(body) - 1300))
        text = head + body[start : start + 1300]
        (OUT / f"doc{index:05d}.txt").write_text(text, encoding="utf-8")
        characters += len(text)
    return documents, characters


def run(workers: int, output: Path) -> tuple[float, int]:
    """Run `timeline events` on the corpus; return (seconds, peak RSS in KiB of the largest process)."""
    command = [sys.executable, "-m", "timeline", "events", str(OUT), "--format", "jsonl",
               "--workers", str(workers), "-o", str(output)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    files, characters = build_corpus(args.documents, args.seed)
    size = sum(path.stat().st_size for path in OUT.glob("*.txt"))
    print(f"corpus: {files:,} documents, {characters:,} characters, {size / 2**20:.1f} MiB in {OUT}")
    digests = {}
    for workers in args.workers:
        output = OUT.parent / f"large-events-{workers}.jsonl"
        elapsed, peak_kib = run(workers, output)
        digests[workers] = hashlib.sha256(output.read_bytes()).hexdigest()
        events = sum(1 for _ in output.open(encoding="utf-8"))
        print(
            f"workers={workers}: {elapsed:6.1f} s, {files / elapsed:7.1f} documents/s, "
            f"{characters / elapsed:11,.0f} characters/s, {events:,} events, "
            f"peak RSS {peak_kib / 1024:.0f} MiB (largest process so far)"
        )
    if len(set(digests.values())) == 1:
        print("output identical for every worker count")
    else:
        print("OUTPUT DIFFERS between worker counts:", digests)
        sys.exit(1)


if __name__ == "__main__":
    main()
