"""Score `timeline.parse` against the Microsoft Recognizers-Text (RT) Chinese date/time specs.

Run on demand, never by the test suite:

    /work/venv/bin/python benchmarks/conformance.py [--suite PATH] [--failures] [--json FILE]

The suite is read from `../shared/peer-suites/recognizers-text-zh-datetime.jsonl` next to the repository
(override with `--suite`). Its format is described in `../shared/peer-suites/README.md`. The parser-spec file
`recognizers-text-zh-datetime-parser.jsonl` (fields `future`/`past` instead of `values`) is accepted too.

Which cases are scored
----------------------
- Skipped: cases with `options` (ExperimentalMode: the same inputs with RT's alternative output) and cases
  with the caveat `lunar_calendar_not_converted` (RT keeps lunar month/day as if Gregorian; we convert).
  The skipped counts are printed with their reasons. `not_supported` cases are kept: that flag only says the
  RT Python port lags behind, the .NET build passes them, so they are valid gold.
- Each remaining case runs `timeline.parse(input, reference)`. RT's reference `YYYY-MM-DDTHH:MM:SS` is passed as
  `YYYY-MM-DDTHH:MM`; a null reference (cases that do not depend on "now") is passed as `2017-03-22`.
- Negative cases (empty `expected`) are correct when we produce no mention; they are reported separately and
  are not part of the headline figure.

When an expected entity counts as matched
-----------------------------------------
An expected RT entity is matched when at least one of our mentions overlaps its span (`[start, end)` of both
intersect) AND that mention agrees with at least one of the entity's resolution values (RT gives two values,
past and future, for ambiguous expressions; either is fine). RT `Mod`s (before/after/since/until) are ignored,
and so is our `mod`. "Agrees" is decided per RT value type, after these normalizations:

- canonical timex: `THH` becomes `THH:00` and seconds are cut (`2019-07-01T20` -> `2019-07-01T20:00`,
  `T17:55:23` -> `T17:55`); applied to RT timexes and to our `value` alike.
- our anchor as a date: `YYYY-MM-DD` as is, `YYYY-MM` -> `YYYY-MM-01`, `YYYY` -> `YYYY-01-01`.
- our clock: the `HH:MM` after the `T` of our value, or the part of day (`MO`, `MI`, `AF`, `EV`, `NI`).

Then, by RT value type:

- any type whose timex is `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`: our value must be that same word.
- `date`: our anchor or our value equals RT's `value` (`YYYY-MM-DD`), or equals the timex when the timex is
  a plain date (the only date shown by `Mod` values that carry just an `end`).
- `datetime`: our value's first 16 characters equal RT's `value` with the space made a `T`, cut to
  `YYYY-MM-DDTHH:MM`.
- `daterange`: either our value or anchor equals RT's timex when the timex names a whole period (no `X`, no
  parentheses: `2017`, `2017-03`, `2017-W14`, `2017-W14-WE`, `2017-SU`, `2017-Q1`); or our anchor as a date
  equals RT's `start` (with the same precision when the timex is a year or a month: `XXXX-03` wants an
  anchor `YYYY-MM`, not a day), and, for an explicit A-to-B range (timex `(A,B,P...)`) where we give an `until`, our
  `until` as a date equals RT's `end` (RT's `end` is B itself for such ranges) or the day before it (for
  unit periods such as 后1年 RT's `end` is exclusive, our `until` is inclusive). Without an `until` the start
  alone decides (the count of such lenient matches is printed).
- `datetimerange`: our canonical value equals RT's canonical timex (`2016-11-08TMO`); or, when our value has
  a clock, its `YYYY-MM-DDTHH:MM` equals RT's `start` (or RT's canonical point timex for a `Mod` value with
  only an `end`, e.g. 今天晚上八点之前); or, when our value is a date with a part of day (`2019-07-25TMO`),
  the date equals RT's start date and the part equals the timex's (`XXXX-07-25TMO`); or, when our value is a
  plain date, our anchor equals RT's start date and RT's start is at 00:00 (a date alone does not match a
  range that starts at a given hour). The `until` rule of `daterange` applies to the end date too.
- `time` and `timerange`: our clock equals one of RT's clocks: `value` or `start` (`HH:MM`), `end` for a
  `Mod` value that has only an end (下午三点之前), the clock of a point timex (`T15` -> `15:00`), or the part of
  day of a timex like `TMO`.
- `duration`: our value, an ISO 8601 duration (`P16D`, `PT5H`, `P0.5M`, `P1W3D`), converted to seconds with
  months of 30 days and years of 365 days (RT's convention), equals RT's `value` in seconds (within 1 s).
- `set`: our type is `SET` and our canonical value equals RT's canonical timex (`P1D`, `XXXX-WXX-1`,
  `XXXX-WXX-1T20:00`).

Strict comparison (printed beside the headline as "strictly matched"): the entity must also match with
`strict_agrees`: a range whose timex is `(A,B,P...)` needs our `until`, agreeing with RT's end, and a
range of days (period in D, W or H) needs a day as our anchor; a date needs our anchor or value to be
that day. A year or month never stands for a day. A month or year `until` names the last month or year
of a range and agrees with the day before RT's exclusive end.

Entities are then classed `matched`, `wrong_value` (a mention overlaps, no value agrees), `missed` (no mention
overlaps) or `error` (parse raised). The script prints the headline "matched X of Y expected entities = Z%",
a breakdown by RT type, the negatives, and with `--failures` every unmatched entity with our mentions.
For comparison: JioNLP, the strongest peer, matches about 73% of the model suite; our target is at least 90%.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import re
import sys
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PEER_SUITES = REPO_ROOT.parent / "shared" / "peer-suites"
DEFAULT_SUITE = PEER_SUITES / "recognizers-text-zh-datetime.jsonl"
SUITE_SHORT_NAMES = {
    "model": DEFAULT_SUITE,
    "parser": PEER_SUITES / "recognizers-text-zh-datetime-parser.jsonl",
}
REFERENCE_WHEN_NULL = "2017-03-22"
SKIPPED_CAVEATS = {"lunar_calendar_not_converted"}
REF_WORDS = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
JIONLP_SHARE = 0.73
TARGET_SHARE = 0.90

RANGE_PERIOD = re.compile(r",PT?[\d.X]+([YMWDH])\)$")
YEAR_OR_MONTH_TIMEX = re.compile(r"^[X\d]{4}(?:-[X\d]{2})?$")
PLAIN_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLOCK_IN_VALUE = re.compile(r"T(\d{2}:\d{2}|MO|MI|AF|EV|NI)")
DATETIME_WITH_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
HOUR_ONLY = re.compile(r"(?<!P)T(\d{2})(?![\d:])")
SECONDS = re.compile(r"(T\d{2}:\d{2}):\d{2}(\.\d+)?")
POINT_TIMEX = re.compile(r"^(?:\d{4}-\d{2}-\d{2})?T\d{2}:\d{2}$")
PART_OF_DAY_TIMEX = re.compile(r"^(?:\d{4}-\d{2}-\d{2})?T(MO|MI|AF|EV|NI)$")
PART_OF_DAY_AT_END = re.compile(r"T(MO|MI|AF|EV|NI)$")
DATE_WITH_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI)$")
ISO_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
# RT's convention: a month is 30 days, a year 365 days.
DURATION_UNIT_SECONDS = {
    "Y": 365 * 86400,
    "M": 30 * 86400,
    "W": 7 * 86400,
    "D": 86400,
    "h": 3600,
    "m": 60,
    "s": 1,
}


# ---------------------------------------------------------------- normalizations


def canonical_timex(timex: str) -> str:
    """`THH` -> `THH:00`, seconds cut: makes RT timexes and our values comparable as strings."""
    timex = SECONDS.sub(r"\1", timex)
    return HOUR_ONLY.sub(lambda m: f"T{m.group(1)}:00", timex)


def anchor_as_date(anchor: str | None) -> str | None:
    """Our anchor (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) as the first day it covers."""
    if not anchor:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor):
        return anchor
    if re.fullmatch(r"\d{4}-\d{2}", anchor):
        return anchor + "-01"
    if re.fullmatch(r"\d{4}", anchor):
        return anchor + "-01-01"
    return None


def our_clock(value: str | None) -> str | None:
    """The `HH:MM` or part of day after the `T` of our value, if any (never from a `PT...` duration)."""
    if not value or value.startswith("P"):
        return None
    found = CLOCK_IN_VALUE.search(value)
    return found.group(1) if found else None


def duration_seconds(value: str | None) -> float | None:
    """ISO 8601 duration -> seconds with RT's month and year lengths; None when not a duration."""
    if not value:
        return None
    found = ISO_DURATION.match(value)
    if not found or value in ("P", "PT"):
        return None
    return sum(
        float(amount) * DURATION_UNIT_SECONDS[unit] for unit, amount in found.groupdict().items() if amount
    )


