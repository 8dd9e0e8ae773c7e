"""A necessary condition on the first two characters of a match of any rule, for the scan's search.

Most positions where some rule can start (the trigger characters: 的, 一, 中, digits ...) start none: of
the speed corpus's 342,000 trigger positions, 17,500 start a piece. At each one the scan's search tries
every rule that can start with the character, inside look-arounds. `second_chars(pattern)` lists, for
each character a match of `pattern` can start with, the characters that can come second (None: any, or
the end of the text), read from the pattern's text; the scan's search first asks that
the next character be one of those of the character it stands on, which turns most trigger positions
away at the cost of two class tests.

The condition only ever allows more than the rules do (an alternation allows what each branch allows, a
look-ahead right after the first character narrows the second, other look-arounds are passed over), so
the search finds the same positions and rules as without it: tests/test_speed_scan.py compares the two.
Where the parse tree holds something this module does not read, `Unreadable` is raised and the search
goes without the condition (`rules._search_pattern`).
"""

from __future__ import annotations

import re

from timeline.timex.rules.pattern import _WIDE, _class, _escape, _matching_paren, _Reader

ANY = None  # any character may come second
# How many classes of first characters the condition keeps apart (each costs a class test at a trigger
# position; the others share one class, with what any of them allows second).
GROUPS = 8
# Characters in the order of how often they come in Chinese news (the digits, then the commonest
# characters): the classes of first characters holding them are tested first. Speed only.
_COMMON = "0123456789的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日"


class Unreadable(ValueError):
    """The pattern holds something the condition cannot be read from."""


# The pattern text is read into a small tree (the rules' own regular-expression language, as
# `rules.pattern` reads it, without the private `re._parser`): a sequence is a list of nodes,
# ("chars", set or ANY), ("zero",) for a zero-width assertion read over, ("ahead", alternatives) for
# a look-ahead, ("group", alternatives), ("repeat", low, high, node), ("ref",) for (?P=name).


def _chars(found) -> tuple:
    if found is None:
        return ("zero",)
    return ("chars", ANY if found is _WIDE else frozenset(found))


def _read_alternatives(reader: _Reader, stop: str) -> list[list[tuple]]:
    alternatives: list[list[tuple]] = [[]]
    while reader.at < len(reader.text):
        char = reader.take()
        if char == stop:
            return alternatives
        if char == "|":
            alternatives.append([])
            continue
        if char == "(":
            node = _read_group(reader)
        elif char == "[":
            node = _chars(_class(reader))
        elif char == "\\":
            node = _chars(_escape(reader))
        elif char in "^$":
            node = ("zero",)
        elif char == ".":
            node = ("chars", ANY)
        elif char in ")*+?{":
            raise Unreadable(f"{char!r} out of place")
        else:
            node = ("chars", frozenset(char))
        alternatives[-1].append(_read_quantifier(reader, node))
    if stop:
        raise Unreadable("unbalanced parenthesis")
    return alternatives


def _read_group(reader: _Reader) -> tuple:
    opening = reader.at - 1
    if reader.peek() != "?":
        return ("group", _read_alternatives(reader, ")"))
    reader.take()
    kind = reader.take()
    if kind == "P" and reader.peek() == "<":
        reader.at = reader.text.index(">", reader.at) + 1
        return ("group", _read_alternatives(reader, ")"))
    if kind == "P" and reader.peek() == "=":
        reader.at = reader.text.index(")", reader.at) + 1
        return ("ref",)
    if kind == ":":
        return ("group", _read_alternatives(reader, ")"))
    if kind == "=":
        return ("ahead", _read_alternatives(reader, ")"))
    if kind == "!" or (kind == "<" and reader.peek() in ("=", "!")):
        reader.at = _matching_paren(reader.text, opening) + 1
        return ("zero",)
    raise Unreadable(f"group (?{kind}")


def _read_quantifier(reader: _Reader, node: tuple) -> tuple:
    char = reader.peek()
    if char == "?":
        low, high = 0, 1
    elif char == "*":
        low, high = 0, 2
    elif char == "+":
        low, high = 1, 2
    elif char == "{":
        close = reader.text.find("}", reader.at)
        body = reader.text[reader.at + 1 : close].split(",")
        if close < 0 or not all(part.isdigit() or part == "" for part in body) or len(body) > 2:
            raise Unreadable("a brace that is no quantifier")
        low = int(body[0] or 0)
        high = int(body[-1]) if body[-1] else 2
        reader.at = close
    else:
        return node
    reader.take()
    if reader.peek() in ("?", "+"):
        reader.take()  # lazy or possessive: the same characters
    return ("repeat", low, high, node)


