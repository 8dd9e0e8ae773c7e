"""What a rule's pattern can start with, and its alternatives, read from the pattern text itself.

The scanner tries at a position only the rules that can start with the character there, and the load
checks look at each alternative of a pattern. Both need to look inside a pattern; this module reads the
small regular-expression language the rules use (literals, escapes, character classes, groups,
look-arounds, quantifiers, alternation) without the private `re._parser` module, whose name and
shape change between Python versions (it is `sre_parse` before 3.11).

`first_chars(pattern)` returns the set of characters a match can begin with, and raises Unbounded when
it cannot tell (a match may start with a `.`, a negated class, `\\w` or a class too wide to list):
such a rule would be tried at every position the other rules trigger on and at none other, which the
load check refuses, so every rule is bounded. Such atoms later in a pattern do not matter.
"""

from __future__ import annotations

_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")
_WIDEST_RANGE = 5000  # a class range wider than this (e.g. all CJK) is not listed


class Unbounded(ValueError):
    """The first characters of a pattern cannot be listed."""


class _Wide(frozenset):
    """What an atom too wide to list matches (`.`, a negated class, `\\w`, a range of thousands): it
    makes a pattern unbounded only where a match can start with it."""


_WIDE = _Wide()


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self, ahead: int = 0) -> str:
        index = self.at + ahead
        return self.text[index] if index < len(self.text) else ""

    def take(self) -> str:
        char = self.text[self.at]
        self.at += 1
        return char


def _escape(reader: _Reader) -> frozenset[str] | None:
    """The characters an escape after `\\` stands for (None: it matches no character, e.g. \\b)."""
    char = reader.take()
    if char == "d":
        return _DIGITS
    if char == "s":
        return _SPACES
    if char in "bBAZ":
        return None
    if char == "u":
        code = reader.text[reader.at : reader.at + 4]
        reader.at += 4
        return frozenset(chr(int(code, 16)))
    if char == "n":
        return frozenset("\n")
    if char == "t":
        return frozenset("\t")
    if char.isalnum():
        return _WIDE  # \\w, \\S, \\D and the like
    return frozenset(char)


def _class(reader: _Reader) -> frozenset[str]:
    """A `[...]` class; the reader stands after `[`. A negated class, or one with a range too wide
    to list, is `_WIDE`."""
    wide = reader.peek() == "^"
    if wide:
        reader.take()
    chars: set[str] = set()
    first = True
    while True:
        char = reader.take()
        if char == "]" and not first:
            return _WIDE if wide else frozenset(chars)
        first = False
        if char == "\\":
            escaped = _escape(reader)
            if escaped is None:
                raise Unbounded("assertion inside a class")
            if escaped is _WIDE:
                wide = True
                continue
            if len(escaped) != 1:
                chars |= escaped
                continue
            (char,) = escaped
        if reader.peek() == "-" and reader.peek(1) not in ("]", ""):
            reader.take()
            end = reader.take()
            if end == "\\":
                (end,) = _escape(reader) or ("",)
            if ord(end) - ord(char) > _WIDEST_RANGE:
                wide = True
                continue
            chars |= {chr(code) for code in range(ord(char), ord(end) + 1)}
        else:
            chars.add(char)


def _quantifier(reader: _Reader) -> tuple[int, bool]:
    """The minimum count of a quantifier after an atom (1 when none), and whether one was read."""
    char = reader.peek()
    minimum = None
    if not char:
        return 1, False
    if char in "?*":
        reader.take()
        minimum = 0
    elif char == "+":
        reader.take()
        minimum = 1
    elif char == "{":
        close = reader.text.find("}", reader.at)
        body = reader.text[reader.at + 1 : close]
        low = body.split(",")[0]
        if close > 0 and (low.isdigit() or low == ""):
            reader.at = close + 1
            minimum = int(low or 0)
    if minimum is None:
        return 1, False
    if reader.peek() and reader.peek() in "?+":
        reader.take()  # lazy or possessive
    return minimum, True


def _sequence(reader: _Reader, stop: str) -> list[list[tuple[frozenset[str] | None, bool]]]:
    """The alternatives of a sequence up to `stop` (")" or end), each a list of (first chars, nullable)
    items; an item's first chars are None for a zero-width assertion."""
    alternatives: list[list[tuple[frozenset[str] | None, bool]]] = [[]]
    while reader.at < len(reader.text):
        char = reader.peek()
        if char == stop:
            reader.take()
            return alternatives
        reader.take()
        if char == "|":
            alternatives.append([])
            continue
        item: tuple[frozenset[str] | None, bool]
        if char == "(":
            item = _group(reader)
        elif char == "[":
            item = (_class(reader), False)
        elif char == "\\":
            escaped = _escape(reader)
            item = (escaped, escaped is None)
        elif char in "^$":
            item = (None, True)
        elif char == ".":
            item = (_WIDE, False)
        else:
            item = (frozenset(char), False)
        minimum, _ = _quantifier(reader)
        chars, nullable = item
        alternatives[-1].append((chars, nullable or minimum == 0))
    if stop:
        raise Unbounded("unbalanced parenthesis")
    return alternatives