def is_whole_period_timex(timex: str) -> bool:
    """`2017`, `2017-03`, `2017-W14`, `2017-SU`, `2016-11-08TMO`: a resolved period, not an `(A,B,P)` range."""
    return bool(timex) and "X" not in timex and not timex.startswith("(") and not timex.startswith("P")


def rt_clocks(rt_value: dict) -> set[str]:
    """Every clock (`HH:MM`) or part of day that an RT time/timerange value stands for."""
    clocks = set()
    for key in ("value", "start"):
        if re.fullmatch(r"\d{2}:\d{2}:\d{2}", rt_value.get(key, "")):
            clocks.add(rt_value[key][:5])
    if "start" not in rt_value and "end" in rt_value and rt_value.get("Mod"):
        clocks.add(rt_value["end"][:5])
    timex = canonical_timex(rt_value.get("timex", ""))
    if POINT_TIMEX.match(timex):
        clocks.add(timex[-5:])
    part = PART_OF_DAY_TIMEX.match(timex)
    if part:
        clocks.add(part.group(1))
    return clocks


# ---------------------------------------------------------------- value agreement


def precision_agrees(timex: str, anchor: str | None) -> bool:
    """A year or month timex (`XXXX-03`, `2009`) needs an anchor of the same precision, not a day."""
    if YEAR_OR_MONTH_TIMEX.match(timex):
        return anchor is not None and len(anchor) == len(timex)
    return True