def _union(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return ANY if a is ANY or b is ANY else a | b


def _add(pairs: dict, firsts: frozenset[str] | None, seconds: frozenset[str] | None) -> None:
    if firsts is ANY:
        raise Unreadable("a match may start with any character")
    for char in firsts:
        pairs[char] = _union(pairs.get(char, frozenset()), seconds)


def _item(node: tuple) -> tuple:
    """(first characters, can be empty, characters it can match alone, {first: seconds}) of a node."""
    kind = node[0]
    if kind == "chars":
        return node[1], False, node[1], {}
    if kind in ("zero", "ahead"):  # zero width: passed over (allows more)
        return frozenset(), True, frozenset(), {}
    if kind == "group":
        return _alternation(node[1])
    if kind == "repeat":
        _, low, high, body = node
        if high == 0:
            return frozenset(), True, frozenset(), {}
        f, e, a, p = _item(body)
        pairs = dict(p)
        if high >= 2:  # the body again after a one-character match of it
            if a is ANY:
                raise Unreadable("a repeated wide atom")
            _add(pairs, a, f)
        return f, low == 0 or e, a, pairs
    return ANY, True, ANY, {}  # a back reference: anything


def _alternation(alternatives: list[list[tuple]]) -> tuple:
    first, empty, alone, pairs = frozenset(), False, frozenset(), {}
    for sequence in alternatives:
        f, e, a, p = _sequence(sequence)
        first, empty, alone = _union(first, f), empty or e, _union(alone, a)
        for char, seconds in p.items():
            pairs[char] = _union(pairs.get(char, frozenset()), seconds)
    return first, empty, alone, pairs


def _sequence(nodes: list[tuple]) -> tuple:
    """`_item`'s four answers for a sequence of nodes."""
    at_start = True  # nothing matched yet
    alone: frozenset[str] = frozenset()  # exactly one character matched so far: which ones
    first: frozenset[str] | None = frozenset()
    pairs: dict = {}
    for node in nodes:
        if node[0] == "ahead" and alone:
            # a look-ahead right after one character: the second is one the look-ahead starts with
            f, e, _, _ = _alternation(node[1])
            if not e and f is not ANY:
                _add(pairs, alone, f)
                alone = frozenset()
                if not at_start:
                    break
            continue
        f, e, a, p = _item(node)
        if at_start:
            first = _union(first, f)
            for char, seconds in p.items():
                pairs[char] = _union(pairs.get(char, frozenset()), seconds)
        if alone:
            _add(pairs, alone, f)
        following = set(alone) if e else set()
        if at_start:
            if a is ANY:
                raise Unreadable("a match may be one character of any kind")
            following |= a
        alone = frozenset(following)
        at_start = at_start and e
        if not at_start and not alone:
            break
    return first, at_start, alone, pairs


def second_chars(pattern: str) -> dict[str, frozenset[str] | None]:
    """First character of a match -> the characters that can follow it in the match (ANY: any one, or
    the match may end after it). Raises Unreadable."""
    try:
        tree = _read_alternatives(_Reader(pattern), "")
    except (IndexError, ValueError) as error:
        raise Unreadable(str(error)) from None
    first, empty, alone, pairs = _alternation(tree)
    if empty:
        raise Unreadable("the pattern matches the empty string")
    for char in alone:
        pairs[char] = ANY
    return pairs


def _rank(chars: list[str]) -> int:
    return min((_COMMON.index(char) for char in chars if char in _COMMON), default=len(_COMMON))


def condition(patterns: list[str], first_chars: list[frozenset[str]]) -> str:
    """The condition as a pattern matched at a trigger position: its character, then one that can
    follow it in some rule that starts with it. Raises Unreadable."""
    allowed: dict[str, frozenset[str] | None] = {}
    for pattern, firsts in zip(patterns, first_chars, strict=True):
        seconds = second_chars(pattern)
        for char in firsts:
            allowed[char] = _union(allowed.get(char, frozenset()), seconds.get(char, ANY))
    by_seconds: dict = {}
    for char in sorted(allowed):
        by_seconds.setdefault(allowed[char], []).append(char)
    groups = sorted(by_seconds.items(), key=lambda item: (_rank(item[1]), item[1]))
    kept, rest = groups[:GROUPS], groups[GROUPS:]
    if rest:
        seconds: frozenset[str] | None = frozenset()
        for other, _ in rest:
            seconds = _union(seconds, other)
        kept.append((seconds, [char for _, chars in rest for char in chars]))

    def class_of(chars) -> str:
        return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"

    return (
        "(?:"
        + "|".join(
            class_of(chars) if seconds is ANY else class_of(chars) + class_of(seconds)
            for seconds, chars in kept
        )
        + ")"
    )
