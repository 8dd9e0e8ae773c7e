"""Score `timeline.parse` on real-text passages with their publication dates handed in.

Run on demand, never by the test suite:

    python benchmarks/timex_real.py                       # tune, tune2 and every heldout*.jsonl, aggregates
    python benchmarks/timex_real.py --tuning              # the tuning files only (tune … tune6)
    python benchmarks/timex_real.py --failures            # plus every miss of the tuning files
    python benchmarks/timex_real.py --file PATH [PATH…]   # other files of the same form

Each line of a file is a passage: `{"id", "text", "ref", "script", "form", "needs_context", "expect":
[{"text", "anchor", "value", "until"?, "mod"?}], "negatives": [...]}` (tests/data/timex_real/).

What is scored
--------------
- An expected expression is found in the passage by its text, searching on from where the previous
  expected expression ended, then from inside it (labels are in text order, and may nest).
- The headline counts the expressions with an anchor (day-, month- and year-anchored). One is right
  when a mention has the same span or overlaps it, and its `anchor` equals the label's, and, when the
  label gives an `until`, its `until` equals that too. Labels with a null anchor (durations) are
  counted on their own: right when an overlapping mention has a null anchor.
- Breakdowns: expressions of passages marked `needs_context`; lunar expressions (lunar dates,
  festivals of the lunar calendar, 除夕 and 年初N forms); per `form` (only for the tuning file); by script.
- Traps: each string of `negatives` is found in the passage; it is "dated" when a mention overlapping
  it has an anchor.
- A year before the common era has no anchor in the contract (`value` XXXX, `bce_year` 221); it is
  compared as `BC0221`, the labels' spelling.

`--sweep` scores the tuning file under other look-ahead knobs of `DatePolicy` (never the held-out one).

The tuning files are tune.jsonl … tune6.jsonl (each later one written from other pages, by the same
method, and scored once before the rules were changed for it). Every file named heldout*.jsonl
is held out (heldout.jsonl, then heldout2.jsonl and heldout3.jsonl, written later from other pages by
the same method). Held-out files are only ever scored in aggregate: `--failures` refuses them, and no
per-form or per-item line is printed for them, so they stay unseen while the rules are tuned.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

import dataclasses  # noqa: E402

from timeline.textprep import prepare  # noqa: E402
from timeline.timex.parser import find_mentions  # noqa: E402
from timeline.timex.policy import DEFAULT_POLICY, DatePolicy, Reference  # noqa: E402

DATA = REPO_ROOT / "tests" / "data" / "timex_real"
TUNE = DATA / "tune.jsonl"
HELDOUT, HELDOUT2 = DATA / "heldout.jsonl", DATA / "heldout2.jsonl"
# tune.jsonl, tune2.jsonl, … in number order: a new tuning file is scored as soon as it exists.
TUNING = sorted(DATA.glob("tune*.jsonl"), key=lambda p: (len(p.name), p.name))


def _held_out_files() -> list[Path]:
    """heldout.jsonl, heldout2.jsonl and any later held-out file (heldout3.jsonl…), in order."""
    return sorted(DATA.glob("heldout*.jsonl"), key=lambda p: (len(p.name), p.name))


def _is_held_out(path: Path) -> bool:
    return path.resolve().name.startswith("heldout")


LUNAR = re.compile(
    r"农历|農曆|阴历|陰曆|正月|腊月|臘月|冬月|初[一二三四五六七八九十]|廿|卅|除夕|年三十|年卅|大年|春节|春節|"
    r"元宵|端午|端陽|端阳|中秋|重阳|重陽|七夕|腊八|臘八|小年|龙抬头|龍抬頭|[鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]年"
)


def _find(text: str, needle: str, after: tuple[int, int]) -> tuple[int, int] | None:
    """The first occurrence after the previous label's span, else one starting inside it, else any."""
    for start in (after[1], after[0] + 1, 0):
        at = text.find(needle, start)
        if at >= 0:
            return at, at + len(needle)
    return None


def _overlapping(mentions: list[dict], span: tuple[int, int]) -> list[dict]:
    start, end = span
    same = [m for m in mentions if (m["start"], m["end"]) == span]
    return same + [m for m in mentions if m["start"] < end and start < m["end"] and m not in same]


def _anchor(mention: dict) -> str | None:
    """The mention's anchor; a year before the common era, which the contract reports as `bce_year` with
    no anchor, reads as the labels write it (`BC0221`)."""
    if mention.get("anchor") is None and mention.get("bce_year"):
        return f"BC{mention['bce_year']:04d}"
    return mention.get("anchor")