def until_agrees(rt_value: dict, mention: dict) -> bool:
    """For a range: our `until`, when we give one, must be RT's `end`, or the day before an exclusive end."""
    timex = rt_value.get("timex", "")
    until = anchor_as_date(mention.get("until"))
    if not timex.startswith("(") or until is None or "end" not in rt_value:
        return True
    if until == rt_value["end"][:10]:
        return True
    written = mention.get("until") or ""
    if len(written) in (4, 7):
        # a month or year `until` is inclusive: it names the last month or year, RT's end the day after
        try:
            before_end = (dt.date.fromisoformat(rt_value["end"][:10]) - dt.timedelta(days=1)).isoformat()
        except ValueError:
            return False
        return written == before_end[: len(written)]
    # RT's `end` is exclusive for unit periods (后1年, 前2周: the day after the last one) but B itself for
    # explicit A-to-B ranges; our `until` is always inclusive, so the day before RT's end agrees too.
    try:
        exclusive_end = dt.date.fromisoformat(rt_value["end"][:10])
    except ValueError:
        return False
    return until == (exclusive_end - dt.timedelta(days=1)).isoformat()


def agrees(rt_value: dict, mention: dict) -> bool:
    """Does our mention agree with one RT resolution value? See the module docstring for the rules."""
    rt_type = rt_value.get("type", "")
    timex = rt_value.get("timex", "") or ""
    value = mention.get("value") or ""
    anchor = mention.get("anchor")
    our_canonical = canonical_timex(value)
    rt_canonical = canonical_timex(timex)

    if timex in REF_WORDS:
        return value == timex

    if rt_type == "date":
        keys = {rt_value.get("value", "")}
        if PLAIN_DATE.match(timex):
            keys.add(timex)
        return anchor in keys or value in keys

    if rt_type == "datetime":
        rt_point = rt_value.get("value", "").replace(" ", "T")[:16]
        return bool(DATETIME_WITH_CLOCK.match(rt_point)) and value[:16] == rt_point

    if rt_type == "daterange":
        if is_whole_period_timex(timex) and (value == timex or anchor == timex):
            return True
        if "start" in rt_value:
            return (
                anchor_as_date(anchor) == rt_value["start"][:10]
                and precision_agrees(timex, anchor)
                and until_agrees(rt_value, mention)
            )
        # A Mod value with only an end: the timex names the point or period (2010年1月10日或之前).
        return is_whole_period_timex(timex) and anchor_as_date(anchor) == anchor_as_date(timex)

    if rt_type == "datetimerange":
        if is_whole_period_timex(timex) and our_canonical == rt_canonical:
            return True
        if DATETIME_WITH_CLOCK.match(value):
            if "start" in rt_value:
                return value[:16] == rt_value["start"].replace(" ", "T")[:16] and until_agrees(
                    rt_value, mention
                )
            return value[:16] == rt_canonical[:16]
        part = DATE_WITH_PART_OF_DAY.match(value)
        if part and "start" in rt_value:
            rt_part = PART_OF_DAY_AT_END.search(timex)
            return bool(rt_part) and part.groups() == (rt_value["start"][:10], rt_part.group(1))
        if PLAIN_DATE.match(value) and "start" in rt_value and rt_value["start"].endswith("00:00:00"):
            return anchor_as_date(anchor) == rt_value["start"][:10] and until_agrees(rt_value, mention)
        return False

    if rt_type in ("time", "timerange"):
        clock = our_clock(value)
        return clock is not None and clock in rt_clocks(rt_value)

    if rt_type == "duration":
        ours = duration_seconds(value)
        try:
            theirs = float(rt_value.get("value", ""))
        except ValueError:
            return False
        return ours is not None and abs(ours - theirs) < 1.0

    if rt_type == "set":
        return mention.get("type") == "SET" and our_canonical == rt_canonical

    return False


