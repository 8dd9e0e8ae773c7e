"""Score reading real pages: publication date, headline, and site chrome kept out of events.

The fixtures in tests/data/pages/ (tuning sets tune, tune2, …, held-out sets heldout, heldout2, …, found by glob) are
written from the structure of stored real news pages (their chrome lines, dateline layouts and dating evidence), each with a labelled publication
date, headline and chrome lines. The tuning sets may be looked at; the held-out sets are only scored.

    python benchmarks/pages_eval.py            # both halves
    python benchmarks/pages_eval.py --show tune  # every miss of the tuning half

Figures:
- date right: the publication day found equals the label's, over pages that carry date evidence;
- clock-free: pages without any date evidence that were left undated (any date there is invented);
- title right: the headline equals the label's (spaces folded), over pages that have a headline;
- chrome in events: labelled chrome lines that reached an event's sentence or title, or the title.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.events import build_events  # noqa: E402
from timeline.extract import extract_path  # noqa: E402
from timeline.textprep import without_inserted_pinyin  # noqa: E402

DATA = ROOT / "tests" / "data" / "pages"


def _fold(text: str | None) -> str:
    return "".join((text or "").split())


_TAG = re.compile(r"^【[^】]{1,30}】")


def _same_title(found: str, label: str) -> bool:
    """Equal once spaces are folded, pinyin inserted by a bad conversion is dropped (the title is
    read without it), and on both sides a leading column tag in 【】, brackets around the whole
    headline, a trailing ellipsis and a trailing stamp in brackets are dropped (the labels of
    different sets differ on whether `【网络中国节·元宵】`, `【标题】`, `标题...` and `标题 (23:46)` are the
    headline as written or as a reader names it); so is a trailing outlet name after a doubled dash
    (`标题——中新网`: tune6 labels the page title as written, the other sets the headline without it)."""

    def norm(text: str) -> str:
        folded = re.sub(r"(?:\.{3}|…)+$", "", _fold(without_inserted_pinyin(text))).strip()
        folded = re.sub(r"\s*[(（]\s*[\d:./\-]{3,10}\s*[)）]$", "", folded)  # a posting stamp `(23:46)`
        folded = re.sub(r"——[^—]{1,8}(?:网|網|日报|日報|晚报|晚報|时报|時報|电视台|電視台)$", "", folded)
        whole = re.fullmatch(r"【\s*([^【】]+?)\s*】", folded)
        return whole.group(1) if whole else _TAG.sub("", folded)

    return norm(found) == norm(label)


def score(half: str, show: bool = False) -> dict:
    labels = json.loads((DATA / half / "labels.json").read_text(encoding="utf-8"))["pages"]
    counts = dict.fromkeys(
        ("pages", "dated_pages", "date_right", "undated_pages", "left_undated", "titled", "title_right",
         "chrome_lines", "chrome_in_events"), 0,
    )  # fmt: skip
    for name, label in sorted(labels.items()):
        document = extract_path(str(DATA / half / name), name)
        counts["pages"] += 1
        found = (document.get("published") or "")[:10] or None
        expected = (label.get("published") or "")[:10] or None
        misses = []
        if label.get("evidence") and expected:
            counts["dated_pages"] += 1
            if found == expected:
                counts["date_right"] += 1
            else:
                misses.append(f"date {found} ({document['published_basis']}) != {expected}")
        else:
            counts["undated_pages"] += 1
            if found is None:
                counts["left_undated"] += 1
            else:
                misses.append(f"dated {found} ({document['published_basis']}) without evidence")
        if label.get("title"):
            counts["titled"] += 1
            if _same_title(document["title"], label["title"]):
                counts["title_right"] += 1
            else:
                misses.append(f"title {document['title']!r} != {label['title']!r}")
        events = build_events([document])
        reached = [document["title"]] + [
            text for event in events for text in [event["title"]] + [m["sentence"] for m in event["mentions"]]
        ]
        for chrome in label.get("chrome") or []:
            counts["chrome_lines"] += 1
            folded = _fold(chrome)
            if any(
                folded
                and (
                    folded in _fold(text) or (_fold(text) and _fold(text) in folded and len(_fold(text)) >= 6)
                )
                for text in reached
            ):
                counts["chrome_in_events"] += 1
                misses.append(f"chrome reached output: {chrome[:40]!r}")
        if show and misses:
            print(f"  {name}: " + "; ".join(misses))
    return counts


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.3f}" if total else "n/a"


def _halves() -> list[str]:
    """Every set under tests/data/pages/: the tuning sets (tune, tune2, …) then the held-out ones, in
    number order, so a new set is scored as soon as its folder exists."""

    def number(name: str) -> int:
        digits = re.sub(r"\D", "", name)
        return int(digits) if digits else 1

    found = [path.name for path in DATA.iterdir() if (path / "labels.json").exists()]
    tuning = sorted((name for name in found if name.startswith("tune")), key=number)
    held_out = sorted((name for name in found if name.startswith("heldout")), key=number)
    return tuning + held_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "halves",
        nargs="*",
        default=_halves(),
    )
    parser.add_argument(
        "--show", metavar="HALF", help="print the misses of this half (never the held-out one)"
    )
    args = parser.parse_args()
    if args.show and args.show.startswith("heldout"):
        parser.error("the held-out half is scored, never looked at")
    for half in args.halves:
        counts = score(half, show=args.show == half)
        print(
            f"{half:8} pages {counts['pages']:3}  date right {_share(counts['date_right'], counts['dated_pages'])}"
            f"  undated kept undated {_share(counts['left_undated'], counts['undated_pages'])}"
            f"  title right {_share(counts['title_right'], counts['titled'])}"
            f"  chrome in output {counts['chrome_in_events']}/{counts['chrome_lines']}"
        )


if __name__ == "__main__":
    main()