def _group(reader: _Reader) -> tuple[frozenset[str] | None, bool]:
    """A group; the reader stands after `(`. Look-arounds are zero-width."""
    opening = reader.at - 1
    if reader.peek() == "?":
        reader.take()
        kind = reader.take()
        if kind == "P" and reader.peek() == "<":
            reader.at = reader.text.index(">", reader.at) + 1
        elif kind == "P" and reader.peek() == "=":
            reader.at = reader.text.index(")", reader.at) + 1
            return frozenset(), False  # repeats an earlier group: never where a match starts
        elif kind in "=!" or (kind == "<" and reader.peek() and reader.peek() in "=!"):
            reader.at = _matching_paren(reader.text, opening) + 1  # zero-width: what it looks at is not read
            return None, True
        elif kind != ":":
            raise Unbounded(f"group (?{kind}")
    alternatives = _sequence(reader, ")")
    try:
        return _alternation_first(alternatives)
    except Unbounded:
        return _WIDE, False  # refused only where a match can start with the group


def _items_first(items: list[tuple[frozenset[str] | None, bool]]) -> tuple[frozenset[str], bool]:
    chars: set[str] = set()
    for first, nullable in items:
        if first is _WIDE:
            raise Unbounded("a match can start with a dot, a negated class or a class too wide to list")
        if first is not None:
            chars |= first
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True


def _alternation_first(alternatives) -> tuple[frozenset[str], bool]:
    chars: set[str] = set()
    nullable = False
    for items in alternatives:
        first, empty = _items_first(items)
        chars |= first
        nullable = nullable or empty
    return frozenset(chars), nullable


def first_chars(pattern: str) -> frozenset[str]:
    """The characters a match of `pattern` can start with. Raises Unbounded when they cannot be listed
    or when the pattern can match without consuming a character."""
    chars, nullable = _alternation_first(_sequence(_Reader(pattern), ""))
    if nullable:
        raise Unbounded("the pattern can match the empty string")
    return chars


def alternatives(pattern: str) -> list[tuple[str, str | None]]:
    """The alternatives of a pattern, each with the plain text it starts with when that is literal:
    the top-level ones, or when there is one, those of its leading group each followed by the rest of
    the pattern (`(?:除夕|大年三十)(?P<night>夜)?` gives `除夕…` and `大年三十…`)."""
    parts = _split_top(pattern)
    if len(parts) > 1:
        return [(part, literal(part)) for part in parts]
    if not pattern.startswith("(") or pattern.startswith(("(?=", "(?!", "(?<=", "(?<!")):
        return [(pattern, literal(pattern))]
    close = _matching_paren(pattern, 0)
    head = pattern[: _body_start(pattern)]
    inner = pattern[len(head) : close]
    rest = pattern[close + 1 :]
    if rest[:1] and rest[:1] in "?*{":
        return [(pattern, None)]
    branches = _split_top(inner)
    if len(branches) == 1:
        return [(pattern, None)]
    return [(f"{head}{branch}){rest}", literal(branch)) for branch in branches]


def _body_start(pattern: str) -> int:
    if pattern.startswith("(?P<"):
        return pattern.index(">") + 1
    if pattern.startswith("(?:"):
        return 3
    return 1


def _skip(pattern: str, index: int) -> int:
    """The index after the atom at `index` when it is an escape or a class (else index + 1)."""
    if pattern[index] == "\\":
        return index + 2
    if pattern[index] == "[":
        index += 1
        if pattern[index : index + 1] == "^":
            index += 1
        index += 1  # a leading ] is a literal
        while pattern[index] != "]":
            index += 2 if pattern[index] == "\\" else 1
        return index + 1
    return index + 1


def _matching_paren(pattern: str, start: int) -> int:
    depth = 0
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char in "\\[":
            index = _skip(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise Unbounded("unbalanced parenthesis")


def _split_top(pattern: str) -> list[str]:
    parts, depth, begin, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char in "\\[":
            index = _skip(pattern, index)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[begin:index])
            begin = index + 1
        index += 1
    parts.append(pattern[begin:])
    return parts


def literal(pattern: str) -> str | None:
    """The one string a pattern matches when it is plain text (`大年三十`), else None."""
    special = set("\\[](){}?*+|^$.")
    return pattern if pattern and not (set(pattern) & special) else None