def strict_agrees(rt_value: dict, mention: dict) -> bool:
    """`agrees`, and also: a range (a timex `(A,B,P...)`) needs our `until` and it must agree, and a
    year or month must not stand for a day (where RT's date or range start is a day, our anchor is one,
    or for a plain date our value is that day)."""
    if not agrees(rt_value, mention):
        return False
    rt_type = rt_value.get("type", "")
    timex = rt_value.get("timex", "") or ""
    anchor = mention.get("anchor")
    value = mention.get("value") or ""
    if timex in REF_WORDS or rt_type in ("time", "timerange", "duration", "set", "datetime"):
        return True
    if rt_type == "date":
        keys = {rt_value.get("value", "")}
        return (anchor is not None and len(anchor) == 10 and anchor in keys) or (
            PLAIN_DATE.match(value) is not None and value in keys
        )
    if rt_type in ("daterange", "datetimerange"):
        if timex.startswith("(") and "end" in rt_value:
            if mention.get("until") is None or not until_agrees(rt_value, mention):
                return False
        period = RANGE_PERIOD.search(timex)
        if period and period.group(1) in ("D", "W", "H"):  # a range of days: our anchor is a day
            return anchor is not None and len(anchor) >= 10
    return True


# ---------------------------------------------------------------- reading the suite


def parser_spec_values(entity: dict) -> list[dict]:
    """Turn a parser-spec entity's `future`/`past` dicts into model-style `values` entries."""
    values = []
    for side in ("past", "future"):
        resolution = entity.get(side) or {}
        item = {"timex": entity.get("timex") or "", "type": entity["type"].split(".")[-1]}
        if "date" in resolution:
            item["value"] = resolution["date"]
        elif "dateTime" in resolution:
            item["value"] = resolution["dateTime"]
        elif "time" in resolution:
            item["value"] = resolution["time"]
        elif "duration" in resolution:
            item["value"] = resolution["duration"]
        elif "set" in resolution:
            item["value"] = "not resolved"
        else:
            for rt_key, our_key in (
                ("startDate", "start"),
                ("startDateTime", "start"),
                ("startTime", "start"),
                ("endDate", "end"),
                ("endDateTime", "end"),
                ("endTime", "end"),
            ):
                if rt_key in resolution:
                    item[our_key] = resolution[rt_key]
        if item not in values:
            values.append(item)
    return values


def load_suite(path: Path) -> list[dict]:
    cases = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            case = json.loads(line)
            for entity in case["expected"]:
                if "values" not in entity:
                    entity["values"] = parser_spec_values(entity)
                entity["short_type"] = entity["type"].split(".")[-1]
            cases.append(case)
    return cases


def skip_reason(case: dict) -> str | None:
    if case.get("options"):
        return f"options={case['options']} (RT's alternative output mode)"
    caveats = SKIPPED_CAVEATS.intersection(case.get("caveats", []))
    if caveats:
        return f"caveat {sorted(caveats)[0]} (RT keeps lunar month/day as Gregorian)"
    return None


def reference_for(case: dict) -> str:
    reference = case.get("reference")
    if not reference:
        return REFERENCE_WHEN_NULL
    return dt.datetime.fromisoformat(reference).strftime("%Y-%m-%dT%H:%M")


# ---------------------------------------------------------------- scoring


def overlaps(entity: dict, mention: dict) -> bool:
    return max(entity["start"], mention["start"]) < min(entity["end"], mention["end"])


