"""The rule record and its decorator: each production is declared with its pattern, in its family's module.

```python
@rule("除夕", pattern=r"(?:除夕|大年夜)(?P<night>夜|晚上)?")
def p_new_year_eve(m, s, e) -> Piece | None: ...
```

A rule's family is the module it is defined in (`rules/festival.py` holds the festival family, and
`corpus/festival.py` beside it its corpus). Rules are tried at one position in priority order: by
`tier` (0 for most; fallbacks that must yield to every other rule have a higher tier), then by family
in the order of `FAMILIES`, then in the order they are written in their module. The load checks in
`timeline/timex/rules/__init__.py` hold the house to its promises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.timex.piece import Piece

Production = Callable[[re.Match, int, int], "Piece | None"]

# Families in priority order. A family is a module of `timeline/timex/rules/` (`set` lives in `sets.py`).
FAMILIES = ("absolute", "festival", "clock", "relative", "set", "duration")
_MODULE_FAMILY = {"sets": "set"}


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    produce: Production
    family: str
    tier: int = 0
    sequence: int = 0  # the order of declaration

    @property
    def priority(self) -> tuple[int, int, int]:
        return (self.tier, FAMILIES.index(self.family), self.sequence)


REGISTRY: list[Rule] = []


def rule(name: str, *, pattern: str, tier: int = 0) -> Callable[[Production], Production]:
    """Declare `name` with `pattern` for the production it decorates (which is returned unchanged, so one
    production may serve two rules: `rule("<0y>年", pattern=...)(p_short_year)`)."""

    def register(produce: Production) -> Production:
        module = produce.__module__.rsplit(".", 1)[-1]
        family = _MODULE_FAMILY.get(module, module)
        if family not in FAMILIES:
            raise ValueError(f"rule {name!r} is declared outside a family module ({produce.__module__})")
        REGISTRY.append(Rule(name, pattern, produce, family, tier, len(REGISTRY)))
        return produce

    return register


class _Alias:
    """A match whose named groups can be overridden (two spellings feeding one production).

    A group the pattern does not have reads as None, so a production shared by several rules may ask
    for groups that only some of them define (`<0y>年` has no month).
    """

    def __init__(self, match: re.Match | _Alias, overrides: dict[str, str | None] | None = None) -> None:
        self._match = match
        self._overrides = overrides or {}
        self.string = match.string

    def __getitem__(self, name: str) -> str | None:
        if name in self._overrides:
            return self._overrides[name]
        try:
            return self._match[name]
        except IndexError:
            return None

    def group(self, name: str) -> str | None:
        return self[name]
