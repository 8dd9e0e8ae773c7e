"""Score reading on stored real pages as they were scraped, against the date their address carries.

The fixtures of `pages_eval.py` are pages rewritten in our own words; this script reads the pages
themselves. Their text may not be committed, so it reads a local cache that the search tool's `pages`
corpus filled (`--cache DIR`: files `*.jsonl`, one page a line: `url`, `text`, and optionally a
hand-read `title` label, `null` where the text shows no headline). The label of the publication day is
silver: the date in the page's address (`/2019-06/11/`, `/201906/11/`, `/20190611/`, `t20190611_`,
`/2019/0611/`, `/2019/06/11/`), which the reader never sees (the text is read from a file with a plain
name). An address date is the day a site filed the page; a repost or an e-paper edition may differ from
the dateline by a day, so a day either side is counted apart.

Pages split by the MD5 of their address: a third held out (never looked at one by one), the rest to
tune on; pages whose address an earlier fixture set used are skipped.

    python benchmarks/silver_pages.py --cache /work/silver            # both halves, aggregate
    python benchmarks/silver_pages.py --cache /work/silver --show tune  # each miss of the tuning half
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.extract import extract_path  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from pages_eval import _same_title  # noqa: E402  (the fixture sets' title conventions)

_YEAR = r"(?<!\d)(?P<y>(?:19[89]\d|20[0-2]\d))"
_ADDRESS_DATES = [
    re.compile(_YEAR + r"[-_/.]?(?P<m>0[1-9]|1[0-2])[-_/.]?(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(_YEAR + r"[-/](?P<m>[1-9]|0[1-9]|1[0-2])[-/](?P<d>[1-9]|0[1-9]|[12]\d|3[01])(?!\d)"),
]
# Evidence a reader could date the page by: a year, a month-day, or a numeric date in the text (a
# Malaysian or Hong Kong stamp writes its day first: `发布: 8:20am 04/11/2024`, `26-08-2019`).
_DAY_FIRST = r"(?<!\d)\d{1,2}(?P<sep>[./\-])\d{1,2}(?P=sep)(?:19[89]\d|20[0-2]\d)(?!\d)"
_EVIDENCE = re.compile(
    r"(?:19[89]\d|20[0-2]\d)\s*[年./\-]|[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[日号號]"
    "|" + _DAY_FIRST
)

# Of that evidence, a year: a page whose text has only month-days (`8月15日电`) cannot be dated by a
# reader, and the right answer there is no date; the two kinds are counted apart below.
_YEAR_IN_TEXT = re.compile(
    r"(?:19[89]\d|20[0-2]\d)\s*[年./\-]|(?:19[89]\d|20[0-2]\d)(?:0[1-9]|1[0-2])[0-3]\d|" + _DAY_FIRST
)


def address_date(url: str) -> dt.date | None:
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
    for pattern in _ADDRESS_DATES:
        for match in pattern.finditer(path):
            try:
                return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
    return None


def _url_md5(url: str) -> str:
    return hashlib.md5(url.encode("utf-8")).hexdigest()


def used_addresses() -> set[str]:
    used = set()
    for labels in (ROOT / "tests" / "data" / "pages").glob("*/labels.json"):
        for label in json.loads(labels.read_text(encoding="utf-8"))["pages"].values():
            if label.get("url_md5"):
                used.add(label["url_md5"])
    return used


def half_of(url: str) -> str:
    return "heldout" if int(_url_md5(url), 16) % 3 == 0 else "tune"


def load(cache: Path) -> list[dict]:
    pages, seen = [], set()
    used = used_addresses()
    for path in sorted(cache.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            page = json.loads(line)
            url = page.get("url") or ""
            if not url or url in seen or _url_md5(url) in used or not (page.get("text") or "").strip():
                continue
            seen.add(url)
            pages.append(page)
    return pages


def score(pages: list[dict], half: str, show: bool) -> dict:
    counts = dict.fromkeys(
        ("pages", "address_dated", "with_evidence", "right", "near", "wrong", "undated",
         "no_evidence_undated", "no_evidence", "titled", "title_right", "untitled", "untitled_kept",
         "with_year", "year_right", "yearless", "yearless_undated"), 0,
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as work:
        for page in pages:
            if half_of(page["url"]) != half:
                continue
            counts["pages"] += 1
            file = Path(work) / "page.txt"
            file.write_text(page["text"], encoding="utf-8")
            document = extract_path(str(file), "page")
            found_text = (document.get("published") or "")[:10]
            found = dt.date.fromisoformat(found_text) if len(found_text) == 10 else None
            misses = []
            expected = address_date(page["url"])
            if expected:
                counts["address_dated"] += 1
                if _EVIDENCE.search(page["text"]):
                    counts["with_evidence"] += 1
                    if _YEAR_IN_TEXT.search(page["text"]):
                        counts["with_year"] += 1
                        counts["year_right"] += found == expected
                    else:
                        counts["yearless"] += 1
                        counts["yearless_undated"] += found is None
                    if found == expected:
                        counts["right"] += 1
                    elif found and abs((found - expected).days) <= 1:
                        counts["near"] += 1
                    elif found:
                        counts["wrong"] += 1
                        misses.append(f"date {found} ({document.get('published_basis')}) != address {expected}")
                    else:
                        counts["undated"] += 1
                        misses.append(f"undated != address {expected}")
                else:
                    counts["no_evidence"] += 1
                    if found is None:
                        counts["no_evidence_undated"] += 1
                    else:
                        misses.append(f"date {found} ({document.get('published_basis')}) without evidence")
            if "title" in page:
                if page["title"]:
                    counts["titled"] += 1
                    if _same_title(document.get("title") or "", page["title"]):
                        counts["title_right"] += 1
                    else:
                        misses.append(f"title {document.get('title')!r} != {page['title']!r}")
                else:
                    counts["untitled"] += 1
                    if not document.get("title"):
                        counts["untitled_kept"] += 1
                    else:
                        misses.append(f"title {document.get('title')!r} where the text shows none")
            if show and misses:
                print(page["url"])
                for miss in misses:
                    print("   ", miss)
    return counts


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else f"{part}/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, required=True, help="directory of *.jsonl stored pages")
    parser.add_argument("--show", choices=("tune",), help="print each miss of the tuning half")
    args = parser.parse_args()
    pages = load(args.cache)
    for half in ("tune", "heldout"):
        counts = score(pages, half, show=(args.show == half))
        print(
            f"{half:8} pages {counts['pages']:4}  address-dated with evidence {counts['with_evidence']}: "
            f"day right {_ratio(counts['right'], counts['with_evidence'])}, "
            f"a day off {counts['near']}, wrong {counts['wrong']}, undated {counts['undated']}; "
            f"without evidence left undated {_ratio(counts['no_evidence_undated'], counts['no_evidence'])}; "
            f"title right {_ratio(counts['title_right'], counts['titled'])}, "
            f"no headline kept untitled {_ratio(counts['untitled_kept'], counts['untitled'])}"
        )
        print(
            f"{'':8} of those with evidence: a year in the text {counts['with_year']}, day right "
            f"{_ratio(counts['year_right'], counts['with_year'])}; month-days without a year "
            f"{counts['yearless']}, left undated {_ratio(counts['yearless_undated'], counts['yearless'])}"
        )


if __name__ == "__main__":
    main()