def score_entity(entity: dict, mentions: list[dict]) -> tuple[str, bool]:
    """Class one expected entity; also say whether the match relied on an explicit range without `until`."""
    overlapping = [m for m in mentions if overlaps(entity, m)]
    if not overlapping:
        return "missed", False
    for mention in overlapping:
        for rt_value in entity["values"]:
            if agrees(rt_value, mention):
                lenient = rt_value.get("timex", "").startswith("(") and not mention.get("until")
                return "matched", lenient
    return "wrong_value", False


def strictly_matched(entity: dict, mentions: list[dict]) -> bool:
    return any(strict_agrees(v, m) for m in mentions if overlaps(entity, m) for v in entity["values"])


def score_case(case: dict, parse: Callable[[str, str], dict]) -> dict:
    reference = reference_for(case)
    result = {"id": case["id"], "input": case["input"], "reference": reference, "error": None, "mentions": []}
    try:
        result["mentions"] = [dict(m) for m in parse(case["input"], reference)["mentions"]]
    except Exception as error:  # a crash on one case must not stop the benchmark
        result["error"] = f"{type(error).__name__}: {error}"
        result["traceback"] = traceback.format_exc(limit=3)
    mentions = result["mentions"]
    result["entities"] = []
    for entity in case["expected"]:
        if result["error"]:
            status, lenient = "error", False
        else:
            status, lenient = score_entity(entity, mentions)
        strict = status == "matched" and strictly_matched(entity, mentions)
        result["entities"].append(
            {
                "text": case["input"][entity["start"] : entity["end"]],
                "start": entity["start"],
                "end": entity["end"],
                "type": entity["short_type"],
                "timex": entity.get("timex"),
                "values": entity["values"],
                "status": status,
                "lenient_until": lenient,
                "strict": strict,
            }
        )
    result["extra_mentions"] = [
        m for m in mentions if not any(overlaps(entity, m) for entity in case["expected"])
    ]
    return result


# ---------------------------------------------------------------- reporting


def describe_rt_value(rt_value: dict) -> str:
    if "start" in rt_value or "end" in rt_value:
        shown = f"{rt_value.get('start', '-inf')}..{rt_value.get('end', '+inf')}"
    else:
        shown = rt_value.get("value", "?")
    mod = f" Mod={rt_value['Mod']}" if rt_value.get("Mod") else ""
    return f"{shown}{mod}"


def describe_mention(mention: dict) -> str:
    parts = [
        f"{mention.get('text')!r}[{mention.get('start')},{mention.get('end')})",
        str(mention.get("type")),
        f"value={mention.get('value')}",
        f"anchor={mention.get('anchor')}",
    ]
    if mention.get("until"):
        parts.append(f"until={mention['until']}")
    if mention.get("mod"):
        parts.append(f"mod={mention['mod']}")
    return " ".join(parts)


