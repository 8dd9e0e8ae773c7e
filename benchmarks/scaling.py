"""Scaling benchmark (issue 10): each hostile workload at n, 2n and 4n, to see linear from quadratic.

Cases (the sizes are the issue's):
- `day`: as `merge`, at 2,000 / 4,000 / 8,000 reports of one day (issue 11's 8,000-report day);
  `--exhaustive` also scores every pair and says whether the clusters are the same.
- `merge`: n reports of one day (1,000 / 2,000 / 4,000): n/8 events, each told by 8 outlets, each
  event a seed clause (its topic, shared with many other events) plus words of its own (jieba's
  dictionary, seeded), each outlet's copy with a word of the outlet's own; times `merge_events`.
- `copies`: n reports of one day that are near-copies of the seeds' few dozen clauses (each clause
  republished n/60 times with one word changed): the worst case for pairing, every copy alike.
- `dated`: one document of many dated sentences (0.37 / 0.74 / 1.5 MB); times extraction and the
  events step (`document_events`) separately.
- `noise`: a document of n lines, half of them noise (editor credits) and half dated sentences
  (8,000 / 16,000 / 32,000 lines); extraction plus events.
- `bidi`: dates separated by bidirectional-control characters (96k / 192k / 384k characters);
  extraction plus events.

    python benchmarks/scaling.py                   # every case
    python benchmarks/scaling.py --case merge      # one case
    python benchmarks/scaling.py --scale 0.25      # quicker: a quarter of each size
    python benchmarks/scaling.py --case day --exhaustive   # 8,000 reports of one day, and every pair

Linear work doubles from n to 2n and from 2n to 4n (ratio about 2); quadratic work quadruples.
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events import DEFAULT_POLICY, document_events, merge_events  # noqa: E402
from timeline.extract import extract_text  # noqa: E402

REF = "2020-02-01"
EXHAUSTIVE = False
# Rare characters that give each outlet's copy a word of its own, so that copies are not identical.
_OWN_WORDS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]


def seed_sentences() -> list[str]:
    """Sentences of the seeds with at least a dozen Han characters and no digits (dates are added)."""
    sentences = []
    for text in seed_texts():
        for sentence in re.split(r"(?<=[。！？])|\n", text):
            sentence = sentence.strip()
            if len(re.findall(r"[\u4e00-\u9fff]", sentence)) >= 12 and not re.search(r"\d", sentence):
                sentences.append(sentence)
    return sentences


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


# --- cases


def seed_clauses() -> list[dict]:
    pool = []
    for number, text in enumerate(seed_texts()):
        document = extract_text(text, REF, doc_id=f"seed{number}")
        pool.extend(event for event in document_events(document) if len(event["date"]) == 10)
    return pool


def dictionary_words() -> list[str]:
    import jieba

    with open(jieba.get_dict_file().name, encoding="utf-8") as handle:
        words = [line.split()[0] for line in handle]
    return [word for word in words if 2 <= len(word) <= 4]


def merge_candidates(reports: int) -> list[dict]:
    """`reports` candidate events of one day: n/8 events of a seed clause plus three words of their
    own, each told by 8 outlets that add a word of their own."""
    pool, words = seed_clauses(), dictionary_words()
    rng = random.Random(reports)
    candidates = []
    for index in range(reports):
        if index % 8 == 0:
            base = copy.deepcopy(pool[(index // 8) % len(pool)])
            own_words = "".join(rng.sample(words, 3))
        outlet = index % 8
        event = copy.deepcopy(base)
        event["date"], event["until"] = "2020-02-01", None
        event["_compare"] = own_words + event["_compare"] + _OWN_WORDS[outlet]
        for report in event["mentions"]:
            report["doc"] = f"outlet{outlet}-{index // 64}"
        event["sources"] = [event["mentions"][0]["doc"]]
        candidates.append(event)
    return candidates


def copy_candidates(reports: int) -> list[dict]:
    """`reports` candidate events of one day: the seeds' clauses republished over and over, each copy
    with a word of its own."""
    pool = seed_clauses()
    candidates = []
    for index in range(reports):
        base = pool[(index // 8) % len(pool)]
        outlet = index % 8
        event = copy.deepcopy(base)
        event["date"], event["until"] = "2020-02-01", None
        own = _OWN_WORDS[index % len(_OWN_WORDS)] + _OWN_WORDS[(index // len(_OWN_WORDS)) % len(_OWN_WORDS)]
        event["_compare"] = event["_compare"] + own
        for report in event["mentions"]:
            report["doc"] = f"outlet{outlet}-{index // 64}"
        event["sources"] = [event["mentions"][0]["doc"]]
        candidates.append(event)
    return candidates


def case_merge(
    scale: float, make=merge_candidates, sizes=(1_000, 2_000, 4_000)
) -> list[tuple[str, float, str]]:
    rows = []
    for reports in sizes:
        count = max(8, int(reports * scale))
        candidates = make(count)
        seconds, events = timed(merge_events, candidates)
        rows.append((f"{count:,} reports", seconds, f"{len(events):,} events"))
    return rows


def case_day(scale: float) -> list[tuple[str, float, str]]:
    """One day of 2,000 / 4,000 / 8,000 reports (the issue's 8,000-report day), merged with blocking;
    with --exhaustive, 2,000 and 4,000 also scored on every pair, to check that the clusters are the
    same. Times are wall and CPU of this process."""
    rows = []
    for reports in (2_000, 4_000, 8_000):
        count = max(8, int(reports * scale))
        candidates = merge_candidates(count)
        cpu = time.process_time()
        seconds, events = timed(merge_events, candidates)
        cpu = time.process_time() - cpu
        rows.append((f"{count:,} reports", seconds, f"{len(events):,} events, {cpu:.1f} s CPU"))
    if EXHAUSTIVE:
        from timeline.events import merge_candidates as merge_with

        def every_pair(bucket, features, grams):
            return [(i, j) for position, i in enumerate(bucket) for j in bucket[position + 1 :]]

        for reports in (2_000, 4_000):  # every pair of 8,000 reports is 32 million: too slow to check
            count = max(8, int(reports * scale))
            candidates = merge_candidates(count)
            blocked = merge_events(candidates)
            seconds, exhaustive = timed(merge_with, candidates, DEFAULT_POLICY, every_pair)
            same = sorted(e["id"] for e in blocked) == sorted(e["id"] for e in exhaustive)
            rows.append((f"{count:,} exhaustive", seconds, "same clusters" if same else "CLUSTERS DIFFER"))
    return rows


def case_copies(scale: float) -> list[tuple[str, float, str]]:
    return case_merge(scale, copy_candidates)


def dated_document(target_bytes: int) -> str:
    sentences = seed_sentences()
    parts, size, index = [], 0, 0
    while size < target_bytes:
        month, day = index % 12 + 1, index % 28 + 1
        # numbered, so that no line repeats (a repeated line is chrome, and would not be read)
        sentence = f"{month}月{day}日，{sentences[index % len(sentences)]}（{index}）"
        parts.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
        index += 1
        if index % 5 == 0:
            parts.append("\n")
    return "新闻标题\n" + "".join(parts)


def case_dated(scale: float) -> list[tuple[str, float, str]]:
    rows = []
    for megabytes in (0.37, 0.74, 1.5):
        text = dated_document(int(megabytes * scale * 1_000_000))
        extract_seconds, document = timed(extract_text, text, REF)
        events_seconds, events = timed(document_events, document)
        label = f"{len(text.encode('utf-8')) / 1e6:.2f} MB"
        rows.append((f"{label} extract", extract_seconds, f"{len(document['mentions']):,} mentions"))
        rows.append((f"{label} events", events_seconds, f"{len(events):,} candidates"))
    return rows


def noise_document(lines: int) -> str:
    sentences = seed_sentences()
    parts = ["新闻标题"]
    for index in range(lines // 2):
        parts.append(f"责任编辑：王{_OWN_WORDS[index % len(_OWN_WORDS)]}")
        parts.append(f"{index % 12 + 1}月{index % 28 + 1}日，{sentences[index % len(sentences)]}（{index}）")
    return "\n".join(parts)


def pipeline(text: str) -> tuple[dict, list[dict]]:
    document = extract_text(text, REF)
    return document, document_events(document)


def case_noise(scale: float) -> list[tuple[str, float, str]]:
    rows = []
    for lines in (8_000, 16_000, 32_000):
        count = max(2, int(lines * scale))
        seconds, (document, events) = timed(pipeline, noise_document(count))
        rows.append((f"{count:,} lines", seconds, f"{len(events):,} candidates"))
    return rows


def bidi_text(characters: int) -> str:
    """Short dated sentences on one line, each date wrapped in a bidirectional isolate."""
    unit = "\u20661月2日\u2069，武汉发生大事。"
    return unit * (characters // len(unit))


def case_bidi(scale: float) -> list[tuple[str, float, str]]:
    rows = []
    for characters in (96_000, 192_000, 384_000):
        text = bidi_text(int(characters * scale))
        seconds, (document, events) = timed(pipeline, text)
        rows.append((f"{len(text):,} characters", seconds, f"{len(document['mentions']):,} mentions"))
    return rows


CASES = {
    "merge": case_merge,
    "day": case_day,
    "copies": case_copies,
    "dated": case_dated,
    "noise": case_noise,
    "bidi": case_bidi,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--case", choices=sorted(CASES), action="append", help="run only this case (repeatable)"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument(
        "--exhaustive", action="store_true", help="day: also score every pair and compare the clusters"
    )
    options = parser.parse_args()
    global EXHAUSTIVE
    EXHAUSTIVE = options.exhaustive
    document_events(extract_text("2020年1月2日，武汉发生了一件大事。", REF))  # load jieba before timing
    for name in options.case or list(CASES):
        print(f"## {name}")
        rows = CASES[name](options.scale)
        previous: dict[str, float] = {}
        for label, seconds, note in rows:
            kind = label.split()[-1]
            ratio = f"×{seconds / previous[kind]:.1f}" if previous.get(kind) else ""
            previous[kind] = seconds
            print(f"{label:>28}  {seconds:8.2f} s  {ratio:>6}  {note}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