def _right(label: dict, candidates: list[dict]) -> bool:
    for mention in candidates:
        if _anchor(mention) != label.get("anchor"):
            continue
        if label.get("until") is not None and mention.get("until") != label["until"]:
            continue
        return True
    return False


class Tally:
    def __init__(self) -> None:
        self.right = 0
        self.total = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok

    def __str__(self) -> str:
        share = self.right / self.total if self.total else 0.0
        return f"{self.right} of {self.total} = {share:.3f}"


def score(
    path: Path,
    failures: bool = False,
    per_form: bool = True,
    policy: DatePolicy = DEFAULT_POLICY,
    quiet: bool = False,
) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tallies: dict[str, Tally] = defaultdict(Tally)
    forms: dict[str, Tally] = defaultdict(Tally)
    traps_dated, traps = 0, 0
    misses: list[str] = []
    for row in rows:
        text = row["text"]
        mentions = find_mentions(prepare(text), Reference.coerce(row.get("ref")), policy=policy)
        previous = (-1, 0)
        for label in row["expect"]:
            span = _find(text, label["text"], previous)
            if span is None:
                misses.append(f"{row['id']}: label text {label['text']!r} not in the passage")
                continue
            previous = span
            candidates = _overlapping(mentions, span)
            if label.get("anchor") is None:
                ok = any(_anchor(m) is None for m in candidates)
                tallies["null anchor (durations, sets)"].add(ok)
            else:
                ok = _right(label, candidates)
                tallies["overall"].add(ok)
                if row.get("needs_context"):
                    tallies["needs context"].add(ok)
                if LUNAR.search(label["text"]):
                    tallies["lunar"].add(ok)
                tallies[f"script {row.get('script')}"].add(ok)
                forms[row.get("form", "?")].add(ok)
            if not ok:
                got = [(m["text"], m.get("anchor"), m.get("until")) for m in candidates] or "nothing"
                misses.append(
                    f"{row['id']} [{row.get('form')}] {label['text']!r}: want {label.get('anchor')}"
                    f"{' until ' + label['until'] if label.get('until') else ''}, got {got}"
                )
        for negative in row.get("negatives", []):
            span = _find(text, negative, (-1, 0))
            if span is None:
                continue
            traps += 1
            dated = [m for m in _overlapping(mentions, span) if _anchor(m) is not None]
            if dated:
                traps_dated += 1
                misses.append(
                    f"{row['id']} trap {negative!r} dated: {[(m['text'], m['anchor']) for m in dated]}"
                )
    if quiet:
        return {name: (t.right, t.total) for name, t in tallies.items()} | {"traps": (traps_dated, traps)}
    role = "held-out" if _is_held_out(path) else "tuning"
    print(f"{path.name} ({role}): {len(rows)} passages")
    for name in (
        "overall",
        "needs context",
        "lunar",
        "script hans",
        "script hant",
        "null anchor (durations, sets)",
    ):
        if name in tallies:
            print(f"  {name:32} {tallies[name]}")
    print(f"  {'traps dated':32} {traps_dated} of {traps}")
    if per_form:
        print("  by form:")
        for form, tally in sorted(forms.items()):
            print(f"    {form:50} {tally}")
    if failures:
        print("  misses:")
        for line in misses:
            print("    " + line)
    return {name: (t.right, t.total) for name, t in tallies.items()} | {"traps": (traps_dated, traps)}


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument(
        "--file",
        type=Path,
        nargs="+",
        help="score these files only (never a held-out one with --failures)",
    )
    options.add_argument("--failures", action="store_true", help="list every miss (tuning data only)")
    options.add_argument(
        "--tuning", action="store_true", help="score the tuning files only (tune.jsonl … tune6.jsonl)"
    )
    options.add_argument(
        "--sweep",
        action="store_true",
        help="score the tuning file under other look-ahead knobs of the date policy",
    )
    args = options.parse_args(argv)
    if args.sweep:
        for days in (0, 3, 7, 10, 14, 21, 31):
            policy = dataclasses.replace(
                DEFAULT_POLICY, lookahead_days=days, bare_day_lookahead_days=max(days, 0)
            )
            right = total = 0
            for path in TUNING:
                if path.exists():
                    got, out_of = score(path, policy=policy, quiet=True)["overall"]
                    right, total = right + got, total + out_of
            print(f"look-ahead {days:2d} days: tuning overall {right} of {total} = {right / total:.3f}")
        return 0
    files = args.file if args.file else TUNING if args.tuning else [*TUNING, *_held_out_files()]
    for path in files:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            continue
        heldout = _is_held_out(path)
        if heldout and args.failures and args.file:
            print("the held-out files are scored in aggregate only", file=sys.stderr)
            return 2
        score(path, failures=args.failures and not heldout, per_form=not heldout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
