"""Merging and dating on real multi-outlet coverage (tests/data/coverage): the measure of issue 9.

Each report is read and extracted as `timeline events` reads it, anchored (`document_events`) and
merged (`timeline.events.merge.merge_candidates` under a `MergePolicy`). Two ways to date the reports:

- `given`: each report's labelled publication time is handed in as its reference (its `published`,
  basis `given`), as the hidden measure does ("with dates handed in");
- `own`: the reports date themselves (datelines, bylines, what `timeline.documents` finds).

    python benchmarks/coverage_eval.py                  # tune and heldout, both modes
    python benchmarks/coverage_eval.py --set tune -v    # one set, with every happening's outcome
    python benchmarks/coverage_eval.py --sweep          # a grid of policy settings on tune
    python benchmarks/coverage_eval.py --sweep --grid kind_penalty=0,0.2 --grid tally_apart=0,20
    python benchmarks/coverage_eval.py --set tune --policy threshold=0.3 --policy linkage=complete
    python benchmarks/coverage_eval.py --set tune --misses   # tune's split and wrongly joined happenings
    python benchmarks/coverage_eval.py --set tune --story taroko-2021   # one story's figures

The labels give happenings, each a date and items `[document, quote]`; the quote is a substring of
the clause that reports it. An item lands in the event whose report sentence contains its quote (the
first one in the document, when several do). Figures over labelled items:
- pairwise precision/recall: a true positive is two items of one happening in one event; a false
  positive two items of different happenings in one event; an item that landed nowhere loses its pairs;
- happenings merged whole: of the happenings with items in two or more reports, those whose items all
  landed in one event that holds no item of another happening;
- dated: the share of items whose event is dated to their happening's day.

Never look at the held-out files: tune on `tune`, read `heldout`'s aggregate figures once, at the end.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.documents import load_document  # noqa: E402
from timeline.events import document_events  # noqa: E402
from timeline.events.merge import MergePolicy, merge_candidates  # noqa: E402
from timeline.extract import add_annotations  # noqa: E402

SETS = {
    "tune": ROOT / "tests" / "data" / "coverage" / "tune",
    "heldout": ROOT / "tests" / "data" / "coverage" / "heldout",
}
MODES = ("given", "own")


STORIES: list[str] = []  # --story: only these story folders


def load_set(data: Path, mode: str) -> tuple[dict, list[dict]]:
    """The labels and the extracted documents of one set, dated as `mode` says."""
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    if STORIES:
        labels["documents"] = {
            name: info for name, info in labels["documents"].items() if name.split("/")[0] in STORIES
        }
        labels["happenings"] = {
            key: info
            for key, info in labels["happenings"].items()
            if all(doc.split("/")[0] in STORIES for doc, _ in info["items"])
        }
    documents = []
    for name, info in sorted(labels["documents"].items()):
        if mode == "given":
            document = load_document(str(data / name), name)
            document["published"], document["published_basis"] = info["published"], "given"
        else:
            document = load_document(str(data / name), name)
        documents.append(add_annotations(document))
    return labels, documents


def candidates_of(documents: list[dict]) -> list[dict]:
    candidates: list[dict] = []
    for document in documents:
        candidates.extend(document_events(document))
    return candidates


def evaluate(labels: dict, events: list[dict]) -> dict:
    items = [
        (happening, info["date"], doc, quote)
        for happening, info in sorted(labels["happenings"].items())
        for doc, quote in info["items"]
    ]
    reports = [
        (event["id"], event["date"], m["doc"], m["sentence"]) for event in events for m in event["mentions"]
    ]
    landed: dict[int, str] = {}
    dated = 0
    missed = []
    for index, (happening, date, doc, quote) in enumerate(items):
        found = next((r for r in reports if r[2] == doc and quote in r[3]), None)
        if found is None:
            missed.append(f"{happening}: {doc} {quote}")
            continue
        landed[index] = found[0]
        dated += found[1] == date
    tp = fp = fn = 0
    for a, b in itertools.combinations(range(len(items)), 2):
        same_happening = items[a][0] == items[b][0]
        same_event = a in landed and b in landed and landed[a] == landed[b]
        if same_happening and same_event:
            tp += 1
        elif same_event:
            fp += 1
        elif same_happening:
            fn += 1
    by_happening: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        by_happening.setdefault(item[0], []).append(index)
    multi = [h for h, members in by_happening.items() if len({items[i][2] for i in members}) >= 2]
    whole = []
    for happening in multi:
        members = by_happening[happening]
        events_of = {landed.get(i) for i in members}
        if None in events_of or len(events_of) != 1:
            continue
        (event_id,) = events_of
        if all(items[i][0] == happening for i, e in landed.items() if e == event_id):
            whole.append(happening)
    outcome = {}
    for happening, members in by_happening.items():
        outcome[happening] = [
            (
                items[i][2].split("/")[-1][:12],
                landed.get(i, "-")[:6],
                next((r[1] for r in reports if r[0] == landed.get(i)), "-"),
            )
            for i in members
        ]
    return {
        "items": len(items),
        "found": len(landed),
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 3) if tp + fn else 1.0,
        "pairs": {"tp": tp, "fp": fp, "fn": fn},
        "whole": f"{len(whole)}/{len(multi)}",
        "dated": round(dated / len(items), 3) if items else 1.0,
        "missed": missed,
        "_outcome": outcome,
    }


def misses(labels: dict, events: list[dict]) -> list[str]:
    """What to read on `tune`: each happening split over events or dated off its day, with every
    item's event, date, time and sentence; then each event that holds items of several happenings."""
    reports = [
        (e["id"][:6], e["date"], e.get("time"), m["doc"], m["sentence"])
        for e in events
        for m in e["mentions"]
    ]
    lines = []
    joined: dict[str, set[str]] = {}
    for happening, info in sorted(labels["happenings"].items()):
        rows = []
        for doc, quote in info["items"]:
            found = next((r for r in reports if r[3] == doc and quote in r[4]), None)
            if found is not None:
                joined.setdefault(found[0], set()).add(happening)
            rows.append(found or ("-", "-", None, doc, quote))
        if len({row[0] for row in rows}) > 1 or any(row[1] != info["date"] for row in rows):
            lines.append(f"split or off-day: {happening} {info['date']}")
            lines.extend(
                f"    {r[0]} {r[1]} {r[2] or '':5} {r[3].split('/')[-1][:14]:14} {r[4][:70]}" for r in rows
            )
    for event_id, happenings in sorted(joined.items()):
        if len(happenings) > 1:
            lines.append(f"joined in {event_id}: {', '.join(sorted(happenings))}")
    return lines


