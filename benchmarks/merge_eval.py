"""Pairwise precision and recall of the cross-document merge on two labelled sets.

- `tune`: tests/data/merge, the set the first merge method was tuned on (optimistic; the merge model
  of timeline/events/merge.py is tuned on tests/data/coverage/tune, see benchmarks/coverage_eval.py);
- `heldout`: tests/data/merge/heldout, written afterwards by someone else, four other events, never
  used to pick the threshold.

    python benchmarks/merge_eval.py                # both sets, the real pipeline (timeline.parse)
    python benchmarks/merge_eval.py --set heldout  # one set
    python benchmarks/merge_eval.py --hand         # tune set with hand-written mentions (merging alone)
    python benchmarks/merge_eval.py -v             # also list the predicted events
    python benchmarks/merge_eval.py --sweep        # P/R for a grid of MergePolicy settings
    python benchmarks/merge_eval.py --policy threshold=0.3   # one setting

Each gold item is a (document, quote) pair; it is found in the event whose report sentence contains
the quote. Pairs are counted over gold items: a true positive is two items of one gold cluster in one
predicted event. A report the pipeline dated but the labels do not list counts against precision when
it lands in an event with a gold item. A gold item the pipeline never dated counts against recall.
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
sys.path.insert(0, str(ROOT / "tests"))

from coverage_eval import policy_from  # noqa: E402
from merge_set import load_documents  # noqa: E402

from timeline.events import build_events  # noqa: E402
from timeline.events.merge import MergePolicy  # noqa: E402

SETS = {
    "tune": ROOT / "tests" / "data" / "merge",
    "heldout": ROOT / "tests" / "data" / "merge" / "heldout",
}


def evaluate(events: list[dict], data: Path) -> dict:
    labels = json.loads((data / "labels.json").read_text(encoding="utf-8"))
    gold_items = [
        (cluster, info["date"], doc, quote)
        for cluster, info in sorted(labels["clusters"].items())
        for doc, quote in info["items"]
    ]
    # Where each report landed: (doc, sentence) -> event id.
    reports = [
        (event["id"], event["date"], m["doc"], m["sentence"]) for event in events for m in event["mentions"]
    ]
    predicted: dict[int, str] = {}
    dates_right = 0
    missed = []
    claimed: set[int] = set()
    for index, (cluster, date, doc, quote) in enumerate(gold_items):
        found = [r for r in range(len(reports)) if reports[r][2] == doc and quote in reports[r][3]]
        if not found:
            missed.append(f"{cluster}: {doc} {quote}")
            continue
        predicted[index] = reports[found[0]][0]
        claimed.add(found[0])
        dates_right += reports[found[0]][1] == date

    true_positive = false_positive = false_negative = 0
    for a, b in itertools.combinations(range(len(gold_items)), 2):
        same_gold = gold_items[a][0] == gold_items[b][0]
        same_event = a in predicted and b in predicted and predicted[a] == predicted[b]
        if same_gold and same_event:
            true_positive += 1
        elif same_event:
            false_positive += 1
        elif same_gold:
            false_negative += 1
    # Unlabelled reports merged into an event holding a gold item are wrong merges too.
    gold_events = set(predicted.values())
    unlabelled = [r for r in range(len(reports)) if r not in claimed]
    for r in unlabelled:
        false_positive += sum(1 for event_id in predicted.values() if event_id == reports[r][0])
    precision = true_positive / (true_positive + false_positive) if true_positive + false_positive else 1.0
    recall = true_positive / (true_positive + false_negative) if true_positive + false_negative else 1.0
    return {
        "gold_items": len(gold_items),
        "found": len(predicted),
        "dates_right": dates_right,
        "missed": missed,
        "unlabelled_reports": [f"{reports[r][2]} {reports[r][1]} {reports[r][3][:30]}" for r in unlabelled],
        "events": len(events),
        "events_with_gold": len(gold_events),
        "true_positive": true_positive,
        "false_positive": false_positive,
        "false_negative": false_negative,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
    }


def sweep(names: list[str], hand: bool, base: MergePolicy) -> None:
    """Pairwise precision and recall of each set for a grid of policy settings around `base`."""
    documents = {name: load_documents(SETS[name], hand) for name in names}
    grid = {
        "threshold": [0.26, 0.30, 0.34, 0.38, 0.42],
        "best_pair_weight": [0.0, 0.3],
        "linkage": ["average", "complete"],
        "inherited_penalty": [0.0, 0.1],
    }
    print(" ".join(f"{knob:>17}" for knob in grid), "| " + " | ".join(f"{n:>13}" for n in names))
    for values in itertools.product(*grid.values()):
        policy = dataclasses.replace(base, **dict(zip(grid, values, strict=True)))
        cells = []
        for name in names:
            result = evaluate(build_events(documents[name], policy), SETS[name])
            cells.append(f"P{result['precision']:.3f} R{result['recall']:.3f}")
        print(" ".join(f"{value!s:>17}" for value in values), "| " + " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--hand", action="store_true", help="use the hand-written mentions, not timeline.parse"
    )
    parser.add_argument("--set", choices=[*SETS, "both"], default="both", help="which labelled set")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the predicted events")
    parser.add_argument("--sweep", action="store_true", help="P/R for a grid of MergePolicy settings")
    parser.add_argument(
        "--policy", action="append", default=[], metavar="KNOB=VALUE", help="change one MergePolicy knob"
    )
    args = parser.parse_args()
    policy = policy_from(args.policy, parser.error)
    names = list(SETS) if args.set == "both" else [args.set]
    if args.hand:
        names = [name for name in names if (SETS[name] / "hand_mentions.json").exists()]
    if args.sweep:
        sweep(names, args.hand, policy)
        return
    results = {}
    for name in names:
        events = build_events(load_documents(SETS[name], args.hand), policy)
        results[name] = evaluate(events, SETS[name])
        if args.verbose:
            print(f"== {name}")
            for event in events:
                docs = ", ".join(f"{m['doc'][:3]}@{m['start']}" for m in event["mentions"])
                print(f"{event['date']} {event['time'] or '':5} {event['title']}  [{docs}]")
            print()
    print("policy:", json.dumps(dataclasses.asdict(policy), ensure_ascii=False))
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
