"""The corpus beside the rules: what each rule family must read, written by hand.

An entry is `(expected, reference, [spellings...])`. `expected` is one mention (a dict) or a list of
mentions in text order (an empty list: no mention at all). A mention gives the fields that must hold
(`value`, `anchor`, `until`, `mod`, `type`, and any other field such as `weekday` or `lunar`; a field
left out is not checked). Every spelling of an entry must give the same mentions: simplified and
traditional script (時 點 個 兩 餘 臘 週 後 節 號), 两/二, 号/日, full-width digits. `reference` is None
for a text read without one.

One module per rule family (`absolute.py` beside `rules/absolute.py`, ...), and three for what the
parser and the policy make of the pieces: `ranges.py`, `policy.py`, `negative.py`. Every rule must have
a line here that its pattern matches (checked when the rules load). `tests/test_timex_corpus.py` runs
every spelling through `timeline.parse(text, reference)`. A new behaviour starts here as a failing
line, then the rule or the policy follows.
"""

from __future__ import annotations

from timeline.timex.corpus.absolute import ABSOLUTE
from timeline.timex.corpus.absolute import REAL as ABSOLUTE_REAL
from timeline.timex.corpus.clock import CLOCK
from timeline.timex.corpus.duration import DURATION
from timeline.timex.corpus.duration import REAL as DURATION_REAL
from timeline.timex.corpus.festival import FESTIVAL
from timeline.timex.corpus.festival import REAL as FESTIVAL_REAL
from timeline.timex.corpus.lines import REF, Entry, Mention
from timeline.timex.corpus.negative import NEGATIVE
from timeline.timex.corpus.policy import EVIDENCE, NO_REFERENCE
from timeline.timex.corpus.policy import REAL as POLICY_REAL
from timeline.timex.corpus.ranges import RANGES
from timeline.timex.corpus.ranges import REAL as RANGES_REAL
from timeline.timex.corpus.relative import REAL as RELATIVE_REAL
from timeline.timex.corpus.relative import RELATIVE
from timeline.timex.corpus.set import SET

__all__ = ["CORPUS", "REF", "Entry", "Mention"]

CORPUS: dict[str, list[Entry]] = {
    "absolute": ABSOLUTE + ABSOLUTE_REAL,
    "clock": CLOCK,
    "relative": RELATIVE + RELATIVE_REAL,
    "festival": FESTIVAL + FESTIVAL_REAL,
    "ranges": RANGES + RANGES_REAL,
    "duration": DURATION + DURATION_REAL,
    "set": SET,
    "negative": NEGATIVE,
    "no_reference": NO_REFERENCE,
    "evidence": EVIDENCE,
    "policy": POLICY_REAL,
}