def run(name: str, mode: str, policy: MergePolicy, cache: dict) -> dict:
    if (name, mode) not in cache:
        labels, documents = load_set(SETS[name], mode)
        cache[(name, mode)] = (labels, candidates_of(documents))
    labels, candidates = cache[(name, mode)]
    events = merge_candidates(candidates, policy)
    result = evaluate(labels, events)
    result["_misses"] = misses(labels, events)
    return result


DEFAULT_GRID = {
    "threshold": [0.26, 0.28, 0.30, 0.34, 0.38],
    "best_pair_weight": [0.0, 0.3, 0.5],
    "overlap_weight": [0.8, 1.0],
    "linkage": ["average", "complete"],
}


def grid_from(settings: list[str], error) -> dict[str, list]:
    """`KNOB=V1,V2,...` settings (`--grid`) as a sweep grid, each value of the knob's own type."""
    grid: dict[str, list] = {}
    for setting in settings:
        knob, _, values = setting.partition("=")
        if knob not in MergePolicy.__dataclass_fields__ or not values:
            error(f"--grid: expected KNOB=V1,V2 with a MergePolicy knob, got {setting!r}")
        default = getattr(MergePolicy(), knob)
        grid[knob] = [
            value == "true" if isinstance(default, bool) else type(default)(value)
            for value in values.split(",")
        ]
    return grid


def sweep(cache: dict, base: MergePolicy, grid: dict[str, list] | None = None) -> None:
    grid = grid or DEFAULT_GRID
    print(" ".join(f"{knob:>16}" for knob in grid), f"| {'P':>5} {'R':>5} {'whole':>6} {'dated':>5}")
    for values in itertools.product(*grid.values()):
        policy = dataclasses.replace(base, **dict(zip(grid, values, strict=True)))
        result = run("tune", "given", policy, cache)
        print(
            " ".join(f"{value!s:>16}" for value in values),
            f"| {result['precision']:>5} {result['recall']:>5} {result['whole']:>6} {result['dated']:>5}",
        )


def policy_from(settings: list[str], error) -> MergePolicy:
    """The default MergePolicy with each `KNOB=VALUE` of `settings` applied (`--policy`)."""
    policy = MergePolicy()
    for setting in settings:
        knob, _, value = setting.partition("=")
        if knob not in MergePolicy.__dataclass_fields__:
            error(f"--policy: no knob {knob!r}")
        default = getattr(policy, knob)
        converted = value == "true" if isinstance(default, bool) else type(default)(value)
        policy = dataclasses.replace(policy, **{knob: converted})
    return policy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, "both"], default="both", help="which labelled set")
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both", help="how reports are dated")
    parser.add_argument("--sweep", action="store_true", help="try a grid of policy settings on tune")
    parser.add_argument(
        "--grid", action="append", default=[], metavar="KNOB=V1,V2", help="--sweep these values (repeatable)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="each happening's outcome, misses")
    parser.add_argument("--story", action="append", default=[], help="only this story folder (repeatable)")
    parser.add_argument(
        "--misses", action="store_true", help="tune's split and joined happenings, with their sentences"
    )
    parser.add_argument(
        "--policy", action="append", default=[], metavar="KNOB=VALUE", help="change one MergePolicy knob"
    )
    args = parser.parse_args()
    policy = policy_from(args.policy, parser.error)
    STORIES.extend(args.story)
    cache: dict = {}
    if args.sweep:
        sweep(cache, policy, grid_from(args.grid, parser.error))
        return
    names = list(SETS) if args.set == "both" else [args.set]
    modes = list(MODES) if args.mode == "both" else [args.mode]
    print("policy:", json.dumps(dataclasses.asdict(policy), ensure_ascii=False))
    for name in names:
        for mode in modes:
            result = run(name, mode, policy, cache)
            outcome = result.pop("_outcome")
            missed = result.pop("missed")
            lines = result.pop("_misses")
            print(f"{name:8} {mode:5}", json.dumps(result, ensure_ascii=False))
            if args.verbose and name != "heldout":
                for happening, landed in outcome.items():
                    print(f"    {happening:32}", " ".join(f"{d}:{e}:{date}" for d, e, date in landed))
                for line in missed:
                    print("    missed", line)
            if args.misses and name != "heldout":
                print("\n".join(lines))


if __name__ == "__main__":
    main()
