"""The rule house: one module per family, each production declared with its pattern, checked at load.

Families (`base.FAMILIES`, in priority order), each with its corpus beside it in `timeline/timex/corpus/`:
absolute (with reign years and decades), festival (lunar dates, festivals, solar terms, cyclic years),
clock, relative (with halves and stretches such as 前2周), set, duration. The corpus adds `ranges`
(what the parser's joins, prefixes and suffixes make of the pieces), `policy` (which date the resolver
chooses) and `negative` (never a time).

Patterns run on prepared text (half-width, simplified). Numbers in them are bounded (at most 6 Arabic
digits, 8 Chinese numerals), and a rule never starts inside a number (the parser's scan sees to that).

Checks when the rules load (`check_house()`), each raising `RuleHouseError`:
- rule names are unique, and no pattern can match the empty string;
- every pattern's first characters can be listed (the scanner's index; read from the pattern text,
  not from the private `re._parser`, so that every Python the package declares imports it);
- the festival table gives each name one entry and each entry one date (`calendar_cn.check_festivals`).
Checks against the corpus (`check_house(_corpus_spellings())`), run by the test suite
(tests/test_speed_startup.py) rather than by every process that imports the rules, since the rules and
the corpus are source code that no run can change (they cost a tenth of a second of start-up):
- every rule has at least one corpus line that its pattern matches, in its family's corpus or another;
- no alternative of a pattern is always taken first by an earlier rule: each alternative that is plain
  text, and each spelling of the corpus an alternative matches, must be read by the rule itself there at
  least once (the 大年三十 branch of 除夕 was dead because 大年初<n> took it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from timeline.timex import calendar_cn, scanfilter
from timeline.timex.piece import Piece
from timeline.timex.rules import absolute, clock, duration, festival, relative, sets  # noqa: F401 (they register)
from timeline.timex.rules.base import FAMILIES, REGISTRY, Rule, _Alias, rule
from timeline.timex.rules.clock import PART_OF_DAY
from timeline.timex.rules.common import NAME_FOLLOWERS
from timeline.timex.rules.festival import LAST_FESTIVAL
from timeline.timex.rules.pattern import Unbounded, alternatives, first_chars

__all__ = [
    "COMPILED",
    "FAMILIES",
    "LAST_FESTIVAL",
    "NAME_FOLLOWERS",
    "PART_OF_DAY",
    "RULES",
    "TRIGGER",
    "Piece",
    "Rule",
    "RuleHouseError",
    "_Alias",
    "check_house",
    "rule",
    "rules_starting_with",
    "later_rules",
    "SEARCH_OUTSIDE_DIGITS",
    "RULE_OF_GROUP",
]


class RuleHouseError(ValueError):
    """A rule or a word table breaks a promise of the house."""


RULES: tuple[Rule, ...] = tuple(sorted(REGISTRY, key=lambda r: r.priority))
# \d and \s mean ASCII digits and spaces here (prepared text is half-width), so the trigger is exact.
COMPILED = tuple(re.compile(r.pattern, re.ASCII) for r in RULES)


def _first_chars(index: int) -> frozenset[str]:
    try:
        return first_chars(RULES[index].pattern)
    except Unbounded as error:
        raise RuleHouseError(
            f"rule {RULES[index].name!r}: cannot list its first characters ({error})"
        ) from None


FIRST_CHARS = tuple(_first_chars(i) for i in range(len(RULES)))
# A character class of every character a rule can start with, to skip the rest of the text quickly.
TRIGGER = re.compile("[" + "".join(re.escape(ch) for ch in sorted(frozenset().union(*FIRST_CHARS))) + "]")


def _strip_names(pattern: str) -> str:
    """Turn named groups into non-capturing ones so that rules combine into one alternation."""
    return re.sub(r"\(\?P<\w+>", "(?:", re.sub(r"\(\?P=(\w+)\)", r"[-/.]", pattern))


@cache
def _scanner(indexes: tuple[int, ...]) -> re.Pattern:
    """One alternation of the given rules, each an outer capturing group, in priority order."""
    return re.compile("|".join(f"({_strip_names(RULES[i].pattern)})" for i in indexes), re.ASCII)


@cache
def rules_starting_with(char: str) -> tuple[tuple[int, ...], re.Pattern]:
    """The rules that can start with `char` (indexes in priority order) and their combined scanner:
    at a position only these are tried, not all rules."""
    indexes = tuple(i for i, first in enumerate(FIRST_CHARS) if char in first)
    return indexes, _scanner(indexes)


def _class_of(chars: frozenset[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _search_pattern(filtered: bool = True) -> tuple[re.Pattern, tuple[int, ...]]:
    """One pattern that finds the next position where a rule matches, and which rule (the first in
    priority order that matches there), in one C-level search instead of a Python step per trigger.

    Alternative `i` is `[first characters of rule i](?<=(?=(pattern i))(?s:.))`: its class is tested
    first (so a rule that cannot start with the character costs one test), then the look-behind steps
    back over that character and the look-ahead reads the rule there, inside a group that names it.
    The whole is preceded by the trigger class, so the search skips the other characters at C speed,
    and (`filtered`) by `scanfilter`'s test of the character after it, which turns away most trigger
    positions before any rule is tried (the same matches: it only asks what every match has).
    Returns the pattern and, for each of its groups, the rule index (-1 for a group inside a rule)."""
    alternatives = []
    rule_of_group: list[int] = []
    for index, r in enumerate(RULES):
        body = _strip_names(r.pattern)
        alternatives.append(f"{_class_of(FIRST_CHARS[index])}(?<=(?=({body}))(?s:.))")
        # the groups left inside the body: the rule's own, less the named ones made non-capturing
        inner = COMPILED[index].groups - len(COMPILED[index].groupindex)
        rule_of_group += [index] + [-1] * inner
    # digits that continue a run of ASCII digits are passed over: the scan skips them (except right
    # where a piece ended, where it tries the rules itself)
    test = ""
    if filtered:
        try:
            test = (
                "(?<=(?=" + scanfilter.condition([r.pattern for r in RULES], list(FIRST_CHARS)) + ")(?s:.))"
            )
        except scanfilter.Unreadable:
            pass  # the search without the test finds the same, more slowly
    pattern = TRIGGER.pattern + test + r"(?<![0-9][0-9])(?<=(?=(?:" + "|".join(alternatives) + "))(?s:.))"
    return re.compile(pattern, re.ASCII), tuple(rule_of_group)


# SEARCH_OUTSIDE_DIGITS.search(text, position) finds the first position at or after `position`, other
# than a digit continuing a run of ASCII digits, where a rule matches, as
# `rules_starting_with(char)[1].match` would there; RULE_OF_GROUP[match.lastindex - 1] is the rule.
SEARCH_OUTSIDE_DIGITS, RULE_OF_GROUP = _search_pattern()


@cache
def later_rules(index: int, char: str) -> tuple[int, ...]:
    """The rules after rule `index` in priority order that can start with `char` (tried in turn when
    rule `index` matched there but declined)."""
    return tuple(i for i in rules_starting_with(char)[0] if i > index)


def produce(index: int, text: str, start: int) -> Piece | None:
    """The piece rule `index` reads at `start` of `text`, or None when it does not match or declines."""
    own = COMPILED[index].match(text, start)
    if own is None or own.end() == start:
        return None
    piece = RULES[index].produce(_Alias(own), own.start(), own.end())
    if piece is not None:
        piece.rule = RULES[index].name
    return piece


def _taken_first(index: int, text: str, start: int) -> bool:
    """Whether a rule before `index` reads a piece at `start` (so rule `index` is never tried there)."""
    return any(
        produce(earlier, text, start) is not None
        for earlier in range(index)
        if text[start] in FIRST_CHARS[earlier]
    )


def check_house(corpus_spellings: dict[str, list[str]] | None = None) -> None:
    """Run the load checks; `corpus_spellings` maps a family to the spellings of its corpus."""
    names = [r.name for r in RULES]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise RuleHouseError(f"duplicate rule names: {duplicates}")
    for compiled, r in zip(COMPILED, RULES, strict=True):
        if compiled.fullmatch(""):
            raise RuleHouseError(f"rule {r.name!r} matches the empty string")
    calendar_cn.check_festivals()
    if corpus_spellings is None:
        return
    everything = [text for spellings in corpus_spellings.values() for text in spellings]
    # which spellings hold each character: an alternative is looked for only in those that hold one
    # of the characters it can start with
    holding: dict[str, list[int]] = {}
    for number, text in enumerate(everything):
        for char in set(text):
            holding.setdefault(char, []).append(number)
    problems = []
    for index, (compiled, r) in enumerate(zip(COMPILED, RULES, strict=True)):
        if not any(compiled.search(text) for text in everything):
            problems.append(f"rule {r.name!r} has no corpus line (add one to corpus/{r.family}.py)")
        for alternative, plain in alternatives(r.pattern):
            pattern = re.compile(alternative, re.ASCII)
            try:
                starts = first_chars(alternative)
                candidates: Iterable[int] = sorted({n for char in starts for n in holding.get(char, ())})
            except Unbounded:
                candidates = range(len(everything))
            witnesses = [(plain, 0)] if plain else []
            witnesses += [
                (everything[n], m.start())
                for n in candidates
                for m in pattern.finditer(everything[n])
                if m.end() > m.start()
            ]
            if witnesses and all(_taken_first(index, text, at) for text, at in witnesses):
                problems.append(
                    f"rule {r.name!r}: the alternative {plain or alternative!r} is always taken first by an earlier rule"
                )
    if problems:
        raise RuleHouseError("; ".join(problems))


def _corpus_spellings() -> dict[str, list[str]]:
    from timeline.timex.corpus import CORPUS  # data only; imported here to keep the rules free of it

    return {
        family: [text for _, _, spellings in entries for text in spellings]
        for family, entries in CORPUS.items()
    }


check_house()