def share(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def print_report(
    suite: Path, results: list[dict], skipped: Counter, skipped_entities: Counter, show_failures: bool
) -> None:
    positives = [r for r in results if r["entities"]]
    negatives = [r for r in results if not r["entities"]]
    entities = [e for r in positives for e in r["entities"]]
    statuses = Counter(e["status"] for e in entities)
    matched = statuses["matched"]

    print(f"suite: {suite}")
    print(
        f"usable cases: {len(results)} ({len(positives)} with expected entities, {len(negatives)} negatives)"
    )
    print(f"skipped cases: {sum(skipped.values())}")
    for reason, count in sorted(skipped.items()):
        print(f"  {count:4d} cases ({skipped_entities[reason]} entities): {reason}")
    errors = [r for r in results if r["error"]]
    if errors:
        print(f"cases where parse raised: {len(errors)} (first: {errors[0]['id']}: {errors[0]['error']})")
    print()
    peers = (
        f"   (JioNLP ~{JIONLP_SHARE:.0%}, target >= {TARGET_SHARE:.0%})"
        if suite.name == DEFAULT_SUITE.name
        else ""
    )
    print(f"matched {matched} of {len(entities)} expected entities = {share(matched, len(entities))}{peers}")
    strict = sum(1 for e in entities if e["strict"])
    print(
        f"strictly matched {strict} of {len(entities)} = {share(strict, len(entities))}"
        "   (a range's anchor and until both agree; a year or month never stands for a day)"
    )
    print(f"  wrong value (span found, value disagrees): {statuses['wrong_value']}")
    print(f"  missed (no overlapping mention): {statuses['missed']}")
    if statuses["error"]:
        print(f"  error (parse raised): {statuses['error']}")
    lenient = sum(1 for e in entities if e["lenient_until"])
    print(f"  of the matched, explicit A-to-B ranges matched on their start only (no `until`): {lenient}")
    extra = sum(len(r["extra_mentions"]) for r in positives)
    print(f"  our mentions overlapping no expected entity (in positive cases): {extra}")
    empty_ok = sum(1 for r in negatives if not r["mentions"] and not r["error"])
    print(f"negatives: {empty_ok} of {len(negatives)} produced no mention")
    print()

    by_type: dict[str, Counter] = defaultdict(Counter)
    for entity in entities:
        by_type[entity["type"]][entity["status"]] += 1
    print(f"{'RT type':<15}{'expected':>9}{'matched':>9}{'share':>8}{'wrong':>7}{'missed':>8}{'error':>7}")
    for rt_type in sorted(by_type):
        counts = by_type[rt_type]
        total = sum(counts.values())
        print(
            f"{rt_type:<15}{total:>9}{counts['matched']:>9}{share(counts['matched'], total):>8}"
            f"{counts['wrong_value']:>7}{counts['missed']:>8}{counts['error']:>7}"
        )

    if show_failures:
        print_failures(results)


def print_failures(results: list[dict]) -> None:
    print()
    print("unmatched entities:")
    for result in results:
        failed = [e for e in result["entities"] if e["status"] != "matched" or not e["strict"]]
        negative_failed = not result["entities"] and (result["mentions"] or result["error"])
        if not failed and not negative_failed:
            continue
        print()
        print(f"{result['id']}  ref {result['reference']}  {result['input']!r}")
        if result["error"]:
            print(f"  parse raised {result['error']}")
        if negative_failed:
            print("  negative case: expected no mention")
        for entity in failed:
            values = " | ".join(describe_rt_value(v) for v in entity["values"])
            status = entity["status"] if entity["status"] != "matched" else "matched, not strictly"
            print(
                f"  [{status}] RT {entity['type']} {entity['text']!r}[{entity['start']},{entity['end']})"
                f" timex={entity['timex']} values: {values}"
            )
        for mention in result["mentions"]:
            print(f"    ours: {describe_mention(mention)}")
        if not result["mentions"] and not result["error"]:
            print("    ours: (no mention)")


# ---------------------------------------------------------------- main


def load_parse(spec: str) -> Callable[[str, str], dict]:
    """`module:function`, imported with the repository first on sys.path."""
    module_name, _, function_name = spec.partition(":")
    sys.path.insert(0, str(REPO_ROOT))
    try:
        module = importlib.import_module(module_name)
        return getattr(module, function_name or "parse")
    except Exception as error:  # report any import failure plainly
        sys.exit(f"conformance: cannot load the parser {spec!r}: {type(error).__name__}: {error}")


def resolve_suite(argument: str | None) -> Path:
    if argument is None:
        path = DEFAULT_SUITE
    elif argument in SUITE_SHORT_NAMES:
        path = SUITE_SHORT_NAMES[argument]
    else:
        path = Path(argument)
    if not path.is_file():
        sys.exit(
            f"conformance: suite not found: {path}\n"
            "It lives in ../shared/peer-suites/ next to the repository; pass another file with --suite."
        )
    return path


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument(
        "--suite",
        help=f"suite file, or `model` / `parser` for the two files in {PEER_SUITES} (default: model)",
    )
    options.add_argument(
        "--failures", action="store_true", help="list every unmatched entity with our mentions"
    )
    options.add_argument(
        "--json", metavar="FILE", help="write per-case results as JSON (`-` for standard output)"
    )
    options.add_argument(
        "--parser",
        default="timeline:parse",
        metavar="MODULE:FUNCTION",
        help="the parse(text, ref) callable to score (default: timeline:parse)",
    )
    args = options.parse_args(argv)

    suite = resolve_suite(args.suite)
    parse = load_parse(args.parser)

    results = []
    skipped: Counter = Counter()
    skipped_entities: Counter = Counter()
    for case in load_suite(suite):
        reason = skip_reason(case)
        if reason:
            skipped[reason] += 1
            skipped_entities[reason] += len(case["expected"])
            continue
        results.append(score_case(case, parse))

    if args.json:
        dumped = json.dumps(results, ensure_ascii=False, indent=1)
        if args.json == "-":
            print(dumped)
            return 0
        Path(args.json).write_text(dumped + "\n", encoding="utf-8")
    print_report(suite, results, skipped, skipped_entities, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
